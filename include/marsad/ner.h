// Named-entity recognition for Arabic news: people, organisations, places
// and other names (PER, ORG, LOC, MISC) over marsad::Tokenizer tokens.
//
//   auto tagger = marsad::NerTagger::Load("models/ner/marsad-ner.bin");
//   if (!tagger.ok()) return tagger.status();
//   marsad::Tokenizer tok;
//   auto text = tok.Tokenize("وقال الرئيس الأميركي جو بايدن إن والسعودية ...");
//   for (const marsad::NerSpan& e : (*tagger)->Tag(*text)) {
//     // e.span.Of(input) == "جو بايدن" (PER), "السعودية" (LOC: the
//     // conjunction و is outside the span), e.first_token..e.end_token
//     // index text->tokens.
//   }
//
// The model is an averaged structured perceptron over BIO labels with a
// first-order Viterbi decoder (doc/model_format.md, models/ner/MODEL.md).
// Features are computed on the search-normalised form of each token and on
// its clitic segmentation (marsad::Stemmer::Segment), so a model must be
// used with the text core it was trained with; Load() re-tags the
// self-test sentences stored in the file and refuses a model whose output
// differs (NerOptions::verify_self_test).
//
// Bad input: an empty text, whitespace or text without Arabic gives no
// spans (or only the names the model finds in Latin script, which it was
// not trained on: expect none). Long runs of text without sentence
// punctuation are cut into chunks of at most `max_tokens_per_chunk` tokens,
// so memory and time stay linear in the input.
//
// Thread-safety: a NerTagger is immutable after loading; Tag() may be called
// from many threads at once.
#ifndef MARSAD_NER_H_
#define MARSAD_NER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "marsad/span.h"
#include "marsad/tokenizer.h"

namespace marsad {

enum class EntityType : uint8_t { kPerson, kLocation, kOrganization, kMisc };

// "PER", "LOC", "ORG", "MISC".
const char* EntityTypeName(EntityType type);

struct NerSpan {
  uint32_t first_token = 0;  // index into TokenizedText::tokens
  uint32_t end_token = 0;    // one past the last token of the mention
  EntityType type = EntityType::kPerson;
  // Mean posterior probability of the mention's labels (forward-backward
  // over the perceptron scores, softened by the model's calibrated
  // temperature); 0..1.
  float confidence = 0;
  // Bytes of the original text: from the first token's base (after the
  // proclitics و ف ب ل ك — but not the article ال, which belongs to names
  // such as «السعودية») to the end of the last token.
  Span span;
};

struct NerOptions {
  // Tokens per decoding chunk when a sentence has no punctuation; bounds
  // time and memory per chunk. Clamped to [16, 4096].
  uint32_t max_tokens_per_chunk = 256;
  // Re-tag the model's self-test sentences on load and fail with
  // FailedPrecondition when the output differs (e.g. a model trained with
  // another normaliser or stemmer).
  bool verify_self_test = true;
};

// What a model file says about itself (the META section).
struct NerModelInfo {
  uint32_t format_version = 0;
  std::string description;       // training data, date-free
  std::string feature_settings;  // e.g. "groups=word,context,...;window=2"
  std::string normalizer;        // e.g. "search,fold_teh_marbuta=0,..."
  uint32_t num_features = 0;     // weight rows
  uint32_t num_gazetteer_entries = 0;
};

class NerTagger {
 public:
  // Reads and validates a model file. NotFound when the file cannot be
  // opened; DataLoss for a truncated or corrupt file; FailedPrecondition
  // for a file of another format version or one failing its self-test.
  // Every message names the path.
  static absl::StatusOr<std::unique_ptr<NerTagger>> Load(
      const std::string& path, const NerOptions& options = {});
  // Same, from bytes in memory (copied); `name` is used in messages.
  static absl::StatusOr<std::unique_ptr<NerTagger>> FromBuffer(
      std::string_view bytes, const NerOptions& options = {},
      std::string_view name = "<buffer>");

  ~NerTagger();
  NerTagger(const NerTagger&) = delete;
  NerTagger& operator=(const NerTagger&) = delete;

  // Mentions in `text`, in token order, non-overlapping.
  std::vector<NerSpan> Tag(const TokenizedText& text) const;

  // Tags one pre-tokenised sentence (e.g. a CoNLL sentence): `words` are
  // original-form tokens; returns one BIO label per word ("O", "B-PER",
  // "I-LOC", ...). Sentences longer than max_tokens_per_chunk are decoded
  // in chunks.
  std::vector<std::string> TagWords(
      const std::vector<std::string>& words) const;

  // Tags pre-tokenised sentences of one text in order, as TagWords does,
  // but a model with document features (the `doc` group) reads them from
  // consecutive blocks of `doc_sentences` sentences (a document or, for a
  // corpus without document boundaries, a stand-in for one). With other
  // models the result equals TagWords sentence by sentence.
  std::vector<std::vector<std::string>> TagSentences(
      const std::vector<std::vector<std::string>>& sentences,
      uint32_t doc_sentences = 40) const;

  const NerModelInfo& info() const;

  // Implementation detail, public for the trainer and tests (src/nlp/ner).
  struct Impl;
  explicit NerTagger(std::unique_ptr<Impl> impl);
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad

#endif  // MARSAD_NER_H_
