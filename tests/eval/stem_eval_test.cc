#include "eval/stem_eval.h"

#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

namespace marsad::eval {
namespace {

// Columns as in kabi.csv (a repeated "stem" header: the first one counts).
constexpr std::string_view kTsv =
    "word\troot\tstem\tstem\n"
    "الكتاب\tكتب\tكتاب\tx\n"
    "كتابه\tكتب\tكتاب\tx\n"
    "كُتّابهم\tكتب\tكتاب;كاتب\tx\n"  // tashkeel is removed
    "المدرسة\tدرس\tمدرسة\tx\n"
    "مدارس\tدرس\tمدرسة\tx\n"
    "الكتاب\tكتب\tغلط\tx\n"  // repeated word: first line wins
    "\n"
    "والموسيقى\t\t؟\tx\n";  // unknown gold

TEST(ParseStemmingTsvTest, ReadsColumnsByName) {
  auto words = ParseStemmingTsv(kTsv, "inline");
  ASSERT_TRUE(words.ok()) << words.status();
  ASSERT_EQ(words->size(), 6u);
  EXPECT_EQ((*words)[0].word, "الكتاب");
  EXPECT_EQ((*words)[0].stems, std::vector<std::string>{"كتاب"});
  EXPECT_TRUE((*words)[0].lemmas.empty());
  EXPECT_EQ((*words)[2].word, "كتابهم");
  EXPECT_EQ((*words)[2].stems, (std::vector<std::string>{"كتاب", "كاتب"}));
  EXPECT_EQ((*words)[5].word, "والموسيقي");  // ى -> ي
  EXPECT_TRUE((*words)[5].stems.empty());
}

TEST(ParseStemmingTsvTest, NamesTheDataSetOnError) {
  auto none = ParseStemmingTsv("", "empty.csv");
  EXPECT_FALSE(none.ok());
  auto no_word = ParseStemmingTsv("root\tstem\nكتب\tكتاب\n", "bad.csv");
  ASSERT_FALSE(no_word.ok());
  EXPECT_NE(std::string(no_word.status().message()).find("bad.csv"),
            std::string::npos);
}

TEST(ScoreStemmerTest, CountsPairsAndExactMatches) {
  // Gold classes: {كتاب: الكتاب كتابه الكتاب(كتّاب)} {مدرسة: المدرسة مدارس};
  // the unknown-gold word takes part in no pair.
  auto words = ParseStemmingTsv(kTsv, "inline");
  ASSERT_TRUE(words.ok());

  const StemScores identity = ScoreStemmer(
      *words, "identity", [](std::string_view w) { return std::string(w); });
  EXPECT_EQ(identity.words, 6u);
  EXPECT_EQ(identity.stem_words, 5u);
  EXPECT_DOUBLE_EQ(identity.precision, 1.0);  // no system pairs at all
  EXPECT_DOUBLE_EQ(identity.recall, 0.0);
  EXPECT_DOUBLE_EQ(identity.f1, 0.0);
  EXPECT_DOUBLE_EQ(identity.exact_stem, 0.0);

  // Everything in one class: recall 1, precision = gold pairs / all pairs.
  const StemScores lump = ScoreStemmer(
      *words, "lump", [](std::string_view) { return std::string("x"); });
  EXPECT_DOUBLE_EQ(lump.recall, 1.0);
  EXPECT_DOUBLE_EQ(lump.precision, 4.0 / 10.0);  // (3+1) of C(5,2)
  EXPECT_DOUBLE_EQ(lump.distinct_outputs, 1.0 / 6.0);

  // Drops a leading ال and a final ه/هم: merges the three كتاب words (3 of
  // the 4 gold pairs), never wrongly; مدارس stays apart from مدرسة.
  const StemScores light =
      ScoreStemmer(*words, "light", [](std::string_view w) {
        std::string s(w);
        const std::string al = "ال", hm = "هم", h = "ه";
        if (s.rfind(al, 0) == 0) s = s.substr(al.size());
        if (s.size() > hm.size() &&
            s.compare(s.size() - hm.size(), hm.size(), hm) == 0) {
          s.resize(s.size() - hm.size());
        } else if (s.size() > h.size() &&
                   s.compare(s.size() - h.size(), h.size(), h) == 0) {
          s.resize(s.size() - h.size());
        }
        return s;
      });
  EXPECT_DOUBLE_EQ(light.precision, 1.0);
  EXPECT_DOUBLE_EQ(light.recall, 3.0 / 4.0);
  EXPECT_DOUBLE_EQ(light.f1, 2 * 1.0 * 0.75 / 1.75);
  EXPECT_DOUBLE_EQ(light.exact_stem, 4.0 / 5.0);  // all but مدارس
}

TEST(EvaluateStemmersTest, RunsAllSystemsOnFiles) {
  const std::string dir = ::testing::TempDir();
  {
    std::ofstream out(dir + "/tiny.csv");
    out << "word\troot\tstem\tlemma\n"
           "والمتحدثون\tحدث\tمتحدث\tمتحدث\n"
           "المتحدث\tحدث\tمتحدث\tمتحدث\n"
           "متحدثة\tحدث\tمتحدث\tمتحدث\n"
           "بالهجوم\tهجم\tهجوم\tهجوم\n"
           "هجوما\tهجم\tهجوم\tهجوم\n"
           "وزير\tوزر\tوزير\tوزير\n";
  }
  StemEvalOptions options;
  options.data_dir = dir;
  options.datasets = {"tiny"};
  auto results = EvaluateStemmers(options);
  ASSERT_TRUE(results.ok()) << results.status();
  ASSERT_EQ(results->size(), 1u);
  const DatasetResult& r = (*results)[0];
  ASSERT_EQ(r.systems.size(), 4u);
  EXPECT_EQ(r.systems[0].system, "identity");
  EXPECT_EQ(r.systems[1].system, "snowball");
  EXPECT_EQ(r.systems[3].system, "marsad");
  const StemScores& marsad = r.systems[3];
  EXPECT_EQ(marsad.words, 6u);
  // All four gold pairs merged, nothing else (وزير keeps its و).
  EXPECT_DOUBLE_EQ(marsad.recall, 1.0);
  EXPECT_DOUBLE_EQ(marsad.precision, 1.0);
  EXPECT_DOUBLE_EQ(marsad.exact_stem, 1.0);

  const std::string table = FormatStemTable(*results);
  EXPECT_NE(table.find("tiny"), std::string::npos);
  EXPECT_NE(table.find("snowball"), std::string::npos);
  EXPECT_NE(table.find("conf-F1"), std::string::npos);
}

TEST(EvaluateStemmersTest, MissingFileIsNotFound) {
  StemEvalOptions options;
  options.data_dir = ::testing::TempDir() + "/no-such-dir";
  options.datasets = {"kabi"};
  auto results = EvaluateStemmers(options);
  ASSERT_FALSE(results.ok());
  EXPECT_EQ(results.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(std::string(results.status().message()).find("kabi.csv"),
            std::string::npos);
}

}  // namespace
}  // namespace marsad::eval
