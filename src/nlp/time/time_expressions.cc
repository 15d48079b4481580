#include "nlp/time/time_expressions.h"

#include <chrono>
#include <cstdlib>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "base/strings.h"
#include "nlp/lexicon.h"
#include "nlp/ner/text_ops.h"

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

// Gregorian month names, Egyptian/Gulf and Levantine (1..12); 0: none.
int MonthOf(std::string_view norm) {
  static const auto* months = [] {
    auto* m = new absl::flat_hash_map<std::string, int>;
    const std::pair<const char*, int> names[] = {
        {"يناير", 1},   {"فبراير", 2},  {"مارس", 3},    {"أبريل", 4},
        {"إبريل", 4},   {"مايو", 5},    {"يونيو", 6},   {"يونيه", 6},
        {"يوليو", 7},   {"يوليه", 7},   {"أغسطس", 8},   {"سبتمبر", 9},
        {"أكتوبر", 10}, {"نوفمبر", 11}, {"ديسمبر", 12}, {"شباط", 2},
        {"آذار", 3},    {"نيسان", 4},   {"أيار", 5},    {"حزيران", 6},
        {"تموز", 7},    {"آب", 8},      {"أيلول", 9}};
    for (const auto& [name, month] : names) {
      m->emplace(ner::NormalizeWord(name), month);
    }
    return m;
  }();
  auto it = months->find(AV(norm));
  return it == months->end() ? 0 : it->second;
}

bool Is(std::string_view norm, const WordSet& set) {
  return set.Contains(norm) || set.Contains(StripConjunction(norm));
}

const WordSet& PastMarks() {
  static const WordSet* s = new WordSet({"الماضي", "المنصرم", "الفائت"});
  return *s;
}
const WordSet& NextMarks() {
  static const WordSet* s = new WordSet({"المقبل", "القادم"});
  return *s;
}

// A future marker before a weekday in the same sentence: «سوف», «من
// المقرر», or a verb in the future prefix «سيلتقي», «ستعقد», «سنناقش».
bool IsFutureCue(std::string_view norm) {
  static const WordSet kFuture({"سوف", "المقرر", "المنتظر", "المرتقب", "المزمع",
                                "يعتزم", "تعتزم", "مقرر", "سيكون", "ستكون"});
  if (Is(norm, kFuture)) return true;
  std::string_view w = StripConjunction(norm);
  if (!w.starts_with("س") || Letters(w) < 5) return false;
  std::string_view rest = w.substr(2);
  if (!(rest.starts_with("ي") || rest.starts_with("ت") ||
        rest.starts_with("ن"))) {
    return false;
  }
  // Nouns that look like future verbs.
  static const WordSet kNouns(
      {"سيارة", "سيارات", "سياسة", "سياسي", "سياسية", "سيادة",    "سيطرة",
       "سيول",  "ستين",   "سنوات", "سنوية", "سنوي",   "سنغافورة", "سيناريو",
       "سيناء", "سيدات",  "سياحة", "سياحي", "سياحية", "سيولة",    "ستار"});
  return !kNouns.Contains(w);
}

}  // namespace

CivilDate AddDays(const CivilDate& d, int days) {
  return FromSys(ToSys(d) + std::chrono::days(days));
}

int Weekday(const CivilDate& d) {
  return static_cast<int>(std::chrono::weekday(ToSys(d)).c_encoding());
}

