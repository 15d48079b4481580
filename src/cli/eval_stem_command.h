// `marsad eval-stem`: scores marsad's light stemmer and Snowball's Arabic
// stemmer on the stemming gold sets and prints a table (src/eval/stem_eval.h).
//
//   marsad eval-stem [--data DIR] [--datasets gold,kabi,klm,nafis,qwc]
//
// DIR defaults to <shared data>/stemming (MARSAD_SHARED_DATA at build time,
// else ../shared/data/stemming relative to the working directory). The table
// goes to stdout, errors to stderr; exit code 0 on success, 1 when a data set
// is missing or malformed.
#ifndef MARSAD_CLI_EVAL_STEM_COMMAND_H_
#define MARSAD_CLI_EVAL_STEM_COMMAND_H_

#include <CLI/CLI.hpp>

namespace marsad::cli {

// Adds the `eval-stem` subcommand to `app`. When it runs, its callback sets
// *exit_code (which must outlive app.parse()).
void RegisterEvalStemCommand(CLI::App* app, int* exit_code);

}  // namespace marsad::cli

#endif  // MARSAD_CLI_EVAL_STEM_COMMAND_H_
