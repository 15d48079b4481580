// libFuzzer target: arbitrary bytes as a NER model file. The loader must
// return an error or a working tagger, never crash or read out of bounds.
// The checksum rejects most mutations early, so each input is also tried
// as the payload behind a valid header (WrapModelPayload) to reach the
// section parsers.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "marsad/ner.h"
#include "marsad/tokenizer.h"
#include "nlp/ner/model.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  marsad::NerOptions options;
  options.verify_self_test = size % 2 == 0;
  // 1. As given.
  auto tagger = marsad::NerTagger::FromBuffer(bytes, options, "fuzz");
  // 2. As a payload behind a valid header, so the section parsers are
  //    reached despite the checksum.
  std::string file = marsad::ner::WrapModelPayload(bytes);
  auto t2 = marsad::NerTagger::FromBuffer(file, options, "fuzz-payload");
  if (t2.ok()) {
    marsad::Tokenizer tok;
    auto text = tok.Tokenize("قال الرئيس المصري في القاهرة إن مصر ترحب.");
    if (text.ok()) (*t2)->Tag(*text);
  }
  return 0;
}
