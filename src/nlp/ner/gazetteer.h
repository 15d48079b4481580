// Name lists compiled into the NER model: token n-grams (as clitic-free
// bases, see text_ops.h) mapped to a bit mask of classes.
//
//   Gazetteer g;
//   g.AddPhrase({"الولايات", "المتحدة"}, kGazCountry);   // normalised words
//   uint64_t k = Gazetteer::Extend(Gazetteer::TokenKey("ولايات"),
//                                  Gazetteer::TokenKey("متحده"));
//
// Entries are stored as 64-bit hashes, not text. Thread-safety: immutable
// after building; share it.
#ifndef MARSAD_NLP_NER_GAZETTEER_H_
#define MARSAD_NLP_NER_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"

namespace marsad::ner {

enum GazClass : uint16_t {
  kGazCountry = 1 << 0,       // مصر، الولايات المتحدة
  kGazCity = 1 << 1,          // القاهرة، تل أبيب
  kGazPersonName = 1 << 2,    // a token of a person's name (Wikidata)
  kGazFrequentName = 1 << 3,  // ... seen in >= 5 Wikidata names
  kGazTriggerPer = 1 << 4,  // الرئيس، وزير، المتحدث باسم
  kGazTriggerOrg = 1 << 5,  // صحيفة، حركة، وكالة، شركة
  kGazTriggerLoc = 1 << 6,  // مدينة، محافظة، جزيرة
  kGazNisba = 1 << 7,  // الأميركي، الإسرائيلي، المصري
};
inline constexpr int kGazNumClasses = 8;
inline constexpr int kGazMaxTokens = 6;

class Gazetteer {
 public:
  static uint64_t TokenKey(std::string_view base);
  static uint64_t Extend(uint64_t key, uint64_t token_key);

  // `words` are search-normalised words; each is reduced to its base.
  // Phrases longer than kGazMaxTokens are ignored.
  void AddPhrase(const std::vector<std::string_view>& words, uint16_t mask);
  void AddKey(uint64_t key, uint16_t mask, int num_tokens);

  // 0 when absent.
  uint16_t Find(uint64_t key) const {
    auto it = map_.find(key);
    return it == map_.end() ? 0 : it->second;
  }
  int max_tokens() const { return max_tokens_; }
  size_t size() const { return map_.size(); }

  // Deterministic byte form (sorted by key).
  void AppendTo(std::string* out) const;
  // Parses what AppendTo wrote; DataLoss on malformed input.
  static absl::StatusOr<Gazetteer> Parse(std::string_view bytes);

 private:
  absl::flat_hash_map<uint64_t, uint16_t> map_;
  int max_tokens_ = 0;
};

}  // namespace marsad::ner

#endif  // MARSAD_NLP_NER_GAZETTEER_H_
