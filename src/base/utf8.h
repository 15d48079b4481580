// UTF-8 validation, decoding and offset conversion.
//
//   if (auto bad = marsad::utf8::FindInvalid(text)) {
//     // *bad is the byte offset of the first invalid sequence
//   }
//   size_t i = 0; char32_t c = marsad::utf8::Decode(text, &i);
//
// Validation is strict (RFC 3629): overlong forms, surrogates and code
// points above U+10FFFF are invalid. Decode() never reads past the end.
#ifndef MARSAD_BASE_UTF8_H_
#define MARSAD_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"

namespace marsad::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Byte offset of the first invalid sequence, or nullopt for valid text.
std::optional<size_t> FindInvalid(std::string_view s);

// OK, or InvalidArgument("invalid UTF-8 at byte N").
absl::Status Validate(std::string_view s);

// Decodes the code point at s[*i] and advances *i past it. On an invalid or
// truncated sequence returns kReplacement and advances one byte.
// REQUIRES: *i < s.size().
char32_t Decode(std::string_view s, size_t* i);

// Appends the UTF-8 encoding of `c` (kReplacement if c is not a scalar).
void Append(char32_t c, std::string* out);

// Number of bytes of the sequence introduced by lead byte `b` (1 for
// continuation or invalid bytes).
inline int SequenceLength(unsigned char b) {
  if (b < 0x80) return 1;
  if (b >= 0xF0) return b < 0xF5 ? 4 : 1;
  if (b >= 0xE0) return 3;
  if (b >= 0xC2) return 2;
  return 1;
}

size_t CodePointCount(std::string_view s);

// Converts byte offsets of one text into code-point offsets: O(distance)
// from the last query, and at most O(kBlock) once the first long jump has
// laid down a count every kBlock bytes (spans of a text's entities come in
// no order).
class OffsetConverter {
 public:
  static constexpr size_t kBlock = 128;

  explicit OffsetConverter(std::string_view text) : text_(text) {}
  // REQUIRES: byte_offset <= text.size().
  size_t ToCodePoints(size_t byte_offset);

 private:
  std::string_view text_;
  size_t byte_ = 0;
  size_t cp_ = 0;
  std::vector<size_t> marks_;  // code points before byte k * kBlock
};

}  // namespace marsad::utf8

#endif  // MARSAD_BASE_UTF8_H_
