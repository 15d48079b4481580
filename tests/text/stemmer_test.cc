#include "marsad/stemmer.h"

#include <string>
#include <string_view>

#include "gtest/gtest.h"

namespace marsad {
namespace {

// Inputs are search-normalised (أإآ -> ا, ى -> ي, no tashkeel), as the
// Normalizer (kSearch) produces them. Most words are from Arabic news.
struct StemCase {
  const char* word;
  const char* stem;
};

class StemTest : public ::testing::TestWithParam<StemCase> {};

TEST_P(StemTest, Stems) {
  const Stemmer stemmer;
  EXPECT_EQ(stemmer.Stem(GetParam().word), GetParam().stem) << GetParam().word;
}

INSTANTIATE_TEST_SUITE_P(
    News, StemTest,
    ::testing::Values(
        // Proclitic chains: و ف + ب ك ل + ال / لل, and the future س.
        StemCase{"والسعودية", "سعودي"}, StemCase{"السعودية", "سعودي"},
        StemCase{"السعوديون", "سعودي"}, StemCase{"سعودي", "سعودي"},
        StemCase{"وبالسعوديه", "سعودي"},  // ه written for ة
        StemCase{"لاسرائيل", "اسرائيل"}, StemCase{"بالهجوم", "هجوم"},
        StemCase{"للهجوم", "هجوم"}, StemCase{"والمتحدث", "متحدث"},
        StemCase{"والمتحدثون", "متحدث"}, StemCase{"وللمملكة", "مملك"},
        StemCase{"للمملكة", "مملك"}, StemCase{"المملكة", "مملك"},
        StemCase{"فللمرة", "مرة"},  // «مر» would be too short
        StemCase{"وسيكون", "يكون"}, StemCase{"وقال", "قال"},
        StemCase{"والتي", "التي"},
        // Suffixes: plural, dual, feminine, pronouns, verb endings.
        StemCase{"الحكومات", "حكوم"}, StemCase{"حكومة", "حكوم"},
        StemCase{"حكومته", "حكوم"}, StemCase{"سياساتها", "سياس"},
        StemCase{"الدولتين", "دول"}, StemCase{"وكتابه", "كتاب"},
        StemCase{"هجوما", "هجوم"}, StemCase{"قالت", "قال"},
        StemCase{"وقالوا", "قال"}, StemCase{"مستعدة", "مستعد"},
        StemCase{"محادثات", "محادث"}, StemCase{"التلفزيون", "تلفزيون"},
        // Short words keep their letters.
        StemCase{"بلد", "بلد"}, StemCase{"بيت", "بيت"}, StemCase{"وقف", "وقف"},
        StemCase{"منه", "منه"}, StemCase{"لله", "لله"},
        // Stems that start with clitic-looking letters.
        StemCase{"وليد", "وليد"}, StemCase{"والوليد", "وليد"},
        StemCase{"كتاب", "كتاب"}, StemCase{"الكتاب", "كتاب"},
        StemCase{"وزير", "وزير"}, StemCase{"الوزير", "وزير"},
        StemCase{"ولاية", "ولاي"}, StemCase{"الولايات", "ولاي"},
        StemCase{"بايدن", "بايدن"}, StemCase{"وبايدن", "بايدن"},
        StemCase{"فيصل", "فيصل"}, StemCase{"فلسطين", "فلسطين"},
        StemCase{"الفلسطينيين", "فلسطيني"}, StemCase{"للبنان", "لبنان"},
        StemCase{"كانت", "كان"}, StemCase{"وكانت", "كان"},
        StemCase{"فيها", "فيها"},
        // ال that is not the article.
        StemCase{"الله", "الله"}, StemCase{"بالله", "الله"},
        StemCase{"التي", "التي"}, StemCase{"الذي", "الذي"},
        StemCase{"التزام", "التزام"}, StemCase{"والتزام", "التزام"},
        StemCase{"الالتزام", "التزام"},
        // Stems that end with suffix-looking letters.
        StemCase{"لبنان", "لبنان"}, StemCase{"الاتجاه", "اتجاه"},
        StemCase{"الكويت", "كويت"}, StemCase{"الثابت", "ثابت"},
        // Names without clitic-looking letters stay whole.
        StemCase{"ترامب", "ترامب"}, StemCase{"حماس", "حماس"},
        StemCase{"نتانياهو", "نتانياهو"}));

TEST(StemmerTest, NonArabicComesBackUnchanged) {
  const Stemmer stemmer;
  for (std::string_view w : {"", "ABC", "2023", "x", "bالكتاب", "وال"}) {
    EXPECT_EQ(stemmer.Stem(w), w);
  }
}

TEST(StemmerTest, ReturnsViewsIntoTheArgument) {
  const Stemmer stemmer;
  const std::string word = "والمتحدثون";
  const std::string_view stem = stemmer.Stem(word);
  ASSERT_FALSE(stem.empty());
  EXPECT_GE(stem.data(), word.data());
  EXPECT_LE(stem.data() + stem.size(), word.data() + word.size());
  const Segments s = stemmer.Segment(word);
  EXPECT_EQ(s.proclitics.data(), word.data());
  EXPECT_EQ(s.base.data(), word.data() + s.proclitics.size());
}

TEST(StemmerTest, WordListsAreWhatProtectsNames) {
  StemmerOptions rules_only;
  rules_only.use_word_lists = false;
  const Stemmer rules(rules_only);
  const Stemmer full;
  // Letter counts alone cannot tell و+زير from وزير.
  EXPECT_EQ(rules.Stem("وزير"), "زير");
  EXPECT_EQ(full.Stem("وزير"), "وزير");
  // The hand-written entries work without the generated lists.
  EXPECT_EQ(rules.Stem("الله"), "الله");
  EXPECT_EQ(rules.Stem("والمتحدثون"), "متحدث");
}

TEST(StemmerTest, MinStemCharsIsHonoured) {
  StemmerOptions two;
  two.min_stem_chars = 2;
  EXPECT_EQ(Stemmer(two).Stem("بلد"), "لد");
  StemmerOptions five;
  five.min_stem_chars = 5;
  EXPECT_EQ(Stemmer(five).Stem("والمتحدثون"), "متحدث");
  EXPECT_EQ(Stemmer(five).Stem("بالهجوم"), "الهجوم");  // «هجوم» too short
  StemmerOptions zero;
  zero.min_stem_chars = 0;  // treated as 1: never an empty stem
  EXPECT_FALSE(Stemmer(zero).Stem("وه").empty());
}

struct SegmentCase {
  const char* word;
  const char* proclitics;
  const char* base;
  const char* enclitic;
};

class SegmentTest : public ::testing::TestWithParam<SegmentCase> {};

TEST_P(SegmentTest, Segments) {
  const Stemmer stemmer;
  const SegmentCase& c = GetParam();
  const Segments s = stemmer.Segment(c.word);
  EXPECT_EQ(s.proclitics, c.proclitics) << c.word;
  EXPECT_EQ(s.base, c.base) << c.word;
  EXPECT_EQ(s.enclitic, c.enclitic) << c.word;
  EXPECT_EQ(
      std::string(s.proclitics) + std::string(s.base) + std::string(s.enclitic),
      c.word);
}

INSTANTIATE_TEST_SUITE_P(
    News, SegmentTest,
    ::testing::Values(
        SegmentCase{"وبالسعوديه", "وبال", "سعوديه", ""},
        SegmentCase{"والمتحدثون", "وال", "متحدثون", ""},  // keeps inflection
        SegmentCase{"لاسرائيل", "ل", "اسرائيل", ""},
        SegmentCase{"للهجوم", "لل", "هجوم", ""},
        SegmentCase{"وسيكون", "وس", "يكون", ""},
        SegmentCase{"وكتابه", "و", "كتاب", "ه"},
        SegmentCase{"حكومته", "", "حكومت", "ه"},
        SegmentCase{"سياساتها", "", "سياسات", "ها"},
        SegmentCase{"وتصريحاتها", "و", "تصريحات", "ها"},
        SegmentCase{"وبثها", "و", "بثها", ""},  // «بث» is below the guard
        SegmentCase{"لها", "", "ل", "ها"}, SegmentCase{"منه", "", "من", "ه"},
        SegmentCase{"عليهم", "", "علي", "هم"},
        SegmentCase{"فيها", "", "في", "ها"},
        SegmentCase{"وليد", "", "وليد", ""},
        SegmentCase{"بايدن", "", "بايدن", ""},
        SegmentCase{"الله", "", "الله", ""},
        SegmentCase{"الاتجاه", "ال", "اتجاه", ""},
        SegmentCase{"ABC", "", "ABC", ""}));

// Every input, however odd, splits into three pieces that rebuild it.
TEST(StemmerTest, SegmentsAlwaysRebuildTheWord) {
  const Stemmer stemmer;
  for (std::string_view w :
       {"و", "ال", "لل", "ولل", "وبال", "سي", "ها", "هما", "ةة", "ابتت", "ءءءء",
        "\xD8", "\xD8\xA7\xD9", "فلسطينيونهم", "مرحبا بكم"}) {
    const Segments s = stemmer.Segment(w);
    EXPECT_EQ(std::string(s.proclitics) + std::string(s.base) +
                  std::string(s.enclitic),
              std::string(w));
    const std::string_view stem = stemmer.Stem(w);
    EXPECT_NE(std::string(w).find(std::string(stem)), std::string::npos);
  }
}

}  // namespace
}  // namespace marsad
