// Absolute dates as Arabic news pages write them.
//
//   auto d = marsad::FindDate("تاريخ النشر: 8th, October 2023 GMT");
//   // d->date == {2023, 10, 8}, d->calendar == Calendar::kGregorian,
//   // d->span covers "8th, October 2023 GMT"... (bytes of the argument)
//   marsad::FindDate("الأحد ٢٣ ربيع الأول ١٤٤٥ هـ");  // -> 2023-10-08, kHijri
//
// Understands: ISO (2023-10-08, 2023/10/08, with a time), day-month-year with
// / - . separators (08/10/2023, European order), English month names with
// ordinals ("8th, October 2023", "October 8, 2023", "Oct 8 2023"), Arabic
// month names of both naming systems (أكتوبر / تشرين الأول, with spelling
// variants such as اكتوبر، أغسطس/اغسطس، كانون الثاني), Hijri month names with
// هـ (converted with ICU's Islamic Umm al-Qura calendar), Arabic-Indic and
// Persian digits, and an optional weekday. Invalid calendar dates (31
// February) are not dates.
//
// Reading rules: numeric day/month/year is European order (08/10/2023 is
// 8 October); only when the middle number cannot be a month (10/25/2023) is
// it month/day/year. Two-digit years are not accepted. A numeric date with a
// year in the Hijri range needs هـ (١٤٤٥/٣/٢٣هـ); a named Hijri month does not.
// Arabic words are matched with harakat and tatweel removed and hamza/alef,
// ة/ه and ى/ي folded. The span runs from a leading weekday to the era marker
// (هـ, م) and a following clock time and zone ("8th, October 2023 GMT",
// "2023-10-08T12:30:00Z").
//
// Limits: only the first 16 KiB of `text` are scanned (work is linear in
// that prefix); a date starting later is not found. Any bytes are accepted
// (invalid UTF-8 is skipped, never crashes).
//
// Thread-safety: the functions are pure and thread-safe.
#ifndef MARSAD_DATE_PARSER_H_
#define MARSAD_DATE_PARSER_H_

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "marsad/span.h"

namespace marsad {

struct CivilDate {
  int year = 0;
  int month = 0;              // 1..12
  int day = 0;                // 1..31
  std::string ToIso() const;  // "2023-10-08"
  // Chronological order (year, month, day).
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

enum class Calendar { kGregorian, kHijri };

struct FoundDate {
  CivilDate date;     // always Gregorian
  Calendar calendar;  // how the text wrote it
  Span span;          // bytes of the argument that spell the date
};

// The first absolute date in `text`, or nullopt. Years outside 1900..2100
// (Gregorian) or 1300..1500 (Hijri) are not accepted.
std::optional<FoundDate> FindDate(std::string_view text);

// A month name spelled by one word or two («يوليو», «ربيع الأول», «ذي
// القعدة», "Oct"), folded as FindDate folds (hamza seats, ى/ي, ة/ه, harakat).
// `second` may be empty. Returns the month and how many of the two words it
// used, or nullopt.
struct MonthNameMatch {
  int month = 0;  // 1..12
  Calendar calendar = Calendar::kGregorian;
  int words = 0;  // 1 or 2
};
std::optional<MonthNameMatch> MatchMonthName(std::string_view first,
                                             std::string_view second);

// The Gregorian day of a Hijri (Umm al-Qura) date, nullopt when the date
// does not exist or the year is outside 1300..1500.
std::optional<CivilDate> HijriToGregorian(int year, int month, int day);

}  // namespace marsad

#endif  // MARSAD_DATE_PARSER_H_
