#include "nlp/entities/known_aliases.h"

#include <iterator>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "base/strings.h"
#include "nlp/ner/text_ops.h"

namespace marsad::nlp {
namespace {

// One line per body: its names, separated by «|». Names are written as the
// press writes them; they are normalised when the table is built.
constexpr const char* kGroups[] = {
    // News agencies.
    "فرانس برس|أ ف ب|ا ف ب|أ.ف.ب|AFP",
    "رويترز|Reuters",
    "أسوشيتد برس|أسوشيتدبرس|أسوشييتد برس|اسوشيتد برس|أ ب|AP",
    "الأنباء الألمانية|د ب أ|د.ب.أ|DPA",
    "الأنباء السعودية|واس|SPA",
    "أنباء الإمارات|الأنباء الإماراتية|وام|WAM",
    "الأنباء القطرية|قنا|QNA",
    "الأنباء الكويتية|كونا|KUNA",
    "أنباء البحرين|بنا|BNA",
    "الأنباء العمانية|العمانية للأنباء",
    "الأنباء الأردنية|بترا",
    "العربية السورية للأنباء|سانا|SANA",
    "الأنباء الجزائرية|واج|APS",
    "المغرب العربي للأنباء|ومع|MAP",
    "تونس أفريقيا للأنباء|تونس إفريقيا للأنباء|وات|TAP",
    "أنباء الشرق الأوسط|أ ش أ|MENA",
    "الأنباء والمعلومات الفلسطينية|الأنباء الفلسطينية|وفا|WAFA",
    "الأنباء العراقية|واع|INA",
    "الأنباء اليمنية|سبأ|Saba",
    "الأنباء الليبية|وال",
    "السودان للأنباء|سونا|SUNA",
    "الجمهورية الإسلامية للأنباء|الأنباء الإيرانية|الأنباء الإيرانية الرسمية|"
    "إرنا|ارنا|IRNA",
    "تاس|TASS",
    "نوفوستي|ريا نوفوستي|RIA",
    "شينخوا|شينخوا الصينية|Xinhua",
    "بلومبرغ|بلومبيرغ|Bloomberg",
    // Broadcasters written in two scripts.
    "سي إن إن|سي ان ان|CNN",
    "بي بي سي|BBC",
    "بي إن سبورتس|بي ان سبورتس|beIN SPORTS|beIN",
    "سي إن بي سي|CNBC",
    "إيه بي سي|ABC",
    "إن بي سي|NBC",
    "فوكس نيوز|Fox News",
    // Holy places and the epithets the Saudi press gives them.
    // («مكة» alone is left out: «إمارة مكة» is a body.)
    "مكة المكرمة|العاصمة المقدسة",
    "المسجد الحرام|بيت الله الحرام",
    // Organisations and their acronyms.
    "الاتحاد الدولي لكرة القدم|فيفا|FIFA",
    "الاتحاد الأفريقي لكرة القدم|الاتحاد الإفريقي لكرة القدم|كاف|CAF",
    "الاتحاد الأوروبي لكرة القدم|يويفا|UEFA",
    "الاتحاد الآسيوي لكرة القدم|AFC",
    "اللجنة الأولمبية الدولية|IOC",
    "حلف شمال الأطلسي|حلف شمال الأطلنطي|الناتو|ناتو|NATO",
    "منظمة الدول المصدرة للنفط|أوبك|OPEC",
    "منظمة الأمم المتحدة للتربية والعلم والثقافة|اليونسكو|يونسكو|UNESCO",
    "منظمة الأمم المتحدة للطفولة|صندوق الأمم المتحدة للطفولة|اليونيسف|"
    "يونيسف|UNICEF",
    "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين|الأونروا|"
    "أونروا|UNRWA",
    "منظمة الأغذية والزراعة|منظمة الأغذية والزراعة للأمم المتحدة|الفاو|FAO",
    "المفوضية السامية للأمم المتحدة لشؤون اللاجئين|مفوضية اللاجئين|UNHCR",
    "برنامج الأغذية العالمي|WFP",
    "منظمة أطباء بلا حدود|أطباء بلا حدود|MSF",
    "منظمة العفو الدولية|العفو الدولية|أمنستي|Amnesty",
    "هيومن رايتس ووتش|هيومان رايتس ووتش|HRW",
    "اللجنة الدولية للصليب الأحمر|الصليب الأحمر الدولي|ICRC",
    "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية|أوتشا|OCHA",
    "المنظمة الدولية للهجرة|منظمة الهجرة الدولية|IOM",
    "جامعة الدول العربية|الجامعة العربية",
    "منظمة الصحة العالمية|WHO",
    "الوكالة الدولية للطاقة الذرية|IAEA",
    "منظمة التجارة العالمية|WTO",
    "الهيئة الحكومية للتنمية|الهيئة الحكومية للتنمية في شرق أفريقيا|"
    "الهيئة الحكومية للتنمية في شرق إفريقيا|إيغاد|الإيقاد|إيقاد|IGAD",
    "منظمة التعاون الإسلامي|OIC",
    "رابطة دول جنوب شرق آسيا|رابطة آسيان|آسيان|الآسيان|ASEAN",
    "إدارة الكوارث والطوارئ|إدارة الكوارث والطوارئ التركية|آفاد|AFAD",
    "مجلس التعاون لدول الخليج العربية|مجلس التعاون الخليجي|مجلس التعاون",
    "البنك الدولي|World Bank",
    "صندوق النقد الدولي|IMF",
    "المحكمة الجنائية الدولية|ICC",
    "محكمة العدل الدولية|ICJ",
    // Movements and their other names.
    "الحوثيين|الحوثيون|الحوثي|جماعة الحوثي|جماعة الحوثيين|أنصار الله|"
    "جماعة أنصار الله|حركة أنصار الله",
    "داعش|تنظيم داعش|الدولة الإسلامية|تنظيم الدولة الإسلامية|تنظيم الدولة|"
    "الدواعش|ISIS",
    "حماس|حركة حماس|حركة المقاومة الإسلامية",
    "قوات سوريا الديمقراطية|قسد|SDF",
    "حزب العمال الكردستاني|العمال الكردستاني|بي كا كا|PKK",
    "الإخوان المسلمين|الإخوان المسلمون|جماعة الإخوان المسلمين|"
    "جماعة الإخوان|الإخوان",
    // Competitions and their other names.
    "كأس العالم للأندية|مونديال الأندية",
    "دوري أبطال أوروبا|التشامبيونزليغ|تشامبيونز ليغ",
    "الألعاب الأولمبية|دورة الألعاب الأولمبية|الأولمبياد",
    // Clubs and their nicknames.
    "ليفربول|الريدز",
    "يوفنتوس|السيدة العجوز|البيانكونيري",
    "ريال مدريد|الميرينغي|الملكي",
    "برشلونة|البلوغرانا|البارسا",
    "مانشستر يونايتد|الشياطين الحمر",
    "باريس سان جيرمان|باريس سان جرمان|سان جيرمان|سان جرمان|بي إس جي|PSG",
    "بايرن ميونخ|البافاري",
    "الهلال|الزعيم",
    "الاتحاد|العميد",
    "النصر|العالمي",
    "الأهلي|المارد الأحمر|القلعة الحمراء",
    "الزمالك|الفارس الأبيض|القلعة البيضاء",
    "الوداد|الوداد البيضاوي|وداد الأمة",
    "الرجاء|الرجاء البيضاوي|النسور الخضر",
    "الترجي|الترجي الرياضي|الترجي التونسي|شيخ الأندية",
    "إنتر ميلان|إنتر|الإنتر|إنترناسيونالي|النيراتزوري",
    "ميلان|إيه سي ميلان|الروسونيري",
    "مانشستر سيتي|السيتي|السيتيزنز",
    "تشيلسي|البلوز",
    "آرسنال|أرسنال|المدفعجية|الجانرز",
    "أتلتيكو مدريد|أتلتيكو|الروخيبلانكوس",
    "الإسماعيلي|الدراويش",
    "الشباب|الليث الأبيض",
    "صن داونز|ماميلودي صن داونز",
    // National teams and their nicknames.
    "منتخب الجزائر|المنتخب الجزائري|المنتخب الوطني الجزائري|الخضر|"
    "محاربو الصحراء",
    "منتخب المغرب|المنتخب المغربي|المنتخب الوطني المغربي|أسود الأطلس",
    "منتخب مصر|المنتخب المصري|المنتخب الوطني المصري|الفراعنة",
    "منتخب تونس|المنتخب التونسي|المنتخب الوطني التونسي|نسور قرطاج",
    "منتخب السعودية|المنتخب السعودي|المنتخب الوطني السعودي|الأخضر",
    "منتخب السنغال|المنتخب السنغالي|أسود التيرانغا",
    "منتخب قطر|المنتخب القطري|العنابي",
    "منتخب الإمارات|المنتخب الإماراتي|الأبيض الإماراتي",
    "منتخب العراق|المنتخب العراقي|أسود الرافدين",
    "منتخب الأردن|المنتخب الأردني|النشامى",
    "منتخب الكويت|المنتخب الكويتي|الأزرق الكويتي",
    "منتخب سوريا|منتخب سورية|المنتخب السوري|نسور قاسيون",
    "منتخب السودان|المنتخب السوداني|صقور الجديان",
    "منتخب ليبيا|المنتخب الليبي|فرسان المتوسط",
    "منتخب فلسطين|المنتخب الفلسطيني|الفدائي",
    "منتخب لبنان|المنتخب اللبناني|رجال الأرز",
    "منتخب جنوب أفريقيا|منتخب جنوب إفريقيا|البافانا بافانا|بافانا بافانا",
    "منتخب البرازيل|المنتخب البرازيلي|السيليساو|راقصو السامبا",
    "منتخب فرنسا|المنتخب الفرنسي|الديوك",
    "منتخب ألمانيا|المنتخب الألماني|الماكينات|المانشافت",
    "منتخب هولندا|المنتخب الهولندي|الطواحين",
    "منتخب الأرجنتين|المنتخب الأرجنتيني|راقصو التانغو|التانغو",
    "منتخب إنجلترا|المنتخب الإنجليزي|الأسود الثلاثة",
    "منتخب إسبانيا|المنتخب الإسباني|لا روخا|الماتادور",
    "منتخب إيطاليا|المنتخب الإيطالي|الآزوري",
    "منتخب الكاميرون|المنتخب الكاميروني|الأسود غير المروضة",
    "منتخب نيجيريا|المنتخب النيجيري|النسور الممتازة",
    "منتخب غانا|المنتخب الغاني|النجوم السوداء",
    "منتخب كوت ديفوار|منتخب ساحل العاج|الأفيال",
    // Moroccan parties and their electoral symbols.
    "التجمع الوطني للأحرار|حزب التجمع الوطني للأحرار|الحمامة|حزب الحمامة",
    "العدالة والتنمية|حزب العدالة والتنمية|المصباح|حزب المصباح",
    "الاستقلال|حزب الاستقلال|الميزان|حزب الميزان",
    "الأصالة والمعاصرة|حزب الأصالة والمعاصرة|الجرار|حزب الجرار",
    // Bodies the tagger reads as common words: «السلطة» and «الحشد» alone
    // are not names, the phrases are.
    "السلطة الفلسطينية|السلطة الوطنية الفلسطينية",
    "الحشد الشعبي|هيئة الحشد الشعبي|قوات الحشد الشعبي",
    "الإطار التنسيقي",
};

// People known by a kunya, a nom de guerre or a nickname the press uses
// as often as the name («أبو مازن» for Mahmoud Abbas, «الجولاني» for
// Ahmed al-Sharaa before 2025, «حميدتي» for Mohamed Hamdan Dagalo, «الدون»
// for Cristiano Ronaldo). Only names no other public figure goes by.
constexpr const char* kPersonGroups[] = {
    "محمود عباس|أبو مازن",
    "ياسر عرفات|أبو عمار",
    "إسماعيل هنية|أبو العبد",
    "أحمد الشرع|أبو محمد الجولاني|الجولاني",
    "قاسم سليماني|الحاج قاسم",
    "محمد حمدان دقلو|حميدتي",
    "كريستيانو رونالدو|صاروخ ماديرا|الدون",
    "ليونيل ميسي|البرغوث",
    "أبو بكر البغدادي|إبراهيم عواد البدري",
    "مقتدى الصدر|السيد مقتدى",
};

// One-word names that are a body wherever they stand: no Arabic word is
// spelled like them (unlike «الاتحاد», «الأهلي», «الشباب», «ميتا» — a
// word too — or «الأمازون», the river). The tagger misses some of them
// in plain contexts («وقال الكنيست إن …», «إنفيديا» read as a person).
constexpr const char* kSingleNames[] = {
    // Parliaments, seats of power and agencies known by one word.
    "الكنيست",
    "الكونغرس",
    "الكونجرس",
    "البنتاغون",
    "البنتاجون",
    "الكرملين",
    "الإليزيه",
    "الموساد",
    "الشاباك",
    "الإنتربول",
    "الانتربول",
    // International bodies by their acronym.
    "الأونروا",
    "اليونسكو",
    "اليونيسف",
    "اليونيسيف",
    "الناتو",
    "الفيفا",
    "اليويفا",
    "أوبك",
    // Companies and platforms.
    "إنفيديا",
    "انفيديا",
    "أرامكو",
    "سابك",
    "تويتر",
    "فيسبوك",
    "الفيسبوك",
    "واتساب",
    "الواتساب",
    "إنستغرام",
    "انستغرام",
    "إنستجرام",
    "انستجرام",
    "يوتيوب",
    "اليوتيوب",
    "تلغرام",
    "تليغرام",
    "تيليغرام",
    "تليجرام",
    "غوغل",
    "جوجل",
    "مايكروسوفت",
    "نتفليكس",
    "هواوي",
    "سامسونغ",
    "سامسونج",
};

// «وكالة فرانس برس», «حلف الناتو», «(ال)نادي ليفربول»: the head before the
// name, and the article, are not the name.
std::string Bare(std::string norm) {
  for (std::string_view head :
       {"وكالة ", "حلف ", "النادي ", "نادي ", "حزب ", "ال"}) {
    if (norm.size() > head.size() + 4 && norm.starts_with(head)) {
      norm.erase(0, head.size());
    }
  }
  return norm;
}

// Name → group for the lines of `groups` (a name in two groups: -1).
absl::flat_hash_map<std::string, int>* BuildTable(const char* const* groups,
                                                  size_t count, bool bare) {
  auto* t = new absl::flat_hash_map<std::string, int>();
  for (size_t g = 0; g < count; ++g) {
    std::string_view rest(groups[g]);
    while (!rest.empty()) {
      const size_t bar = rest.find('|');
      const std::string_view name = rest.substr(0, bar);
      rest = bar == std::string_view::npos ? std::string_view()
                                           : rest.substr(bar + 1);
      std::string key = ner::NormalizeWord(name);
      if (bare) key = Bare(std::move(key));
      const int group = static_cast<int>(g) + 1;
      auto [it, added] = t->emplace(key, group);
      if (!added && it->second != group) it->second = -1;
    }
  }
  return t;
}

const absl::flat_hash_map<std::string, int>& PersonTable() {
  static const auto* table =
      BuildTable(kPersonGroups, std::size(kPersonGroups), /*bare=*/false);
  return *table;
}

const absl::flat_hash_map<std::string, int>& Table() {
  static const auto* table = [] {
    auto* t = new absl::flat_hash_map<std::string, int>();
    int group = 0;
    for (const char* line : kGroups) {
      ++group;
      std::string_view rest(line);
      while (!rest.empty()) {
        const size_t bar = rest.find('|');
        const std::string_view name = rest.substr(0, bar);
        rest = bar == std::string_view::npos ? std::string_view()
                                             : rest.substr(bar + 1);
        const std::string key = Bare(ner::NormalizeWord(name));
        auto [it, added] = t->emplace(key, group);
        if (!added && it->second != group) it->second = -1;
      }
    }
    return t;
  }();
  return *table;
}

// The first words of the tabled names of two words or more, without
// their article: a cheap test before a finder builds a name to look up.
const absl::flat_hash_set<std::string>& FirstWords() {
  static const auto* words = [] {
    auto* w = new absl::flat_hash_set<std::string>();
    for (const auto& [key, group] : Table()) {
      const size_t space = key.find(' ');
      if (space == std::string::npos) continue;
      std::string first = key.substr(0, space);
      if (first.starts_with("ال") && first.size() > 4) first.erase(0, 4);
      w->insert(std::move(first));
    }
    return w;
  }();
  return *words;
}

const absl::flat_hash_set<std::string>& SingleNames() {
  static const auto* names = [] {
    auto* n = new absl::flat_hash_set<std::string>();
    for (const char* name : kSingleNames) {
      const std::string norm = ner::NormalizeWord(name);
      if (norm.find(' ') == std::string::npos) n->insert(norm);
    }
    return n;
  }();
  return *names;
}

}  // namespace

bool IsKnownSingleName(std::string_view norm) {
  return SingleNames().contains(AV(norm));
}

bool MayOpenKnownAlias(std::string_view norm) {
  if (norm.starts_with("ال") && norm.size() > 4) norm.remove_prefix(4);
  return FirstWords().contains(AV(norm));
}

int KnownAliasGroup(std::string_view norm) {
  const auto& t = Table();
  auto it = t.find(Bare(std::string(norm)));
  return it == t.end() ? 0 : it->second;
}

int KnownPersonAliasGroup(std::string_view norm) {
  const auto& t = PersonTable();
  auto it = t.find(AV(norm));
  return it == t.end() ? 0 : it->second;
}

bool IsKnownPersonAlias(std::string_view norm) {
  static const auto* main_names = [] {
    auto* n = new absl::flat_hash_set<std::string>();
    for (const char* line : kPersonGroups) {
      const std::string_view l(line);
      n->insert(ner::NormalizeWord(l.substr(0, l.find('|'))));
    }
    return n;
  }();
  return KnownPersonAliasGroup(norm) > 0 && !main_names->contains(AV(norm));
}

}  // namespace marsad::nlp
