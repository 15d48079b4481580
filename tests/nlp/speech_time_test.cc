// Relative days inside a quotation count from the day it was said, when its
// attribution names that day; the writer's own days and days near a source
// attribution («بحسب») stay on the publication date.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "marsad/article.h"
#include "nlp/extraction_test_util.h"

namespace marsad {
namespace {

struct SpeechTimeCase {
  const char* name;
  const char* body;  // paragraphs after the title and the date line
  const char* day;   // the day expression to look up (its first match)
  const char* want;  // its ISO value
};

class SpeechTimeTest : public ::testing::TestWithParam<SpeechTimeCase> {};

TEST_P(SpeechTimeTest, ResolvesQuotedDays) {
  const SpeechTimeCase& c = GetParam();
  // 19 September 2024 is a Thursday.
  const std::string page =
      std::string("عنوان الخبر\nتاريخ النشر: 19 سبتمبر 2024\n") + c.body + "\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  for (const TimeExpression& t : a.dates) {
    if (t.text != c.day) continue;
    ASSERT_TRUE(t.value.has_value()) << c.name;
    EXPECT_EQ(t.value->ToIso(), c.want) << c.name;
    return;
  }
  ADD_FAILURE() << c.name << ": no day «" << c.day << "»";
}

INSTANTIATE_TEST_SUITE_P(
    Quotes, SpeechTimeTest,
    ::testing::Values(
        SpeechTimeCase{
            "direct quote dated by its attribution",
            "وكان رئيس الاحتياطي الفيدرالي جيروم باول قد قال في مؤتمر صحفي "
            "يوم الأربعاء: \"الاقتصاد الأمريكي في وضع جيد، وقرارنا اليوم "
            "يهدف إلى إبقائه كذلك\".",
            "اليوم", "2024-09-18"},
        SpeechTimeCase{
            "a quotation with no day of its own, after yesterday's event",
            "أعلن الجيش السوداني، أمس الأربعاء، استعادة السيطرة على مدينة ود "
            "مدني.\nوقال المتحدث باسم القوات المسلحة في بيان: \"دخلت قواتنا "
            "صباح اليوم مدينة ود مدني\".",
            "اليوم", "2024-09-18"},
        SpeechTimeCase{"a quotation after an event of today stays today",
                       "أعلن الجيش السوداني، اليوم الخميس، استعادة السيطرة على "
                       "المدينة.\nوقال المتحدث في بيان: \"دخلت قواتنا صباح "
                       "اليوم المدينة\".",
                       "اليوم", "2024-09-19"},
        SpeechTimeCase{"colon speech said last night",
                       "وقال المدرب في المؤتمر الصحفي مساء أمس: سنلعب غداً "
                       "أمام جماهيرنا ونحن جاهزون للفوز.",
                       "غداً", "2024-09-19"},
        SpeechTimeCase{"quoted words of a mixed quote",
                       "وكتب رئيس الحكومة يوسف الشاهد مساء أمس على صفحته أن "
                       "\"تونس انتصرت اليوم بديمقراطيتها\".",
                       "اليوم", "2024-09-18"},
        SpeechTimeCase{"the writer's own day in indirect speech",
                       "وقال الوزير أحمد سالم أمس إن الحكومة ستجتمع اليوم "
                       "لبحث الأزمة.",
                       "اليوم", "2024-09-19"},
        SpeechTimeCase{"a day near «بحسب» dates the event, not the statement",
                       "وحطت أمس طائرتان محملتان بالمساعدات، وبحسب مصدر في "
                       "إدارة المطار فإن «ثلاث طائرات أخرى يُنتظر وصولها "
                       "اليوم».",
                       "اليوم", "2024-09-19"},
        SpeechTimeCase{"«وأضاف» goes on with the day of the statement before",
                       "وقال رئيس الحكومة عبد الحميد الدبيبة أمس إن «ما حدث "
                       "كارثة». وأضاف الدبيبة: «أرسلنا طائرة أولى، وسنرسل غدا "
                       "طائرة ثانية».",
                       "غدا", "2024-09-19"},
        SpeechTimeCase{"a quote with no day of its own",
                       "وقال وزير الخارجية أحمد سالم: \"نبدأ اليوم مرحلة "
                       "جديدة\".",
                       "اليوم", "2024-09-19"}),
    [](const ::testing::TestParamInfo<SpeechTimeCase>& info) {
      return "Case" + std::to_string(info.index);
    });

}  // namespace
}  // namespace marsad
