// Days said inside a quotation are counted from the day it was said.
//
// «وكان باول قد قال في مؤتمر صحفي يوم الأربعاء: "قرارنا اليوم يهدف …"»
// published on Thursday: the «اليوم» of the quotation is Wednesday, the day
// of the press conference, not the day of publication. The writer's own
// relative days («أمس», «السبت») stay anchored on the reference date; only a
// relative day inside quotation marks of a statement whose attribution names
// another day is moved.
#ifndef MARSAD_NLP_TIME_SPEECH_TIME_H_
#define MARSAD_NLP_TIME_SPEECH_TIME_H_

#include <vector>

#include "marsad/article.h"
#include "nlp/annotated_text.h"
#include "nlp/time/time_expressions.h"

namespace marsad::nlp {

// Where an Article::dates entry came from: unit `unit`, expression `index`
// of that unit's FindDayExpressions list.
struct DayOrigin {
  uint32_t unit = 0;
  uint32_t index = 0;
};

// Re-resolves, in `article->dates`, the relative days that lie inside the
// quotation marks of a quote whose own date (Quote::date, found in its
// attribution) is known and is not the reference date. `origins[i]` is
// where dates[i] came from (entries past its end, such as the page's date
// line, are left alone); `found` is the per-unit FindDayExpressions output.
// A quotation with no date of its own says «اليوم» on the day of the last
// event the article told before it (outside quotations), when that day is
// one or two days before the reference («أعلن الجيش، السبت، … وقال
// المتحدث: "دخلت قواتنا صباح اليوم …"» in Sunday's paper is Saturday).
void ReanchorQuotedDays(const std::vector<TextUnit>& units,
                        const std::vector<std::vector<DayExpression>>& found,
                        const std::vector<DayOrigin>& origins,
                        Article* article);

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_TIME_SPEECH_TIME_H_
