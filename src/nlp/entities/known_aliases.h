// Names a body goes by that no spelling rule can relate: a news agency and
// its initials («فرانس برس» / «أ ف ب», «وكالة الأنباء السعودية» / «واس»),
// an organisation and its acronym («الاتحاد الدولي لكرة القدم» / «الفيفا»,
// «حلف شمال الأطلسي» / «الناتو»), a club or a national team and the
// nickname the sports pages use («ليفربول» / «الريدز», «منتخب الجزائر» /
// «الخضر»), a Moroccan party and its electoral symbol («التجمع الوطني
// للأحرار» / «الحمامة»); and, in a table of their own, people known by a
// kunya or a nom de guerre («محمود عباس» / «أبو مازن», «أحمد الشرع» /
// «الجولاني»).
//
// A tabled knowledge source (known_aliases.cc), not a rule: the entity
// linker joins two bodies of one article only when both are named there
// and the table puts their names in the same group, and only when that
// name belongs to one group (a nickname two clubs share links nothing).
#ifndef MARSAD_NLP_ENTITIES_KNOWN_ALIASES_H_
#define MARSAD_NLP_ENTITIES_KNOWN_ALIASES_H_

#include <string_view>

namespace marsad::nlp {

// The group of a search-normalised name (ner::NormalizeWord), the article
// ال and a leading «وكالة/حلف/نادي» aside: > 0 for a tabled name, 0 for
// none, -1 for a name tabled in two groups.
int KnownAliasGroup(std::string_view norm);

// The same for people («محمود عباس» / «أبو مازن», «أحمد الشرع» /
// «الجولاني»): the group of a search-normalised person's name as the
// press writes it (its article kept), 0 for none.
int KnownPersonAliasGroup(std::string_view norm);

// True for a tabled person's name that is not the name itself («أبو
// مازن», «الجولاني»): it is no candidate for the canonical name.
bool IsKnownPersonAlias(std::string_view norm);

// False when no tabled name of two words or more opens with the word
// `norm` (search-normalised, its article aside): a finder's cheap test.
bool MayOpenKnownAlias(std::string_view norm);

// True for a one-word name (search-normalised, as written: «الكنيست»,
// «إنفيديا») that is a body wherever it stands; the finder of tabled
// names adds it where the tagger did not.
bool IsKnownSingleName(std::string_view norm);

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_ENTITIES_KNOWN_ALIASES_H_
