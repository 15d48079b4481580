// `marsad eval-extract`: scores quotes, speakers, dates and variant merging
// on the annotated development set and prints a table
// (src/eval/extraction_eval.h).
//
//   marsad eval-extract [--gold eval/extraction/dev.jsonl]
//                       [--corpus <shared data>/news/saudinewsnet.jsonl.gz]
//                       [--model FILE] [--errors]
//
// --errors lists every miss on stderr (for development). Exit 0 on success,
// 1 when a file is missing or the corpus differs from the annotated one.
#ifndef MARSAD_CLI_EVAL_EXTRACT_COMMAND_H_
#define MARSAD_CLI_EVAL_EXTRACT_COMMAND_H_

#include <CLI/CLI.hpp>

namespace marsad::cli {

void RegisterEvalExtractCommand(CLI::App* app, int* exit_code);

// `marsad eval-names [--pairs FILE] [--min-count N]`: name-variant matching
// on Wikidata's spelling sets (src/eval/name_eval.h).
void RegisterEvalNamesCommand(CLI::App* app, int* exit_code);

}  // namespace marsad::cli

#endif  // MARSAD_CLI_EVAL_EXTRACT_COMMAND_H_
