// Builds the NER model's letter-trigram name score (WordStats::ForeignBand,
// the FRGN section of doc/model_format.md): for each trigram of "^base$",
// the log-odds of its rate among the person-name tokens of the shared name
// lists against its rate among the bases of the news vocabulary. Only the
// trigram table goes into the model.
#ifndef MARSAD_TRAIN_NER_FOREIGN_BUILDER_H_
#define MARSAD_TRAIN_NER_FOREIGN_BUILDER_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "nlp/ner/word_stats.h"

namespace marsad {

struct NerForeignReport {
  uint64_t name_types = 0, news_types = 0, trigrams = 0;
};

// Reads names from `shared_data`/names and the news from `news_path`
// (gzipped JSONL, the first `max_articles`, 0: all); news bases seen fewer
// than `min_count` times are left out (typos). Each distinct word counts
// once on its side. Sets the table on `stats`.
absl::Status AddNerForeignTable(const std::string& shared_data,
                                const std::string& news_path,
                                uint64_t max_articles, uint32_t min_count,
                                ner::WordStats* stats,
                                NerForeignReport* report);

}  // namespace marsad

#endif  // MARSAD_TRAIN_NER_FOREIGN_BUILDER_H_
