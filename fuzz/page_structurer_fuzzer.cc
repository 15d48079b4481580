// Fuzzes page structuring: any valid UTF-8 page must give articles whose
// spans lie inside the page, or a clean error.
#include <cstdint>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "ingest/page_structurer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (64u << 10)) return 0;
  std::string page(reinterpret_cast<const char*>(data), size);
  if (!marsad::utf8::Validate(page).ok()) return 0;
  static marsad::Normalizer normalizer;
  static marsad::Tokenizer tokenizer;
  static marsad::Stemmer stemmer;
  static marsad::PageStructurer structurer(&normalizer, &tokenizer, &stemmer);
  std::vector<marsad::Article> out;
  if (!structurer.StructurePage(page, 1, &out).ok()) return 0;
  for (const marsad::Article& a : out) {
    if (a.title_ref.span.end > page.size()) __builtin_trap();
    for (const marsad::Paragraph& p : a.paragraphs) {
      if (p.ref.span.end > page.size() || p.ref.span.Of(page) != p.text)
        __builtin_trap();
    }
  }
  return 0;
}
