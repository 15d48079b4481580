// marsad: one binary, one verb per job. Each verb has its own --help.
#include <cstdio>

#include "CLI/CLI.hpp"
#include "cli/analyze_command.h"
#include "cli/eval_extract_command.h"
#include "cli/eval_ner_command.h"
#include "cli/eval_stem_command.h"
#include "cli/ingest_command.h"
#include "cli/search_command.h"
#include "cli/serve_command.h"
#include "cli/train_ner_command.h"

int main(int argc, char** argv) {
  CLI::App app{
      "marsad — Arabic news into structured, linked, searchable knowledge"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "marsad 0.1.0");
  int exit_code = 0;
  marsad::cli::RegisterAnalyzeCommand(app, &exit_code);
  marsad::cli::RegisterIngestCommand(app, &exit_code);
  marsad::cli::RegisterSearchCommand(app, &exit_code);
  marsad::cli::RegisterServeCommand(app, &exit_code);
  marsad::cli::RegisterEvalStemCommand(&app, &exit_code);
  marsad::cli::RegisterEvalExtractCommand(&app, &exit_code);
  marsad::cli::RegisterEvalNamesCommand(&app, &exit_code);
  marsad::RegisterTrainNerCommand(app, &exit_code);
  marsad::RegisterEvalNerCommand(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  return exit_code;
}
