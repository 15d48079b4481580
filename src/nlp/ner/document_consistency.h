// One name, one reading in a document: the tagger labels each sentence on
// its own, so a name it finds in one sentence may be missed, or typed
// differently, in the next. This pass reads the tagger's labels of the
// sentences around each sentence (the document, or a window of it when the
// input has no document boundaries, as in ANERcorp) and
//
//   * retypes a mention whose exact words carry another type more often
//     nearby («قطر» LOC ×3, ORG ×1 → LOC);
//   * labels untagged occurrences of a name tagged nearby (longest names
//     first; a one-word name needs `min_single_letters` letters), never
//     gluing onto a neighbouring mention;
//   * labels a token that is a proclitic + a one-word name tagged nearby
//     («وبغداد» after «بغداد»), as CoNLL corpora label clitic tokens.
//
// Words are compared in their search-normalised form (ner::NormalizeWord).
// Votes come from the tagger's own labels only, never from labels this pass
// adds, so the result does not depend on the order of the sentences.
//
// This is the CoNLL-level twin of nlp::PropagateMentions, which does the
// same on an article's mentions (with confidences and family names) inside
// `marsad analyze`; `marsad eval-ner` uses this one.
#ifndef MARSAD_NLP_NER_DOCUMENT_CONSISTENCY_H_
#define MARSAD_NLP_NER_DOCUMENT_CONSISTENCY_H_

#include <cstdint>
#include <string>
#include <vector>

namespace marsad::ner {

struct ConsistencyOptions {
  // Sentences on each side that vote (the document window). 0 keeps the
  // labels as they are. Chosen on AQMAR dev (20: +1.9 F1, 40: +2.4, 80: +2.4).
  uint32_t window = 40;
  // Letters a one-word name needs to be spread.
  uint32_t min_single_letters = 3;
  // Names longer than this (words) are not looked for.
  uint32_t max_name_words = 8;
};

// `words[s][i]` are the original tokens of sentence s; `labels[s][i]` the
// tagger's BIO labels ("O", "B-PER", "I-LOC", ...), changed in place.
// Sentences whose label count differs from their word count are left alone.
void MakeConsistent(const std::vector<std::vector<std::string>>& words,
                    std::vector<std::vector<std::string>>* labels,
                    const ConsistencyOptions& options = {});

}  // namespace marsad::ner

#endif  // MARSAD_NLP_NER_DOCUMENT_CONSISTENCY_H_
