// SearchIndex::Impl (shared by search_index.cc and index_file.cc).
#ifndef MARSAD_SEARCH_INDEX_IMPL_H_
#define MARSAD_SEARCH_INDEX_IMPL_H_

#include <vector>

#include "marsad/search.h"
#include "search/index_data.h"
#include "search/postings.h"
#include "search/search_analyzer.h"

namespace marsad {

struct SearchIndex::Impl {
  SearchIndexOptions options;
  search_internal::SearchAnalyzer analyzer;
  search_internal::IndexData data;
  bool finished = false;
  // While building: one builder per term.
  std::vector<search_internal::PostingBuilder> building;
};

}  // namespace marsad

#endif  // MARSAD_SEARCH_INDEX_IMPL_H_
