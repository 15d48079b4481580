#include "ingest/tag_grouper.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace marsad {
namespace {

struct GroupCase {
  std::vector<std::string> evidence;
  std::string tag_line;
  std::vector<std::string> tags;
};

TEST(TagGrouperTest, JoinsOnlyWhereTheTextHasTheWordsTogether) {
  const GroupCase cases[] = {
      {{"وقال الرئيس الأميركي جو بايدن يوم السبت"},
       "جو بايدن حماس جو بايدن",
       {"جو بايدن", "حماس"}},
      // «شرق أوسط» is evidenced by «الشرق الأوسط» (article-insensitive).
      {{"غيرت وجه الشرق الأوسط"}, "فلسطين شرق أوسط", {"فلسطين", "شرق أوسط"}},
      // Repetition in the tag line alone is no evidence.
      {{"لا شيء هنا"}, "بلينكن حماس بلينكن حماس", {"بلينكن", "حماس"}},
      // Words separated by punctuation in the text are not joined.
      {{"في مصر، إسرائيل"}, "مصر إسرائيل", {"مصر", "إسرائيل"}},
      // Clitics do not block matching: «والسعودية» evidences nothing extra,
      // «بنيامين نتانياهو» with a conjunction still counts.
      {{"وبنيامين نتانياهو قال"}, "بنيامين نتانياهو", {"بنيامين نتانياهو"}},
      // Separators make the line self-delimiting.
      {{}, "الزراعة، قروض ميسرة، الزراعة", {"الزراعة", "قروض ميسرة"}},
      {{}, "#غزة #حماس", {"غزة", "حماس"}},
      {{}, "", {}},
  };
  Tokenizer tokenizer;
  Stemmer stemmer;
  for (const GroupCase& c : cases) {
    TagGrouper grouper(&tokenizer, &stemmer);
    for (const std::string& e : c.evidence) grouper.AddEvidence(e);
    EXPECT_EQ(grouper.Group(c.tag_line), c.tags) << c.tag_line;
  }
}

}  // namespace
}  // namespace marsad
