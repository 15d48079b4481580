#include "nlp/ner/text_ops.h"

#include "base/utf8.h"

namespace marsad::ner {

// TEMPORARY_FALLBACK: minimal folding and segmentation used until
// marsad::Normalizer / marsad::Stemmer land; replace with calls to them.
namespace {

bool IsTashkeel(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 ||
         c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E ||
         c == 0x200F || c == 0xFEFF || c == 0x061C;
}

char32_t Fold(char32_t c) {
  switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627;
    case 0x0649: return 0x064A;
    case 0x0624: return 0x0648;
    case 0x0626: return 0x064A;
    default: break;
  }
  if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);
  if (c >= U'A' && c <= U'Z') return c + 32;
  return c;
}

}  // namespace

std::string NormalizeWord(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  size_t i = 0;
  while (i < word.size()) {
    char32_t c = utf8::Decode(word, &i);
    if (IsTashkeel(c)) continue;
    utf8::Append(Fold(c), &out);
  }
  return out;
}

const char* NormalizerSettings() {
  return "search,fold_teh_marbuta=0,fold_hamza_carriers=1,lowercase_latin=1";
}

Segments SegmentWord(std::string_view w) {
  // Letters are two bytes each in the Arabic block.
  auto starts = [](std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
  };
  auto ends = [](std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
  };
  const size_t kMin = 2 * 2;  // at least two letters left
  size_t p = 0;
  std::string_view rest = w;
  if ((starts(rest, "و") || starts(rest, "ف")) && rest.size() - 2 >= kMin + 2) {
    p += 2;
    rest = w.substr(p);
  }
  if (starts(rest, "لل") && rest.size() - 4 >= kMin + 2) {
    p += 4;
  } else {
    if ((starts(rest, "ب") || starts(rest, "ك") || starts(rest, "ل")) &&
        starts(rest.substr(2), "ال") && rest.size() - 6 >= kMin) {
      p += 6;
    } else if (starts(rest, "ال") && rest.size() - 4 >= kMin) {
      p += 4;
    }
  }
  std::string_view base = w.substr(p);
  std::string_view encl;
  for (std::string_view e : {"هما", "كما", "هم", "ها", "كم", "هن", "نا"}) {
    if (ends(base, e) && base.size() - e.size() >= 3 * 2) {
      encl = base.substr(base.size() - e.size());
      base = base.substr(0, base.size() - e.size());
      break;
    }
  }
  return Segments{w.substr(0, p), base, encl};
}

}  // namespace marsad::ner
