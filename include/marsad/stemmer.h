// Clitic segmentation and light stemming for Arabic.
//
//   marsad::Stemmer stemmer;
//   // Input is a search-normalised word (Normalizer kSearch).
//   stemmer.Stem("والمتحدثون");        // "متحدث"  (for search)
//   auto s = stemmer.Segment("وبالسعوديه");
//   // s.proclitics == "وبال", s.base == "سعوديه", s.enclitic == ""
//
// Stem() is for search: it strips proclitics (و ف ب ك ل ال س and their
// combinations such as وبال، فلل، وس), plural and dual suffixes (ون ين ان ات),
// the feminine ة/ه and pronoun suffixes (ه ها هم هما هن كم كما نا ني ي),
// with guards that keep short words and names whole (a stem is never left
// with fewer than `min_stem_chars` letters, so «بلد» and «وليد» survive).
// Segment() is for NLP features: it splits only clitics (conjunction,
// preposition, article, future س, attached pronoun) and keeps inflection.
//
// Stem() also strips a tanween alef (هجوما -> هجوم) and the ت of a ة before
// a pronoun (حكومته -> حكوم, like حكومة -> حكوم). The nisba ي is kept:
// السعودية, السعوديون and سعودي all stem to سعودي.
// Segment() treats a final ه after the ي of a long stem as a ة written ه
// («سعوديه»: no enclitic) and lets the short prepositions ل ب ك من عن في مع
// host a pronoun (لها -> base ل, enclitic ها).
//
// Words that are not entirely Arabic-block letters (Latin, digits, mixed)
// and words over 48 letters come back unchanged (Segment: all in base).
// Both return views into the argument: no allocation, safe to call at tens
// of millions of words per second. Thread-safety: immutable; share it (the
// guard-list table is built once, on first construction).
#ifndef MARSAD_STEMMER_H_
#define MARSAD_STEMMER_H_

#include <string_view>

namespace marsad {

struct StemmerOptions {
  // Minimum letters left after stripping (Arabic letters, not bytes).
  // Values below 1 are treated as 1.
  int min_stem_chars = 3;
  // Consult the corpus-derived guard lists (src/text/stemmer_lists.inc) of
  // stems that start or end with clitic-looking letters («وزير», «بايدن»,
  // «التزام», «لبنان», «اتجاه»). Off: letter-count guards only (ablation).
  bool use_word_lists = true;
};

struct Segments {
  std::string_view proclitics;  // e.g. "وبال" (may be empty)
  std::string_view base;        // the word without clitics
  std::string_view enclitic;    // attached pronoun, e.g. "ها" (may be empty)
};

class Stemmer {
 public:
  explicit Stemmer(StemmerOptions options = {});

  // REQUIRES: `word` is one search-normalised token (no spaces).
  std::string_view Stem(std::string_view word) const;
  Segments Segment(std::string_view word) const;

 private:
  StemmerOptions options_;
};

}  // namespace marsad

#endif  // MARSAD_STEMMER_H_
