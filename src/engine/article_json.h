// Serialises an Article to marsad's JSON output (doc/output.md).
//
// Spans become {"field", "start", "end"} in code points of the field's text,
// which is what Python's and most JSON consumers' string indexing uses.
#ifndef MARSAD_ENGINE_ARTICLE_JSON_H_
#define MARSAD_ENGINE_ARTICLE_JSON_H_

#include <string>
#include <string_view>

#include "marsad/article.h"

namespace marsad {

// The texts that an article's TextRefs index.
struct SourceTexts {
  std::string_view page;     // Field::kPage
  std::string_view title;    // Field::kTitle
  std::string_view content;  // Field::kContent
};

std::string ArticleToJson(const Article& article, const SourceTexts& texts,
                          bool pretty = false);

}  // namespace marsad

#endif  // MARSAD_ENGINE_ARTICLE_JSON_H_
