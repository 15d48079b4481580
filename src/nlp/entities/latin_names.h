// Latin-script forms of Arabic names: «بنيامين نتنياهو» → "Binyamin
// Netanyahu", «عادل الجبير» → "Adel al-Jubeir".
//
// Each word is looked up in a table of usual spellings learned from
// Wikidata and Wikipedia name pairs (latin_table.inc, 22 k tokens; the
// generator sits beside it); a word the table lacks goes through ICU's
// Arabic-Latin transliteration, reduced to ASCII. The article ال becomes
// "al-" when the table does not know the whole word.
//
// Thread-safety: not thread-safe (the ICU transliterator keeps state); one
// per thread, like the Analyzer that owns it.
#ifndef MARSAD_NLP_ENTITIES_LATIN_NAMES_H_
#define MARSAD_NLP_ENTITIES_LATIN_NAMES_H_

#include <memory>
#include <string>
#include <string_view>

#include "nlp/entities/name_match.h"

namespace marsad::nlp {

class LatinNames {
 public:
  LatinNames();
  ~LatinNames();

  // The Latin form of a name (any Arabic text; words separated by spaces).
  // Empty when nothing could be written.
  std::string ToLatin(std::string_view arabic_name);

 private:
  std::string Word(std::string_view norm_word);
  NameMatcher matcher_;
  struct Icu;                 // the ICU transliterator, kept out of headers
  std::unique_ptr<Icu> icu_;  // translit null: ICU data missing
};

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_ENTITIES_LATIN_NAMES_H_
