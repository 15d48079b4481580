// The data of a SearchIndex (shared by building, searching, snippets and
// the index file). Internal to src/search.
#ifndef MARSAD_SEARCH_INDEX_DATA_H_
#define MARSAD_SEARCH_INDEX_DATA_H_

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "marsad/search.h"
#include "search/postings.h"
#include "search/search_analyzer.h"

namespace marsad::search_internal {

inline constexpr int32_t kNoDay = std::numeric_limits<int32_t>::min();

// Interned strings (sources, tags, entity ids, terms).
struct Dict {
  std::vector<std::string> values;
  absl::flat_hash_map<std::string, uint32_t> index;

  uint32_t Intern(std::string_view v) {
    auto [it, inserted] =
        index.try_emplace(absl::string_view(v.data(), v.size()),
                          static_cast<uint32_t>(values.size()));
    if (inserted) values.emplace_back(v);
    return it->second;
  }
  // kNoDoc when absent.
  uint32_t Find(std::string_view v) const {
    auto it = index.find(absl::string_view(v.data(), v.size()));
    return it == index.end() ? kNoDoc : it->second;
  }
  void Rebuild() {
    index.clear();
    index.reserve(values.size());
    for (uint32_t i = 0; i < values.size(); ++i) index.emplace(values[i], i);
  }
};

// Days since 1970-01-01 (proleptic Gregorian).
int32_t DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(int32_t days);
// "YYYY-MM-DD".
std::string IsoDate(const CivilDate& d);

struct IndexData {
  // Documents (insertion order).
  std::vector<std::string> ids;
  absl::flat_hash_map<std::string, uint32_t> id_to_doc;
  std::string text;                    // titles and paragraphs, concatenated
  std::vector<uint64_t> seg_begin{0};  // segment i = [seg_begin[i], [i+1])
  std::vector<uint32_t> doc_seg{0};    // doc d = segments [doc_seg[d], [d+1])
                                       // (the first is the title)
  std::vector<int32_t> day;            // kNoDay when undated
  std::vector<uint32_t> source;        // into sources
  std::vector<uint32_t> title_len;     // indexed tokens
  std::vector<uint32_t> body_len;
  std::vector<uint32_t> tag_begin{0}, tag_ids;        // CSR into tags
  std::vector<uint32_t> entity_begin{0}, entity_ids;  // CSR into entities
  Dict sources, tags, entities, terms;

  PostingStore postings;  // valid after Finish

  // Derived on Finish/Load.
  std::vector<float> norm;  // k1 * (1 - b + b * dl / avgdl)
  absl::flat_hash_map<std::string, std::vector<uint32_t>> skeletons;
  int32_t min_day = 0, max_day = -1;

  size_t num_docs() const { return ids.size(); }
  std::string_view Segment(uint32_t i) const {
    return std::string_view(text).substr(seg_begin[i],
                                         seg_begin[i + 1] - seg_begin[i]);
  }
};

// Computes norm, skeletons and the day range from the stored data.
void DeriveIndexData(const SearchIndexOptions& options, IndexData* data);

}  // namespace marsad::search_internal

#endif  // MARSAD_SEARCH_INDEX_DATA_H_
