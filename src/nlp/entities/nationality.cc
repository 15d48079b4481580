#include "nlp/entities/nationality.h"

#include <string>

#include "absl/container/flat_hash_map.h"
#include "base/strings.h"
#include "nlp/lexicon.h"
#include "nlp/ner/text_ops.h"

namespace marsad::nlp {
namespace {

// Written as in news text; normalised when the index is built.
constexpr Country kCountries[] = {
    {"أميركي", "US", "الولايات المتحدة", "United States"},
    {"أمريكي", "US", "الولايات المتحدة", "United States"},
    {"مصري", "EG", "مصر", "Egypt"},
    {"إسرائيلي", "IL", "إسرائيل", "Israel"},
    {"فلسطيني", "PS", "فلسطين", "Palestine"},
    {"سعودي", "SA", "السعودية", "Saudi Arabia"},
    {"سوري", "SY", "سوريا", "Syria"},
    {"لبناني", "LB", "لبنان", "Lebanon"},
    {"عراقي", "IQ", "العراق", "Iraq"},
    {"إيراني", "IR", "إيران", "Iran"},
    {"تركي", "TR", "تركيا", "Turkey"},
    {"روسي", "RU", "روسيا", "Russia"},
    {"صيني", "CN", "الصين", "China"},
    {"فرنسي", "FR", "فرنسا", "France"},
    {"بريطاني", "GB", "المملكة المتحدة", "United Kingdom"},
    {"ألماني", "DE", "ألمانيا", "Germany"},
    {"أردني", "JO", "الأردن", "Jordan"},
    {"قطري", "QA", "قطر", "Qatar"},
    {"إماراتي", "AE", "الإمارات", "United Arab Emirates"},
    {"يمني", "YE", "اليمن", "Yemen"},
    {"ليبي", "LY", "ليبيا", "Libya"},
    {"تونسي", "TN", "تونس", "Tunisia"},
    {"جزائري", "DZ", "الجزائر", "Algeria"},
    {"مغربي", "MA", "المغرب", "Morocco"},
    {"سوداني", "SD", "السودان", "Sudan"},
    {"كويتي", "KW", "الكويت", "Kuwait"},
    {"بحريني", "BH", "البحرين", "Bahrain"},
    {"عماني", "OM", "عمان", "Oman"},
    {"موريتاني", "MR", "موريتانيا", "Mauritania"},
    {"صومالي", "SO", "الصومال", "Somalia"},
    {"جيبوتي", "DJ", "جيبوتي", "Djibouti"},
    {"ياباني", "JP", "اليابان", "Japan"},
    {"هندي", "IN", "الهند", "India"},
    {"باكستاني", "PK", "باكستان", "Pakistan"},
    {"أفغاني", "AF", "أفغانستان", "Afghanistan"},
    {"أوكراني", "UA", "أوكرانيا", "Ukraine"},
    {"إيطالي", "IT", "إيطاليا", "Italy"},
    {"إسباني", "ES", "إسبانيا", "Spain"},
    {"كوري", "KR", "كوريا", "Korea"},
    // The two Koreas by name (their nisba is the one above, two words here
    // so that no single word matches it).
    {"كوري جنوبي", "KR", "كوريا الجنوبية", "South Korea"},
    {"كوري شمالي", "KP", "كوريا الشمالية", "North Korea"},
    {"كندي", "CA", "كندا", "Canada"},
    {"أسترالي", "AU", "أستراليا", "Australia"},
    {"برازيلي", "BR", "البرازيل", "Brazil"},
    {"مكسيكي", "MX", "المكسيك", "Mexico"},
    {"أرجنتيني", "AR", "الأرجنتين", "Argentina"},
    {"نيجيري", "NG", "نيجيريا", "Nigeria"},
    {"إثيوبي", "ET", "إثيوبيا", "Ethiopia"},
    {"يوناني", "GR", "اليونان", "Greece"},
    {"هولندي", "NL", "هولندا", "Netherlands"},
    {"بلجيكي", "BE", "بلجيكا", "Belgium"},
    {"سويسري", "CH", "سويسرا", "Switzerland"},
    {"سويدي", "SE", "السويد", "Sweden"},
    {"نرويجي", "NO", "النرويج", "Norway"},
    {"دنماركي", "DK", "الدنمارك", "Denmark"},
    {"بولندي", "PL", "بولندا", "Poland"},
    {"نمساوي", "AT", "النمسا", "Austria"},
    {"إندونيسي", "ID", "إندونيسيا", "Indonesia"},
    {"ماليزي", "MY", "ماليزيا", "Malaysia"},
    {"فيتنامي", "VN", "فيتنام", "Vietnam"},
    {"تايواني", "TW", "تايوان", "Taiwan"},
    {"قبرصي", "CY", "قبرص", "Cyprus"},
    {"أرمني", "AM", "أرمينيا", "Armenia"},
    {"جورجي", "GE", "جورجيا", "Georgia"},
    {"أذربيجاني", "AZ", "أذربيجان", "Azerbaijan"},
    {"بنغلاديشي", "BD", "بنغلاديش", "Bangladesh"},
    {"فلبيني", "PH", "الفلبين", "Philippines"},
    {"تشادي", "TD", "تشاد", "Chad"},
    {"كيني", "KE", "كينيا", "Kenya"},
    {"كوبي", "CU", "كوبا", "Cuba"},
    {"فنزويلي", "VE", "فنزويلا", "Venezuela"},
    {"تشيكي", "CZ", "التشيك", "Czechia"},
    {"روماني", "RO", "رومانيا", "Romania"},
    {"صربي", "RS", "صربيا", "Serbia"},
    {"مجري", "HU", "المجر", "Hungary"},
    {"فنلندي", "FI", "فنلندا", "Finland"},
    {"إيرلندي", "IE", "إيرلندا", "Ireland"},
    {"برتغالي", "PT", "البرتغال", "Portugal"},
    {"أوزبكي", "UZ", "أوزبكستان", "Uzbekistan"},
    {"كازاخي", "KZ", "كازاخستان", "Kazakhstan"},
    {"سنغالي", "SN", "السنغال", "Senegal"},
    {"إريتري", "ER", "إريتريا", "Eritrea"},
    {"سريلانكي", "LK", "سريلانكا", "Sri Lanka"},
    {"نيبالي", "NP", "نيبال", "Nepal"},
    {"تايلاندي", "TH", "تايلاند", "Thailand"},
    {"سنغافوري", "SG", "سنغافورة", "Singapore"},
    // States the 2015 Saudi news named rarely; two-word nisbas, as for the
    // Koreas, so that «جنوبي» alone matches neither. (No «مالي»: it is the
    // adjective "financial" far more often than Malian.)
    {"جنوب سوداني", "SS", "جنوب السودان", "South Sudan"},
    {"جنوب أفريقي", "ZA", "جنوب أفريقيا", "South Africa"},
    {"أوغندي", "UG", "أوغندا", "Uganda"},
    {"تنزاني", "TZ", "تنزانيا", "Tanzania"},
    {"كاميروني", "CM", "الكاميرون", "Cameroon"},
    {"كونغولي", "CD", "الكونغو", "Congo"},
    {"نيجري", "NE", "النيجر", "Niger"},
    {"بوركيني", "BF", "بوركينا فاسو", "Burkina Faso"},
    {"كولومبي", "CO", "كولومبيا", "Colombia"},
    {"تشيلي", "CL", "تشيلي", "Chile"},
    {"بيروفي", "PE", "بيرو", "Peru"},
    {"نيوزيلندي", "NZ", "نيوزيلندا", "New Zealand"},
    {"كرواتي", "HR", "كرواتيا", "Croatia"},
    {"بلغاري", "BG", "بلغاريا", "Bulgaria"},
    {"بيلاروسي", "BY", "بيلاروسيا", "Belarus"},
    {"أوروبي", "EU", "الاتحاد الأوروبي", "European Union"},
    {"خليجي", "GCC", "الخليج", "Gulf"},
    {"عربي", "ARAB", "العالم العربي", "Arab world"},
    {"أممي", "UN", "الأمم المتحدة", "United Nations"},
    {"سوفيتي", "SU", "الاتحاد السوفيتي", "Soviet Union"},
    {"سوفياتي", "SU", "الاتحاد السوفيتي", "Soviet Union"},
};

struct Index {
  absl::flat_hash_map<std::string, const Country*> by_nisba;
  absl::flat_hash_map<std::string, const Country*> by_name;
  // Names of one word that also head other places' names («أمريكا
  // اللاتينية»): a country alone, not in a longer name.
  absl::flat_hash_map<std::string, const Country*> alone_only;
};

const Index& GetIndex() {
  static const Index* index = [] {
    auto* ix = new Index;
    for (const Country& c : kCountries) {
      ix->by_nisba.emplace(ner::NormalizeWord(c.nisba), &c);
      ix->by_name.emplace(ner::NormalizeWord(c.name_ar), &c);
    }
    // Other names the press uses for one country: «أمريكا» and «الولايات
    // المتحدة», «بريطانيا» and «المملكة المتحدة».
    static constexpr std::pair<const char*, const char*> kOtherNames[] = {
        {"أمريكا", "US"},        {"أميركا", "US"},          {"بريطانيا", "GB"},
        {"الصين الشعبية", "CN"}, {"روسيا الاتحادية", "RU"},
    };
    for (const auto& [name, code] : kOtherNames) {
      for (const Country& c : kCountries) {
        if (std::string_view(c.code) == code &&
            std::string_view(c.nisba).find(' ') == std::string_view::npos) {
          ix->by_name.emplace(ner::NormalizeWord(name), &c);
          ix->alone_only.emplace(ner::NormalizeWord(name), &c);
          break;
        }
      }
    }
    return ix;
  }();
  return *index;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.ends_with(suffix);
}

}  // namespace

const Country* FindNationality(std::string_view word) {
  const Index& ix = GetIndex();
  auto try_form = [&](std::string_view w) -> const Country* {
    if (auto it = ix.by_nisba.find(AV(w)); it != ix.by_nisba.end()) {
      return it->second;
    }
    // Feminine and plural endings: ة، ون، ين، ات (on the ي of the nisba:
    // مصرية، مصريون، مصريين، مصريات).
    for (std::string_view end : {"ة", "ون", "ين", "ات"}) {
      if (EndsWith(w, end)) {
        std::string_view stem = w.substr(0, w.size() - end.size());
        if (auto it = ix.by_nisba.find(AV(stem)); it != ix.by_nisba.end()) {
          return it->second;
        }
      }
    }
    return nullptr;
  };
  // Up to one conjunction/preposition and the article: والمصري، للمصريين.
  std::string_view w = word;
  for (int round = 0; round < 3; ++round) {
    if (const Country* c = try_form(w)) return c;
    if (w.starts_with("ال") && w.size() > 6) {
      w.remove_prefix(4);
      continue;
    }
    if (w.starts_with("لل") && w.size() > 6) {  // للمصري
      w.remove_prefix(4);
      continue;
    }
    if ((w.starts_with("و") || w.starts_with("ف") || w.starts_with("ب")) &&
        w.size() > 6) {
      w.remove_prefix(2);
      continue;
    }
    break;
  }
  return nullptr;
}

const Country* FindCountryByName(std::string_view name) {
  const Index& ix = GetIndex();
  auto it = ix.by_name.find(AV(name));
  return it == ix.by_name.end() ? nullptr : it->second;
}

std::vector<std::string_view> CountryNames() {
  std::vector<std::string_view> out;
  for (const auto& [name, country] : GetIndex().by_name) out.push_back(name);
  return out;
}

const Country* CountryOfName(std::string_view name) {
  if (const Country* c = FindCountryByName(name)) return c;
  const std::vector<std::string_view> words = SplitAny(name, " ");
  if (words.size() < 2 || words.size() > 4) return nullptr;
  static const WordSet kStates({"مملكة", "المملكة", "دولة", "جمهورية",
                                "الجمهورية", "سلطنة", "إمارة", "دولة"});
  // «مصر العربية» (the official name without its head).
  const size_t first = kStates.Contains(words[0]) ? 1 : 0;
  if (first == 0 && (FindCountryByName(words[0]) == nullptr ||
                     GetIndex().alone_only.contains(AV(words[0])))) {
    return nullptr;
  }
  // «كوريا الشمالية», «السودان الجنوبي»: a compass point names another
  // country or a region, not the first word's.
  static const WordSet kCompass({"الشمالية", "الجنوبية", "الشرقية", "الغربية",
                                 "الشمالي", "الجنوبي", "الشرقي", "الغربي"});
  for (std::string_view w : words) {
    if (kCompass.Contains(w)) return nullptr;
  }
  // The words after the head: a name («البحرين», «مصر العربية») or a
  // nationality («العربية السعودية», «الأردنية الهاشمية»); a region's
  // adjective («العربية») names no country.
  const Country* found = nullptr;
  for (size_t k = first; k < words.size(); ++k) {
    const Country* c = GetIndex().alone_only.contains(AV(words[k]))
                           ? nullptr
                           : FindCountryByName(words[k]);
    if (c == nullptr) c = FindNationality(words[k]);
    if (c == nullptr || std::string_view(c->code).size() != 2) continue;
    // «العربية» is a nationality of no single country; skip it.
    if (found != nullptr && std::string_view(found->code) != c->code) {
      return nullptr;
    }
    found = c;
  }
  return found;
}

}  // namespace marsad::nlp
