// Mentions after the tagger: proclitics outside the span when the article
// names the entity bare elsewhere, and one entity for one name.
#include <algorithm>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/strings.h"
#include "gtest/gtest.h"
#include "nlp/entities/entity_linker.h"
#include "nlp/extraction_test_util.h"
#include "nlp/ner/text_ops.h"

namespace marsad {
namespace {

TEST(MentionTest, ProcliticOfANameGivenBareIsOutsideTheSpan) {
  const std::string page =
      "عنوان الخبر\n"
      "وزار الوزير بريطانيا ثم توجه لفرنسا ولألمانيا، وقال إن فرنسا "
      "وألمانيا شريكان.\n"
      "ووصل الوفد لواشنطن أمس، وكانت واشنطن قد رحبت بالزيارة.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  int washington = 0;
  for (const EntityMention& m : a.entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    EXPECT_FALSE(m.text.starts_with("ل")) << m.text;
    washington += m.text == "واشنطن";
  }
  EXPECT_EQ(washington, 2);
  // Every mention of the name is one entity.
  int32_t entity = -2;
  for (const EntityMention& m : a.entities) {
    if (m.text != "واشنطن") continue;
    if (entity == -2) entity = m.entity;
    EXPECT_EQ(m.entity, entity);
  }
}

// A mention neither starts nor ends with punctuation or a quotation mark:
// the headline «الاتحاد .. «العاشرة» بين 3» names «الاتحاد», not «الاتحاد ..».
TEST(MentionTest, NoMarksAtTheEdges) {
  const std::string page =
      "الاتحاد .. «العاشرة» بين 3\n"
      "وقال رئيس نادي الاتحاد إن العرض جاهز، وإن «الهلال» يريد اللاعب.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  bool club = false;
  for (const EntityMention& m : articles[0].entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    for (std::string_view mark : {".", "«", "»", "\"", "،"}) {
      EXPECT_FALSE(m.text.starts_with(mark)) << m.text;
      EXPECT_FALSE(m.text.ends_with(mark)) << m.text;
    }
    club |= m.text == "الاتحاد" && m.ref.span.begin == 0;
  }
  EXPECT_TRUE(club);
}

// A body by one word of its name: «الهلال» after «رابطة جماهير الهلال» is
// still the club, not the fans' association named after it.
TEST(MentionTest, OneWordNamesTheBodyNotOneNamedAfterIt) {
  const std::string page =
      "عنوان الخبر\n"
      "وتوج الهلال بلقب دوري أبطال آسيا للمرة الثالثة.\n"
      "وتعود بعثة الفريق إلى الرياض مساء اليوم، حيث تنظم رابطة جماهير الهلال "
      "استقبالا شعبيا في مطار الملك خالد الدولي.\n"
      "وقال رئيس نادي الهلال فهد بن نافل إن الهلال سيستعد لكأس العالم "
      "للأندية.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t club = testing::EntityIndex(a, "الهلال");
  const int32_t fans = testing::EntityIndex(a, "رابطة جماهير الهلال");
  ASSERT_GE(club, 0);
  ASSERT_GE(fans, 0);
  int club_mentions = 0;
  for (const EntityMention& m : a.entities) {
    if (m.text == "الهلال") {
      EXPECT_EQ(m.entity, club);
      ++club_mentions;
    }
  }
  EXPECT_EQ(club_mentions, 2);
}

// Two proclitics («ولنادي»), or a name whose bare form is itself written
// with a clitic the tagger left out («وريمي كابيلا» … «لريمي كابيلا»).
TEST(MentionTest, StackedProcliticsAndNamesSeenAfterTheirClitic) {
  const std::string page =
      "عنوان الخبر\n"
      "وقال رئيس نادي الهلال إن الفريق جاهز، وقدم الشكر للوطن ولنادي الهلال "
      "بالذات.\n"
      "وغاب اللاعبان بول دوميت وريمي كابيلا عن التدريب، وقال المدرب إن الحال "
      "نفسه بالنسبة لريمي كابيلا.\n"
      "ومنح المدرب كريستيان جروس اللاعبين الراحة، والفوز يمنح الثقة لجروس.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  for (const EntityMention& m : articles[0].entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    EXPECT_FALSE(m.text.starts_with("ل")) << m.text;
    EXPECT_FALSE(m.text.starts_with("و")) << m.text;
  }
}

// «حامد رافع» tagged without «الخيالي», which the article uses alone as the
// subject of «وأوضح» and «وأشار»: one person with the full name.
TEST(MentionTest, FamilyNameUsedAloneAsASubjectCompletesTheName) {
  const std::string page =
      "عنوان الخبر\n"
      "وقال حامد رافع الخيالي عميد بلدية مدينة سبها إن الاشتباكات تفجرت "
      "قبل أربعة أيام.\n"
      "وأوضح الخيالي أن عشرات القتلى سقطوا. وأشار الخيالي إلى أن المحادثات "
      "فشلت.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t who = testing::EntityIndex(a, "حامد رافع الخيالي");
  ASSERT_GE(who, 0);
  ASSERT_EQ(a.quotes.size(), 3u);
  for (const Quote& q : a.quotes) EXPECT_EQ(q.speaker, who) << q.text;
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

int32_t EntityOfMention(const Article& a, std::string_view text) {
  for (const EntityMention& m : a.entities) {
    if (m.text == text) return m.entity;
  }
  return -2;
}

TEST(MentionTest, NameInParenthesesOrQuotesIsAnAlias) {
  const std::string page =
      "عنوان الخبر\n"
      "وقرر الاتحاد الدولي لكرة القدم (فيفا) إيقاف اللاعب، وقال فيفا في "
      "بيان إن القرار نهائي.\n"
      "وفاز نادي العين (الإمارات) على الهلال.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t fifa = EntityOfMention(a, "فيفا");
  ASSERT_GE(fifa, 0);
  EXPECT_EQ(EntityOfMention(a, "الاتحاد الدولي لكرة القدم"), fifa);
  // A country in parentheses after a club is where it plays, not its alias.
  const int32_t uae = EntityOfMention(a, "الإمارات");
  ASSERT_GE(uae, 0);
  EXPECT_NE(EntityOfMention(a, "العين"), uae);
}

// A body in quotation marks right after a place is what is there, not the
// place's other name: Egypt stays apart from Eni's Egyptian company.
TEST(MentionTest, BodyInQuotesAfterAPlaceIsNoAlias) {
  const std::string page =
      "اكتشاف الغاز في مصر\n"
      "قالت وزارة البترول المصرية أمس إن شركة إيني الإيطالية حققت كشفا في "
      "مصر. وتمتلك \"إيني\" من خلال شركتها في مصر \"أيوك إيني\" 75 في "
      "المائة.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t egypt = EntityOfMention(a, "مصر");
  ASSERT_GE(egypt, 0);
  EXPECT_NE(EntityOfMention(a, "أيوك إيني"), egypt);
  EXPECT_NE(EntityOfMention(a, "إيني"), egypt);
}

// «لقوات سوريا الديمقراطية» starts after its «لـ», and «قسد», which the
// table gives to that body, is the body even where tagged as a person.
TEST(MentionTest, BodyAfterItsLamAndItsTabledAcronym) {
  const std::string page =
      "عنوان الخبر\n"
      "أعلن القائد العام لقوات سوريا الديمقراطية (قسد)، مظلوم عبدي، أن "
      "قواته ستقاوم حتى النهاية. وقال المتحدث باسم \"قسد\" مصطفى بالي إن "
      "المعارك مستمرة، فيما أكدت مصادر أن قيادات من \"قسد\" تفاوض "
      "الحكومة.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t sdf = EntityOfMention(a, "قوات سوريا الديمقراطية");
  ASSERT_GE(sdf, 0);
  EXPECT_EQ(EntityOfMention(a, "قسد"), sdf);
  EXPECT_EQ(a.canonical[sdf].type, "ORG");
}

// «مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية» is a body named after a
// man, and «"مسك الخيرية"» right after it, named again, is its short name:
// one body. The speech a doctor gave («وألقت الدكتوره …», ة typed as ه)
// makes her the speaker of the bare «وأوضحت» that follows.
TEST(MentionTest, BodyNamedAfterAPersonAndItsQuotedShortName) {
  const std::string page =
      "عنوان الخبر\n"
      "احتفت مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية \"مسك الخيرية\" "
      "في بوسطن بإتمام 30 طالبا لبرنامج إعداد القادة. وقد قامت \"مسك "
      "الخيرية\" بتأسيس هذا البرنامج منذ عامين.\n"
      "وألقت الدكتوره ساندرا ندف عميدة الدراسات الصيفية كلمة عبرت فيها عن "
      "شكرها للأمير محمد بن سلمان لتحقيق الشراكة مع مسك الخيرية.\n"
      "وأوضحت أن الدراسة الصيفية تحقق عديدا من الأهداف.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t misk =
      EntityOfMention(a, "مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية");
  ASSERT_GE(misk, 0);
  EXPECT_EQ(a.canonical[misk].type, "ORG");
  EXPECT_EQ(EntityOfMention(a, "مسك الخيرية"), misk);
  ASSERT_FALSE(a.quotes.empty());
  const int32_t ndf = EntityOfMention(a, "ساندرا ندف");
  ASSERT_GE(ndf, 0);
  EXPECT_EQ(a.quotes.back().speaker, ndf) << a.quotes.back().speaker_text;
}

// «علي» with ya, where the page writes the preposition «على» with alif
// maqsura, is the given name of the office holder who speaks.
TEST(MentionTest, AliWithYaAfterAnOfficeIsAName) {
  const std::string page =
      "عنوان الخبر\n"
      "وقال رئيس الشؤون الدينية التركية علي أرباش على المنبر إن الأبواب "
      "مفتوحة.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t arbas = EntityOfMention(a, "علي أرباش");
  ASSERT_GE(arbas, 0);
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, arbas);
}

// «مؤسس هواوى رن تشنغ فى» tagged as one person: the first word, a body
// the article names alone elsewhere, is that body.
TEST(MentionTest, BodyNamedBeforeItsFoundersName) {
  const std::string page =
      "جوجل توقف التعامل مع هواوى\n"
      "أعلنت شركة جوجل الأمريكية تعليق أعمالها مع شركة هواوى الصينية. "
      "وقالت هواوى فى بيان إنها ستواصل تقديم التحديثات.\n"
      "وكان مؤسس هواوى رن تشنغ فى قد قال فى تصريحات يوم السبت إن شركته "
      "مستعدة لهذا السيناريو.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t huawei = EntityOfMention(a, "هواوى");
  ASSERT_GE(huawei, 0);
  EXPECT_EQ(EntityOfMention(a, "هواوى رن تشنغ"), -2);
  EXPECT_EQ(a.canonical[huawei].mentions.size(), 4u);
}

// North and South Korea are two countries, not one «كوريا».
TEST(MentionTest, TheTwoKoreasAreTwoCountries) {
  const std::string page =
      "عنوان الخبر\n"
      "أطلقت كوريا الشمالية صاروخا نحو كوريا الجنوبية. وقالت كوريا "
      "الجنوبية إن الصاروخ سقط في البحر.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t north = EntityOfMention(a, "كوريا الشمالية");
  const int32_t south = EntityOfMention(a, "كوريا الجنوبية");
  ASSERT_GE(north, 0);
  ASSERT_GE(south, 0);
  EXPECT_NE(north, south);
  EXPECT_EQ(a.canonical[north].country, "KP");
  EXPECT_EQ(a.canonical[south].country, "KR");
}

// «، المعروف (سابقا) بـ"…"» names the same person; the alias is not the
// canonical name.
TEST(MentionTest, NameItIsKnownByIsAnAlias) {
  const std::string page =
      "عنوان الخبر\n"
      "التقى بوغدانوف في دمشق قائد الإدارة السورية الجديدة أحمد الشرع، "
      "المعروف سابقا بـ\"أبي محمد الجولاني\"، في أول زيارة. وقال الجولاني "
      "إن روسيا شريك.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t sharaa = EntityOfMention(a, "أحمد الشرع");
  ASSERT_GE(sharaa, 0);
  EXPECT_EQ(EntityOfMention(a, "أبي محمد الجولاني"), sharaa);
  EXPECT_EQ(EntityOfMention(a, "الجولاني"), sharaa);
  EXPECT_EQ(a.canonical[sharaa].name, "أحمد الشرع");
}

// «عرفت نفسها باسم لينا»: the word after «نفسها باسم» is a person's name
// (the tagger cut it «ل + ينا»), here and where the text uses it again, so
// «لينا» speaks; «سنعلن عن اسمه مباشرة» names no one.
TEST(MentionTest, NameGivenAsANameIsAPerson) {
  const std::string page =
      "عنوان الخبر\n"
      "قالت داعشية منشقة عن التنظيم عرفت نفسها باسم لينا تبلغ من العمر 27 "
      "عامًا إن البغدادي قطع رأس إحدى النساء. وقالت لينا إن الخوف كبير.\n"
      "وقال المدرب إن اللاعب الجديد سيصل، وسنعلن عن اسمه مباشرة.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  int lina = 0;
  for (const EntityMention& m : a.entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    EXPECT_NE(m.text, "ينا");
    EXPECT_NE(m.text, "مباشرة");
    if (m.text == "لينا") {
      EXPECT_EQ(m.type, "PER");
      ++lina;
    }
  }
  EXPECT_EQ(lina, 2);
  ASSERT_GE(a.quotes.size(), 2u);
  ASSERT_GE(a.quotes[0].speaker, 0);
  EXPECT_EQ(a.canonical[a.quotes[0].speaker].name, "لينا");
}

// «الشرطة الدينية الخاصة بداعش المعروفة بـ"الحسبة"»: the body after the
// preposition is not what the name is given to.
TEST(MentionTest, NameKnownByAfterABodyInAComplementIsNotItsAlias) {
  const std::string page =
      "عنوان الخبر\n"
      "وقالت إنها انضمت إلى الشرطة الدينية الخاصة بداعش المعروفة "
      "بـ\"الحسبة\"، وإن تنظيم داعش يجند النساء. وأضافت أن الحسبة تراقب "
      "الأسواق.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t isis = EntityOfMention(a, "داعش");
  ASSERT_GE(isis, 0);
  EXPECT_NE(EntityOfMention(a, "الحسبة"), isis);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// The gazetteer names a place only where the context makes it one.
TEST(MentionTest, PlacesTheTaggerMissedInAPlaceContext) {
  const std::string page =
      "عنوان الخبر\n"
      "ووصل الوزير إلى الطائف أمس، ثم زار الأحساء وبالقطيف مشروعا.\n"
      "وأكد أن الدعم المالي كبير، وأن دعم مالي آخر سيصل قريبا.\n"
      "وأكدت المملكة دعمها للاتفاق.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  std::vector<std::string> places;
  for (const EntityMention& m : a.entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    EXPECT_NE(m.text, "مالي") << "«دعم مالي» is financial support";
    if (m.type == "LOC") places.push_back(m.text);
  }
  for (const char* want : {"الطائف", "الأحساء", "القطيف", "المملكة"}) {
    EXPECT_NE(std::find(places.begin(), places.end(), want), places.end())
        << want;
  }
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// A department named by its head and its place is a body, not the place.
TEST(MentionTest, HeadAndPlaceMakeABody) {
  const std::string page =
      "عنوان الخبر\n"
      "وأعلن تعليم الرياض بدء التسجيل، فيما أكدت أمانة منطقة المدينة "
      "المنورة جاهزية الطرق، وزار الوزير الرياض أمس.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  bool education = false, municipality = false;
  for (const EntityMention& m : a.entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    if (m.text == "تعليم الرياض") education = m.type == "ORG";
    if (m.text == "أمانة منطقة المدينة المنورة") municipality = m.type == "ORG";
  }
  EXPECT_TRUE(education);
  EXPECT_TRUE(municipality);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// «مهرجان صيف حائل», «كأس الخليج»: an event named by a head and a place is
// one MISC name, not the place; «لكويت» (from «للكويت») is «الكويت».
TEST(MentionTest, EventsAndTheArticleWithoutItsAlif) {
  const std::string page =
      "عنوان الخبر\n"
      "وانطلقت فعاليات مهرجان صيف حائل أمس بمشاركة واسعة.\n"
      "وقال رئيس الاتحاد إن الكويت جاهزة، وإن البطولة ستعود للكويت بعد "
      "عام.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  bool festival = false;
  for (const EntityMention& m : a.entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    EXPECT_NE(m.text, "حائل") << "the place inside the festival's name";
    if (m.text == "مهرجان صيف حائل") festival = m.type == "MISC";
  }
  EXPECT_TRUE(festival);
  const int32_t kuwait = EntityOfMention(a, "الكويت");
  ASSERT_GE(kuwait, 0);
  const int32_t elided = EntityOfMention(a, "لكويت");
  if (elided != -2) {
    EXPECT_EQ(elided, kuwait);
  }
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// «المملكة» alone is the one kingdom the article names; with two kingdoms
// named it stays apart.
TEST(MentionTest, TheKingdomIsTheKingdomTheArticleNames) {
  {
    const std::string page =
        "عنوان الخبر\n"
        "وقال الوزير إن السعودية تدعم الحل. وأكد أن المملكة ستواصل دعمها.\n";
    std::vector<Article> articles = testing::AnalyzeText(page);
    ASSERT_EQ(articles.size(), 1u);
    const Entity* e = testing::FindEntity(articles[0], "السعودية");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->mentions.size(), 2u);
  }
  {
    const std::string page =
        "عنوان الخبر\n"
        "وقال الوزير إن السعودية والأردن يدعمان الحل. وأكد أن المملكة ستواصل "
        "دعمها.\n";
    std::vector<Article> articles = testing::AnalyzeText(page);
    ASSERT_EQ(articles.size(), 1u);
    const Entity* e = testing::FindEntity(articles[0], "السعودية");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->mentions.size(), 1u);
  }
  {
    // Of two kingdoms, the one called «المملكة …» in full.
    const std::string page =
        "عنوان الخبر\n"
        "وأكد الوزير أن المملكة العربية السعودية حريصة على علاقاتها مع "
        "البحرين. وقال إن المملكة تراقب التطورات.\n";
    std::vector<Article> articles = testing::AnalyzeText(page);
    ASSERT_EQ(articles.size(), 1u);
    const Entity* e = testing::FindEntity(articles[0], "البحرين");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->mentions.size(), 1u);
    int kingdom = 0;
    for (const Entity& x : articles[0].canonical) {
      bool full = false, alone = false;
      for (uint32_t m : x.mentions) {
        full |= articles[0].entities[m].text == "المملكة العربية السعودية";
        alone |= articles[0].entities[m].text == "المملكة";
      }
      kingdom += full && alone;
    }
    EXPECT_EQ(kingdom, 1);
  }
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// «"الشورى"» tagged as a person is the body whose name ends with it.
TEST(MentionTest, ALastWordOfOneBodyIsThatBody) {
  const std::string page =
      "رئيس «الشورى»: العمل الجبان لن يرهب رجال الأمن\n"
      "رفع رئيس مجلس الشورى الشيخ الدكتور عبدالله بن محمد آل الشيخ التعازي "
      "لخادم الحرمين الشريفين.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Entity* e = testing::FindEntity(articles[0], "مجلس الشورى");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "ORG");
  for (const EntityMention& m : articles[0].entities) {
    if (m.text == "الشورى") {
      EXPECT_EQ(&articles[0].canonical[m.entity], e);
    }
  }
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// «وارمبي» of «ديان وارمبي» is not و + «ارمبي»; «عبد العاطي» and
// «عبدالعاطي» are one name.
TEST(MentionTest, NamesThatStartWithWawAndSpacedAbd) {
  const std::string page =
      "عنوان الخبر\n"
      "وكان الأطباء شخصوا إصابة ديان وارمبي (39 عاماً) بنوع عدواني من "
      "السرطان. إلا أن السيد وارمبي رفض العلاج.\n"
      "وقال المتحدث باسم الخارجية المصرية بدر عبد العاطي إن القاهرة ترحب. "
      "وأضاف عبدالعاطي أن الاتفاق مهم.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Entity* w = testing::FindEntity(articles[0], "ديان وارمبي");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->mentions.size(), 2u);
  const Entity* b = testing::FindEntity(articles[0], "بدر عبد العاطي");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->mentions.size(), 2u);
}

// The entity one of whose mentions is written `text`.
const Entity* EntityWithMention(const Article& a, std::string_view text) {
  for (const Entity& e : a.canonical) {
    for (uint32_t m : e.mentions) {
      if (a.entities[m].text == text) return &e;
    }
  }
  return nullptr;
}

// Session-5 mention rules, one case a row: every text in `one_entity` is a
// mention of the same entity (named `canonical` when given), and `absent`
// is no mention's text.
struct OneEntityCase {
  const char* paragraph;
  std::vector<const char*> one_entity;
  const char* canonical;  // "" = not checked
  const char* absent;     // "" = not checked
};

class OneEntityTest : public ::testing::TestWithParam<OneEntityCase> {};

TEST_P(OneEntityTest, MentionsFormOneEntity) {
  const OneEntityCase& c = GetParam();
  std::vector<Article> articles =
      testing::AnalyzeText(std::string("عنوان الخبر\n") + c.paragraph + "\n");
  ASSERT_EQ(articles.size(), 1u);
  const Entity* e = EntityWithMention(articles[0], c.one_entity[0]);
  ASSERT_NE(e, nullptr) << c.one_entity[0];
  for (const char* text : c.one_entity) {
    EXPECT_EQ(EntityWithMention(articles[0], text), e) << text;
  }
  if (*c.canonical != '\0') {
    EXPECT_EQ(e->name, c.canonical);
  }
  if (*c.absent != '\0') {
    EXPECT_EQ(EntityWithMention(articles[0], c.absent), nullptr) << c.absent;
  }
}

// «قوات الأمم المتحدة المؤقتة في لبنان (اليونيفيل)» with only «لبنان»
// found: the body's short name is not the country's.
TEST(MentionTest, BodyAliasAfterACountryIsNotTheCountry) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nأعلنت قوات الأمم المتحدة المؤقتة في لبنان (اليونيفيل) "
      "مساء اليوم الأحد أن قذيفة سقطت داخل مقرها العام في الناقورة. وقال "
      "المتحدث باسم اليونيفيل إن القوة تحاول تحديد مصدر القذيفة. وتشهد "
      "حدود لبنان الجنوبية مواجهات يومية.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Entity* lebanon = EntityWithMention(articles[0], "لبنان");
  const Entity* unifil = EntityWithMention(articles[0], "اليونيفيل");
  ASSERT_NE(lebanon, nullptr);
  ASSERT_NE(unifil, nullptr);
  EXPECT_NE(lebanon, unifil);
  EXPECT_EQ(lebanon->name, "لبنان");
}

// «أوبك+» is not «أوبك»; «جنوب السودان» is not «السودان»; a town in a
// body's name is not the body, but a club is named by its town.
TEST(MentionTest, CompoundNamesAndPlacesInsideBodies) {
  const std::string page =
      "عنوان الخبر\nوقررت أوبك+ خفض الإنتاج، بينما قالت أوبك إن السوق "
      "مستقرة. ووقع السودان وجنوب السودان اتفاقا في جوبا. وقال رئيس جامعة "
      "القاهرة إن الدراسة في القاهرة مستمرة.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  for (const EntityMention& m : a.entities)
    EXPECT_EQ(m.ref.span.Of(page), m.text);
  const Entity* opec_plus = EntityWithMention(a, "أوبك+");
  ASSERT_NE(opec_plus, nullptr);
  EXPECT_NE(EntityWithMention(a, "أوبك"), opec_plus);
  const Entity* south = EntityWithMention(a, "جنوب السودان");
  ASSERT_NE(south, nullptr);
  EXPECT_NE(EntityWithMention(a, "السودان"), south);
  const Entity* university = EntityWithMention(a, "جامعة القاهرة");
  ASSERT_NE(university, nullptr);
  EXPECT_NE(EntityWithMention(a, "القاهرة"), university);
}

// «علي عبدالله صالح» inside «أحمد علي عبدالله صالح» is the father's name,
// not a short form of the son's; «عبد ربه منصور هادي» and «عبدربه منصور
// هادي» stay one man.
TEST(MentionTest, FathersNameInsideTheSonsIsAnotherPerson) {
  const std::string page =
      "عنوان الخبر\nجمدت تركيا أموال الرئيس اليمني المخلوع علي عبدالله صالح. "
      "ويطول القرار الرئيس السابق وابنه أحمد علي عبدالله صالح. وفرض مجلس "
      "الأمن عقوبات على علي عبدالله صالح. وفر الرئيس عبد ربه منصور هادي إلى "
      "الرياض، حيث التقى عبدربه منصور هادي بالسفير.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* father = EntityWithMention(a, "علي عبدالله صالح");
  const Entity* son = EntityWithMention(a, "أحمد علي عبدالله صالح");
  ASSERT_NE(father, nullptr);
  ASSERT_NE(son, nullptr);
  EXPECT_NE(father, son);
  const Entity* hadi = EntityWithMention(a, "عبد ربه منصور هادي");
  ASSERT_NE(hadi, nullptr);
  EXPECT_EQ(EntityWithMention(a, "عبدربه منصور هادي"), hadi);
}

// Of a three-word name, the last two are the father's when the first of
// them is a given name: «أحمد السيد» beside «يوسف أحمد السيد», and the
// bare «السيد» after the father spoke is the father (his son's first name
// in his words does not make the son the one named last). A surname of
// two («إمام أوغلو») and the «محمد» names drop («حسني مبارك») stay one.
TEST(MentionTest, FathersTwoWordNameInsideTheSonsIsAnotherPerson) {
  const std::string page =
      "عنوان الخبر\nتأجيل محاكمة متهمين بقتل الطالب يوسف أحمد السيد في مدينة "
      "نصر.\nوقال أحمد السيد، والد الضحية، لـ«الوطن»: «عايز حق ابني. يوسف كان "
      "رايح يجيب أخته».\nوأضاف السيد: «أنا واثق في القضاء».\nوزار أكرم إمام "
      "أوغلو الموقع، وقال إمام أوغلو إن الحادث مؤلم. وكان محمد حسني مبارك قد "
      "زار المدينة، وقال حسني مبارك إنها جميلة.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* son = EntityWithMention(a, "يوسف أحمد السيد");
  const Entity* father = EntityWithMention(a, "أحمد السيد");
  ASSERT_NE(son, nullptr);
  ASSERT_NE(father, nullptr);
  EXPECT_NE(son, father);
  EXPECT_EQ(EntityWithMention(a, "السيد"), father);
  const Entity* mayor = EntityWithMention(a, "أكرم إمام أوغلو");
  ASSERT_NE(mayor, nullptr);
  EXPECT_EQ(EntityWithMention(a, "إمام أوغلو"), mayor);
  const Entity* mubarak = EntityWithMention(a, "محمد حسني مبارك");
  ASSERT_NE(mubarak, nullptr);
  EXPECT_EQ(EntityWithMention(a, "حسني مبارك"), mubarak);
}

// «مجلس التنمية السياحية بجازان» beside «مجلس التنمية السياحية» alone:
// the body, then the place (its ب outside); named only with its place, a
// body stays whole.
TEST(MentionTest, BodyNamedAloneElsewhereLosesItsPlace) {
  const std::string page =
      "عنوان الخبر\nأعلن مجلس التنمية السياحية بجازان إطلاق مهرجان الصيف في "
      "جازان. وأوضح مجلس التنمية السياحية أن المهرجان يستمر شهرا. وشاركت "
      "الغرفة التجارية الصناعية بجدة في التنظيم.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  for (const EntityMention& m : a.entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    EXPECT_NE(m.text, "مجلس التنمية السياحية بجازان");
  }
  const Entity* place = EntityWithMention(a, "جازان");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->type, "LOC");
  EXPECT_GE(place->mentions.size(), 2u);
  EXPECT_NE(EntityWithMention(a, "الغرفة التجارية الصناعية بجدة"), nullptr);
}

