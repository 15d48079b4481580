// Titles and snippets with the matched words highlighted in the original
// spelling. Internal to src/search.
#ifndef MARSAD_SEARCH_SNIPPET_H_
#define MARSAD_SEARCH_SNIPPET_H_

#include <cstdint>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "marsad/search.h"
#include "search/search_analyzer.h"

namespace marsad::search_internal {

using TermSet = absl::flat_hash_set<std::string_view>;

// The whole of `text` with every word whose stem is in `terms` marked.
Highlighted HighlightAll(const SearchAnalyzer& analyzer, std::string_view text,
                         const TermSet& terms);

// The best passage (most distinct matched stems, then most matches) of the
// paragraphs, about `max_chars` characters, cut at spaces with "…" where
// cut, matched words marked. The first paragraph's start when none match.
Highlighted BestSnippet(const SearchAnalyzer& analyzer,
                        const std::vector<std::string_view>& paragraphs,
                        const TermSet& terms, uint32_t max_chars);

}  // namespace marsad::search_internal

#endif  // MARSAD_SEARCH_SNIPPET_H_
