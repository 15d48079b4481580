// `marsad train-ner`: trains the NER model from CoNLL files.
//
//   marsad train-ner --train ../shared/data/ner/anercorp/train.conll
//       --train ../shared/data/ner/aqmar/train.conll
//       --dev ../shared/data/ner/aqmar/dev.conll
//       --out models/ner/marsad-ner.bin
#ifndef MARSAD_CLI_TRAIN_NER_COMMAND_H_
#define MARSAD_CLI_TRAIN_NER_COMMAND_H_

#include "CLI/CLI.hpp"

namespace marsad {

// Adds the subcommand; when it runs, *exit_code gets 0 on success, 1 on a
// training or I/O error, 2 on bad arguments.
void RegisterTrainNerCommand(CLI::App& app, int* exit_code);

}  // namespace marsad

#endif  // MARSAD_CLI_TRAIN_NER_COMMAND_H_