// A compass word before a continent or a region the press divides is part
// of its name; before a country or a city it is not.
TEST(MentionTest, CompassRegionsAreOnePlace) {
  const std::string page =
      "عنوان الخبر\nوقعت هجمات في شمال سيناء وجنوب دارفور، وفي شمال العراق. "
      "وزار الوفد سيناء.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  for (const EntityMention& m : a.entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
  }
  const Entity* north = EntityWithMention(a, "شمال سيناء");
  ASSERT_NE(north, nullptr);
  EXPECT_NE(EntityWithMention(a, "جنوب دارفور"), nullptr);
  EXPECT_NE(EntityWithMention(a, "العراق"), nullptr);
  EXPECT_EQ(EntityWithMention(a, "شمال العراق"), nullptr);
  const Entity* sinai = EntityWithMention(a, "سيناء");
  ASSERT_NE(sinai, nullptr);
  EXPECT_NE(sinai, north);
}

// «مرفأ بيروت», «كورنيش الدوحة», «قناة الزمالك», «معبر رفح»: a facility
// named after a place or a club is a name of its own.
TEST(MentionTest, FacilitiesNamedAfterAPlaceOrAClub) {
  const std::string page =
      "عنوان الخبر\nوتفقد ماكرون موقع الانفجار في مرفأ بيروت، قبل أن يلتقي "
      "المسؤولين في بيروت. وظهر مرتضى منصور عبر قناة الزمالك مهاجما "
      "مجلس إدارة نادي الزمالك السابق.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  for (const EntityMention& m : a.entities)
    EXPECT_EQ(m.ref.span.Of(page), m.text);
  const Entity* port = EntityWithMention(a, "مرفأ بيروت");
  ASSERT_NE(port, nullptr);
  EXPECT_NE(EntityWithMention(a, "بيروت"), port);
  const Entity* channel = EntityWithMention(a, "قناة الزمالك");
  ASSERT_NE(channel, nullptr);
  EXPECT_NE(EntityWithMention(a, "نادي الزمالك"), channel);

  // A crossing too: «معبر رفح» is not the town.
  const std::string crossing =
      "عنوان الخبر\nسيطرت القوات الإسرائيلية على الجانب الفلسطيني من معبر "
      "رفح صباح اليوم. وقال سكان في رفح إن القصف لم يتوقف.\n";
  articles = testing::AnalyzeText(crossing);
  ASSERT_EQ(articles.size(), 1u);
  const Entity* gate = EntityWithMention(articles[0], "معبر رفح");
  ASSERT_NE(gate, nullptr);
  EXPECT_NE(EntityWithMention(articles[0], "رفح"), gate);

  // A season of events: «موسم الرياض» is not the city. And a headline's
  // «أوسيك يهزم فيوري» names the boxer without the verb.
  const std::string season =
      "أوسيك يهزم فيوري في موسم الرياض\nتوج الملاكم الأوكراني أولكسندر "
      "أوسيك بطلا للعالم في الرياض فجر اليوم، ضمن فعاليات موسم الرياض.\n";
  articles = testing::AnalyzeText(season);
  ASSERT_EQ(articles.size(), 1u);
  const Entity* riyadh_season = EntityWithMention(articles[0], "موسم الرياض");
  ASSERT_NE(riyadh_season, nullptr);
  EXPECT_NE(EntityWithMention(articles[0], "الرياض"), riyadh_season);
  EXPECT_EQ(EntityWithMention(articles[0], "أوسيك يهزم"), nullptr);
  EXPECT_EQ(EntityWithMention(articles[0], "أوسيك"),
            EntityWithMention(articles[0], "أولكسندر أوسيك"));
}

