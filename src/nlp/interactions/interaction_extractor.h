// Who talked with, called, met, visited or discussed with whom, when and
// where:
//
//   «أجرى … بلينكن السبت محادثات مع نظيره المصري سامح شكري»
//       → talks, Blinken + Shoukry, 2023-10-07, happened
//   «وشدد بلينكن خلال مكالمة مع شكري» → the same pair: channel phone
//   «قبيل توجهه إلى واشنطن، إنه سيبحث مع الرئيس الأميركي دونالد ترامب»
//       → talks, Netanyahu + Trump, planned, in Washington
//
// Participants are canonical entities: the subject (a name between the cue
// and «مع», else before the cue in the sentence, else the speaker of the
// quote the cue sits in) and the partner (the first name after «مع» or after
// a transitive cue such as «التقى», «استقبل»; a role standing for a person
// named elsewhere counts). Mentions of one pair in one article merge: the
// body's tense wins over a headline's, a phone mention gives the channel,
// the first date and place found are kept.
//
// REQUIRES: canonical entities, dates and quotes of the article filled.
#ifndef MARSAD_NLP_INTERACTIONS_INTERACTION_EXTRACTOR_H_
#define MARSAD_NLP_INTERACTIONS_INTERACTION_EXTRACTOR_H_

#include <vector>

#include "marsad/article.h"
#include "nlp/annotated_text.h"
#include "nlp/quotes/quote_extractor.h"

namespace marsad::nlp {

struct InteractionOptions {
  // Tokens searched after «مع» (or a transitive cue) for the partner.
  uint32_t max_partner_distance = 10;
};

void ExtractInteractions(const AnnotatedText& text,
                         const std::vector<std::vector<DateRef>>& dates_by_unit,
                         Article* article,
                         const InteractionOptions& options = {});

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_INTERACTIONS_INTERACTION_EXTRACTOR_H_
