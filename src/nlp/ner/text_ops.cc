#include "nlp/ner/text_ops.h"

#include "marsad/normalizer.h"

namespace marsad::ner {
namespace {

const Normalizer& TheNormalizer() {
  static const Normalizer* const n = new Normalizer(NormalizerOptions{});
  return *n;
}

const Stemmer& TheStemmer() {
  static const Stemmer* const s = new Stemmer(StemmerOptions{});
  return *s;
}

}  // namespace

std::string NormalizeWord(std::string_view word) {
  return TheNormalizer().NormalizeString(word);
}

Segments SegmentWord(std::string_view norm) {
  return TheStemmer().Segment(norm);
}

const char* NormalizerSettings() {
  // NormalizerOptions{} and StemmerOptions{} defaults; bump when either
  // default changes.
  return "search,fold_teh_marbuta=0,fold_hamza_carriers=1,lowercase_latin=1;"
         "segment:min_stem_chars=3,use_word_lists=1";
}

}  // namespace marsad::ner
