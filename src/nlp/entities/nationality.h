// Nationality adjectives (nisba) and the countries they name:
// «الأميركي»/«الأمريكي» → US, «المصري» → EG, «الإسرائيلية» → IL.
//
// marsad's own table (Apache-2.0): masculine singular forms; the article
// ال, the feminine ة, and the plurals ون/ين/ات are accepted on lookup. Keys
// are search-normalised. Country codes are ISO 3166-1 alpha-2; Arabic and
// English names follow ../shared/data/gazetteers/countries.tsv's common
// names (mledoze/countries, ODbL) where a country exists, and region names
// («الخليجي», «الأوروبي») map to a pseudo-code of the region.
#ifndef MARSAD_NLP_ENTITIES_NATIONALITY_H_
#define MARSAD_NLP_ENTITIES_NATIONALITY_H_

#include <string_view>
#include <vector>

namespace marsad::nlp {

struct Country {
  const char* nisba;    // masculine singular, normalised: «مصري»
  const char* code;     // "EG"; a region: "EU", "GCC", "ARAB", "INTL"
  const char* name_ar;  // «مصر»
  const char* name_en;  // "Egypt"
};

// The country a nationality adjective names, or nullptr. `word` is one
// search-normalised token, with or without ال and clitic و/ف/ب/ل.
const Country* FindNationality(std::string_view word);

// The country whose Arabic name is `name` (normalised, e.g. «مصر»,
// «السعوديه» is not folded: pass «السعودية»), or nullptr.
const Country* FindCountryByName(std::string_view name);
// Every name FindCountryByName knows, search-normalised (for indexes that
// must hold the same names, such as a prefix filter).
std::vector<std::string_view> CountryNames();
// A country's name or a longer official form of it, search-normalised:
// «البحرين», «مملكة البحرين», «المملكة العربية السعودية», «جمهورية مصر
// العربية», «المملكة الأردنية الهاشمية». Null when it names no country.
const Country* CountryOfName(std::string_view name);

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_ENTITIES_NATIONALITY_H_
