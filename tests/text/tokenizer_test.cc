#include "marsad/tokenizer.h"

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace marsad {
namespace {

using ::testing::ElementsAreArray;
using ::testing::HasSubstr;

using KindText = std::pair<TokenKind, std::string>;

std::vector<KindText> Tokens(std::string_view input) {
  auto t = Tokenizer().Tokenize(input);
  EXPECT_TRUE(t.ok()) << t.status();
  std::vector<KindText> out;
  if (!t.ok()) return out;
  for (const Token& k : t->tokens) {
    out.emplace_back(k.kind, std::string(k.span.Of(input)));
  }
  return out;
}

constexpr TokenKind A = TokenKind::kArabicWord;
constexpr TokenKind L = TokenKind::kLatinWord;
constexpr TokenKind N = TokenKind::kNumber;
constexpr TokenKind P = TokenKind::kPunctuation;
constexpr TokenKind Q = TokenKind::kQuote;
constexpr TokenKind U = TokenKind::kUrl;
constexpr TokenKind E = TokenKind::kEmail;
constexpr TokenKind H = TokenKind::kHashtag;
constexpr TokenKind M = TokenKind::kMention;
constexpr TokenKind S = TokenKind::kSymbol;

struct TokenCase {
  std::string_view name;
  std::string_view input;
  std::vector<KindText> expected;
};

const std::vector<TokenCase>& Cases() {
  static const auto* cases = new std::vector<TokenCase>{
      {"seed_headline",
       "بلينكن يبحث مع شكري إمكانية \"وقف فوري\" لهجمات حماس",
       {{A, "بلينكن"},
        {A, "يبحث"},
        {A, "مع"},
        {A, "شكري"},
        {A, "إمكانية"},
        {Q, "\""},
        {A, "وقف"},
        {A, "فوري"},
        {Q, "\""},
        {A, "لهجمات"},
        {A, "حماس"}}},
      {"seed_date_line",
       "تاريخ النشر: 8th, October 2023 GMT",
       {{A, "تاريخ"},
        {A, "النشر"},
        {P, ":"},
        {N, "8th"},
        {P, ","},
        {L, "October"},
        {N, "2023"},
        {L, "GMT"}}},
      {"diacritics_and_tatweel_stay_in_word",
       "مظاهراتٌ إسرائيـــل شنّ",
       {{A, "مظاهراتٌ"}, {A, "إسرائيـــل"}, {A, "شنّ"}}},
      {"clitics_not_split",
       "والسعودية وبالهجوم",
       {{A, "والسعودية"}, {A, "وبالهجوم"}}},
      {"arabic_punctuation",
       "مصر، وتركيا؛ لماذا؟",
       {{A, "مصر"}, {P, "،"}, {A, "وتركيا"}, {P, "؛"}, {A, "لماذا"}, {P, "؟"}}},
      {"guillemets_and_curly_quotes",
       "«حماس» “Hamas” ‘x’ 'ok'",
       {{Q, "«"},
        {A, "حماس"},
        {Q, "»"},
        {Q, "“"},
        {L, "Hamas"},
        {Q, "”"},
        {Q, "‘"},
        {L, "x"},
        {Q, "’"},
        {Q, "'"},
        {L, "ok"},
        {Q, "'"}}},
      {"apostrophe_inside_latin_word",
       "O'Brien don’t",
       {{L, "O'Brien"}, {L, "don’t"}}},
      {"arabic_indic_decimal_percent",
       "ارتفع ٣٫٥٪",
       {{A, "ارتفع"}, {N, "٣٫٥٪"}}},
      {"numbers",
       "3.5% 1,000,000 ١٬٢٠٠ %50 10:30",
       {{N, "3.5%"}, {N, "1,000,000"}, {N, "١٬٢٠٠"}, {N, "%50"}, {N, "10:30"}}},
      {"ranges",
       "2023-2024 ٢٠-٣٠ 5–7",
       {{N, "2023-2024"}, {N, "٢٠-٣٠"}, {N, "5–7"}}},
      {"ordinals",
       "1st 2nd 23rd 8th 5G",
       {{N, "1st"}, {N, "2nd"}, {N, "23rd"}, {N, "8th"}, {N, "5"}, {L, "G"}}},
      {"number_then_full_stop",
       "عام 2023.",
       {{A, "عام"}, {N, "2023"}, {P, "."}}},
      {"number_glued_to_arabic", "2023م", {{N, "2023"}, {A, "م"}}},
      {"urls",
       "https://www.skynewsarabia.com/world/1234-x?a=b&c=d، www.sabq.org/x.",
       {{U, "https://www.skynewsarabia.com/world/1234-x?a=b&c=d"},
        {P, "،"},
        {U, "www.sabq.org/x"},
        {P, "."}}},
      {"url_with_arabic_path_and_parens",
       "(http://ar.wikipedia.org/wiki/غزة)",
       {{P, "("}, {U, "http://ar.wikipedia.org/wiki/غزة"}, {P, ")"}}},
      {"bare_domain",
       "موقع aleqt.com اليوم",
       {{A, "موقع"}, {U, "aleqt.com"}, {A, "اليوم"}}},
      {"email",
       "راسلونا info@marsad.example.org.",
       {{A, "راسلونا"}, {E, "info@marsad.example.org"}, {P, "."}}},
      {"hashtags_and_mentions",
       "#غزة #Gaza_2023 @marsad #1",
       {{H, "#غزة"}, {H, "#Gaza_2023"}, {M, "@marsad"}, {P, "#"}, {N, "1"}}},
      {"punctuation_runs",
       "ماذا؟! انتظر... (نعم)",
       {{A, "ماذا"},
        {P, "؟"},
        {P, "!"},
        {A, "انتظر"},
        {P, "..."},
        {P, "("},
        {A, "نعم"},
        {P, ")"}}},
      {"symbols_and_emoji",
       "$5 €10 \U0001F600",
       {{S, "$"}, {N, "5"}, {S, "€"}, {N, "10"}, {S, "\U0001F600"}}},
      {"zero_width_and_bidi_inside_span",
       "\u200Fحماس\u200C \u00A0مصر",
       {{A, "حماس\u200C"}, {A, "مصر"}}},
      {"presentation_forms", "ﺑﻠﻴﻨﻜﻦ", {{A, "ﺑﻠﻴﻨﻜﻦ"}}},
      {"persian_letters", "کتاب", {{A, "کتاب"}}},
      {"empty", "", {}},
      {"only_spaces", " \n\t ", {}},
  };
  return *cases;
}

class TokenizerCaseTest : public ::testing::TestWithParam<size_t> {};

TEST_P(TokenizerCaseTest, Tokens) {
  const TokenCase& c = Cases()[GetParam()];
  EXPECT_THAT(Tokens(c.input), ElementsAreArray(c.expected)) << c.name;
}

INSTANTIATE_TEST_SUITE_P(Cases, TokenizerCaseTest,
                         ::testing::Range<size_t>(0, Cases().size()),
                         [](const auto& info) {
                           return std::string(Cases()[info.param].name);
                         });

TEST(TokenizerTest, NormalizedFormsAreSearchLevel) {
  const std::string_view in = "قال الرئيسُ الأميركيُّ ٣٫٥٪ GMT";
  auto t = Tokenizer().Tokenize(in);
  ASSERT_TRUE(t.ok());
  std::vector<std::string> norms;
  for (const Token& k : t->tokens) norms.emplace_back(t->Normalized(k));
  EXPECT_THAT(norms,
              ElementsAreArray({"قال", "الرييس", "الاميركي", "3.5%", "gmt"}));
}

TEST(TokenizerTest, InvalidUtf8) {
  auto t = Tokenizer().Tokenize("حماس \xC3\x28");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(t.status().message(), HasSubstr("invalid UTF-8 at byte 9"));
}

TEST(TokenizerTest, InputSizeLimit) {
  TokenizerOptions options;
  options.max_input_bytes = 8;
  Tokenizer tok(options);
  auto t = tok.Tokenize("بلينكن يبحث");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST(TokenizerTest, TokenizeToReusesBuffers) {
  Tokenizer tok;
  TokenizedText out;
  tok.TokenizeTo("بلينكن يبحث مع شكري", &out);
  ASSERT_EQ(out.tokens.size(), 4u);
  tok.TokenizeTo("حماس", &out);
  ASSERT_EQ(out.tokens.size(), 1u);
  EXPECT_EQ(out.Normalized(out.tokens[0]), "حماس");
  EXPECT_EQ(out.tokens[0].span, (Span{0, 8}));
}

// Every token's original text normalises to its normalised text (except
// inside an expansion such as ﷺ, where the original is the whole ligature).
void ExpectSpansRoundTrip(std::string_view input, bool has_expansions) {
  const Normalizer search;
  auto t = Tokenizer().Tokenize(input);
  ASSERT_TRUE(t.ok()) << t.status();
  Span prev;
  for (const Token& k : t->tokens) {
    ASSERT_LE(k.span.end, input.size());
    ASSERT_LE(k.span.begin, k.span.end);
    // Spans are monotone. They overlap only around an expansion (the words
    // of ﷺ all map to the ligature; يﷺ gives «يصلي» and «الله»).
    ASSERT_GE(k.span.begin, prev.begin);
    ASSERT_GE(k.span.end, prev.end);
    if (!has_expansions) {
      ASSERT_GE(k.span.begin, prev.end);
    }
    prev = k.span;
    const std::string again = search.NormalizeString(k.span.Of(input));
    const std::string_view norm = t->Normalized(k);
    if (again != norm) {
      EXPECT_THAT(again, HasSubstr(std::string(norm)))
          << "original «" << k.span.Of(input) << "»";
      EXPECT_GT(again.size(), norm.size());
    }
  }
}

TEST(TokenizerTest, SpansRoundTripOnSeedSentences) {
  ExpectSpansRoundTrip(
      "أجرى وزير الخارجية الأميركي أنتوني بلينكن السبت محادثات مع نظيره "
      "المصري سامح شكري على أمل أن تساعد مصر في وضع حد للهجوم الذي تشنه حركة "
      "حماس ضد إسرائيل، وفقا لوزارة الخارجية الأميركية.",
      false);
  ExpectSpansRoundTrip(
      "عقب شنّ حركة (حماس) هجوما على إسرائيل، محذرا \"أي طرف آخر معاد "
      "لإسرائيل\" من انتهاز الفرصة.",
      false);
  ExpectSpansRoundTrip("مظاهراتٌ ﷺ ٣٫٥٪ ﻷ\u00A0إسرائيـــل ا\u0654مل ٢٠-٣٠",
                       true);
}

TEST(TokenizerTest, SpansRoundTripOnSeedPage) {
  std::ifstream f(std::string(MARSAD_SHARED_DATA) +
                  "/../seed/000_6b82d043b0b62833.txt");
  if (!f) GTEST_SKIP() << "seed page not available";
  std::stringstream ss;
  ss << f.rdbuf();
  ExpectSpansRoundTrip(ss.str(), false);
}

TEST(TokenizerTest, SpansRoundTripOnRandomText) {
  const std::vector<std::string> alphabet = {
      "ا",      "أ",          "إ",          "آ",  "ى",  "ي",      "ة",
      "ؤ",      "ئ",          "ء",          "ك",  "ک",  "ی",      "ہ",
      "ل",      "م",          "َ",           "ً",   "ّ",   "ٰ",       "ـ",
      "\u0654", "٣",          "٫",          "٬",  "٪",  "1",      "9",
      ".",      ",",          "-",          "%",  ":",  "/",      "#",
      "@",      "_",          "'",          "\"", "«",  "»",      "“",
      "”",      " ",          " ",          " ",  "\n", "\u00A0", "\u200C",
      "\u200F", "\uFEFF",     "ﷺ",          "ﻷ",  "ﺑ",  "Ｇ",     "A",
      "b",      "t",          "h",          "w",  ".",  "com",    "http://",
      "www.",   "\U0001F600", "\U0001D400", "é",  "́",   "€",      "!",
      "؟",      "…",          "½",
  };
  std::mt19937 rng(20231008);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 60);
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s;
    const int len = length(rng);
    for (int k = 0; k < len; ++k) s += alphabet[pick(rng)];
    SCOPED_TRACE(s);
    ExpectSpansRoundTrip(s, true);
    if (HasFailure()) {
      for (unsigned char ch : s) fprintf(stderr, "\\x%02X", ch);
      fprintf(stderr, "\n");
      break;
    }
  }
}

TEST(TokenizerTest, KindNames) {
  EXPECT_STREQ(KindName(TokenKind::kArabicWord), "arabic");
  EXPECT_STREQ(KindName(TokenKind::kHashtag), "hashtag");
  EXPECT_STREQ(KindName(TokenKind::kQuote), "quote");
}

}  // namespace
}  // namespace marsad
