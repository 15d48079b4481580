// The table of known aliases, and the entity linker joining a body's
// names through it.
#include "nlp/entities/known_aliases.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlp/extraction_test_util.h"
#include "nlp/ner/text_ops.h"

namespace marsad {
namespace {

// The entity of the first mention written `text`, -2 for none.
int32_t EntityOf(const Article& a, std::string_view text) {
  for (const EntityMention& m : a.entities) {
    if (m.text == text) return m.entity;
  }
  return -2;
}

int Group(const char* name) {
  return nlp::KnownAliasGroup(ner::NormalizeWord(name));
}

TEST(KnownAliasesTest, GroupsNamesOfOneBody) {
  EXPECT_GT(Group("فرانس برس"), 0);
  EXPECT_EQ(Group("فرانس برس"), Group("أ ف ب"));
  EXPECT_EQ(Group("وكالة فرانس برس"), Group("أ ف ب"));
  EXPECT_EQ(Group("وكالة الأنباء السعودية"), Group("واس"));
  EXPECT_EQ(Group("وكالة الأنباء الإيرانية"), Group("إرنا"));
  EXPECT_EQ(Group("رابطة دول جنوب شرق آسيا"), Group("اسيان"));
  EXPECT_EQ(Group("إدارة الكوارث والطوارئ التركية"), Group("آفاد"));
  EXPECT_EQ(Group("كأس العالم للأندية"), Group("مونديال الأندية"));
  EXPECT_EQ(Group("الاتحاد الدولي لكرة القدم"), Group("الفيفا"));
  EXPECT_EQ(Group("فيفا"), Group("FIFA"));
  EXPECT_EQ(Group("حلف شمال الأطلسي"), Group("الناتو"));
  EXPECT_EQ(Group("نادي ليفربول"), Group("الريدز"));
  EXPECT_NE(Group("ليفربول"), Group("يوفنتوس"));
  // Movements: «الحوثي» (the movement, in «ميليشيا الحوثي») and «أنصار
  // الله» are «الحوثيين»; «تنظيم الدولة الإسلامية» is «داعش».
  EXPECT_GT(Group("الحوثيين"), 0);
  EXPECT_EQ(Group("الحوثي"), Group("الحوثيين"));
  EXPECT_EQ(Group("جماعة أنصار الله"), Group("الحوثيين"));
  EXPECT_EQ(Group("تنظيم الدولة الإسلامية"), Group("داعش"));
  EXPECT_NE(Group("داعش"), Group("حماس"));
  // Untabled names, and «كأس» (which folds to «كاس», not the court).
  EXPECT_EQ(Group("كأس"), 0);
  EXPECT_EQ(Group("وزارة الخارجية"), 0);
}

// National teams and clubs by their nicknames.
TEST(KnownAliasesTest, TeamsAndTheirNicknames) {
  EXPECT_GT(Group("النشامى"), 0);
  EXPECT_EQ(Group("المنتخب الأردني"), Group("النشامى"));
  EXPECT_EQ(Group("البافانا بافانا"), Group("منتخب جنوب إفريقيا"));
  EXPECT_EQ(Group("الإنتر"), Group("إنتر ميلان"));
  EXPECT_NE(Group("الإنتر"), Group("ميلان"));
  EXPECT_EQ(Group("سان جيرمان"), Group("باريس سان جيرمان"));
  EXPECT_EQ(Group("دورتموند"), 0);  // the city too
}

// «الدواعش», the members' plural, names the organisation.
TEST(KnownAliasesTest, TheMembersPluralNamesTheGroup) {
  EXPECT_GT(Group("الدواعش"), 0);
  EXPECT_EQ(Group("الدواعش"), Group("الدولة الإسلامية"));
}

// «الخضر», a given name too, tagged as a person beside «منتخب الجزائر»:
// the team's nickname joins the team.
TEST(KnownAliasesTest, NicknameTaggedAsAPersonJoinsTheTeam) {
  std::vector<Article> articles = testing::AnalyzeText(
      "الجزائر بطلة العرب\n"
      "توج منتخب الجزائر بلقب كأس العرب بعد فوزه على تونس، وقال مدرب "
      "الخضر جمال بلماضي إن اللاعبين قدموا كل شيء. واحتفل الخضر مع "
      "الجماهير حتى الفجر.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t team = EntityOf(a, "منتخب الجزائر");
  ASSERT_GE(team, 0);
  EXPECT_EQ(EntityOf(a, "الخضر"), team);
  EXPECT_EQ(a.canonical[team].type, "ORG");
}

// «وبحسب برنامج الأغذية العالمي»: a tabled name the tagger missed is a
// body, whole (not «رنامج …» after a proclitic), and speaks.
TEST(KnownAliasesTest, TabledNamesTheTaggerMissed) {
  const std::string page =
      "أزمة الغذاء\n"
      "وبحسب برنامج الأغذية العالمي، فإن نحو 22 مليون شخص سيواجهون "
      "الجوع. وقالت منظمة أطباء بلا حدود إن طفلا يموت كل ساعتين.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t wfp = EntityOf(a, "برنامج الأغذية العالمي");
  ASSERT_GE(wfp, 0);
  EXPECT_EQ(a.canonical[wfp].type, "ORG");
  ASSERT_FALSE(a.quotes.empty());
  EXPECT_EQ(a.quotes[0].speaker, wfp);
  // The tagger's «منظمة أطباء» gives way to the whole tabled name.
  EXPECT_GE(EntityOf(a, "منظمة أطباء بلا حدود"), 0);
}

// One-word names that are a body wherever they stand, which the tagger
// misses in plain contexts («وقال الكنيست إن …») or types as something
// else («إنفيديا»); «لليونيسف» starts after «لل» and joins «اليونيسف»;
// an Israeli channel by its number; the phrase «السلطة الفلسطينية».
TEST(KnownAliasesTest, SingleNamesAndChannelsTheTaggerMissed) {
  EXPECT_TRUE(nlp::IsKnownSingleName(ner::NormalizeWord("الكنيست")));
  EXPECT_TRUE(nlp::IsKnownSingleName(ner::NormalizeWord("إنفيديا")));
  EXPECT_FALSE(nlp::IsKnownSingleName(ner::NormalizeWord("الاتحاد")));
  EXPECT_FALSE(nlp::IsKnownSingleName(ner::NormalizeWord("ميتا")));
  std::vector<Article> articles = testing::AnalyzeText(
      "قانون التغذية القسرية\n"
      "وقال الكنيست إن القانون يقترح تخويل مفوض مصلحة السجون صلاحية "
      "التوجه إلى المحكمة. ونقلت القناة 12 العبرية عن مسؤول أمني أن "
      "التصويت جرى فجرا، فيما رفضت السلطة الفلسطينية القانون.\n"
      "وقالت المديرة التنفيذية لليونيسف كاثرين راسل إن الأطفال في خطر، "
      "وأكدت اليونيسف أنها سترسل لقاحات. وأشار محللون إلى أن إنفيديا "
      "رفعت أسعار رقائقها.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  for (const char* name :
       {"الكنيست", "القناة 12", "السلطة الفلسطينية", "اليونيسف", "إنفيديا"}) {
    const int32_t e = EntityOf(a, name);
    ASSERT_GE(e, 0) << name;
    EXPECT_EQ(a.canonical[e].type, "ORG") << name;
  }
  EXPECT_EQ(EntityOf(a, "يونيسف"), EntityOf(a, "اليونيسف"));
  EXPECT_EQ(a.canonical[EntityOf(a, "يونيسف")].name, "اليونيسف");
  ASSERT_FALSE(a.quotes.empty());
  EXPECT_EQ(a.quotes[0].speaker, EntityOf(a, "الكنيست"));
}

TEST(KnownAliasesTest, LinkerJoinsAnAgencyAndItsInitials) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "وقال مصدر عسكري لوكالة فرانس برس إن القوات تقدمت نحو المدينة.\n"
      "وأضاف المصدر أن المعارك مستمرة منذ الصباح. (أ ف ب)\n"
      "وأعلن حلف شمال الأطلسي أنه سيعزز وجوده في الشرق، وقال الأمين العام "
      "لحلف الناتو ينس ستولتنبرغ إن الناتو مستعد.\n"
      "وفاز نادي الهلال على ضيفه بثلاثة أهداف، وقال رئيس الهلال إن فريق "
      "الزعيم يستحق اللقب.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  auto entity_of = [&](std::string_view text) { return EntityOf(a, text); };
  ASSERT_GE(entity_of("فرانس برس"), 0);
  EXPECT_EQ(entity_of("أ ف ب"), entity_of("فرانس برس"));
  ASSERT_GE(entity_of("الناتو"), 0);
  EXPECT_EQ(entity_of("حلف شمال الأطلسي"), entity_of("الناتو"));
  ASSERT_GE(entity_of("الزعيم"), 0);
  EXPECT_EQ(entity_of("الزعيم"), entity_of("الهلال"));
}

// A dateline «مراكش (أ ف ب)» and a caption's credit name a place and a
// source; a name in parentheses after a body is its alias («(وام)»).
TEST(KnownAliasesTest, DatelineIsNoAlias) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "مراكش (أ ف ب) - أعلنت السلطات المغربية ارتفاع حصيلة الزلزال.\n"
      "وذكرت وكالة الأنباء الإماراتية (وام) أن فرق الإنقاذ وصلت إلى "
      "مراكش.\n"
      "مقاتلة بريطانية تقلع من قاعدة أكروتيري في قبرص للمشاركة في الضربات على "
      "مواقع الحوثيين (أ ف ب)\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  auto entity_of = [&](std::string_view text) { return EntityOf(a, text); };
  ASSERT_GE(entity_of("مراكش"), 0);
  ASSERT_GE(entity_of("أ ف ب"), 0);
  EXPECT_NE(entity_of("مراكش"), entity_of("أ ف ب"));
  ASSERT_GE(entity_of("وام"), 0);
  EXPECT_EQ(entity_of("وام"), entity_of("وكالة الأنباء الإماراتية"));
  // A caption's credit is no alias of the last name of the caption.
  ASSERT_GE(entity_of("الحوثيين"), 0);
  EXPECT_NE(entity_of("الحوثيين"), entity_of("أ ف ب"));
}

// «بيروت، لبنان (CNN)--»: a dash after the parenthesis makes a dateline
// of a line that does not start with the parenthesised name's neighbour.
TEST(KnownAliasesTest, DatelineWithADashAfterTwoPlaces) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "بيروت، لبنان (CNN)-- وصل الرئيس الفرنسي إيمانويل ماكرون، الخميس، إلى "
      "بيروت في أول زيارة لرئيس أجنبي إلى لبنان.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(EntityOf(a, "لبنان"), 0);
  ASSERT_GE(EntityOf(a, "CNN"), 0);
  EXPECT_NE(EntityOf(a, "لبنان"), EntityOf(a, "CNN"));
}

