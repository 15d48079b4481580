#include "nlp/ner/labels.h"

namespace marsad {

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PER";
    case EntityType::kLocation:
      return "LOC";
    case EntityType::kOrganization:
      return "ORG";
    case EntityType::kMisc:
      return "MISC";
  }
  return "MISC";
}

namespace ner {

const char* LabelName(int label) {
  static const char* const kNames[kNumLabels] = {"O",     "B-PER",  "I-PER",
                                                 "B-LOC", "I-LOC",  "B-ORG",
                                                 "I-ORG", "B-MISC", "I-MISC"};
  return label >= 0 && label < kNumLabels ? kNames[label] : "O";
}

std::optional<int> ParseLabel(std::string_view tag) {
  if (tag == "O") return kOutside;
  if (tag.size() < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')) {
    return std::nullopt;
  }
  std::string_view type = tag.substr(2);
  int base;
  if (type == "PER" || type == "PERS") {
    base = 1;
  } else if (type == "LOC") {
    base = 3;
  } else if (type == "ORG") {
    base = 5;
  } else if (type == "MISC" || type == "MIS") {
    base = 7;
  } else {
    return std::nullopt;
  }
  return tag[0] == 'B' ? base : base + 1;
}

}  // namespace ner
}  // namespace marsad
