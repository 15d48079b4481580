// The two text-core operations the NER features need, in one place:
// search-level normalisation of a single word (for CoNLL input and
// gazetteer entries) and clitic segmentation of a normalised word.
//
// Both must behave exactly as at training time; the model's self-test
// (NerOptions::verify_self_test) catches a change.
#ifndef MARSAD_NLP_NER_TEXT_OPS_H_
#define MARSAD_NLP_NER_TEXT_OPS_H_

#include <string>
#include <string_view>

#include "marsad/stemmer.h"

namespace marsad::ner {

// Search-level normalisation (marsad::Normalizer, kSearch, default options)
// of one word. Invalid UTF-8 becomes U+FFFD.
std::string NormalizeWord(std::string_view word);

// Clitic segmentation (marsad::Stemmer::Segment) of a normalised word;
// views into `norm`.
Segments SegmentWord(std::string_view norm);

// The settings NormalizeWord uses, as stored in model files.
const char* NormalizerSettings();

}  // namespace marsad::ner

#endif  // MARSAD_NLP_NER_TEXT_OPS_H_
