#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "marsad/tokenizer.h"

namespace marsad {
namespace {

using ::testing::ElementsAreArray;

std::vector<std::string> Split(std::string_view input,
                               SentenceSplitterOptions options = {}) {
  auto t = Tokenizer().Tokenize(input);
  EXPECT_TRUE(t.ok()) << t.status();
  std::vector<std::string> out;
  if (!t.ok()) return out;
  for (const Sentence& s : SplitSentences(*t, options)) {
    out.emplace_back(s.span.Of(input));
  }
  return out;
}

struct SplitCase {
  std::string_view name;
  std::string_view input;
  std::vector<std::string> expected;
};

const std::vector<SplitCase>& Cases() {
  static const auto* cases = new std::vector<SplitCase>{
      {"two_sentences",
       "أجرى بلينكن محادثات مع شكري. وشدد على ضرورة التوصل إلى وقف فوري.",
       {"أجرى بلينكن محادثات مع شكري.", "وشدد على ضرورة التوصل إلى وقف فوري."}},
      {"question_exclamation_runs",
       "هل انتهى الأمر؟! لا أعتقد... ربما!",
       {"هل انتهى الأمر؟!", "لا أعتقد...", "ربما!"}},
      {"newline_always_ends",
       "المصدر: سكاي نيوز عربية\nكلمات دلالية: حماس مصر",
       {"المصدر: سكاي نيوز عربية", "كلمات دلالية: حماس مصر"}},
      {"full_stop_inside_quote_closed_later",
       "وأضاف \"لإسرائيل الحق في الدفاع عن نفسها وشعبها. تحذر الولايات "
       "المتحدة أي طرف آخر\". ثم غادر.",
       {"وأضاف \"لإسرائيل الحق في الدفاع عن نفسها وشعبها. تحذر الولايات "
        "المتحدة أي طرف آخر\".",
        "ثم غادر."}},
      {"guillemets_inside",
       "قال: «انتهى الأمر. سنعود» ثم غادر. وصل غيره.",
       {"قال: «انتهى الأمر. سنعود» ثم غادر.", "وصل غيره."}},
      {"ends_after_closing_quote",
       "قال: «انتهى الأمر.» ثم غادر.",
       {"قال: «انتهى الأمر.»", "ثم غادر."}},
      {"ends_after_closing_straight_quote",
       "ذكر الرئيس في بيان: \"أوضحت لرئيس الوزراء موقفنا.\" وتحدث بايدن.",
       {"ذكر الرئيس في بيان: \"أوضحت لرئيس الوزراء موقفنا.\"", "وتحدث بايدن."}},
      {"nested_quotes",
       "قال: «نقل عنه “كفى.” ثم صمت.» وانتهى.",
       {"قال: «نقل عنه “كفى.” ثم صمت.»", "وانتهى."}},
      {"unclosed_quote_does_not_swallow_paragraph",
       "قال \"انتهى الأمر. ثم غادر.",
       {"قال \"انتهى الأمر.", "ثم غادر."}},
      {"straight_quote_opening_again_leaves_the_first_unclosed",
       "وأضاف: \"تم رصد 250 عاملاً خلال فترة المنع . وأكد المدير أن "
       "الجولات مستمرة وفقاً للمادة \"236\" من النظام.",
       {"وأضاف: \"تم رصد 250 عاملاً خلال فترة المنع .",
        "وأكد المدير أن الجولات مستمرة وفقاً للمادة \"236\" من النظام."}},
      {"quote_closing_in_next_paragraph_is_unpaired",
       "قال «انتهى. ثم\nغادر» وعاد.",
       {"قال «انتهى.", "ثم", "غادر» وعاد."}},
      {"arabic_single_letter_abbreviations",
       "قال د. محمد إن ص. 5 من تقرير م. أحمد. ثم انتهى.",
       {"قال د. محمد إن ص. 5 من تقرير م. أحمد.", "ثم انتهى."}},
      {"professor_doctor",
       "حاضر أ.د. سامح شكري أمس.",
       {"حاضر أ.د. سامح شكري أمس."}},
      {"initials_glued_by_points",
       "استجوبوا مسؤولين في بنوك اتش.اس.بي.سي وستاندرد. ثم غادروا.",
       {"استجوبوا مسؤولين في بنوك اتش.اس.بي.سي وستاندرد.", "ثم غادروا."}},
      {"missing_space_after_a_point_still_splits",
       "وصل الوزير إلى الرياض.وقال إن الزيارة ناجحة.",
       {"وصل الوزير إلى الرياض.", "وقال إن الزيارة ناجحة."}},
      {"year_marker_may_end_sentence",
       "ولد عام 1950 م. ثم هاجر.",
       {"ولد عام 1950 م.", "ثم هاجر."}},
      {"latin_abbreviations",
       "وصل Dr. Smith إلى U.S. أمس. وغادر Mr. Jones.",
       {"وصل Dr. Smith إلى U.S. أمس.", "وغادر Mr. Jones."}},
      {"decimal_numbers_do_not_split",
       "ارتفع المؤشر 3.5% إلى ٣٫٥ نقاط. ثم هبط.",
       {"ارتفع المؤشر 3.5% إلى ٣٫٥ نقاط.", "ثم هبط."}},
      {"url_dots_do_not_split",
       "زوروا www.sabq.org. شكرا.",
       {"زوروا www.sabq.org.", "شكرا."}},
      {"list_number",
       "1. البند الأول\n2. البند الثاني",
       {"1. البند الأول", "2. البند الثاني"}},
      {"closing_bracket_joins",
       "(وصل الوفد.) ثم بدأ الاجتماع.",
       {"(وصل الوفد.)", "ثم بدأ الاجتماع."}},
      {"no_terminal", "حماس مصر إسرائيل", {"حماس مصر إسرائيل"}},
      {"empty", "", {}},
  };
  return *cases;
}

class SplitCaseTest : public ::testing::TestWithParam<size_t> {};

TEST_P(SplitCaseTest, Sentences) {
  const SplitCase& c = Cases()[GetParam()];
  EXPECT_THAT(Split(c.input), ElementsAreArray(c.expected)) << c.name;
}

INSTANTIATE_TEST_SUITE_P(Cases, SplitCaseTest,
                         ::testing::Range<size_t>(0, Cases().size()),
                         [](const auto& info) {
                           return std::string(Cases()[info.param].name);
                         });

TEST(SentenceSplitterTest, CapBoundsLongLines) {
  std::string line;
  for (int i = 0; i < 20000; ++i) line += "حماس ";
  auto t = Tokenizer().Tokenize(line);
  ASSERT_TRUE(t.ok());
  const auto sentences = SplitSentences(*t, {.max_tokens_per_sentence = 512});
  ASSERT_FALSE(sentences.empty());
  uint32_t next = 0;
  for (const Sentence& s : sentences) {
    EXPECT_EQ(s.first_token, next);
    EXPECT_LE(s.end_token - s.first_token, 512u);
    EXPECT_GT(s.end_token, s.first_token);
    next = s.end_token;
  }
  EXPECT_EQ(next, t->tokens.size());
  EXPECT_EQ(sentences.size(), (20000u + 511) / 512);
}

TEST(SentenceSplitterTest, CapAlsoBoundsTerminalRuns) {
  const std::string line(5000, '!');  // 5000 "!" tokens, all terminal
  auto t = Tokenizer().Tokenize(line);
  ASSERT_TRUE(t.ok());
  for (const Sentence& s :
       SplitSentences(*t, {.max_tokens_per_sentence = 64})) {
    EXPECT_LE(s.end_token - s.first_token, 64u);
  }
}

TEST(SentenceSplitterTest, SentencesCoverAllTokensInOrder) {
  const std::string_view in =
      "وقال الرئيس الأميركي جو بايدن يوم السبت إن الولايات المتحدة مستعدة. "
      "«لن نتقاعس أبدا عن مساندتها». وأضاف: \"لإسرائيل الحق.\"\nالمصدر: سكاي";
  auto t = Tokenizer().Tokenize(in);
  ASSERT_TRUE(t.ok());
  const auto sentences = SplitSentences(*t);
  uint32_t next = 0;
  for (const Sentence& s : sentences) {
    EXPECT_EQ(s.first_token, next);
    EXPECT_EQ(s.span.begin, t->tokens[s.first_token].span.begin);
    EXPECT_EQ(s.span.end, t->tokens[s.end_token - 1].span.end);
    next = s.end_token;
  }
  EXPECT_EQ(next, t->tokens.size());
  EXPECT_EQ(sentences.size(), 4u);
}

}  // namespace
}  // namespace marsad
