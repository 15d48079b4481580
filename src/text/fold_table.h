// Precomputed per-code-point normalisation table for one NormalizerOptions.
//
//   const FoldTable& t = FoldTable::For(options);
//   uint32_t e = t.Lookup(U'أ');   // kSearch: inline "ا"
//
// Built once per distinct option set by evaluating FoldCodePoint
// (folding_rules.h, which calls ICU's NFKC) for every BMP code point, so the
// Normalizer's hot loop is a table lookup per character and never calls ICU
// for ASCII, Arabic or any other BMP text. Supplementary-plane characters
// (emoji, math letters) are rare and folded on demand with FoldCodePoint.
//
// Thread-safety: For() is thread-safe; tables are immutable and live until
// process exit (at most kNumVariants of them, a few hundred KB each).
#ifndef MARSAD_TEXT_FOLD_TABLE_H_
#define MARSAD_TEXT_FOLD_TABLE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "marsad/normalizer.h"

namespace marsad::text_internal {

class FoldTable {
 public:
  // Entry layout (uint32_t): the low byte is a tag.
  //   0..3      replacement of that many bytes, stored in bits 8..31 (first
  //             byte in bits 8..15); never longer than the input character.
  //   kKeep     the character is copied unchanged.
  //   kLong     bits 8..31: offset into pool(); pool()[off] is the length,
  //             the bytes follow (used for expansions, e.g. ﷺ).
  //   kCompose  U+0653..U+0655: compose with the previous output letter when
  //             possible (ComposeArabic), else `compose_fallback_keep()`.
  static constexpr uint32_t kKeep = 0x80;
  static constexpr uint32_t kLong = 0x40;
  static constexpr uint32_t kCompose = 0x20;
  static constexpr int kNumVariants = 9;

  static const FoldTable& For(const NormalizerOptions& options);

  explicit FoldTable(const NormalizerOptions& options);

  // REQUIRES: c < 0x10000 and not a surrogate.
  uint32_t Lookup(char32_t c) const {
    return c < 0x800 ? small_[c] : blocks_[c >> 8][c & 0xFF];
  }
  // Entries for U+0000..U+07FF (1- and 2-byte UTF-8) where kKeep is
  // spelled out as an inline copy of the character's own bytes, so the hot
  // loop can store bits 8..31 and advance by the tag without branching.
  // Tags above 3 (kLong, kCompose) still need Apply().
  const uint32_t* inline_small() const { return inline_small_; }
  // The hot loop's table, indexed by the next two input bytes read as
  // b0 | b1 << 8 (an ASCII byte and whatever follows it, or a whole 2-byte
  // character). Entry: bits 8..31 the output bytes; bits 0..2 the output
  // length; bits 3..4 the input length; kPairBreak when the lengths differ;
  // kPairSlow when the hot loop must defer to Apply()/Slow() (3- and 4-byte
  // characters, expansions, composition, invalid sequences).
  static constexpr uint32_t kPairBreak = 0x20;
  static constexpr uint32_t kPairSlow = 0x80;
  const uint32_t* pair() const { return pair_.get(); }
  const char* pool() const { return pool_.data(); }
  // ASCII byte -> ASCII byte (identity or lower-casing).
  const unsigned char* ascii() const { return ascii_; }
  bool compose_fallback_keep() const { return compose_fallback_keep_; }
  const NormalizerOptions& options() const { return options_; }

 private:
  uint32_t Encode(char32_t c);

  NormalizerOptions options_;
  uint32_t small_[0x800];
  uint32_t inline_small_[0x800];
  std::unique_ptr<uint32_t[]> pair_;
  const uint32_t* blocks_[256];
  std::vector<std::unique_ptr<uint32_t[]>> owned_blocks_;
  std::string pool_;
  unsigned char ascii_[128];
  bool compose_fallback_keep_;
};

// UTF-8 encoding helper shared by the text module; returns bytes written
// (1..4). REQUIRES: c is a Unicode scalar value.
inline int EncodeUtf8(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

}  // namespace marsad::text_internal

#endif  // MARSAD_TEXT_FOLD_TABLE_H_
