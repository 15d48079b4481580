// Feature extraction for the NER model: each token of a sentence (chunk)
// gets a list of 64-bit feature hashes; the model maps each hash to one
// weight per label.
//
// Groups (stored in the model file; `marsad train-ner --groups` ablates):
//   word      the normalised word itself (+ a bias feature, always on)
//   context   words at -2..+2
//   segment   clitic segmentation: base, proclitics, enclitic; bases -2..+2
//   bigram    word bigrams (-1,0) (0,+1) and base bigram (-1,0)
//   affix     prefixes and suffixes of 1-3 letters of the base
//   shape     script/digit shape, length, sentence start, context shapes
//   gazetteer longest-match country/city membership, person-name tokens
//   trigger   title/organisation/place trigger phrases before the token,
//             nationality adjectives (نسبة) next to it
//   corpus    news statistics of the base and its neighbours (word_stats.h)
//   chargram  letter trigrams of the base (transliterated foreign names:
//             «بوخارست», «فولكسفاغن»)
//   cluster   distributional classes of the bases at -1, 0, +1 (all
//             levels) and class bigrams (second level), from the news
//             (WordStat::cluster, train/word_clusters.h)
//   silver    how often a first-stage model tagged the base (and its
//             neighbours) as each type across the news (WordStat::silver)
//   foreign   how much the letters of the base (and its neighbours) look
//             like a person name's rather than a news word's
//             (WordStats::ForeignBand, a letter-trigram log-odds)
//   doc       what the rest of the document says about the base: whether
//             any of its occurrences follows a person / organisation /
//             place trigger, precedes a nationality adjective, stands next
//             to a known name token, takes the article or not, and how
//             often it occurs (DocEvidence; needs the document, so
//             Extract without one adds nothing)
//
// Thread-safety: a FeatureExtractor is immutable; buffers are per call.
#ifndef MARSAD_NLP_NER_FEATURES_H_
#define MARSAD_NLP_NER_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "marsad/stemmer.h"
#include "nlp/ner/gazetteer.h"
#include "nlp/ner/word_stats.h"

namespace marsad::ner {

enum FeatureGroup : uint32_t {
  kGroupWord = 1 << 0,
  kGroupContext = 1 << 1,
  kGroupSegment = 1 << 2,
  kGroupBigram = 1 << 3,
  kGroupAffix = 1 << 4,
  kGroupShape = 1 << 5,
  kGroupGazetteer = 1 << 6,
  kGroupTrigger = 1 << 7,
  kGroupCorpus = 1 << 8,
  kGroupChargram = 1 << 9,
  kGroupCluster = 1 << 10,
  kGroupSilver = 1 << 11,
  kGroupForeign = 1 << 12,
  kGroupDoc = 1 << 13,
};
inline constexpr int kNumGroups = 14;
inline constexpr uint32_t kAllGroups = (1u << kNumGroups) - 1;

// "word,context,..." <-> bits. ParseGroups accepts "all" and "-name" to
// remove a group from all (e.g. "all,-gazetteer").
std::string GroupsToString(uint32_t groups);
absl::StatusOr<uint32_t> ParseGroups(std::string_view spec);

// Features of one chunk: token i owns feats[offsets[i] .. offsets[i+1]).
struct FeatureBuffer {
  std::vector<uint64_t> feats;
  std::vector<uint32_t> offsets;
  // Scratch, reused between calls.
  std::vector<Segments> segs;
  std::vector<uint64_t> word_hash, base_hash, base_key;
  std::vector<uint32_t> shape;
  std::vector<uint16_t> token_mask, end_mask, match_state;
  std::vector<const WordStat*> stats;
};

// Evidence about each base gathered over a document's sentences
// (FeatureExtractor::AddEvidence), read by the `doc` group. Per base: the
// evidence bits of all its occurrences (kDoc*) and its occurrence count.
class DocEvidence {
 public:
  void Clear() { bases_.clear(); }
  bool empty() const { return bases_.empty(); }
  // Bits (low 16) and count (high 16) of a base hash; 0 when never seen.
  uint32_t Get(uint64_t base_hash) const {
    auto it = bases_.find(base_hash);
    return it == bases_.end() ? 0 : it->second;
  }

 private:
  friend class FeatureExtractor;
  absl::flat_hash_map<uint64_t, uint32_t> bases_;
};

// Evidence bits of one occurrence.
enum DocBit : uint32_t {
  kDocAfterPerTrigger = 1 << 0,  // الرئيس، وزير … one or two words before
  kDocAfterOrgTrigger = 1 << 1,  // شركة، حركة، صحيفة …
  kDocAfterLocTrigger = 1 << 2,  // مدينة، محافظة …
  kDocBeforeNisba = 1 << 3,      // … الأميركي
  kDocAfterName = 1 << 4,        // a person-name token before it
  kDocBeforeName = 1 << 5,       // a person-name token after it
  kDocWithArticle = 1 << 6,      // «ال» in this occurrence
  kDocBare = 1 << 7,             // no «ال»
};

class FeatureExtractor {
 public:
  // `gazetteer` and `stats` (may be null) must outlive the extractor.
  FeatureExtractor(uint32_t groups, const Gazetteer* gazetteer,
                   const WordStats* stats);

  // `words` are search-normalised tokens of one sentence or chunk. `doc`
  // (may be null) is the evidence of the document the chunk belongs to,
  // read only when the `doc` group is on.
  void Extract(const std::vector<std::string_view>& words, FeatureBuffer* out,
               const DocEvidence* doc = nullptr) const;

  // Adds the evidence of one sentence or chunk to `doc` (uses `scratch`).
  // Does nothing unless the `doc` group is on.
  void AddEvidence(const std::vector<std::string_view>& words,
                   FeatureBuffer* scratch, DocEvidence* doc) const;

  uint32_t groups() const { return groups_; }

 private:
  // Per-token scratch of `b` (segments, hashes, shapes, statistics,
  // gazetteer masks) for `words`.
  void Prepare(const std::vector<std::string_view>& words,
               FeatureBuffer* b) const;

  uint32_t groups_;
  const Gazetteer* gazetteer_;
  const WordStats* stats_;
};

}  // namespace marsad::ner

#endif  // MARSAD_NLP_NER_FEATURES_H_
