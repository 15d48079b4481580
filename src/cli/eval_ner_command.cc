#include "cli/eval_ner_command.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "marsad/ner.h"
#include "marsad/tokenizer.h"
#include "nlp/ner/conll.h"
#include "nlp/ner/document_consistency.h"

namespace marsad {
namespace {

struct EvalNerArgs {
  std::vector<std::string> files;
  std::string model = "models/ner/marsad-ner.bin";
  bool raw = false;         // files are plain text: print the mentions found
  std::string predictions;  // write "word gold predicted" lines here
  uint32_t window =
      ner::ConsistencyOptions{}.window;  // 0: sentence by sentence
};

int TagRawFile(const NerTagger& tagger, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "eval-ner: cannot open " << path << "\n";
    return 1;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  Tokenizer tokenizer;
  auto t = tokenizer.Tokenize(text);
  if (!t.ok()) {
    std::cerr << "eval-ner: " << path << ": " << t.status().message() << "\n";
    return 1;
  }
  for (const NerSpan& s : tagger.Tag(*t)) {
    std::cout << EntityTypeName(s.type) << "\t" << s.span.Of(text) << "\t"
              << s.span.begin << "-" << s.span.end << "\t" << s.confidence
              << "\n";
  }
  return 0;
}

int RunEvalNer(const EvalNerArgs& a) {
  auto t0 = std::chrono::steady_clock::now();
  auto tagger = NerTagger::Load(a.model);
  if (!tagger.ok()) {
    std::cerr << "eval-ner: " << tagger.status().message() << "\n";
    return 1;
  }
  double load_ms = std::chrono::duration<double, std::milli>(
                       std::chrono::steady_clock::now() - t0)
                       .count();
  std::cout << "model " << a.model << " (" << (*tagger)->info().num_features
            << " features, " << (*tagger)->info().feature_settings
            << "), loaded in " << load_ms << " ms\n";
  int rc = 0;
  for (const std::string& path : a.files) {
    if (a.raw) {
      rc |= TagRawFile(**tagger, path);
      continue;
    }
    auto sentences = ner::ReadConll(path);
    if (!sentences.ok()) {
      std::cerr << "eval-ner: " << sentences.status().message() << "\n";
      rc = 1;
      continue;
    }
    ner::ConllScorer scorer, sentence_scorer;
    std::ofstream pred_out;
    if (!a.predictions.empty()) pred_out.open(a.predictions, std::ios::app);
    auto t1 = std::chrono::steady_clock::now();
    std::vector<std::vector<std::string>> words, preds;
    words.reserve(sentences->size());
    preds.reserve(sentences->size());
    for (const ner::ConllSentence& s : *sentences) words.push_back(s.words);
    // Blocks of 2 × window sentences stand for documents when the model
    // reads document features (the corpora have no document boundaries).
    preds = (*tagger)->TagSentences(words, std::max<uint32_t>(2 * a.window, 1));
    for (size_t k = 0; k < sentences->size(); ++k) {
      sentence_scorer.Add((*sentences)[k].tags, preds[k]);
    }
    ner::ConsistencyOptions consistency;
    consistency.window = a.window;
    ner::MakeConsistent(words, &preds, consistency);
    for (size_t k = 0; k < sentences->size(); ++k) {
      const ner::ConllSentence& s = (*sentences)[k];
      const std::vector<std::string>& pred = preds[k];
      scorer.Add(s.tags, pred);
      if (pred_out.is_open()) {
        for (size_t i = 0; i < s.words.size(); ++i) {
          pred_out << s.words[i] << ' ' << s.tags[i] << ' ' << pred[i] << '\n';
        }
        pred_out << '\n';
      }
    }
    double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t1)
            .count();
    std::cout << "== " << path << ": " << sentences->size() << " sentences, "
              << scorer.tokens() << " tokens, "
              << static_cast<uint64_t>(scorer.tokens() / std::max(secs, 1e-9))
              << " tokens/s (incl. normalisation)\n";
    if (a.window > 0) {
      std::cout << "document consistency over ±" << a.window
                << " sentences (--window 0 turns it off); sentence by "
                   "sentence: "
                << absl::StrFormat("micro P %.4f R %.4f F1 %.4f",
                                   sentence_scorer.Micro().Precision(),
                                   sentence_scorer.Micro().Recall(),
                                   sentence_scorer.Micro().F1())
                << "\n";
    }
    std::cout << scorer.Report();
  }
  return rc;
}

}  // namespace

void RegisterEvalNerCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<EvalNerArgs>();
  CLI::App* cmd = app.add_subcommand(
      "eval-ner", "Score the NER model on CoNLL files (conlleval semantics)");
  cmd->add_option("files", args->files, "CoNLL files (token tag per line)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--model", args->model, "model file")->capture_default_str();
  cmd->add_option(
      "--predictions", args->predictions,
      "append 'word gold predicted' lines (conlleval input) to this file");
  cmd->add_option("--window", args->window,
                  "sentences on each side that vote for one reading of a "
                  "name (ner::MakeConsistent); 0 scores the tagger sentence "
                  "by sentence")
      ->capture_default_str()
      ->check(CLI::Range(0u, 100000u));
  cmd->add_flag("--raw", args->raw,
                "the files are plain text: print TYPE, text, byte span and "
                "confidence of each mention instead of scoring");
  cmd->callback([args, exit_code] { *exit_code = RunEvalNer(*args); });
}

}  // namespace marsad
