// Evaluation of entity, quote and date extraction against the hand-
// annotated development set (eval/extraction/dev.jsonl, README beside it).
//
//   marsad::eval::ExtractionEvalOptions o;
//   o.gold_path = "eval/extraction/dev.jsonl";
//   o.corpus_path = "../shared/data/news/saudinewsnet.jsonl.gz";
//   auto r = marsad::eval::EvaluateExtraction(o, &std::cerr);
//   if (r.ok()) std::cout << marsad::eval::FormatExtractionTable(*r);
//
// Every gold article is read from the corpus by record number, analysed by
// the real engine as a JSONL record (so the crawl time is the only date it
// gets), and compared:
//   quotes     a predicted quote matches a gold one in the same field when
//              their overlap covers at least half of each (one-to-one,
//              largest overlap first); P / R / F1.
//   speaker    over matched quotes: a named gold speaker is right when a
//              mention of the predicted speaker entity overlaps a mention of
//              the gold entity; an unnamed one («مصدر أمني») when marsad
//              names no entity and one description contains the other.
//   dates      a predicted day expression overlapping a gold one matches it;
//              resolution accuracy = matched with the same value (or both
//              unknown) / gold expressions.
//   merging    pairwise over gold mentions that a predicted mention
//              overlaps: together in gold (same entity) vs together in
//              marsad (same canonical entity); P / R / F1 — the standard
//              pairwise coreference score, restricted to found mentions.
//   mentions   detection by overlap, for context.
#ifndef MARSAD_EVAL_EXTRACTION_EVAL_H_
#define MARSAD_EVAL_EXTRACTION_EVAL_H_

#include <cstdint>
#include <ostream>
#include <string>

#include "absl/status/statusor.h"

namespace marsad::eval {

struct ExtractionEvalOptions {
  std::string gold_path;     // dev.jsonl
  std::string corpus_path;   // saudinewsnet.jsonl.gz
  std::string ner_model;     // empty: the built-in model
  bool show_errors = false;  // print every miss to the error stream
};

struct Counts {
  uint64_t tp = 0, fp = 0, fn = 0;
  double P() const { return tp + fp == 0 ? 0 : double(tp) / double(tp + fp); }
  double R() const { return tp + fn == 0 ? 0 : double(tp) / double(tp + fn); }
  double F1() const {
    double p = P(), r = R();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

struct ExtractionEvalResult {
  uint64_t articles = 0;
  uint64_t words = 0;
  double analyse_seconds = 0;
  Counts quotes;
  uint64_t speaker_correct = 0, speaker_total = 0;
  uint64_t named_speaker_correct = 0, named_speaker_total = 0;
  Counts dates;
  uint64_t date_value_correct = 0, date_gold = 0;
  uint64_t reference_correct = 0, reference_total = 0;
  Counts merge_pairs;
  Counts mentions;
};

absl::StatusOr<ExtractionEvalResult> EvaluateExtraction(
    const ExtractionEvalOptions& options, std::ostream* errors);

std::string FormatExtractionTable(const ExtractionEvalResult& result);

}  // namespace marsad::eval

#endif  // MARSAD_EVAL_EXTRACTION_EVAL_H_
