// Spelling-variant matching for Arabic names: «نتانياهو» ~ «نتنياهو»,
// «ميلر» ~ «ميللر», «جوجل» ~ «غوغل», «مايكروسوفت» ~ «ميكروسوفت».
//
// Safer than fuzzy matching: a weighted edit distance in which only the
// differences that Arabic spelling of the same name actually shows are
// cheap — long-vowel letters ا و ي written or dropped, ه/ة, hamza seats,
// doubled letters, and the letter pairs that transliterate one foreign
// sound (ج/غ/ق/ك for "g", ت/ط, س/ص/ث, د/ض, ز/ذ) — while any other change
// costs a full letter and is refused. Thresholds scale with length, and the
// first letter must agree (or be the same sound), so «محمد» never meets
// «أحمد».
//
// Known limit: spelling alone cannot separate two real names that differ
// by a long vowel («سلمان» / «سليمان»); the entity linker adds context
// (same article, same type, compatible other words).
//
//   marsad::nlp::NameMatcher m;
//   m.SameWord("نتانياهو", "نتنياهو");            // true
//   m.SameName({"بنيامين", "نتانياهو"}, {"نتنياهو"}); // true: a part
//
// Input words must be search-normalised (marsad::Normalizer kSearch).
// Thread-safety: immutable, any number of threads.
#ifndef MARSAD_NLP_ENTITIES_NAME_MATCH_H_
#define MARSAD_NLP_ENTITIES_NAME_MATCH_H_

#include <string>
#include <string_view>
#include <vector>

namespace marsad::nlp {

struct NameMatchOptions {
  // Cost of writing or dropping one long-vowel letter (ا و ي) or a doubled
  // letter. 0 < cost <= 1.
  float vowel_cost = 0.3f;
  // Cost of a tabled letter correspondence (ج/غ, ت/ط, ...).
  float correspondence_cost = 0.5f;
  // Words match when cost <= max(min_budget, budget_per_letter * letters of
  // the shorter word) and at most max_hard_edits edits are outside the
  // cheap classes (a letter of another sound added, dropped or changed).
  float min_budget = 0.6f;
  float budget_per_letter = 0.25f;
  float max_hard_edits = 0;
  // Words shorter than this (letters) must be equal after folding.
  int min_fuzzy_letters = 4;
};

class NameMatcher {
 public:
  explicit NameMatcher(NameMatchOptions options = {});

  // Weighted edit cost between two words (after folding ة/ه and ى/ي).
  float Cost(std::string_view a, std::string_view b) const;
  // True when two words are spellings of the same name.
  bool SameWord(std::string_view a, std::string_view b) const;
  // True when every word of `part` matches a distinct word of `whole`, in
  // order («نتنياهو» is part of «بنيامين نتانياهو»); one word may stand
  // for two run together («لودريان» in «جان إيف لو دريان») and hyphens
  // part words («هينيس-بلاسخارت»). The article ال is
  // ignored at the start of words («الجبير» ~ «جبير» is not claimed: both
  // must agree on ال unless the whole has it and the part does not).
  bool IsPartOf(const std::vector<std::string_view>& part,
                const std::vector<std::string_view>& whole) const;
  // The same name written in a different number of words: every word of
  // each, run together, is one word by SameWord («ود مدني» / «ودمدني»,
  // «هينيس-بلاسخارت» / «هينيس بلاسخارت»).
  bool SameJoined(const std::vector<std::string_view>& a,
                  const std::vector<std::string_view>& b) const;
  // Same name: IsPartOf in either direction with equal word counts, or
  // part-of when `a` is shorter.
  bool SameName(const std::vector<std::string_view>& a,
                const std::vector<std::string_view>& b) const;

  // A folded key for candidate lookup: ال dropped, ة→ه, ى→ي, long vowels
  // after the first letter dropped, doubled letters collapsed. Words with
  // equal keys are candidates; SameWord decides. «نتانياهو», «نتنياهو» →
  // «نتنه».
  static std::string Skeleton(std::string_view word);

  // The stricter key that merges entities across documents without
  // context: ال dropped, ة→ه, ى→ي, doubled letters collapsed, and only the
  // alef dropped after the first letter («نتانياهو», «نتنياهو» → «نتنيهو»;
  // «روزنر» and «ريزنر», «بوتين» and «بوتن» stay apart).
  static std::string Key(std::string_view word);

 private:
  NameMatchOptions options_;
};

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_ENTITIES_NAME_MATCH_H_
