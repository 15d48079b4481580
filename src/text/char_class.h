// Character classes the tokeniser works with, for search-normalised text.
//
//   CharClass k = CharClasses::Get().Of(U'غ');   // kArabic
//
// The BMP table (64 KB) is computed once from ICU's general category and
// script properties plus marsad's overrides (doc/normalization.md,
// "Tokeniser character classes"); supplementary characters ask ICU.
//
// Thread-safety: Get() is thread-safe; the table is immutable.
#ifndef MARSAD_TEXT_CHAR_CLASS_H_
#define MARSAD_TEXT_CHAR_CLASS_H_

#include <cstdint>

namespace marsad::text_internal {

enum CharClass : uint8_t {
  kSpace,    // Zs, tab, CR, other controls: separate tokens, never tokens
  kNewline,  // '\n' (NEL, LS, PS are normalised to '\n')
  kArabic,   // letters of the Arabic script, tatweel
  kLetter,   // letters of any other script (Latin, Greek, CJK ...)
  kDigit,    // Nd
  kMark,     // Mn, Mc, Me, Cf: continue the preceding token
  kPunct,    // P* except quotes
  kQuote,    // " ' « » ‘ ’ “ ” „ ‚ ‹ › and other Pi/Pf
  kSymbol,   // S*, No, Nl, unassigned, private use
};

class CharClasses {
 public:
  static const CharClasses& Get();

  // Indexed by two raw bytes b0 | b1 << 8: true when they are a whole
  // 2-byte character that continues an Arabic word (kArabic or kMark).
  const bool* arabic_pair() const { return arabic_pair_; }

  CharClass Of(char32_t c) const {
    return c < 0x10000 ? static_cast<CharClass>(bmp_[c]) : OfSupplementary(c);
  }

 private:
  CharClasses();
  static CharClass OfSupplementary(char32_t c);

  uint8_t bmp_[0x10000];
  bool arabic_pair_[0x10000];
};

}  // namespace marsad::text_internal

#endif  // MARSAD_TEXT_CHAR_CLASS_H_