// «العاصمة المقدسة» is Makkah and «بيت الله الحرام» the Grand Mosque;
// «إمارة مكة» stays a body of its own.
TEST(KnownAliasesTest, EpithetsOfTheHolyPlaces) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوصل الحجاج إلى مكة المكرمة أمس. وقالت إمارة مكة إن "
      "العاصمة المقدسة مستعدة لاستقبال ضيوف الرحمن في المسجد الحرام، وإن "
      "بيت الله الحرام سيفتح على مدار الساعة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(EntityOf(a, "مكة المكرمة"), 0);
  EXPECT_EQ(EntityOf(a, "مكة المكرمة"), EntityOf(a, "العاصمة المقدسة"));
  ASSERT_GE(EntityOf(a, "إمارة مكة"), 0);
  EXPECT_NE(EntityOf(a, "مكة المكرمة"), EntityOf(a, "إمارة مكة"));
  ASSERT_GE(EntityOf(a, "المسجد الحرام"), 0);
  EXPECT_EQ(EntityOf(a, "المسجد الحرام"), EntityOf(a, "بيت الله الحرام"));
}

// «أبو مازن» is Mahmoud Abbas, «الجولاني» Ahmed al-Sharaa: a person's
// kunya or nom de guerre joins his name, which stays the canonical one; a
// tabled name of one group does not join another person.
TEST(KnownAliasesTest, PeopleByTheirKunya) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nقال الرئيس محمود عباس إن الوضع خطير. وأكد أبو مازن أن "
      "الحل سياسي. ووصل الجولاني إلى دمشق، وقال أحمد الشرع إن سوريا "
      "للجميع.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(EntityOf(a, "محمود عباس"), 0);
  EXPECT_EQ(EntityOf(a, "أبو مازن"), EntityOf(a, "محمود عباس"));
  ASSERT_GE(EntityOf(a, "أحمد الشرع"), 0);
  EXPECT_EQ(EntityOf(a, "الجولاني"), EntityOf(a, "أحمد الشرع"));
  EXPECT_NE(EntityOf(a, "محمود عباس"), EntityOf(a, "أحمد الشرع"));
  EXPECT_EQ(a.canonical[EntityOf(a, "أبو مازن")].name, "محمود عباس");
  EXPECT_EQ(a.canonical[EntityOf(a, "الجولاني")].name, "أحمد الشرع");
  EXPECT_GT(nlp::KnownPersonAliasGroup(ner::NormalizeWord("أبو مازن")), 0);
  EXPECT_EQ(nlp::KnownPersonAliasGroup(ner::NormalizeWord("أبو مازن")),
            nlp::KnownPersonAliasGroup(ner::NormalizeWord("محمود عباس")));
  EXPECT_EQ(nlp::KnownPersonAliasGroup(ner::NormalizeWord("عباس")), 0);
}

}  // namespace
}  // namespace marsad