std::vector<DayExpression> FindDayExpressions(const TextUnit& u) {
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
      for (uint32_t t = e.first_token; t < e.end_token; ++t) {
        if (int w = WeekdayOf(u.Norm(t)); w >= 0) e.weekday = w;
      }
      absolute.push_back(e);
    }
    pos += std::max<size_t>(d->span.end, 1);
  }

  auto word = [&](uint32_t t) {
    return t < n && toks[t].kind == TokenKind::kArabicWord;
  };
  // «12 يونيو المقبل», «19 يوليو»: a day and a month without a year
  // (FindDate wants the year); the year comes from the reference day.
  for (uint32_t t = 0; t + 1 < n; ++t) {
    if (covered[t] || toks[t].kind != TokenKind::kNumber) continue;
    int day = 0;
    for (char c : u.Norm(t)) {
      if (c < '0' || c > '9' || day > 31) {
        day = 0;
        break;
      }
      day = day * 10 + (c - '0');
    }
    if (day < 1 || day > 31 || !word(t + 1)) continue;
    const int month = MonthOf(u.Norm(t + 1));
    if (month == 0) continue;
    DayExpression e;
    e.kind = TimeExpression::Kind::kAbsolute;
    e.first_token = t;
    e.end_token = t + 2;
    e.month = month;
    e.day = day;
    if (word(t + 2) && (PastMarks().Contains(u.Norm(t + 2)) ||
                        NextMarks().Contains(u.Norm(t + 2)))) {
      e.direction = NextMarks().Contains(u.Norm(t + 2)) ? 1 : -1;
      e.end_token = t + 3;
    } else {
      e.direction = 0;  // the nearest such day
    }
    e.span = {toks[t].span.begin, toks[e.end_token - 1].span.end};
    for (uint32_t k = e.first_token; k < e.end_token; ++k) covered[k] = true;
    absolute.push_back(e);
  }

  static const WordSet kToday({"اليوم"});
  static const WordSet kYesterday({"أمس", "الأمس", "البارحة"});
  static const WordSet kTomorrow({"غدا", "غد"});
  static const WordSet kWeek({"الأسبوع"});
  // «هذا اليوم», «صحيفة اليوم», «عين اليوم» (outlets), «في اليوم» (per day).
  static const WordSet kNotToday({"هذا", "ذلك", "نفس", "ذات", "صحيفة", "جريدة",
                                  "لصحيفة", "بصحيفة", "عين", "في", "طوال",
                                  "مدار"});
  static const WordSet kNotFriday({"صلاة", "خطبة", "خطيب", "صلاتي"});

  // A weekday right after token t, bare or in parentheses: «(الاثنين)».
  auto weekday_after = [&](uint32_t t, uint32_t* end) -> int {
    uint32_t k = t + 1;
    bool paren = k < n && u.Norm(k) == "(";
    if (paren) ++k;
    if (!word(k)) return -1;
    int w = WeekdayOf(u.Norm(k));
    if (w < 0) return -1;
    *end = k + 1;
    if (paren && *end < n && u.Norm(*end) == ")") ++*end;
    return w;
  };

  for (uint32_t t = 0; t < n; ++t) {
    if (covered[t] || !word(t)) continue;
    std::string_view norm = u.Norm(t);
    DayExpression e;
    e.first_token = t;
    e.end_token = t + 1;
    bool found = false;
    if (Is(norm, kToday)) {
      uint32_t end = 0;
      const int w = weekday_after(t, &end);
      const bool quoted = t > 0 && toks[t - 1].kind == TokenKind::kQuote;
      // A dateline «عين اليوم - فرانكفورت» names the outlet.
      const bool dateline =
          t + 1 < n && (u.Norm(t + 1) == "-" || u.Norm(t + 1) == "–");
      const bool blocked =
          (t > 0 && Is(u.Norm(t - 1), kNotToday)) || quoted || dateline;
      if (w >= 0) {
        e.weekday = w;
        e.end_token = end;
        e.is_today = true;
        found = true;
      } else if (!blocked &&
                 !(word(t + 1) && u.Norm(t + 1).starts_with("ال"))) {
        e.is_today = true;
        e.has_offset = true;
        e.offset_days = 0;
        found = true;
      }
    } else if (Is(norm, kYesterday)) {
      e.has_offset = true;
      e.offset_days = -1;
      e.is_yesterday = true;
      if (t > 0 && StripConjunction(u.Norm(t - 1)) == "اول") {
        e.first_token = t - 1;
        e.offset_days = -2;
        e.is_yesterday = false;
      } else if (word(t + 1) && u.Norm(t + 1) == "الاول") {
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
      found = true;
    } else if (Is(norm, kTomorrow)) {
      // «غد» alone is a noun («الغد» is not matched); «بعد غد» is +2.
      if (StripConjunction(norm) == "غد") {
        if (t > 0 && StripConjunction(u.Norm(t - 1)) == "بعد") {
          e.first_token = t - 1;
          e.has_offset = true;
          e.offset_days = 2;
          found = true;
        }
      } else {
        e.has_offset = true;
        e.offset_days = 1;
        found = true;
      }
    } else if (Is(norm, kWeek) && word(t + 1)) {
      std::string_view next = u.Norm(t + 1);
      if (PastMarks().Contains(next) || NextMarks().Contains(next)) {
        e.has_offset = true;
        e.offset_days = PastMarks().Contains(next) ? -7 : 7;
        e.end_token = t + 2;
        found = true;
      }
    } else if (int w = WeekdayOf(norm); w >= 0) {
      const bool friday_prayer =
          w == 5 && t > 0 && Is(u.Norm(t - 1), kNotFriday);
      if (!friday_prayer) {
        e.kind = TimeExpression::Kind::kWeekday;
        e.weekday = w;
        if (t > 0 && word(t - 1) && StripConjunction(u.Norm(t - 1)) == "يوم") {
          e.first_token = t - 1;
        }
        if (word(t + 1) && PastMarks().Contains(u.Norm(t + 1))) {
          e.direction = -1;
          e.end_token = t + 2;
        } else if (word(t + 1) && NextMarks().Contains(u.Norm(t + 1))) {
          e.direction = 1;
          e.end_token = t + 2;
        } else {
          // Future when a future verb or marker precedes it in the
          // sentence («سيلتقي … الخميس»).
          const uint32_t sb = u.SentenceOf(t).first_token;
          for (uint32_t k = t; k > sb && t - k < 10; --k) {
            if (word(k - 1) && IsFutureCue(u.Norm(k - 1))) {
              e.direction = 1;
              break;
            }
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
  out.insert(out.end(), absolute.begin(), absolute.end());
  std::sort(out.begin(), out.end(),
            [](const DayExpression& a, const DayExpression& b) {
              return a.span.begin < b.span.begin;
            });
  return out;
}

std::optional<CivilDate> ResolveDay(const DayExpression& e,
                                    const std::optional<CivilDate>& ref) {
  if (e.absolute) return e.absolute;
  if (e.month > 0) {
    if (!ref) return std::nullopt;
    // The year of the nearest such day (or the next / the last one).
    std::optional<CivilDate> best;
    long best_gap = 0;
    for (int y = ref->year - 1; y <= ref->year + 1; ++y) {
      const year_month_day ymd(std::chrono::year(y),
                               std::chrono::month(e.month),
                               std::chrono::day(e.day));
      if (!ymd.ok()) continue;
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
  if (e.has_offset) return AddDays(*ref, e.offset_days);
  if (e.weekday < 0) return std::nullopt;
  if (e.is_today) return OnOrBefore(*ref, e.weekday);
  if (e.is_yesterday) return OnOrBefore(AddDays(*ref, -1), e.weekday);
  return e.direction > 0 ? After(*ref, e.weekday) : OnOrBefore(*ref, e.weekday);
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
  *basis = "crawl";
  return crawled;
}

}  // namespace marsad::nlp
