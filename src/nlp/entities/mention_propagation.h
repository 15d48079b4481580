// One name, one reading per article: where the tagger found a name in one
// place and missed it in another, the article's own mentions fill the gap.
//
//   «وشدد بلينكن …» tagged PER, «أجرى … أنتوني بلينكن» tagged «أنتوني»
//     → the second mention is extended to «أنتوني بلينكن»;
//   «السعودية» tagged LOC in one paragraph, missed in «والسعودية» in another
//     → added, span «السعودية» (the و outside).
//
// Added mentions get the source mention's type and a confidence scaled by
// PropagationOptions::confidence_factor. Names of one word must be
// reliable to spread (min_confidence, min_letters).
#ifndef MARSAD_NLP_ENTITIES_MENTION_PROPAGATION_H_
#define MARSAD_NLP_ENTITIES_MENTION_PROPAGATION_H_

#include <string>
#include <string_view>
#include <vector>

#include "marsad/article.h"
#include "nlp/annotated_text.h"

namespace marsad::nlp {

struct PropagationOptions {
  // A one-word name spreads only from a mention at least this confident
  // and this long (letters).
  float min_confidence = 0.6f;
  size_t min_letters = 3;
  float confidence_factor = 0.8f;
  // The last word of a person's full name spreads as the person's name
  // when it has at least this many letters («بايدن» from «جو بايدن»).
  size_t min_surname_letters = 4;
  // A name of two words or more (and its family name) spreads from a
  // mention at least this confident.
  float min_full_name_confidence = 0.4f;
};

// Adds and extends mentions in text->mentions and *mentions (parallel;
// both stay ordered by unit and position). `hints` are names the page
// itself lists (its tags): a one-word hint right after a person mention
// extends it («أنتوني» + tag «بلينكن»).
void PropagateMentions(AnnotatedText* text,
                       std::vector<EntityMention>* mentions,
                       const std::vector<std::string>& hints,
                       const PropagationOptions& options = {});

// Two people the tagger read as one name, subject and object side by side:
//   «هنأ الرئيس الأوكراني فولوديمير زيلينسكي ترامب» → «فولوديمير
//   زيلينسكي» + «ترامب»
// A person mention of three words or more is split before its last word
// when the article names another person ending with that word whose other
// words are not in the mention («دونالد ترامب»), the word before it ends
// another person mention too («وزيلينسكي» in the headline) or the last word
// names a person alone twice after a first name of three words («عبد
// الفتاح السيسي بايدن»), and what stays
// is a name of two words or more that does not end with a link (بن، أبو،
// آل …).
// «عادل أحمد الجبير» beside «عادل الجبير» stays whole.
void SplitJoinedNames(AnnotatedText* text,
                      std::vector<EntityMention>* mentions);

// An outlet whose name ends in «اليوم» («بغداد اليوم», «روسيا اليوم»),
// which the article gives in quotes or as a dateline (see
// MarkOutletsNamedToday): every «X اليوم» of the article is one ORG
// mention, not the place X and today.
void JoinOutletsNamedToday(AnnotatedText* text,
                           std::vector<EntityMention>* mentions);

// «للرئيس هادي سيطرتهما على …»: a person's mention never ends with a word
// carrying a plural or dual pronoun («سيطرتهما», «قواتهم»); run after
// every pass that adds or extends mentions.
void DropPronounWords(AnnotatedText* text,
                      std::vector<EntityMention>* mentions);

// Puts back, or takes off, the letters the tagger's clitic split got wrong
// at the start of a person's or a place's name:
//   «المهندس فيحان الغامدي» tagged «يحان الغامدي» → «فيحان الغامدي»
//     (after a title, a role or a nationality ف/و cannot be a conjunction;
//     nor where the whole word is a known name token and the rest is not)
//   «الإطاحة ببشار الأسد» tagged «ببشار الأسد» → «بشار الأسد», «بجدة» →
//     «جدة» (a ب/ل/ك on a word that is no known name or place whose rest
//     is one)
void FixNameClitics(AnnotatedText* text, std::vector<EntityMention>* mentions);

// Names the tagger cut short of the compound they belong to:
//   «أوبك+» tagged «أوبك»: a «+» glued to the name is part of it (OPEC+
//     is not OPEC);
//   «وجنوب السودان», «جنوب أفريقيا» tagged «السودان», «أفريقيا»: «جنوب» /
//     «شمال» before a place that makes another country's or place's name.
void ExtendCompoundNames(AnnotatedText* text,
                         std::vector<EntityMention>* mentions);

// Person names right after a role that the tagger missed:
//   «وقال مدير هيئة السياحة بمحافظة ينبع سامر العنيني، إن …»
//   «أمين عام غرفة مكة عبدالله بن شاكر آل غالب»
//   «مدير الجهاز الفني اليوناني «جوريجوس دونيس»»
// A name starts with a frequent person-name token (Wikidata, see
// name_tokens.inc) or an «عبد…» compound and runs over name tokens, the
// links بن/ابن/بنت/آل/أبو and one family name (with ال or not), at least two
// words; or it is one to four words in quotation marks. Added with
// confidence `confidence`.
void FindNamesAfterRoles(AnnotatedText* text,
                         std::vector<EntityMention>* mentions,
                         float confidence = 0.5f);

// Organisations the tagger missed, by their head noun and genitive chain:
//   «لوزارة الخارجية الباكستانية» → «وزارة الخارجية الباكستانية»
//   «هيئة السياحة والتراث الوطني», «غرفة مكة»
// The head (وزارة، هيئة، شركة، جامعة، غرفة …) is followed by one to four
// definite nouns (ال…، وال…), place names or nationality adjectives.
void FindOrganisationPhrases(AnnotatedText* text,
                             std::vector<EntityMention>* mentions,
                             float confidence = 0.5f);

// Names of the table of known aliases (known_aliases.h) that the tagger
// missed or read in part: «وبحسب برنامج الأغذية العالمي», «للاتحاد
// الإفريقي لكرة القدم» → ORG. Names of two to five words, each of two
// letters or more (no initials: «أ ف ب»), the first word bare or after
// its proclitics; mentions wholly inside give way.
void FindTabledNames(AnnotatedText* text, std::vector<EntityMention>* mentions,
                     float confidence = 0.5f);

// «ووصف وزير الخارجية سامح شكري البيان بأنه …»: a person's name of three
// words or more that ends in a document or act («البيان», «القرار»,
// «الاتفاق» …) ends before it; that word is the verb's object.
void DropObjectWordsAfterNames(AnnotatedText* text,
                               std::vector<EntityMention>* mentions);

// Names of speakers after their office that the tagger missed
// altogether: «وقال القيادي في حماس عزت الرشق لـ…», «وقال مدير الاتصال
// في الرئاسة التركية فخر الدين ألطون إن …». A known given name
// (name_tokens.inc) on no mention, within ten words after an office head
// (IsRoleHead, or a calling: «القيادي», «المحلل») that follows a
// reporting verb, with only words and names between, and one to three
// more words up to a complementizer, punctuation, a preposition, a time
// word, a nationality or a reporting verb → PER.
void FindNamesAfterOffices(AnnotatedText* text,
                           std::vector<EntityMention>* mentions,
                           float confidence = 0.5f);

// A naming phrase at token `t` of `u`: «يدعى», «تدعى», «المدعو», «اسمه»
// (*any_word false: only a known given name follows as a name) or «عرفت
// نفسها باسم», «نفسه باسم» (*any_word true: whatever word follows is a
// name). The token after the phrase, or 0 when none starts at `t`.
uint32_t NameAfterNaming(const TextUnit& u, uint32_t t, bool* any_word);

// Names introduced as names that the tagger missed or cut:
//   «داعشية منشقة عرفت نفسها باسم لينا» tagged «ينا» (LOC) → «لينا» (PER)
//   «شاب يدعى سامي», «المدعو …», «شاب اسمه …»
// After «نفسه/نفسها باسم» the next word is a person's name whatever it
// looks like; after «يدعى/تدعى/المدعو/اسمه» only a known given name or a
// word the tagger found. The name runs over following known name
// tokens and replaces the mentions on its words.
void FindNamesGivenAsNames(AnnotatedText* text,
                           std::vector<EntityMention>* mentions,
                           float confidence = 0.5f);

// Names in quotation marks that the tagger read only in part:
//   «تحالف مسلح يعرف باسم "فجر ليبيا"» tagged «ليبيا» → «فجر ليبيا» (ORG)
//   «عملية "عاصفة الحزم"» → «عاصفة الحزم» (MISC)
// A quotation of one to four words right after a naming word (باسم،
// المعروف، تنظيم، جماعة، تحالف، عملية، حملة …) is one name; it replaces
// the mentions inside it, and every other quotation of the same words in
// the text is that name too («متحالفين مع "فجر ليبيا"»). A person inside
// keeps its type; an operation, campaign or initiative is MISC; the rest
// ORG.
void FindQuotedNames(AnnotatedText* text, std::vector<EntityMention>* mentions,
                     float confidence = 0.5f);

// Places the tagger missed, by a gazetteer and the context that makes a
// word a place:
//   «وصل الوزير إلى الطائف», «معارك في الموصل», «بالأحساء», «في مالي»,
//   «الرياض والطائف» (coordinated with a place mention)
// Names: the Arabic names of cities of 100,000 people or more
// (place_names.inc, generated from the world-cities gazetteer; common
// words such as «البحر», «صور» left out), a short list of the Arab world's
// cities and regions that the gazetteer spells otherwise or lacks, and
// the country names of nationality.h. The context: an attached ب/ل/ك, a
// locative word before («في», «إلى», «من», «مدينة», «محافظة», «شمال» …),
// or a place mention it is coordinated with. «المملكة» standing alone is
// the country the outlet writes from (a place) without any context.
void FindPlacesInContext(AnnotatedText* text,
                         std::vector<EntityMention>* mentions,
                         float confidence = 0.5f);

// «مجلس التنمية السياحية بجازان» when the article also names «مجلس
// التنمية السياحية» alone: the body, then the place it is in («جازان»,
// without its ب; «بمنطقة عسير» gives «عسير»). A body named only with its
// place stays whole («إدارة الأوقاف والمساجد بالأحساء»). The place is one
// the gazetteer lists or the article names as a place elsewhere.
void SplitBodyAndPlace(AnnotatedText* text,
                       std::vector<EntityMention>* mentions);

// «شمال سيناء», «جنوب دارفور», «شمال أفريقيا», «وسط آسيا»: a compass word
// before a continent or a region the press divides so (a governorate, a
// state, a sea) is part of the place's name («شمال العراق», «وسط بغداد»
// stay the country and the city). The compass word's proclitics stay
// outside («وجنوب دارفور»).
void JoinCompassRegions(AnnotatedText* text,
                        std::vector<EntityMention>* mentions);

// Saudi and Gulf club names that are also common words («النصر» victory,
// «الاتحاد» union, «الشباب» youth, «التعاون» cooperation …): a one-word
// mention of one is dropped unless the article is about sport (a word such
// as «مباراة», «الدوري», «لاعب», «مدرب», «نادي» occurs in it). «تحقيق النصر
// على حماس» names no club.
// «وقالت المنظمة الدولية» after «منظمة التجارة العالمية»: a head with a
// generic adjective (الدولية, العالمية, الأممية) is a description of the
// body named before with that head, no name of its own; the mention is
// dropped so that the speaker is resolved as a description. A person
// read right after «لشؤون» («مساعد وزير الخارجية لشؤون دول الجوار») is the
// domain of an office and is dropped too, as is a one-word person written
// with the accusative tanween («معتذراً»: an adverb of manner).
void DropGenericDescriptions(AnnotatedText* text,
                             std::vector<EntityMention>* mentions);

void DropClubWordsOutsideSport(AnnotatedText* text,
                               std::vector<EntityMention>* mentions);

// «من جهته، بين نزيه النصر نائب رئيس الخليج، أن …»: a club's one-word
// name the tagger read right after a given name and right before an office
// is the family name of the person who holds it; the mention becomes that
// person («نزيه النصر»). Runs before the mentions are propagated.
void ReadClubWordsAsFamilyNames(AnnotatedText* text,
                                std::vector<EntityMention>* mentions);

// «فيما أعلن رئيس "المعسكر الرسمي" بيني غانتس …»: a quoted name the tagger
// read as a person right after an office, with a name right after the
// closing mark, is the body the office heads; the name after it is the
// person (read as such if the tagger made it MISC).
void ReadQuotedBodiesAfterOffices(AnnotatedText* text,
                                  std::vector<EntityMention>* mentions);

// «أما الزائر عبدالله الفركز فقد أعرب …»: a definite word the tagger read
// as a person alone, right before a person's full name, describes him
// («الزائر», «المواطن»); it and its other lone mentions are dropped, unless
// it is a family name the article gives a person or a known name token.
void DropDescriptionsBeforeNames(AnnotatedText* text,
                                 std::vector<EntityMention>* mentions);

// «مدينة سالزبورغ النمساوية», «ولاية فلوريدا الأمريكية»: a place the tagger
// read with the nationality adjective of its country after it is the place
// alone; the adjective describes it. A country's own name keeps its
// adjective («الولايات المتحدة الأمريكية», «الجمهورية اليمنية»), and so do
// adjectives of a region («الخليج العربي», «شبه الجزيرة العربية»).
void DropPlaceNationality(AnnotatedText* text,
                          std::vector<EntityMention>* mentions);

// True for a frequent person-name token (search-normalised).
bool IsPersonNameToken(std::string_view norm);

// True for a city or country name of the place gazetteer (search-normalised,
// with its article: «الرياض», «مصر»).
bool IsPlaceName(std::string_view norm);

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_ENTITIES_MENTION_PROPAGATION_H_
