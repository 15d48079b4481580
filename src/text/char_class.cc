#include "text/char_class.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace marsad::text_internal {
namespace {

CharClass Classify(char32_t c) {
  const auto cp = static_cast<UChar32>(c);
  switch (c) {
    case '\n':
      return kNewline;
    case '"':
    case '\'':
    case 0x201A:  // ‚ (ICU: Ps)
    case 0x201E:  // „ (ICU: Ps)
      return kQuote;
    case 0x0640:  // tatweel (ICU script: Common)
      return kArabic;
    default:
      break;
  }
  switch (u_charType(cp)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER: {
      UErrorCode err = U_ZERO_ERROR;
      return uscript_getScript(cp, &err) == USCRIPT_ARABIC ? kArabic : kLetter;
    }
    case U_DECIMAL_DIGIT_NUMBER:
      return kDigit;
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
      return kMark;
    case U_SPACE_SEPARATOR:
    case U_CONTROL_CHAR:
      return kSpace;
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return kNewline;
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return kQuote;
    case U_CONNECTOR_PUNCTUATION:
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
      return kPunct;
    default:
      return kSymbol;
  }
}

}  // namespace

const CharClasses& CharClasses::Get() {
  static const CharClasses* const kClasses = new CharClasses();
  return *kClasses;
}

CharClasses::CharClasses() {
  for (char32_t c = 0; c < 0x10000; ++c) {
    bmp_[c] = (c >= 0xD800 && c <= 0xDFFF) ? kSymbol : Classify(c);
  }
  for (uint32_t w = 0; w < 0x10000; ++w) {
    const uint32_t b0 = w & 0xFF;
    const uint32_t b1 = w >> 8;
    bool word = false;
    if (b0 >= 0xC2 && b0 < 0xE0 && (b1 & 0xC0) == 0x80) {
      const uint8_t cls = bmp_[((b0 & 0x1F) << 6) | (b1 & 0x3F)];
      word = cls == kArabic || cls == kMark;
    }
    arabic_pair_[w] = word;
  }
}

CharClass CharClasses::OfSupplementary(char32_t c) { return Classify(c); }

}  // namespace marsad::text_internal
