// libFuzzer target for marsad::Stemmer: any bytes in, views into the input
// out, and Segment() always rebuilds the word.
//
//   clang++ -fsanitize=fuzzer,address,undefined -std=c++20 -Iinclude -Isrc \
//       fuzz/stemmer_fuzzer.cc src/text/stemmer.cc -o stemmer_fuzzer
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "marsad/stemmer.h"

namespace {

bool Inside(std::string_view part, std::string_view whole) {
  return part.empty() ||
         (part.data() >= whole.data() &&
          part.data() + part.size() <= whole.data() + whole.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const marsad::Stemmer* stemmers[] = {
      new marsad::Stemmer(),
      new marsad::Stemmer({.min_stem_chars = 1, .use_word_lists = false}),
  };
  const std::string_view word(reinterpret_cast<const char*>(data), size);
  for (const marsad::Stemmer* stemmer : stemmers) {
    const std::string_view stem = stemmer->Stem(word);
    if (!Inside(stem, word)) std::abort();
    if (!word.empty() && stem.empty()) std::abort();
    const marsad::Segments s = stemmer->Segment(word);
    if (s.proclitics.size() + s.base.size() + s.enclitic.size() !=
        word.size()) {
      std::abort();
    }
    if (!Inside(s.proclitics, word) || !Inside(s.base, word) ||
        !Inside(s.enclitic, word)) {
      std::abort();
    }
    if (!s.base.empty() && s.base.data() != word.data() + s.proclitics.size()) {
      std::abort();
    }
  }
  return 0;
}
