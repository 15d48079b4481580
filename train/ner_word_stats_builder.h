// Builds the NER model's word statistics (src/nlp/ner/word_stats.h) from a
// gzipped JSONL news corpus (one article a line with "title" and
// "content"), e.g. ../shared/data/news/saudinewsnet.jsonl.gz. Only the
// derived statistics go into the model, never the text.
#ifndef MARSAD_TRAIN_NER_WORD_STATS_BUILDER_H_
#define MARSAD_TRAIN_NER_WORD_STATS_BUILDER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "marsad/ner.h"
#include "marsad/tokenizer.h"
#include "nlp/ner/gazetteer.h"
#include "nlp/ner/word_stats.h"

namespace marsad {

struct NerWordStatsOptions {
  uint32_t min_count = 5;     // bases seen fewer times are left out
  uint64_t max_articles = 0;  // 0: all
  // Exchange-algorithm class counts (train/word_clusters.h), finest first,
  // at most ner::kMaxClusterLevels; empty: no clusters. Bases kept above
  // are clustered; rarer bases share one pseudo-word.
  std::vector<uint32_t> cluster_sizes;
  int cluster_passes = 10;
  std::function<void(const std::string&)> log;  // may be empty
};

struct NerWordStatsReport {
  uint64_t articles = 0, words = 0, bases = 0;
};

// `gazetteer` (may be null) supplies the trigger classes and person-name
// tokens for WordStat::context.
absl::StatusOr<ner::WordStats> BuildNerWordStats(
    const std::string& jsonl_gz_path, const ner::Gazetteer* gazetteer,
    const NerWordStatsOptions& options, NerWordStatsReport* report);

// Calls `fn` with each tokenised "title" and "content" of the first
// `max_articles` (0: all) articles; `articles` (may be null) gets the count.
absl::Status ForEachNewsText(
    const std::string& jsonl_gz_path, uint64_t max_articles,
    const std::function<void(const TokenizedText&)>& fn, uint64_t* articles);

// Silver entity statistics (WordStat::silver): tags the news with `tagger`
// (a first-stage model trained without the `silver` group) and records,
// for every base already in `stats`, how often its occurrences fall inside
// a predicted mention of each type.
absl::Status AddNerSilverStats(const std::string& jsonl_gz_path,
                               uint64_t max_articles, const NerTagger& tagger,
                               ner::WordStats* stats);

}  // namespace marsad

#endif  // MARSAD_TRAIN_NER_WORD_STATS_BUILDER_H_
