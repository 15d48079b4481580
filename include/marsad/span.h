// Byte spans into the text the user gave marsad.
//
//   marsad::Span s{3, 9};
//   std::string_view piece = s.Of(original);
//
// Every span marsad reports points into the caller's original UTF-8 text
// (never into a normalised copy); JSON output converts them to code-point
// offsets (see doc/output.md).
#ifndef MARSAD_SPAN_H_
#define MARSAD_SPAN_H_

#include <cstdint>
#include <string_view>

namespace marsad {

struct Span {
  uint32_t begin = 0;  // first byte
  uint32_t end = 0;    // one past the last byte; begin <= end

  uint32_t size() const { return end - begin; }
  bool empty() const { return end == begin; }
  // REQUIRES: end <= text.size().
  std::string_view Of(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace marsad

#endif  // MARSAD_SPAN_H_
