// CoNLL files for NER (one "token tag" a line, a blank line between
// sentences) and entity-level scoring with conlleval semantics: a mention
// is correct only when its type and both boundaries match; an I-X after O
// or after another type starts a new mention.
//
//   auto sents = ReadConll("../shared/data/ner/aqmar/test.conll");
//   ConllScorer scorer;
//   for (auto& s : *sents) scorer.Add(s.tags, tagger.TagWords(s.words));
//   std::cout << scorer.Report();
#ifndef MARSAD_NLP_NER_CONLL_H_
#define MARSAD_NLP_NER_CONLL_H_

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace marsad::ner {

struct ConllSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;  // canonical: O, B-PER, I-MISC, ...
  // The first sentence after a "-DOCSTART-" line (a document boundary, as
  // in CoNLL-2003 files; eval/extraction/tools/to_conll.py --doc-marks).
  bool document_start = false;
};

// The token is everything before the last run of whitespace, the tag is the
// last field (corpus tags PERS and MIS are mapped to PER and MISC). Lines
// with one field (a lost token) are skipped; a "-DOCSTART-" line ends the
// sentence and marks the next one as a document's first. InvalidArgument naming
// "path:line" for an unknown tag.
absl::StatusOr<std::vector<ConllSentence>> ParseConll(std::string_view text,
                                                      std::string_view name);
absl::StatusOr<std::vector<ConllSentence>> ReadConll(const std::string& path);

struct Mention {
  uint32_t begin, end;  // tokens
  std::string type;
  friend bool operator<(const Mention& a, const Mention& b) {
    return std::tie(a.begin, a.end, a.type) < std::tie(b.begin, b.end, b.type);
  }
};
std::vector<Mention> MentionsOf(const std::vector<std::string>& tags);

class ConllScorer {
 public:
  // REQUIRES: gold.size() == predicted.size().
  void Add(const std::vector<std::string>& gold,
           const std::vector<std::string>& predicted);

  struct Counts {
    uint64_t tp = 0, fp = 0, fn = 0;
    double Precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
    double Recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
    double F1() const {
      double p = Precision(), r = Recall();
      return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
  };
  Counts Micro() const;
  const std::map<std::string, Counts>& PerType() const { return per_type_; }
  uint64_t tokens() const { return tokens_; }
  // Per-type table, micro line, and a confusion summary: for gold mentions
  // that were not found exactly, whether the same span got another type,
  // the boundaries were wrong, or nothing overlapped (missed); for wrong
  // predictions with no overlapping gold mention, spurious.
  std::string Report() const;

 private:
  std::map<std::string, Counts> per_type_;
  // [gold type][predicted type] for exact-span matches.
  std::map<std::pair<std::string, std::string>, uint64_t> same_span_;
  uint64_t boundary_ = 0, missed_ = 0, spurious_ = 0, tokens_ = 0;
  uint64_t token_correct_ = 0;
};

}  // namespace marsad::ner

#endif  // MARSAD_NLP_NER_CONLL_H_
