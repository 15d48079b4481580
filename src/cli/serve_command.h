// `marsad serve`: the HTTP API and the web page over a store.
#ifndef MARSAD_CLI_SERVE_COMMAND_H_
#define MARSAD_CLI_SERVE_COMMAND_H_

#include "CLI/CLI.hpp"

namespace marsad::cli {

// Adds the subcommand to `app`; when it runs (until Ctrl-C or SIGTERM) it
// stores its exit status in *exit_code: 0 stopped by a signal, 2 the store
// could not be opened or the address could not be bound.
void RegisterServeCommand(CLI::App& app, int* exit_code);

}  // namespace marsad::cli

#endif  // MARSAD_CLI_SERVE_COMMAND_H_
