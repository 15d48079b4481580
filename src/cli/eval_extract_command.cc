#include "cli/eval_extract_command.h"

#include <iostream>
#include <memory>
#include <string>

#include "eval/extraction_eval.h"
#include "eval/name_eval.h"

namespace marsad::cli {

void RegisterEvalExtractCommand(CLI::App* app, int* exit_code) {
  auto o = std::make_shared<eval::ExtractionEvalOptions>();
  o->gold_path = "eval/extraction/dev.jsonl";
  o->corpus_path =
      std::string(MARSAD_SHARED_DATA) + "/news/saudinewsnet.jsonl.gz";
  CLI::App* cmd = app->add_subcommand(
      "eval-extract",
      "Score quotes, speakers, dates and entity merging on the annotated set");
  cmd->add_option("--gold", o->gold_path, "gold annotations (JSONL)")
      ->capture_default_str();
  cmd->add_option("--corpus", o->corpus_path,
                  "the corpus the gold records come from")
      ->capture_default_str();
  cmd->add_option("--model", o->ner_model, "NER model (default: built in)");
  cmd->add_flag("--errors", o->show_errors, "list every miss on stderr");
  cmd->callback([o, exit_code] {
    auto r = eval::EvaluateExtraction(*o, &std::cerr);
    if (!r.ok()) {
      std::cerr << "eval-extract: " << r.status().message() << "\n";
      *exit_code = 1;
      return;
    }
    std::cout << eval::FormatExtractionTable(*r);
    *exit_code = 0;
  });
}

void RegisterEvalNamesCommand(CLI::App* app, int* exit_code) {
  auto o = std::make_shared<eval::NameEvalOptions>();
  o->pairs_path = std::string(MARSAD_SHARED_DATA) +
                  "/names/wikidata-person-names-en-ar.tsv";
  CLI::App* cmd = app->add_subcommand(
      "eval-names",
      "Score name-variant matching on Wikidata's Arabic spelling sets");
  o->wikipedia_path =
      std::string(MARSAD_SHARED_DATA) + "/names/wikipedia-names-ar-en.tsv";
  cmd->add_option("--pairs", o->pairs_path, "English-Arabic name token pairs")
      ->capture_default_str();
  cmd->add_option("--wikipedia", o->wikipedia_path,
                  "Arabic-English name pairs (second spellings)")
      ->capture_default_str();
  cmd->add_option("--min-count", o->min_count, "ignore pairs seen fewer times")
      ->capture_default_str();
  cmd->callback([o, exit_code] {
    auto r = eval::EvaluateNameMatching(*o);
    if (!r.ok()) {
      std::cerr << "eval-names: " << r.status().message() << "\n";
      *exit_code = 1;
      return;
    }
    std::cout << eval::FormatNameTable(*r);
    *exit_code = 0;
  });
}

}  // namespace marsad::cli