// «كوردستان» (a spelling the place lists lack) is not «حكومة إقليم
// كوردستان»: the word after a kind of place is a place.
TEST(MentionTest, WordAfterAKindOfPlaceIsAPlace) {
  const std::string page =
      "بغداد وأربيل توقعان اتفاقاً لاستئناف تصدير نفط كوردستان\n"
      "رووداو ديجيتال\nوقّع رئيس مجلس الوزراء العراقي محمد شياع السوداني، "
      "ورئيس حكومة إقليم كوردستان مسرور بارزاني، أمس الثلاثاء، اتفاقاً "
      "مؤقتاً لاستئناف تصدير النفط.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* government = EntityWithMention(a, "حكومة إقليم كوردستان");
  ASSERT_NE(government, nullptr);
  const Entity* place = EntityWithMention(a, "كوردستان");
  ASSERT_NE(place, nullptr);
  EXPECT_NE(place, government);
}

// «أمريكا» is «الولايات المتحدة», «بريطانيا» is «المملكة المتحدة», but
// «أمريكا اللاتينية» is neither; a country is not the event or mountain
// named after it («مونديال قطر», «جبل لبنان»).
TEST(MentionTest, OtherNamesOfCountries) {
  const std::string page =
      "عنوان الخبر\nوقالت الولايات المتحدة إن العقوبات مستمرة. وأضاف أن "
      "أمريكا لن تتراجع عن دعم دول أمريكا اللاتينية. وقالت بريطانيا إن "
      "المملكة المتحدة لن تتراجع. واستضافت قطر كأس العالم، وكان مونديال "
      "قطر ناجحا.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* us = EntityWithMention(a, "الولايات المتحدة");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(EntityWithMention(a, "أمريكا"), us);
  EXPECT_NE(EntityWithMention(a, "أمريكا اللاتينية"), us);
  const Entity* uk = EntityWithMention(a, "المملكة المتحدة");
  ASSERT_NE(uk, nullptr);
  EXPECT_EQ(EntityWithMention(a, "بريطانيا"), uk);
  const Entity* qatar = EntityWithMention(a, "قطر");
  ASSERT_NE(qatar, nullptr);
  EXPECT_NE(EntityWithMention(a, "مونديال قطر"), qatar);
}

// «مكة» is «مكة المكرمة» (a listed place named by its first word), but
// «كوريا» is not «كوريا الشمالية».
TEST(MentionTest, PlaceNamedByItsFirstWord) {
  const std::string page =
      "أمطار غزيرة على مكة المكرمة\nشهدت مكة أمطارا غزيرة مساء أمس، وأعلن "
      "الدفاع المدني في مكة المكرمة رفع حالة التأهب.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* makkah = EntityWithMention(a, "مكة المكرمة");
  ASSERT_NE(makkah, nullptr);
  EXPECT_EQ(EntityWithMention(a, "مكة"), makkah);
}

// «للرئيس هادي سيطرتهما»: a word with a dual or plural pronoun ends no
// person's name.
TEST(MentionTest, WordWithAPronounEndsNoName) {
  const std::string page =
      "عنوان الخبر\nوأعلن الرئيس اليمني عبدربه منصور هادي أمس عن ساعة "
      "الصفر. وجاء ذلك مع إعلان المقاومة والجيش الموالي للرئيس هادي "
      "سيطرتهما على مقر القاعدة الجوية.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* hadi = EntityWithMention(a, "عبدربه منصور هادي");
  ASSERT_NE(hadi, nullptr);
  EXPECT_EQ(EntityWithMention(a, "هادي"), hadi);
  EXPECT_EQ(EntityWithMention(a, "هادي سيطرتهما"), nullptr);
}

// The article's names in its tag line are mentions of the same entities,
// with spans into the page; the tag line gives no quote and no day.
TEST(MentionTest, NamesInTheTagLineAreMentions) {
  const std::string page =
      "الصدر يعلن فوز كتلته\n"
      "أعلن زعيم التيار الصدري مقتدى الصدر فوز الكتلة الصدرية في العراق. "
      "وقال الصدر إن الحكومة ستكون حكومة خدمة.\n"
      "كلمات دلالية: العراق العراق مقتدى الصدر الانتخابات اليوم الصدر\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const size_t tags_at = page.find("كلمات دلالية");
  int in_tags = 0;
  const Entity* sadr = EntityWithMention(a, "مقتدى الصدر");
  ASSERT_NE(sadr, nullptr);
  for (const EntityMention& m : a.entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    if (m.ref.span.begin < tags_at) continue;
    ++in_tags;
    if (m.text == "مقتدى الصدر" || m.text == "الصدر") {
      EXPECT_EQ(&a.canonical[m.entity], sadr) << m.text;
    }
  }
  EXPECT_EQ(in_tags, 4);  // العراق ×2, مقتدى الصدر, الصدر
  for (const TimeExpression& t : a.dates) EXPECT_LT(t.ref.span.begin, tags_at);
}

