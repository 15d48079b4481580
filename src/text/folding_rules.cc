#include "text/folding_rules.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

namespace marsad::text_internal {
namespace {

struct Range {
  char32_t first;
  char32_t last;
};

template <size_t N>
bool InRanges(char32_t c, const Range (&ranges)[N]) {
  for (const Range& r : ranges) {
    if (c >= r.first && c <= r.last) return true;
  }
  return false;
}

// Zero-width and bidi controls (doc/normalization.md, display rule D2).
constexpr Range kRemovedFormat[] = {
    {0x00AD, 0x00AD},  // SOFT HYPHEN
    {0x034F, 0x034F},  // COMBINING GRAPHEME JOINER
    {0x061C, 0x061C},  // ARABIC LETTER MARK (ALM)
    {0x180E, 0x180E},  // MONGOLIAN VOWEL SEPARATOR
    {0x200B, 0x200F},  // ZWSP, ZWNJ, ZWJ, LRM, RLM
    {0x202A, 0x202E},  // LRE, RLE, PDF, LRO, RLO
    {0x2060, 0x2064},  // WORD JOINER, invisible operators
    {0x2066, 0x206F},  // LRI, RLI, FSI, PDI, deprecated format controls
    {0xFEFF, 0xFEFF},  // BOM / ZERO WIDTH NO-BREAK SPACE
};

// Display rule D3.
constexpr Range kExoticSpaces[] = {
    {0x00A0, 0x00A0},  // NO-BREAK SPACE
    {0x1680, 0x1680},  // OGHAM SPACE MARK
    {0x2000, 0x200A},  // EN QUAD .. HAIR SPACE
    {0x202F, 0x202F},  // NARROW NO-BREAK SPACE
    {0x205F, 0x205F},  // MEDIUM MATHEMATICAL SPACE
    {0x3000, 0x3000},  // IDEOGRAPHIC SPACE
};

// Blocks whose nonspacing marks are "tashkeel" for search rule S1.
constexpr Range kArabicBlocks[] = {
    {0x0600, 0x06FF}, {0x0750, 0x077F}, {0x0870, 0x08FF},
    {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF},
};

constexpr char32_t kAlef = 0x0627;
constexpr char32_t kYeh = 0x064A;
constexpr char32_t kWaw = 0x0648;
constexpr char32_t kHeh = 0x0647;
constexpr char32_t kKaf = 0x0643;
constexpr char32_t kTehMarbuta = 0x0629;

const UNormalizer2* Nfkc() {
  static const UNormalizer2* nfkc = [] {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2* n = unorm2_getNFKCInstance(&err);
    return U_SUCCESS(err) ? n : nullptr;
  }();
  return nfkc;
}

// NFKC of one code point; returns the number of code points written.
int NfkcOf(char32_t c, char32_t out[kMaxFoldedChars]) {
  const UNormalizer2* nfkc = Nfkc();
  if (nfkc == nullptr || unorm2_isInert(nfkc, static_cast<UChar32>(c))) {
    out[0] = c;
    return 1;
  }
  UChar src[2];
  int32_t src_len = 0;
  UBool unused_error = false;
  U16_APPEND(src, src_len, 2, static_cast<UChar32>(c), unused_error);
  (void)unused_error;
  UChar dst[kMaxFoldedChars * 2];
  UErrorCode err = U_ZERO_ERROR;
  int32_t n =
      unorm2_normalize(nfkc, src, src_len, dst, kMaxFoldedChars * 2, &err);
  if (U_FAILURE(err)) {
    out[0] = c;
    return 1;
  }
  int count = 0;
  for (int32_t i = 0; i < n && count < kMaxFoldedChars;) {
    UChar32 cp;
    U16_NEXT(dst, i, n, cp);
    out[count++] = static_cast<char32_t>(cp);
  }
  return count;
}

// Search rules S1..S9 for one code point of display-level output.
// Returns 0 (removed) or 1.
int SearchFold(char32_t c, const NormalizerOptions& o, char32_t* out) {
  if (IsSearchRemovedMark(c)) return 0;
  switch (c) {
    // S2: alef with hamza/madda and wasla -> bare alef.
    case 0x0622:  // آ
    case 0x0623:  // أ
    case 0x0625:  // إ
    case 0x0671:  // ٱ
    case 0x0672:  // ٲ wavy hamza above
    case 0x0673:  // ٳ wavy hamza below
      c = kAlef;
      break;
    // S3: alef maqsura -> yeh.
    case 0x0649:  // ى
      c = kYeh;
      break;
    // S4: hamza on carriers (option).
    case 0x0624:  // ؤ
      if (o.fold_hamza_carriers) c = kWaw;
      break;
    case 0x0626:  // ئ
      if (o.fold_hamza_carriers) c = kYeh;
      break;
    // S5: teh marbuta (option); the Urdu goal form always joins it.
    case 0x06C3:  // ۃ
    case kTehMarbuta:
      c = o.fold_teh_marbuta ? kHeh : kTehMarbuta;
      break;
    // S6: Persian/Urdu letter variants that spell Arabic letters.
    case 0x06A9:  // ک keheh
    case 0x06AA:  // ڪ swash kaf
      c = kKaf;
      break;
    case 0x06CC:  // ی Farsi yeh
      c = kYeh;
      break;
    case 0x06BE:  // ھ heh doachashmee
    case 0x06C0:  // ۀ heh with yeh above
    case 0x06C1:  // ہ heh goal
    case 0x06C2:  // ۂ heh goal with hamza above
    case 0x06D5:  // ە ae
      c = kHeh;
      break;
    // S8: Arabic decimal and thousands separators, percent sign.
    case 0x066A:  // ٪
      c = '%';
      break;
    case 0x066B:  // ٫
      c = '.';
      break;
    case 0x066C:  // ٬
      c = ',';
      break;
    default:
      // S7: Arabic-Indic and Extended (Persian/Urdu) digits.
      if (c >= 0x0660 && c <= 0x0669) {
        c = '0' + (c - 0x0660);
      } else if (c >= 0x06F0 && c <= 0x06F9) {
        c = '0' + (c - 0x06F0);
      } else if (o.lowercase_latin) {
        // S9: Latin-script capitals (ASCII, Latin-1, Extended, fullwidth
        // after NFKC) -> simple lowercase.
        if (c < 0x80) {
          if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        } else if (u_getIntPropertyValue(static_cast<UChar32>(c),
                                         UCHAR_SCRIPT) == USCRIPT_LATIN) {
          c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
        }
      }
  }
  out[0] = c;
  return 1;
}

}  // namespace

bool IsRemovedFormatChar(char32_t c) { return InRanges(c, kRemovedFormat); }

bool IsExoticSpace(char32_t c) { return InRanges(c, kExoticSpaces); }

bool IsLineSeparator(char32_t c) {
  return c == 0x0085 || c == 0x2028 || c == 0x2029;
}

bool IsSearchRemovedMark(char32_t c) {
  if (c == 0x0640) return true;                 // tatweel ـ
  if (c == 0x06E5 || c == 0x06E6) return true;  // Quranic small waw/yeh
  if (!InRanges(c, kArabicBlocks)) return false;
  // Tashkeel and tanween (U+064B..U+065F), superscript alef U+0670,
  // honorifics U+0610..U+061A, Quranic annotation marks U+06D6.., and the
  // Extended-A marks: everything ICU calls a nonspacing mark there.
  return u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

bool IsComposingHamzaMark(char32_t c) { return c >= 0x0653 && c <= 0x0655; }

char32_t ComposeArabic(char32_t base, char32_t mark) {
  struct Pair {
    char32_t base, mark, composed;
  };
  static constexpr Pair kPairs[] = {
      {0x0627, 0x0653, 0x0622}, {0x0627, 0x0654, 0x0623},
      {0x0627, 0x0655, 0x0625}, {0x0648, 0x0654, 0x0624},
      {0x064A, 0x0654, 0x0626}, {0x06D5, 0x0654, 0x06C0},
      {0x06C1, 0x0654, 0x06C2}, {0x06D2, 0x0654, 0x06D3},
  };
  for (const Pair& p : kPairs) {
    if (p.base == base && p.mark == mark) return p.composed;
  }
  return 0;
}

int FoldCodePoint(char32_t c, const NormalizerOptions& options,
                  char32_t out[kMaxFoldedChars]) {
  // D2..D4 take precedence over NFKC (which keeps ZWSP, soft hyphen ...).
  if (IsRemovedFormatChar(c)) return 0;
  if (IsExoticSpace(c)) {
    out[0] = ' ';
    return 1;
  }
  if (IsLineSeparator(c)) {
    out[0] = '\n';
    return 1;
  }
  // D1: NFKC of the single code point.
  char32_t nfkc[kMaxFoldedChars];
  int n = NfkcOf(c, nfkc);
  int start = 0;
  // Isolated harakat presentation forms (ﹰ U+FE70, ﱞ U+FC5E ...) decompose
  // to SPACE + mark; the space would split the word they sit in.
  if (c >= 0xFB50 && c <= 0xFEFF && n > 1 && nfkc[0] == ' ' &&
      u_charType(static_cast<UChar32>(nfkc[1])) == U_NON_SPACING_MARK) {
    start = 1;
  }
  int count = 0;
  for (int i = start; i < n; ++i) {
    char32_t d = nfkc[i];
    if (IsRemovedFormatChar(d)) continue;
    if (IsExoticSpace(d)) d = ' ';
    if (options.level == NormalizationLevel::kSearch) {
      count += SearchFold(d, options, out + count);
    } else {
      out[count++] = d;
    }
  }
  return count;
}

}  // namespace marsad::text_internal
