// One entity across the articles of a page: a related article's spellings
// take the main article's keys, and an ambiguous short name links nothing.
#include "nlp/entities/page_linker.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlp/extraction_test_util.h"

namespace marsad {
namespace {

const Entity* ByName(const Article& a, std::string_view name) {
  return testing::FindEntity(a, name);
}

TEST(PageLinkerTest, RelatedArticleSpellingsJoinTheMainArticle) {
  const std::string page =
      "زيلينسكي يطلب المزيد من الدعم\n"
      "تاريخ النشر: 12 مارس 2024\n"
      "وقال الرئيس الأوكراني فولوديمير زيلينسكي إن بلاده تحتاج إلى الدفاعات "
      "الجوية، وأضاف زيلينسكي أن الوضع صعب.\n"
      "والتقى المستشار الألماني أولاف شولتس بنظيره الفرنسي في برلين.\n"
      "إقرأ أيضاً:\n"
      "شولتز يعد كييف بالدعم\n"
      "14th, February 2023 GMT\n"
      "قال المستشار الألماني أولاف شولتز إن بلاده ستواصل دعم أوكرانيا، فيما "
      "قال الرئيس فلوديمير زيلينسكي إنه ممتن.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 2u);
  const Entity* zel = ByName(articles[0], "فولوديمير زيلينسكي");
  const Entity* zel2 = ByName(articles[1], "فلوديمير زيلينسكي");
  const Entity* scholz = ByName(articles[0], "أولاف شولتس");
  const Entity* scholz2 = ByName(articles[1], "أولاف شولتز");
  ASSERT_NE(zel, nullptr);
  ASSERT_NE(zel2, nullptr);
  ASSERT_NE(scholz, nullptr);
  ASSERT_NE(scholz2, nullptr);
  EXPECT_EQ(zel2->key, zel->key);
  EXPECT_EQ(scholz2->key, scholz->key);
  EXPECT_NE(zel->key, scholz->key);
  // Each article keeps its own spelling as the name.
  EXPECT_EQ(zel2->name, "فلوديمير زيلينسكي");
}

// «جماعة أنصار الله» in the main article and «الحوثيين» in the related
// one: names of one body in the table of known aliases.
TEST(PageLinkerTest, TabledAliasesAcrossArticles) {
  const std::string page =
      "ضربة جديدة على اليمن\n"
      "تاريخ النشر: 12 يناير 2024\n"
      "وقال المتحدث العسكري باسم جماعة أنصار الله يحيى سريع إن الرد قادم.\n"
      "إقرأ أيضاً:\n"
      "الحوثيون يستهدفون سفينة\n"
      "14th, December 2023 GMT\n"
      "أعلن الحوثيين استهداف سفينة تجارية في البحر الأحمر، وقال المتحدث "
      "باسم الحوثيين إن العملية ناجحة.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 2u);
  const Entity* ansar = ByName(articles[0], "أنصار الله");
  const Entity* houthis = ByName(articles[1], "الحوثيين");
  ASSERT_NE(ansar, nullptr);
  ASSERT_NE(houthis, nullptr);
  EXPECT_EQ(houthis->key, ansar->key);
}

// «المملكة» in a related article that names no kingdom is the one kingdom
// of the main article.
TEST(PageLinkerTest, TheKingdomOfTheMainArticle) {
  const std::string page =
      "زلزال المغرب: ارتفاع الحصيلة\n"
      "تاريخ النشر: 10 سبتمبر 2023\n"
      "أعلنت السلطات في المغرب ارتفاع حصيلة الزلزال، وقال وزير الداخلية إن "
      "فرق الإنقاذ تعمل.\n"
      "إقرأ أيضاً:\n"
      "إسبانيا ترسل فرق إنقاذ\n"
      "9th, September 2023 GMT\n"
      "قالت الحكومة الإسبانية إنها أرسلت فرقا إلى المملكة لمساعدة "
      "المتضررين.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 2u);
  const Entity* morocco = ByName(articles[0], "المغرب");
  const Entity* kingdom = ByName(articles[1], "المملكة");
  ASSERT_NE(morocco, nullptr);
  ASSERT_NE(kingdom, nullptr);
  EXPECT_EQ(kingdom->key, morocco->key);
}

// An outlet with the preposition the tagger kept («لشفق نيوز») and a land
// named without its kind («كردستان» for «إقليم كوردستان») are the main
// article's entities; within the main article too.
TEST(PageLinkerTest, OutletWithItsPrepositionAndLandWithoutItsKind) {
  const std::string page =
      "أربيل تستقبل وفدا من بغداد\n"
      "تاريخ النشر: 12 مارس 2024\n"
      "وقال المتحدث باسم حكومة إقليم كوردستان بيشوا هوراماني لوكالة شفق نيوز "
      "إن الوفد سيصل إلى أربيل، وأضاف أن إقليم كوردستان ملتزم بالاتفاق وأن "
      "موظفي كردستان سيتسلمون رواتبهم.\n"
      "إقرأ أيضاً:\n"
      "بغداد وأربيل تتفقان على الرواتب\n"
      "14th, February 2023 GMT\n"
      "قال مسؤول في وزارة المالية لشفق نيوز إن رواتب موظفي كردستان ستصرف "
      "الأسبوع المقبل.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 2u);
  const Entity* region = ByName(articles[0], "إقليم كوردستان");
  const Entity* region2 = ByName(articles[1], "كردستان");
  const Entity* outlet = ByName(articles[0], "شفق نيوز");
  ASSERT_NE(region, nullptr);
  ASSERT_NE(region2, nullptr);
  ASSERT_NE(outlet, nullptr);
  EXPECT_EQ(region2->key, region->key);
  const Entity* outlet2 = nullptr;
  for (const Entity& e : articles[1].canonical) {
    if (e.type == "ORG" && e.name.find("شفق") != std::string::npos) {
      outlet2 = &e;
    }
  }
  ASSERT_NE(outlet2, nullptr);
  EXPECT_EQ(outlet2->key, outlet->key);
  // «كردستان» of the main article is the region, not an entity of its own.
  EXPECT_EQ(ByName(articles[0], "كردستان"), nullptr);
}

Article WithPeople(std::vector<std::string> names) {
  Article a;
  for (std::string& n : names) {
    Entity e;
    e.type = "PER";
    e.key = "PER:" + n;
    e.name = n;
    e.variants = {n};
    a.canonical.push_back(std::move(e));
  }
  return a;
}

TEST(PageLinkerTest, AmbiguousShortNameLinksNothing) {
  std::vector<Article> page = {WithPeople({"ميشال عون", "جوزيف عون"}),
                               WithPeople({"عون", "نجيب ميقاتي"})};
  const std::string before = page[1].canonical[0].key;
  nlp::LinkPageEntities(nlp::NameMatcher(), &page);
  EXPECT_EQ(page[1].canonical[0].key, before);
}

// «نواف الأحمد الجابر الصباح», also «الصباح» alone in the main article,
// is not his brother «صباح الأحمد الجابر الصباح» of the related one.
TEST(PageLinkerTest, FamilyNameAloneJoinsNoOtherGivenName) {
  std::vector<Article> page = {
      WithPeople({"نواف الأحمد الجابر الصباح"}),
      WithPeople({"صباح الأحمد الجابر الصباح", "نواف الأحمد"})};
  page[0].canonical[0].variants.push_back("الصباح");
  const std::string before = page[1].canonical[0].key;
  nlp::LinkPageEntities(nlp::NameMatcher(), &page);
  EXPECT_EQ(page[1].canonical[0].key, before);
  EXPECT_EQ(page[1].canonical[1].key, page[0].canonical[0].key);
}

// «عون» alone in both articles: «جوزاف عون» of the main article and
// «ميشال عون» of the related one are two of one family, not one man. A
// span run on past the family name («أردوغان أنصاره») still joins.
TEST(PageLinkerTest, OneFamilyNameTwoGivenNames) {
  std::vector<Article> page = {WithPeople({"جوزاف عون", "رجب طيب أردوغان"}),
                               WithPeople({"ميشال عون", "أردوغان أنصاره"})};
  page[0].canonical[0].variants.push_back("عون");
  page[0].canonical[1].variants.push_back("أردوغان");
  page[1].canonical[0].variants.push_back("عون");
  page[1].canonical[1].variants.push_back("أردوغان");
  const std::string before = page[1].canonical[0].key;
  nlp::LinkPageEntities(nlp::NameMatcher(), &page);
  EXPECT_EQ(page[1].canonical[0].key, before);
  EXPECT_EQ(page[1].canonical[1].key, page[0].canonical[1].key);
}

TEST(PageLinkerTest, PartOfANameForPersonsOnlyAndSameType) {
  std::vector<Article> page = {WithPeople({"ميشال عون"}), WithPeople({"عون"})};
  Entity body;
  body.type = "ORG";
  body.key = "ORG:الاتحاد الاوروبي";
  body.name = "الاتحاد الأوروبي";
  page[0].canonical.push_back(body);
  Entity club = body;
  club.key = "ORG:الاتحاد";
  club.name = "الاتحاد";
  page[1].canonical.push_back(club);
  Entity place = page[1].canonical[0];
  place.type = "LOC";
  place.key = "LOC:عون";
  page[1].canonical.push_back(place);
  nlp::LinkPageEntities(nlp::NameMatcher(), &page);
  EXPECT_EQ(page[1].canonical[0].key, page[0].canonical[0].key);
  EXPECT_EQ(page[1].canonical[1].key, "ORG:الاتحاد");
  EXPECT_EQ(page[1].canonical[2].key, "LOC:عون");
}

// «"إنفيديا"» in a related item's title and «انضمت إنفيديا» in its text:
// the tagger reads one a body and one a person, a tie; the main article
// names the body, so the related entity is that body.
TEST(PageLinkerTest, TiedTypeTakesTheMainArticlesBody) {
  const std::string page =
      "\"إنفيديا\" تتجاوز \"مايكروسوفت\" لتصبح الشركة الأعلى قيمة في "
      "العالم\n"
      "تاريخ النشر: 19 يونيو 2024\n"
      "أصبحت إنفيديا (Nvidia) الشركة الأعلى قيمة في العالم، بعدما ارتفع "
      "سهمها 3.5% بنهاية جلسة أمس الثلاثاء، متجاوزة مايكروسوفت وأبل.\n"
      "اقرأ أيضاً:\n"
      "\"إنفيديا\" تنضم إلى نادي التريليون دولار\n"
      "30 مايو 2023\n"
      "انضمت إنفيديا إلى نادي الشركات التي تتجاوز قيمتها السوقية تريليون "
      "دولار، بعدما قفز سهمها 4% في تعاملات اليوم الثلاثاء.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 2u);
  const Entity* main = ByName(articles[0], "إنفيديا");
  const Entity* related = ByName(articles[1], "إنفيديا");
  ASSERT_NE(main, nullptr);
  ASSERT_NE(related, nullptr);
  EXPECT_EQ(related->key, main->key);
  EXPECT_EQ(related->type, main->type);
}

}  // namespace
}  // namespace marsad
