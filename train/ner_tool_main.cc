// marsad_ner: the train-ner and eval-ner verbs on their own (the same code
// as in the `marsad` binary).
#include "CLI/CLI.hpp"
#include "cli/eval_ner_command.h"
#include "cli/train_ner_command.h"

int main(int argc, char** argv) {
  CLI::App app{"marsad NER training and evaluation"};
  app.require_subcommand(1);
  int exit_code = 0;
  marsad::RegisterTrainNerCommand(app, &exit_code);
  marsad::RegisterEvalNerCommand(app, &exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