// «بيشوا هوراماني لرووداو»: a family name run into an outlet the article
// names bare elsewhere ends before it; «جو بايدن» keeps its second word.
TEST(MentionTest, FamilyNameRunIntoAnOutletIsCut) {
  const std::string page =
      "عنوان الخبر\nوبحسب نص الاتفاق الذي اطلعت عليه شبكة رووداو الإعلامية، "
      "فإن الإيرادات ستودع في حساب خاص.\nمن جانبه، قال المتحدث باسم حكومة "
      "الإقليم بيشوا هوراماني لرووداو إن رئيس الحكومة أبلغ الوفد بموافقته. "
      "وقال جو بايدن إن الاتفاق جيد.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  // The spokesman, by his family name or his full name, and the outlet
  // without its preposition.
  EXPECT_TRUE(EntityOfMention(a, "هوراماني") >= 0 ||
              EntityOfMention(a, "بيشوا هوراماني") >= 0);
  EXPECT_LT(EntityOfMention(a, "هوراماني لرووداو"), 0);
  EXPECT_LT(EntityOfMention(a, "بيشوا هوراماني لرووداو"), 0);
  EXPECT_LT(EntityOfMention(a, "لرووداو"), 0);
  EXPECT_GE(EntityOfMention(a, "جو بايدن"), 0);
}

// «بغداد اليوم» given as a dateline and in quotes is an outlet wherever
// the article names it; «بغداد» alone is still the city.
TEST(MentionTest, OutletNamedTodayIsOneBody) {
  const std::string page =
      "المحكمة تنهي عضوية الحلبوسي\nبغداد اليوم - بغداد\n"
      "قررت المحكمة الاتحادية في بغداد، اليوم الثلاثاء، إنهاء عضوية رئيس "
      "البرلمان. وقالت المحكمة في بيان تلقته بغداد اليوم، إن الحكم بات. وقال "
      "مصدر لـ\"بغداد اليوم\" إن القادة سيجتمعون.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int outlet = EntityOfMention(a, "بغداد اليوم");
  ASSERT_GE(outlet, 0);
  EXPECT_EQ(a.canonical[outlet].type, "ORG");
  size_t outlet_mentions = 0;
  for (const EntityMention& m : a.entities) {
    outlet_mentions += m.text == "بغداد اليوم";
  }
  EXPECT_EQ(outlet_mentions, 3u);
  const int city = EntityOfMention(a, "بغداد");
  ASSERT_GE(city, 0);
  EXPECT_NE(city, outlet);
}

// «محمد صلاح وجيرفينيو»: two people joined by «و», the second named alone
// elsewhere, are two mentions.
TEST(MentionTest, TwoPeopleJoinedByWawAreCut) {
  const std::string page =
      "عنوان الخبر\nوسجل الإيفواري جيرفينيو هدفا. وقال جارسيا إنه سعيد لأنه "
      "يمتلك ثنائيا رائعا مثل محمد صلاح وجيرفينيو.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  EXPECT_GE(EntityOfMention(a, "محمد صلاح"), 0);
  EXPECT_LT(EntityOfMention(a, "محمد صلاح وجيرفينيو"), 0);
}

// A body's name the article gives elsewhere, run on by the tagger into
// the spokesman's name after it: two mentions, and he speaks.
TEST(MentionTest, BodyRunOnIntoAPersonIsSplit) {
  const std::string page =
      "عنوان الخبر\nوتسير المملكة جسرا جويا للمساعدات التي يقدمها مركز الملك "
      "سلمان للإغاثة والأعمال الإنسانية.\nوأوضح المتحدث الرسمي لمركز الملك "
      "سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ، أن الرحلة خصصت للمواد "
      "الطبية.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* spokesman = EntityWithMention(a, "رأفت الصباغ");
  ASSERT_NE(spokesman, nullptr);
  EXPECT_EQ(spokesman->type, "PER");
  for (const EntityMention& m : a.entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    EXPECT_EQ(m.text.find("الصباغ") != std::string::npos &&
                  m.text.find("مركز") != std::string::npos,
              false)
        << m.text;
  }
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(&a.canonical[a.quotes[0].speaker], spokesman);
}

INSTANTIATE_TEST_SUITE_P(
    Session7, OneEntityTest,
    ::testing::Values(
        // A definite family name after a rank and a first name written as
        // one word, when the article uses the family name again.
        OneEntityCase{"وقال رئيس مجلس السيادة الفريق أول عبدالفتاح البرهان إن "
                      "الحرب مستمرة. وكان البرهان قد زار القاهرة.",
                      {"عبدالفتاح البرهان", "البرهان"},
                      "عبدالفتاح البرهان",
                      ""},
        // An office running on to a nationality before a name the tagger
        // clipped and typed MISC («راس الأبيض»): the person, ف restored.
        OneEntityCase{"أعلن وزير الصحة العامة في حكومة تصريف الأعمال اللبنانية "
                      "فراس الأبيض، أمس الجمعة، ارتفاع الإصابات. وقال الأبيض "
                      "إن الوضع مستقر.",
                      {"فراس الأبيض"},
                      "فراس الأبيض",
                      ""},
        // A first name no list knows after a role that has ended, when
        // the article makes the family name a speaker.
        OneEntityCase{"أعلن زعيم التيار الصدري مقتدى الصدر فوز الكتلة. وقال "
                      "الصدر إن الحكومة ستكون حكومة خدمة.",
                      {"مقتدى الصدر", "الصدر"},
                      "مقتدى الصدر",
                      ""}));

INSTANTIATE_TEST_SUITE_P(
    Session5, OneEntityTest,
    ::testing::Values(
        // A country's official form and its short name are one entity, and
        // «المملكة» then joins it too.
        OneEntityCase{"وأكد الوزير أن مملكة البحرين تدعم الحل، وقال إن البحرين "
                      "ستواصل دعمها.",
                      {"مملكة البحرين", "البحرين"},
                      "",
                      ""},
        OneEntityCase{"وأشاد بدور المملكة العربية السعودية، مؤكدا أن المملكة "
                      "سند للجميع.",
                      {"المملكة العربية السعودية", "المملكة"},
                      "",
                      ""},
        // «لحزب الله»: the body starts after the preposition on its head;
        // armed groups are bodies with their head word.
        OneEntityCase{"وقال الأمين العام لحزب الله حسن نصر الله إن الجبهة "
                      "مفتوحة.",
                      {"حزب الله"},
                      "",
                      "لحزب الله"},
        OneEntityCase{"وأطلقت كتائب القسام وسرايا القدس صواريخ على عسقلان.",
                      {"كتائب القسام"},
                      "",
                      "القسام"},
        OneEntityCase{"وأطلقت كتائب القسام وسرايا القدس صواريخ على عسقلان.",
                      {"سرايا القدس"},
                      "",
                      ""},
        // «للأمم المتحدة» is «الأمم المتحدة», named with its article.
        OneEntityCase{"وقال الأمين العام للأمم المتحدة إن الوضع خطير. وأكدت "
                      "الأمم المتحدة أن المساعدات ستصل.",
                      {"الأمم المتحدة", "أمم المتحدة"},
                      "الأمم المتحدة",
                      ""},
        // «الجوازات» alone is the one body whose name ends with it.
        OneEntityCase{"وأعلنت المديرية العامة للجوازات عن تمديد المهلة. وأكدت "
                      "الجوازات أن الخدمة متاحة إلكترونيا.",
                      {"المديرية العامة للجوازات", "الجوازات"},
                      "",
                      ""},
        // A name alone inside brackets or quotation marks keeps its first
        // letter: «(فوكوس)» is no ف + «وكوس».
        OneEntityCase{
            "نشر موقع (فوكوس) الألماني تصريحا.", {"فوكوس"}, "", "وكوس"},
        OneEntityCase{"وقالت صحيفة \"فاينانشال تايمز\" إن الشركة توسعت.",
                      {"فاينانشال تايمز"},
                      "",
                      ""},
        // A sovereign's regnal number is part of the name.
        OneEntityCase{"وشدد العاهل الأردني الملك عبد الله الثاني على ضرورة وقف "
                      "الحرب.",
                      {"عبد الله الثاني"},
                      "",
                      ""},
        OneEntityCase{
            "واستقبل الملك محمد السادس الوفد.", {"محمد السادس"}, "", ""}));

// A body's short names: the same head and words of the long name.
TEST(MentionTest, ShortBodyNames) {
  struct Case {
    const char* shorter;
    const char* longer;
    bool same;
  } cases[] = {
      {"غرفة مكة", "الغرفة التجارية الصناعية في مكة المكرمة", true},
      {"هيئة السياحة", "الهيئة العامة للسياحة والتراث الوطني", true},
      {"بورصة مصر", "البورصة المصرية للأوراق المالية", true},
      {"مديرية الجوازات", "المديرية العامة للجوازات", true},
      // Another head, or a word the long name lacks.
      {"نادي الهلال", "هيئة أعضاء شرف نادي الهلال", false},
      {"جامعة الملك سعود", "مستشفى الملك سعود الجامعي", false},
      {"غرفة جدة", "الغرفة التجارية الصناعية في مكة المكرمة", false},
      // A word right after the head that names another kind of body.
      {"بنك مصر", "البنك المركزي المصري", false},
      {"بنك مصر", "البنك الأهلي المصري", false},
      {"هيئة السياحة والتراث الوطني", "الهيئة العامة للسياحة والتراث الوطني",
       true},
      // Not the second conjunct of a joint statement's two bodies.
      {"وزارة الشؤون", "وزارة الصحة والشؤون الصحية بوزارة الحرس الوطني", false},
      {"وزارة الصحة", "وزارة الصحة والشؤون الصحية بوزارة الحرس الوطني", true},
  };
  for (const Case& c : cases) {
    const std::string a = ner::NormalizeWord(c.shorter);
    const std::string b = ner::NormalizeWord(c.longer);
    EXPECT_EQ(nlp::IsShortBodyName(SplitAny(a, " "), SplitAny(b, " ")), c.same)
        << c.shorter << " / " << c.longer;
  }
}

