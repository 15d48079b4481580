// Quotations with speakers: direct quotes (inside any quotation marks,
// across sentences), indirect reported speech («قال إن …», «أكد أن …»,
// «أشار إلى أن …»), mixed ones (reported speech with quoted fragments), and
// attributions («… وفقا لوزارة الخارجية», «حسبما قال …», «بحسب ما ذكرت
// صحيفة …»).
//
// The speaker is resolved to a canonical entity of the article: the first
// named person or organisation between the cue and the content (VSO, the
// usual news order), else one right before the cue (SVO, «X قال»), else a
// role standing for a person named elsewhere («وذكر الرئيس الأميركي» →
// Biden); a cue without a subject («وأضاف», «وأشار إلى أنه») continues the
// previous speaker. Where no name exists the description is kept
// («مصدر أمني»). «قال X لـY» gives an addressee; «حسبما قال Z» after a
// quote gives a reporter.
//
// REQUIRES: article->canonical, article->entities (with `entity` set) and
// article->dates are filled (EntityLinker, time stage) and parallel to
// `text`.
#ifndef MARSAD_NLP_QUOTES_QUOTE_EXTRACTOR_H_
#define MARSAD_NLP_QUOTES_QUOTE_EXTRACTOR_H_

#include <cstdint>
#include <vector>

#include "marsad/article.h"
#include "nlp/annotated_text.h"

namespace marsad::nlp {

struct QuoteOptions {
  // Tokens searched after a cue for the content start (إن/أن, a quotation
  // mark, a colon).
  uint32_t max_zone_tokens = 32;
  // A quoted span shorter than this (tokens) with no cue is a scare quote
  // («البرفان»), not a quotation; with a cue any length counts.
  uint32_t min_continuation_tokens = 6;
  // Quoted spans shorter than this (tokens) between a cue and its content
  // are names or titles («لـ"الوطن"», «"فيفا"»), not the content.
  uint32_t min_quoted_content_tokens = 3;
  // Longest speaker description kept when no entity is named.
  uint32_t max_description_tokens = 4;
};

// One entry of `dates_by_unit[u]`: an Article::dates index and its span.
struct DateRef {
  uint32_t first_token, end_token;
  int32_t index;
};

void ExtractQuotes(const AnnotatedText& text,
                   const std::vector<std::vector<DateRef>>& dates_by_unit,
                   Article* article, const QuoteOptions& options = {});

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_QUOTES_QUOTE_EXTRACTOR_H_
