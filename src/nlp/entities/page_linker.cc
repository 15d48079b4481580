#include "nlp/entities/page_linker.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "base/strings.h"
#include "nlp/entities/entity_linker.h"
#include "nlp/entities/known_aliases.h"
#include "nlp/ner/text_ops.h"

namespace marsad::nlp {
namespace {

// The entity's spellings, search-normalised: its name and its variants.
std::vector<std::string> Spellings(const Entity& e) {
  std::vector<std::string> out;
  out.push_back(ner::NormalizeWord(e.name));
  for (const std::string& v : e.variants) {
    std::string n = ner::NormalizeWord(v);
    bool seen = false;
    for (const std::string& o : out) seen = seen || o == n;
    if (!seen && !n.empty()) out.push_back(std::move(n));
  }
  return out;
}

// «لشفق» → «شفق» when `bare` is the word without the glued preposition.
void DropPreposition(std::string_view bare, std::string_view* word) {
  if (bare.size() > 4 && word->size() == bare.size() + 2 &&
      word->ends_with(bare) &&
      (word->starts_with("ل") || word->starts_with("ب"))) {
    word->remove_prefix(2);
  }
}

// One name in two articles: the same words, or for bodies and places the
// same words after an outlet's or a land's kind («وكالة شفق نيوز» and
// «شفق نيوز», «إقليم كوردستان» and «كردستان»), as EntityLinker joins them
// within an article.
bool SameEntityName(const NameMatcher& matcher, std::string_view type,
                    const std::vector<std::string>& a,
                    const std::vector<std::string>& b) {
  const bool person = type == "PER";
  // «صباح الأحمد الجابر الصباح» is not «نواف الأحمد الجابر الصباح», though
  // the latter was also called «الصباح» alone: a family name alone joins
  // no two full names whose given names differ.
  bool given_names_differ = false;
  if (person && !a.empty() && !b.empty()) {
    const std::vector<std::string_view> an = SplitAny(a[0], " ");
    const std::vector<std::string_view> bn = SplitAny(b[0], " ");
    // (Two of one family: the family names agree. «أردوغان أنصاره», a
    // span run on into the next word, names no other Erdogan.)
    given_names_differ = an.size() >= 2 && bn.size() >= 2 &&
                         !matcher.SameName({an[0]}, {bn[0]}) &&
                         matcher.SameName({an.back()}, {bn.back()});
  }
  const auto same = [&matcher](const std::vector<std::string_view>& x,
                               const std::vector<std::string_view>& y) {
    return x.size() == y.size() && matcher.SameName(x, y);
  };
  for (const std::string& x : a) {
    for (const std::string& y : b) {
      std::vector<std::string_view> xw = SplitAny(x, " ");
      std::vector<std::string_view> yw = SplitAny(y, " ");
      // («عون» of «ميشال عون» is no link to «عون» of «جوزاف عون».)
      if (given_names_differ && (xw.size() == 1 || yw.size() == 1)) continue;
      // «لشفق نيوز», the tagger's span with the preposition, is «شفق
      // نيوز» of the other article.
      if (!person && yw.size() == xw.size() && !xw.empty()) {
        DropPreposition(yw[0], &xw[0]);
        DropPreposition(xw[0], &yw[0]);
      }
      if (matcher.SameJoined(xw, yw)) return true;
      // «جماعة أنصار الله» and «الحوثيين»: names of one body in the table
      // of known aliases.
      // («أبو مازن» and «محمود عباس»: a person's tabled names.)
      const int g = person ? KnownPersonAliasGroup(x) : KnownAliasGroup(x);
      if (g > 0 &&
          g == (person ? KnownPersonAliasGroup(y) : KnownAliasGroup(y))) {
        return true;
      }
      if (type == "ORG" && (IsOutletWithItsKind(xw, yw, same) ||
                            IsOutletWithItsKind(yw, xw, same))) {
        return true;
      }
      if (type == "LOC" && (IsPlaceWithItsKind(xw, yw, same) ||
                            IsPlaceWithItsKind(yw, xw, same))) {
        return true;
      }
      if (!person && xw.size() != yw.size()) continue;
      if (matcher.SameName(xw, yw)) return true;
    }
  }
  return false;
}

// «المملكة» alone in a related article that names no kingdom: the one
// kingdom an earlier article of the page names (Saudi, Jordanian, Moroccan
// and Bahraini news call their country so), as EntityLinker does within
// an article.
bool LinkKingdom(const std::vector<Article>& page, size_t k, Entity* e) {
  static const std::string kKingdom = ner::NormalizeWord("المملكة");
  if (e->type != "LOC" || !e->country.empty() ||
      ner::NormalizeWord(e->name) != kKingdom) {
    return false;
  }
  const std::string* found = nullptr;
  for (size_t j = 0; j < k; ++j) {
    for (const Entity& c : page[j].canonical) {
      if (c.type != "LOC" || (c.country != "SA" && c.country != "JO" &&
                              c.country != "MA" && c.country != "BH")) {
        continue;
      }
      if (found != nullptr && *found != c.key) return false;
      found = &c.key;
    }
  }
  if (found == nullptr) return false;
  e->key = *found;
  return true;
}

}  // namespace

void LinkPageEntities(const NameMatcher& matcher,
                      std::vector<Article>* articles) {
  if (articles->size() < 2) return;
  for (size_t k = 1; k < articles->size(); ++k) {
    for (Entity& e : (*articles)[k].canonical) {
      if (LinkKingdom(*articles, k, &e)) continue;
      if (e.key.empty() || (e.type == "LOC" && !e.country.empty())) continue;
      const std::vector<std::string> mine = Spellings(e);
      const std::string* found = nullptr;
      const std::string* found_type = nullptr;
      bool linked = false, ambiguous = false;
      // «إنفيديا» a body in the main article, one body and one person
      // mention in the related one (a tie the person won): a spelling the
      // page gives a body, with a mention of the related entity typed as
      // that body, is the body.
      auto typed_as = [&](const std::string& type) {
        for (uint32_t m : e.mentions) {
          if (m < (*articles)[k].entities.size() &&
              (*articles)[k].entities[m].type == type) {
            return true;
          }
        }
        return false;
      };
      for (size_t j = 0; j < k && !linked && !ambiguous; ++j) {
        for (const Entity& c : (*articles)[j].canonical) {
          if (c.key.empty()) continue;
          if (c.type != e.type) {
            const std::vector<std::string> theirs = Spellings(c);
            if (e.type == "LOC" || c.type == "LOC" || !typed_as(c.type) ||
                std::find(theirs.begin(), theirs.end(), mine[0]) ==
                    theirs.end()) {
              continue;
            }
            if (found != nullptr && *found != c.key) {
              ambiguous = true;
              break;
            }
            found = &c.key;
            found_type = &c.type;
            continue;
          }
          if (c.key == e.key) {
            linked = true;  // already one entity across the page
            break;
          }
          if (!SameEntityName(matcher, e.type, mine, Spellings(c))) continue;
          if (found != nullptr && *found != c.key) {
            ambiguous = true;
            break;
          }
          found = &c.key;
          found_type = &c.type;
        }
      }
      if (!linked && !ambiguous && found != nullptr) {
        e.key = *found;
        e.type = *found_type;
      }
    }
  }
}

}  // namespace marsad::nlp
