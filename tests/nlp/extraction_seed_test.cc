// Issue 5's acceptance on the reference page: every canonical entity with
// its variants and roles, every attributable statement with its speaker,
// the day expressions, and the interactions.
#include <set>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlp/extraction_test_util.h"
#include "test_pages.h"

namespace marsad {
namespace {

using testing::EntityIndex;
using testing::FindEntity;

class SeedExtractionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    page_ = new std::string(testing::SeedPage());
    articles_ = new std::vector<Article>(testing::AnalyzeText(*page_));
  }
  static void TearDownTestSuite() {
    delete articles_;
    delete page_;
  }
  const Article& main() const { return (*articles_)[0]; }
  const Article& related() const { return (*articles_)[1]; }
  static std::string* page_;
  static std::vector<Article>* articles_;
};
std::string* SeedExtractionTest::page_ = nullptr;
std::vector<Article>* SeedExtractionTest::articles_ = nullptr;

// «على المحك النصر الكامل في غزة»: victory, not the club (no sport in the
// article); «قال … بتسلئيل سموتريتش لنتنياهو»: Smotrich speaks to
// Netanyahu, the name ends before «لنتنياهو».
TEST_F(SeedExtractionTest, NoClubAndNoNameRunningIntoTheAddressee) {
  for (const Article& a : *articles_) {
    for (const EntityMention& m : a.entities) {
      EXPECT_NE(m.text, "النصر");
      EXPECT_EQ(m.text.find("لنتنياهو"), std::string::npos) << m.text;
    }
  }
}

TEST_F(SeedExtractionTest, TwoArticles) {
  ASSERT_EQ(articles_->size(), 2u);
  EXPECT_EQ(main().reference_date->ToIso(), "2023-10-08");
  EXPECT_EQ(main().reference_basis, "published");
  EXPECT_FALSE(related().reference_date.has_value());
}

struct EntityCase {
  int article;
  const char* name;
  const char* type;
  std::vector<const char*> variants;  // besides the name
  const char* title;                  // a role title, or nullptr
  const char* country;
};

TEST_F(SeedExtractionTest, CanonicalEntitiesWithVariantsAndRoles) {
  const EntityCase cases[] = {
      {0, "أنتوني بلينكن", "PER", {"بلينكن"}, "وزير الخارجية", "US"},
      {0, "سامح شكري", "PER", {"شكري"}, "وزير الخارجية", "EG"},
      {0, "جو بايدن", "PER", {"بايدن"}, "الرئيس", "US"},
      {0, "ماثيو ميلر", "PER", {}, "المتحدث باسم الخارجية", ""},
      {0, "بنيامين نتانياهو", "PER", {}, "رئيس الوزراء", ""},
      {0, "حماس", "ORG", {}, nullptr, ""},
      {0, "سكاي نيوز عربية", "ORG", {}, nullptr, ""},
      {0, "وزارة الخارجية الأميركية", "ORG", {}, nullptr, ""},
      {1, "إسرائيل هيوم", "ORG", {}, nullptr, ""},
      {0, "مصر", "LOC", {}, nullptr, ""},
      {1, "بنيامين نتنياهو", "PER", {"نتنياهو"}, "رئيس الوزراء", "IL"},
      {1, "دونالد ترامب", "PER", {"ترامب"}, "الرئيس", "US"},
      {1, "بتسلئيل سموتريتش", "PER", {"سموتريتش"}, "وزير المالية", "IL"},
      {1, "واشنطن", "LOC", {}, nullptr, ""},
  };
  for (const EntityCase& c : cases) {
    const Article& a = (*articles_)[c.article];
    const Entity* e = FindEntity(a, c.name);
    ASSERT_NE(e, nullptr) << c.name;
    EXPECT_EQ(e->type, c.type) << c.name;
    for (const char* v : c.variants) {
      EXPECT_NE(std::find(e->variants.begin(), e->variants.end(), v),
                e->variants.end())
          << c.name << " lacks variant " << v;
    }
    if (c.title != nullptr) {
      bool found = false;
      for (const EntityRole& r : e->roles) {
        found |= r.title == c.title && r.country == c.country;
        EXPECT_EQ(r.ref.span.Of(*page_), r.text);
      }
      EXPECT_TRUE(found) << c.name << " lacks role " << c.title << " "
                         << c.country;
    }
    for (uint32_t m : e->mentions) {
      EXPECT_EQ(a.entities[m].ref.span.Of(*page_), a.entities[m].text);
    }
  }
  // One name per person: no second entity for «بلينكن» or «نتنياهو».
  EXPECT_EQ(FindEntity(main(), "بلينكن"), nullptr);
  EXPECT_EQ(FindEntity(related(), "نتنياهو"), nullptr);
  // Spellings across articles meet on the cross-document key.
  EXPECT_EQ(FindEntity(main(), "بنيامين نتانياهو")->key,
            FindEntity(related(), "بنيامين نتنياهو")->key);
  // Countries named by places.
  EXPECT_EQ(FindEntity(main(), "مصر")->country, "EG");
}

