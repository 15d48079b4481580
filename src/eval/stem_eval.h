// Evaluation of light stemmers against gold stems and lemmas.
//
//   marsad::eval::StemEvalOptions options;
//   options.data_dir = "../shared/data/stemming";
//   absl::StatusOr<std::vector<marsad::eval::DatasetResult>> r =
//       marsad::eval::EvaluateStemmers(options);
//   if (r.ok()) std::cout << marsad::eval::FormatStemTable(*r);
//
// Data: tab-separated files with a header naming the columns; `word` is
// required, `stem` and `lemma` are optional (the first column of each name
// counts; `root` is ignored). A gold cell may list alternatives separated by
// ';'; empty cells and '؟' mean "unknown". Words, gold values and stemmer
// outputs all go through the same search normalisation (marsad::Normalizer,
// kSearch: tashkeel removed, أإآٱ->ا, ى->ي, ؤ->و, ئ->ي). A word listed twice
// counts once (first line wins).
//
// Metrics, per data set and system:
//   exact_stem / exact_lemma  share of words whose output equals one of the
//       gold values (only words that have that column). Light stemmers strip
//       ة and the gold keeps it, so these are low by construction; they are
//       shown for completeness.
//   conflation P / R / F1  pairwise: two words are "together" in the gold
//       when their first gold value (stem if the file has stems, else lemma)
//       is equal, and for a system when its outputs are equal. Precision is
//       the share of system-merged pairs that the gold merges (1 - P
//       measures over-stemming), recall the share of gold-merged pairs the
//       system merges (1 - R is Paice's under-stemming index UI).
//   These pair counts come from a contingency table: O(words).
//
// Thread-safety: functions are reentrant; a StemFn must be callable from
// the calling thread only.
#ifndef MARSAD_EVAL_STEM_EVAL_H_
#define MARSAD_EVAL_STEM_EVAL_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace marsad::eval {

struct GoldWord {
  std::string word;                 // normalised
  std::vector<std::string> stems;   // normalised alternatives (may be empty)
  std::vector<std::string> lemmas;  // normalised alternatives (may be empty)
};

// Parses one data set (see the header comment for the format). `name` is
// used in error messages. Errors: InvalidArgument when there is no header or
// no `word` column, naming the data set and line.
absl::StatusOr<std::vector<GoldWord>> ParseStemmingTsv(std::string_view tsv,
                                                       std::string_view name);

// Search normalisation applied to words, gold values and outputs.
std::string NormalizeForEval(std::string_view s);

// A stemmer under test: normalised word in, stem out (normalised again by
// the scorer).
using StemFn = std::function<std::string(std::string_view)>;

struct StemScores {
  std::string system;
  size_t words = 0;        // words scored
  size_t stem_words = 0;   // words with a gold stem
  size_t lemma_words = 0;  // words with a gold lemma
  double exact_stem = 0;   // in [0, 1]; 0 when stem_words == 0
  double exact_lemma = 0;  // in [0, 1]; 0 when lemma_words == 0
  double precision = 0;    // pairwise conflation, in [0, 1]
  double recall = 0;
  double f1 = 0;
  double distinct_outputs = 0;  // distinct outputs / words (compression)
};

StemScores ScoreStemmer(const std::vector<GoldWord>& words,
                        std::string_view system, const StemFn& stem);

struct DatasetResult {
  std::string dataset;
  std::vector<StemScores> systems;
};

struct StemEvalOptions {
  // Directory holding <name>.csv for each data set.
  std::string data_dir;
  std::vector<std::string> datasets = {"gold", "kabi", "klm", "nafis", "qwc"};
};

// Scores, for every data set, the systems "identity" (no stemming),
// "snowball" (libstemmer arabic), "marsad-rules" (marsad without its word
// lists) and "marsad". Errors: NotFound naming the file when a data set is
// missing; parse errors as above.
absl::StatusOr<std::vector<DatasetResult>> EvaluateStemmers(
    const StemEvalOptions& options);

// A plain-text table: one block per data set, then the macro average over
// all data sets and over the news-like ones (kabi, klm) when present.
std::string FormatStemTable(const std::vector<DatasetResult>& results);

}  // namespace marsad::eval

#endif  // MARSAD_EVAL_STEM_EVAL_H_