// A regional body's short name: what it is for, then its place.
TEST(MentionTest, RegionalShortNames) {
  struct Case {
    const char* shorter;
    const char* longer;
    bool same;
  } cases[] = {
      {"صحة جازان", "المديرية العامة للشؤون الصحية بمنطقة جازان", true},
      {"تعليم القصيم", "الإدارة العامة للتعليم بمنطقة القصيم", true},
      {"فلكية جدة", "الجمعية الفلكية بجدة", true},
      {"صحة شمال الباطنة",
       "المديرية العامة للخدمات الصحية بمحافظة شمال الباطنة", true},
      {"تعليم المدينة", "الإدارة العامة للتعليم بمنطقة المدينة المنورة", true},
      // Another place, another purpose, or no place at the end.
      {"صحة الرياض", "المديرية العامة للشؤون الصحية بمنطقة جازان", false},
      {"تعليم جازان", "المديرية العامة للشؤون الصحية بمنطقة جازان", false},
      {"صحة جازان", "وزارة الصحة", false},
      {"الصحة جازان", "المديرية العامة للشؤون الصحية بمنطقة جازان", false},
  };
  const nlp::NameMatcher matcher;
  for (const Case& c : cases) {
    const std::string a = ner::NormalizeWord(c.shorter);
    const std::string b = ner::NormalizeWord(c.longer);
    EXPECT_EQ(
        nlp::IsRegionalShortName(matcher, SplitAny(a, " "), SplitAny(b, " ")),
        c.same)
        << c.shorter << " / " << c.longer;
  }
  std::vector<Article> articles = testing::AnalyzeText(
      "\"فلكية جدة\": الشهب تصل ذروتها غدا\nقالت الجمعية الفلكية بجدة إن "
      "الشهب تصل ذروتها غدا. وقال رئيس الجمعية إن الرصد ممكن.\n");
  ASSERT_EQ(articles.size(), 1u);
  const int32_t society = EntityOfMention(articles[0], "الجمعية الفلكية بجدة");
  ASSERT_GE(society, 0);
  EXPECT_EQ(EntityOfMention(articles[0], "فلكية جدة"), society);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// Span repairs after the tagger, each with the mention the text must hold
// (exactly, and typed) and a string no mention may be.
struct SpanRepairCase {
  const char* sentence;
  const char* mention;
  const char* type;
  const char* not_a_mention;
};

void PrintTo(const SpanRepairCase& c, std::ostream* os) { *os << c.mention; }

class SpanRepairTest : public ::testing::TestWithParam<SpanRepairCase> {};

TEST_P(SpanRepairTest, MentionHasItsWholeName) {
  const SpanRepairCase& c = GetParam();
  const std::string page = std::string("عنوان الخبر\n") + c.sentence + "\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  bool found = false;
  for (const EntityMention& m : articles[0].entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    EXPECT_NE(m.text, c.not_a_mention) << c.sentence;
    if (m.text == c.mention) found = m.type == c.type;
  }
  EXPECT_TRUE(found) << c.mention << " in " << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(
    Repairs, SpanRepairTest,
    ::testing::Values(
        // A ف after a title is the name's first letter, not «ف».
        SpanRepairCase{"وقال مدير المطار بالإنابة المهندس فيحان الغامدي إن "
                       "الإدارة نقلت الجمهور.",
                       "فيحان الغامدي", "PER", "يحان الغامدي"},
        // A ب before a known place is the preposition.
        SpanRepairCase{"ووصل الوزير إلى لبنان أمس، واجتمع بالمسؤولين "
                       "وببيروت عقد مؤتمرا صحفيا.",
                       "بيروت", "LOC", "ببيروت"},
        // A facility named by a place is one place, the place inside it
        // no mention of its own.
        SpanRepairCase{"وقال مدير مطار منطقة الباحة إن الرحلات انتظمت.",
                       "مطار منطقة الباحة", "LOC", "الباحة"},
        SpanRepairCase{"ورست السفينة في ميناء جدة الإسلامي صباح أمس.",
                       "ميناء جدة الإسلامي", "LOC", "جدة"},
        // A score line's goals are not the club's.
        SpanRepairCase{"توج النادي الأهلي بلقب كأس السوبر المصري بعد فوزه "
                       "على نادي الزمالك بركلات الترجيح.\nالأهلي 0 (7) - (6) "
                       "0 الزمالك\nوقال مدرب الأهلي إن الفوز مستحق.",
                       "الأهلي", "ORG", "الأهلي 0"},
        // A body's nationality ends its name, tagged or not.
        SpanRepairCase{"وأجرى الوزير محادثات هاتفية مع نظيره، وفقا لوزارة "
                       "الخارجية الأميركية.",
                       "وزارة الخارجية الأميركية", "ORG", "وزارة الخارجية"},
        // A quoted name after a naming word is one name.
        SpanRepairCase{"وسيطر تحالف مسلح يعرف باسم \"فجر ليبيا\" على "
                       "العاصمة طرابلس.",
                       "فجر ليبيا", "ORG", "ليبيا"},
        SpanRepairCase{"وأطلق التحالف عملية «عاصفة الحزم» في اليمن.",
                       "عاصفة الحزم", "MISC", "الحزم"},
        // A و/ف after a place word or a preposition is the name's.
        SpanRepairCase{"وكان ترامب يلعب الغولف في ناديه بولاية فرجينيا حين "
                       "أعلنت النتائج.",
                       "فرجينيا", "LOC", "رجينيا"},
        // A name typed as a place after an office with its nationality is
        // the office holder.
        SpanRepairCase{"تعهد الرئيس الأمريكي المنتخب جو بايدن بأن يوحد البلاد.",
                       "جو بايدن", "PER", ""},
        // A national team is a body; the country alone stays a place.
        SpanRepairCase{"وتغلب منتخب الإكوادور على قطر في الافتتاح.",
                       "منتخب الإكوادور", "ORG", "الإكوادور"},
        // An apposition after a body's name is not part of it.
        SpanRepairCase{"وسيكون مجلس النواب الهيئة التشريعية في ليبيا.",
                       "مجلس النواب", "ORG", "مجلس النواب الهيئة التشريعية"}));

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// Subject and object the tagger read as one name.
TEST(MentionTest, TwoPeopleSideBySideAreTwoMentions) {
  const std::string page =
      "زيلينسكي أول المهنئين لترامب\n"
      "فاز دونالد ترامب بالانتخابات الرئاسية الأمريكية.\n"
      "كما هنأ الرئيس الأوكراني فولوديمير زيلينسكي ترامب، وكتب أنه يقدر "
      "التزام ترامب بالسلام.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  for (const EntityMention& m : a.entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    EXPECT_NE(m.text, "فولوديمير زيلينسكي ترامب");
  }
  const int trump = testing::EntityIndex(a, "دونالد ترامب");
  ASSERT_GE(trump, 0);
  int trump_mentions = 0;
  for (const EntityMention& m : a.entities) trump_mentions += m.entity == trump;
  EXPECT_GE(trump_mentions, 3);
}

// A name in quotation marks right after an office, which the tagger reads
// as a body, is the office holder, and so the speaker of his statements.
TEST(MentionTest, QuotedNameAfterAnOfficeIsAPerson) {
  const std::string page =
      "\"الخطوط\" تضيف مقاعد لرحلاتها\n"
      "وأوضح مدير الخطوط السعودية في القصيم \"إبراهيم القبي\"؛ أن هذه "
      "الزيادة في أعداد المقاعد تمت من خلال تشغيل رحلات إضافية.\n"
      "وكشف \"القبي\" أن عدد الرحلات الأسبوعية بلغ 50 رحلة.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* person = testing::FindEntity(a, "إبراهيم القبي");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, "PER");
  const Entity* place = testing::FindEntity(a, "القصيم");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->type, "LOC");
  EXPECT_EQ(place->variants.size(), 1u);
  const int32_t id = testing::EntityIndex(a, "إبراهيم القبي");
  ASSERT_EQ(a.quotes.size(), 2u);
  for (const Quote& q : a.quotes) EXPECT_EQ(q.speaker, id) << q.text;
}

// «جدة التاريخية» is the old quarter, not the city; «سوق أبوظبي» is the
// stock market, «سوق بنيجيريا» a market in Nigeria; a proclitic written
// apart («صندوق النقد بـ3») ends no name.
TEST(MentionTest, OldQuartersMarketsAndDetachedClitics) {
  const std::string page =
      "عنوان الخبر\n"
      "يقام المهرجان في جدة التاريخية، وتستقبل جدة الضيوف طوال الأسبوع.\n"
      "وارتفع مؤشر سوق أبوظبي للأوراق المالية، فيما انفجرت عبوة في سوق "
      "بنيجيريا.\n"
      "ووافق صندوق النقد بـ3 مليارات دولار على القرض، وقال صندوق النقد "
      "الدولي إن الاتفاق يدعم الإصلاحات.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  std::vector<std::string> texts;
  for (const EntityMention& m : a.entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    texts.push_back(m.text);
  }
  auto has = [&](std::string_view t) {
    return std::find(texts.begin(), texts.end(), t) != texts.end();
  };
  EXPECT_TRUE(has("جدة التاريخية"));
  EXPECT_TRUE(has("جدة"));
  EXPECT_NE(testing::EntityIndex(a, "جدة التاريخية"),
            testing::EntityIndex(a, "جدة"));
  EXPECT_FALSE(has("سوق بنيجيريا"));
  EXPECT_FALSE(has("صندوق النقد بـ"));
  const Entity* imf = testing::FindEntity(a, "صندوق النقد الدولي");
  ASSERT_NE(imf, nullptr);
  EXPECT_NE(
      std::find(imf->variants.begin(), imf->variants.end(), "صندوق النقد"),
      imf->variants.end());
}

// A family name two people share is the one the article has named more
// often so far, not the one named last.
TEST(MentionTest, SharedFamilyNameIsTheOneNamedMoreOften) {
  const std::string page =
      "عنوان الخبر\n"
      "ادعت القاضية غادة عون على حاكم مصرف لبنان رياض سلامة بجرم الإثراء غير "
      "المشروع، وقال سلامة إنه بريء، بعد أيام على توقيف شقيقه رجا سلامة.\n"
      "وكان سلامة قد نفى في بيان أول أمس أن يكون قد حول أي أموال.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t riad = testing::EntityIndex(a, "رياض سلامة");
  ASSERT_GE(riad, 0);
  const EntityMention* last = nullptr;
  for (const EntityMention& m : a.entities) {
    if (m.text == "سلامة") last = &m;
  }
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->entity, riad);
}

// A body's kind with one indefinite noun in construct with a definite one
// («هيئة حماية المستهلك») is a body; the construct ends it (its object
// follows), and the board of a body is not one.
TEST(MentionTest, BodyNamedByAConstruct) {
  const std::string page =
      "عنوان الخبر\n"
      "من جهتها، دعت هيئة حماية المستهلك المواطنين والمقيمين إلى الإبلاغ عن "
      "أي زيادة، وقالت لجنة تقصي الحقائق إن التقرير جاهز.\n"
      "وأضاف منصور أن مجلس إدارة القلعة البيضاء سيعقد اجتماعا طارئا.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  std::vector<std::string> texts;
  for (const EntityMention& m : a.entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    texts.push_back(m.text);
  }
  auto has = [&](std::string_view t) {
    return std::find(texts.begin(), texts.end(), t) != texts.end();
  };
  EXPECT_TRUE(has("هيئة حماية المستهلك"));
  EXPECT_TRUE(has("لجنة تقصي الحقائق"));
  EXPECT_FALSE(has("مجلس إدارة القلعة"));
}

// An outlet with and without its kind is one name; another head is not.
TEST(MentionTest, OutletWithItsKind) {
  struct Case {
    const char* longer;
    const char* shorter;
    bool same;
  } cases[] = {
      {"وكالة شفق نيوز", "شفق نيوز", true},
      {"صحيفة ديلي ميل", "ديلي ميل", true},
      {"قناة الجزيرة", "الجزيرة", true},
      {"جامعة الملك سعود", "الملك سعود", false},
      {"وكالة شفق نيوز", "شفق", false},
  };
  auto exact = [](const std::vector<std::string_view>& x,
                  const std::vector<std::string_view>& y) { return x == y; };
  for (const Case& c : cases) {
    const std::string a = ner::NormalizeWord(c.longer);
    const std::string b = ner::NormalizeWord(c.shorter);
    EXPECT_EQ(
        nlp::IsOutletWithItsKind(SplitAny(a, " "), SplitAny(b, " "), exact),
        c.same)
        << c.longer << " / " << c.shorter;
  }
}

// «على» (alif maqsura) before the family name of a person the article
// names in full is the preposition, not the given name «علي».
TEST(MentionTest, PrepositionBeforeAFamilyNameIsNoGivenName) {
  const std::string page =
      "الحكومة ترفض العقوبات الأمريكية على البرهان.. والإعيسر: «قرار يفتقر "
      "إلى العدالة»\n"
      "أعلنت وزارة الخزانة الأمريكية فرض عقوبات على رئيس مجلس السيادة عبد "
      "الفتاح البرهان.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t burhan = testing::EntityIndex(a, "عبد الفتاح البرهان");
  ASSERT_GE(burhan, 0);
  for (const EntityMention& m : a.entities) {
    EXPECT_EQ(m.ref.span.Of(page), m.text);
    EXPECT_NE(m.text, "على البرهان");
    if (m.text == "البرهان") {
      EXPECT_EQ(m.entity, burhan);
    }
  }
}

