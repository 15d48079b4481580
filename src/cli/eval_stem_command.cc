#include "cli/eval_stem_command.h"

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "eval/stem_eval.h"

namespace marsad::cli {
namespace {

std::string DefaultDataDir() {
#ifdef MARSAD_SHARED_DATA
  return std::string(MARSAD_SHARED_DATA) + "/stemming";
#else
  return "../shared/data/stemming";
#endif
}

}  // namespace

void RegisterEvalStemCommand(CLI::App* app, int* exit_code) {
  struct Flags {
    std::string data_dir = DefaultDataDir();
    std::string datasets = "gold,kabi,klm,nafis,qwc";
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* sub = app->add_subcommand(
      "eval-stem",
      "Compare marsad's light stemmer with Snowball on gold stem/lemma sets");
  sub->add_option("--data", flags->data_dir,
                  "Directory with gold.csv, kabi.csv, klm.csv, nafis.csv, "
                  "qwc.csv")
      ->capture_default_str();
  sub->add_option("--datasets", flags->datasets,
                  "Comma-separated data set names")
      ->capture_default_str();
  sub->callback([flags, exit_code]() {
    eval::StemEvalOptions options;
    options.data_dir = flags->data_dir;
    options.datasets.clear();
    std::string item;
    for (char c : flags->datasets + ",") {
      if (c != ',') {
        item += c;
      } else if (!item.empty()) {
        options.datasets.push_back(item);
        item.clear();
      }
    }
    absl::StatusOr<std::vector<eval::DatasetResult>> results =
        eval::EvaluateStemmers(options);
    if (!results.ok()) {
      std::cerr << "eval-stem: " << results.status() << "\n";
      *exit_code = 1;
      return;
    }
    std::cout << eval::FormatStemTable(*results);
    *exit_code = 0;
  });
}

}  // namespace marsad::cli
