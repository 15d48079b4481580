// libFuzzer target: arbitrary bytes as a CoNLL file (what `marsad eval-ner`
// reads). The parser must return sentences or an error naming the line,
// never crash; the sentences then go through the scorer and the document
// consistency pass (gold tags standing in for the tagger's), which must
// keep one label per word.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/ner/conll.h"
#include "nlp/ner/document_consistency.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto sentences = marsad::ner::ParseConll(bytes, "fuzz.conll");
  if (!sentences.ok()) return 0;
  marsad::ner::ConllScorer scorer;
  std::vector<std::vector<std::string>> words, labels;
  for (const marsad::ner::ConllSentence& s : *sentences) {
    if (s.words.size() != s.tags.size()) std::abort();
    scorer.Add(s.tags, s.tags);
    words.push_back(s.words);
    labels.push_back(s.tags);
  }
  marsad::ner::ConsistencyOptions options;
  options.window = 1 + size % 7;
  marsad::ner::MakeConsistent(words, &labels, options);
  for (size_t i = 0; i < words.size(); ++i) {
    if (labels[i].size() != words[i].size()) std::abort();
  }
  scorer.Report();
  return 0;
}
