// One entity across the articles of one page.
//
// An aggregator page holds a main article and related ones («إقرأ
// أيضاً:»), often from other days and outlets, that spell the same man
// differently: «فولوديمير زيلينسكي» in one, «فلوديمير زيلينسكي» or
// «زيلينسكيي» in the next; «أولاف شولتس» / «شولتز». Each article links its
// own mentions (EntityLinker); across documents the store joins entities
// by key only (the strict folded name), which these spellings do not
// share. Within one page the articles are about one story, so the context
// licenses the spelling matcher: a later article's entity takes the key of
// the one entity of an earlier article of the page whose name (or one of
// its spellings) is the same name by NameMatcher, with the same type.
//
// Persons may match by part («زيلينسكي» ~ «فولوديمير زيلينسكي»); bodies
// and places only whole (so «الاتحاد» never takes «الاتحاد الأوروبي»),
// though written in one word or two («ود مدني» / «ودمدني»).
// Two or more candidates with different keys («عون»: Michel and Joseph in
// the main article) link nothing. «المملكة» alone takes the key of the one
// kingdom (SA, JO, MA, BH) an earlier article names.
#ifndef MARSAD_NLP_ENTITIES_PAGE_LINKER_H_
#define MARSAD_NLP_ENTITIES_PAGE_LINKER_H_

#include <vector>

#include "marsad/article.h"
#include "nlp/entities/name_match.h"

namespace marsad::nlp {

// Rewrites Entity::key of the articles after the first; names, variants
// and mentions are left as each article gave them.
void LinkPageEntities(const NameMatcher& matcher,
                      std::vector<Article>* articles);

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_ENTITIES_PAGE_LINKER_H_
