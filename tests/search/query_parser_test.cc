#include "search/query_parser.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace marsad::search_internal {
namespace {

struct ClauseCase {
  std::string query;
  // "w:" word, "p:" phrase, prefixed by "+" or "-" for required/excluded.
  std::vector<std::string> clauses;
};

std::string Describe(const QueryClause& c) {
  std::string s = c.occur == Occur::kRequired   ? "+"
                  : c.occur == Occur::kExcluded ? "-"
                                                : "";
  return s + (c.phrase ? "p:" : "w:") + c.text;
}

TEST(QueryParserTest, Clauses) {
  const std::vector<ClauseCase> cases = {
      {"السعودية", {"w:السعودية"}},
      {"  وزير   الخارجية ", {"w:وزير", "w:الخارجية"}},
      {"\"المملكة العربية السعودية\" النفط",
       {"p:المملكة العربية السعودية", "w:النفط"}},
      {"«ولي العهد» +الرياض -جدة", {"p:ولي العهد", "+w:الرياض", "-w:جدة"}},
      {"-«الحرس الثوري» إيران", {"-p:الحرس الثوري", "w:إيران"}},
      {"“الأمم المتحدة”", {"p:الأمم المتحدة"}},
      {"اليمن - الحوثي", {"w:اليمن", "w:الحوثي"}},  // a lone minus
      {"\"غير مغلق", {"p:غير مغلق"}},               // unclosed quote
      {"الرياض\u200Fجدة", {"w:الرياض", "w:جدة"}},   // RLM separates
      {"−النفط", {"-w:النفط"}},                     // U+2212 minus
      {"«»", {}},
  };
  for (const ClauseCase& c : cases) {
    auto q = ParseQuery(c.query, {});
    ASSERT_TRUE(q.ok()) << c.query << ": " << q.status();
    std::vector<std::string> got;
    for (const auto& cl : q->clauses) got.push_back(Describe(cl));
    EXPECT_EQ(got, c.clauses) << c.query;
  }
}

TEST(QueryParserTest, Filters) {
  auto q = ParseQuery(
      "النفط from=2015-01-01 to:2015-12-31 source=sabq tag=اقتصاد "
      "entity=Q123 source=\"سبق الإلكترونية\" fromage",
      {});
  ASSERT_TRUE(q.ok()) << q.status();
  ASSERT_TRUE(q->from && q->to);
  EXPECT_EQ(*q->from, (CivilDate{2015, 1, 1}));
  EXPECT_EQ(*q->to, (CivilDate{2015, 12, 31}));
  EXPECT_THAT(q->sources, testing::ElementsAre("sabq", "سبق الإلكترونية"));
  EXPECT_THAT(q->tags, testing::ElementsAre("اقتصاد"));
  EXPECT_THAT(q->entities, testing::ElementsAre("Q123"));
  ASSERT_EQ(q->clauses.size(), 2u);  // النفط, fromage
  EXPECT_EQ(q->clauses[1].text, "fromage");
}

TEST(QueryParserTest, Errors) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"from=2015-02-30", "not a date"},
      {"to=yesterday", "not a date"},
      {"source=", "has no value"},
      {std::string("\xD8", 1), "invalid UTF-8 at byte 0"},
      {std::string(5000, 'a'), "bytes; the limit is 4096"},
  };
  for (const auto& [query, reason] : cases) {
    auto q = ParseQuery(query, {});
    ASSERT_FALSE(q.ok()) << query;
    EXPECT_EQ(q.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(q.status().message()), testing::HasSubstr(reason));
  }
  std::string many;
  for (int i = 0; i < 40; ++i) many += "كلمة ";
  auto q = ParseQuery(many, {});
  ASSERT_FALSE(q.ok());
  EXPECT_THAT(std::string(q.status().message()),
              testing::HasSubstr("more than 32"));
}

TEST(QueryParserTest, IsoDates) {
  EXPECT_TRUE(ParseIsoDate("2024-02-29"));
  EXPECT_FALSE(ParseIsoDate("2023-02-29"));
  EXPECT_FALSE(ParseIsoDate("2023-13-01"));
  EXPECT_FALSE(ParseIsoDate("2023-1-01"));
  EXPECT_FALSE(ParseIsoDate("٢٠٢٣-٠١-٠١"));
}

}  // namespace
}  // namespace marsad::search_internal
