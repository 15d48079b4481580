// NerTagger::Impl: the loaded model plus the decoding pipeline shared by
// NerTagger::Tag / TagWords and the trainer's self-test writer.
#ifndef MARSAD_NLP_NER_TAGGER_IMPL_H_
#define MARSAD_NLP_NER_TAGGER_IMPL_H_

#include <string_view>
#include <vector>

#include "marsad/ner.h"
#include "nlp/ner/features.h"
#include "nlp/ner/model.h"

namespace marsad {

struct NerTagger::Impl {
  explicit Impl(ner::ModelData m, const NerOptions& o);

  // Labels for one chunk of normalised words; fills `marginals` (n * 9)
  // when non-null.
  // `doc` (may be null): evidence of the chunk's document.
  void DecodeChunk(const std::vector<std::string_view>& norm_words,
                   std::vector<int>* labels, std::vector<float>* marginals,
                   const ner::DocEvidence* doc = nullptr) const;
  // Whole sentence, chunked by options.max_tokens_per_chunk.
  void DecodeSentence(const std::vector<std::string_view>& norm_words,
                      std::vector<int>* labels,
                      const ner::DocEvidence* doc = nullptr) const;
  // Adds the evidence of a sentence to `doc` (nothing unless the model has
  // the `doc` group).
  void AddEvidence(const std::vector<std::string_view>& norm_words,
                   ner::DocEvidence* doc) const;
  bool uses_doc() const { return (model.groups & ner::kGroupDoc) != 0; }

  ner::ModelData model;
  NerOptions options;
  ner::FeatureExtractor extractor;
  NerModelInfo info;
};

}  // namespace marsad

#endif  // MARSAD_NLP_NER_TAGGER_IMPL_H_
