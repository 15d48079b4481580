// libFuzzer target for marsad::Tokenizer and SplitSentences.
//
// Checks, for any input: no crash or sanitizer report; token spans lie in
// the input, are monotone and point at whole characters; normalised spans
// lie in the normalised text; sentences partition the tokens in order and
// respect max_tokens_per_sentence.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/utf8.h"
#include "marsad/tokenizer.h"

namespace {
constexpr size_t kMaxInput = 64 << 10;

bool IsBoundary(const std::string& s, uint32_t k) {
  return k == s.size() || (static_cast<unsigned char>(s[k]) & 0xC0) != 0x80;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return 0;
  FuzzedDataProvider fdp(data, size);
  marsad::TokenizerOptions options;
  options.normalizer.fold_teh_marbuta = fdp.ConsumeBool();
  options.normalizer.fold_hamza_carriers = fdp.ConsumeBool();
  options.normalizer.lowercase_latin = fdp.ConsumeBool();
  marsad::SentenceSplitterOptions split;
  split.max_tokens_per_sentence = fdp.ConsumeIntegralInRange<uint32_t>(0, 600);
  const std::string input = fdp.ConsumeRemainingBytesAsString();

  const marsad::Tokenizer tokenizer(options);
  auto t = tokenizer.Tokenize(input);
  if (!t.ok()) {
    if (!marsad::utf8::FindInvalid(input).has_value()) std::abort();
    return 0;
  }
  const std::string& norm = t->normalized.text;
  marsad::Span prev;
  for (const marsad::Token& k : t->tokens) {
    if (k.span.begin > k.span.end || k.span.end > input.size()) std::abort();
    if (k.norm.begin >= k.norm.end || k.norm.end > norm.size()) std::abort();
    if (k.span.begin < prev.begin || k.span.end < prev.end) std::abort();
    if (!IsBoundary(input, k.span.begin) || !IsBoundary(input, k.span.end)) {
      std::abort();
    }
    prev = k.span;
  }
  const uint32_t cap =
      split.max_tokens_per_sentence == 0 ? 1 : split.max_tokens_per_sentence;
  uint32_t next = 0;
  for (const marsad::Sentence& s : marsad::SplitSentences(*t, split)) {
    if (s.first_token != next || s.end_token <= s.first_token) std::abort();
    if (s.end_token - s.first_token > cap) std::abort();
    next = s.end_token;
  }
  if (next != t->tokens.size()) std::abort();
  return 0;
}
