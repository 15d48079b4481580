// Who met, called or talked with whom: cue forms beyond the seed page.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlp/extraction_test_util.h"

namespace marsad {
namespace {

struct InteractionCase {
  const char* paragraph;
  const char* kind;
  const char* tense;
  const char* first;  // participants, in order
  const char* second;
  bool phone;
};

class InteractionTest : public ::testing::TestWithParam<InteractionCase> {};

TEST_P(InteractionTest, FindsThePairAndTheKind) {
  const InteractionCase& c = GetParam();
  const std::string page =
      std::string("عنوان الخبر\nتاريخ النشر: 8 أكتوبر 2023\n") + c.paragraph +
      "\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.interactions.size(), 1u) << c.paragraph;
  const Interaction& in = a.interactions[0];
  EXPECT_EQ(in.kind, c.kind);
  EXPECT_EQ(in.tense, c.tense);
  EXPECT_EQ(in.channel == "phone", c.phone);
  ASSERT_EQ(in.participants.size(), 2u);
  EXPECT_EQ(in.participants[0], testing::EntityIndex(a, c.first));
  EXPECT_EQ(in.participants[1], testing::EntityIndex(a, c.second));
}

INSTANTIATE_TEST_SUITE_P(
    Forms, InteractionTest,
    ::testing::Values(
        // A transitive cue with place and time before the partner.
        // A title between the role and the name («الأمير»), and a family
        // name the tagger dropped after a role and nationality.
        InteractionCase{"وبحث وزير الخارجية السعودي الأمير فيصل بن فرحان مع "
                        "نظيره الأميركي أنتوني بلينكن التطورات في غزة.",
                        "talks", "happened", "فيصل بن فرحان", "أنتوني بلينكن",
                        false},
        InteractionCase{"وبحث ولي العهد السعودي الأمير محمد بن سلمان مع الرئيس "
                        "الإيراني إبراهيم رئيسي التطورات.",
                        "talks", "happened", "محمد بن سلمان", "إبراهيم رئيسي",
                        false},
        InteractionCase{"والتقى وزير الخارجية عادل الجبير في الرياض اليوم وزير "
                        "الخارجية البريطاني فيليب هاموند.",
                        "meeting", "happened", "عادل الجبير", "فيليب هاموند",
                        false},
        InteractionCase{"ويلتقي الرئيس المصري عبدالفتاح السيسي الأسبوع المقبل "
                        "العاهل الأردني الملك عبدالله الثاني في عمان.",
                        "meeting", "planned", "عبدالفتاح السيسي",
                        "عبدالله الثاني", false},
        // «تلقى … اتصالا هاتفيا من X»: the caller after «من».
        InteractionCase{"وتلقى الملك سلمان بن عبدالعزيز اتصالا هاتفيا من "
                        "الرئيس الأمريكي باراك أوباما.",
                        "call", "happened", "سلمان بن عبدالعزيز",
                        "باراك أوباما", true}));

}  // namespace
}  // namespace marsad
