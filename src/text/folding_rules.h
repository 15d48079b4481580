// The per-character rules of marsad's normalisation levels, as data.
//
//   char32_t out[kMaxFoldedChars];
//   int n = marsad::text_internal::FoldCodePoint(U'ﻷ', options, out);
//   // kDisplay: "لأ" (NFKC);  kSearch: "لا"
//
// These rules are the single source of truth for doc/normalization.md; the
// Normalizer never calls them on its hot path: FoldTable (fold_table.h)
// evaluates them once per code point of the BMP and caches the result.
//
// Thread-safety: pure functions (ICU's NFKC instance is thread-safe).
#ifndef MARSAD_TEXT_FOLDING_RULES_H_
#define MARSAD_TEXT_FOLDING_RULES_H_

#include "marsad/normalizer.h"

namespace marsad::text_internal {

// Longest expansion of one code point (U+FDFA ﷺ becomes 18 code points
// under NFKC).
inline constexpr int kMaxFoldedChars = 32;

// Zero-width and bidi control characters removed at every level.
bool IsRemovedFormatChar(char32_t c);
// Exotic spaces turned into U+0020 at every level.
bool IsExoticSpace(char32_t c);
// Line and paragraph separators (NEL, LS, PS) turned into '\n'.
bool IsLineSeparator(char32_t c);
// Tashkeel, tanween, superscript alef, Quranic marks and tatweel: removed
// at kSearch.
bool IsSearchRemovedMark(char32_t c);

// The marks that compose with a preceding letter under NFC (madda above,
// hamza above, hamza below): ا+ٔ -> أ, و+ٔ -> ؤ, ي+ٔ -> ئ ...
bool IsComposingHamzaMark(char32_t c);
// NFC composition of `base` + `mark` for the Arabic pairs above, or 0.
char32_t ComposeArabic(char32_t base, char32_t mark);

// Writes the normalised form of the single code point `c` under `options`
// to `out` and returns how many code points were written (0 = removed).
// Does not apply cross-character composition (see IsComposingHamzaMark).
int FoldCodePoint(char32_t c, const NormalizerOptions& options,
                  char32_t out[kMaxFoldedChars]);

}  // namespace marsad::text_internal

#endif  // MARSAD_TEXT_FOLDING_RULES_H_
