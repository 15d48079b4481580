// `marsad ingest PATH... [--db FILE]`: analyse pages or JSONL records and
// keep them in the store (include/marsad/store.h), one document whole or
// not at all; running it again on the same input adds nothing but
// sightings.
#ifndef MARSAD_CLI_INGEST_COMMAND_H_
#define MARSAD_CLI_INGEST_COMMAND_H_

#include "CLI/CLI.hpp"

namespace marsad::cli {

// Adds the subcommand to `app`; when it runs it stores its exit status in
// *exit_code: 0 every document stored; 1 some documents failed (each
// reported on stderr); 2 nothing could be read, or the store could not be
// opened or written.
void RegisterIngestCommand(CLI::App& app, int* exit_code);

}  // namespace marsad::cli

#endif  // MARSAD_CLI_INGEST_COMMAND_H_
