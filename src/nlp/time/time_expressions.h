// Time expressions that name a day, and their resolution against the
// article's reference day.
//
//   reference 2023-10-08 (a Sunday):
//     «السبت» / «يوم السبت» (past context)   → 2023-10-07
//     «أمس» → 2023-10-07, «غدا» → 2023-10-09, «اليوم الأحد» → 2023-10-08
//     «سيلتقي … الخميس» / «الخميس المقبل»    → 2023-10-12
//     «الأسبوع الماضي»                       → 2023-10-01
//     «8 أكتوبر 2023», «٢٣ ربيع الأول ١٤٤٥هـ» → absolute (FindDate)
//     «الخامس من أغسطس الماضي» → 2023-08-05, «25 رمضان» → the nearest
//     25 Ramadan (Umm al-Qura), «18 الجاري» → 2023-10-18,
//     «من 20 إلى 25 يوليو» → two days, 20 and 25 July
//   no reference: «اليوم الأحد» keeps weekday 0 and no value — never a
//   guess.
//
// Not day expressions: «اليوم الوطني», «هذا اليوم», «صحيفة اليوم»,
// durations («خلال أسبوع»), years or months alone.
#ifndef MARSAD_NLP_TIME_TIME_EXPRESSIONS_H_
#define MARSAD_NLP_TIME_TIME_EXPRESSIONS_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "marsad/article.h"
#include "marsad/date_parser.h"
#include "nlp/annotated_text.h"