TEST_F(SeedExtractionTest, RelativeDaysResolvedAgainstPublication) {
  std::vector<std::string> main_days;
  for (const TimeExpression& t : main().dates) {
    EXPECT_EQ(t.ref.span.Of(*page_), t.text);
    ASSERT_TRUE(t.value.has_value()) << t.text;
    // The date line is the publication day; «السبت» the day before.
    EXPECT_EQ(t.value->ToIso(),
              t.text.starts_with("8th") ? "2023-10-08" : "2023-10-07")
        << t.text;
    main_days.push_back(t.text);
  }
  EXPECT_EQ(main_days,
            (std::vector<std::string>{"السبت", "يوم السبت", "يوم السبت",
                                      "8th, October 2023 GMT"}));
  // The related article has no date: the weekday is known, the day is not.
  ASSERT_EQ(related().dates.size(), 1u);
  EXPECT_EQ(related().dates[0].text, "اليوم الأحد");
  EXPECT_FALSE(related().dates[0].value.has_value());
  EXPECT_EQ(related().dates[0].weekday, 0);
}

struct QuoteCase {
  const char* speaker;  // canonical name, or "" for a description
  const char* speaker_text;
  Quote::Kind kind;
  const char* starts_with;
  const char* addressee;  // or nullptr
  const char* reporter;   // or nullptr (a name contained in the reporter's)
  const char* date;       // or nullptr
};

void ExpectQuotes(const Article& a, const std::string& page,
                  const std::vector<QuoteCase>& want) {
  ASSERT_EQ(a.quotes.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    const Quote& q = a.quotes[i];
    const QuoteCase& w = want[i];
    SCOPED_TRACE("quote " + std::to_string(i + 1) + ": " + q.text);
    EXPECT_EQ(q.ref.span.Of(page), q.text);
    EXPECT_TRUE(q.text.starts_with(w.starts_with));
    EXPECT_EQ(q.kind, w.kind);
    if (*w.speaker != '\0') {
      EXPECT_EQ(q.speaker, EntityIndex(a, w.speaker));
    } else {
      EXPECT_EQ(q.speaker_text, w.speaker_text);
    }
    if (w.addressee != nullptr) {
      EXPECT_EQ(q.addressee, EntityIndex(a, w.addressee));
    } else {
      EXPECT_EQ(q.addressee, -1);
    }
    if (w.reporter != nullptr) {
      ASSERT_GE(q.reporter, 0);
      EXPECT_NE(a.canonical[q.reporter].name.find(w.reporter),
                std::string::npos);
    } else {
      EXPECT_EQ(q.reporter, -1);
    }
    if (w.date != nullptr) {
      ASSERT_GE(q.date, 0);
      EXPECT_EQ(a.dates[q.date].value->ToIso(), w.date);
    }
  }
}

