#include "ingest/page_structurer.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "test_pages.h"

namespace marsad {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class PageStructurerTest : public ::testing::Test {
 protected:
  absl::Status Structure(const std::string& page, std::vector<Article>* out) {
    page_ = page;
    return structurer_.StructurePage(page_, 1, out);
  }
  std::vector<Article> MustStructure(const std::string& page) {
    std::vector<Article> out;
    absl::Status s = Structure(page, &out);
    EXPECT_TRUE(s.ok()) << s;
    return out;
  }

  Normalizer normalizer_;
  Tokenizer tokenizer_;
  Stemmer stemmer_;
  PageStructurer structurer_{&normalizer_, &tokenizer_, &stemmer_};
  std::string page_;
};

TEST_F(PageStructurerTest, SeedPageHasMainAndRelatedArticles) {
  std::vector<Article> a = MustStructure(testing::SeedPage());
  ASSERT_EQ(a.size(), 2u);

  const Article& main = a[0];
  EXPECT_EQ(main.role, ArticleRole::kMain);
  EXPECT_EQ(main.title, "بلينكن يبحث مع شكري إمكانية \"وقف فوري\" لهجمات حماس");
  EXPECT_EQ(main.title_ref.span.Of(page_), main.title);
  ASSERT_TRUE(main.published.has_value());
  EXPECT_EQ(main.published->ToIso(), "2023-10-08");
  ASSERT_TRUE(main.published_ref.has_value());
  EXPECT_THAT(std::string(main.published_ref->span.Of(page_)),
              HasSubstr("October 2023"));
  EXPECT_EQ(main.source, "سكاي نيوز عربية");
  ASSERT_TRUE(main.source_ref.has_value());
  EXPECT_EQ(main.source_ref->span.Of(page_), main.source);
  EXPECT_EQ(main.paragraphs.size(), 7u);
  EXPECT_TRUE(main.subheadings.empty());
  EXPECT_THAT(main.tags,
              ElementsAre("ملفات", "بلينكن", "حماس", "جو بايدن", "إسرائيل",
                          "بنيامين نتانياهو", "مصر", "فلسطين", "شرق أوسط"));
  EXPECT_EQ(main.input.first_line, 1u);
  EXPECT_EQ(main.input.last_line, 11u);
  for (const Paragraph& p : main.paragraphs) {
    EXPECT_EQ(p.ref.span.Of(page_), p.text);
  }
  EXPECT_TRUE(main.paragraphs[0].text.starts_with("أجرى وزير الخارجية"));

  const Article& related = a[1];
  EXPECT_EQ(related.role, ArticleRole::kRelated);
  EXPECT_EQ(related.title, "نتنياهو \"يبحث النصر على حماس\" مع ترامب");
  EXPECT_FALSE(related.published.has_value());  // the page gives none
  EXPECT_EQ(related.source, "");
  EXPECT_EQ(related.paragraphs.size(), 8u);
  ASSERT_EQ(related.subheadings.size(), 1u);
  EXPECT_EQ(related.subheadings[0].text, "سموتريتش يطالب بالنصر الكامل في غزة");
  EXPECT_EQ(related.subheadings[0].before_paragraph, 6u);
  EXPECT_EQ(related.main_id, main.id);
  EXPECT_EQ(related.input.first_line, 12u);  // the «إقرأ أيضاً» line
  EXPECT_EQ(related.input.last_line, 22u);
  EXPECT_NE(main.id, related.id);
  EXPECT_EQ(main.id.size(), 32u);
}

TEST_F(PageStructurerTest, IdIsStableAndContentDerived) {
  std::vector<Article> a = MustStructure(testing::SeedPage());
  std::vector<Article> b = MustStructure(testing::SeedPage());
  EXPECT_EQ(a[0].id, b[0].id);
  // Adding tashkeel does not change the words, so not the id.
  std::string vowelled = testing::SeedPage();
  vowelled.replace(vowelled.find("يبحث"), std::string("يبحث").size(), "يَبحثُ");
  std::vector<Article> c = MustStructure(vowelled);
  EXPECT_EQ(c[0].id, a[0].id);
  std::string changed = testing::SeedPage();
  changed.replace(changed.find("السبت"), std::string("السبت").size(), "الأحد");
  std::vector<Article> d = MustStructure(changed);
  EXPECT_NE(d[0].id, a[0].id);
}

struct LayoutCase {
  std::string name;
  std::string page;
  std::string title;
  std::string published;  // "" = none
  std::string source;
  std::vector<std::string> tags;
  size_t paragraphs;
  size_t articles;
};

TEST_F(PageStructurerTest, OtherOutletLayouts) {
  const LayoutCase cases[] = {
      {"arabic month, other markers",
       "الحكومة تعلن خطة لدعم المزارعين\n"
       "نشر بتاريخ: الثلاثاء ١٤ تشرين الثاني/نوفمبر ٢٠٢٣\n"
       "أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين في المناطق الريفية.\n"
       "وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة.\n"
       "مصدر الخبر: وكالة الأنباء الرسمية\n"
       "الكلمات الدلالية: الزراعة، الحكومة، قروض ميسرة، الزراعة\n",
       "الحكومة تعلن خطة لدعم المزارعين",
       "2023-11-14",
       "وكالة الأنباء الرسمية",
       {"الزراعة", "الحكومة", "قروض ميسرة"},
       2,
       1},
      {"iso date, no source, related with title on marker line",
       "ارتفاع أسعار النفط في الأسواق العالمية\n"
       "2024-03-05\n"
       "ارتفعت أسعار النفط اليوم بنسبة 2% بعد قرار خفض الإنتاج.\n"
       "اقرأ أيضا: الذهب يتراجع مع صعود الدولار\n"
       "تراجعت أسعار الذهب اليوم مع ارتفاع قيمة الدولار الأميركي.\n",
       "ارتفاع أسعار النفط في الأسواق العالمية",
       "2024-03-05",
       "",
       {},
       1,
       2},
      {"no date line: published stays null",
       "افتتاح معرض الكتاب في العاصمة\n"
       "افتتح المعرض أبوابه أمام الزوار بمشاركة مئات دور النشر.\n"
       "وسوم: معرض الكتاب\n",
       "افتتاح معرض الكتاب في العاصمة",
       "",
       "",
       {"معرض الكتاب"},
       1,
       1},
      {"a byline and the date after a dash",
       "الأنواء الجوية تحذر من أمطار غزيرة\n"
       "رووداو ديجيتال - 15-12-2021\n"
       "حذرت مديرية الأنواء الجوية، اليوم الأربعاء، من موجة أمطار غزيرة.\n",
       "الأنواء الجوية تحذر من أمطار غزيرة",
       "2021-12-15",
       "",
       {},
       1,
       1},
      {"a date line with the time and its zone",
       "الجولاني: هدف الثورة إسقاط النظام\n"
       "الجمعة، 06 ديسمبر 2024 09:12 ص بتوقيت غرينتش\n"
       "قال قائد هيئة تحرير الشام في مقابلة بثت مساء الخميس إن الهدف "
       "واضح.\n",
       "الجولاني: هدف الثورة إسقاط النظام",
       "2024-12-06",
       "",
       {},
       1,
       1},
      {"a dash and a date inside a sentence is a paragraph",
       "الحكومة تعلن موعد الانتخابات\n"
       "التاريخ: 5 يناير 2024\n"
       "وقال الوزير إن الموعد النهائي للترشح، وهو أمر محسوم - 20-01-2024\n",
       "الحكومة تعلن موعد الانتخابات",
       "2024-01-05",
       "",
       {},
       1,
       1},
      {"tags joined from evidence",
       "زيارة رسمية إلى المملكة المغربية\n"
       "التاريخ: 5 يناير 2024\n"
       "وصل الرئيس الفرنسي إيمانويل ماكرون إلى المملكة المغربية في زيارة "
       "رسمية.\n"
       "كلمات دلالية: إيمانويل ماكرون المغرب فرنسا إيمانويل ماكرون\n",
       "زيارة رسمية إلى المملكة المغربية",
       "2024-01-05",
       "",
       {"إيمانويل ماكرون", "المغرب", "فرنسا"},
       1,
       1},
  };
  for (const LayoutCase& c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<Article> a = MustStructure(c.page);
    ASSERT_EQ(a.size(), c.articles);
    EXPECT_EQ(a[0].title, c.title);
    EXPECT_EQ(a[0].published ? a[0].published->ToIso() : "", c.published);
    EXPECT_EQ(a[0].source, c.source);
    EXPECT_EQ(a[0].tags, c.tags);
    EXPECT_EQ(a[0].paragraphs.size(), c.paragraphs);
  }
}

TEST_F(PageStructurerTest, RelatedHeadlineListBecomesSeveralArticles) {
  std::vector<Article> a = MustStructure(
      "ارتفاع أسعار النفط\n"
      "ارتفعت أسعار النفط اليوم بعد قرار خفض الإنتاج.\n"
      "اقرأ أيضا:\n"
      "الذهب يتراجع مع صعود الدولار\n"
      "البورصة السعودية تغلق على ارتفاع\n"
      "أوبك تبقي على سياسة الإنتاج\n");
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[1].title, "الذهب يتراجع مع صعود الدولار");
  EXPECT_EQ(a[2].title, "البورصة السعودية تغلق على ارتفاع");
  EXPECT_EQ(a[3].title, "أوبك تبقي على سياسة الإنتاج");
  for (size_t i = 1; i < a.size(); ++i) {
    EXPECT_EQ(a[i].role, ArticleRole::kRelated);
    EXPECT_TRUE(a[i].paragraphs.empty());
    EXPECT_EQ(a[i].title_ref.span.Of(page_), a[i].title);
    EXPECT_EQ(a[i].main_id, a[0].id);
  }
  EXPECT_EQ(a[1].input.first_line, 3u);
  EXPECT_EQ(a[1].input.last_line, 4u);
  EXPECT_EQ(a[3].input.first_line, 6u);
}

