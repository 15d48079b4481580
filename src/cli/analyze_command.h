// `marsad analyze PATH...`: structured articles as JSONL on stdout.
#ifndef MARSAD_CLI_ANALYZE_COMMAND_H_
#define MARSAD_CLI_ANALYZE_COMMAND_H_

#include "CLI/CLI.hpp"

namespace marsad::cli {

// Adds the subcommand to `app`; when it runs it stores its exit status in
// *exit_code: 0 all documents analysed, 1 some documents failed, 2 no input
// could be read at all.
void RegisterAnalyzeCommand(CLI::App& app, int* exit_code);

}  // namespace marsad::cli

#endif  // MARSAD_CLI_ANALYZE_COMMAND_H_
