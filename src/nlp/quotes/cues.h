// The words that introduce reported speech in Arabic news, by how the
// speaker and the content sit around them:
//
//   kVerb         «وقال X إن …», «وأضاف "…"», «أشار إلى أن …»: the speaker
//                 follows (or precedes: «X قال»), the content follows;
//   kParticiple   «…، مشيرا إلى أن …», «محذرا "…"»: the sentence's subject
//                 speaks;
//   kAttribution  «…، وفقا لوزارة الخارجية», «حسبما قال المتحدث …»,
//                 «بحسب ما ذكرت صحيفة …»: the source follows, the content
//                 precedes (or a quote already given gets a reporter).
//
// Matched on search-normalised tokens after StripConjunction.
#ifndef MARSAD_NLP_QUOTES_CUES_H_
#define MARSAD_NLP_QUOTES_CUES_H_

#include <string_view>

namespace marsad::nlp {

enum class CueKind { kNone, kVerb, kParticiple, kAttribution };

CueKind ClassifyCue(std::string_view norm);

// «قوله», «تأكيده», «إشارتها»: what the one named before said, as a
// verbal noun with his pronoun («نقل … عن رئيس الوزراء تأكيده أن …»).
bool IsSayingNoun(std::string_view norm);

// «يعلن», «تحذر», «يتعهد» …: reporting verbs in the present, the tense of
// headlines. Their next word is what is announced more often than who
// announces it.
bool IsPresentTenseCue(std::string_view norm);

// «إن», «أن», «إنه», «بأن», «أنها» …: the reported clause starts after it.
bool IsComplementizer(std::string_view norm);

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_QUOTES_CUES_H_