namespace marsad::nlp {

// One expression found in a unit, before resolution.
struct DayExpression {
  Span span;  // bytes of the unit's text
  uint32_t first_token = 0, end_token = 0;
  TimeExpression::Kind kind = TimeExpression::Kind::kRelative;
  std::optional<CivilDate> absolute;  // kAbsolute with a year
  int month = 0, day = 0;  // kAbsolute without a year («12 يونيو»)
  bool hijri = false;      // `month` is a Hijri month («25 رمضان»)
  // «ثالث أيام العيد»: the day of whichever feast (Eid al-Fitr, from 1
  // Shawwal, or Eid al-Adha, from 10 Dhu al-Hijja) is nearest; `day` is
  // the day of the feast, 0 for its first.
  bool either_eid = false;
  // A feast day named by its name («وقفة عرفات», «أول أيام عيد الفطر»):
  // an expression of its own after «الموافق».
  bool feast = false;
  // «18 الجاري», «20 من الشهر الماضي»: `day` of the reference's month moved
  // by `month_offset` (-1, 0, +1); `month` stays 0.
  bool relative_month = false;
  int month_offset = 0;
  // «10 حزيران من العام الماضي»: a named month's day in the reference's
  // year moved by `year_offset` (-1, 0, +1).
  bool relative_year = false;
  int year_offset = 0;
  // `absolute` took its year from a number earlier in the sentence («في
  // ٢٠٢٤، آخرها في ١٨ ديسمبر»); a range's end may give another.
  bool year_borrowed = false;
  bool has_offset = false;  // kRelative: reference + offset_days
  int offset_days = 0;
  int weekday = -1;           // 0 = Sunday .. 6 = Saturday
  int direction = -1;         // weekday alone: -1 past (default), +1 future
  bool today_counts = false;  // future from a present-tense verb: on or after
  // A verb or marker near a weekday alone decided its direction (a past
  // verb keeps the default); `follows_sentence`: the verb is one whose
  // tense is the sentence's («قبل أن يعود إلى باريس السبت»). Neither
  // set: another day of the sentence may decide (AnchorWeekdays).
  bool tense_seen = false;
  bool follows_sentence = false;
  // «الأربعاء الماضي» said on a Wednesday is the week before: «الماضي»
  // excludes the reference day itself.
  bool strictly_past = false;
  // «الخميس قبل الماضي»: that many weeks further back (with strictly_past).
  int weeks_back = 0;
  bool is_today = false;  // «اليوم» (with or without a weekday)
  // «صباح اليوم ذاته», «في اليوم نفسه»: the day the text named last before
  // it; with `day` set («29 من الشهر ذاته» after an earlier paragraph's «27
  // مايو»), that day of its month. The caller resolves it; ResolveDay
  // leaves it unresolved.
  bool same_as_before = false;
  // «صباح اليوم التالي», «في اليوم التالي»: that many days after the day
  // named last (with `same_as_before`).
  int days_after_before = 0;
  bool is_yesterday = false;  // «أمس»
  bool is_tomorrow = false;  // «غدا الخميس»: tomorrow with its weekday
  // A weekday placed by another day of its sentence rather than by the
  // reference: `anchor` is that expression's index in the unit's list,
  // `anchor_side` -1 for the last such day before it («الثلاثاء بعد يومي
  // الراحة (الأحد والإثنين)»), +1 for the first one after it («أبحر يوم
  // الأربعاء على أن يعود يوم الخميس»).
  int anchor = -1;
  int anchor_side = 0;
};

// Every day expression of the unit, left to right. `names` (optional, one
// flag per token) marks the tokens of named entities: a name is never the
// verb that decides a weekday's direction («في مدينة ويلمنغتون … مساء
// السبت» is last Saturday, though «ويلمنغتون» looks like a present verb).
std::vector<DayExpression> FindDayExpressions(
    const TextUnit& unit, const std::vector<bool>* names = nullptr);

// Marks, in `names` (one flag list per unit, one flag per token), every
// «اليوم» that ends an outlet's name the article gives in quotes or as a
// dateline: after «لـ"بغداد اليوم"» or «بغداد اليوم - بغداد», the «اليوم»
// of «في بيان تلقته بغداد اليوم» is the outlet's, not today.
void MarkOutletsNamedToday(const std::vector<TextUnit>& units,
                           std::vector<std::vector<bool>>* names);

// The day an expression names, or nothing when it cannot be known.
std::optional<CivilDate> ResolveDay(const DayExpression& e,
                                    const std::optional<CivilDate>& reference);

// Every expression of one unit resolved (anchored weekdays after their
// anchors); parallel to `expressions`.
std::vector<std::optional<CivilDate>> ResolveDays(
    const std::vector<DayExpression>& expressions,
    const std::optional<CivilDate>& reference);

// A day reckoned by the tabular Hijri calendar rather than read from the
// text: «25 رمضان», «فاتح شهر ذي الحجة», «يوم عرفة», «يوم العيد» (not a
// Hijri date with its year, which FindDate read, nor one the merge gave
// a Gregorian date).
bool IsHijriReckoned(const DayExpression& e);

// The days by which the text's own Hijri calendar differs from the tabular
// one, where unit `u` gives a Hijri-reckoned day its Gregorian date right
// after it («فاتح شهر ذي الحجة يوم السبت 3 غشت», «يوم عرفة سيصادف الأحد
// 11 غشت») or a feast or month's first day its day right before it («يوم
// السبت 15 حزيران هو يوم عرفة», «يوم غد الجمعة هو غرة شهر ذي الحجة»).
// The first such pair decides, 0 when it agrees with the table; nullopt
// when the unit has none (or the two are more than two days apart).
// `values` are ResolveDays of `days`.
// The pairs (Hijri-reckoned day, the day the text gives it) of unit `u`
// that HijriShift reads, as indices into `days`, in text order.
std::vector<std::pair<size_t, size_t>> HijriAnchors(
    const TextUnit& u, const std::vector<DayExpression>& days,
    const std::vector<std::optional<CivilDate>>& values);

std::optional<int> HijriShift(
    const TextUnit& u, const std::vector<DayExpression>& days,
    const std::vector<std::optional<CivilDate>>& values);

// The date of a dateline opening unit `u`: «بورتسودان ١٢ أغسطس ٢٠٢٤ — أعلن
// …», «القاهرة، 5 مارس 2024 - …»: a full date within the first five
// tokens, followed by a dash. `days` are the unit's expressions.
std::optional<CivilDate> DatelineDate(const TextUnit& u,
                                      const std::vector<DayExpression>& days);

// The day and month of an agency dateline without a year opening unit
// `u`: «الدوحة في 16 مايو /قنا/», «أبوظبي في 19 يوليو / وام /»: within the
// first four tokens, followed by «/», «(» or a dash. {month, day}, or
// {0, 0}.
std::pair<int, int> YearlessDateline(const TextUnit& u,
                                     const std::vector<DayExpression>& days);

// The date the text gives its «today»: «اليوم الثلاثاء ١٩ ديسمبر ٢٠٢٣»,
// «اليوم الثلاثاء، 2 أبريل 2024».
std::optional<CivilDate> TodaysDate(const TextUnit& u,
                                    const std::vector<DayExpression>& days);

// Reference day for an article without a publication date but with a crawl
// time: the text's own «اليوم (الاثنين)» / «أمس الأحد» / «غدا الخميس» fixes
// the day at or before the crawl (basis "text"); else the crawl day (basis
// "crawl").
CivilDate InferReference(const std::vector<DayExpression>& expressions,
                         const CivilDate& crawled, std::string* basis);

// Date arithmetic on the proleptic Gregorian calendar.
CivilDate AddDays(const CivilDate& d, int days);
int Weekday(const CivilDate& d);  // 0 = Sunday
// The weekday a search-normalised word names («السبت», «والأحد»): 0 =
// Sunday .. 6, or -1.
int WeekdayNamed(std::string_view norm);

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_TIME_TIME_EXPRESSIONS_H_
