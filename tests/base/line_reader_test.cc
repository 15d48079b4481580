#include "base/line_reader.h"

#include <string>
#include <vector>

#include "base/env.h"
#include "gtest/gtest.h"

namespace marsad {
namespace {

struct ReadLine {
  std::string text;
  uint64_t number;
  uint64_t offset;
  bool too_long;
};

std::vector<ReadLine> ReadAll(const std::string& contents, size_t max_line,
                              size_t read_size) {
  MemEnv env;
  env.AddFile("f", contents);
  auto file = env.NewSequentialFile("f");
  EXPECT_TRUE(file.ok());
  LineReader reader(file->get(),
                    {.max_line_bytes = max_line, .read_size = read_size});
  std::vector<ReadLine> out;
  Line line;
  while (true) {
    absl::StatusOr<bool> more = reader.Next(&line);
    EXPECT_TRUE(more.ok());
    if (!more.ok() || !*more) break;
    out.push_back(
        {std::string(line.text), line.number, line.offset, line.too_long});
  }
  return out;
}

TEST(LineReaderTest, SplitsLinesAcrossReadBoundaries) {
  const std::string text = "المصدر: سكاي نيوز عربية\r\nإقرأ أيضاً:\n\nآخر";
  for (size_t read_size : {16, 17, 23, 64, 4096}) {
    std::vector<ReadLine> lines = ReadAll(text, 1 << 20, read_size);
    ASSERT_EQ(lines.size(), 4u) << read_size;
    EXPECT_EQ(lines[0].text, "المصدر: سكاي نيوز عربية");
    EXPECT_EQ(lines[1].text, "إقرأ أيضاً:");
    EXPECT_EQ(lines[1].number, 2u);
    EXPECT_EQ(lines[2].text, "");
    EXPECT_EQ(lines[3].text, "آخر");
    EXPECT_EQ(lines[3].offset, text.size() - std::string("آخر").size());
  }
}

TEST(LineReaderTest, TooLongLineIsSkippedWithoutKeepingIt) {
  std::string huge(100000, 'x');
  std::string text = "قبل\n" + huge + "\nبعد\n";
  std::vector<ReadLine> lines = ReadAll(text, 1000, 4096);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "قبل");
  EXPECT_TRUE(lines[1].too_long);
  EXPECT_EQ(lines[1].text, "");
  EXPECT_EQ(lines[2].text, "بعد");
  EXPECT_EQ(lines[2].number, 3u);
}

TEST(LineReaderTest, EmptyFileHasNoLines) {
  EXPECT_TRUE(ReadAll("", 100, 64).empty());
}

TEST(LineReaderTest, ReadFaultIsAnError) {
  MemEnv env;
  env.AddFile("f", "سطر أول\nسطر ثان\n");
  env.FailReadsAfter("f", 5);
  auto file = env.NewSequentialFile("f");
  ASSERT_TRUE(file.ok());
  LineReader reader(file->get(), {.max_line_bytes = 100, .read_size = 16});
  Line line;
  absl::StatusOr<bool> more = reader.Next(&line);
  EXPECT_FALSE(more.ok());
}

TEST(MemEnvTest, DirectoriesAreImpliedByPaths) {
  MemEnv env;
  env.AddFile("pages/a.txt", "1");
  env.AddFile("pages/sub/b.jsonl", "2");
  EXPECT_TRUE(env.IsDirectory("pages"));
  EXPECT_TRUE(env.IsDirectory("pages/sub"));
  EXPECT_FALSE(env.IsDirectory("pages/a.txt"));
  auto names = env.ListDirectory("pages");
  ASSERT_TRUE(names.ok());
  EXPECT_EQ(*names, (std::vector<std::string>{"a.txt", "sub"}));
  EXPECT_FALSE(env.NewSequentialFile("missing").ok());
}

}  // namespace
}  // namespace marsad
