// Runs the whole engine (built-in NER model) over a page held in memory and
// keeps copies of the articles, for the extraction tests.
#ifndef MARSAD_TESTS_NLP_EXTRACTION_TEST_UTIL_H_
#define MARSAD_TESTS_NLP_EXTRACTION_TEST_UTIL_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "marsad/analyzer.h"
#include "marsad/article.h"

namespace marsad::testing {

inline Analyzer& SharedAnalyzer() {
  static Analyzer* analyzer = [] {
    auto a = Analyzer::Create(AnalyzerOptions{});
    EXPECT_TRUE(a.ok()) << a.status();
    return a->release();
  }();
  return *analyzer;
}

inline std::vector<Article> AnalyzeText(std::string_view page) {
  std::vector<Article> out;
  AnalyzeStats stats;
  SharedAnalyzer().AnalyzePage(
      page, "page.txt",
      [&](const AnalyzedArticle& a) { out.push_back(*a.article); },
      [&](const DocumentFailure& f) { ADD_FAILURE() << f.message; }, &stats);
  return out;
}

// The entity of `a` whose canonical name is `name`, or nullptr.
inline const Entity* FindEntity(const Article& a, std::string_view name) {
  for (const Entity& e : a.canonical) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

inline int32_t EntityIndex(const Article& a, std::string_view name) {
  for (size_t i = 0; i < a.canonical.size(); ++i) {
    if (a.canonical[i].name == name) return static_cast<int32_t>(i);
  }
  return -1;
}

}  // namespace marsad::testing

#endif  // MARSAD_TESTS_NLP_EXTRACTION_TEST_UTIL_H_
