// Evaluation of spelling-variant matching (marsad::nlp::NameMatcher) on
// real variant sets: the Wikidata English-Arabic person-name token pairs
// (../shared/data/names/wikidata-person-names-en-ar.tsv, CC0).
//
// Arabic spellings linked through a shared English spelling form one
// variant set (union-find over Arabic and English tokens). Wikidata keeps
// one Arabic form per English token (links seen at least `min_count` times
// count), so the second spellings come from the Wikipedia pairs
// (../shared/data/names/wikipedia-names-ar-en.tsv, Apache-2.0): "zielinski"
// → «زيلينسكي» and «زيلينشكي». English spellings with the same consonant
// key («muhammad», «mohammed» → "mjmd"... see EnglishKey) are one name.
// Positive pairs: two spellings of one set. Negative pairs: spellings of
// different sets that are hard to tell apart — same NameMatcher skeleton, or
// edit distance 1. The matcher decides every pair; pairwise precision, recall
// and F1 are reported, with string equality after search normalisation as the
// baseline. Sets are noisy (a Wikidata English token can stand for two Arabic
// names); the figure is a lower bound on real precision.
#ifndef MARSAD_EVAL_NAME_EVAL_H_
#define MARSAD_EVAL_NAME_EVAL_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "eval/extraction_eval.h"

namespace marsad::eval {

struct NameEvalOptions {
  std::string pairs_path;      // wikidata-person-names-en-ar.tsv
  std::string wikipedia_path;  // wikipedia-names-ar-en.tsv; empty: unused
  uint64_t min_count = 2;
  uint64_t max_pairs = 200000;  // of each kind, first ones in a fixed order
  uint64_t max_set_size = 6;    // larger sets are noise hubs, skipped
};

struct NameEvalResult {
  uint64_t sets = 0;  // variant sets with two spellings or more
  uint64_t spellings = 0;
  uint64_t positives = 0, negatives = 0;
  Counts matcher;    // NameMatcher::SameWord
  Counts baseline;   // equal after normalisation
  Counts skeleton;   // equal NameMatcher::Skeleton (the candidate key alone)
  Counts store_key;  // equal NameMatcher::Key (cross-document entity key)
};

absl::StatusOr<NameEvalResult> EvaluateNameMatching(
    const NameEvalOptions& options);

std::string FormatNameTable(const NameEvalResult& r);

}  // namespace marsad::eval

#endif  // MARSAD_EVAL_NAME_EVAL_H_
