#include "base/utf8.h"

#include "absl/strings/str_cat.h"
#include "simdjson.h"

namespace marsad::utf8 {
namespace {

inline bool IsCont(unsigned char b) { return (b & 0xC0) == 0x80; }

// Length of the valid sequence at s[i], or 0 if invalid.
size_t ValidSequence(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  unsigned char b = p[i];
  if (b < 0x80) return 1;
  if (b < 0xC2) return 0;
  if (b < 0xE0) return (i + 1 < n && IsCont(p[i + 1])) ? 2 : 0;
  if (b < 0xF0) {
    if (i + 2 >= n || !IsCont(p[i + 1]) || !IsCont(p[i + 2])) return 0;
    if (b == 0xE0 && p[i + 1] < 0xA0) return 0;   // overlong
    if (b == 0xED && p[i + 1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (b < 0xF5) {
    if (i + 3 >= n || !IsCont(p[i + 1]) || !IsCont(p[i + 2]) ||
        !IsCont(p[i + 3]))
      return 0;
    if (b == 0xF0 && p[i + 1] < 0x90) return 0;   // overlong
    if (b == 0xF4 && p[i + 1] >= 0x90) return 0;  // > U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

std::optional<size_t> FindInvalid(std::string_view s) {
  // simdjson's validator runs at many GB/s; only a failure needs the scan.
  if (simdjson::validate_utf8(s.data(), s.size())) return std::nullopt;
  size_t i = 0;
  while (i < s.size()) {
    size_t len = ValidSequence(s, i);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

absl::Status Validate(std::string_view s) {
  if (auto bad = FindInvalid(s)) {
    return absl::InvalidArgumentError(
        absl::StrCat("invalid UTF-8 at byte ", *bad));
  }
  return absl::OkStatus();
}

char32_t Decode(std::string_view s, size_t* i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t k = *i;
  unsigned char b = p[k];
  if (b < 0x80) {
    *i = k + 1;
    return b;
  }
  size_t len = ValidSequence(s, k);
  if (len == 0) {
    *i = k + 1;
    return kReplacement;
  }
  char32_t c;
  if (len == 2) {
    c = ((b & 0x1F) << 6) | (p[k + 1] & 0x3F);
  } else if (len == 3) {
    c = ((b & 0x0F) << 12) | ((p[k + 1] & 0x3F) << 6) | (p[k + 2] & 0x3F);
  } else {
    c = ((b & 0x07) << 18) | ((p[k + 1] & 0x3F) << 12) |
        ((p[k + 2] & 0x3F) << 6) | (p[k + 3] & 0x3F);
  }
  *i = k + len;
  return c;
}

void Append(char32_t c, std::string* out) {
  if (c >= 0xD800 && c <= 0xDFFF) c = kReplacement;
  if (c > 0x10FFFF) c = kReplacement;
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (unsigned char b : s) n += !IsCont(b);
  return n;
}

size_t OffsetConverter::ToCodePoints(size_t byte_offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
  const size_t distance =
      byte_offset > byte_ ? byte_offset - byte_ : byte_ - byte_offset;
  if (distance > kBlock) {
    if (marks_.empty()) {
      marks_.resize(text_.size() / kBlock + 1);
      size_t cp = 0;
      for (size_t b = 0; b < text_.size(); ++b) {
        if (b % kBlock == 0) marks_[b / kBlock] = cp;
        cp += !IsCont(p[b]);
      }
      if (text_.size() % kBlock == 0) marks_.back() = cp;
    }
    byte_ = byte_offset / kBlock * kBlock;
    cp_ = marks_[byte_offset / kBlock];
  }
  while (byte_ < byte_offset) cp_ += !IsCont(p[byte_++]);
  while (byte_ > byte_offset) cp_ -= !IsCont(p[--byte_]);
  return cp_;
}

}  // namespace marsad::utf8
