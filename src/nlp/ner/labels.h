// The BIO label set of the NER model and the constraints between labels.
//
//   0 O, 1 B-PER, 2 I-PER, 3 B-LOC, 4 I-LOC, 5 B-ORG, 6 I-ORG, 7 B-MISC,
//   8 I-MISC.  ParseLabel() also accepts the corpus spellings PERS (ANERcorp)
//   and MIS (AQMAR).
#ifndef MARSAD_NLP_NER_LABELS_H_
#define MARSAD_NLP_NER_LABELS_H_

#include <optional>
#include <string_view>

#include "marsad/ner.h"

namespace marsad::ner {

inline constexpr int kNumLabels = 9;
inline constexpr int kOutside = 0;

const char* LabelName(int label);  // "O", "B-PER", ...
// nullopt for an unknown tag.
std::optional<int> ParseLabel(std::string_view tag);

inline bool IsBegin(int label) { return label > 0 && label % 2 == 1; }
inline bool IsInside(int label) { return label > 0 && label % 2 == 0; }
inline EntityType TypeOf(int label) {
  return static_cast<EntityType>((label - 1) / 2);
}
inline int BeginOf(EntityType t) { return 1 + 2 * static_cast<int>(t); }

// Whether `cur` may follow `prev` (prev == -1 at the start of a sentence):
// I-X only after B-X or I-X.
inline bool Allowed(int prev, int cur) {
  if (!IsInside(cur)) return true;
  return prev == cur || prev == cur - 1;
}

}  // namespace marsad::ner

#endif  // MARSAD_NLP_NER_LABELS_H_