TEST_F(PageStructurerTest, DateLineInBothCalendars) {
  std::vector<Article> a = MustStructure(
      "وزير الخارجية يستقبل نظيره الأردني\n"
      "الأحد ٢٣ ربيع الأول ١٤٤٥ هـ - الموافق ٨ أكتوبر ٢٠٢٣ م\n"
      "استقبل وزير الخارجية اليوم نظيره الأردني وبحث معه العلاقات الثنائية.\n");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0].published.has_value());
  EXPECT_EQ(a[0].published->ToIso(), "2023-10-08");
  EXPECT_EQ(a[0].paragraphs.size(), 1u);
}

TEST_F(PageStructurerTest, DashSeparatedLabels) {
  std::vector<Article> a = MustStructure(
      "ارتفاع أسعار النفط\n"
      "تاريخ النشر - 2024-03-05\n"
      "ارتفعت أسعار النفط اليوم بعد قرار خفض الإنتاج - بحسب وكالات.\n"
      "المصدر – وكالات\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].published->ToIso(), "2024-03-05");
  EXPECT_EQ(a[0].source, "وكالات");
  // A dash inside a paragraph is not a label.
  EXPECT_EQ(a[0].paragraphs.size(), 1u);
}

TEST_F(PageStructurerTest, RelatedArticleTitleOnMarkerLine) {
  std::vector<Article> a = MustStructure(
      "ارتفاع أسعار النفط\n"
      "ارتفعت أسعار النفط اليوم بعد قرار خفض الإنتاج.\n"
      "إقرأ أيضاً: الذهب يتراجع مع صعود الدولار\n"
      "تراجعت أسعار الذهب اليوم مع ارتفاع قيمة الدولار.\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].title, "الذهب يتراجع مع صعود الدولار");
  EXPECT_EQ(a[1].title_ref.span.Of(page_), a[1].title);
  EXPECT_EQ(a[1].paragraphs.size(), 1u);
}

// «اقرأ أيضا: <headline>» with the article going on after it is a link
// inside the article, not the start of another one.
TEST_F(PageStructurerTest, InlineReadAlsoLinkIsNoSecondArticle) {
  std::vector<Article> a = MustStructure(
      "المركزي يرفع الفائدة 2%\n"
      "آخر تحديث: 13:47 - الخميس 27 أكتوبر 2022\n"
      "قرر البنك المركزي رفع سعر الفائدة بواقع 200 نقطة أساس اليوم.\n"
      "اقرأ أيضا: جورجيفا: الاقتصاد العالمي مقبل على شتاء صعب\n"
      "من جانبها، قالت رئيسة البعثة إن القرار يدعم الاستقرار.\n"
      "وأضافت أن المحادثات تستمر.\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].paragraphs.size(), 3u);
  ASSERT_EQ(a[0].links.size(), 1u);
  EXPECT_EQ(a[0].links[0].text, "جورجيفا: الاقتصاد العالمي مقبل على شتاء صعب");
  EXPECT_EQ(a[0].links[0].ref.span.Of(page_), a[0].links[0].text);
  ASSERT_TRUE(a[0].published.has_value());
}

// «اقرأ أيضاً» alone, a headline, then «وقال …»: a link; the article goes
// on (its later days keep the page's date). A headline followed by its own
// lead («قال …», as on the seed page) is still a related article.
TEST_F(PageStructurerTest, MarkerAloneThenHeadlineThenCarryingOn) {
  std::vector<Article> a = MustStructure(
      "البرهان يرحب باتفاق جدة\n"
      "نشر في: 21 مايو 2023\n"
      "رحب الفريق أول عبد الفتاح البرهان باتفاق وقف إطلاق النار.\n"
      "اقرأ أيضاً\n"
      "مصادر العربية: الوسطاء يبحثون آلية لمراقبة الهدنة\n"
      "وقال مصدر دبلوماسي إن جولة جديدة قد تنطلق الأسبوع المقبل.\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].paragraphs.size(), 2u);
  ASSERT_EQ(a[0].links.size(), 1u);
  EXPECT_EQ(a[0].links[0].text,
            "مصادر العربية: الوسطاء يبحثون آلية لمراقبة الهدنة");
  EXPECT_EQ(a[0].links[0].ref.span.Of(page_), a[0].links[0].text);

  a = MustStructure(
      "البرهان يرحب باتفاق جدة\n"
      "رحب الفريق أول عبد الفتاح البرهان باتفاق وقف إطلاق النار.\n"
      "إقرأ أيضاً:\n"
      "نتنياهو يبحث النصر على حماس مع ترامب\n"
      "قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إنه سيلتقي ترامب.\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].title, "نتنياهو يبحث النصر على حماس مع ترامب");
}

// Share bars are page furniture, not text of the article.
TEST_F(PageStructurerTest, ShareButtonsAreNoParagraphs) {
  std::vector<Article> a = MustStructure(
      "المركزي يرفع الفائدة\n"
      "شارك\n"
      "فيسبوك تويتر واتساب نسخ الرابط\n"
      "قرر البنك المركزي رفع سعر الفائدة اليوم.\n"
      "شارك الخبر: فيسبوك | تويتر | واتساب\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].title, "المركزي يرفع الفائدة");
  ASSERT_EQ(a[0].paragraphs.size(), 1u);
  EXPECT_EQ(a[0].paragraphs[0].text,
            "قرر البنك المركزي رفع سعر الفائدة اليوم.");
}

// An unlabelled line of names after the share buttons is the tag line.
TEST_F(PageStructurerTest, NamesAfterTheShareButtonsAreTheTagLine) {
  std::vector<Article> a = MustStructure(
      "الأهلي يتوج بكأس السوبر\n"
      "توج الأهلي بكأس السوبر المصري بعد فوزه على الزمالك بركلات الترجيح.\n"
      "شارك الخبر\n"
      "الأهلي الزمالك كأس السوبر المصري مارسيل كولر جوزيه جوميز\n");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(a[0].paragraphs.size(), 1u);
  ASSERT_EQ(a[0].tag_lines.size(), 1u);
  EXPECT_EQ(a[0].tag_lines[0].text,
            "الأهلي الزمالك كأس السوبر المصري مارسيل كولر جوزيه جوميز");
  // A sentence after the buttons is still text.
  a = MustStructure(
      "الأهلي يتوج بكأس السوبر\n"
      "توج الأهلي بكأس السوبر المصري بعد فوزه على الزمالك.\n"
      "شارك الخبر\n"
      "ويلتقي الفريقان مجددا في الدوري الممتاز خلال الأسابيع المقبلة.\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].paragraphs.size(), 2u);
  EXPECT_TRUE(a[0].tag_lines.empty());
}

TEST_F(PageStructurerTest, ErrorsNameTheProblem) {
  std::vector<Article> out;
  absl::Status s = Structure("\n  \n", &out);
  EXPECT_FALSE(s.ok());
  s = Structure("المصدر: وكالة\nكلمات دلالية: أ ب\n", &out);
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), HasSubstr("no title"));
  std::string paragraph;
  for (int i = 0; i < 80; ++i) paragraph += "كلمة طويلة جدا ";
  s = Structure(paragraph + "\nفقرة.\n", &out);
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), HasSubstr("line 1"));
}

TEST_F(PageStructurerTest, RecordGetsTitleAndParagraphsFromFields) {
  RecordFields r;
  r.title = "الكوارث الطبيعية تشرد 20 مليون شخص";
  r.content =
      " قال تقرير اليوم إن قرابة 20 مليون شخص أجبروا على الفرار.\n\n"
      "وقال مجلس اللاجئين إن آسيا معرضة للكوارث.";
  r.date = "2015-07-20";
  r.source = "aleqtisadiya";
  r.tags = {"كوارث", "لاجئون", "كوارث"};
  std::vector<Article> out;
  ASSERT_TRUE(structurer_.StructureRecord(r, &out).ok());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].paragraphs.size(), 2u);
  EXPECT_EQ(out[0].paragraphs[1].ref.field, Field::kContent);
  EXPECT_EQ(out[0].paragraphs[1].ref.span.Of(r.content),
            out[0].paragraphs[1].text);
  EXPECT_EQ(out[0].published->ToIso(), "2015-07-20");
  EXPECT_EQ(out[0].tags, (std::vector<std::string>{"كوارث", "لاجئون"}));
  RecordFields untitled;
  untitled.content = "نص بلا عنوان.";
  EXPECT_FALSE(structurer_.StructureRecord(untitled, &out).ok());
}

}  // namespace
}  // namespace marsad
