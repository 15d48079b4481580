// `marsad search QUERY (--index FILE | PATH...)`: searches a saved index, or
// builds one in memory from pages/JSONL (what `analyze` accepts), and prints
// JSONL on stdout: first a summary line {"total", "terms", "ignored",
// "facets"}, then one line per hit {"rank", "id", "score", "source",
// "published", "title", "title_html", "snippet_html"} (<mark>…</mark> around
// the matched words in their original spelling). `--save FILE` writes the
// index built from PATHs for later `--index` runs.
#ifndef MARSAD_CLI_SEARCH_COMMAND_H_
#define MARSAD_CLI_SEARCH_COMMAND_H_

#include "CLI/CLI.hpp"

namespace marsad::cli {

// Adds the subcommand to `app`; when it runs it stores its exit status in
// *exit_code: 0 searched (even with no hits), 1 searched but some input
// documents failed, 2 bad query or options, or no index could be built or
// loaded. Needs marsad_search and nlohmann_json linked into the binary.
void RegisterSearchCommand(CLI::App& app, int* exit_code);

}  // namespace marsad::cli

#endif  // MARSAD_CLI_SEARCH_COMMAND_H_
