// Entities made canonical within an article: the mentions of one person,
// organisation or place become one marsad::Entity with a canonical name,
// its spelling variants, its roles and a cross-document key.
//
//   «وزير الخارجية الأميركي أنتوني بلينكن» … «وشدد بلينكن» → one PER,
//     name «أنتوني بلينكن», role {title «وزير الخارجية», country US};
//   «بنيامين نتانياهو» … «نتنياهو» → one PER (NameMatcher variants);
//   «وزارة الخارجية الأميركية» … «الخارجية» → one ORG.
//
// Rules, in order: multi-word mentions merge when one name is part of the
// other (same type; compatible first names, since every word of the shorter
// must match); a one-word mention joins the entity it is part of — the one
// mentioned most recently when several fit («سلمان» after «الملك سلمان بن
// عبدالعزیز»); mentions of one exact name with different NER types merge
// and take the majority type. Nothing merges on a role alone.
//
// Thread-safety: const methods, any number of threads.
#ifndef MARSAD_NLP_ENTITIES_ENTITY_LINKER_H_
#define MARSAD_NLP_ENTITIES_ENTITY_LINKER_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/article.h"
#include "nlp/annotated_text.h"
#include "nlp/entities/name_match.h"
#include "nlp/entities/roles.h"

namespace marsad::nlp {

struct EntityLinkerOptions {
  NameMatchOptions names;
  RoleOptions roles;
};

class EntityLinker {
 public:
  explicit EntityLinker(EntityLinkerOptions options = {});

  // Fills article->canonical from article->entities (parallel to
  // text.mentions) and sets each mention's `entity`.
  void Link(const AnnotatedText& text, Article* article) const;

  const NameMatcher& matcher() const { return matcher_; }

 private:
  EntityLinkerOptions options_;
  NameMatcher matcher_;
};

// The cross-document key of an entity: "PER:بنيمين نتنيهو" (type and the
// NameMatcher::Key of each word); a place that names a country is keyed by
// its code ("LOC:EG") so «مصر» and «جمهورية مصر العربية» meet.
std::string EntityKey(std::string_view type, std::string_view name,
                      std::string_view country);

// The person an unnamed role refers to in this article («الرئيس الأميركي»
// → the entity given that title and country), or -1. A role with no
// country matches on the title alone only if exactly one entity has it.
int32_t EntityForRole(const Article& article, std::string_view title,
                      std::string_view country);

// True when `shorter` (two words or more, search-normalised) is a short
// name of the body `longer` names: the same head word and each of its
// words among the longer name's («غرفة مكة» of «الغرفة التجارية الصناعية
// في مكة المكرمة», «بورصة مصر» of «البورصة المصرية»).
bool IsShortBodyName(const std::vector<std::string_view>& shorter,
                     const std::vector<std::string_view>& longer);

// True when `shorter` («صحة جازان», «تعليم القصيم», «فلكية جدة»: two to
// four words, search-normalised) is the short name of the regional body
// `longer` names («المديرية العامة للشؤون الصحية بمنطقة جازان», «الإدارة
// العامة للتعليم بمنطقة القصيم», «الجمعية الفلكية بجدة»): its first word,
// indefinite, shares its stem with a word of the long name before the
// place, and the rest is the place the long name ends with (after «ب» and
// «منطقة/محافظة»; one more word may follow: «المدينة» of «المدينة
// المنورة»).
bool IsRegionalShortName(const NameMatcher& matcher,
                         const std::vector<std::string_view>& shorter,
                         const std::vector<std::string_view>& longer);

// True when `longer` is an outlet's kind and then the words of `shorter`
// («وكالة شفق نيوز» and «شفق نيوز», «صحيفة ديلي ميل» and «ديلي ميل»),
// both search-normalised; `same` compares the remaining words.
bool IsOutletWithItsKind(
    const std::vector<std::string_view>& longer,
    const std::vector<std::string_view>& shorter,
    const std::function<bool(const std::vector<std::string_view>&,
                             const std::vector<std::string_view>&)>& same);

// True when `longer` is a kind of land and then the words of `shorter`
// («إقليم كوردستان» and «كردستان», «مملكة البحرين» and «البحرين»,
// «جمهورية النيجر» and «النيجر»), both search-normalised; `same` compares
// the remaining words. Not «ولاية» or «مدينة»: «ولاية نيويورك» is not the
// city.
bool IsPlaceWithItsKind(
    const std::vector<std::string_view>& longer,
    const std::vector<std::string_view>& shorter,
    const std::function<bool(const std::vector<std::string_view>&,
                             const std::vector<std::string_view>&)>& same);

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_ENTITIES_ENTITY_LINKER_H_
