// Builds the NER gazetteer compiled into a model from shippable name lists
// in the shared data directory (see models/ner/MODEL.md for sources and
// licences) plus marsad's own trigger and nationality lexicon
// (ner_lexicon.cc).
//
//   auto g = BuildNerGazetteer("../shared/data", &stats);
//
// Missing list files are errors (NotFound naming the path), so a model is
// never silently trained without them.
#ifndef MARSAD_TRAIN_NER_GAZETTEER_BUILDER_H_
#define MARSAD_TRAIN_NER_GAZETTEER_BUILDER_H_

#include <cstdint>
#include <map>
#include <string>

#include "absl/status/statusor.h"
#include "nlp/ner/gazetteer.h"

namespace marsad {

struct NerGazetteerStats {
  size_t countries = 0, cities = 0, person_tokens = 0, lexicon = 0;
};

absl::StatusOr<ner::Gazetteer> BuildNerGazetteer(const std::string& shared_data,
                                                 NerGazetteerStats* stats);

// The Arabic person-name tokens of the shared name lists
// (names/wikidata-person-names-en-ar.tsv with their counts,
// names/wikipedia-names-ar-en.tsv counted once a line), as written.
absl::StatusOr<std::map<std::string, uint64_t>> ReadPersonNameTokens(
    const std::string& shared_data);

// Only marsad's own lexicon (triggers, nationality adjectives): for tests.
void AddNerLexicon(ner::Gazetteer* g, size_t* count);

}  // namespace marsad

#endif  // MARSAD_TRAIN_NER_GAZETTEER_BUILDER_H_
