// Turns a page's tag line into tags.
//
// Aggregators print tags separated by spaces, so «جو بايدن» and «شرق أوسط»
// arrive as separate words, with repeats. When the line has no separators,
// TagGrouper joins neighbouring words into one tag only where the page's own
// text has them side by side (clitic- and article-insensitive: «شرق أوسط»
// is evidenced by «الشرق الأوسط»), longest first; otherwise each word is a
// tag. Lines with separators (، , | # ؛ /) are split on them instead. Tags
// are deduplicated by their search-normalised form, in order of first
// appearance, keeping the first spelling.
//
//   TagGrouper grouper(&tokenizer, &stemmer);
//   grouper.AddEvidence("وتحدث بايدن هاتفيا مع بنيامين نتانياهو");
//   grouper.Group("بايدن بنيامين نتانياهو بايدن")  // {"بايدن", "بنيامين
//   نتانياهو"}
//
// Not thread-safe (holds the evidence of one page).
#ifndef MARSAD_INGEST_TAG_GROUPER_H_
#define MARSAD_INGEST_TAG_GROUPER_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "marsad/stemmer.h"
#include "marsad/tokenizer.h"

namespace marsad {

struct TagGrouperOptions {
  int max_words_per_tag = 4;  // longest name joined from the tag line
  size_t max_tags = 256;      // further tags are dropped
};

class TagGrouper {
 public:
  // Both must outlive the grouper.
  TagGrouper(const Tokenizer* tokenizer, const Stemmer* stemmer,
             TagGrouperOptions options = {});

  // Adds word n-grams of `text` (a title or paragraph) as evidence.
  void AddEvidence(std::string_view text);
  void ClearEvidence();

  std::vector<std::string> Group(std::string_view tag_line) const;

 private:
  // Key of a word for matching: normalised, clitics and article removed.
  std::string Key(std::string_view normalized_word) const;

  const Tokenizer* tokenizer_;
  const Stemmer* stemmer_;
  TagGrouperOptions options_;
  absl::flat_hash_set<std::string> ngrams_;  // keys joined by ' '
  mutable TokenizedText scratch_;
};

}  // namespace marsad

#endif  // MARSAD_INGEST_TAG_GROUPER_H_
