// Distributional word statistics from unlabelled news, compiled into the
// NER model: for each clitic-free base seen often enough, a code combining
// how often it carries the article ال (names such as «بايدن» almost never
// do) with its frequency band, and its most frequent left and right
// neighbour bases (a cheap stand-in for word clusters), and how often it
// follows trigger words or stands next to known name tokens.
//
// Thread-safety: immutable after building; share it.
#ifndef MARSAD_NLP_NER_WORD_STATS_H_
#define MARSAD_NLP_NER_WORD_STATS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"

namespace marsad::ner {

inline constexpr int kMaxClusterLevels = 3;

struct WordStat {
  uint8_t code = 0;   // (article-ratio band << 4) | frequency band; 0 = unknown
  uint64_t left = 0;  // hash of the most frequent previous base
  uint64_t right = 0;  // hash of the most frequent next base
  // Context bands, 2 bits each (0: <1%, 1: <5%, 2: <20%, 3: >=20% of the
  // occurrences): bits 0-1 after a person trigger (الرئيس، وزير), 2-3 after
  // an organisation trigger (حركة، وزارة), 4-5 after a place trigger
  // (مدينة، في), 6-7 next to a known person-name token.
  uint8_t context = 0;
  // Distributional classes of the base (train/word_clusters.h), finest
  // level first; 0 = not clustered (rare or unseen), else class + 1.
  std::array<uint16_t, kMaxClusterLevels> cluster{};
  // Silver entity bands, 2 bits per type (PER, LOC, ORG, MISC at bits 0, 2,
  // 4, 6; 0: <2%, 1: <10%, 2: <40%, 3: >=40% of the occurrences inside a
  // mention of that type when a first-stage model tagged the news).
  uint8_t silver = 0;
};

class WordStats {
 public:
  // Key: XXH3 of the base (the same hash features.cc uses).
  static uint64_t KeyOf(std::string_view base);

  void Add(uint64_t key, const WordStat& stat) { map_[key] = stat; }
  WordStat* Mutable(uint64_t key) {
    auto it = map_.find(key);
    return it == map_.end() ? nullptr : &it->second;
  }
  const WordStat* Find(uint64_t key) const {
    auto it = map_.find(key);
    return it == map_.end() ? nullptr : &it->second;
  }
  size_t size() const { return map_.size(); }

  void AppendTo(std::string* out) const;  // sorted, deterministic
  static absl::StatusOr<WordStats> Parse(std::string_view bytes);

  // Class counts per cluster level (empty: no clusters), finest first.
  const std::vector<uint32_t>& cluster_sizes() const { return cluster_sizes_; }
  void set_cluster_sizes(std::vector<uint32_t> s) {
    cluster_sizes_ = std::move(s);
  }
  // The CLUS section (doc/model_format.md): the cluster ids of the bases
  // that have them. ParseClusters adds them to bases already present (from
  // Parse) and refuses ids outside the declared sizes.
  void AppendClustersTo(std::string* out) const;
  absl::Status ParseClusters(std::string_view bytes);

  // The SILV section: WordStat::silver of every base (when has_silver()).
  bool has_silver() const { return has_silver_; }
  void set_has_silver(bool v) { has_silver_ = v; }
  void AppendSilverTo(std::string* out) const;
  absl::Status ParseSilver(std::string_view bytes);

  // The FRGN section: how much a word's letters look like a person name
  // rather than a news word. Each letter trigram of "^base$" has a log-odds
  // (in eighths of a nat, clamped to int8) of its rate among person-name
  // tokens (Wikidata/Wikipedia name lists) against its rate among the
  // news vocabulary; `unseen` is the log-odds of a trigram neither list
  // has. Transliterated names a model never saw («ريجيكامف», «فولكسفاغن»)
  // score high; Arabic function words and verbs low.
  bool has_foreign() const { return !foreign_.empty(); }
  void set_foreign(absl::flat_hash_map<uint32_t, int8_t> table, int8_t unseen) {
    foreign_ = std::move(table);
    foreign_unseen_ = unseen;
  }
  // Key of the code points a, b, c (0x5E '^' and 0x24 '$' mark the ends).
  static uint32_t TrigramKey(uint32_t a, uint32_t b, uint32_t c);
  // The mean trigram log-odds of `base` in nats, as a band 0..8 (4: even;
  // every band one nat wide, the ends open); -1 without a table or for an
  // empty base.
  int ForeignBand(std::string_view base) const;
  void AppendForeignTo(std::string* out) const;
  absl::Status ParseForeign(std::string_view bytes);

 private:
  absl::flat_hash_map<uint64_t, WordStat> map_;
  std::vector<uint32_t> cluster_sizes_;
  bool has_silver_ = false;
  absl::flat_hash_map<uint32_t, int8_t> foreign_;
  int8_t foreign_unseen_ = 0;
};

}  // namespace marsad::ner

#endif  // MARSAD_NLP_NER_WORD_STATS_H_