// «غزة» after «قطاع غزة» is the same place.
TEST(MentionTest, StripAndItsCity) {
  const std::string page =
      "عنوان الخبر\n"
      "وصل الوفد للمشاركة في جولة جديدة من المحادثات بشأن التوصل إلى اتفاق "
      "لتبادل الأسرى ووقف إطلاق النار في قطاع غزة، بحضور مدير وكالة "
      "المخابرات. وقال مسؤول إن غزة تحتاج إلى هدنة.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  int32_t place = -2;
  int seen = 0;
  for (const EntityMention& m : a.entities) {
    if (m.text.find("غزة") == std::string::npos) continue;
    ++seen;
    if (place == -2) place = m.entity;
    EXPECT_EQ(m.entity, place) << m.text;
  }
  EXPECT_EQ(seen, 2);
}

// Two federations of two countries, each also called «الاتحاد» (a club
// the alias table lists), stay apart; «اتحاد الكرة» is the one named last.
TEST(MentionTest, FederationsOfTwoCountriesStayApart) {
  const std::string page =
      "عنوان الخبر\n"
      "هاجم نائب رئيس الاتحاد السعودي لكرة القدم محمد النويصر الاتحاد "
      "الكويتي لكرة القدم بعد إعلان التأجيل، وقال إن الاتحاد يتحمل "
      "المسؤولية.\n"
      "وكان الاتحاد الكويتي علل التأجيل بالصراع الدائر بين اتحاد الكرة "
      "والهيئة العامة للشباب. وقال مسؤول إن قرارات الاتحاد كانت متعنتة.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* saudi = EntityWithMention(a, "الاتحاد السعودي لكرة القدم");
  const Entity* kuwaiti = EntityWithMention(a, "الاتحاد الكويتي لكرة القدم");
  ASSERT_NE(saudi, nullptr);
  ASSERT_NE(kuwaiti, nullptr);
  EXPECT_NE(saudi, kuwaiti);
  EXPECT_EQ(EntityWithMention(a, "الاتحاد الكويتي"), kuwaiti);
  EXPECT_EQ(EntityWithMention(a, "اتحاد الكرة"), kuwaiti);
}

// «ابنهم نايف»: a kin word with a pronoun starts no name.
TEST(MentionTest, KinWordIsNoGivenName) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوروى ابنهم نايف تفاصيل الحادث للجيران.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_NE(EntityWithMention(articles[0], "نايف"), nullptr);
  for (const EntityMention& m : articles[0].entities) {
    EXPECT_EQ(m.text.find("ابنهم"), std::string::npos) << m.text;
  }
}

// «بالمدينة المنورة» tagged «المنورة»: the word before without its
// proclitic and the mention name a listed place.
TEST(MentionTest, PlaceRunsBackOverItsFirstWord) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال نائب المدير العام بمكتب إرشاد الحافلات بالمدينة "
      "المنورة مروان بن عبدالعزيز إن العمل بدأ.\n");
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_NE(EntityWithMention(articles[0], "المدينة المنورة"), nullptr);
  EXPECT_EQ(EntityWithMention(articles[0], "المنورة"), nullptr);
}

// «فإن البيطار»: a complementizer starts no name; «آن كلير لوجندر» keeps
// «آن», the same letters once folded.
TEST(MentionTest, ComplementizerIsNoGivenName) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوبحسب مصادر متابعة للملف، فإن البيطار استند في عودته "
      "إلى دراسة قانونية.\n");
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_NE(EntityWithMention(articles[0], "البيطار"), nullptr);
  EXPECT_EQ(EntityWithMention(articles[0], "فإن البيطار"), nullptr);
}

// «وأضاف فيرشتابن أن …»: right after a verb of saying, the «ف» of a name
// is no conjunction, and the second spelling joins the first.
TEST(MentionTest, FaOfANameAfterAVerbOfSaying) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال السائق الهولندي ماكس فيرستابن إن السيارة سريعة. "
      "وأضاف فيرشتابن أن الفريق قدم عملا رائعا.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  EXPECT_EQ(EntityWithMention(a, "يرشتابن"), nullptr);
  const Entity* max = EntityWithMention(a, "ماكس فيرستابن");
  ASSERT_NE(max, nullptr);
  EXPECT_EQ(EntityWithMention(a, "فيرشتابن"), max);
}

// «بـجائزة نوبل»: a proclitic stretched by a tatweel is no part of the
// name; «ووُلد السلاوي عام 1959»: "was born" opens no name, while «محمد
// ولد الشيخ الغزواني» keeps its «ولد».
TEST(MentionTest, TatweelCliticAndBornOpenNoName) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nهنأ الملك عبدالله الثاني العالم الأردني عمر ياغي بفوزه "
      "بـجائزة نوبل للكيمياء لعام 2025. ووُلد السلاوي عام 1959 في أكادير "
      "جنوبي المغرب. وقال الرئيس الموريتاني محمد ولد الشيخ الغزواني إن "
      "البلاد بخير.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  for (const EntityMention& m : a.entities) {
    EXPECT_FALSE(m.text.starts_with("بـ")) << m.text;
    EXPECT_FALSE(m.text.starts_with("وُلد")) << m.text;
  }
  EXPECT_NE(EntityWithMention(a, "السلاوي"), nullptr);
  EXPECT_NE(EntityWithMention(a, "محمد ولد الشيخ الغزواني"), nullptr);
}

// «دبلوماسي أميركي فإن كيري»: after a nationality too, «فإن» written with
// its hamza is the complementizer, while «الهولندي فان دايك» keeps «فان».
TEST(MentionTest, HamzatedFaInnaIsNoVan) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nومن مصر سينتقل كيري الاثنين إلى الدوحة. وبحسب دبلوماسي "
      "أميركي فإن كيري سيحاول الإجابة على كل الأسئلة. وقال المدافع الهولندي "
      "فان دايك إن الفريق جاهز.\n");
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(EntityWithMention(articles[0], "فإن كيري"), nullptr);
  EXPECT_NE(EntityWithMention(articles[0], "فان دايك"), nullptr);
}

// «ماكرون مبتسما», «مخاطبا جونسون»: a participle of manner is no part of
// the name; «مورلي موكاسا» (a name of the same letters' length) is.
TEST(MentionTest, MannerParticipleIsNoPartOfAName) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال الرئيس الفرنسي إيمانويل ماكرون إن الزيارة ناجحة. "
      "فعلق ماكرون مبتسما: هذا خبر جيد. وكتب زيلينسكي مخاطبا جونسون: شكرا "
      "لك يا صديقي بوريس جونسون. وقال وزير العمل الأوغندي مورلي موكاسا إن "
      "الاتفاق جاهز.\n");
  ASSERT_EQ(articles.size(), 1u);
  for (const EntityMention& m : articles[0].entities) {
    EXPECT_EQ(m.text.find("مبتسما"), std::string::npos) << m.text;
    EXPECT_EQ(m.text.find("مخاطبا"), std::string::npos) << m.text;
  }
  EXPECT_NE(EntityWithMention(articles[0], "مورلي موكاسا"), nullptr);
}

// Where the page writes the preposition «على», «علي» before a person's
// name is his given name («علي رضا نيكبخت»); where it does not, the tagger's
// reading stands.
TEST(MentionTest, AliWithYaIsTheGivenName) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nويرى الباحث في الشؤون الإيرانية علي رضا نيكبخت أن "
      "الجولة الأولى نجحت على ما يبدو.\n");
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_NE(EntityWithMention(articles[0], "علي رضا نيكبخت"), nullptr);
}

// «بشر الخصاونة» … «عن الخصاونه قوله»: the family name with its final ة
// written ه is the same person, found where the tagger missed it.
TEST(MentionTest, FamilyNameWithHaForTaMarbuta) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوصف رئيس الوزراء بشر الخصاونة المظاهر بأنها \"خرق صريح "
      "للقانون\". ونقل الوزير علي العايد عن الخصاونه قوله إن \"الحكومة "
      "ستحاسب المخالفين\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Entity* e = EntityWithMention(articles[0], "الخصاونه");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "بشر الخصاونة");
}

// «الحديدة» is the city, not «ميناء الحديدة»; «الأمم المتحدة» is not
// «بعثة الأمم المتحدة في ليبيا»: a port named after a listed place, and a
// body's mission, stay apart from what they are named after.
TEST(MentionTest, PortOfAPlaceAndMissionOfABodyStayApart) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوصلت السفينة إلى ميناء الحديدة صباح اليوم. وقال مسؤول في "
      "ميناء الحديدة إن الشحنة كبيرة. وتعيش الحديدة أوضاعا صعبة. وقالت بعثة "
      "الأمم المتحدة في ليبيا في بيان إن الحوار مستمر. وأكدت الأمم المتحدة "
      "دعمها للحل السياسي.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* port = EntityWithMention(a, "ميناء الحديدة");
  const Entity* city = EntityWithMention(a, "الحديدة");
  ASSERT_NE(port, nullptr);
  ASSERT_NE(city, nullptr);
  EXPECT_NE(port, city);
  const Entity* un = EntityWithMention(a, "الأمم المتحدة");
  ASSERT_NE(un, nullptr);
  for (uint32_t m : un->mentions) {
    EXPECT_EQ(a.entities[m].text.find("بعثة"), std::string::npos)
        << a.entities[m].text;
  }
}

// «وأكد الدكتور غاشم» later: «غاشم» is the family name the tagger left
// out of «إبراهيم بن أحمد غاشم».
TEST(MentionTest, FamilyNameAfterAnHonorificCompletesTheName) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوصرح مدير الجامعة الدكتور إبراهيم بن أحمد غاشم بأن "
      "الجامعة جاهزة. وأكد الدكتور غاشم حرص جامعة جازان على استكمال كافة "
      "الترتيبات.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Entity* e = EntityWithMention(articles[0], "غاشم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "إبراهيم بن أحمد غاشم");
}

// «وقالت المنظمة الدولية» after «منظمة التجارة العالمية»: a description,
// no name; the statement is the WTO's.
TEST(MentionTest, GenericDescriptionOfABodyIsNoName) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوانضمت روسيا إلى منظمة التجارة العالمية عام 2012. "
      "وقالت المنظمة الدولية إن كل الدول الأعضاء ستستفيد.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  EXPECT_EQ(EntityWithMention(a, "المنظمة الدولية"), nullptr);
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker,
            testing::EntityIndex(a, "منظمة التجارة العالمية"));
}

// «الاتحاد العالمي لعلماء المسلمين», «المجلس الأعلى للدولة»: a definite
// body, its adjective and what it is for name an organisation; «المجلس
// الوطني للحزب» is the organ of a body named before, no name.
TEST(MentionTest, DefiniteBodyWithItsPurposeIsAnOrganisation) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nونعى الاتحاد العالمي لعلماء المسلمين الشيخ الراحل. وأعلن "
      "المجلس الأعلى للدولة رفضه القرار. وقرر المجلس الوطني للحزب عقد "
      "مؤتمره.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* union_ =
      EntityWithMention(a, "الاتحاد العالمي لعلماء المسلمين");
  ASSERT_NE(union_, nullptr);
  EXPECT_EQ(union_->type, "ORG");
  const Entity* council = EntityWithMention(a, "المجلس الأعلى للدولة");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(council->type, "ORG");
  EXPECT_EQ(EntityWithMention(a, "المجلس الوطني للحزب"), nullptr);
}

// «منذ أن جمّد سعيد أعماله» after «الرئيس قيس سعيّد»: a family name found
// again after a word tagged as a name that is no given name is not run
// into it («جمّد سعيد», «رومانوسكي المشهداني»).
TEST(MentionTest, FamilyNameIsNotRunIntoAWordThatIsNoGivenName) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقلّل الرئيس قيس سعيّد من أهمية هذه النسبة، إذ قال إن "
      "المشاركة مقبولة. ويعيش البرلمان فراغا منذ أن جمّد سعيد أعماله في 25 "
      "تموز/يوليو من العام الماضي.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  EXPECT_EQ(EntityWithMention(a, "جمّد سعيد"), nullptr);
  const Entity* e = EntityWithMention(a, "سعيد");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "قيس سعيّد");
}

