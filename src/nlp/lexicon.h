// Word lists of the extraction stages, matched on search-normalised
// tokens: a list written as news spells it («وأضاف», «الأميركي») is
// normalised once when first used.
//
//   static const WordSet kCues({"قال", "أضاف", "أكد"});
//   kCues.Contains(unit.Norm(i));             // exact
//   kCues.Contains(StripConjunction(norm));   // «وقال» → «قال»
#ifndef MARSAD_NLP_LEXICON_H_
#define MARSAD_NLP_LEXICON_H_

#include <initializer_list>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "base/strings.h"

namespace marsad::nlp {

class WordSet {
 public:
  WordSet(std::initializer_list<const char*> words);
  bool Contains(std::string_view norm) const {
    return words_.contains(AV(norm));
  }

 private:
  absl::flat_hash_set<std::string> words_;
};

// «وقال» → «قال», «فأكد» → «أكد»: drops one leading و or ف when at least
// three letters remain. Normalised input.
std::string_view StripConjunction(std::string_view norm);

// Drops the proclitics و ف ب ل ك (one each, in order) and the article ال
// («وبالخارجية» → «خارجية»), keeping at least two letters.
std::string_view StripProclitics(std::string_view norm);

// Function words and common news verbs (prepositions, particles,
// relatives, reporting and meeting verbs): phrases such as roles and
// speaker descriptions do not run across them. Matched after
// StripConjunction.
bool IsBreakWord(std::string_view norm);

// Arabic stopwords (mohataher/arabic-stop-words, MIT, and common news
// verbs and adverbs; stopwords.inc), matched after search normalisation.
bool IsStopword(std::string_view norm);

// Number of code points.
size_t Letters(std::string_view s);

// How many letters of a normalised word are the proclitics و ف ب ل ك
// before its base (the article ال is not counted: «ولوزارة» → 2,
// «والسعودية» → 1, «للخارجية» → 0: it has no clitic-free span).
size_t ProcliticLetters(std::string_view norm);

// Bytes of `original` after skipping `letters` letters and the marks that
// follow them («وَالسعودية», 1 → offset of «ا»).
size_t SkipLetters(std::string_view original, size_t letters);

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_LEXICON_H_
