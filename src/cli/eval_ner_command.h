// `marsad eval-ner`: scores the NER model on CoNLL files with conlleval
// semantics (entity-level exact match), per type and micro-averaged, plus
// a confusion summary and the tagging speed.
//
//   marsad eval-ner ../shared/data/ner/anercorp/test.conll
//       --model models/ner/marsad-ner.bin
#ifndef MARSAD_CLI_EVAL_NER_COMMAND_H_
#define MARSAD_CLI_EVAL_NER_COMMAND_H_

#include "CLI/CLI.hpp"

namespace marsad {

// Adds the subcommand; *exit_code gets 0 on success, 1 on an error.
void RegisterEvalNerCommand(CLI::App& app, int* exit_code);

}  // namespace marsad

#endif  // MARSAD_CLI_EVAL_NER_COMMAND_H_