// «وقال فان جال»: the Dutch particle after a reporting verb is the name's
// (not «فإن» without its hamza), and the statement is his.
TEST(MentionTest, VanAfterAReportingVerbOpensTheName) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال فان جال للصحفيين بعد فوز يونايتد على برشلونة في "
      "سانتا كلارا، وهو يشير إلى اللاعب «لم يكن على متن الطائرة».\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* e = EntityWithMention(a, "فان جال");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "PER");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "لم يكن على متن الطائرة");
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "فان جال"));
}

// Speakers' names after their office that the tagger missed: a known
// given name after «قال + office», up to the complementizer or the
// outlet; «عزت» ("she attributed") in a name is no cue. Not «إن» (read
// «آن») nor «أمين عام» (an office).
TEST(MentionTest, SpeakersNameAfterHisOffice) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال القيادي في حماس عزت الرشق لسكاي نيوز عربية إن "
      "الحركة تلقت ضمانات.\nوقال مدير الاتصال في الرئاسة التركية فخر الدين "
      "ألطون إن القوات ردت على الهجوم.\nوقال أمين عام المجلس إن الاجتماع "
      "انتهى.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* rishq = EntityWithMention(a, "عزت الرشق");
  ASSERT_NE(rishq, nullptr);
  EXPECT_EQ(rishq->type, "PER");
  const Entity* altun = EntityWithMention(a, "فخر الدين ألطون");
  ASSERT_NE(altun, nullptr);
  EXPECT_EQ(altun->type, "PER");
  EXPECT_EQ(EntityWithMention(a, "أمين عام"), nullptr);
  EXPECT_EQ(EntityWithMention(a, "الحركة تلقت ضمانات"), nullptr);
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "عزت الرشق"));
  EXPECT_EQ(a.quotes[0].cue, "وقال");
  EXPECT_EQ(a.quotes[1].speaker, testing::EntityIndex(a, "فخر الدين ألطون"));
}

// «لويز إيناسيو لولا دا سيلفا» read as two pieces around «لولا» ("if
// not"): one person, «لولا دا سيلفا» is his (a Latin name has no
// father's name), and «وقال لولا» is his statement.
TEST(MentionTest, LatinNameAroundAFunctionWordIsOnePerson) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nفاز الرئيس البرازيلي الأسبق لويز إيناسيو لولا دا سيلفا "
      "بالانتخابات الرئاسية على منافسه جايير بولسونارو.\nوقال لولا في خطاب "
      "النصر: \"اليوم المنتصر الوحيد هو الشعب البرازيلي\".\nوتعهد لولا دا "
      "سيلفا بإنهاء الجوع.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* lula = EntityWithMention(a, "لويز إيناسيو لولا دا سيلفا");
  ASSERT_NE(lula, nullptr);
  EXPECT_EQ(lula->type, "PER");
  const int32_t index = testing::EntityIndex(a, "لويز إيناسيو لولا دا سيلفا");
  ASSERT_GE(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, index);
  const Entity* short_form = EntityWithMention(a, "لولا دا سيلفا");
  if (short_form != nullptr) {
    EXPECT_EQ(short_form, lula);
  }
}

// A word the tagger reads alone as a person in one place and as a place
// in another, inside that person's full name, is that person throughout.
TEST(MentionTest, PersonsWordReadAsAPlaceJoinsThePerson) {
  std::vector<Article> articles = testing::AnalyzeText(
      "برابوو سوبيانتو يعلن فوزه برئاسة إندونيسيا\nأعلن وزير الدفاع "
      "الإندونيسي برابوو سوبيانتو فوزه في الانتخابات الرئاسية.\nوقال برابوو "
      "أمام آلاف من أنصاره إن النصر للشعب.\nويخوض برابوو (٧٢ عاما) "
      "الانتخابات إلى جانب جبران راكابومينغ.\nواتهم منتقدون الرئيس "
      "بالانحياز إلى برابوو رغم تأكيده الحياد.\nونقلت وكالة رويترز عن "
      "مسؤول في حملة برابوو، طلب عدم نشر اسمه، قوله إن الرئيس المنتخب "
      "سيزور الصين.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* prabowo = EntityWithMention(a, "برابوو سوبيانتو");
  ASSERT_NE(prabowo, nullptr);
  int others = 0;
  for (const Entity& e : a.canonical) {
    if (&e != prabowo && e.name == "برابوو") ++others;
  }
  EXPECT_EQ(others, 0);
}

// «الدفاع المدني» is «المديرية العامة للدفاع المدني»: a directorate known
// by what it is for.
TEST(MentionTest, DirectorateKnownByWhatItIsFor) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقالت المديرية العامة للدفاع المدني إن فرق الدفاع المدني "
      "باشرت الحادث.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* whole = EntityWithMention(a, "المديرية العامة للدفاع المدني");
  ASSERT_NE(whole, nullptr);
  EXPECT_EQ(EntityWithMention(a, "الدفاع المدني"), whole);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

INSTANTIATE_TEST_SUITE_P(
    Session20, OneEntityTest,
    ::testing::Values(
        // A place followed by the nationality adjective of its country is
        // the place alone; a state's official name keeps its adjective.
        OneEntityCase{"ووصل الوفد إلى مدينة سالزبورغ النمساوية أمس، ثم غادر "
                      "سالزبورغ متوجها إلى فيينا.",
                      {"سالزبورغ"},
                      "سالزبورغ",
                      "سالزبورغ النمساوية"},
        OneEntityCase{"وعاد الوزير إلى الجمهورية اليمنية بعد زيارة قصيرة.",
                      {"الجمهورية اليمنية"},
                      "",
                      ""},
        // A family name two people share: the one named with it more
        // often so far, not the one named more often by his given name.
        OneEntityCase{"يعاني اليتيم حسن حمد اليامي من شلل، وعزا خاله مبارك "
                      "اليامي المشكلة التي يشكو منها حسن إلى إبرة. وقال "
                      "مبارك اليامي إن حالة حسن تدهورت. وأضاف اليامي أن "
                      "حسن يحتاج إلى العلاج في الخارج.",
                      {"مبارك اليامي", "اليامي"},
                      "مبارك اليامي",
                      ""},
        // A given name of two words before a family name another person
        // of the family bears stays one name with it.
        OneEntityCase{"ويلقب المغاربة الراحل بـ\"سي عبد الرحمان\". ووري جثمان "
                      "الوزير الأول الأسبق عبد الرحمان اليوسفي الثرى أمس. "
                      "وبعث الملك برقية تعزية إلى أرملة الراحل، السيدة هيلين "
                      "اليوسفي.",
                      {"عبد الرحمان اليوسفي"},
                      "عبد الرحمان اليوسفي",
                      ""},
        // A preposition glued to a spelling of another person's name word
        // is no part of the name.
        OneEntityCase{"وقالت المديرة العامة للصندوق كريستالينا غورغييفا إن "
                      "البرنامج سيدعم الاستقرار. وأعرب الوزير عن شكره "
                      "لجورجيفا على دعمها الشخصي.",
                      {"كريستالينا غورغييفا", "جورجيفا"},
                      "كريستالينا غورغييفا",
                      "لجورجيفا"},
        // A participle with its preposition and pronoun after a name is
        // the verb's object.
        OneEntityCase{"وقال المستشار الألماني أولاف شولتس إن القرار كان "
                      "ضروريا. ومن المقرر أن يستقبل شولتز المفرج عنهم في "
                      "مطار كولونيا مساء الخميس.",
                      {"أولاف شولتس", "شولتز"},
                      "أولاف شولتس",
                      "شولتز المفرج"},
        // On a page that writes the preposition «على», «علي» with ya after
        // a given name goes on with the name.
        OneEntityCase{"وشمل التعديل تعيين محمد علي النفطي وزيرا للشؤون "
                      "الخارجية، وحافظ خالد النوري على حقيبة الداخلية. وقال "
                      "النفطي إن الدبلوماسية ستبقى وفية لثوابتها.",
                      {"محمد علي النفطي", "النفطي"},
                      "محمد علي النفطي",
                      ""},
        // A family name shared with a relative the text introduced as
        // such («نجله»): the one the story is about.
        OneEntityCase{"دفن الرئيس المصري الأسبق محمد مرسي فجر اليوم، وفق ما "
                      "أفاد نجله أحمد مرسي. وقال أحمد مرسي إن السلطات رفضت "
                      "دفن والده. وكانت النيابة قد ذكرت أن مرسي سقط داخل "
                      "القفص.",
                      {"محمد مرسي", "مرسي"},
                      "محمد مرسي",
                      ""},
        // A subsidiary named by its parent's name and a purpose in «لـ»:
        // the name alone is the parent.
        OneEntityCase{"أعلنت شركة أرامكو السعودية توقيع صفقة لبيع حصة في "
                      "شركة أرامكو لإمداد الغاز إلى تحالف دولي. وقال رئيس "
                      "أرامكو أمين الناصر إن الصفقة تؤكد ثقة المستثمرين في "
                      "أرامكو.",
                      {"أرامكو السعودية", "أرامكو"},
                      "",
                      ""},
        // An adverb in «و» ends no person's name.
        OneEntityCase{"وقال الرئيس باراك أوباما إن الغارات الجوية ستقتصر على "
                      "أهداف محددة. وقد تم شن أول ضربات جوية في اليوم التالي "
                      "لصدور أمر الرئيس أوباما وتحديدا في 8 أغسطس.",
                      {"باراك أوباما", "أوباما"},
                      "باراك أوباما",
                      "أوباما وتحديدا"},
        // A pope or king has no family name to run on to: neither the
        // weekday nor the verb after «البابا فرنسيس» is part of it.
        OneEntityCase{"وأعلن الفاتيكان أن جنازة البابا فرنسيس السبت في ساحة "
                      "القديس بطرس. وأضاف أن جنازة البابا فرنسيس ستقام صباح "
                      "السبت المقبل، وأن فرنسيس أوصى بدفنه في روما.",
                      {"فرنسيس"},
                      "فرنسيس",
                      "فرنسيس ستقام"},
        // «ومنافسه» (and his rival) opens the next party.
        OneEntityCase{"وتنافس الرئيس رجب طيب أردوغان في الجولة الثانية. "
                      "وتقدم إردوغان ومنافسه كمال كليتشدار أوغلو بطعون.",
                      {"رجب طيب أردوغان", "إردوغان"},
                      "",
                      "إردوغان ومنافسه"},
        // The Maghreb's «سي» (Mr) is a title before the given name.
        OneEntityCase{
            "ووري جثمان الوزير الأول الأسبق عبد الرحمان اليوسفي الثرى. "
            "وقال رفاقه إن \"سي عبد الرحمان\" كان رجل دولة.",
            {"عبد الرحمان اليوسفي", "عبد الرحمان"},
            "عبد الرحمان اليوسفي",
            "سي عبد الرحمان"},
        // «فرستابن» without the «ي» of «فيرستابن» is still one word: its
        // «ف» is the name's own, not «so».
        OneEntityCase{"وتوج الهولندي ماكس فيرستابن بلقب بطولة العالم. وقال "
                      "فرستابن في المؤتمر الصحفي إنه لا يصدق ما حدث.",
                      {"ماكس فيرستابن", "فرستابن"},
                      "ماكس فيرستابن",
                      "رستابن"},
        // An ordinal without its article ends the name.
        OneEntityCase{"وأعلن نادي الاتحاد التعاقد مع كريم بنزيما. ويعد بنزيما "
                      "ثاني نجم عالمي يتجه إلى الدوري السعودي.",
                      {"كريم بنزيما", "بنزيما"},
                      "كريم بنزيما",
                      "بنزيما ثاني"},
        // «جنوب لبنان» is a region of its own, as «جنوب السودان».
        OneEntityCase{"وعاد آلاف النازحين إلى قراهم في جنوب لبنان والبقاع، "
                      "بعد سريان وقف إطلاق النار بين لبنان وإسرائيل.",
                      {"جنوب لبنان"},
                      "جنوب لبنان",
                      ""},
        // A nickname after «المعروف بـ» is the person's, and where the
        // article writes it again the tagger's lone given name runs on.
        OneEntityCase{"وقضت المحكمة بسجن المحامي محمد الباقر والمدون محمد "
                      "إبراهيم، المعروف بـ«محمد أكسجين»، أربع سنوات. وقالت "
                      "المنظمة إن السلطات تعاقب محمد الباقر ومحمد أكسجين "
                      "لمجرد ممارستهم حقهم في التعبير.",
                      {"محمد إبراهيم", "محمد أكسجين"},
                      "محمد إبراهيم",
                      "محمد"},
        // «التابع» relates the name to what follows; a preposition glued
        // to a place's head is no part of its name.
        OneEntityCase{"وعثر على الطفل في مركز أشواق التابع لمحافظة تيماء، "
                      "ثم نقل إلى مستشفى تيماء العام.",
                      {"مركز أشواق"},
                      "مركز أشواق",
                      "مركز أشواق التابع"},
        OneEntityCase{"وتوفي الطفل بمستشفى القنفذة العام مساء أمس.",
                      {"مستشفى القنفذة العام"},
                      "مستشفى القنفذة العام",
                      "بمستشفى القنفذة العام"},
        // «أسمنت القصيم», «جمارك دبي»: a company or a body, not the place.
        OneEntityCase{"وارتفعت أرباح أسمنت القصيم في الربع الثاني، وقال "
                      "مسؤول في أسمنت القصيم إن المبيعات زادت في منطقة "
                      "القصيم.",
                      {"أسمنت القصيم"},
                      "أسمنت القصيم",
                      ""}));

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// «أحفاد مسيلمة الكذاب (الحوثيين)»: after a group's head in construct, the
// name in parentheses names the group, not the person inside the phrase.
TEST(MentionTest, ParenthesisAfterAGroupHeadNamesTheGroup) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأطلق عليه الرسول لقب «مسيلمة الكذاب». وتصدى التحالف "
      "لعصابات الكذب والدجل أحفاد مسيلمة الكذاب (الحوثيين). وقال الحوثيون "
      "إنهم سيواصلون القتال.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Entity* liar = EntityWithMention(a, "مسيلمة الكذاب");
  const Entity* houthis = EntityWithMention(a, "الحوثيون");
  ASSERT_NE(liar, nullptr);
  ASSERT_NE(houthis, nullptr);
  EXPECT_NE(liar, houthis);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

INSTANTIATE_TEST_SUITE_P(
    Session29, OneEntityTest,
    ::testing::Values(
        // A family name written with and without the article, the given
        // name the same: one person.
        OneEntityCase{"وقال المرشح الرئاسي السابق أحمد الطنطاوي إنه سيطعن في "
                      "الحكم. وأكدت حملة أحمد طنطاوي أن الحكم سياسي. وقال "
                      "الطنطاوي إنه لن يغادر البلاد.",
                      {"أحمد الطنطاوي", "أحمد طنطاوي", "الطنطاوي"},
                      "",
                      ""},
        // A family name the tagger took alone for a place, after an
        // office and a given name, completes the name; alone elsewhere it
        // is the person.
        OneEntityCase{"من جهته، أكد رئيس نادي الاتفاق سامر المسحل، في "
                      "تصريحات صحفية، أن القرار كان مشتركا. وقال المسحل إن "
                      "الإدارة ستعلن اسم المدرب الجديد قريبا.",
                      {"سامر المسحل", "المسحل"},
                      "سامر المسحل",
                      ""},
        // Two bodies the article names alone, side by side as subject and
        // object, are not one name.
        OneEntityCase{"وانضمت مكدونالدز إلى الرعاة في الدعوة إلى إصلاح "
                      "الفيفا. وفي السابق انتقدت مكدونالدز الفيفا وطالبت "
                      "بالتغيير. وقال الفيفا إنه سيجتمع مع الرعاة.",
                      {"مكدونالدز"},
                      "مكدونالدز",
                      "مكدونالدز الفيفا"},
        // A kunya as the subject of a verb of saying is a person.
        OneEntityCase{"وقالت أم تهاني: المسئولون في الجامعة لا يدركون نتائج "
                      "قراراتهم. وأضافت أم تهاني: لقد ظلموا ابنتي.",
                      {"أم تهاني"},
                      "أم تهاني",
                      ""}));

// A body's one-word name the tagger typed a place («في هارفارد») is the
// body the article names so elsewhere («وقالت هارفارد»).
TEST(MentionTest, BodysOneWordNameTypedAPlaceIsTheBody) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nواحتفلت مؤسسة مسك بإتمام الطلاب برنامجا في جامعة "
      "هارفارد. وقالت هارفارد إن البرنامج ناجح. وأمضى الطلاب ستة أسابيع في "
      "هارفارد.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  std::set<int32_t> entities;
  for (const EntityMention& m : a.entities) {
    if (m.text == "هارفارد" || m.text == "جامعة هارفارد") {
      entities.insert(m.entity);
    }
  }
  EXPECT_EQ(entities.size(), 1u);
}

