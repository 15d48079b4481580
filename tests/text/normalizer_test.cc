#include "marsad/normalizer.h"

#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace marsad {
namespace {

using ::testing::HasSubstr;

struct FoldCase {
  std::string_view name;
  std::string_view input;
  std::string_view expected;
};

std::string Display(std::string_view s) {
  Normalizer n({.level = NormalizationLevel::kDisplay});
  auto r = n.Normalize(s);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? r->text : "";
}

std::string Search(std::string_view s, NormalizerOptions o = {}) {
  o.level = NormalizationLevel::kSearch;
  auto r = Normalizer(o).Normalize(s);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? r->text : "";
}

// Display: what a reader sees, with compatibility noise removed.
const FoldCase kDisplayCases[] = {
    {"presentation_forms_nfkc", "ﺑﻠﻴﻨﻜﻦ", "بلينكن"},
    {"lam_alef_ligature", "ﻷسرائيل", "لأسرائيل"},
    {"allah_ligature", "ﷲ", "الله"},
    {"isolated_haraka_keeps_no_space", "ب\uFE7C", "بّ"},
    {"fullwidth_latin", "ＧＭＴ", "GMT"},
    {"zwnj_removed", "می\u200Cخواهم", "میخواهم"},
    {"zwsp_zwj_bom_removed", "\uFEFFحماس\u200B\u200D", "حماس"},
    {"soft_hyphen_removed", "Blin\u00ADken", "Blinken"},
    {"bidi_marks_removed", "\u200Fشكري\u200E \u061Cمصر", "شكري مصر"},
    {"bidi_embeddings_removed", "\u202Bسامح\u202C \u2067شكري\u2069",
     "سامح شكري"},
    {"nbsp_and_exotic_spaces", "جو\u00A0بايدن\u2009و\u3000هو", "جو بايدن و هو"},
    {"line_separator_is_newline", "سطر\u2028سطر", "سطر\nسطر"},
    {"keeps_tashkeel_and_tanween", "مظاهراتٌ شنّ", "مظاهراتٌ شنّ"},
    {"keeps_tatweel_hamza_digits", "إسرائيـــل ٢٠٢٣", "إسرائيـــل ٢٠٢٣"},
    {"keeps_case", "Sky News", "Sky News"},
    {"composes_alef_hamza", "ا\u0654مل", "أمل"},
    {"composes_waw_hamza", "مو\u0654تمر", "مؤتمر"},
    {"empty", "", ""},
};

class DisplayTest : public ::testing::TestWithParam<FoldCase> {};

TEST_P(DisplayTest, Folds) {
  EXPECT_EQ(Display(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Rules, DisplayTest, ::testing::ValuesIn(kDisplayCases),
                         [](const auto& info) {
                           return std::string(info.param.name);
                         });

// Search with default options: every folding rule of doc/normalization.md.
const FoldCase kSearchCases[] = {
    {"tashkeel_and_tanween", "مظاهراتٌ", "مظاهرات"},
    {"shadda_fatha_kasra_sukun", "شنَّ هُجُومًا عَلَى إِسْرَائِيلْ",
     "شن هجوما علي اسراييل"},
    {"superscript_alef", "هٰذا الرحمٰن", "هذا الرحمن"},
    {"quranic_marks", "الصلاة\u06D6 والسلام\u0610", "الصلاة والسلام"},
    {"tatweel", "إسرائيـــل", "اسراييل"},
    {"alef_hamza_above", "أجرى", "اجري"},
    {"alef_hamza_below", "إسرائيل", "اسراييل"},
    {"alef_madda", "آخر", "اخر"},
    {"alef_wasla", "ٱلحمد", "الحمد"},
    {"alef_maqsura", "على مستوى", "علي مستوي"},
    {"waw_hamza", "المؤتمر", "الموتمر"},
    {"yeh_hamza", "رئيس", "رييس"},
    {"standalone_hamza_kept", "الوزراء", "الوزراء"},
    {"teh_marbuta_kept_by_default", "حركة حماس", "حركة حماس"},
    {"arabic_indic_digits", "٠١٢٣٤٥٦٧٨٩", "0123456789"},
    {"persian_digits", "۰۱۲۳۴۵۶۷۸۹", "0123456789"},
    {"decimal_and_thousands_separators", "٣٫٥ و١٬٠٠٠", "3.5 و1,000"},
    {"arabic_percent", "٥٠٪", "50%"},
    {"latin_lowercase", "Sky News GMT", "sky news gmt"},
    {"latin1_lowercase", "ÉCOLE Ünal", "école ünal"},
    {"persian_keheh", "کتاب", "كتاب"},
    {"persian_yeh", "ایران", "ايران"},
    {"urdu_heh_goal_and_ae", "ہ ە ۀ ھ", "ه ه ه ه"},
    {"presentation_then_search", "ﻷسرائيل", "لاسراييل"},
    {"fullwidth_then_lowercase", "ＧＭＴ", "gmt"},
    {"composed_hamza_then_folded", "ا\u0654مل", "امل"},
    {"display_rules_apply", "\u200Fجو\u00A0بايدن", "جو بايدن"},
    {"seed_sentence", "وقال الرئيس الأميركي جو بايدن يوم السبت إن",
     "وقال الرييس الاميركي جو بايدن يوم السبت ان"},
};

class SearchTest : public ::testing::TestWithParam<FoldCase> {};

TEST_P(SearchTest, Folds) {
  EXPECT_EQ(Search(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Rules, SearchTest, ::testing::ValuesIn(kSearchCases),
                         [](const auto& info) {
                           return std::string(info.param.name);
                         });

TEST(NormalizerOptionsTest, TehMarbutaFoldsWhenEnabled) {
  EXPECT_EQ(Search("حركة حماس", {.fold_teh_marbuta = true}), "حركه حماس");
  EXPECT_EQ(Search("ۃ", {.fold_teh_marbuta = false}), "ة");
}

TEST(NormalizerOptionsTest, HamzaCarriersKeptWhenDisabled) {
  const NormalizerOptions o{.fold_hamza_carriers = false};
  EXPECT_EQ(Search("رئيس المؤتمر", o), "رئيس المؤتمر");
  // Decomposed hamza composes instead of disappearing.
  EXPECT_EQ(Search("مو\u0654تمر", o), "مؤتمر");
  // Alef forms fold regardless.
  EXPECT_EQ(Search("أجرى", o), "اجري");
}

TEST(NormalizerOptionsTest, LatinCaseKeptWhenDisabled) {
  EXPECT_EQ(Search("Sky News", {.lowercase_latin = false}), "Sky News");
}

TEST(NormalizerTest, InvalidUtf8NamesTheByte) {
  Normalizer n;
  const std::string bad = std::string("حماس") + "\xFF" + "x";
  auto r = n.Normalize(bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(r.status().message(), HasSubstr("invalid UTF-8 at byte 8"));

  auto truncated = n.Normalize("ab\xD8");  // first byte of a 2-byte letter
  ASSERT_FALSE(truncated.ok());
  EXPECT_THAT(truncated.status().message(), HasSubstr("at byte 2"));

  auto overlong = n.Normalize("\xC0\xAF");
  ASSERT_FALSE(overlong.ok());
  EXPECT_THAT(overlong.status().message(), HasSubstr("at byte 0"));
}

TEST(NormalizerTest, NormalizeStringReplacesInvalidBytes) {
  Normalizer n;
  EXPECT_EQ(n.NormalizeString("أ\xFFب"), "ا\uFFFDب");
  EXPECT_EQ(n.NormalizeString("إسرائيل"), "اسراييل");
}

TEST(NormalizerTest, EmptyInput) {
  Normalizer n;
  auto r = n.Normalize("");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "");
  EXPECT_EQ(r->offsets.ToOriginal(0u), 0u);
}

TEST(NormalizerTest, NormalizeToAppendsWithRelativeOffsets) {
  Normalizer n;
  std::string out = "prefix ";
  OffsetMap map;
  const std::string_view in = "مظاهراتٌ ٣";
  n.NormalizeTo(in, &out, &map);
  EXPECT_EQ(out, "prefix مظاهرات 3");
  EXPECT_EQ(map.ToOriginal(0u), 0u);
  // "مظاهرات" is 14 bytes; its end maps past the tanween (16 bytes).
  EXPECT_EQ(map.ToOriginal(Span{0, 14}), (Span{0, 16}));
  EXPECT_EQ(map.ToOriginal(Span{15, 16}), (Span{17, 19}));
}

TEST(OffsetMapTest, SameLengthFoldsNeedNoBreaks) {
  auto r = Normalizer().Normalize("أجرى وزير الخارجية الأميركي أنتوني بلينكن");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->offsets.num_breaks(), 0u);
  EXPECT_EQ(r->offsets.ToOriginal(10u), 10u);
}

TEST(OffsetMapTest, RemovalsAndDigitsAddBreaks) {
  const std::string_view in = "قالَ ٢٠٢٣";
  auto r = Normalizer().Normalize(in);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "قال 2023");
  const Span word = r->offsets.ToOriginal(Span{0, 6});
  EXPECT_EQ(word.Of(in), "قالَ");
  const Span year = r->offsets.ToOriginal(Span{7, 11});
  EXPECT_EQ(year.Of(in), "٢٠٢٣");
  EXPECT_EQ(r->offsets.ToOriginal(Span{8, 9}).Of(in), "٠");
  EXPECT_EQ(r->offsets.ToOriginal(11u), in.size());
}

TEST(OffsetMapTest, ExpansionsCoverTheWholeCharacter) {
  const std::string_view in = "محمد ﷺ قال";
  auto r = Normalizer().Normalize(in);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->text, "محمد صلي الله عليه وسلم قال");
  const size_t allah = r->text.find("الله");
  const Span s = r->offsets.ToOriginal(
      Span{static_cast<uint32_t>(allah), static_cast<uint32_t>(allah + 8)});
  EXPECT_EQ(s.Of(in), "ﷺ");
  const size_t qal = r->text.find("قال");
  EXPECT_EQ(r->offsets
                .ToOriginal(Span{static_cast<uint32_t>(qal),
                                 static_cast<uint32_t>(r->text.size())})
                .Of(in),
            "قال");
}

TEST(OffsetMapTest, MonotoneOverEveryOffset) {
  const std::string_view in =
      "\u200Fمظاهراتٌ ﷺ ٣٫٥٪ ﻷ\u00A0إسرائيـــل ا\u0654مل \U0001D400 end";
  auto r = Normalizer().Normalize(in);
  ASSERT_TRUE(r.ok());
  uint32_t prev = 0;
  for (uint32_t k = 0; k <= r->text.size(); ++k) {
    const uint32_t o = r->offsets.ToOriginal(k);
    EXPECT_GE(o, prev) << "at " << k;
    EXPECT_LE(o, in.size());
    prev = o;
  }
  EXPECT_EQ(r->offsets.ToOriginal(static_cast<uint32_t>(r->text.size())),
            in.size());
}

TEST(NormalizerTest, SupplementaryCharacters) {
  // Mathematical bold A is a compatibility character; emoji are kept.
  EXPECT_EQ(Search("\U0001D400 \U0001F600"), "a \U0001F600");
  EXPECT_EQ(Display("\U0001D400"), "A");
}

}  // namespace
}  // namespace marsad
