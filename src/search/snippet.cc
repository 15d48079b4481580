#include "search/snippet.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"

namespace marsad::search_internal {
namespace {

struct Match {
  Span span;
  std::string_view term;  // into `terms`' keys
};

std::vector<Match> FindMatches(const SearchAnalyzer& analyzer,
                               std::string_view text, const TermSet& terms) {
  thread_local TokenizedText scratch;
  std::vector<Match> out;
  analyzer.Analyze(text, &scratch, [&](std::string_view term, Span span, bool) {
    auto it = terms.find(term);
    if (it != terms.end()) out.push_back({span, *it});
  });
  return out;
}

bool IsContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Moves `at` back to the nearest space at or before it (within `limit`
// bytes), else to a character boundary.
size_t SnapBack(std::string_view s, size_t at, size_t limit) {
  at = std::min(at, s.size());
  for (size_t k = at; k > 0 && at - k < limit; --k) {
    if (s[k - 1] == ' ' || s[k - 1] == '\n') return k;
  }
  while (at > 0 && at < s.size() && IsContinuation(s[at])) --at;
  return at;
}

size_t SnapForward(std::string_view s, size_t at, size_t limit) {
  if (at >= s.size()) return s.size();
  for (size_t k = at; k < s.size() && k - at < limit; ++k) {
    if (s[k] == ' ' || s[k] == '\n') return k;
  }
  while (at < s.size() && IsContinuation(s[at])) ++at;
  return at;
}

}  // namespace

Highlighted HighlightAll(const SearchAnalyzer& analyzer, std::string_view text,
                         const TermSet& terms) {
  Highlighted h;
  h.text = std::string(text);
  for (const Match& m : FindMatches(analyzer, text, terms)) {
    h.marks.push_back(m.span);
  }
  return h;
}

Highlighted BestSnippet(const SearchAnalyzer& analyzer,
                        const std::vector<std::string_view>& paragraphs,
                        const TermSet& terms, uint32_t max_chars) {
  Highlighted h;
  if (paragraphs.empty()) return h;
  // Arabic letters are two bytes; a byte budget of 2 per character.
  const size_t budget = std::max<size_t>(40, size_t{max_chars} * 2);
  size_t best_p = 0;
  int best_distinct = -1, best_count = -1;
  std::vector<Match> best_matches;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    std::vector<Match> m = FindMatches(analyzer, paragraphs[p], terms);
    if (m.empty()) continue;
    absl::flat_hash_set<std::string_view> distinct;
    for (const Match& x : m) distinct.insert(x.term);
    const int d = static_cast<int>(distinct.size());
    const int c = static_cast<int>(m.size());
    if (d > best_distinct || (d == best_distinct && c > best_count)) {
      best_p = p;
      best_distinct = d;
      best_count = c;
      best_matches = std::move(m);
    }
  }
  const std::string_view para = paragraphs[best_p];
  size_t begin = 0;
  if (!best_matches.empty() && para.size() > budget) {
    // Start a third of the budget before the first match.
    const size_t first = best_matches.front().span.begin;
    begin = first > budget / 3 ? SnapBack(para, first - budget / 3, 60) : 0;
  }
  size_t end = begin + budget >= para.size()
                   ? para.size()
                   : SnapForward(para, begin + budget, 60);
  if (begin > 0) h.text = "… ";
  const uint32_t shift = static_cast<uint32_t>(h.text.size());
  h.text.append(para.substr(begin, end - begin));
  for (const Match& m : best_matches) {
    if (m.span.begin >= begin && m.span.end <= end) {
      h.marks.push_back(
          Span{static_cast<uint32_t>(m.span.begin - begin + shift),
               static_cast<uint32_t>(m.span.end - begin + shift)});
    }
  }
  if (end < para.size()) h.text += " …";
  return h;
}

}  // namespace marsad::search_internal
