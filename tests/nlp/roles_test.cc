#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlp/entities/nationality.h"
#include "nlp/extraction_test_util.h"
#include "nlp/ner/text_ops.h"

namespace marsad {
namespace {

struct RoleCase {
  const char* paragraph;
  const char* person;   // canonical name
  const char* title;    // expected role title
  const char* country;  // ISO code or ""
};

class RoleTest : public ::testing::TestWithParam<RoleCase> {};

TEST_P(RoleTest, FindsRoleAndCountry) {
  const RoleCase& c = GetParam();
  const std::string page = std::string("عنوان\n") + c.paragraph + "\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Entity* e = testing::FindEntity(articles[0], c.person);
  ASSERT_NE(e, nullptr) << c.person << " not found in «" << c.paragraph << "»";
  bool found = false;
  for (const EntityRole& r : e->roles) {
    found |= r.title == c.title && r.country == c.country;
    EXPECT_EQ(r.ref.span.Of(page), r.text);
  }
  EXPECT_TRUE(found) << c.person << ": no role «" << c.title << "» "
                     << c.country;
}

INSTANTIATE_TEST_SUITE_P(
    Roles, RoleTest,
    ::testing::Values(
        RoleCase{"وقال الرئيس الأميركي جو بايدن إن بلاده مستعدة.", "جو بايدن",
                 "الرئيس", "US"},
        RoleCase{"والتقى وزير الخارجية السعودي عادل الجبير نظيره في الرياض.",
                 "عادل الجبير", "وزير الخارجية", "SA"},
        RoleCase{"وأكد رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن الحرب "
                 "مستمرة.",
                 "بنيامين نتنياهو", "رئيس الوزراء", "IL"},
        RoleCase{"وقال المتحدث باسم الخارجية ماثيو ميلر إن الاتصالات "
                 "مستمرة.",
                 "ماثيو ميلر", "المتحدث باسم الخارجية", ""},
        // An adjunct («وبدعوة كريمة من …») ends the role after the name.
        RoleCase{"وجاء ذلك بتوجيه من الأمير محمد بن سلمان بن عبدالعزيز ولي ولي "
                 "العهد وزير الدفاع وبدعوة كريمة من سمو أمير منطقة الباحة.",
                 "محمد بن سلمان بن عبدالعزيز", "ولي ولي العهد وزير الدفاع", ""},
        // Offices stacked without «و», longer together than a role.
        RoleCase{
            "وصف سماحة مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة "
            "الدائمة للبحوث العلمية والإفتاء الشيخ عبدالعزيز بن عبدالله آل "
            "الشيخ الحادث بالإجرامي.",
            "عبدالعزيز بن عبدالله آل الشيخ",
            "مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة "
            "للبحوث العلمية والإفتاء",
            ""},
        // A person named before the body in the role ends its reach.
        RoleCase{"قدم رئيس نادي الهلال الأمير عبدالرحمن بن مساعد شكره لرئيس "
                 "الاتحاد ابراهيم البلوي بعد اتصاله.",
                 "ابراهيم البلوي", "رئيس الاتحاد", ""},
        // An office after «لـ» is the one the name holds; the words before
        // are another person's office.
        RoleCase{"وقال المتحدث الرسمي باسم المكتب الإعلامي لرئيس مجلس الوزراء "
                 "حيدر العبادي سعد الحديثي لـ\"الوطن\": إن الحكومة العراقية "
                 "ترفض القصف.",
                 "حيدر العبادي", "رئيس مجلس الوزراء", ""},
        // «الأمير» right before the name is his title, not the office's.
        RoleCase{"وأجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالا "
                 "هاتفيا مع نظيره الإيراني.",
                 "فيصل بن فرحان", "وزير الخارجية", "SA"},
        // Apposition after the name.
        RoleCase{"وصرح سامح شكري، وزير الخارجية المصري، بأن المحادثات "
                 "مثمرة.",
                 "سامح شكري", "وزير الخارجية", "EG"},
        // Apposition without a comma; the country named after the office.
        RoleCase{"أوضح الأمير خليفة بن سلمان آل خليفة رئيس الوزراء بمملكة "
                 "البحرين أن دول الخليج قدمت الكثير.",
                 "خليفة بن سلمان آل خليفة", "رئيس الوزراء", "BH"},
        // The office of a body just named, with its pronoun.
        RoleCase{"نظمت الغرفة التجارية في مكة حفلا بحضور أمينها العام "
                 "الدكتور عبدالله بن شاكر آل غالب.",
                 "عبدالله بن شاكر آل غالب", "أمينها العام", ""},
        // A second office joined by «و» after the first.
        RoleCase{"وقال الدكتور خالد مجاهد، مستشار وزيرة الصحة لشؤون الإعلام "
                 "والمتحدث الرسمي باسم الوزارة، في بيان، إن ٣٠٤ حالات خرجت من "
                 "مستشفيات العزل.",
                 "خالد مجاهد", "المتحدث الرسمي باسم الوزارة", ""},
        // An office runs on through «في» and the body it belongs to.
        RoleCase{"أعلن وزير الصحة العامة في حكومة تصريف الأعمال اللبنانية فراس "
                 "الأبيض، أمس الجمعة، ارتفاع عدد الإصابات إلى 220 إصابة.",
                 "فراس الأبيض", "وزير الصحة العامة في حكومة تصريف الأعمال",
                 "LB"},
        // An envoy's office runs on through «إلى» and where he is sent.
        RoleCase{"قال مبعوث الأمم المتحدة إلى الشرق الأوسط نيكولاي ملادينوف إن "
                 "الحل بعيد.",
                 "نيكولاي ملادينوف", "مبعوث الأمم المتحدة إلى الشرق الأوسط",
                 ""}));

// «إلى» right before a place does not make the place an office holder.
TEST(RoleTest, EnvoyDestinationIsNotTheHolder) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان\nونقلت وسائل إعلام لبنانية عن نائبة المبعوث الأميركي إلى الشرق "
      "الأوسط مورغان أورتاغوس قولها إن الحكومة يجب أن تتشكل.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Entity* place = testing::FindEntity(articles[0], "الشرق الأوسط");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->type, "LOC");
  ASSERT_FALSE(articles[0].quotes.empty());
  EXPECT_EQ(articles[0].quotes[0].speaker,
            testing::EntityIndex(articles[0], "مورغان أورتاغوس"));
}

// An office followed by another name is that name's, not the one before.
TEST(RoleTest, OfficeBeforeAnotherNameIsNotApposition) {
  const std::string page =
      "عنوان\nواستقبل الملك سلمان بن عبدالعزيز رئيس وزراء بريطانيا ديفيد "
      "كاميرون في الرياض.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Entity* e = testing::FindEntity(articles[0], "سلمان بن عبدالعزيز");
  ASSERT_NE(e, nullptr);
  for (const EntityRole& r : e->roles) EXPECT_NE(r.country, "GB") << r.text;
}

// «، ومدير …» after a name opens the next signatory's office: the office
// is not the first one's, and «وأوضح مدير …» later is the second person.
// («جامعتي الملك عبد العزيز» is one place, the king its namesake.)
TEST(RoleTest, OfficeJoinedByAndAfterACommaIsTheNextPersons) {
  const std::string page =
      "عنوان\nوقع المذكرتين نائب وزير الصحة للشؤون الصحية، الدكتور حمد "
      "الضويلع، ومدير جامعتي الملك عبد العزيز وجدة المكلف، الأستاذ الدكتور "
      "عبد الرحمن بن عبيد اليوبي. وأوضح مدير جامعتي الملك عبد العزيز وجدة "
      "المكلف أن المذكرتين تأتيان بتوجيهات سديدة.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* first = testing::FindEntity(a, "حمد الضويلع");
  ASSERT_NE(first, nullptr);
  for (const EntityRole& r : first->roles) {
    EXPECT_FALSE(r.title.starts_with("مدير")) << r.text;
  }
  EXPECT_EQ(testing::FindEntity(a, "عبد العزيز"), nullptr);
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker,
            testing::EntityIndex(a, "عبد الرحمن بن عبيد اليوبي"));
}

