#include "base/utf8.h"

#include <string>

#include "gtest/gtest.h"

namespace marsad::utf8 {
namespace {

struct InvalidCase {
  std::string input;
  std::optional<size_t> first_bad;
};

TEST(Utf8Test, FindInvalidReportsFirstBadByte) {
  const InvalidCase cases[] = {
      {"", std::nullopt},
      {"بلينكن يبحث مع شكري", std::nullopt},
      {"GMT 2023 ٨ أكتوبر", std::nullopt},
      {"\xF0\x9F\x98\x80 emoji", std::nullopt},
      {"حماس\xFF", 8},                         // stray byte after 4 letters
      {"ab\xC3", 2},                           // truncated 2-byte sequence
      {"\xC0\xAF", 0},                         // overlong '/'
      {"\xE0\x80\xAF", 0},                     // overlong 3-byte
      {"x\xED\xA0\x80", 1},                    // UTF-16 surrogate
      {"\xF4\x90\x80\x80", 0},                 // above U+10FFFF
      {"قال\x80", 6},                          // lone continuation byte
      {std::string("a\0b", 3), std::nullopt},  // NUL is valid UTF-8
  };
  for (const InvalidCase& c : cases) {
    EXPECT_EQ(FindInvalid(c.input), c.first_bad) << c.input;
    EXPECT_EQ(Validate(c.input).ok(), !c.first_bad.has_value());
  }
}

TEST(Utf8Test, ValidateMessageNamesByte) {
  absl::Status s = Validate("abc\xFF");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(std::string(s.message()), "invalid UTF-8 at byte 3");
}

TEST(Utf8Test, DecodeAndAppendRoundTrip) {
  std::string text = "بلينكن «وقف فوري» 😀 x";
  std::string rebuilt;
  size_t i = 0;
  size_t n = 0;
  while (i < text.size()) {
    Append(Decode(text, &i), &rebuilt);
    ++n;
  }
  EXPECT_EQ(rebuilt, text);
  EXPECT_EQ(n, CodePointCount(text));
}

TEST(Utf8Test, DecodeNeverReadsPastEnd) {
  std::string truncated = "\xE2\x82";  // first two bytes of €
  size_t i = 0;
  EXPECT_EQ(Decode(truncated, &i), kReplacement);
  EXPECT_EQ(i, 1u);
}

TEST(Utf8Test, OffsetConverterCountsCodePoints) {
  std::string text = "قال: نعم";  // ق ا ل : space ن ع م
  OffsetConverter c(text);
  EXPECT_EQ(c.ToCodePoints(0), 0u);
  EXPECT_EQ(c.ToCodePoints(6), 3u);  // after قال
  EXPECT_EQ(c.ToCodePoints(text.size()), 8u);
  EXPECT_EQ(c.ToCodePoints(2), 1u);  // backwards works too
}

// Long texts, offsets in any order (jumps past the block marks), every
// offset against a count from the start; a text a whole number of blocks
// long too.
TEST(Utf8Test, OffsetConverterJumpsAnywhereInLongText) {
  for (const std::string unit : {"قال نتنياهو، ", "a€b", "ab"}) {
    std::string text;
    while (text.size() < 3 * OffsetConverter::kBlock + 7) text += unit;
    for (const size_t size :
         {text.size(), size_t{2 * OffsetConverter::kBlock}}) {
      const std::string_view t(text.data(), size);
      OffsetConverter c(t);
      for (size_t step : {size_t{1}, size_t{131}, size_t{257}}) {
        for (size_t k = 0; k <= t.size(); ++k) {
          const size_t b = (k * step) % (t.size() + 1);
          ASSERT_EQ(c.ToCodePoints(b), CodePointCount(t.substr(0, b)))
              << "offset " << b << " of " << t.size();
        }
      }
    }
  }
}

}  // namespace
}  // namespace marsad::utf8