TEST_F(SeedExtractionTest, MainArticleQuotes) {
  using K = Quote::Kind;
  ExpectQuotes(
      main(), *page_,
      {
          // The first paragraph as a whole, attributed to the State
          // Department («وفقا لوزارة الخارجية الأميركية»).
          {"وزارة الخارجية الأميركية", "", K::kIndirect, "أجرى وزير الخارجية",
           nullptr, nullptr, "2023-10-07"},
          {"أنتوني بلينكن", "", K::kDirect, "ضرورة التوصل إلى وقف فوري",
           nullptr, "ماثيو ميلر", nullptr},
          {"جو بايدن", "", K::kMixed, "الولايات المتحدة مستعدة", nullptr,
           nullptr, "2023-10-07"},
          {"جو بايدن", "", K::kDirect, "لن نتقاعس أبدا عن مساندتها", nullptr,
           nullptr, nullptr},
          // «وذكر الرئيس الأميركي في بيان»: the role stands for Biden.
          {"جو بايدن", "", K::kDirect, "أوضحت لرئيس الوزراء", nullptr, nullptr,
           nullptr},
          // «وأضاف في تحذير مباشر»: no subject, the previous speaker.
          {"جو بايدن", "", K::kDirect, "لإسرائيل الحق في الدفاع", nullptr,
           nullptr, nullptr},
      });
}

TEST_F(SeedExtractionTest, RelatedArticleQuotes) {
  using K = Quote::Kind;
  ExpectQuotes(related(), *page_,
               {
                   {"بنيامين نتنياهو", "", K::kMixed, "سيبحث مع الرئيس",
                    nullptr, nullptr, nullptr},
                   {"بنيامين نتنياهو", "", K::kIndirect, "قراراته خلال الحرب",
                    nullptr, nullptr, nullptr},
                   {"بنيامين نتنياهو", "", K::kMixed, "سيجري لقاء", nullptr,
                    nullptr, nullptr},
                   {"بنيامين نتنياهو", "", K::kDirect, "سنناقش تحقيق النصر",
                    nullptr, nullptr, nullptr},
                   {"بتسلئيل سموتريتش", "", K::kMixed, "هناك",
                    "بنيامين نتنياهو", nullptr, nullptr},
                   {"بتسلئيل سموتريتش", "", K::kDirect, "وبالطبع ضد رأس",
                    nullptr, "إسرائيل هيوم", nullptr},
               });
}

struct InteractionCase {
  int article;
  const char* a;
  const char* b;
  const char* tense;
  const char* channel;
  const char* date;   // or nullptr
  const char* place;  // or nullptr
};

TEST_F(SeedExtractionTest, Interactions) {
  const InteractionCase cases[] = {
      {0, "أنتوني بلينكن", "سامح شكري", "happened", "phone", "2023-10-07",
       nullptr},
      {0, "جو بايدن", "بنيامين نتانياهو", "happened", "phone", "2023-10-07",
       nullptr},
      {1, "بنيامين نتنياهو", "دونالد ترامب", "planned", "", nullptr, "واشنطن"},
  };
  EXPECT_EQ(main().interactions.size(), 2u);
  EXPECT_EQ(related().interactions.size(), 1u);
  for (const InteractionCase& c : cases) {
    const Article& a = (*articles_)[c.article];
    const std::set<int32_t> want = {EntityIndex(a, c.a), EntityIndex(a, c.b)};
    const Interaction* found = nullptr;
    for (const Interaction& in : a.interactions) {
      std::set<int32_t> got(in.participants.begin(), in.participants.end());
      if (got == want) found = &in;
    }
    ASSERT_NE(found, nullptr) << c.a << " - " << c.b;
    EXPECT_EQ(found->tense, c.tense);
    EXPECT_EQ(found->channel, c.channel);
    if (c.date != nullptr) {
      ASSERT_GE(found->date, 0);
      EXPECT_EQ(a.dates[found->date].value->ToIso(), c.date);
    }
    if (c.place != nullptr) {
      ASSERT_GE(found->place, 0);
      EXPECT_EQ(a.canonical[found->place].name, c.place);
    }
  }
}

TEST_F(SeedExtractionTest, RankedTagsReplaceTheRepetitiveTagLine) {
  // The page's own tags stay as given; marsad's are the salient entities,
  // without repeats.
  EXPECT_FALSE(main().tags.empty());
  const std::vector<std::string>& tags = main().ranked_tags;
  ASSERT_GE(tags.size(), 4u);
  EXPECT_EQ(std::set<std::string>(tags.begin(), tags.end()).size(),
            tags.size());
  for (const char* must : {"أنتوني بلينكن", "سامح شكري", "حماس"}) {
    EXPECT_NE(std::find(tags.begin(), tags.end(), must), tags.end()) << must;
  }
}

}  // namespace
}  // namespace marsad
