#include "ingest/jsonl_reader.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace marsad {
namespace {

using ::testing::HasSubstr;

TEST(JsonlParserTest, ReadsSaudiNewsNetRecord) {
  JsonlParser parser;
  RecordFields r;
  std::string fetched;
  const std::string line =
      R"j({"source": "aleqtisadiya", "url": "http://www.aleqt.com/a.html", "date_extracted": "2015-07-21 02:47:05", "title": "الكوارث الطبيعية تشرد 20 مليون شخص", "author": "جنيف : (رويترز)", "content": "قال تقرير اليوم الاثنين.\nوقال المجلس."})j";
  absl::Status s = parser.Parse(line, &r, &fetched);
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(r.title, "الكوارث الطبيعية تشرد 20 مليون شخص");
  EXPECT_EQ(r.source, "aleqtisadiya");
  EXPECT_EQ(r.author, "جنيف : (رويترز)");
  EXPECT_EQ(r.content, "قال تقرير اليوم الاثنين.\nوقال المجلس.");
  EXPECT_EQ(r.date, "");  // a crawl time is not a publication date
  EXPECT_EQ(fetched, "2015-07-21 02:47:05");
}

TEST(JsonlParserTest, AlternativeFieldNamesAndTags) {
  JsonlParser parser;
  RecordFields r;
  const std::string line =
      R"j({"headline":"عنوان","text":"نص.","published_at":"2023-10-08","tags":["حماس","مصر"]})j";
  absl::Status s = parser.Parse(line, &r);
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(r.title, "عنوان");
  EXPECT_EQ(r.content, "نص.");
  EXPECT_EQ(r.date, "2023-10-08");
  EXPECT_EQ(r.tags, (std::vector<std::string>{"حماس", "مصر"}));
}

struct BadCase {
  std::string line;
  std::string expected;
};

TEST(JsonlParserTest, BadRecordsNameTheReason) {
  const BadCase cases[] = {
      {R"j({"title": "عنوان", "content": )j", "not valid JSON at column"},
      {"هذا ليس JSON", "not valid JSON at column 1"},
      {R"j(["title"])j", "not an object"},
      {"", "empty line"},  // found by fuzz/jsonl_fuzzer (memcpy of nullptr)
      {R"j({"content": "نص بلا عنوان"})j", "no \"title\""},
      {R"j({"title": 42})j", "\"title\" is not a string"},
      {R"j({"title": "ع", "tags": [1]})j", "non-string element"},
  };
  JsonlParser parser;
  for (const BadCase& c : cases) {
    RecordFields r;
    absl::Status s = parser.Parse(c.line, &r);
    EXPECT_FALSE(s.ok()) << c.line;
    EXPECT_THAT(std::string(s.message()), HasSubstr(c.expected)) << c.line;
  }
}

}  // namespace
}  // namespace marsad
