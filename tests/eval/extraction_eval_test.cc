#include "eval/extraction_eval.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace marsad::eval {
namespace {

// Code points before byte `b` of `s` (the gold stores code-point spans).
size_t CodePoints(std::string_view s, size_t b) {
  return utf8::CodePointCount(s.substr(0, b));
}

// A page with a related article after «إقرأ أيضاً:» that spells the same
// man otherwise: the gold annotates the page as one, so the evaluation
// must score both articles and link «نتنياهو» to «بنيامين نتانياهو» the way
// the store links articles.
TEST(ExtractionEvalTest, ScoresEveryArticleOfThePage) {
  const std::string title = "نتانياهو يتحدث عن الحرب";
  const std::string content =
      "قال رئيس الوزراء الإسرائيلي بنيامين نتانياهو إن الحرب ستطول.\n"
      "إقرأ أيضاً:\n"
      "نتنياهو يلتقي ترامب\n"
      "وقال رئيس الوزراء بنيامين نتنياهو إن اللقاء مهم.\n";
  nlohmann::json record = {{"source", "test"},
                           {"url", "http://example.com/1"},
                           {"date_extracted", "2023-10-08 12:00:00"},
                           {"title", title},
                           {"author", ""},
                           {"content", content}};
  const std::string dir = ::testing::TempDir();
  const std::string corpus = dir + "/extraction_eval_corpus.jsonl";
  const std::string gold_path = dir + "/extraction_eval_gold.jsonl";
  { std::ofstream(corpus) << record.dump() << "\n"; }
  auto mention = [&](std::string_view field_text, std::string_view field,
                     std::string_view word, size_t from) {
    const size_t b = field_text.find(word, from);
    return nlohmann::json{{"field", field},
                          {"start", CodePoints(field_text, b)},
                          {"end", CodePoints(field_text, b + word.size())}};
  };
  const size_t related = content.find("إقرأ");
  nlohmann::json gold = {
      {"record", 0},
      {"url", "http://example.com/1"},
      {"title_chars", utf8::CodePointCount(title)},
      {"content_chars", utf8::CodePointCount(content)},
      {"entities",
       {{{"id", "e1"},
         {"type", "PER"},
         {"canonical", "بنيامين نتانياهو"},
         {"mentions",
          {mention(content, "content", "بنيامين نتانياهو", 0),
           mention(content, "content", "بنيامين نتنياهو", related)}}}}},
      {"quotes", nlohmann::json::array()},
      {"dates", nlohmann::json::array()}};
  { std::ofstream(gold_path) << gold.dump() << "\n"; }
  ExtractionEvalOptions o;
  o.gold_path = gold_path;
  o.corpus_path = corpus;
  std::ostringstream errors;
  auto r = EvaluateExtraction(o, &errors);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->mentions.tp, 2u) << errors.str();
  EXPECT_EQ(r->merge_pairs.tp, 1u) << errors.str();
  EXPECT_EQ(r->merge_pairs.fn, 0u) << errors.str();
  std::remove(corpus.c_str());
  std::remove(gold_path.c_str());
}

// «وأضاف المصدر» after «قال مصدر حكومي رفيع»: the gold may write the
// definite back-reference or the full description for the same unnamed
// source; either matches the engine's description of it.
TEST(ExtractionEvalTest, DefiniteBackReferenceIsTheSameDescription) {
  const std::string title = "تعديل وزاري مرتقب";
  const std::string content =
      "قال مصدر حكومي رفيع إن التعديل جاء بعد تقييم أداء الوزارات. "
      "وأضاف المصدر أن ملف الكهرباء كان على الطاولة.\n";
  nlohmann::json record = {{"source", "test"},
                           {"url", "http://example.com/2"},
                           {"date_extracted", "2024-05-06 12:00:00"},
                           {"title", title},
                           {"author", ""},
                           {"content", content}};
  const std::string dir = ::testing::TempDir();
  const std::string corpus = dir + "/extraction_eval_corpus2.jsonl";
  const std::string gold_path = dir + "/extraction_eval_gold2.jsonl";
  { std::ofstream(corpus) << record.dump() << "\n"; }
  auto quote = [&](std::string_view text, std::string_view cue,
                   std::string_view speaker_text) {
    const size_t b = content.find(text);
    return nlohmann::json{{"field", "content"},
                          {"start", CodePoints(content, b)},
                          {"end", CodePoints(content, b + text.size())},
                          {"kind", "indirect"},
                          {"cue", cue},
                          {"speaker", nullptr},
                          {"speaker_text", speaker_text},
                          {"addressee", nullptr},
                          {"reporter", nullptr}};
  };
  nlohmann::json gold = {
      {"record", 0},
      {"url", "http://example.com/2"},
      {"title_chars", utf8::CodePointCount(title)},
      {"content_chars", utf8::CodePointCount(content)},
      {"entities", nlohmann::json::array()},
      {"quotes",
       {quote("التعديل جاء بعد تقييم أداء الوزارات", "قال", "مصدر حكومي رفيع"),
        quote("ملف الكهرباء كان على الطاولة", "وأضاف", "المصدر")}},
      {"dates", nlohmann::json::array()}};
  { std::ofstream(gold_path) << gold.dump() << "\n"; }
  ExtractionEvalOptions o;
  o.gold_path = gold_path;
  o.corpus_path = corpus;
  std::ostringstream errors;
  auto r = EvaluateExtraction(o, &errors);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->quotes.tp, 2u) << errors.str();
  EXPECT_EQ(r->speaker_total, 2u) << errors.str();
  EXPECT_EQ(r->speaker_correct, 2u) << errors.str();
  std::remove(corpus.c_str());
  std::remove(gold_path.c_str());
}

}  // namespace
}  // namespace marsad::eval
