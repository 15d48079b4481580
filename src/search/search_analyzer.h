// The one analyser for indexed text and query words (see marsad/search.h):
// search-normalised tokens -> Stemmer::Stem -> term; plus the variant
// "skeleton" of a stem and the stopword test.
//
//   SearchAnalyzer an;
//   TokenizedText scratch;
//   an.Analyze("والمتحدث باسم الخارجية", &scratch,
//              [](std::string_view term, Span original, bool stop) { ... });
//   // terms: متحدث (span of «والمتحدث»), باسم, خارجي
//
// Thread-safety: immutable; share it. The scratch buffer is per caller.
#ifndef MARSAD_SEARCH_SEARCH_ANALYZER_H_
#define MARSAD_SEARCH_SEARCH_ANALYZER_H_

#include <string>
#include <string_view>

#include "marsad/span.h"
#include "marsad/stemmer.h"
#include "marsad/tokenizer.h"

namespace marsad::search_internal {

class SearchAnalyzer {
 public:
  SearchAnalyzer() = default;

  // Calls fn(term, original_span, is_stopword) for every indexable token of
  // `text` (Arabic and Latin words, numbers, hashtags without '#'), in order.
  // `term` is valid during the call only. REQUIRES: valid UTF-8 and
  // text.size() <= 64 MiB (the tokenizer's limit).
  template <typename Fn>
  void Analyze(std::string_view text, TokenizedText* scratch, Fn&& fn) const {
    tokenizer_.TokenizeTo(text, scratch);
    for (const Token& t : scratch->tokens) {
      std::string_view norm = scratch->Normalized(t);
      switch (t.kind) {
        case TokenKind::kArabicWord:
        case TokenKind::kLatinWord:
        case TokenKind::kNumber:
          break;
        case TokenKind::kHashtag:
          norm.remove_prefix(1);
          break;
        default:
          continue;
      }
      if (norm.empty()) continue;
      const bool stop = IsStopword(norm);
      fn(stemmer_.Stem(norm), t.span, stop);
    }
  }

  // The variant key of a stem (empty below 4 letters or with a non-Arabic
  // letter): a ي before و becomes و (hamza seats: «شئون»/«شؤون»), doubled
  // letters collapse, and from `min_letters` letters on the medial ا و ي ء
  // are dropped with first and last letter kept («امريكي»/«اميركي» ->
  // «امركي», «مسوول»/«مسيول» -> «مسل»).
  static std::string Skeleton(std::string_view stem, int min_letters);

  // Function words dropped from queries outside phrases (search-normalised
  // forms: في، من، على، الى، عن، ان، هذا ...).
  static bool IsStopword(std::string_view normalized_word);

 private:
  Tokenizer tokenizer_;
  Stemmer stemmer_;
};

// True when `a` and `b` (UTF-8) are at most one edit apart, counting a
// letter inserted, deleted or substituted, or two adjacent letters swapped.
bool WithinOneEdit(std::string_view a, std::string_view b);

}  // namespace marsad::search_internal

#endif  // MARSAD_SEARCH_SEARCH_ANALYZER_H_
