#include "nlp/time/time_expressions.h"

#include <chrono>
#include <cstdlib>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "base/strings.h"
#include "nlp/lexicon.h"
#include "nlp/ner/text_ops.h"
#include "nlp/quotes/cues.h"

namespace marsad::nlp {
namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

sys_days ToSys(const CivilDate& d) {
  return sys_days(year_month_day(std::chrono::year(d.year),
                                 std::chrono::month(d.month),
                                 std::chrono::day(d.day)));
}

CivilDate FromSys(sys_days s) {
  year_month_day ymd(s);
  return {static_cast<int>(ymd.year()),
          static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

// Latest day with weekday `w` on or before `d`.
CivilDate OnOrBefore(const CivilDate& d, int w) {
  return AddDays(d, -((Weekday(d) - w + 7) % 7));
}
// Earliest day with weekday `w` strictly after `d`.
CivilDate After(const CivilDate& d, int w) {
  int delta = (w - Weekday(d) + 7) % 7;
  return AddDays(d, delta == 0 ? 7 : delta);
}

// The day of weekday `w` nearest to `at` (the earlier one on a tie).
CivilDate NearestWeekday(const CivilDate& at, int w) {
  const CivilDate before = OnOrBefore(at, w);
  const CivilDate after =
      OnOrBefore(FromSys(ToSys(at) + std::chrono::days(6)), w);
  return (ToSys(at) - ToSys(before)).count() <=
                 (ToSys(after) - ToSys(at)).count()
             ? before
             : after;
}

int WeekdayOf(std::string_view norm) {
  static const auto* days = [] {
    auto* m = new absl::flat_hash_map<std::string, int>;
    const char* names[][2] = {
        {"الأحد", "0"},    {"الاثنين", "1"},  {"الإثنين", "1"},
        {"الثلاثاء", "2"}, {"الأربعاء", "3"}, {"الاربعاء", "3"},
        {"الخميس", "4"},   {"الجمعة", "5"},   {"السبت", "6"}};
    for (auto& n : names) m->emplace(ner::NormalizeWord(n[0]), n[1][0] - '0');
    return m;
  }();
  auto it = days->find(AV(StripConjunction(norm)));
  return it == days->end() ? -1 : it->second;
}

// An ordinal day number as a word at token t («الخامس», «الحادي عشر»,
// «الخامس والعشرين», «العشرين»): 1..31 and *end past it, or 0.
int OrdinalDayAt(const TextUnit& u, uint32_t t, uint32_t* end) {
  static const auto* units = [] {
    auto* m = new absl::flat_hash_map<std::string, int>;
    const std::pair<const char*, int> names[] = {
        {"الأول", 1},    {"الحادي", 1}, {"الثاني", 2},  {"الثالث", 3},
        {"الرابع", 4},   {"الخامس", 5}, {"السادس", 6},  {"السابع", 7},
        {"الثامن", 8},   {"التاسع", 9}, {"العاشر", 10}, {"العشرين", 20},
        {"الثلاثين", 30}};
    for (const auto& [name, n] : names) m->emplace(ner::NormalizeWord(name), n);
    return m;
  }();
  const auto& toks = u.tokens.tokens;
  if (t >= toks.size()) return 0;
  auto it = units->find(AV(StripConjunction(u.Norm(t))));
  if (it == units->end()) return 0;
  int day = it->second;
  const bool hadi = StripConjunction(u.Norm(t)) == ner::NormalizeWord("الحادي");
  *end = t + 1;
  if (day < 10 && t + 1 < toks.size()) {
    const std::string_view next = u.Norm(t + 1);
    if (next == "عشر") {
      day += 10;
      *end = t + 2;
    } else if (next == "والعشرين") {
      day += 20;
      *end = t + 2;
    } else if (next == "والثلاثين" && day == 1) {
      day += 30;
      *end = t + 2;
    }
  }
  if (hadi && day == 1) return 0;  // «الحادي» needs its tens
  return day;
}

// A day number in digits at token t (1..31), or 0.
int DigitDayAt(const TextUnit& u, uint32_t t) {
  const auto& toks = u.tokens.tokens;
  if (t >= toks.size() || toks[t].kind != TokenKind::kNumber) return 0;
  int day = 0;
  for (char c : u.Norm(t)) {
    if (c < '0' || c > '9' || day > 31) return 0;
    day = day * 10 + (c - '0');
  }
  return day <= 31 ? day : 0;
}

bool Is(std::string_view norm, const WordSet& set) {
  return set.Contains(norm) || set.Contains(StripConjunction(norm));
}

const WordSet& PastMarks() {
  static const WordSet* s = new WordSet({"الماضي", "المنصرم", "الفائت"});
  return *s;
}
// «الشهر ذاته», «اليوم نفسه»: the one named before.
const WordSet& SameWords() {
  static const WordSet* s = new WordSet({"نفسه", "ذاته"});
  return *s;
}
const WordSet& NextMarks() {
  static const WordSet* s = new WordSet({"المقبل", "القادم"});
  return *s;
}

// A future marker before a weekday in the same sentence: «سوف», «من
// المقرر», or a verb in the future prefix «سيلتقي», «ستعقد», «سنناقش».
bool IsFutureCue(std::string_view norm) {
  // «أمامنا مباراة صعبة يوم السبت»: what lies ahead of the speaker.
  static const WordSet kFuture(
      {"سوف",      "المقرر", "المقررة", "المنتظر", "المنتظرة", "المرتقب",
       "المرتقبة", "المزمع", "المزمعة", "يعتزم",   "تعتزم",    "مقرر",
       "مقررة",    "سيكون",  "ستكون",   "أمامنا",  "سيصل",     "ستصل",
       "سنصل",     "سيتم",   "ستتم",    "سيعد",    "سنرى"});
  if (Is(norm, kFuture)) return true;
  std::string_view w = StripConjunction(norm);
  // (Four letters are as often a verb whose root has «س»: «سيطر».)
  if (!w.starts_with("س") || Letters(w) < 5) return false;
  std::string_view rest = w.substr(2);
  if (!(rest.starts_with("ي") || rest.starts_with("ت") ||
        rest.starts_with("ن"))) {
    return false;
  }
  // Nouns that look like future verbs.
  static const WordSet kNouns(
      {"سيارة",    "سيارات",   "سياسة",  "سياسي",   "سياسية",   "سيادة",
       "سيطرة",    "سيول",     "ستين",   "سنوات",   "سنوية",    "سنوي",
       "سنغافورة", "سيناريو",  "سيناء",  "سيدات",   "سياحة",    "سياحي",
       "سياحية",   "سيولة",    "ستار",   "سيدي",    "سيرة",     "سنين",
       "ستون",     "سيئة",     "سيىء",   "سيول",    "سنتر",     "سيتي",
       "ستوك",     "سيلفي",    "سينما",  "سينمائي", "سينمائية", "سيناتور",
       "سيناتورا", "سيمفونية", "سيجارة", "سيجار",   "سيراميك",  "سنترال",
       "ستاد",     "ستوديو",   "سيرك",   "سيليكون"});
  if (kNouns.Contains(w)) return false;
  // «سيطرتها», «سياراتهم», «سياسته»: those nouns with a pronoun (a final
  // ة written ت before it); «سيطر» is control, never «طار» to come.
  if (w.starts_with("سيطر")) return false;
  for (std::string_view end : {"هما", "ها", "هم", "ه", "نا", "كم"}) {
    if (!w.ends_with(end)) continue;
    std::string stem(w.substr(0, w.size() - end.size()));
    if (kNouns.Contains(stem)) return false;
    if (stem.ends_with("ت")) {
      stem.replace(stem.size() - 2, 2, "ة");
      if (kNouns.Contains(stem)) return false;
    }
    break;
  }
  return true;
}

// «قد», «كان», a verb of saying in the past («قال», «أعلن»): the day
// named after it is past.
bool IsPastMarker(std::string_view norm) {
  static const WordSet kPast({"قد", "كان", "كانت", "كانوا", "أمس", "الماضي",
                              "شهد", "شهدت", "جرى", "جرت", "تم", "تمت"});
  static const WordSet kTaPast(
      {"تابع", "تابعت", "توقع", "توقعت", "تعهد", "تعهدت", "ترأس", "ترأست"});
  // Past verbs of events that news dates by a weekday («التي انتهت
  // الجمعة», «اجتاحت المدينة فجر الجمعة»).
  static const WordSet kEvents(
      {"انتهى",  "انتهت",   "بدأ",    "بدأت",  "وقع",    "وقعت",   "عقد",
       "عقدت",   "أجرى",    "أجرت",   "زار",   "زارت",   "التقى",  "التقت",
       "استقبل", "استقبلت", "وصل",    "وصلت",  "غادر",   "غادرت",  "شارك",
       "شاركت",  "اختتم",   "اختتمت", "افتتح", "افتتحت", "حضر",    "حضرت",
       "اندلع",  "اندلعت",  "شن",     "شنت",   "أطلق",   "أطلقت",  "نظم",
       "نظمت",   "أقيم",    "أقيمت",  "فاز",   "فازت",   "خسر",    "خسرت",
       "سقط",    "سقطت",    "ضرب",    "ضربت",  "اجتاح",  "اجتاحت", "هطلت",
       "قتل",    "قتلت",    "أصيب",   "أصيبت", "توفي",   "توفيت",  "انطلق",
       "انطلقت", "اختار",   "اختارت", "صادق",  "صادقت",  "أقر",    "أقرت",
       "وافق",   "وافقت",   "صوت",    "صوتت",  "وقّع",    "ألقى",   "ألقت"});
  if (Is(norm, kPast) || Is(norm, kTaPast) || Is(norm, kEvents)) return true;
  const std::string_view w = StripConjunction(norm);
  // The same verbs with an object pronoun: «وذلك في كلمة ألقاها مساء
  // الأربعاء», «عقدها», «زارها»; a final ى (ي once normalised) is written
  // ا before it.
  for (std::string_view end : {"ها", "هم", "هما", "ه"}) {
    if (!w.ends_with(end) || Letters(w) < Letters(end) + 3) continue;
    std::string stem(w.substr(0, w.size() - end.size()));
    if (kEvents.Contains(stem)) return true;
    if (stem.ends_with("ا")) {
      stem.replace(stem.size() - 2, 2, "ي");
      if (kEvents.Contains(stem)) return true;
    }
  }
  // A feminine past verb of the forms أفعل, افتعل, استفعل: «أوقعت»,
  // «أطلقت», «استهدفت» (nouns in ت of that shape are few: «إنترنت»).
  static const WordSet kNotVerbs({"انترنت", "اخت", "اوت", "اكسبرت"});
  if (w.starts_with("ا") && !w.starts_with("ال") && w.ends_with("ت") &&
      !w.ends_with("ات") && Letters(w) >= 4 && Letters(w) <= 7 &&
      !kNotVerbs.Contains(w)) {
    return true;
  }
  // «وكان الكينيون تجمعوا مساء الجمعة», «بعد أن تمتعوا بالراحة»: a past
  // plural of تفعّل / تفاعل.
  if (w.starts_with("ت") && w.ends_with("وا") && Letters(w) >= 5) return true;
  // «قد تعاملت ليلة الجمعة», «تمكنت الفرق مساء السبت».
  if (w.starts_with("ت") && w.ends_with("ت") && !w.ends_with("ات") &&
      Letters(w) >= 5) {
    return true;
  }
  return ClassifyCue(w) == CueKind::kVerb && !w.starts_with("ي") &&
         !w.starts_with("ت");
}

// An imperfect (present-tense) verb: «يبدأ», «تقام», «وتنطلق», «يلتقي».
// Nouns that look like one are refused: «يوم», «يونيو», masdars of the
// تفعيل/تفاعل patterns («تنظيم», «تعاون»), words in ة.
bool IsPresentVerb(std::string_view norm) {
  const std::string_view w = StripConjunction(norm);
  const size_t n = Letters(w);
  if (n < 3 || w.ends_with("ة")) return false;
  // «يومي» ("the two days of": «يومي الخميس والجمعة»), «يوما», «يومين».
  static const WordSet kNouns(
      {"يوم",   "يومي",    "يوما",  "يومين", "يونيو", "يوليو", "يناير", "يمين",
       "يذكر",  "يشار",    "تحت",   "تجاه",  "تونس",  "تركيا", "تقرير", "تاريخ",
       "تصريح", "تصريحات", "تشرين", "تموز",  "تعليق", "يقال"});
  if (kNouns.Contains(w)) return false;
  // Plural nisba adjectives («تركيين», «يمنيون») and feminine plurals
  // («تراجعات»).
  if (w.ends_with("يين") || w.ends_with("يون") || w.ends_with("ات")) {
    return false;
  }
  if (w.starts_with("ي")) return true;
  if (!w.starts_with("ت")) return false;
  // «تجمعوا», «تمتعوا»: the past plural of تفعّل / تفاعل; «تعاملت»,
  // «تمكنت»: their feminine past.
  if (w.ends_with("وا")) return false;
  if (w.ends_with("ت") && n >= 5) return false;
  // A ت of four letters is as often a past verb of the تفعّل pattern
  // («وتحدث بايدن … يوم السبت») as a present one («تعقد»): only the
  // passive «تقام», «تدار» is taken. From five letters on, a verb in ت is
  // present (the pasts of «تنطلق», «تستمر» start with ا), once the masdars
  // of تفعيل («تنظيم») and تفاعل («تعاون») are set aside.
  auto letter = [&](size_t i) { return w.substr(2 * i, 2); };
  if (n == 4) return letter(2) == "ا";
  if (n == 5 && letter(3) == "ي") return false;  // تفعيل: تنظيم
  if (n == 5 && letter(2) == "ا") return false;  // تفاعل: تعاون
  // «تحدثا», «تبادلا»: the past dual of تفعّل / تفاعل (the present dual
  // ends in «ان», and «أن تتحدثا» doubles its ت).
  if (n == 5 && letter(4) == "ا" && letter(1) != "ت") return false;
  // The same masdars with a possessive pronoun: «تأكيده», «تعاونها».
  for (std::string_view end : {"ه", "ها", "هم"}) {
    if (w.ends_with(end) && n - Letters(end) == 5 &&
        (letter(3) == "ي" || letter(2) == "ا")) {
      return false;
    }
  }
  return n >= 5;
}

}  // namespace

int WeekdayNamed(std::string_view norm) { return WeekdayOf(norm); }

CivilDate AddDays(const CivilDate& d, int days) {
  return FromSys(ToSys(d) + std::chrono::days(days));
}

int Weekday(const CivilDate& d) {
  return static_cast<int>(std::chrono::weekday(ToSys(d)).c_encoding());
}

namespace {

// Weekdays a neighbouring day of the same sentence places better than the
// reference does:
//   «يستأنف الفريق تدريباته مساء يوم الثلاثاء … بعد يومي الراحة (الأحد
//   والإثنين)»: after «بعد», the days before the first one;
//   «أبحر مساء يوم الأربعاء على أن يعود مساء يوم الخميس»: a day in an
//   «أن» clause after a past day is the first such day after it.
// The year of a day that names an event («إخفاق السابع من أكتوبر»,
// «هجمات 11 سبتمبر», «ما بعد 7 أكتوبر»): the word before
// the day (`first`) is an event noun, and (day, month) is one of the
// days the Arab news names events by. 0 when it is none.
int NamedDayYear(const TextUnit& u, uint32_t first, int month, int day) {
  struct NamedDay {
    int month, day, year;
  };
  static constexpr NamedDay kDays[] = {
      {10, 7, 2023},   // Hamas's attack on Israel, the Gaza war
      {9, 11, 2001},   // the attacks on the United States
      {1, 25, 2011},   // Egypt's January revolution
      {6, 30, 2013},   // Egypt's June 30
      {10, 17, 2019},  // Lebanon's October uprising
  };
  int year = 0;
  for (const NamedDay& d : kDays) {
    if (d.month == month && d.day == day) year = d.year;
  }
  if (year == 0 || first == 0) return 0;
  const auto& toks = u.tokens.tokens;
  auto word = [&](uint32_t k) {
    return k < toks.size() && toks[k].kind == TokenKind::kArabicWord;
  };
  if (!word(first - 1)) return 0;
  // (After «ثورة», «انتفاضة», «حرب» the date is the event's name and no
  // day at all: `kNamedAfter` below.)
  static const WordSet kEvents({"هجمات", "هجوم", "أحداث", "اعتداءات", "إخفاق",
                                "طوفان", "مجزرة", "عملية"});
  const std::string_view w = StripConjunction(u.Norm(first - 1));
  if (kEvents.Contains(w) || kEvents.Contains(StripProclitics(w))) {
    return year;
  }
  // «ما بعد …», «ما قبل …», «ما كان قبل …»: the time on either side of
  // the event.
  if ((w == "بعد" || w == "قبل") && first >= 2 && word(first - 2) &&
      (u.Norm(first - 2) == "ما" ||
       (first >= 3 && word(first - 3) && u.Norm(first - 3) == "ما" &&
        u.Norm(first - 2) == "كان"))) {
    return year;
  }
  return 0;
}

void AnchorWeekdays(const TextUnit& u, std::vector<DayExpression>* days) {
  static const WordSet kAfter({"بعد", "عقب"});
  for (size_t i = 1; i < days->size(); ++i) {
    DayExpression& e = (*days)[i];
    if (e.kind != TimeExpression::Kind::kWeekday || e.is_today ||
        e.is_yesterday || e.is_tomorrow || e.weekday < 0) {
      continue;
    }
    // An explicit «الماضي» / «المقبل» decides by itself.
    static const WordSet kFeminineMarks(
        {"الماضية", "المنصرمة", "الفائتة", "المقبلة", "القادمة"});
    if (e.end_token > e.first_token + 1 &&
        (PastMarks().Contains(u.Norm(e.end_token - 1)) ||
         NextMarks().Contains(u.Norm(e.end_token - 1)) ||
         kFeminineMarks.Contains(u.Norm(e.end_token - 1)))) {
      continue;
    }
    const uint32_t sb = u.SentenceOf(e.first_token).first_token;
    // The nearest earlier day of the sentence (through a coordinated
    // weekday: «(الأحد والإثنين)» anchors both to «الثلاثاء»).
    int j = static_cast<int>(i) - 1;
    while (j >= 0 && (*days)[j].anchor >= 0 && (*days)[j].first_token >= sb) {
      if ((*days)[j].anchor_side < 0) {
        e.anchor = (*days)[j].anchor;
        e.anchor_side = -1;
        break;
      }
      --j;
    }
    if (e.anchor >= 0) continue;
    j = static_cast<int>(i) - 1;
    if ((*days)[j].first_token < sb) continue;
    const DayExpression& a = (*days)[j];
    bool after = false, clause = false;
    for (uint32_t k = a.end_token; k < e.first_token; ++k) {
      if (u.tokens.tokens[k].kind != TokenKind::kArabicWord) continue;
      const std::string_view w = StripConjunction(u.Norm(k));
      if (kAfter.Contains(w) && e.first_token - k <= 4) after = true;
      if (w == "أن" || w == "ان") clause = true;
    }
    const bool anchor_past =
        a.is_yesterday || (a.kind == TimeExpression::Kind::kWeekday &&
                           a.direction < 0 && !a.is_today);
    const bool anchor_future =
        a.is_tomorrow || (a.kind == TimeExpression::Kind::kWeekday &&
                          a.direction > 0 && !a.is_today);
    if (after) {
      e.anchor = j;
      e.anchor_side = -1;
    } else if (clause && anchor_past && e.direction > 0) {
      e.anchor = j;
      e.anchor_side = 1;
    } else if (anchor_future && e.direction < 0 && !e.tense_seen) {
      // No verb of its own decided it: a day in a sentence about days to
      // come is one of them («ويتوجه ماكرون غدا الجمعة إلى غوانغجو …
      // قبل أن يعود إلى باريس السبت»).
      e.direction = 1;
    }
  }
}

}  // namespace

void MarkOutletsNamedToday(const std::vector<TextUnit>& units,
                           std::vector<std::vector<bool>>* names) {
  const std::string today = ner::NormalizeWord("اليوم");
  auto is_dash = [](std::string_view w) { return w == "-" || w == "–"; };
  absl::flat_hash_set<std::string> outlets;
  for (const TextUnit& u : units) {
    const auto& toks = u.tokens.tokens;
    for (uint32_t t = 1; t < toks.size(); ++t) {
      if (u.Norm(t) != today || toks[t - 1].kind != TokenKind::kArabicWord) {
        continue;
      }
      const bool quoted = t >= 2 && toks[t - 2].kind == TokenKind::kQuote &&
                          t + 1 < toks.size() &&
                          toks[t + 1].kind == TokenKind::kQuote;
      // A dateline: «بغداد اليوم - بغداد» opening its line.
      const bool dateline =
          t + 1 < toks.size() && is_dash(u.Norm(t + 1)) &&
          (t == 1 ||
           u.text.substr(toks[t - 2].span.end,
                         toks[t - 1].span.begin - toks[t - 2].span.end)
                   .find('\n') != std::string_view::npos);
      // Not «"مساء اليوم"», a quoted time of day.
      static const WordSet kNotAName({"صباح", "مساء", "ظهر", "فجر", "عصر",
                                      "ليلة", "ليل", "هذا", "يوم", "نهار"});
      const std::string_view x = StripConjunction(u.Norm(t - 1));
      if ((quoted || dateline) && !kNotAName.Contains(x) && !IsBreakWord(x)) {
        outlets.emplace(u.Norm(t - 1));
      }
    }
  }
  if (outlets.empty()) return;
  for (size_t ui = 0; ui < units.size() && ui < names->size(); ++ui) {
    const TextUnit& u = units[ui];
    std::vector<bool>& flags = (*names)[ui];
    for (uint32_t t = 1; t < u.size() && t < flags.size(); ++t) {
      if (u.Norm(t) == today && outlets.contains(AV(u.Norm(t - 1)))) {
        flags[t] = true;
      }
    }
  }
}

std::vector<DayExpression> FindDayExpressions(const TextUnit& u,
                                              const std::vector<bool>* names) {
  auto named = [names](uint32_t t) {
    return names != nullptr && t < names->size() && (*names)[t];
  };
  std::vector<DayExpression> out;
  const auto& toks = u.tokens.tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  std::vector<bool> covered(n, false);

  // Absolute dates, as many as the unit has.
  std::vector<DayExpression> absolute;
  for (size_t pos = 0; pos < u.text.size();) {
    std::optional<FoundDate> d = FindDate(u.text.substr(pos));
    if (!d) break;
    DayExpression e;
    e.kind = TimeExpression::Kind::kAbsolute;
    e.absolute = d->date;
    e.span = {static_cast<uint32_t>(pos + d->span.begin),
              static_cast<uint32_t>(pos + d->span.end)};
    e.first_token = n;
    e.end_token = 0;
    for (uint32_t t = 0; t < n; ++t) {
      if (toks[t].span.end > e.span.begin && toks[t].span.begin < e.span.end) {
        e.first_token = std::min(e.first_token, t);
        e.end_token = t + 1;
        covered[t] = true;
      }
    }
    if (e.first_token < e.end_token) {
      // A weekday inside the span names the same day.
      bool hijri = false;
      for (uint32_t t = e.first_token; t < e.end_token; ++t) {
        if (int w = WeekdayOf(u.Norm(t)); w >= 0) e.weekday = w;
        if (toks[t].kind == TokenKind::kArabicWord) {
          const std::optional<MonthNameMatch> m =
              MatchMonthName(toks[t].span.Of(u.text),
                             t + 1 < e.end_token ? toks[t + 1].span.Of(u.text)
                                                 : std::string_view());
          hijri |= m && m->calendar == Calendar::kHijri;
        }
      }
      // «الخميس ١٠ جمادى الآخرة ١٤٤٦ هـ», «الثلاثاء 29 رمضان»: where the
      // month began a day off the Umm al-Qura calendar (another country's
      // sighting), the weekday the text gives decides.
      if (hijri && e.weekday >= 0 && e.absolute &&
          Weekday(*e.absolute) != e.weekday) {
        for (int shift : {1, -1}) {
          const CivilDate d = AddDays(*e.absolute, shift);
          if (Weekday(d) == e.weekday) {
            e.absolute = d;
            break;
          }
        }
      }
      absolute.push_back(e);
    }
    pos += std::max<size_t>(d->span.end, 1);
  }

  auto word = [&](uint32_t t) {
    return t < n && toks[t].kind == TokenKind::kArabicWord;
  };
  // A day and a month without a year (FindDate wants the year), the year
  // coming from the reference day: «12 يونيو المقبل», «19 يوليو», «25
  // رمضان», «الخامس من شهر أغسطس», «غرة شوال»; or a day of the reference's
  // month: «18 الجاري», «20 من الشهر الماضي».
  static const WordSet kThisMonth({"الجاري", "الحالي"});
  static const WordSet kTo({"إلى", "حتى", "-", "–"});
  // Spans `x` over its tokens, marks them covered and keeps it; returns
  // its last token (where the scan goes on).
  auto keep = [&](DayExpression& x) {
    x.span = {toks[x.first_token].span.begin, toks[x.end_token - 1].span.end};
    for (uint32_t j = x.first_token; j < x.end_token; ++j) covered[j] = true;
    absolute.push_back(x);
    return x.end_token - 1;
  };
  for (uint32_t t = 0; t + 1 < n; ++t) {
    if (covered[t]) continue;
    uint32_t k = t + 1;
    int day = DigitDayAt(u, t);
    bool ordinal = false;
    bool first_of = false;  // needs no «من» before the month
    if (day == 0 && word(t)) {
      // «غرة شوال», and «فاتح نونبر» in Maghrebi usage: the first; «أول
      // أغسطس المقبل» (a month's name right after «أول»).
      if (StripConjunction(u.Norm(t)) == "غرة" || u.Norm(t) == "فاتح" ||
          (StripConjunction(u.Norm(t)) == "اول" && word(t + 1) &&
           MatchMonthName(toks[t + 1].span.Of(u.text),
                          word(t + 2) ? toks[t + 2].span.Of(u.text)
                                      : std::string_view()))) {
        day = 1;
        ordinal = true;
        first_of = true;
      } else if (StripConjunction(u.Norm(t)) == "اول" && word(t + 1) &&
                 u.Norm(t + 1) == "من" && word(t + 2) &&
                 MatchMonthName(toks[t + 2].span.Of(u.text),
                                word(t + 3) ? toks[t + 3].span.Of(u.text)
                                            : std::string_view())) {
        // «في أول من ذي القعدة المقبل» (not «أول من أمس»)
        day = 1;
        ordinal = true;
      } else if (StripConjunction(u.Norm(t)) == "اول" && word(t + 1) &&
                 u.Norm(t + 1) == "يوم") {
        // «أول يوم من ذي القعدة»
        day = 1;
        ordinal = true;
        k = t + 2;
      } else if (StripConjunction(u.Norm(t)) == "اول" && word(t + 1) &&
                 u.Norm(t + 1) == "ايام" && word(t + 2) &&
                 !(word(t + 3) && u.Norm(t + 2) == "عيد")) {
        // «أول أيام شهر رمضان», «أول أيام رمضان» (the feasts' days are
        // read below).
        day = 1;
        ordinal = true;
        first_of = true;
        k = t + 2;
      } else if ((day = OrdinalDayAt(u, t, &k)) > 0) {
        ordinal = true;
        // «الأسبوع الثالث من نوفمبر»: a week of the month, not its day.
        static const WordSet kNotDays({"الأسبوع", "الاسبوع", "الأسابيع"});
        if (t > 0 && word(t - 1) && Is(u.Norm(t - 1), kNotDays)) day = 0;
      }
    }
    if (day < 1 || covered[k - 1]) continue;
    // «فريق الرابع عشر من آذار», «ثورة 25 يناير», «استاد 30 يونيو»,
    // «بمدينة السادس من أكتوبر»: a date that names an alliance, a
    // revolution, a place or a war is a name, not a day.
    static const WordSet kNamedAfter(
        {"قوى",   "فريق",    "تحالف", "تيار",  "حركة",   "ثورة",  "ميدان",
         "شارع",  "استاد",   "ستاد",  "ملعب",  "جسر",    "كوبري", "مدينة",
         "محور",  "انتفاضة", "حرب",   "معسكر", "جبهة",   "طريق",  "مطار",
         "جامعة", "مدرسة",   "كتيبة", "لواء",  "مجموعة", "ائتلاف"});
    if (t > 0 && word(t - 1) &&
        (Is(u.Norm(t - 1), kNamedAfter) ||
         Is(StripProclitics(u.Norm(t - 1)), kNamedAfter))) {
      continue;
    }
    DayExpression e;
    e.kind = TimeExpression::Kind::kAbsolute;
    e.first_token = t;
    e.day = day;
    e.direction = 0;  // the nearest such day
    const bool from = word(k) && u.Norm(k) == "من";
    if (from) ++k;
    if (ordinal && !from && !first_of) continue;
    if (word(k) && (u.Norm(k) == "شهر" || u.Norm(k) == "الشهر")) {
      const bool the_month = u.Norm(k) == "الشهر";
      ++k;
      if (the_month) {
        // «20 من الشهر الجاري / الماضي / المقبل»
        if (!word(k)) continue;
        const std::string_view m = u.Norm(k);
        // «أول أيام الشهر الكريم / الفضيل»: Ramadan's first day.
        static const WordSet kHolyMonth({"الكريم", "الفضيل"});
        if (first_of && kHolyMonth.Contains(m)) {
          e.month = 9;
          e.hijri = true;
          e.end_token = k + 1;
          t = keep(e);
          continue;
        }
        // «الخامس من أيلول … اعتباراً من الثامن من الشهر ذاته»: the month
        // of the last date the unit gave before it.
        if (SameWords().Contains(m)) {
          const DayExpression* last = nullptr;
          for (const DayExpression& a : absolute) {
            if ((a.absolute || a.month > 0) && !a.hijri &&
                a.span.end <= toks[t].span.begin &&
                (last == nullptr || a.span.begin > last->span.begin)) {
              last = &a;
            }
          }
          e.end_token = k + 1;
          // (A month an earlier paragraph named: the caller resolves it,
          // `same_as_before`.)
          if (last == nullptr) e.same_as_before = true;
          if (last == nullptr) {
          } else if (last->absolute) {
            const year_month_day ymd(std::chrono::year(last->absolute->year),
                                     std::chrono::month(last->absolute->month),
                                     std::chrono::day(e.day));
            if (!ymd.ok()) continue;
            e.absolute = FromSys(sys_days(ymd));
          } else {
            e.month = last->month;
            e.direction = last->direction;
            e.relative_year = last->relative_year;
            e.year_offset = last->year_offset;
          }
          t = keep(e);
          continue;
        }
        if (!kThisMonth.Contains(m) && !PastMarks().Contains(m) &&
            !NextMarks().Contains(m)) {
          continue;
        }
        e.relative_month = true;
        e.month_offset = PastMarks().Contains(m)   ? -1
                         : NextMarks().Contains(m) ? 1
                                                   : 0;
        e.end_token = k + 1;
      }
    }
    if (!e.relative_month) {
      if (!ordinal && !from && word(k) && kThisMonth.Contains(u.Norm(k))) {
        e.relative_month = true;  // «18 الجاري»
        e.end_token = k + 1;
      } else {
        if (!word(k)) continue;
        const std::optional<MonthNameMatch> m = MatchMonthName(
            toks[k].span.Of(u.text),
            word(k + 1) ? toks[k + 1].span.Of(u.text) : std::string_view());
        if (!m) continue;
        e.month = m->month;
        e.hijri = m->calendar == Calendar::kHijri;
        k += m->words;
        e.end_token = k;
        // «أغسطس/آب», «أكتوبر (تشرين الأول) 2019»: the same month in the
        // other naming system.
        // «التاسع من أغسطس آب 2014»: the other name with no mark between.
        if (word(k)) {
          const std::optional<MonthNameMatch> alt = MatchMonthName(
              toks[k].span.Of(u.text),
              word(k + 1) ? toks[k + 1].span.Of(u.text) : std::string_view());
          if (alt && alt->month == e.month &&
              alt->calendar != Calendar::kHijri) {
            k += alt->words;
            e.end_token = k;
          }
        }
        if (k + 1 < n && !word(k) && (u.Norm(k) == "/" || u.Norm(k) == "(") &&
            word(k + 1)) {
          const std::optional<MonthNameMatch> alt = MatchMonthName(
              toks[k + 1].span.Of(u.text),
              word(k + 2) ? toks[k + 2].span.Of(u.text) : std::string_view());
          if (alt && alt->month == e.month) {
            const uint32_t after = k + 1 + alt->words;
            if (u.Norm(k) == "/") {
              k = after;
              e.end_token = k;
            } else if (after < n && u.Norm(after) == ")") {
              k = after + 1;
              e.end_token = k;
            }
          }
        }
        // A year after an ordinal day («الخامس من أغسطس 2015»), also with
        // «عام» between («5 فبراير من العام 2013», «7 مايو عام 2014»).
        if (word(k) &&
            (u.Norm(k) == "عام" || u.Norm(k) == "العام" ||
             u.Norm(k) == "لعام") &&
            k + 1 < n && toks[k + 1].kind == TokenKind::kNumber) {
          ++k;
        } else if (word(k) && u.Norm(k) == "من" && word(k + 1) &&
                   (u.Norm(k + 1) == "عام" || u.Norm(k + 1) == "العام") &&
                   k + 2 < n && toks[k + 2].kind == TokenKind::kNumber) {
          k += 2;
        }
        if (k < n && toks[k].kind == TokenKind::kNumber) {
          const int year = std::atoi(std::string(u.Norm(k)).c_str());
          std::optional<CivilDate> d;
          if (!e.hijri && year >= 1900 && year <= 2100) {
            d = CivilDate{year, e.month, e.day};
            if (!std::chrono::year_month_day(std::chrono::year(year),
                                             std::chrono::month(e.month),
                                             std::chrono::day(e.day))
                     .ok()) {
              d.reset();
            }
          } else if (e.hijri && year >= 1300 && year <= 1500) {
            d = HijriToGregorian(year, e.month, e.day);
          }
          if (d) {
            e.absolute = d;
            e.end_token = k + 1;
          }
        }
        // «2 صفر» is more often a score than the second Hijri month.
        if (e.hijri && e.month == 2 && !e.absolute && !ordinal) continue;
        // «10 حزيران/يونيو من العام الماضي», «31 يوليو من العام نفسه», «12
        // ديسمبر من السنة ذاتها»: the year is told in words.
        if (!e.absolute && !e.hijri && k + 2 < n && word(k) &&
            u.Norm(k) == "من" && word(k + 1) && word(k + 2) &&
            (u.Norm(k + 1) == "العام" ||
             u.Norm(k + 1) == ner::NormalizeWord("السنة"))) {
          static const WordSet kLast({"الماضي", "الماضية", "المنصرم",
                                      "المنصرمة", "الفائت", "الفائتة"});
          static const WordSet kNext(
              {"المقبل", "المقبلة", "القادم", "القادمة"});
          static const WordSet kThis({"الجاري", "الحالي", "الحالية"});
          static const WordSet kSame({"نفسه", "نفسها", "ذاته", "ذاتها"});
          const std::string_view which = u.Norm(k + 2);
          if (kLast.Contains(which) || kNext.Contains(which) ||
              kThis.Contains(which)) {
            e.relative_year = true;
            e.year_offset = kLast.Contains(which)   ? -1
                            : kNext.Contains(which) ? 1
                                                    : 0;
            k += 3;
            e.end_token = k;
          } else if (kSame.Contains(which)) {
            // The year of the last date the unit gave with one before it.
            const DayExpression* last = nullptr;
            for (const DayExpression& a : absolute) {
              if (a.absolute && a.span.end <= toks[t].span.begin &&
                  (last == nullptr || a.span.begin > last->span.begin)) {
                last = &a;
              }
            }
            if (last != nullptr) {
              const year_month_day ymd(std::chrono::year(last->absolute->year),
                                       std::chrono::month(e.month),
                                       std::chrono::day(e.day));
              if (ymd.ok()) {
                e.absolute = FromSys(sys_days(ymd));
                k += 3;
                e.end_token = k;
              }
            }
          }
        }
        // «خفض سعر الأساس ثلاث مرات في ٢٠٢٤، آخرها في ١٨ ديسمبر»: a year
        // alone earlier in the sentence is the day's.
        // (Not when «الماضي» / «المقبل» follows: «المنتهية في ٣١ مارس/آذار
        // الماضي» after «٢٠١٨-٢٠١٩» is the last March.)
        // (Nor «الجاري»: «كأس آسيا 2019، حيث تم تحديد 29 أغسطس الجاري»
        // is this August.)
        const bool marked = word(k) && (PastMarks().Contains(u.Norm(k)) ||
                                        NextMarks().Contains(u.Norm(k)) ||
                                        kThisMonth.Contains(u.Norm(k)));
        if (!e.absolute && !e.hijri && !e.relative_year && !marked) {
          const uint32_t sb = u.SentenceOf(t).first_token;
          for (uint32_t j = t; j > sb && t - j < 8; --j) {
            if (toks[j - 1].kind != TokenKind::kNumber) continue;
            if (covered[j - 1]) break;
            const int year = std::atoi(std::string(u.Norm(j - 1)).c_str());
            if (year < 1900 || year > 2100) break;
            const year_month_day ymd(std::chrono::year(year),
                                     std::chrono::month(e.month),
                                     std::chrono::day(e.day));
            if (ymd.ok()) {
              e.absolute = FromSys(sys_days(ymd));
              e.year_borrowed = true;
            }
            break;
          }
        }
        if (!e.absolute && word(k)) {
          const std::string_view mark = u.Norm(k);
          if (PastMarks().Contains(mark) || NextMarks().Contains(mark)) {
            e.direction = NextMarks().Contains(mark) ? 1 : -1;
            e.end_token = k + 1;
          } else if (kThisMonth.Contains(mark)) {
            e.end_token = k + 1;
          }
        }
      }
    }
    // A day of a named month with no year and no mark: «ستجرى الانتخابات
    // في 31 تموز» is coming, as is a day listed after one marked so («في
    // 22 أيار المقبل، والرئاسية في 31 تموز»).
    if (!e.absolute && !e.relative_month && e.direction == 0 && e.month > 0 &&
        !kThisMonth.Contains(u.Norm(e.end_token - 1))) {
      const uint32_t sb = u.SentenceOf(t).first_token;
      if (!absolute.empty() && !absolute.back().absolute &&
          !absolute.back().relative_month &&
          absolute.back().first_token >= sb &&
          t - absolute.back().end_token <= 10) {
        e.direction = absolute.back().direction;
      }
      // «وتعيش تونس منذ 25 جويلية على وقع …»: since a day gone by.
      if (e.direction == 0 && e.first_token > sb && word(e.first_token - 1) &&
          u.Norm(e.first_token - 1) == "منذ") {
        e.direction = -1;
      }
      for (uint32_t k = t; e.direction == 0 && k > sb && t - k < 8; --k) {
        if (!word(k - 1) || named(k - 1)) continue;
        const std::string_view w = u.Norm(k - 1);
        if (IsFutureCue(w)) {
          e.direction = 1;
        } else if (IsPastMarker(w)) {
          break;
        }
      }
    }
    // «إخفاق السابع من أكتوبر», «هجمات 11 سبتمبر»: a day
    // that names an event is that event's day, whatever year the article
    // was written in.
    if (!e.absolute && !e.hijri && !e.relative_month && !e.relative_year &&
        e.month > 0 && e.day > 0 &&
        !kThisMonth.Contains(u.Norm(e.end_token - 1)) &&
        !(word(e.end_token) && (PastMarks().Contains(u.Norm(e.end_token)) ||
                                NextMarks().Contains(u.Norm(e.end_token))))) {
      if (const int year = NamedDayYear(u, e.first_token, e.month, e.day);
          year > 0) {
        e.absolute =
            CivilDate{year, static_cast<int>(e.month), static_cast<int>(e.day)};
        e.direction = 0;
      }
    }
    e.span = {toks[t].span.begin, toks[e.end_token - 1].span.end};
    for (uint32_t j = e.first_token; j < e.end_token; ++j) covered[j] = true;
    // «من 20 إلى 25 يوليو», «بين 20 و25 يوليو»: the first day of a range
    // shares the month.
    // («أيام ١٩ و٢٠ و٢١ أبريل»: and each day of a list before it.)
    for (uint32_t at = t, next_day = day;
         !ordinal && at >= 2 && !covered[at - 2] &&
         (Is(u.Norm(at - 1), kTo) || u.Norm(at - 1) == "و");
         at -= 2) {
      const int first = DigitDayAt(u, at - 2);
      if (first <= 0 || first >= static_cast<int>(next_day)) break;
      DayExpression r = e;
      r.first_token = at - 2;
      r.end_token = at - 1;
      r.day = first;
      if (r.absolute) r.absolute->day = first;
      r.span = toks[at - 2].span;
      covered[at - 2] = true;
      absolute.push_back(r);
      next_day = first;
      if (u.Norm(at - 1) != "و") break;  // a range has one start
    }
    // «في السابع والثامن من تموز»: an ordinal joined by «و» to the next
    // shares its month too.
    if (ordinal && t >= 1 && !covered[t - 1] && u.Norm(t).starts_with("و") &&
        word(t - 1)) {
      uint32_t first_end = 0;
      if (const int first = OrdinalDayAt(u, t - 1, &first_end);
          first > 0 && first < day && first_end == t) {
        DayExpression r = e;
        r.first_token = t - 1;
        r.end_token = t;
        r.day = first;
        if (r.absolute) r.absolute->day = first;
        r.span = toks[t - 1].span;
        covered[t - 1] = true;
        absolute.push_back(r);
      }
    }
    absolute.push_back(e);
    t = e.end_token - 1;
  }

  // Feast days named by the Hijri calendar: «ثاني أيام عيد الفطر» (2
  // Shawwal), «أول أيام عيد الأضحى» and «يوم عيد الأضحى» (10 Dhu
  // al-Hijja), «يوم عرفة» / «وقفة عرفة» (9 Dhu al-Hijja); the nearest
  // such day to the reference. «عيد الفطر» alone («خلال عيد الفطر»,
  // «بمناسبة عيد الفطر») names the feast, days long, not a day.
  {
    static const WordSet kOrdinalDays({"أول", "ثاني", "ثالث", "رابع"});
    static const WordSet kDays({"أيام", "يوم"});
    static const WordSet kDay({"يوم"});
    static const WordSet kFeast({"عيد"});
    static const WordSet kFitr({"الفطر"});
    static const WordSet kAdha({"الأضحى"});
    static const WordSet kArafa({"عرفة", "عرفات"});
    static const WordSet kStanding({"يوم", "وقفة"});
    auto add = [&](uint32_t first, uint32_t end, int month, int day) {
      for (uint32_t j = first; j < end; ++j) {
        if (covered[j]) return false;
      }
      DayExpression e;
      e.kind = TimeExpression::Kind::kAbsolute;
      e.first_token = first;
      e.end_token = end;
      e.month = month;
      e.day = day;
      e.hijri = true;
      e.feast = true;
      e.direction = 0;
      e.span = {toks[first].span.begin, toks[end - 1].span.end};
      for (uint32_t j = first; j < end; ++j) covered[j] = true;
      absolute.push_back(e);
      return true;
    };
    for (uint32_t t = 0; t + 1 < n; ++t) {
      if (!word(t) || covered[t]) continue;
      const std::string_view w = StripConjunction(u.Norm(t));
      // «[أول|ثاني|ثالث|رابع] أيام عيد الفطر/الأضحى», «يوم عيد الأضحى».
      int offset = -1;
      uint32_t k = t;
      if (kOrdinalDays.Contains(w) && word(t + 1) &&
          kDays.Contains(u.Norm(t + 1))) {
        offset = w == "اول" ? 0 : w == "ثاني" ? 1 : w == "ثالث" ? 2 : 3;
        k = t + 2;
        // «أول يوم من عيد الفطر», «ثاني أيام من العيد»
        if (word(k) && u.Norm(k) == "من") ++k;
      } else if (kDay.Contains(w)) {
        offset = 0;
        k = t + 1;
      }
      // «اليوم الثالث لعيد الفطر», «اليوم الثاني من العيد».
      static const std::pair<std::string_view, int> kOrdinals[] = {
          {"الاول", 0}, {"الثاني", 1}, {"الثالث", 2}, {"الرابع", 3}};
      bool lam = false;
      if (offset < 0 && w == "اليوم" && word(t + 1)) {
        for (const auto& [name, o] : kOrdinals) {
          if (u.Norm(t + 1) == name) offset = o;
        }
        if (offset >= 0) {
          k = t + 2;
          if (word(k) && u.Norm(k) == "من") {
            ++k;
          } else if (word(k) && (u.Norm(k) == "لعيد" || u.Norm(k) == "للعيد")) {
            lam = true;  // «لعيد» is ل + «عيد»
          } else {
            offset = -1;
          }
        }
      }
      if (lam) {
        const std::string_view which = word(k + 1) ? u.Norm(k + 1) : "";
        if (u.Norm(k) == "لعيد" && kFitr.Contains(which)) {
          add(t, k + 2, 10, 1 + offset);
          continue;
        }
        if (u.Norm(k) == "لعيد" && kAdha.Contains(which)) {
          add(t, k + 2, 12, 10 + offset);
          continue;
        }
        if (u.Norm(k) == "للعيد" && !kFitr.Contains(which) &&
            !kAdha.Contains(which)) {
          if (add(t, k + 1, 0, offset)) absolute.back().either_eid = true;
          continue;
        }
        continue;
      }
      if (offset >= 0 && word(k + 1) && kFeast.Contains(u.Norm(k))) {
        const std::string_view which = u.Norm(k + 1);
        if (kFitr.Contains(which)) {
          add(t, k + 2, 10, 1 + offset);
          continue;
        }
        if (kAdha.Contains(which)) {
          add(t, k + 2, 12, 10 + offset);
          continue;
        }
      }
      // «رابع أيام العيد», «يوم العيد»: a day of «العيد» the text does not
      // name; the feast is the nearer one.
      // «يوم العيد» is its first day.
      if (offset >= 0 && word(k) && u.Norm(k) == "العيد" &&
          !(word(k + 1) &&
            (kFitr.Contains(u.Norm(k + 1)) || kAdha.Contains(u.Norm(k + 1))))) {
        if (add(t, k + 1, 0, offset)) absolute.back().either_eid = true;
        continue;
      }
      // «وقفة» is no «و» + «قفة».
      if ((kStanding.Contains(w) || kStanding.Contains(u.Norm(t))) &&
          word(t + 1) && kArafa.Contains(u.Norm(t + 1))) {
        add(t, t + 2, 12, 9);
      }
      // «يوم التروية»: 8 Dhu al-Hijja, the pilgrims' first day at Mina.
      static const WordSet kTarwiya({"التروية"});
      if (kDay.Contains(w) && word(t + 1) && kTarwiya.Contains(u.Norm(t + 1))) {
        add(t, t + 2, 12, 8);
      }
    }
  }

  // «النهارده»: today in Egyptian speech, quoted in the press.
  static const WordSet kToday({"اليوم", "النهاردة", "النهارده"});
  static const WordSet kTimeOfDay(
      {"مساء", "صباح", "ظهر", "عصر", "ليلة", "فجر", "ظهيرة", "مغرب"});
  static const WordSet kYesterday({"أمس", "الأمس", "البارحة", "بالأمس"});
  static const WordSet kEventsOfADay({"يوم", "مران", "تدريب", "تدريبات",
                                      "مباراة", "لقاء", "اجتماع", "جلسة", "حفل",
                                      "مؤتمر", "مسيرة", "صحف", "عدد", "أحداث",
                                      "مباريات", "جولة", "قمة"});
  static const WordSet kTomorrow({"غدا", "غد", "الغد"});
  static const WordSet kWeek({"الأسبوع"});
  // «هذا اليوم», «صحيفة اليوم», «عين اليوم» (outlets), «في اليوم» (per day).
  // «بعد اليوم» (any more), «تحديات اليوم», «نحن اليوم» (nowadays), «بين
  // الأمس واليوم» (then and now): not a day.
  static const WordSet kNotToday(
      {"هذا",    "ذلك",    "نفس",  "ذات",  "صحيفة",   "جريدة", "لصحيفة",
       "بصحيفة", "عين",    "في",   "طوال", "مدار",    "بعد",   "تحديات",
       "عالم",   "جيل",    "شباب", "واقع", "متطلبات", "قضايا", "نحن",
       "الأمس",  "والأمس", "أمس",  "وأمس"});
  static const WordSet kNotFriday({"صلاة", "خطبة", "خطيب", "صلاتي"});

  // A weekday right after token t, bare, in parentheses or in quotation
  // marks: «(الاثنين)», «امس «الاربعاء»».
  auto weekday_after = [&](uint32_t t, uint32_t* end) -> int {
    uint32_t k = t + 1;
    const bool paren = k < n && u.Norm(k) == "(";
    const bool quoted = k < n && toks[k].kind == TokenKind::kQuote;
    if (paren || quoted) ++k;
    if (!word(k)) return -1;
    int w = WeekdayOf(u.Norm(k));
    if (w < 0) return -1;
    *end = k + 1;
    if (paren && *end < n && u.Norm(*end) == ")") ++*end;
    if (quoted && *end < n && toks[*end].kind == TokenKind::kQuote) ++*end;
    return w;
  };

  static const WordSet kSameDayPrepositions({"في", "خلال", "ظهر"});
  for (uint32_t t = 0; t < n; ++t) {
    if (covered[t] || !word(t)) continue;
    std::string_view norm = u.Norm(t);
    DayExpression e;
    e.first_token = t;
    e.end_token = t + 1;
    bool found = false;
    // «الليلة الماضية» is last night, «الليلة قبل الماضية» the night
    // before.
    if (StripConjunction(norm) == "الليلة" && word(t + 1) &&
        (u.Norm(t + 1) == "الماضية" || (u.Norm(t + 1) == "قبل" && word(t + 2) &&
                                        u.Norm(t + 2) == "الماضية"))) {
      const bool before = u.Norm(t + 1) == "قبل";
      e.has_offset = true;
      e.offset_days = before ? -2 : -1;
      e.end_token = t + (before ? 3 : 2);
      found = true;
    } else if (Is(norm, kToday)) {
      uint32_t end = 0;
      const int w = weekday_after(t, &end);
      // «"اليوم السابع"» names an outlet; «“اليوم يوم انتصار …”» opens a
      // quotation with today.
      bool quoted = false;
      if (t > 0 && toks[t - 1].kind == TokenKind::kQuote) {
        for (uint32_t k = t + 1; k < n && k <= t + 3; ++k) {
          if (toks[k].kind == TokenKind::kQuote) quoted = true;
        }
      }
      // A dateline «عين اليوم - فرانكفورت» names the outlet.
      const bool dateline =
          t + 1 < n && (u.Norm(t + 1) == "-" || u.Norm(t + 1) == "–");
      // «مغرب هذا اليوم»: a time of day before «هذا» makes it today.
      const bool this_day_time = t > 1 && u.Norm(t - 1) == "هذا" &&
                                 word(t - 2) && Is(u.Norm(t - 2), kTimeOfDay);
      // «عقد عن بعد اليوم»: «عن بعد» is remotely, the day is today.
      const bool remotely = t > 1 && u.Norm(t - 1) == "بعد" &&
                            StripConjunction(u.Norm(t - 2)) == "عن";
      // Inside a name: «"الليرة اليوم"», «روسيا اليوم».
      const bool blocked = (t > 0 && Is(u.Norm(t - 1), kNotToday) &&
                            !this_day_time && !remotely) ||
                           quoted || dateline || named(t);
      // «اليوم الوطني», «اليوم الأول», «اليوم المفتوح» name a day of
      // something; «ها هي اليوم القوات السعودية …» is today followed by
      // the sentence's subject.
      auto names_a_day = [&](uint32_t k) {
        if (!word(k)) return false;
        const std::string_view w = u.Norm(k);
        // («إلى» is «الي» once normalised: a preposition, no adjective.)
        if (!w.starts_with("ال") || Letters(w) <= 3) return false;
        static const WordSet kDayOf(
            {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
             "السابع", "الأخير", "التالي", "السابق", "المفتوح", "الموعود",
             "نفسه", "ذاته", "المحدد", "الختامي", "الأخيرة"});
        return kDayOf.Contains(w) || w.ends_with("ي") || w.ends_with("ية") ||
               w.ends_with("يه");
      };
      // «وصل إلى المدينة صباح اليوم ذاته», «في اليوم نفسه»: the day the
      // text named last (`same_as_before`).
      // «قطعت السلطات الإنترنت صباح اليوم التالي»: the day after it (not
      // the plan named «اليوم التالي للحرب», nor «خطة اليوم التالي»).
      static const WordSet kPlans(
          {"خطة", "خطط", "ملف", "سيناريو", "ترتيبات", "رؤية", "مرحلة"});
      const bool day_after =
          w < 0 && word(t + 1) && u.Norm(t + 1) == "التالي" && !quoted &&
          !dateline && !named(t) &&
          !(word(t + 2) && u.Norm(t + 2).starts_with("ل")) &&
          !(t > 0 && word(t - 1) && Is(u.Norm(t - 1), kPlans));
      if (day_after) {
        e.same_as_before = true;
        e.days_after_before = 1;
        e.end_token = t + 2;
        found = true;
      } else if (w >= 0) {
        e.weekday = w;
        e.end_token = end;
        e.is_today = true;
        found = true;
      } else if (!blocked && word(t + 1) &&
                 SameWords().Contains(u.Norm(t + 1)) && t > 0 && word(t - 1) &&
                 (Is(u.Norm(t - 1), kTimeOfDay) ||
                  Is(u.Norm(t - 1), kSameDayPrepositions))) {
        e.same_as_before = true;
        e.end_token = t + 2;
        found = true;
      } else if (!blocked &&
                 (!names_a_day(t + 1) ||
                  // «مساء اليوم الجدل …»: a time of day makes it a day
                  (t > 0 && Is(u.Norm(t - 1), kTimeOfDay)))) {
        e.is_today = true;
        e.has_offset = true;
        e.offset_days = 0;
        found = true;
      }
    } else if (Is(norm, kYesterday) &&
               // «الأمس» alone is the past («بين الأمس واليوم»); «مساء
               // الأمس» is yesterday.
               // («يوم الأمس», «مران الأمس», «مباراة الأمس»: a day or an
               // event of it in construct is yesterday too.)
               // («ابتداء من الأمس», «منذ الأمس»: from yesterday on, when
               // nothing follows in construct or with «و».)
               (StripConjunction(norm) != ner::NormalizeWord("الأمس") ||
                (t > 0 && (Is(u.Norm(t - 1), kTimeOfDay) ||
                           Is(u.Norm(t - 1), kEventsOfADay))) ||
                (t > 0 &&
                 (u.Norm(t - 1) == "منذ" ||
                  (u.Norm(t - 1) == "من" && t > 1 &&
                   (u.Norm(t - 2) == ner::NormalizeWord("ابتداء") ||
                    u.Norm(t - 2) == ner::NormalizeWord("اعتبارا")))) &&
                 !(word(t + 1) &&
                   StripConjunction(u.Norm(t + 1)) != u.Norm(t + 1)))) &&
               // «بالأمس» is yesterday; «بالأمس القريب» only lately.
               !(StripConjunction(norm) == ner::NormalizeWord("بالأمس") &&
                 word(t + 1) && u.Norm(t + 1) == "القريب") &&
               // «بين العيد أمس واليوم»: then and now.
               !(word(t + 1) &&
                 u.Norm(t + 1) == ner::NormalizeWord("واليوم")) &&
               // «في أمس الحاجة»: in dire need.
               !(word(t + 1) &&
                 (u.Norm(t + 1) == ner::NormalizeWord("الحاجة") ||
                  u.Norm(t + 1) == "حاجة"))) {
      e.has_offset = true;
      e.offset_days = -1;
      e.is_yesterday = true;
      if (t > 0 && StripConjunction(u.Norm(t - 1)) == "اول") {
        e.first_token = t - 1;
        e.offset_days = -2;
        e.is_yesterday = false;
      } else if (t > 1 && u.Norm(t - 1) == "من" &&
                 StripConjunction(u.Norm(t - 2)) == "اول") {
        // «أول من أمس»
        e.first_token = t - 2;
        e.offset_days = -2;
        e.is_yesterday = false;
      } else if (word(t + 1) &&
                 (u.Norm(t + 1) == "الاول" ||
                  // «البارحة الأولى» (the night before last)
                  (StripConjunction(norm) == "البارحة" &&
                   u.Norm(t + 1) == ner::NormalizeWord("الأولى")))) {
        e.end_token = t + 2;
        e.offset_days = -2;
        e.is_yesterday = false;
      } else {
        uint32_t end = 0;
        const int w = weekday_after(t, &end);
        if (w >= 0) {
          e.weekday = w;
          e.end_token = end;
          e.has_offset = false;
        }
      }
      // «أمس الأول السبت», «أول أمس (الجمعة)»: the text names the
      // weekday of the day before yesterday; it decides, nearest the offset.
      if (e.offset_days == -2) {
        uint32_t end = 0;
        if (const int w = weekday_after(e.end_token - 1, &end); w >= 0) {
          e.weekday = w;
          e.end_token = end;
        }
      }
      found = true;
    } else if (Is(norm, kTomorrow)) {
      // «غد» alone is a noun; «بعد غد» is +2. «الغد» is tomorrow only after
      // a part of the day or an event («صباح الغد», «لقاء الغد»), not in
      // «جيل الغد» or «صحيفة الغد».
      static const WordSet kPartOfDay(
          {"يوم", "صباح", "مساء", "ظهر", "عصر", "ليلة", "فجر", "ظهيرة"});
      static const WordSet kEventOfDay(
          {"لقاء", "مباراة", "مواجهة", "اجتماع", "جلسة", "حفل"});
      // «بدءا من الغد», «حتى الغد»: from or until tomorrow.
      static const WordSet kFromUntil({"من", "حتى"});
      static const WordSet kAfterDay({"في", "على", "إلى", "حتى", "لمدة"});
      if (StripConjunction(norm) == "الغد") {
        if (t > 0 &&
            (Is(u.Norm(t - 1), kPartOfDay) || Is(u.Norm(t - 1), kEventOfDay) ||
             (kFromUntil.Contains(u.Norm(t - 1)) &&
              (!word(t + 1) || Is(u.Norm(t + 1), kAfterDay))) ||
             kEventOfDay.Contains(StripProclitics(u.Norm(t - 1))))) {
          if (StripConjunction(u.Norm(t - 1)) == "يوم") e.first_token = t - 1;
          e.has_offset = true;
          e.offset_days = 1;
          found = true;
        }
      } else if (StripConjunction(norm) == "غد") {
        if (t > 0 && StripConjunction(u.Norm(t - 1)) == "بعد") {
          e.first_token = t - 1;
          e.has_offset = true;
          e.offset_days = 2;
          found = true;
        } else if (t > 0 && Is(u.Norm(t - 1), kPartOfDay)) {
          // «يوم غد», «صباح غد»
          if (StripConjunction(u.Norm(t - 1)) == "يوم") e.first_token = t - 1;
          e.has_offset = true;
          e.offset_days = 1;
          found = true;
        } else if (uint32_t unused = 0; weekday_after(t, &unused) >= 0) {
          // «اعتبارا من غد الجمعة»: «غد» naming its weekday is tomorrow.
          e.has_offset = true;
          e.offset_days = 1;
          found = true;
        }
      } else {
        e.has_offset = true;
        e.offset_days = 1;
        // «بعد غدا» (the accusative written after «بعد»): the day after.
        if (t > 0 && StripConjunction(u.Norm(t - 1)) == "بعد") {
          e.first_token = t - 1;
          e.offset_days = 2;
        }
        found = true;
      }
      // «غدا الخميس», «يوم غد (الخميس)»: the text names tomorrow's weekday.
      // «بعد غد الجمعة» names the weekday of the day after.
      uint32_t end = 0;
      if (found && (e.offset_days == 1 || e.offset_days == 2)) {
        if (const int w = weekday_after(t, &end); w >= 0) {
          e.weekday = w;
          e.end_token = end;
          e.is_tomorrow = e.offset_days == 1;
        }
      }
    } else if (Is(norm, kWeek) && word(t + 1)) {
      std::string_view next = u.Norm(t + 1);
      if (PastMarks().Contains(next) || NextMarks().Contains(next)) {
        e.has_offset = true;
        e.offset_days = PastMarks().Contains(next) ? -7 : 7;
        e.end_token = t + 2;
        found = true;
      } else if (next == "قبل" && word(t + 2) &&
                 PastMarks().Contains(u.Norm(t + 2))) {
        e.has_offset = true;  // «الأسبوع قبل الماضي»
        e.offset_days = -14;
        e.end_token = t + 3;
        found = true;
      }
    } else if (int w = WeekdayOf(norm); w >= 0) {
      // («في خطبة الجمعة الماضية»: the sermon of last Friday.)
      static const WordSet kMarkedFriday(
          {"الماضية", "المنصرمة", "الفائتة", "المقبلة", "القادمة"});
      const bool friday_prayer =
          w == 5 && t > 0 && Is(u.Norm(t - 1), kNotFriday) &&
          !(word(t + 1) && kMarkedFriday.Contains(u.Norm(t + 1)));
      // «عدا أيام الجمعة»: every such day, no one day («أيام السبت والأحد
      // والاثنين المقبلة» lists days).
      bool every =
          t > 0 && word(t - 1) && StripConjunction(u.Norm(t - 1)) == "ايام" &&
          !(word(t + 1) && WeekdayOf(StripConjunction(u.Norm(t + 1))) >= 0);
      // «حظر التجوال أيام الجمعة والسبت والأحد من كل أسبوع», «يومي السبت
      // والأحد أسبوعيا»: a list of days that recur, after «أيام» with no
      // mark of past or future, or with «كل أسبوع» after it.
      {
        uint32_t first = t, last = t;
        while (first > 0 && word(first - 1) &&
               WeekdayOf(StripConjunction(u.Norm(first - 1))) >= 0) {
          --first;
        }
        while (word(last + 1) &&
               WeekdayOf(StripConjunction(u.Norm(last + 1))) >= 0) {
          ++last;
        }
        const std::string_view head = first > 0 && word(first - 1)
                                          ? StripConjunction(u.Norm(first - 1))
                                          : std::string_view();
        const uint32_t after = last + 1;
        const bool weekly =
            (word(after) && u.Norm(after) == "اسبوعيا") ||
            (word(after) && word(after + 1) && u.Norm(after) == "كل" &&
             u.Norm(after + 1) == "اسبوع") ||
            (word(after) && word(after + 1) && word(after + 2) &&
             u.Norm(after) == "من" && u.Norm(after + 1) == "كل" &&
             u.Norm(after + 2) == "اسبوع");
        const bool marked =
            word(after) && (PastMarks().Contains(u.Norm(after)) ||
                            NextMarks().Contains(u.Norm(after)) ||
                            u.Norm(after).starts_with("الماضي") ||
                            u.Norm(after).starts_with("المقبل") ||
                            u.Norm(after).starts_with("القادم"));
        if (last > first && (weekly || (head == "ايام" && !marked))) {
          every = true;
        }
        if ((head == "ايام" || head == "يومي" || head == "يوم") && weekly) {
          every = true;
        }
      }
      // «لم تكن لها مشكلة مع الاثنين»: «الاثنين» after «مع», «بين» or
      // «كلا» is "the two", not Monday, unless a mark of past or future
      // follows.
      static const WordSet kWithTheTwo({"مع", "بين", "كلا"});
      const bool the_two =
          w == 1 && t > 0 && word(t - 1) &&
          kWithTheTwo.Contains(StripConjunction(u.Norm(t - 1))) &&
          !(word(t + 1) && (PastMarks().Contains(u.Norm(t + 1)) ||
                            NextMarks().Contains(u.Norm(t + 1))));
      if (!friday_prayer && !every && !the_two) {
        e.kind = TimeExpression::Kind::kWeekday;
        e.weekday = w;
        if (t > 0 && word(t - 1) && StripConjunction(u.Norm(t - 1)) == "يوم") {
          e.first_token = t - 1;
        }
        // «الجمعة» is feminine: «الجمعة المقبلة», «الجمعة الماضية».
        static const WordSet kPastFeminine({"الماضية", "المنصرمة", "الفائتة"});
        static const WordSet kNextFeminine({"المقبلة", "القادمة"});
        const uint32_t sb = u.SentenceOf(t).first_token;
        // The word before the day, over a part of the day («منذ مساء
        // الأحد»).
        uint32_t before = e.first_token;
        if (before > sb + 1 && word(before - 1) &&
            Is(u.Norm(before - 1), kTimeOfDay)) {
          --before;
        }
        const std::string_view prev = before > sb && word(before - 1)
                                          ? StripConjunction(u.Norm(before - 1))
                                          : std::string_view();
        // «من مساء اليوم حتى الأربعاء»: a range from today or tomorrow
        // runs to a coming day.
        bool until_from_now = false;
        static const WordSet kUntil({"حتى", "إلى", "لغاية", "وحتى"});
        if (!prev.empty() && kUntil.Contains(prev)) {
          for (uint32_t k = before - 1; k > sb && before - k <= 6; --k) {
            if (!word(k - 1)) continue;
            const std::string_view w = u.Norm(k - 1);
            static const WordSet kNow({"الآن", "الليلة"});
            // «منح اللاعبين راحة حتى الأربعاء», «إغلاق المدارس حتى
            // الأحد»: a rest, a holiday or a closure that runs until a day
            // runs into the coming one. (Not «تعليق»: «لم يصدر تعليق حتى
            // مساء الثلاثاء» is a comment.)
            static const WordSet kPeriods(
                {"راحة", "إجازة", "عطلة", "إغلاق", "حظر", "تمديد", "مهلة"});
            if (Is(w, kToday) || Is(w, kTomorrow) || Is(w, kNow) ||
                (before - k <= 3 && Is(StripConjunction(w), kPeriods))) {
              until_from_now = true;
              break;
            }
          }
        }
        // «يومي الاثنين والثلاثاء الماضيين»: two days share the dual
        // marker after the second.
        static const WordSet kPastDual(
            {"الماضيين", "الماضيتين", "المنصرمين", "الفائتين"});
        static const WordSet kNextDual(
            {"المقبلين", "القادمين", "المقبلتين", "القادمتين"});
        // «يومي الخميس والجمعة»: the day is one of two.
        const bool two_days =
            (e.first_token > sb && word(e.first_token - 1) &&
             StripConjunction(u.Norm(e.first_token - 1)) == "يومي") ||
            (e.first_token > sb + 1 && word(e.first_token - 1) &&
             WeekdayOf(u.Norm(e.first_token - 1)) >= 0 &&
             word(e.first_token - 2) &&
             StripConjunction(u.Norm(e.first_token - 2)) == "يومي");
        const bool pair_follows =
            word(t + 1) && word(t + 2) &&
            StripConjunction(u.Norm(t + 1)) != u.Norm(t + 1) &&
            WeekdayOf(StripConjunction(u.Norm(t + 1))) >= 0;
        if (word(t + 1) && (PastMarks().Contains(u.Norm(t + 1)) ||
                            kPastFeminine.Contains(u.Norm(t + 1)) ||
                            kPastDual.Contains(u.Norm(t + 1)))) {
          e.direction = -1;
          e.strictly_past = true;
          e.end_token = t + 2;
        } else if (word(t + 1) && word(t + 2) && u.Norm(t + 1) == "قبل" &&
                   (PastMarks().Contains(u.Norm(t + 2)) ||
                    kPastFeminine.Contains(u.Norm(t + 2)))) {
          // «الخميس قبل الماضي»: the week before last.
          e.direction = -1;
          e.strictly_past = true;
          e.weeks_back = 1;
          e.end_token = t + 3;
        } else if (pair_follows && kPastDual.Contains(u.Norm(t + 2))) {
          e.direction = -1;
          e.strictly_past = true;
        } else if (word(t + 1) && (NextMarks().Contains(u.Norm(t + 1)) ||
                                   kNextFeminine.Contains(u.Norm(t + 1)) ||
                                   kNextDual.Contains(u.Norm(t + 1)))) {
          e.direction = 1;
          e.end_token = t + 2;
        } else if (pair_follows && kNextDual.Contains(u.Norm(t + 2))) {
          e.direction = 1;
        } else if (prev == "منذ") {
          e.direction = -1;  // «منذ الأحد»: since a day gone by
        } else if (prev == "بحلول") {
          // «بحلول الجمعة»: a deadline, coming unless a past verb (not a
          // verb of saying) comes before it.
          e.direction = 1;
          for (uint32_t k = before; k > sb && before - k < 10; --k) {
            if (word(k - 1) && !named(k - 1) && IsPastMarker(u.Norm(k - 1)) &&
                ClassifyCue(StripConjunction(u.Norm(k - 1))) ==
                    CueKind::kNone) {
              e.direction = -1;
              break;
            }
          }
          // «وبحلول الجمعة، جلس الوفدان …»: the clause after it, set off
          // by a comma, opens with a past verb (no present or future
          // prefix, no «لن/لا»; «، وأضافت» is another clause).
          if (e.direction > 0 && e.end_token + 1 < u.size() &&
              (u.Norm(e.end_token) == "،" || u.Norm(e.end_token) == ",") &&
              word(e.end_token + 1)) {
            const std::string_view v = u.Norm(e.end_token + 1);
            static const WordSet kNot({"لن", "لا", "قد", "ربما"});
            if (Letters(v) >= 3 && !v.starts_with("ي") && !v.starts_with("ت") &&
                !v.starts_with("س") && !v.starts_with("ن") &&
                !v.starts_with("ال") && !v.starts_with("و") &&
                !v.starts_with("ف") && !kNot.Contains(v) && WeekdayOf(v) < 0 &&
                ClassifyCue(v) == CueKind::kNone) {
              e.direction = -1;
            }
          }
        } else if (until_from_now) {
          e.direction = 1;
        } else {
          // The nearest verb before it decides: a future verb or marker
          // («سيلتقي … الخميس»), or a present-tense verb, which news uses
          // for what is scheduled («وتقام المباراة يوم الأربعاء», «ويبدأ
          // التسجيل الاثنين»: the coming day, today included); a past
          // verb or «قد»/«كان» keeps the past.
          // «إغلاق المتاجر اعتباراً من الخميس», «بدءا من الأحد»: from a
          // coming day.
          static const WordSet kStarting(
              {"اعتبارا", "ابتداء", "ابتداءا", "بدءا", "بدءً", "بدء"});
          const bool starting =
              e.first_token >= sb + 2 && word(e.first_token - 1) &&
              u.Norm(e.first_token - 1) == "من" && word(e.first_token - 2) &&
              Is(u.Norm(e.first_token - 2), kStarting);
          if (starting) {
            e.direction = 1;
            e.today_counts = true;
          }
          // «كان» / «كانت» within `span` words before token `at`; what
          // stands in brackets or is a number does not count («وكان فاننيج
          // (34 عاماً) يشارك الأحد»).
          auto was_before = [&](uint32_t at, uint32_t span) {
            static const WordSet kWas({"كان", "كانت", "كانوا"});
            uint32_t words = 0;
            int depth = 0;
            for (uint32_t j = at; j > sb && words < span; --j) {
              const std::string_view x = u.Norm(j - 1);
              if (x == ")") ++depth;
              if (x == "(" && depth > 0) --depth;
              if (!word(j - 1)) continue;
              if (depth == 0) ++words;
              if (Is(x, kWas)) return true;
            }
            return false;
          };
          // «إن "الأحد سيكون يوم انتصار …"»: a future verb right after
          // the day.
          uint32_t next = e.end_token;
          if (word(next) && (PastMarks().Contains(u.Norm(next)) ||
                             NextMarks().Contains(u.Norm(next)))) {
            ++next;
          }
          if (!starting && word(next) && IsFutureCue(u.Norm(next))) {
            e.direction = 1;
            e.tense_seen = true;
          }
          // «أعلنت الوزارة أن الأربعاء هو فاتح شهر رمضان», «الثلاثاء أول
          // أيام رمضان», «الاثنين المتمم لشهر شعبان»: a day announced as
          // a day of the calendar to come (not after «كان»).
          static const WordSet kCalendarDay(
              {"هو", "هي", "غرة", "فاتح", "المتمم", "المكمل"});
          const bool announced =
              word(next) && (kCalendarDay.Contains(u.Norm(next)) ||
                             (u.Norm(next) == "اول" && word(next + 1) &&
                              u.Norm(next + 1) == "ايام"));
          if (!starting && !e.tense_seen && announced &&
              !was_before(e.first_token, 3)) {
            e.direction = 1;
            e.today_counts = true;
            e.tense_seen = true;
          }
          for (uint32_t k = e.first_token;
               !starting && !e.tense_seen && k > sb && t - k < 10; --k) {
            if (!word(k - 1) || named(k - 1)) continue;
            const std::string_view w = u.Norm(k - 1);
            // «في الجولة المقبلة يوم الجمعة»: a coming event dated by it.
            static const WordSet kComing(
                {"المقبل", "المقبلة", "القادم", "القادمة"});
            if (IsFutureCue(w) || kComing.Contains(w)) {
              // «كان من المقرر أن يلتقي سليماني صباح يوم الجمعة»: what was
              // to come is past.
              if (!was_before(k - 1, 3)) e.direction = 1;
              e.tense_seen = true;
              break;
            }
            if (IsPastMarker(w)) {
              e.tense_seen = true;
              break;
            }
            // «مرجحا أن تعقد الجلسة يوم الخميس»: a verb of four letters in
            // ت right after «أن» is the subjunctive, not the past of تفعّل.
            const bool after_an =
                k >= 2 && word(k - 2) &&
                (u.Norm(k - 2) == "أن" || u.Norm(k - 2) == "ان");
            const bool present =
                IsPresentVerb(w) || (after_an && w.starts_with("ت") &&
                                     Letters(w) == 4 && !w.ends_with("ت"));
            // «قبل أن يقول وزير الدفاع، يوم الأربعاء، …»: a present verb
            // after «قبل/بعد أن» tells a past story.
            if (present && k >= 3 && word(k - 2) && word(k - 3) &&
                (u.Norm(k - 2) == "أن" || u.Norm(k - 2) == "ان") &&
                (StripConjunction(u.Norm(k - 3)) == "قبل" ||
                 StripConjunction(u.Norm(k - 3)) == "بعد")) {
              e.follows_sentence = true;
              break;
            }
            // «لم يصلنا أحد إلى غاية صباح السبت»: «لم» makes it past.
            if (IsPresentVerb(w) && k >= 2 && word(k - 2) &&
                (u.Norm(k - 2) == "لم" || u.Norm(k - 2) == "ولم" ||
                 u.Norm(k - 2) == "فلم")) {
              e.tense_seen = true;
              break;
            }
            // «المحادثات لا تزال جارية مساء الأحد»: still going on, so
            // not to come.
            static const WordSet kStill({"تزال", "يزال", "تزالان", "يزالون"});
            if (kStill.Contains(w)) {
              e.tense_seen = true;
              break;
            }
            // «عند تفقدها النماذج مساء الخميس»: after a preposition the
            // word is a verbal noun with its pronoun, no verb.
            static const WordSet kBeforeNoun(
                {"عند", "خلال", "أثناء", "اثناء", "لدى", "إثر", "اثر", "عقب"});
            if (IsPresentVerb(w) && k >= 2 && word(k - 2) &&
                Is(u.Norm(k - 2), kBeforeNoun)) {
              continue;
            }
            if (present) {
              // «كان من المقرر أن يلتقي … يوم الجمعة»: what was to come.
              if (!was_before(k - 1, 4)) {
                e.direction = 1;
                e.today_counts = true;
              }
              e.tense_seen = true;
              break;
            }
          }
          // «وستُعلن أسماء العشرة الأوائل في كل فرع خلال مؤتمر صحفي صباح
          // الخميس»: a future verb opening the sentence, however far back
          // (a word, not a name: «ستوكهولم (رويترز) - قتل …»).
          if (!starting && !e.tense_seen && !e.follows_sentence &&
              sb + 1 < e.first_token && word(sb) && !named(sb) &&
              word(sb + 1) && IsFutureCue(u.Norm(sb))) {
            e.direction = 1;
            e.tense_seen = true;
          }
          // «ومن المقرر أن يبحث لافروف … مع نظيره السعودي عادل الجبير في
          // موسكو يوم الثلاثاء»: what is scheduled, however far back the
          // verb (not «كان من المقرر»).
          if (!starting && !e.tense_seen && !e.follows_sentence) {
            // (Not «أكبر من المتوقع»: «أن» must follow.)
            // («ومن المحتمل أن تتساقط الشهب … فجر الأربعاء»: what is
            // likely or expected to come, too.)
            static const WordSet kScheduled(
                {"المقرر", "المنتظر", "المحتمل", "المتوقع", "المرجح"});
            for (uint32_t k = sb; k + 2 < e.first_token; ++k) {
              if (word(k) && (u.Norm(k) == "من" || u.Norm(k) == "ومن") &&
                  word(k + 1) && kScheduled.Contains(u.Norm(k + 1)) &&
                  word(k + 2) && IsComplementizer(u.Norm(k + 2)) &&
                  !was_before(k, 3)) {
                e.direction = 1;
                e.today_counts = true;
                e.tense_seen = true;
                break;
              }
            }
          }
          // «أعلنت الهيئة … تطبيق العمل عن بعد … يومي الثلاثاء
          // والأربعاء»: two days named with no verb of their own are a
          // schedule to come (days gone by are told by a past verb or
          // «الماضيين»).
          if (two_days && !starting && !e.tense_seen && !e.follows_sentence) {
            e.direction = 1;
            e.tense_seen = true;
          }
        }
        found = true;
      }
    }
    if (!found) continue;
    if (e.kind != TimeExpression::Kind::kWeekday) {
      e.kind = TimeExpression::Kind::kRelative;
    }
    // The span starts after a proclitic of the first word («وأمس»).
    const Token& first = toks[e.first_token];
    const size_t skip = SkipLetters(first.span.Of(u.text),
                                    ProcliticLetters(u.Norm(e.first_token)));
    uint32_t last = e.end_token - 1;
    e.span = {static_cast<uint32_t>(first.span.begin + skip),
              toks[last].span.end};
    for (uint32_t k = e.first_token; k < e.end_token; ++k) covered[k] = true;
    out.push_back(e);
    t = e.end_token - 1;
  }
  // «من 19 إلى 21/10/1436هـ»: the first day of a range whose second day
  // FindDate read in full shares its month and year.
  static const WordSet kRangeTo({"إلى", "حتى", "-", "–"});
  const size_t found_absolute = absolute.size();
  for (size_t i = 0; i < found_absolute; ++i) {
    const DayExpression& b = absolute[i];
    const uint32_t t = b.first_token;
    if (!b.absolute || t < 2 || covered[t - 2] ||
        !Is(u.Norm(t - 1), kRangeTo)) {
      continue;
    }
    // The day is the leading number of the date («21/10/1436هـ»).
    int last = 0;
    for (char c : u.Norm(t)) {
      if (c < '0' || c > '9') break;
      last = last * 10 + (c - '0');
      if (last > 31) break;
    }
    if (last > 31) continue;
    const int first = DigitDayAt(u, t - 2);
    if (last == 0 || first == 0 || first >= last) continue;
    DayExpression r = b;
    r.first_token = t - 2;
    r.end_token = t - 1;
    r.absolute = AddDays(*b.absolute, first - last);
    r.span = toks[t - 2].span;
    covered[t - 2] = true;
    absolute.push_back(r);
  }
  out.insert(out.end(), absolute.begin(), absolute.end());
  std::sort(out.begin(), out.end(),
            [](const DayExpression& a, const DayExpression& b) {
              return a.span.begin < b.span.begin;
            });
  // «يوم الأحد القادم الموافق 10/10/1436هـ», «الأحد، 19 يوليو»: a weekday
  // or relative day followed by the date that names the same day is one
  // expression (the date decides the day).
  // «يوم الأربعاء، بتاريخ 28 رمضان 1436 هـ» too. A date in brackets
  // («يوم الأحد (14 مايو/ أيار 2023)») stays an expression of its own.
  static const WordSet kSameDay(
      {"الموافق", "الموافقة", "،", ",", "بتاريخ", "تاريخ"});
  std::vector<DayExpression> merged;
  for (size_t i = 0; i < out.size(); ++i) {
    if (i + 1 < out.size() && out[i].kind != TimeExpression::Kind::kAbsolute &&
        out[i + 1].kind == TimeExpression::Kind::kAbsolute &&
        !out[i + 1].feast) {
      uint32_t k = out[i].end_token;
      while (k < out[i + 1].first_token && k < n &&
             kSameDay.Contains(u.Norm(k))) {
        ++k;
      }
      // FindDate's span may start at the weekday the first one ends with
      // («غد الخميس» + «الخميس 14/10/1436هـ»).
      const int w = out[i].weekday;
      const bool same_weekday =
          w < 0 || !out[i + 1].absolute || w == Weekday(*out[i + 1].absolute);
      // «الثلاثاء غرة شهر رمضان», «الأربعاء أول أيام رمضان»: a day
      // announced as the first of a month is a statement, two expressions
      // (joined only by «الموافق»).
      static const WordSet kFirstWords({"غرة", "فاتح", "أول"});
      const bool announced =
          out[i + 1].first_token == out[i].end_token &&
          out[i + 1].first_token < n &&
          Is(StripConjunction(u.Norm(out[i + 1].first_token)), kFirstWords);
      // «اليوم الثلاثاء الموافق 22 أبريل 2025»: joined by «الموافق», the
      // two are two expressions of one day, each with its span (the date
      // gives the first its day), as a reader would mark them.
      bool agreeing = false;
      for (uint32_t j = out[i].end_token; j < k; ++j) {
        agreeing |= u.Norm(j) == "الموافق" || u.Norm(j) == "الموافقة";
      }
      if (out[i + 1].first_token <= k && same_weekday && !announced &&
          agreeing && out[i + 1].absolute &&
          out[i + 1].first_token > out[i].end_token) {
        DayExpression w = out[i];
        w.absolute = out[i + 1].absolute;
        w.weekday = Weekday(*out[i + 1].absolute);
        merged.push_back(w);
        continue;
      }
      if (out[i + 1].first_token <= k && same_weekday && !announced) {
        DayExpression m = out[i + 1];
        m.first_token = out[i].first_token;
        m.span.begin = out[i].span.begin;
        m.weekday = m.absolute ? Weekday(*m.absolute) : w;
        // It still names today / yesterday / tomorrow (InferReference).
        m.is_today = out[i].is_today;
        m.is_yesterday = out[i].is_yesterday;
        m.is_tomorrow = out[i].is_tomorrow;
        merged.push_back(m);
        ++i;
        continue;
      }
    }
    // «يوم الأحد (14 مايو/ أيار 2023)»: the bracketed date of the same
    // weekday stays its own expression, and it names the weekday's day.
    if (i + 1 < out.size() && out[i].kind == TimeExpression::Kind::kWeekday &&
        !out[i].absolute && out[i + 1].absolute &&
        out[i + 1].first_token == out[i].end_token + 1 &&
        u.Norm(out[i].end_token) == "(" &&
        out[i].weekday == Weekday(*out[i + 1].absolute)) {
      DayExpression w = out[i];
      w.absolute = out[i + 1].absolute;
      merged.push_back(w);
      continue;
    }
    // «يوم الثلاثاء (9 مايو/أيار)»: without a year, the weekday's day is
    // the bracketed day, found as that day is.
    if (i + 1 < out.size() && out[i].kind == TimeExpression::Kind::kWeekday &&
        !out[i].absolute &&
        out[i + 1].kind == TimeExpression::Kind::kAbsolute &&
        !out[i + 1].absolute && !out[i + 1].feast && out[i + 1].month > 0 &&
        out[i + 1].day > 0 && out[i + 1].first_token == out[i].end_token + 1 &&
        u.Norm(out[i].end_token) == "(") {
      DayExpression w = out[i + 1];
      w.first_token = out[i].first_token;
      w.end_token = out[i].end_token;
      w.span = out[i].span;
      w.weekday = out[i].weekday;
      merged.push_back(w);
      continue;
    }
    merged.push_back(out[i]);
  }
  // «من 14 حزيران/يونيو الى 15 تموز/يوليو 2018»: a range whose year is
  // written once, at its end, gives it to its start too (the year before
  // when the start's month comes later).
  static const WordSet kUntil({"إلى", "الى", "حتى", "-", "–", "و"});
  for (size_t i = 0; i + 1 < merged.size(); ++i) {
    DayExpression& a = merged[i];
    const DayExpression& b = merged[i + 1];
    if (a.kind != TimeExpression::Kind::kAbsolute || a.hijri || a.feast ||
        a.relative_month || a.month <= 0 || a.day <= 0 ||
        (a.absolute && !a.year_borrowed) || !b.absolute || b.hijri ||
        b.first_token != a.end_token + 1 ||
        !kUntil.Contains(u.Norm(a.end_token))) {
      continue;
    }
    const int year = b.absolute->year - (a.month > b.absolute->month ? 1 : 0);
    const year_month_day ymd(std::chrono::year(year),
                             std::chrono::month(a.month),
                             std::chrono::day(a.day));
    if (!ymd.ok()) continue;
    a.absolute = FromSys(sys_days(ymd));
    a.relative_year = false;
  }
  AnchorWeekdays(u, &merged);
  return merged;
}

std::vector<std::optional<CivilDate>> ResolveDays(
    const std::vector<DayExpression>& expressions,
    const std::optional<CivilDate>& reference) {
  std::vector<std::optional<CivilDate>> out;
  out.reserve(expressions.size());
  for (size_t i = 0; i < expressions.size(); ++i) {
    const DayExpression& e = expressions[i];
    std::optional<CivilDate> day;
    if (e.anchor >= 0 && static_cast<size_t>(e.anchor) < i && out[e.anchor] &&
        e.weekday >= 0) {
      const CivilDate& at = *out[e.anchor];
      day = e.anchor_side < 0 ? OnOrBefore(AddDays(at, -1), e.weekday)
                              : After(at, e.weekday);
    } else {
      day = ResolveDay(e, reference);
    }
    out.push_back(day);
  }
  return out;
}

std::optional<CivilDate> ResolveDay(const DayExpression& e,
                                    const std::optional<CivilDate>& ref) {
  if (e.absolute) return e.absolute;
  if (e.same_as_before) return std::nullopt;
  if (e.relative_month) {
    if (!ref) return std::nullopt;
    int y = ref->year, m = ref->month + e.month_offset;
    if (m < 1) m += 12, --y;
    if (m > 12) m -= 12, ++y;
    if (!year_month_day(std::chrono::year(y), std::chrono::month(m),
                        std::chrono::day(e.day))
             .ok()) {
      return std::nullopt;
    }
    return CivilDate{y, m, e.day};
  }
  if (e.either_eid) {
    DayExpression fitr = e, adha = e;
    fitr.either_eid = adha.either_eid = false;
    fitr.hijri = adha.hijri = true;
    fitr.month = 10;
    fitr.day = 1 + e.day;
    adha.month = 12;
    adha.day = 10 + e.day;
    const std::optional<CivilDate> a = ResolveDay(fitr, ref);
    const std::optional<CivilDate> b = ResolveDay(adha, ref);
    if (!a || !b) return a ? a : b;
    return std::labs((ToSys(*a) - ToSys(*ref)).count()) <=
                   std::labs((ToSys(*b) - ToSys(*ref)).count())
               ? a
               : b;
  }
  if (e.month > 0 && e.hijri) {
    if (!ref) return std::nullopt;
    // The Hijri year runs ~11 days short of the Gregorian one: try the
    // years around the reference and keep the nearest such day (or the
    // next / the last one).
    const int hy = (ref->year - 622) * 33 / 32;
    std::optional<CivilDate> best;
    long best_gap = 0;
    for (int y = hy - 1; y <= hy + 2; ++y) {
      const std::optional<CivilDate> g = HijriToGregorian(y, e.month, e.day);
      if (!g) continue;
      const long gap = (ToSys(*g) - ToSys(*ref)).count();
      if (e.direction > 0 && gap <= 0) continue;
      if (e.direction < 0 && gap > 0) continue;
      if (!best || std::labs(gap) < best_gap) {
        best = g;
        best_gap = std::labs(gap);
      }
    }
    return best;
  }
  if (e.month > 0 && e.relative_year) {
    if (!ref) return std::nullopt;
    const year_month_day ymd(std::chrono::year(ref->year + e.year_offset),
                             std::chrono::month(e.month),
                             std::chrono::day(e.day));
    if (!ymd.ok()) return std::nullopt;
    return FromSys(sys_days(ymd));
  }
  if (e.month > 0) {
    if (!ref) return std::nullopt;
    // The year of the nearest such day (or the next / the last one).
    // «السبت 13 أبريل/نيسان» in a page of December 2024: a weekday the text
    // gives picks the year whose day falls on it, when one does within
    // some 300 days (a page's wrong weekday, «السبت 12 يوليو» in July 2015,
    // moves no day by a year).
    auto fits = [&](const year_month_day& ymd) {
      return ymd.ok() && Weekday(FromSys(sys_days(ymd))) == e.weekday &&
             std::labs((sys_days(ymd) - ToSys(*ref)).count()) <= 300;
    };
    bool weekday_fits = false;
    for (int y = ref->year - 1; e.weekday >= 0 && y <= ref->year + 1; ++y) {
      weekday_fits |=
          fits(year_month_day(std::chrono::year(y), std::chrono::month(e.month),
                              std::chrono::day(e.day)));
    }
    std::optional<CivilDate> best;
    long best_gap = 0;
    for (int y = ref->year - 1; y <= ref->year + 1; ++y) {
      const year_month_day ymd(std::chrono::year(y),
                               std::chrono::month(e.month),
                               std::chrono::day(e.day));
      if (!ymd.ok()) continue;
      if (weekday_fits && !fits(ymd)) continue;
      const long gap = (sys_days(ymd) - ToSys(*ref)).count();
      if (e.direction > 0 && gap <= 0) continue;
      if (e.direction < 0 && gap > 0) continue;
      if (!best || std::labs(gap) < best_gap) {
        best = FromSys(sys_days(ymd));
        best_gap = std::labs(gap);
      }
    }
    return best;
  }
  if (!ref) return std::nullopt;
  if (e.has_offset && e.weekday >= 0) {
    // «غدا الثلاثاء» said the evening before a Tuesday's paper: the
    // weekday the text names decides, the day of it nearest to the offset.
    return NearestWeekday(AddDays(*ref, e.offset_days), e.weekday);
  }
  if (e.has_offset) return AddDays(*ref, e.offset_days);
  if (e.weekday < 0) return std::nullopt;
  if (e.is_today) return OnOrBefore(*ref, e.weekday);
  if (e.is_yesterday) {
    // «أمس الجمعة» in a text whose reference is that Friday (a story
    // written on Friday night, stamped Saturday): the weekday the text
    // names decides, the day of it nearest to yesterday.
    return NearestWeekday(AddDays(*ref, -1), e.weekday);
  }
  if (e.direction > 0) {
    return e.today_counts ? OnOrBefore(AddDays(*ref, 6), e.weekday)
                          : After(*ref, e.weekday);
  }
  if (e.strictly_past) {
    return AddDays(OnOrBefore(AddDays(*ref, -1), e.weekday), -7 * e.weeks_back);
  }
  return OnOrBefore(*ref, e.weekday);
}

bool IsHijriReckoned(const DayExpression& e) {
  return e.kind == TimeExpression::Kind::kAbsolute && !e.absolute &&
         (e.either_eid || (e.hijri && e.month > 0));
}

std::vector<std::pair<size_t, size_t>> HijriAnchors(
    const TextUnit& u, const std::vector<DayExpression>& days,
    const std::vector<std::optional<CivilDate>>& values) {
  // Words that may stand between the Hijri day and its Gregorian date.
  static const WordSet kBetween({"هو", "يصادف", "سيصادف", "يوافق", "سيوافق",
                                 "الموافق", "سيكون", "يكون", "،", ","});
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t i = 0; i + 1 < days.size(); ++i) {
    // The Hijri day first («غرة ذي الحجة يوم السبت 3 غشت»), or its
    // Gregorian day first («يوم السبت 15 حزيران هو يوم عرفة», «يوم غد
    // الجمعة هو غرة شهر ذي الحجة»: any day the text fixes).
    const bool hijri_first = IsHijriReckoned(days[i]);
    const size_t hi = hijri_first ? i : i + 1, gi = hijri_first ? i + 1 : i;
    const DayExpression& h = days[hi];
    const DayExpression& g = days[gi];
    if (!IsHijriReckoned(h) || !values[hi] || !values[gi] || g.hijri ||
        IsHijriReckoned(g)) {
      continue;
    }
    if (g.kind == TimeExpression::Kind::kAbsolute && !g.absolute &&
        (g.month <= 0 || g.day <= 0)) {
      continue;
    }
    // (Hijri first: only a written date. Gregorian first: only before a
    // feast or a month's first day, which the sighting fixes; «اليوم
    // الخميس 29 رمضان» says nothing of when Shawwal begins.)
    if (hijri_first && g.kind != TimeExpression::Kind::kAbsolute) continue;
    if (!hijri_first && !h.feast && !(h.hijri && h.day == 1)) continue;
    const DayExpression& a = days[i];
    const DayExpression& b = days[i + 1];
    uint32_t k = a.end_token;
    while (k < b.first_token && k < u.size() && kBetween.Contains(u.Norm(k))) {
      ++k;
    }
    if (k != b.first_token) continue;
    const long gap = (ToSys(*values[gi]) - ToSys(*values[hi])).count();
    if (gap >= -2 && gap <= 2) out.emplace_back(hi, gi);
  }
  return out;
}

std::optional<int> HijriShift(
    const TextUnit& u, const std::vector<DayExpression>& days,
    const std::vector<std::optional<CivilDate>>& values) {
  const std::vector<std::pair<size_t, size_t>> anchors =
      HijriAnchors(u, days, values);
  if (anchors.empty()) return std::nullopt;
  const auto [hi, gi] = anchors.front();
  return static_cast<int>((ToSys(*values[gi]) - ToSys(*values[hi])).count());
}

std::optional<CivilDate> DatelineDate(const TextUnit& u,
                                      const std::vector<DayExpression>& days) {
  for (const DayExpression& e : days) {
    if (e.kind != TimeExpression::Kind::kAbsolute || !e.absolute ||
        e.first_token > 4) {
      continue;
    }
    const uint32_t after = e.end_token;
    if (after < u.size() && (u.Norm(after) == "-" || u.Norm(after) == "–" ||
                             u.Norm(after) == "—")) {
      return e.absolute;
    }
  }
  return std::nullopt;
}

std::pair<int, int> YearlessDateline(const TextUnit& u,
                                     const std::vector<DayExpression>& days) {
  for (const DayExpression& e : days) {
    if (e.kind != TimeExpression::Kind::kAbsolute || e.absolute || e.hijri ||
        e.relative_month || e.relative_year || e.month <= 0 || e.day <= 0 ||
        e.first_token > 3) {
      continue;
    }
    const uint32_t after = e.end_token;
    if (after >= u.size()) continue;
    const std::string_view w = u.Norm(after);
    if (w == "/" || w == "(" || w == "-" || w == "–" || w == "—") {
      return {e.month, e.day};
    }
  }
  return {0, 0};
}

std::optional<CivilDate> TodaysDate(const TextUnit& u,
                                    const std::vector<DayExpression>& days) {
  for (size_t i = 0; i < days.size(); ++i) {
    const DayExpression& e = days[i];
    // «اليوم الثلاثاء الموافق 22 أبريل 2025»: today, given its date.
    if (e.kind != TimeExpression::Kind::kAbsolute && e.is_today && e.absolute &&
        (e.weekday < 0 || e.weekday == Weekday(*e.absolute))) {
      return e.absolute;
    }
    if (e.kind != TimeExpression::Kind::kAbsolute || !e.absolute) continue;
    // «اليوم الثلاثاء 2 أبريل 2024» read as one date.
    if (u.tokens.tokens[e.first_token].kind == TokenKind::kArabicWord &&
        StripConjunction(u.Norm(e.first_token)) ==
            ner::NormalizeWord("اليوم") &&
        (e.weekday < 0 || e.weekday == Weekday(*e.absolute))) {
      return e.absolute;
    }
    // Back over «(» or «،» to the word before the date.
    uint32_t k = e.first_token;
    while (k > 0 && u.tokens.tokens[k - 1].kind != TokenKind::kArabicWord &&
           e.first_token - k < 2) {
      --k;
    }
    if (k == 0 || u.tokens.tokens[k - 1].kind != TokenKind::kArabicWord) {
      continue;
    }
    const std::string_view before = StripConjunction(u.Norm(k - 1));
    // «اليوم الثلاثاء ١٩ ديسمبر ٢٠٢٣», «اليوم (الأحد 5 مايو 2024)».
    bool today = before == ner::NormalizeWord("اليوم");
    // «اليوم الثلاثاء، 2 أبريل 2024»: the weekday the day expression took.
    if (!today && WeekdayOf(before) >= 0 && k >= 2 &&
        StripConjunction(u.Norm(k - 2)) == ner::NormalizeWord("اليوم")) {
      today = WeekdayOf(before) == Weekday(*e.absolute);
    }
    if (today && (e.weekday < 0 || e.weekday == Weekday(*e.absolute))) {
      return e.absolute;
    }
  }
  return std::nullopt;
}

CivilDate InferReference(const std::vector<DayExpression>& expressions,
                         const CivilDate& crawled, std::string* basis) {
  for (const DayExpression& e : expressions) {
    if (e.is_today && e.weekday >= 0) {
      *basis = "text";
      return OnOrBefore(crawled, e.weekday);
    }
  }
  for (const DayExpression& e : expressions) {
    if (e.is_yesterday && e.weekday >= 0) {
      *basis = "text";
      return AddDays(OnOrBefore(AddDays(crawled, -1), e.weekday), 1);
    }
  }
  for (const DayExpression& e : expressions) {
    if (e.is_tomorrow && e.weekday >= 0) {
      *basis = "text";
      return AddDays(OnOrBefore(AddDays(crawled, 1), e.weekday), -1);
    }
  }
  *basis = "crawl";
  return crawled;
}

}  // namespace marsad::nlp