// «وتعيين يوسف البنيان وزيراً للتعليم»: an appointment gives the office as
// it is named elsewhere («وزير التعليم الجديد»), and the office of the
// person appointed before him is not the next person's.
TEST(RoleTest, AppointmentGivesTheOffice) {
  const std::string page =
      "عنوان\nصدرت أوامر ملكية بتعيين الأمير محمد بن سلمان رئيساً لمجلس "
      "الوزراء والأمير خالد بن سلمان وزيراً للدفاع، وتعيين يوسف بن عبدالله "
      "البنيان وزيراً للتعليم خلفاً لحمد آل الشيخ. وقال وزير التعليم الجديد "
      "إن الثقة الملكية مسؤولية كبيرة.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* minister = testing::FindEntity(a, "يوسف بن عبدالله البنيان");
  ASSERT_NE(minister, nullptr);
  bool education = false;
  for (const EntityRole& r : minister->roles) {
    education |= r.title == "وزير التعليم";
    EXPECT_EQ(r.ref.span.Of(page), r.text);
  }
  EXPECT_TRUE(education);
  const Entity* khalid = testing::FindEntity(a, "خالد بن سلمان");
  ASSERT_NE(khalid, nullptr);
  for (const EntityRole& r : khalid->roles) {
    EXPECT_FALSE(r.title.starts_with("رئيس")) << r.title;
  }
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker,
            testing::EntityIndex(a, "يوسف بن عبدالله البنيان"));
}

// «هنأ X نظيره التركي»: the counterpart after the name is the object, not
// X's office; «وأضاف الرئيس التركي» later is not X.
TEST(RoleTest, CounterpartRightAfterANameIsTheObject) {
  const std::string page =
      "عنوان\nقال الرئيس رجب طيب أردوغان إن الفائز هو تركيا. وهنأ الرئيس "
      "الإيراني إبراهيم رئيسي نظيره التركي في اتصال هاتفي.\nوأضاف الرئيس "
      "التركي: \"سنعمل على إعادة الإعمار\".\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* raisi = testing::FindEntity(a, "إبراهيم رئيسي");
  ASSERT_NE(raisi, nullptr);
  for (const EntityRole& r : raisi->roles) EXPECT_NE(r.country, "TR") << r.text;
  ASSERT_FALSE(a.quotes.empty());
  EXPECT_EQ(a.quotes.back().speaker,
            testing::EntityIndex(a, "رجب طيب أردوغان"));
}

TEST(NationalityTest, AdjectivesNameCountries) {
  struct Case {
    const char* word;
    const char* code;
  } cases[] = {{"الأميركي", "US"},   {"الأمريكية", "US"},   {"المصري", "EG"},
               {"والسعوديين", "SA"}, {"الإسرائيلية", "IL"}, {"للمصريين", "EG"},
               {"الخليجي", "GCC"}};
  for (const Case& c : cases) {
    const nlp::Country* country =
        nlp::FindNationality(ner::NormalizeWord(c.word));
    ASSERT_NE(country, nullptr) << c.word;
    EXPECT_STREQ(country->code, c.code) << c.word;
  }
  for (const char* not_nisba : {"المالية", "الرئيس", "عربة", "مصر"}) {
    EXPECT_EQ(nlp::FindNationality(ner::NormalizeWord(not_nisba)), nullptr)
        << not_nisba;
  }
}

}  // namespace
}  // namespace marsad