// «جوجل» beside «جوجل إكس» and «جوجل كابيتال»: the parent is one entity
// of its own, not split between its units.
TEST(MentionTest, ParentsOneWordIsNotOneOfItsUnits) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nأعلنت جوجل إطلاق مختبر جوجل إكس للأبحاث. وقالت جوجل إن "
      "المختبر مستقل. واستثمرت جوجل كابيتال في شركة ناشئة، وأكدت جوجل أن "
      "الاستثمار طويل الأجل.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  std::set<int32_t> parent;
  for (const EntityMention& m : a.entities) {
    if (m.text == "جوجل") parent.insert(m.entity);
  }
  ASSERT_EQ(parent.size(), 1u);
  for (const EntityMention& m : a.entities) {
    if (m.text == "جوجل كابيتال" || m.text == "جوجل إكس") {
      EXPECT_NE(m.entity, *parent.begin()) << m.text;
    }
  }
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

INSTANTIATE_TEST_SUITE_P(
    Session30, OneEntityTest,
    ::testing::Values(
        // A number among the office's words («صيف حائل 36») does not cut
        // the office from its holder; where «على» is written with «ى»,
        // «علي» is the given name.
        OneEntityCase{"تتواصل الفعاليات التي تشرف على تنظيمها الأمانة. وأكد "
                      "رئيس اللجنة المنظمة لفعاليات صيف حائل 36 في متنزه "
                      "السمراء السياحي علي الفايز أن الإقبال كبير. وقال "
                      "الفايز إن الفعاليات يومية.",
                      {"علي الفايز", "الفايز"},
                      "علي الفايز",
                      ""},
        // A given name the lists lack, after an office and before the
        // place of the statement, with its family name.
        OneEntityCase{"وقالت رئيسة الرابطة ملوك محرز في حديث لـ\"النهار\" "
                      "إن \"الأستاذ لم يعد قادراً على الوصول إلى مدرسته\".",
                      {"ملوك محرز"},
                      "ملوك محرز",
                      ""},
        // A camp named by its town is a place of its own, head and all;
        // the town stays the town.
        OneEntityCase{"واقتحم الجيش مخيم جنين شمال الضفة الغربية فجر اليوم. "
                      "وقال محافظ جنين إن الاقتحام مستمر، وإن سكان مخيم جنين "
                      "نزحوا.",
                      {"مخيم جنين"},
                      "مخيم جنين",
                      ""},
        // Not the body an office names in construct: «خفر السواحل».
        OneEntityCase{"وقالت وزارة الداخلية الإيطالية إن القارب غرق. وقال "
                      "متحدث باسم خفر السواحل أنهم لم يعثروا على ناجين.",
                      {"وزارة الداخلية الإيطالية"},
                      "",
                      "السواحل"}));

// «النصر 2 - 1 الهلال», «الأهلي 3-0 الزمالك»: a score between two clubs
// parts them, and no name opens or holds it.
TEST(MentionTest, ScoreLinePartsTwoClubs) {
  std::vector<Article> articles = testing::AnalyzeText(
      "النصر يتوج بالبطولة العربية\nالنصر 2 - 1 الهلال (بعد التمديد)\n"
      "تُوج النصر بلقب البطولة العربية للأندية الأبطال بعد فوزه على غريمه "
      "التقليدي الهلال بنتيجة 2-1 على ملعب الملك فهد بمدينة الطائف. وفي "
      "مباراة أخرى فاز الأهلي 3-0 الزمالك في القمة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t nassr = EntityOfMention(a, "النصر");
  const int32_t hilal = EntityOfMention(a, "الهلال");
  ASSERT_GE(nassr, 0);
  ASSERT_GE(hilal, 0);
  EXPECT_NE(nassr, hilal);
  for (const Entity& e : a.canonical) {
    for (const std::string& v : e.variants) {
      EXPECT_EQ(v.find_first_of("0123456789"), std::string::npos) << v;
    }
  }
}

// «المعلاة» after «مقبرة المعلاة»: a cemetery (camp, castle, temple,
// museum) by its bare name is the facility; a listed town is not
// («جنين» beside «مخيم جنين»).
TEST(MentionTest, FacilityByItsBareName) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nدفن الفقيد في مقبرة المعلاة بمكة المكرمة بعد صلاة العصر. "
      "وشيعه جمع غفير إلى المعلاة. واقتحم الجيش مخيم جنين فجر اليوم، وقال "
      "محافظ جنين إن الاقتحام مستمر.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t cemetery = EntityOfMention(a, "مقبرة المعلاة");
  ASSERT_GE(cemetery, 0);
  EXPECT_EQ(EntityOfMention(a, "المعلاة"), cemetery);
  const int32_t camp = EntityOfMention(a, "مخيم جنين");
  ASSERT_GE(camp, 0);
  EXPECT_NE(EntityOfMention(a, "جنين"), camp);
}
// «ترشحه لرئاسة الاتحاد الدولي», «تنحيه عن رئاسة الزمالك»: the presidency
// of a federation or club is no body — the name inside it is the body
// the short and long forms name; «رئاسة الجمهورية» stays a body.
TEST(MentionTest, PresidencyOfAClubIsNoBody) {
  std::vector<Article> articles = testing::AnalyzeText(
      "بلاتيني يترشح\nأعلن ميشال بلاتيني ترشحه لرئاسة الاتحاد الدولي. وقال "
      "إن الاتحاد الدولي يحتاج إلى إصلاح. وقال الشيخ سلمان إن الاتحاد الدولي "
      "لكرة القدم سيتغير. وأعلن مرتضى منصور تنحيه عن رئاسة الزمالك، وقال إن "
      "نادي الزمالك بخير. وقالت رئاسة الجمهورية في بيان إن الحداد يبدأ "
      "اليوم.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t fifa = EntityOfMention(a, "الاتحاد الدولي لكرة القدم");
  ASSERT_GE(fifa, 0);
  EXPECT_EQ(EntityOfMention(a, "الاتحاد الدولي"), fifa);
  EXPECT_LT(EntityOfMention(a, "رئاسة الاتحاد الدولي"), 0);
  const int32_t zamalek = EntityOfMention(a, "نادي الزمالك");
  ASSERT_GE(zamalek, 0);
  EXPECT_EQ(EntityOfMention(a, "الزمالك"), zamalek);
  EXPECT_LT(EntityOfMention(a, "رئاسة الزمالك"), 0);
  EXPECT_GE(EntityOfMention(a, "رئاسة الجمهورية"), 0);
}

// «فلكية جدة: …» in a headline: its first word keeps its «ف» (a headline
// opens with no conjunction), so the short name is the society's.
TEST(MentionTest, HeadlineOpensWithNoConjunction) {
  std::vector<Article> articles = testing::AnalyzeText(
      "فلكية جدة: الشهب تصل ذروتها غدا\nقالت الجمعية الفلكية بجدة إن "
      "الشهب تصل ذروتها غدا.\n");
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_LT(EntityOfMention(articles[0], "لكية جدة"), 0);
  EXPECT_GE(EntityOfMention(articles[0], "فلكية جدة"), 0);
}
}  // namespace
}  // namespace marsad
