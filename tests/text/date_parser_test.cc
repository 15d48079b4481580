#include "marsad/date_parser.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "gtest/gtest.h"

namespace marsad {
namespace {

struct DateCase {
  std::string_view text;
  std::string_view iso;  // expected Gregorian date
  Calendar calendar;
  std::string_view span;  // expected text of the span
};

void PrintTo(const DateCase& c, std::ostream* os) { *os << c.text; }

constexpr Calendar kG = Calendar::kGregorian;
constexpr Calendar kH = Calendar::kHijri;

class FindDateTest : public testing::TestWithParam<DateCase> {};

TEST_P(FindDateTest, FindsDateAndSpan) {
  const DateCase& c = GetParam();
  std::optional<FoundDate> d = FindDate(c.text);
  ASSERT_TRUE(d.has_value()) << c.text;
  EXPECT_EQ(d->date.ToIso(), c.iso) << c.text;
  EXPECT_EQ(d->calendar, c.calendar) << c.text;
  ASSERT_LE(d->span.end, c.text.size());
  EXPECT_EQ(d->span.Of(c.text), c.span) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    English, FindDateTest,
    testing::Values(
        DateCase{"تاريخ النشر: 8th, October 2023 GMT", "2023-10-08", kG,
                 "8th, October 2023 GMT"},
        DateCase{"October 8, 2023", "2023-10-08", kG, "October 8, 2023"},
        // French date lines of Maghrebi sites.
        DateCase{"Publié le: Samedi 19 Avril 2025 - 11:20", "2025-04-19", kG,
                 "Samedi 19 Avril 2025 - 11:20"},
        DateCase{"mis à jour le 3 août 2024", "2024-08-03", kG, "3 août 2024"},
        DateCase{"Updated Oct 8 2023 by AFP", "2023-10-08", kG, "Oct 8 2023"},
        DateCase{"Sunday 8 October 2023", "2023-10-08", kG,
                 "Sunday 8 October 2023"},
        DateCase{"Sun., 8 Oct. 2023", "2023-10-08", kG, "Sun., 8 Oct. 2023"},
        DateCase{"Published: Oct. 8th, 2023 at 3:45 pm GMT+3", "2023-10-08", kG,
                 "Oct. 8th, 2023 at 3:45 pm GMT+3"},
        DateCase{"the 1st of January 2024", "2024-01-01", kG,
                 "1st of January 2024"},
        DateCase{"22nd Feb 2024", "2024-02-22", kG, "22nd Feb 2024"},
        DateCase{"8-Oct-2023", "2023-10-08", kG, "8-Oct-2023"},
        DateCase{"SEPTEMBER 3RD, 2023", "2023-09-03", kG,
                 "SEPTEMBER 3RD, 2023"},
        DateCase{"29 February 2024", "2024-02-29", kG, "29 February 2024"},
        DateCase{"Oct 8, 2023, 10:30 AM EDT", "2023-10-08", kG,
                 "Oct 8, 2023, 10:30 AM"}));

INSTANTIATE_TEST_SUITE_P(
    Numeric, FindDateTest,
    testing::Values(
        DateCase{"2023-10-08T12:30:00Z", "2023-10-08", kG,
                 "2023-10-08T12:30:00Z"},
        DateCase{"آخر تحديث 2023-10-08T12:30:00.123+03:00 مساء", "2023-10-08",
                 kG, "2023-10-08T12:30:00.123+03:00"},
        DateCase{"2023/10/08", "2023-10-08", kG, "2023/10/08"},
        DateCase{"نشر في 2023-10-08 12:30", "2023-10-08", kG,
                 "2023-10-08 12:30"},
        // Day/month/year, European order.
        DateCase{"08/10/2023", "2023-10-08", kG, "08/10/2023"},
        DateCase{"8.10.2023", "2023-10-08", kG, "8.10.2023"},
        DateCase{"25-12-2023", "2023-12-25", kG, "25-12-2023"},
        // The middle number cannot be a month: month/day/year.
        DateCase{"10/25/2023", "2023-10-25", kG, "10/25/2023"},
        DateCase{"٠٨/١٠/٢٠٢٣", "2023-10-08", kG, "٠٨/١٠/٢٠٢٣"},
        DateCase{"۲۰۲۳-۱۰-۰۸", "2023-10-08", kG, "۲۰۲۳-۱۰-۰۸"},
        DateCase{"2023 / 10 / 08", "2023-10-08", kG, "2023 / 10 / 08"},
        // A bidi mark before the date is not part of the span.
        DateCase{"التاريخ: \u200F08/10/2023", "2023-10-08", kG, "08/10/2023"},
        DateCase{"https://example.com/news/2023/10/08/story", "2023-10-08", kG,
                 "2023/10/08"},
        DateCase{"08/10/2023م", "2023-10-08", kG, "08/10/2023م"},
        DateCase{"الأحد 08/10/2023 - 14:30 بتوقيت القدس", "2023-10-08", kG,
                 "الأحد 08/10/2023 - 14:30"}));

INSTANTIATE_TEST_SUITE_P(
    ArabicMonths, FindDateTest,
    testing::Values(
        DateCase{"٨ أكتوبر ٢٠٢٣", "2023-10-08", kG, "٨ أكتوبر ٢٠٢٣"},
        DateCase{"۸ أكتوبر ۲۰۲۳", "2023-10-08", kG, "۸ أكتوبر ۲۰۲۳"},
        DateCase{"8 اكتوبر 2023", "2023-10-08", kG, "8 اكتوبر 2023"},
        DateCase{"8 أكتوبر، 2023", "2023-10-08", kG, "8 أكتوبر، 2023"},
        DateCase{"الأحد 8 تشرين الأول/أكتوبر 2023", "2023-10-08", kG,
                 "الأحد 8 تشرين الأول/أكتوبر 2023"},
        DateCase{"الأحد، 8 أكتوبر (تشرين الأول) 2023", "2023-10-08", kG,
                 "الأحد، 8 أكتوبر (تشرين الأول) 2023"},
        DateCase{"8 أكتوبر/ تشرين الأول 2023", "2023-10-08", kG,
                 "8 أكتوبر/ تشرين الأول 2023"},
        DateCase{"8 تشرين الاول 2023", "2023-10-08", kG, "8 تشرين الاول 2023"},
        DateCase{"8 تشرين أول 2023", "2023-10-08", kG, "8 تشرين أول 2023"},
        DateCase{"08 أكتوبر 2023 - 12:30 م", "2023-10-08", kG,
                 "08 أكتوبر 2023 - 12:30 م"},
        DateCase{"8 أكتوبر 2023 الساعة 10:05", "2023-10-08", kG,
                 "8 أكتوبر 2023 الساعة 10:05"},
        DateCase{"يوم السبت 7 أكتوبر 2023م", "2023-10-07", kG,
                 "السبت 7 أكتوبر 2023م"},
        DateCase{"8 من شهر أكتوبر عام 2023", "2023-10-08", kG,
                 "8 من شهر أكتوبر عام 2023"},
        DateCase{"أكتوبر 8، 2023", "2023-10-08", kG, "أكتوبر 8، 2023"},
        DateCase{"3 كانون الثاني 2024", "2024-01-03", kG,
                 "3 كانون الثاني 2024"},
        DateCase{"3 يناير 2024", "2024-01-03", kG, "3 يناير 2024"},
        DateCase{"20 شباط 2023", "2023-02-20", kG, "20 شباط 2023"},
        DateCase{"20 فبراير 2023", "2023-02-20", kG, "20 فبراير 2023"},
        DateCase{"20 آذار 2023", "2023-03-20", kG, "20 آذار 2023"},
        DateCase{"20 اذار 2023", "2023-03-20", kG, "20 اذار 2023"},
        DateCase{"20 مارس 2023", "2023-03-20", kG, "20 مارس 2023"},
        DateCase{"1 نيسان 2023", "2023-04-01", kG, "1 نيسان 2023"},
        DateCase{"1 ابريل 2023", "2023-04-01", kG, "1 ابريل 2023"},
        DateCase{"1 إبريل 2023", "2023-04-01", kG, "1 إبريل 2023"},
        DateCase{"9 أيار 2023", "2023-05-09", kG, "9 أيار 2023"},
        DateCase{"9 ايار 2023", "2023-05-09", kG, "9 ايار 2023"},
        DateCase{"9 مايو 2023", "2023-05-09", kG, "9 مايو 2023"},
        DateCase{"5 يونيه 2023", "2023-06-05", kG, "5 يونيه 2023"},
        DateCase{"5 حزيران 2023", "2023-06-05", kG, "5 حزيران 2023"},
        DateCase{"14 يوليه 2023", "2023-07-14", kG, "14 يوليه 2023"},
        DateCase{"14 تموز 2023", "2023-07-14", kG, "14 تموز 2023"},
        DateCase{"15 آب 2023", "2023-08-15", kG, "15 آب 2023"},
        DateCase{"15 اغسطس 2023", "2023-08-15", kG, "15 اغسطس 2023"},
        DateCase{"11 أيلول 2023", "2023-09-11", kG, "11 أيلول 2023"},
        DateCase{"11 تشرين الثاني 2023", "2023-11-11", kG,
                 "11 تشرين الثاني 2023"},
        DateCase{"25 كانون الأول 2023", "2023-12-25", kG,
                 "25 كانون الأول 2023"},
        DateCase{"25 ديسمبر 2023", "2023-12-25", kG, "25 ديسمبر 2023"},
        // Diacritics and tatweel.
        DateCase{"8 أكتـــوبر 2023", "2023-10-08", kG, "8 أكتـــوبر 2023"},
        DateCase{"8 تِشْرِينَ الأَوَّل 2023", "2023-10-08", kG,
                 "8 تِشْرِينَ الأَوَّل 2023"}));

INSTANTIATE_TEST_SUITE_P(
    Maghrebi, FindDateTest,
    testing::Values(
        DateCase{"5 جانفي 2024", "2024-01-05", kG, "5 جانفي 2024"},
        DateCase{"12 فيفري 2024", "2024-02-12", kG, "12 فيفري 2024"},
        DateCase{"7 أفريل 2024", "2024-04-07", kG, "7 أفريل 2024"},
        DateCase{"1 ماي 2024", "2024-05-01", kG, "1 ماي 2024"},
        DateCase{"20 جوان 2024", "2024-06-20", kG, "20 جوان 2024"},
        DateCase{"5 جويلية 2024", "2024-07-05", kG, "5 جويلية 2024"},
        DateCase{"15 أوت 2024", "2024-08-15", kG, "15 أوت 2024"},
        DateCase{"3 شتنبر 2023", "2023-09-03", kG, "3 شتنبر 2023"},
        DateCase{"4 نونبر 2023", "2023-11-04", kG, "4 نونبر 2023"},
        DateCase{"10 دجنبر 2023", "2023-12-10", kG, "10 دجنبر 2023"}));

// Umm al-Qura anchors: official Saudi dates.
INSTANTIATE_TEST_SUITE_P(
    Hijri, FindDateTest,
    testing::Values(
        DateCase{"23 ربيع الأول 1445 هـ", "2023-10-08", kH,
                 "23 ربيع الأول 1445 هـ"},
        DateCase{"الأحد ٢٣ ربيع الأول ١٤٤٥ هـ", "2023-10-08", kH,
                 "الأحد ٢٣ ربيع الأول ١٤٤٥ هـ"},
        DateCase{"23 ربيع الاول 1445هـ", "2023-10-08", kH,
                 "23 ربيع الاول 1445هـ"},
        DateCase{"23 ربيع أول 1445", "2023-10-08", kH, "23 ربيع أول 1445"},
        DateCase{"١٤٤٥/٣/٢٣هـ", "2023-10-08", kH, "١٤٤٥/٣/٢٣هـ"},
        DateCase{"23/3/1445 هـ", "2023-10-08", kH, "23/3/1445 هـ"},
        // Without the marker: a Hijri-range year is Hijri.
        DateCase{"1445/3/23", "2023-10-08", kH, "1445/3/23"},
        DateCase{"يوم الأحد 18-9-1436", "2015-07-05", kH, "الأحد 18-9-1436"},
        // Spaces around dashes when one end is a four-digit year.
        DateCase{"المعلنة بتاريخ 4 – 9 - 1436هـ", "2015-06-21", kH,
                 "4 – 9 - 1436هـ"},
        DateCase{"الموافق 24- 10 - 1436هـ", "2015-08-09", kH,
                 "24- 10 - 1436هـ"},
        DateCase{"1 رمضان 1444 هـ", "2023-03-23", kH, "1 رمضان 1444 هـ"},
        DateCase{"1 شوال 1444", "2023-04-21", kH, "1 شوال 1444"},
        DateCase{"10 ذو الحجة 1444 هـ", "2023-06-28", kH,
                 "10 ذو الحجة 1444 هـ"},
        DateCase{"10 ذي الحجة 1444 هـ", "2023-06-28", kH,
                 "10 ذي الحجة 1444 هـ"},
        DateCase{"1 ذو القعدة 1444 هـ", "2023-05-21", kH,
                 "1 ذو القعدة 1444 هـ"},
        DateCase{"1 ذي القعدة 1444", "2023-05-21", kH, "1 ذي القعدة 1444"},
        DateCase{"1 محرم 1445 هـ", "2023-07-19", kH, "1 محرم 1445 هـ"},
        DateCase{"1 صفر 1445 هـ", "2023-08-17", kH, "1 صفر 1445 هـ"},
        DateCase{"1 ربيع الآخر 1445 هـ", "2023-10-16", kH,
                 "1 ربيع الآخر 1445 هـ"},
        DateCase{"1 ربيع الثاني 1445", "2023-10-16", kH, "1 ربيع الثاني 1445"},
        DateCase{"1 جمادى الأولى 1445 هـ", "2023-11-15", kH,
                 "1 جمادى الأولى 1445 هـ"},
        DateCase{"1 جمادى الآخرة 1445 هـ", "2023-12-14", kH,
                 "1 جمادى الآخرة 1445 هـ"},
        DateCase{"1 جمادى الثانية 1445", "2023-12-14", kH,
                 "1 جمادى الثانية 1445"},
        DateCase{"1 رجب 1445 هـ", "2024-01-13", kH, "1 رجب 1445 هـ"},
        DateCase{"1 شعبان 1445 هـ", "2024-02-11", kH, "1 شعبان 1445 هـ"},
        DateCase{"1 رمضان 1445 هـ", "2024-03-11", kH, "1 رمضان 1445 هـ"},
        DateCase{"١ رَمَضَان ١٤٤٥ هـ", "2024-03-11", kH, "١ رَمَضَان ١٤٤٥ هـ"},
        DateCase{"1 شوال 1445 هجري", "2024-04-10", kH, "1 شوال 1445 هجري"},
        // Both calendars in one line: the first one wins.
        DateCase{"الأحد 23 ربيع الأول 1445 هـ الموافق 8 أكتوبر 2023 م",
                 "2023-10-08", kH, "الأحد 23 ربيع الأول 1445 هـ"},
        DateCase{"الأحد 8 أكتوبر 2023 م الموافق 23 ربيع الأول 1445 هـ",
                 "2023-10-08", kG, "الأحد 8 أكتوبر 2023 م"}));

INSTANTIATE_TEST_SUITE_P(
    InContext, FindDateTest,
    testing::Values(
        // The leftmost date wins.
        DateCase{"حدث في 2023-10-07 ونشر في 8 أكتوبر 2023", "2023-10-07", kG,
                 "2023-10-07"},
        // An invalid date does not hide a later valid one.
        DateCase{"31 فبراير 2023 ثم 1 مارس 2023", "2023-03-01", kG,
                 "1 مارس 2023"},
        // A day number that is not followed by a year does not capture.
        DateCase{"قتل 8 أشخاص في 9 أكتوبر 2023", "2023-10-09", kG,
                 "9 أكتوبر 2023"},
        // Invalid UTF-8 before the date is skipped.
        DateCase{"\xff\xfe 8 October 2023", "2023-10-08", kG,
                 "8 October 2023"}));

TEST(FindDateTest, RejectsInvalidAndNonDates) {
  for (std::string_view text : {
           "",
           "31 فبراير 2023",
           "30 February 2024",
           "29/02/2023",
           "2023-13-01",
           "2023-02-30",
           "32 أكتوبر 2023",
           "13/13/2023",
           "0 أكتوبر 2023",
           "30 رمضان 1444 هـ",  // Ramadan 1444 had 29 days (Umm al-Qura)
           "8 أكتوبر 1445 هـ",  // Gregorian month with a Hijri year
           "23 ربيع الأول 2023",
           "08/10/23",  // two-digit year
           "8 October 1850",
           "1.10.08.2023",  // part of a longer numeric run
           "2023-10-08-17",
           "وقال الرئيس إن 8 أشخاص قتلوا في أكتوبر الماضي",
           "مارس الرئيس ضغوطاً كبيرة في عام 2023",
           "رقم الهاتف 2023 10 08",
           "1. 10. 2023",           // spaced dots: a list, not a date
           "فاز 3 - 1 على 20 - 5",  // scores, no year
           "أكتوبر 2023",
           "\xff\xfe\xfd",
       }) {
    EXPECT_FALSE(FindDate(text).has_value()) << text;
  }
}

TEST(FindDateTest, SpanIsByteOffsetsIntoArgument) {
  const std::string text = "نشر في 2023-10-08 ثم";
  std::optional<FoundDate> d = FindDate(text);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->span.begin, std::string("نشر في ").size());
  EXPECT_EQ(d->span.end, d->span.begin + 10);
  EXPECT_EQ((CivilDate{2023, 10, 8}), d->date);
}

TEST(FindDateTest, HijriAndGregorianOfOneLineAgree) {
  for (std::string_view text : {
           "الأحد 23 ربيع الأول 1445 هـ الموافق 8 أكتوبر 2023 م",
           "الخميس 1 رمضان 1444 هـ الموافق 23 مارس 2023",
           "10 ذو الحجة 1444 هـ - 28 يونيو 2023",
       }) {
    std::optional<FoundDate> hijri = FindDate(text);
    ASSERT_TRUE(hijri.has_value()) << text;
    EXPECT_EQ(hijri->calendar, Calendar::kHijri);
    std::optional<FoundDate> greg = FindDate(text.substr(hijri->span.end));
    ASSERT_TRUE(greg.has_value()) << text;
    EXPECT_EQ(greg->calendar, Calendar::kGregorian);
    EXPECT_EQ(hijri->date, greg->date) << text;
  }
}

TEST(FindDateTest, ToIsoPadsFields) {
  EXPECT_EQ((CivilDate{2023, 3, 5}.ToIso()), "2023-03-05");
}

TEST(FindDateTest, LongLinesAreCappedAndFast) {
  // A date at the start of a huge line is found; one past the scanned
  // prefix (16 KiB) is not.
  std::string filler;
  for (int i = 0; i < 100000; ++i) filler += "كلمة 12 ";
  const std::string head = "8 أكتوبر 2023 " + filler;
  const std::string tail = filler + " 8 أكتوبر 2023";
  const auto start = std::chrono::steady_clock::now();
  std::optional<FoundDate> d = FindDate(head);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date.ToIso(), "2023-10-08");
  EXPECT_FALSE(FindDate(tail).has_value());
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now() - start)
                      .count();
  EXPECT_LT(ms, 500);
}

TEST(FindDateTest, PathologicalInputsTerminate) {
  // Long runs of digits, separators and month-looking words.
  std::string digits(100000, '1');
  EXPECT_FALSE(FindDate(digits).has_value());
  std::string seps;
  for (int i = 0; i < 20000; ++i) seps += "1/";
  EXPECT_FALSE(FindDate(seps).has_value());
  std::string months;
  for (int i = 0; i < 5000; ++i) months += "8 تشرين الأول/";
  EXPECT_FALSE(FindDate(months).has_value());
}

}  // namespace
}  // namespace marsad
