#include "cli/train_ner_command.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "nlp/ner/conll.h"
#include "nlp/ner/features.h"
#include "train/ner_foreign_builder.h"
#include "train/ner_gazetteer_builder.h"
#include "train/ner_trainer.h"
#include "train/ner_word_stats_builder.h"

namespace marsad {
namespace {

struct TrainNerArgs {
  std::vector<std::string> train, dev;
  std::string out = "models/ner/marsad-ner.bin";
  std::string shared_data = "../shared/data";
  std::string groups = "all,-chargram,-foreign,-doc";
  std::string description;
  int epochs = 20;
  int runs = 5;
  double pa_c = 0;
  std::string algorithm = "perceptron";
  double c2 = 0.1;
  int crf_iterations = 300;
  bool dev_every_epoch = false;
  uint32_t seed = 20231008;
  int min_count = 1;
  int dev_from_train = 0;
  bool no_gazetteer = false;
  std::string news = "news/saudinewsnet.jsonl.gz";  // under shared_data
  uint64_t news_articles = 0;
  uint32_t news_min_count = 5;
  std::vector<uint32_t> clusters = {128, 32, 8};
  int cluster_passes = 10;
};

int RunTrainNer(const TrainNerArgs& a) {
  auto start = std::chrono::steady_clock::now();
  absl::StatusOr<uint32_t> groups = ner::ParseGroups(a.groups);
  if (!groups.ok()) {
    std::cerr << "train-ner: " << groups.status().message() << "\n";
    return 2;
  }
  std::vector<ner::ConllSentence> train, dev;
  for (const std::string& path : a.train) {
    auto s = ner::ReadConll(path);
    if (!s.ok()) {
      std::cerr << "train-ner: " << s.status().message() << "\n";
      return 1;
    }
    for (size_t i = 0; i < s->size(); ++i) {
      // Every Nth sentence of the training files is held out for tuning.
      if (a.dev_from_train > 0 &&
          i % a.dev_from_train == a.dev_from_train - 1) {
        dev.push_back(std::move((*s)[i]));
      } else {
        train.push_back(std::move((*s)[i]));
      }
    }
  }
  for (const std::string& path : a.dev) {
    auto s = ner::ReadConll(path);
    if (!s.ok()) {
      std::cerr << "train-ner: " << s.status().message() << "\n";
      return 1;
    }
    dev.insert(dev.end(), s->begin(), s->end());
  }
  ner::Gazetteer gazetteer;
  if (!a.no_gazetteer) {
    NerGazetteerStats stats;
    auto g = BuildNerGazetteer(a.shared_data, &stats);
    if (!g.ok()) {
      std::cerr << "train-ner: " << g.status().message() << "\n";
      return 1;
    }
    gazetteer = *std::move(g);
    std::cerr << "gazetteer: " << gazetteer.size() << " keys (countries "
              << stats.countries << ", cities " << stats.cities
              << ", person-name tokens " << stats.person_tokens << ", lexicon "
              << stats.lexicon << ")\n";
  }
  ner::WordStats word_stats;
  if ((*groups &
       (ner::kGroupCorpus | ner::kGroupCluster | ner::kGroupSilver)) &&
      !a.news.empty()) {
    NerWordStatsOptions wo;
    wo.max_articles = a.news_articles;
    wo.min_count = a.news_min_count;
    if (*groups & ner::kGroupCluster) wo.cluster_sizes = a.clusters;
    wo.cluster_passes = a.cluster_passes;
    wo.log = [](const std::string& line) { std::cerr << line << "\n"; };
    NerWordStatsReport report;
    std::string path = a.news[0] == '/' ? a.news : a.shared_data + "/" + a.news;
    auto ws = BuildNerWordStats(path, &gazetteer, wo, &report);
    if (!ws.ok()) {
      std::cerr << "train-ner: " << ws.status().message() << "\n";
      return 1;
    }
    word_stats = *std::move(ws);
    std::cerr << "word stats: " << report.articles << " articles, "
              << report.words << " words, " << report.bases << " bases kept\n";
  }
  if ((*groups & ner::kGroupForeign) && !a.news.empty()) {
    std::string path = a.news[0] == '/' ? a.news : a.shared_data + "/" + a.news;
    NerForeignReport fr;
    absl::Status s = AddNerForeignTable(a.shared_data, path, a.news_articles,
                                        a.news_min_count, &word_stats, &fr);
    if (!s.ok()) {
      std::cerr << "train-ner: " << s.message() << "\n";
      return 1;
    }
    std::cerr << "foreign table: " << fr.trigrams << " trigrams from "
              << fr.name_types << " name and " << fr.news_types
              << " news bases\n";
  }
  NerTrainOptions o;
  o.epochs = a.epochs;
  o.runs = a.runs;
  o.pa_c = a.pa_c;
  o.algorithm = a.algorithm == "crf" ? NerTrainOptions::Algorithm::kCrf
                                     : NerTrainOptions::Algorithm::kPerceptron;
  o.crf_c2 = a.c2;
  o.crf_iterations = a.crf_iterations;
  o.dev_every_epoch = a.dev_every_epoch;
  o.seed = a.seed;
  o.groups = *groups;
  o.min_feature_count = a.min_count;
  o.description =
      a.description.empty()
          ? absl::StrCat(
                a.algorithm == "crf"
                    ? absl::StrCat("linear-chain CRF, L-BFGS, c2 ", a.c2,
                                   ", iterations ", a.crf_iterations)
                    : absl::StrCat("averaged perceptron; epochs ", a.epochs,
                                   "; runs ", a.runs, "; seed ", a.seed),
                "; train: ", absl::StrJoin(a.train, " "), "; groups ",
                ner::GroupsToString(*groups), "; clusters ",
                absl::StrJoin(a.clusters, ","))
          : a.description;
  o.log = [](const std::string& line) { std::cerr << line << "\n"; };
  if ((*groups & ner::kGroupSilver) && !a.news.empty()) {
    // Two stages: a model without the silver group tags the news; how
    // often each base fell inside each type becomes a feature of the
    // final model.
    NerTrainOptions first = o;
    first.groups &= ~ner::kGroupSilver;
    first.log = [](const std::string& line) {
      std::cerr << "stage 1: " << line << "\n";
    };
    auto stage1 = TrainNer(train, dev, gazetteer, word_stats, first);
    if (!stage1.ok()) {
      std::cerr << "train-ner: " << stage1.status().message() << "\n";
      return 1;
    }
    NerOptions no_check;
    no_check.verify_self_test = false;
    auto tagger = NerTagger::FromBuffer(stage1->bytes, no_check, "<stage 1>");
    if (!tagger.ok()) {
      std::cerr << "train-ner: " << tagger.status().message() << "\n";
      return 1;
    }
    std::string path = a.news[0] == '/' ? a.news : a.shared_data + "/" + a.news;
    absl::Status s =
        AddNerSilverStats(path, a.news_articles, **tagger, &word_stats);
    if (!s.ok()) {
      std::cerr << "train-ner: " << s.message() << "\n";
      return 1;
    }
    std::cerr << "silver statistics from the stage-1 model\n";
  }
  auto result = TrainNer(train, dev, gazetteer, word_stats, o);
  if (!result.ok()) {
    std::cerr << "train-ner: " << result.status().message() << "\n";
    return 1;
  }
  std::ofstream out(a.out, std::ios::binary | std::ios::trunc);
  out.write(result->bytes.data(),
            static_cast<std::streamsize>(result->bytes.size()));
  out.close();
  if (!out) {
    std::cerr << "train-ner: cannot write " << a.out << "\n";
    return 1;
  }
  double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::cerr << "wrote " << a.out << " (" << result->bytes.size()
            << " bytes) in " << secs << " s\n";
  return 0;
}

}  // namespace

void RegisterTrainNerCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TrainNerArgs>();
  CLI::App* cmd = app.add_subcommand(
      "train-ner",
      "Train the NER model (averaged perceptron) from CoNLL files");
  cmd->add_option("--train", args->train, "CoNLL training file (repeatable)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--dev", args->dev,
                  "CoNLL file for per-epoch scores and confidence calibration")
      ->check(CLI::ExistingFile);
  cmd->add_option("--dev-from-train", args->dev_from_train,
                  "hold out every Nth training sentence as dev (0: none)");
  cmd->add_option("--out", args->out, "model file to write")
      ->capture_default_str();
  cmd->add_option("--shared-data", args->shared_data,
                  "directory with gazetteers/ and names/")
      ->capture_default_str();
  cmd->add_option("--groups", args->groups,
                  "feature groups, e.g. all or all,-gazetteer")
      ->capture_default_str();
  cmd->add_option("--epochs", args->epochs, "training passes")
      ->capture_default_str();
  cmd->add_option("--seed", args->seed, "shuffling seed")
      ->capture_default_str();
  cmd->add_option("--runs", args->runs,
                  "perceptrons over different shuffles, weights averaged")
      ->capture_default_str();
  cmd->add_option("--pa-c", args->pa_c,
                  "passive-aggressive step cap (0: plain perceptron)")
      ->capture_default_str();
  cmd->add_option("--algorithm", args->algorithm,
                  "perceptron (averaged, mixed runs) or crf (L-BFGS)")
      ->check(CLI::IsMember({"perceptron", "crf"}))
      ->capture_default_str();
  cmd->add_option("--c2", args->c2, "CRF L2 penalty (> 0)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--crf-iterations", args->crf_iterations,
                  "CRF L-BFGS iterations (1..10000)")
      ->check(CLI::Range(1, 10000))
      ->capture_default_str();
  cmd->add_flag("--dev-every-epoch", args->dev_every_epoch,
                "score dev after every epoch, not only the last");
  cmd->add_option("--min-count", args->min_count, "drop rarer features")
      ->capture_default_str();
  cmd->add_option("--description", args->description, "stored in the model");
  cmd->add_option(
         "--news", args->news,
         "gzipped JSONL news for word statistics (relative to --shared-data)")
      ->capture_default_str();
  cmd->add_option("--news-min-count", args->news_min_count,
                  "keep word statistics of bases seen at least this often")
      ->capture_default_str();
  cmd->add_option("--news-articles", args->news_articles,
                  "use only the first N news articles (0: all)");
  cmd->add_option("--clusters", args->clusters,
                  "word-cluster class counts per level, finest first "
                  "(at most 3; exchange algorithm over the news)")
      ->delimiter(',')
      ->capture_default_str();
  cmd->add_option("--cluster-passes", args->cluster_passes,
                  "exchange-algorithm passes per cluster level")
      ->capture_default_str();
  cmd->add_flag("--no-gazetteer", args->no_gazetteer,
                "train without the shared-data name lists");
  cmd->callback([args, exit_code] { *exit_code = RunTrainNer(*args); });
}

}  // namespace marsad
