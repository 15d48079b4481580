#include <optional>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlp/extraction_test_util.h"
#include "nlp/time/time_expressions.h"

namespace marsad {
namespace {

struct DayCase {
  const char* published;  // date line, or "" for none
  const char* paragraph;
  const char* expression;  // the expression found
  const char* value;       // ISO day, or "" for unknown
};

class DayExpressionTest : public ::testing::TestWithParam<DayCase> {};

// «أمس السبت» in one paragraph, «السبت» and «الأحد» alone in the next.
constexpr const char* kObamaInKenya =
    "أكد الرئيس أمس السبت أن أفريقيا تسير قدما، وقال أوباما في افتتاح القمة "
    "إن الشراكة مهمة.\nوتعقد القمة وسط إجراءات أمنية مشددة أدت إلى إغلاق "
    "مناطق فيها وإغلاق المجال الجوي فوقها عند هبوط طائرة الرئيس الأمريكي "
    "السبت وإقلاعها الأحد إلى إثيوبيا المجاورة.";

TEST_P(DayExpressionTest, FindsAndResolves) {
  const DayCase& c = GetParam();
  std::string page = "عنوان الخبر\n";
  if (*c.published != '\0') {
    page += std::string("تاريخ النشر: ") + c.published + "\n";
  }
  page += std::string(c.paragraph) + "\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const TimeExpression* found = nullptr;
  for (const TimeExpression& t : a.dates) {
    if (t.text == c.expression) found = &t;
    EXPECT_EQ(t.ref.span.Of(page), t.text);
  }
  ASSERT_NE(found, nullptr)
      << "no «" << c.expression << "» in «" << c.paragraph << "»";
  if (*c.value == '\0') {
    EXPECT_FALSE(found->value.has_value()) << found->value->ToIso();
  } else {
    ASSERT_TRUE(found->value.has_value());
    EXPECT_EQ(found->value->ToIso(), c.value);
  }
}

// 2023-10-08 is a Sunday.
INSTANTIATE_TEST_SUITE_P(
    Days, DayExpressionTest,
    ::testing::Values(
        DayCase{"8 أكتوبر 2023", "وقال الوزير أمس إن المحادثات ستستمر.", "أمس",
                "2023-10-07"},
        // A place name that looks like a present verb («ويلمنغتون») does
        // not make the weekday the coming one.
        DayCase{"8 أكتوبر 2023",
                "وقال بايدن أمام حشد من أنصاره في مدينة ويلمنغتون بولاية "
                "ديلاوير مساء السبت: \"لقد حان الوقت\".",
                "السبت", "2023-10-07"},
        // Egyptian «today» inside a quotation.
        DayCase{"6 يوليو 2022",
                "وقال المدرب للصحفيين: \"إحنا النهاردة بنلعب على الفوز\".",
                "النهاردة", "2022-07-06"},
        // Feast days by the Hijri calendar (Eid al-Fitr 1436 began on
        // 2015-07-17, Eid al-Adha 1445 on 2024-06-16).
        DayCase{"21 يوليو 2015",
                "وتعرض الشابان للاعتداء أثناء سيرهما على الكورنيش ثاني أيام "
                "عيد الفطر.",
                "ثاني أيام عيد الفطر", "2015-07-18"},
        DayCase{"20 يونيو 2024",
                "وأدى الحجاج الصلاة أول أيام عيد الأضحى في منى.",
                "أول أيام عيد الأضحى", "2024-06-16"},
        DayCase{"20 يونيو 2024", "وصعد الحجاج إلى جبل الرحمة في يوم عرفة.",
                "يوم عرفة", "2024-06-15"},
        // «وقفة» is no «و» + «قفة»; a feast day after «الموافق» is an
        // expression of its own.
        DayCase{"13 يونيو 2024",
                "ورفعت الوزارة الاستعداد بدءا من يوم السبت المقبل، الموافق "
                "وقفة عرفات، وحتى نهاية العيد.",
                "وقفة عرفات", "2024-06-15"},
        // «العيد» unnamed: the nearer feast (Eid al-Fitr 1444 began on
        // 2023-04-21).
        DayCase{"13 يونيو 2024",
                "وتعمل غرف الطوارئ من يوم عرفة حتى رابع أيام العيد.",
                "رابع أيام العيد", "2024-06-19"},
        DayCase{"18 أبريل 2023", "وتزدحم المعابر عادة في ثالث أيام العيد.",
                "ثالث أيام العيد", "2023-04-23"},
        // «أول يوم من عيد الفطر»; «يوم العيد» is the nearer feast's first
        // day (Eid al-Fitr 1436 began on 2015-07-17).
        DayCase{"20 يوليو 2015",
                "كنا متواجدين بشاطئ العقير أول يوم من عيد الفطر مع الأسرة.",
                "أول يوم من عيد الفطر", "2015-07-17"},
        DayCase{"20 يوليو 2015", "وغرق الطفل يوم العيد أمام أسرته.",
                "يوم العيد", "2015-07-17"},
        // «غد» naming its weekday; Maghrebi «فاتح» (the first of).
        DayCase{"13 يونيو 2024",
                "وتشغل الهيئة 12 قطارا إضافيا اعتبارا من غد الجمعة.",
                "غد الجمعة", "2024-06-14"},
        DayCase{"31 يناير 2025", "وتنطلق الحملة فاتح نونبر 2024 في الجهات.",
                "فاتح نونبر 2024", "2024-11-01"},
        // «بعد غد» naming its weekday is one expression.
        DayCase{"16 أغسطس 2023",
                "وسيصل اللاعب إلى العاصمة بعد غد الجمعة على متن طائرة خاصة.",
                "بعد غد الجمعة", "2023-08-18"},
        // A masdar with its pronoun («تأكيده») is no present verb: the
        // weekday stays past.
        DayCase{"17 يناير 2025",
                "ونقل الناطق باسم الحكومة عن رئيس الوزراء جعفر حسان "
                "تأكيده، خلال جلسة مجلس الوزراء الأربعاء، أن الأردن سيبقى "
                "سنداً للسوريين.",
                "الأربعاء", "2025-01-15"},
        // «أول» + a month's name is its first day.
        DayCase{"26 يوليو 2015", "ويبدأ العمل بالقرار أول أغسطس المقبل.",
                "أول أغسطس المقبل", "2015-08-01"},
        // Last night, and the night before.
        DayCase{"26 يوليو 2015",
                "وقع انفجار في ساعة متأخرة الليلة قبل الماضية داخل مقهى.",
                "الليلة قبل الماضية", "2015-07-24"},
        DayCase{"26 يوليو 2015", "وقتل شخص الليلة الماضية في الحي.",
                "الليلة الماضية", "2015-07-25"},
        // «بتاريخ» joins a weekday and the date of the same day.
        DayCase{"26 يوليو 2015",
                "وانتهت المرحلة بنهاية تداول يوم الأربعاء، بتاريخ 28 رمضان "
                "1436 هـ.",
                "يوم الأربعاء، بتاريخ 28 رمضان 1436 هـ", "2015-07-15"},
        // «اليوم إلى …»: «إلى» (normalised «الي») is no adjective naming
        // a day of something.
        DayCase{"7 مايو 2024",
                "وقال المتحدث إن وفدا قطريا يتوجه اليوم إلى القاهرة.", "اليوم",
                "2024-05-07"},
        // «سيطرتها» after the day is control, no future verb.
        DayCase{"29 أكتوبر 2025",
                "وكانت قوات الدعم السريع قد أعلنت الأحد سيطرتها الكاملة "
                "على مقر الفرقة السادسة مشاة.",
                "الأحد", "2025-10-26"},
        // «اليوم التالي» after a day marked «الماضي» told in passing: the
        // day after the paragraph's latest day.
        DayCase{"18 مايو 2025",
                "ووصل الوفد الروسي إلى إسطنبول مساء الأربعاء، تلبية لمقترح "
                "طرحه بوتين فجر الأحد الماضي. وفي اليوم التالي، التقى "
                "زيلينسكي أردوغان في أنقرة.",
                "اليوم التالي", "2025-05-15"},
        // «اليوم التالي»: the day after the day named before it.
        DayCase{"3 يوليو 2024",
                "وبعد إعلان النتائج مساء الاثنين، قطعت السلطات خدمة الإنترنت "
                "صباح اليوم التالي.",
                "اليوم التالي", "2024-07-02"},
        // «بالأمس» is yesterday, spanned without its «ب».
        DayCase{"25 يوليو 2015",
                "وكان وزراء النقل والصحة قد وصلوا إلى المحافظة بالأمس.",
                "الأمس", "2015-07-24"},
        // «اليوم الثالث لعيد الفطر»: 3 Shawwal.
        DayCase{"21 يوليو 2015",
                "وسجلت المنافذ خروج المسافرين من 1 شوال حتى اليوم الثالث لعيد "
                "الفطر.",
                "اليوم الثالث لعيد الفطر", "2015-07-19"},
        // «وبحلول الجمعة، جلس الوفدان»: a deadline told with a past verb
        // after the comma is past.
        DayCase{"18 مايو 2025",
                "وبحلول الجمعة، جلس الوفدان وجها لوجه في قصر دولمة بهتشة.",
                "الجمعة", "2025-05-16"},
        // «تحدثا» is the past dual of تفعّل, no present verb.
        DayCase{"23 يوليو 2015",
                "وقال البيت الأبيض إن الرئيسين الأمريكي والتركي تحدثا يوم "
                "الأربعاء.",
                "يوم الأربعاء", "2015-07-22"},
        // After «عند» a word in ت is a verbal noun with its pronoun.
        DayCase{"2 أغسطس 2015",
                "وقالت الممثلة عند تفقدها النماذج مساء الخميس إنها سعيدة.",
                "الخميس", "2015-07-30"},
        // «كان» before a present verb keeps the past, with an age in
        // brackets between them.
        DayCase{"21 يوليو 2015",
                "وكان فاننيج (34 عاماً) يشارك الأحد في بطولة الدوري العالمي.",
                "الأحد", "2015-07-19"},
        // «أمس الأول» naming its weekday is one expression.
        DayCase{"22 فبراير 2021",
                "وكان جروسي قد وصل إلى طهران مساء أمس الأول (السبت).",
                "أمس الأول (السبت)", "2021-02-20"},
        DayCase{"18 أغسطس 2024",
                "اختتم الوسطاء جولة في الدوحة، مساء أمس الأول الجمعة.",
                "أمس الأول الجمعة", "2024-08-16"},
        // A Hijri date whose month began a day off Umm al-Qura (Oman's
        // sighting): the weekday the text gives decides.
        DayCase{"9 أبريل 2024",
                "وتبدأ العطلة يوم الثلاثاء 29 رمضان 1445هـ وتستمر أسبوعا.",
                "الثلاثاء 29 رمضان 1445هـ", "2024-04-09"},
        // A named month's day whose year is told in words, or given alone
        // earlier in the sentence.
        DayCase{"22 يوليو 2015",
                "وفرض التنظيم سيطرته على الموصل منذ دخوله في 10 حزيران/يونيو "
                "من العام الماضي.",
                "10 حزيران/يونيو من العام الماضي", "2014-06-10"},
        DayCase{"6 سبتمبر 2024",
                "وأصدرت القاضية في 16 مايو (أيار) 2023 مذكرة توقيف، وانتهت "
                "ولاية الحاكم في 31 يوليو (تموز) من العام نفسه.",
                "31 يوليو (تموز) من العام نفسه", "2023-07-31"},
        DayCase{"18 سبتمبر 2025",
                "وكان المصرف قد خفض سعر الأساس ثلاث مرات في ٢٠٢٤، آخرها في ١٨ "
                "ديسمبر/كانون الأول.",
                "١٨ ديسمبر/كانون الأول", "2024-12-18"},
        // «من الشهر ذاته/نفسه»: the month of the date given before it.
        DayCase{"22 سبتمبر 2019",
                "ونظموا وقفة يوم الخميس الخامس من أيلول، قبل أن تعلن النقابة "
                "الإضراب اعتباراً من الثامن من الشهر ذاته.",
                "الثامن من الشهر ذاته", "2019-09-08"},
        DayCase{"22 سبتمبر 2025",
                "وصدر القرار في 3 مايو 2025 ونشر في 14 من الشهر نفسه.",
                "14 من الشهر نفسه", "2025-05-14"},
        // A four-letter future verb, what lies ahead, and what was to come.
        DayCase{"22 نوفمبر 2022",
                "وقال مصدر إن النجمة هيلاري سوانك ستصل إلى جدة الأربعاء.",
                "الأربعاء", "2022-11-23"},
        DayCase{"22 نوفمبر 2022",
                "وأضاف: أمامنا مباراة صعبة جدا أمام بولندا يوم السبت.",
                "يوم السبت", "2022-11-26"},
        DayCase{"22 نوفمبر 2022",
                "وأضاف أنه كان من المقرر أن يلتقي سليماني صباح يوم الجمعة.",
                "يوم الجمعة", "2022-11-18"},
        // «بحلول الجمعة»: a deadline to come; after a past verb, past.
        DayCase{"4 نوفمبر 2020",
                "وقالت الوزيرة إن الولاية تتوقع الانتهاء من فرز الأصوات بحلول "
                "الجمعة.",
                "الجمعة", "2020-11-06"},
        DayCase{"4 نوفمبر 2020", "وكان الفرز قد انتهى بحلول الجمعة.", "الجمعة",
                "2020-10-30"},
        // No date line: a weekday with its date in brackets names that day.
        DayCase{"",
                "تعهد المستشار الألماني أولاف شولتز، يوم الأحد (14 مايو/ أيار "
                "2023)، بدعم أوكرانيا.",
                "يوم الأحد", "2023-05-14"},
        // Without a year, the bracketed day is found as that day is.
        DayCase{"17 مايو 2023",
                "بعد تعادل الفريقين ذهاباً في العاصمة الإسبانية مدريد يوم "
                "الثلاثاء (9 مايو/أيار).",
                "يوم الثلاثاء", "2023-05-09"},
        // «الماضي» after a month with its other name decides, not a year
        // range earlier in the sentence.
        DayCase{"10 مايو 2019",
                "أعلنت المجموعة أرباحا للسنة المالية ٢٠١٨-٢٠١٩ المنتهية في ٣١ "
                "مارس/آذار الماضي.",
                "٣١ مارس/آذار الماضي", "2019-03-31"},
        // «الجمعة» is feminine: «الجمعة المقبلة», «الجمعة الماضية».
        DayCase{"9 يوليو 2025",
                "ودعت الجماعة أنصارها إلى الخروج في مسيرات حاشدة الجمعة "
                "المقبلة.",
                "الجمعة المقبلة", "2025-07-11"},
        DayCase{"9 يوليو 2025", "وكانت المسيرات الجمعة الماضية حاشدة.",
                "الجمعة الماضية", "2025-07-04"},
        // «منذ الأحد»: since a day gone by, though a present verb is near.
        DayCase{"15 أبريل 2024",
                "ويرتفع عدد ضحايا المنخفض الذي يضرب البلاد منذ الأحد.", "الأحد",
                "2024-04-14"},
        // A range from today runs to a coming day, even in a headline.
        DayCase{"15 أبريل 2024",
                "«الأرصاد»: منخفض جوي على الدولة من مساء اليوم حتى الأربعاء",
                "الأربعاء", "2024-04-17"},
        // A day of a named month: coming after a future verb, and so is a
        // day listed after one marked «المقبل».
        DayCase{"18 يناير 2021",
                "حدد المرسوم موعد الانتخابات التشريعية في 22 أيار المقبل، "
                "والرئاسية في 31 تموز، على أن تستكمل انتخابات المجلس الوطني "
                "في 31 آب.",
                "31 آب", "2021-08-31"},
        DayCase{"18 يناير 2021", "وستجرى الانتخابات الرئاسية في 31 تموز.",
                "31 تموز", "2021-07-31"},
        // «الجاري» keeps the month of the paper.
        DayCase{"6 مارس 2024", "وسيبدأ العمل بالقرار من الأول من مارس الجاري.",
                "الأول من مارس الجاري", "2024-03-01"},
        // «اعتبارا من الخميس» in a Wednesday's paper: from the coming day.
        DayCase{"11 مارس 2020",
                "أعلن كونتي إغلاق جميع المتاجر اعتباراً من الخميس.", "الخميس",
                "2020-03-12"},
        // A past verb with its object pronoun («ألقاها») is past; the
        // present verb inside the quotation before it does not count.
        DayCase{"10 أبريل 2021",
                "وحذر نتانياهو من أن أي اتفاق «لن يُلزم إسرائيل»، وذلك في "
                "كلمة ألقاها مساء الأربعاء بمناسبة ذكرى المحرقة.",
                "الأربعاء", "2021-04-07"},
        // A plural nisba («تركيين») is no present verb.
        DayCase{"27 يوليو 2015",
                "أعلنت مصادر رسمية عن مقتل عسكريين تركيين اثنين وجرح أربعة "
                "آخرين مساء السبت في انفجار سيارة مفخخة.",
                "السبت", "2015-07-25"},
        // A feminine past verb of the form أفعل («اوقعت»).
        DayCase{"10 أغسطس 2015",
                "وتبنت حركة طالبان الهجوم الذي يأتي بعد سلسلة هجمات في كابول "
                "اوقعت 51 قتيلا الجمعة.",
                "الجمعة", "2015-08-07"},
        // A future verb right after the day.
        DayCase{"26 مايو 2023",
                "ونقل المتحدث عن أردوغان قوله إن \"الأحد سيكون يوم انتصار "
                "الديمقراطية التركية\".",
                "الأحد", "2023-05-28"},
        // A feminine plural («تراجعات») is no present verb.
        DayCase{"2 أغسطس 2015",
                "وسجلت تراجعات إقفال بنهاية جلسة الخميس عند 96 نقطة.", "الخميس",
                "2015-07-30"},
        // No verb of its own: a day in a sentence about days to come.
        DayCase{"6 أبريل 2023",
                "ويتوجه ماكرون غدا الجمعة إلى مدينة غوانغجو، حيث يلتقي طلابا "
                "جامعيين، قبل أن يعود إلى باريس السبت.",
                "السبت", "2023-04-08"},
        DayCase{"11 أبريل 2022",
                "ويلتقي الفريقان مجددا يوم السبت المقبل على ملعب ويمبلي في نصف "
                "نهائي كأس الاتحاد الإنجليزي، بينما يستضيف ليفربول فريق بنفيكا "
                "البرتغالي في إياب ربع نهائي دوري الأبطال الأربعاء.",
                "الأربعاء", "2022-04-13"},
        // A statement chained to one before it was said when that one
        // was, not on a day the first statement names.
        DayCase{"6 فبراير 2025",
                "وأضاف الطنيجي أن البلدية ستبدأ تطبيق الهيكل الجديد اعتبارا "
                "من الأول من مارس المقبل، مشيرا إلى أن فرق العمل ستعقد ورشا "
                "للموظفين.\nوتابع: «سنعلن تفاصيلها في مؤتمر صحفي الاثنين "
                "المقبل».",
                "الاثنين المقبل", "2025-02-10"},
        // «عن بعد اليوم»: held remotely today («بعد اليوم» alone is "any
        // more").
        DayCase{"15 نوفمبر 2021",
                "ترأس ولي العهد الاجتماع الأسبوعي لمجلس الوزراء الذي عقد عن "
                "بعد اليوم.",
                "اليوم", "2021-11-15"},
        // «لا تزال جارية مساء الأحد» in a Tuesday's paper: still going on
        // then, the past Sunday.
        DayCase{"21 نوفمبر 2023",
                "وقالت مصادر إن المحادثات لا تزال جارية مساء الأحد.", "الأحد",
                "2023-11-19"},
        // A date in brackets after its weekday is an expression of its
        // own.
        DayCase{"6 أكتوبر 2022",
                "وارتفعت أسعار النفط اليوم الخميس (6 أكتوبر 2022) مع صعود "
                "برنت.",
                "6 أكتوبر 2022", "2022-10-06"},
        DayCase{"15 مايو 2023",
                "تعهد المستشار الألماني أولاف شولتز، يوم الأحد (14 مايو/ أيار "
                "2023)، بدعم أوكرانيا.",
                "يوم الأحد", "2023-05-14"},
        // «غدا الثلاثاء» in a Tuesday's paper (said the evening before):
        // the weekday decides.
        DayCase{"27 ديسمبر 2022",
                "وأضاف منصور أن المجلس «سيعقد اجتماعا طارئا غدا الثلاثاء».",
                "غدا الثلاثاء", "2022-12-27"},
        // A coming event dated by a weekday, far from its verb.
        DayCase{"16 أغسطس 2023",
                "ولن يشارك القادم من الدوري الفرنسي في مواجهة الزعيم أمام "
                "الفيحاء في الجولة المقبلة يوم الجمعة.",
                "يوم الجمعة", "2023-08-18"},
        // «قبل أن يقول»: a present verb telling a past story.
        DayCase{"6 أغسطس 2020",
                "وقال ترامب إن الانفجار يبدو هجوما، قبل أن يقول وزير الدفاع "
                "مارك إسبر، يوم الأربعاء، إنه حادث.",
                "يوم الأربعاء", "2020-08-05"},
        // A quotation that opens with today.
        DayCase{"12 أكتوبر 2021",
                "وقال الصدر في كلمة متلفزة: “اليوم يوم انتصار الإصلاح على "
                "الفساد”.",
                "اليوم", "2021-10-12"},
        // A date line in two calendars names the day twice.
        DayCase{"الأربعاء 14 ربيع الآخر 1441هـ - 11 ديسمبر 2019م",
                "وقال الوزير إن المحادثات ستستمر.", "11 ديسمبر 2019م",
                "2019-12-11"},
        // The date line is a day expression too.
        DayCase{"8 أكتوبر 2023", "وقال الوزير إن المحادثات ستستمر.",
                "8 أكتوبر 2023", "2023-10-08"},
        DayCase{"8 أكتوبر 2023", "وأعلنت الوزارة اليوم عن خطة جديدة.", "اليوم",
                "2023-10-08"},
        DayCase{"8 أكتوبر 2023", "ويصل الوفد غداً إلى الرياض.", "غداً",
                "2023-10-09"},
        DayCase{"8 أكتوبر 2023", "والتقى الرئيس نظيره يوم السبت في القاهرة.",
                "يوم السبت", "2023-10-07"},
        DayCase{"8 أكتوبر 2023", "وسيلتقي الرئيس نظيره الخميس في القاهرة.",
                "الخميس", "2023-10-12"},
        DayCase{"8 أكتوبر 2023", "ويعقد المؤتمر الاثنين المقبل في جدة.",
                "الاثنين المقبل", "2023-10-09"},
        DayCase{"8 أكتوبر 2023", "وكان الاجتماع الأربعاء الماضي في عمان.",
                "الأربعاء الماضي", "2023-10-04"},
        DayCase{"8 أكتوبر 2023", "وزار الوفد المدينة الأسبوع الماضي.",
                "الأسبوع الماضي", "2023-10-01"},
        DayCase{"8 أكتوبر 2023", "وقع الحادث أول أمس في الطائف.", "أول أمس",
                "2023-10-06"},
        DayCase{"8 أكتوبر 2023", "وسيعقد الاجتماع صباح الغد في جدة.", "الغد",
                "2023-10-09"},
        DayCase{"8 أكتوبر 2023", "ويستعد الفريق لمباراة الغد أمام الهلال.",
                "الغد", "2023-10-09"},
        DayCase{"8 أكتوبر 2023", "وترأس أول من أمس اجتماعا مع المشرفين.",
                "أول من أمس", "2023-10-06"},
        // A past verb of an event decides a bare weekday («ترأس» is no
        // present passive like «تقام»).
        DayCase{"8 أكتوبر 2023",
                "وكان الرئيس ترأس، يوم الأربعاء، اجتماعا طارئا للحكومة.",
                "يوم الأربعاء", "2023-10-04"},
        DayCase{"8 أكتوبر 2023",
                "وتحدث الوزير عن القمة التي انتهت الخميس في المنامة.", "الخميس",
                "2023-10-05"},
        // «الماضي» on the same weekday as the reference: the week before.
        DayCase{"8 أكتوبر 2023", "وكان الوفد قد وصل الأحد الماضي إلى جدة.",
                "الأحد الماضي", "2023-10-01"},
        // The month's other name in brackets, then the year.
        DayCase{"8 أكتوبر 2023",
                "منذ اندلاع الاحتجاجات في الأول من أكتوبر (تشرين الأول) 2019.",
                "الأول من أكتوبر (تشرين الأول) 2019", "2019-10-01"},
        // «لم» + present tense is past.
        DayCase{"8 أكتوبر 2023", "ولم يصلنا أحد إلى غاية صباح الجمعة.",
                "الجمعة", "2023-10-06"},
        DayCase{"8 أكتوبر 2023", "ويبدأ حظر التجوال بدءا من الغد في كل المدن.",
                "الغد", "2023-10-09"},
        // A year after «عام»: not the reference's year.
        DayCase{"8 أكتوبر 2023",
                "وكان الموقع قد نشر في تاريخ 5 فبراير من "
                "العام 2013 تقريرا.",
                "5 فبراير من العام 2013", "2013-02-05"},
        DayCase{"8 أكتوبر 2023",
                "ووقعت الحادثة في 7 مايو عام 2014 بالقرب من "
                "الحدود.",
                "7 مايو عام 2014", "2014-05-07"},
        DayCase{"8 أكتوبر 2023", "وقال البيان اليوم الأحد إن الهدنة صامدة.",
                "اليوم الأحد", "2023-10-08"},
        DayCase{"8 أكتوبر 2023", "وصدر القرار في 3 أكتوبر 2023 بعد مشاورات.",
                "3 أكتوبر 2023", "2023-10-03"},
        // A day and month without a year: the nearest, or the next one.
        DayCase{"8 أكتوبر 2023", "وتنطلق البطولة 12 يونيو المقبل في الدوحة.",
                "12 يونيو المقبل", "2024-06-12"},
        DayCase{"8 أكتوبر 2023",
                "وكان الاتفاق قد وقع في 19 سبتمبر بحضور الوزراء.", "19 سبتمبر",
                "2023-09-19"},
        // Ordinal days, a day of this or last month, Hijri day and month
        // (8 October 2023 is 23 Rabi' al-Awwal 1445), ranges, «يوم غد».
        DayCase{"8 أكتوبر 2023", "وصدر القرار في الخامس من أغسطس الماضي.",
                "الخامس من أغسطس الماضي", "2023-08-05"},
        DayCase{"8 أكتوبر 2023",
                "وتنطلق القمة في الحادي عشر من شهر نوفمبر المقبل.",
                "الحادي عشر من شهر نوفمبر المقبل", "2023-11-11"},
        DayCase{"8 أكتوبر 2023",
                "وكانت الوزارة قد أعلنت يوم 3 الجاري عن الخطة.", "3 الجاري",
                "2023-10-03"},
        DayCase{"8 أكتوبر 2023", "وبدأ التسجيل في 20 من الشهر الماضي.",
                "20 من الشهر الماضي", "2023-09-20"},
        DayCase{"8 أكتوبر 2023", "وكانت الحملة قد بدأت في 12 ربيع الأول.",
                "12 ربيع الأول", "2023-09-27"},
        DayCase{"8 أكتوبر 2023", "ويبدأ العام الدراسي غرة جمادى الأولى.",
                "غرة جمادى الأولى", "2023-11-15"},
        DayCase{"8 أكتوبر 2023", "ويقام المعرض من 10 إلى 14 نوفمبر في جدة.",
                "10", "2023-11-10"},
        DayCase{"8 أكتوبر 2023", "ويقام المعرض من 10 إلى 14 نوفمبر في جدة.",
                "14 نوفمبر", "2023-11-14"},
        DayCase{"8 أكتوبر 2023", "ويبدأ التسجيل يوم غد في الجامعة.", "يوم غد",
                "2023-10-09"},
        DayCase{"8 أكتوبر 2023",
                "ويعقد الاختبار خلال الفترة من 19 إلى 21/10/2023م.", "19",
                "2023-10-19"},
        // A weekday and the date that names the same day are one
        // expression.
        DayCase{"8 أكتوبر 2023",
                "وآخر موعد للتسجيل يوم الخميس الموافق 12/10/2023م.",
                "يوم الخميس الموافق 12/10/2023م", "2023-10-12"},
        // A present-tense verb schedules: the coming day, today included;
        // the nearest past verb keeps the past.
        DayCase{"8 أكتوبر 2023", "وتقام المباراة يوم الأربعاء في جدة.",
                "يوم الأربعاء", "2023-10-11"},
        DayCase{"8 أكتوبر 2023", "ويبدأ التسجيل الأحد في جميع المدارس.",
                "الأحد", "2023-10-08"},
        // «تحدث» is a past verb of the تفعّل pattern.
        DayCase{"8 أكتوبر 2023", "وتحدث الرئيس هاتفيا مع نظيره يوم السبت.",
                "يوم السبت", "2023-10-07"},
        DayCase{"8 أكتوبر 2023",
                "وأوضح أن الاختبارات تبدأ يوم الاثنين وتستمر حتى الخميس.",
                "الخميس", "2023-10-12"},
        DayCase{"8 أكتوبر 2023", "وكان الفريق قد فاز الخميس على النصر.",
                "الخميس", "2023-10-05"},
        DayCase{"8 أكتوبر 2023", "وشهد يوم الجمعة افتتاح المعرض.", "يوم الجمعة",
                "2023-10-06"},
        // A time of day makes «اليوم» a day even before a definite noun.
        DayCase{"8 أكتوبر 2023",
                "وستنهي اللجنة مساء اليوم الجدل الدائر في القضية.", "اليوم",
                "2023-10-08"},
        // «المقررة» points forward.
        DayCase{"8 أكتوبر 2023",
                "وتقام المباراة المقررة مساء يوم الأربعاء في لندن.",
                "يوم الأربعاء", "2023-10-11"},
        // Days placed by another day of the sentence (2023-10-10 is a
        // Tuesday): rest days «بعد» it are before it; «على أن يعود» after a
        // past day is the next such day after that day.
        DayCase{"10 أكتوبر 2023",
                "يستأنف الفريق تدريباته مساء يوم الثلاثاء بعد يومي الراحة "
                "(الأحد والإثنين) اللذين منحهما المدرب للاعبين.",
                "الإثنين", "2023-10-09"},
        DayCase{"10 أكتوبر 2023",
                "يستأنف الفريق تدريباته مساء يوم الثلاثاء بعد يومي الراحة "
                "(الأحد والإثنين) اللذين منحهما المدرب للاعبين.",
                "الأحد", "2023-10-08"},
        DayCase{"10 أكتوبر 2023",
                "وكان القارب قد أبحر مساء يوم الأربعاء على أن يعود مساء يوم "
                "الخميس إلا أنه تأخر.",
                "يوم الخميس", "2023-10-05"},
        // «اليوم» before a sentence's subject is today; «مغرب هذا اليوم»
        // too (2023-10-08).
        DayCase{"8 أكتوبر 2023",
                "وقالوا ها هي اليوم القوات السعودية تحفظ للطفولة براءتها.",
                "اليوم", "2023-10-08"},
        DayCase{"8 أكتوبر 2023",
                "وسيعقد مؤتمر صحافي مغرب هذا اليوم لكشف التفاصيل.", "اليوم",
                "2023-10-08"},
        // No publication date: the weekday is known, the day is not.
        DayCase{"", "قال الوزير اليوم الأحد إن الهدنة صامدة.", "اليوم الأحد",
                ""},
        DayCase{"", "وقال الوزير أمس إن المحادثات ستستمر.", "أمس", ""},
        // The text's own Hijri calendar: the sighting that put 1 Dhu
        // al-Hijja on 3 August 2019 (the tabular calendar says the 2nd)
        // puts the Eid on the 12th (2019-08-01 is a Thursday).
        DayCase{"1 أغسطس 2019",
                "وقال الوزير إن \"فاتح شهر ذي الحجة يوم السبت 3 غشت\"، "
                "مضيفا أن المصالح ستراقب الأسواق إلى غاية يوم العيد.",
                "فاتح شهر ذي الحجة", "2019-08-03"},
        DayCase{"1 أغسطس 2019",
                "وقال الوزير إن \"فاتح شهر ذي الحجة يوم السبت 3 غشت\"، "
                "مضيفا أن المصالح ستراقب الأسواق إلى غاية يوم العيد.",
                "يوم العيد", "2019-08-12"},
        // Two days: «يومي» is no present verb; a past verb before them or
        // «الماضيين» after them makes both past; with no verb of their
        // own they are a schedule to come (2020-03-14 is a Saturday,
        // 2023-04-07 a Friday, 2024-04-15 a Monday).
        DayCase{"14 مارس 2020",
                "أعلنت الوزارة ارتفاع الوفيات جراء الطقس السيئ الذي ضرب "
                "البلاد يومي الخميس والجمعة.",
                "الجمعة", "2020-03-13"},
        DayCase{"7 أبريل 2023",
                "اجتمع نواب الوزراء في موسكو يومي الاثنين والثلاثاء "
                "الماضيين، واتفقوا على مواصلة التحضير.",
                "الاثنين", "2023-04-03"},
        DayCase{"15 أبريل 2024",
                "أعلنت الهيئة الوطنية لإدارة الطوارئ والأزمات والكوارث "
                "تطبيق العمل عن بعد لموظفي الجهات الحكومية الاتحادية يومي "
                "الثلاثاء والأربعاء.",
                "الأربعاء", "2024-04-17"},
        // «صباح اليوم ذاته», «29 من الشهر ذاته»: the day, or the month, the
        // text named last, also in an earlier paragraph.
        DayCase{"20 مايو 2023",
                "انطلقت القمة في جدة أمس الجمعة، بحضور الرئيس الأوكراني "
                "الذي وصل إلى المدينة صباح اليوم ذاته.",
                "اليوم ذاته", "2023-05-19"},
        DayCase{"25 يوليو 2015",
                "وجرت الانتخابات في 27 مايو الماضي.\nوأعيد انتخاب بلاتر في "
                "29 من الشهر ذاته لولاية خامسة.",
                "29 من الشهر ذاته", "2015-05-29"},
        // «البارحة الأولى»: the day before yesterday.
        DayCase{"23 يوليو 2015", "وهبط السهم البارحة الأولى بأكثر من 6%.",
                "البارحة الأولى", "2015-07-21"},
        // A weekday in quotation marks after «امس» names yesterday
        // (2015-07-30 is a Thursday); «أول من ذي القعدة المقبل» is the
        // first of the month (1 Dhu al-Qa'da 1436 = 2015-08-16).
        DayCase{"30 يوليو 2015",
                "غادرت الطفلة غرفة العناية المركزة امس «الاربعاء» بعد "
                "العملية التي اجريت امس الاول «الثلاثاء».",
                "امس الاول «الثلاثاء»", "2015-07-28"},
        DayCase{"31 يوليو 2015",
                "على أن تعقد الجمعية العمومية في أول من ذي القعدة المقبل.",
                "أول من ذي القعدة المقبل", "2015-08-16"},
        // A range's year, written at its end, is its start's too.
        DayCase{"25 يوليو 2015",
                "ونالت روسيا الاستضافة عام 2010 وستقام البطولة من 14 "
                "حزيران/يونيو الى 15 تموز/يوليو 2018 في 11 مدينة.",
                "14 حزيران/يونيو", "2018-06-14"},
        // «الخميس قبل الماضي»: the week before last (2023-02-01 is a
        // Wednesday; last Thursday was 2023-01-26).
        DayCase{"1 فبراير 2023",
                "وقالت المديرة العامة للصندوق الخميس قبل الماضي إن لبنان لم "
                "يحرز تقدما.",
                "الخميس قبل الماضي", "2023-01-19"},
        // A day announced as the first of a month is to come, and «أول
        // أيام شهر رمضان» is a day (1 Ramadan 1442 = 2021-04-13; the
        // reference, 2021-04-11, is a Sunday).
        DayCase{"11 أبريل 2021",
                "وأعلنت وزارة الأوقاف أن الأربعاء هو فاتح شهر رمضان بالمملكة.",
                "الأربعاء", "2021-04-14"},
        DayCase{"11 أبريل 2021",
                "وأعلنت دار الإفتاء أن الثلاثاء أول أيام شهر رمضان المبارك.",
                "أول أيام شهر رمضان", "2021-04-13"},
        DayCase{"11 أبريل 2021",
                "وأعلنت دار الإفتاء أن الثلاثاء أول أيام الشهر الكريم.",
                "الثلاثاء", "2021-04-13"},
        DayCase{"11 أبريل 2021",
                "وأعلنت دار الإفتاء أن الثلاثاء أول أيام الشهر الكريم.",
                "أول أيام الشهر الكريم", "2021-04-13"},
        // «يوم التروية»: 8 Dhu al-Hijja (1444: 2023-06-26).
        DayCase{"28 يونيو 2023",
                "وتجاوزت درجات الحرارة 46 درجة منذ يوم التروية.", "يوم التروية",
                "2023-06-26"},
        // «خطبة الجمعة الماضية»: the sermon of last Friday.
        DayCase{"6 مايو 2019",
                "ودعا إمام المسجد الحرام في خطبة الجمعة الماضية إلى التوبة.",
                "الجمعة الماضية", "2019-05-03"},
        // «تجمعوا» is a past verb (2015-07-26 is a Sunday).
        DayCase{"26 يوليو 2015",
                "وكان عدد كبير من الكينيين تجمعوا مساء الجمعة على الطريق.",
                "الجمعة", "2015-07-24"},
        // «أمس الجمعة» on a Friday's page stamped Friday: that Friday, the
        // one nearest yesterday (2015-07-24 is a Friday).
        DayCase{"24 يوليو 2015",
                "أعلنت وزارة الداخلية أمس الجمعة عن مقتل عنصر إرهابي.",
                "أمس الجمعة", "2015-07-24"},
        // «ومن المقرر أن …» far before the weekday: scheduled (2015-08-09
        // is a Sunday); «أكبر من المتوقع» is no schedule.
        DayCase{"9 أغسطس 2015",
                "ومن المقرر ان يبحث لافروف الوضع في سوريا والحرب على تنظيم "
                "داعش مع نظيره السعودي عادل الجبير في موسكو يوم الثلاثاء.",
                "يوم الثلاثاء", "2015-08-11"},
        DayCase{"6 أغسطس 2015",
                "وجاءت زيادة المخزونات أكبر من المتوقع في الأرقام التي نشرت "
                "للأسبوع الماضي عن الخام والبنزين والديزل يوم الأربعاء.",
                "يوم الأربعاء", "2015-08-05"},
        // «أغسطس آب 2014»: both names of the month, then its year.
        DayCase{"10 أغسطس 2015",
                "وفجر مقتله في التاسع من أغسطس آب 2014 شهورا من الاحتجاجات.",
                "التاسع من أغسطس آب 2014", "2014-08-09"},
        // «قد تعاملت»: the feminine past of تفاعل, no present verb
        // (2025-02-17 is a Monday).
        DayCase{"17 فبراير 2025",
                "وكانت فرق الدفاع المدني قد تعاملت ليلة الجمعة/السبت مع حريق "
                "في مستودع للأخشاب.",
                "السبت", "2025-02-15"},
        // A weekday alone that the article named with its day («أمس
        // السبت»), or the day it was published, is that day, not a week
        // on.
        DayCase{"26 يوليو 2015", kObamaInKenya, "السبت", "2015-07-25"},
        DayCase{"26 يوليو 2015", kObamaInKenya, "الأحد", "2015-07-26"},
        // «سينما» is a cinema, not a verb in the future.
        DayCase{"25 يوليو 2015",
                "أعلنت الشرطة أن مسلحاً فتح النار داخل صالة سينما مكتظة "
                "بالجمهور في لافايت مساء الخميس؛ فقتل شخصين.",
                "الخميس", "2015-07-23"}));

TEST(DayExpressionTest, WeekOfAMonthIsNoDay) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n10 نوفمبر 2020\nوتتوقع الشركة التقدم بطلب بعد وقت قصير "
      "من الأسبوع الثالث من نوفمبر.\n");
  ASSERT_EQ(articles.size(), 1u);
  for (const TimeExpression& d : articles[0].dates) {
    EXPECT_EQ(d.text.find("الثالث"), std::string::npos) << d.text;
  }
}

// «فريق الرابع عشر من آذار», «استاد 30 يونيو», «بمدينة السادس من
// أكتوبر»: dates that name an alliance, a stadium, a city; the day of a
// meeting is still a day.
TEST(DayExpressionTest, DatesThatNameThingsAreNoDays) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان\nتاريخ النشر: 1 مايو 2023\n"
      "وسخر نصر الله من فريق الرابع عشر من آذار. وأقيمت المباراة على استاد "
      "30 يونيو. ووقع الحادث بمدينة السادس من أكتوبر. وقال الوزير إن "
      "الاجتماع سيعقد في 30 يونيو.\n");
  ASSERT_EQ(articles.size(), 1u);
  int days = 0;
  for (const TimeExpression& t : articles[0].dates) {
    if (t.text == "1 مايو 2023") continue;
    EXPECT_EQ(t.text, "30 يونيو");
    ASSERT_TRUE(t.value.has_value());
    EXPECT_EQ(t.value->ToIso(), "2023-06-30");
    ++days;
  }
  EXPECT_EQ(days, 1);
}

TEST(DayExpressionTest, NotDays) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان\nتاريخ النشر: 8 أكتوبر 2023\n"
      "احتفلت المملكة باليوم الوطني، وذكرت صحيفة اليوم أن هذا اليوم مميز، "
      "وأدى المصلون صلاة الجمعة، واستمر المعرض خلال أسبوع، ويتناول "
      "اللاعب ثلاث وجبات في اليوم، وفاز الفريق 2 صفر، وفي اليوم الأول من "
      "المعرض حل الأول من نوعه "
      "في المركز الخامس من أصل عشرة، وقال إن جيل الغد واعد، وبلغ السعر "
      "9500 ليرة وفق موقع \"الليرة اليوم\" المتخصص، وزاد الإقبال خلال عيد "
      "الفطر المبارك. وقال إن المنطقة لن تقبل بعد اليوم بأي انقلاب، وإن "
      "بين الأمس واليوم فرقا، وما بين العيد أمس واليوم مسافات، وإن لدينا "
      "الكثير للتغلب على تحديات اليوم، ونحن اليوم أحوج ما نكون للوحدة، "
      "ويستمر التسجيل 21 يوما عدا أيام الجمعة، والفريق في أمس الحاجة "
      "للاعبين، وكان ذلك بالأمس القريب حلما، وناقشوا خطة اليوم التالي "
      "للحرب.\n"
      "عين اليوم - الرياض\n");
  ASSERT_EQ(articles.size(), 1u);
  for (const TimeExpression& t : articles[0].dates) {
    // The date line names a day (the publication day); nothing else does.
    if (t.text == "8 أكتوبر 2023") {
      ASSERT_TRUE(t.value.has_value());
      EXPECT_EQ(t.value->ToIso(), "2023-10-08");
      continue;
    }
    ADD_FAILURE() << "unexpected day expression «" << t.text << "»";
  }
}

// An outlet whose name ends in «اليوم», given as a dateline or in quotes,
// is the outlet wherever the article names it; «"مساء اليوم"» quoted is
// still this evening.
TEST(DayExpressionTest, OutletNamedTodayIsNoDay) {
  std::vector<Article> articles = testing::AnalyzeText(
      "المحكمة تنهي عضوية الحلبوسي\nتاريخ النشر: 14 نوفمبر 2023\n"
      "بغداد اليوم - بغداد\n"
      "قررت المحكمة الاتحادية، اليوم الثلاثاء، إنهاء عضوية رئيس البرلمان. "
      "وقالت المحكمة في بيان تلقته بغداد اليوم، إن الحكم بات. وقال مصدر "
      "لـ\"بغداد اليوم\" إن رئيس الوزراء سيلتقي القادة \"مساء اليوم\".\n");
  ASSERT_EQ(articles.size(), 1u);
  std::vector<std::string> days;
  for (const TimeExpression& t : articles[0].dates) {
    if (t.text == "14 نوفمبر 2023") continue;
    days.push_back(t.text);
    ASSERT_TRUE(t.value.has_value()) << t.text;
    EXPECT_EQ(t.value->ToIso(), "2023-11-14") << t.text;
  }
  EXPECT_EQ(days, (std::vector<std::string>{"اليوم الثلاثاء", "اليوم"}));
}

// A related article with no date line but a dateline with its date
// («بورتسودان ١٢ أغسطس ٢٠٢٤ — …») speaks from that day.
TEST(DayExpressionTest, OutletCalledTodayLeavesTodayElsewhere) {
  // The Saudi paper «اليوم», quoted once as an outlet: its headline's
  // «اليوم» is still today.
  std::vector<Article> articles = testing::AnalyzeText(
      "المحكمة العليا: اليوم أول أيام رمضان\nتاريخ النشر: 6 مايو 2019\n"
      "أعلنت المحكمة العليا مساء أمس الأحد ثبوت رؤية الهلال. وقال خطيب "
      "لـ«اليوم» إن الصيام مدرسة للأخلاق.\n");
  ASSERT_EQ(articles.size(), 1u);
  bool headline_today = false;
  for (const TimeExpression& t : articles[0].dates) {
    if (t.text != "اليوم") continue;
    EXPECT_LT(t.ref.span.begin, 40u) << "the outlet is no day";
    ASSERT_TRUE(t.value.has_value());
    EXPECT_EQ(t.value->ToIso(), "2019-05-06");
    headline_today = true;
  }
  EXPECT_TRUE(headline_today);
}

TEST(DayExpressionTest, DatelineDateIsTheReference) {
  std::vector<Article> articles = testing::AnalyzeText(
      "إصابات الكوليرا ترتفع\nتاريخ النشر: 26 أغسطس 2024\n"
      "أعلنت وزارة الصحة، اليوم الاثنين، ارتفاع عدد الإصابات.\n"
      "اقرأ أيضا:\n"
      "السودان يعلن تفشي الكوليرا\n"
      "بورتسودان ١٢ أغسطس ٢٠٢٤ — أعلن وزير الصحة، اليوم الاثنين، تفشي "
      "الوباء، بعد أن أكد المعمل أمس الأحد وجود الضمة.\n");
  ASSERT_EQ(articles.size(), 2u);
  const Article& related = articles[1];
  ASSERT_TRUE(related.reference_date.has_value());
  EXPECT_EQ(related.reference_date->ToIso(), "2024-08-12");
  EXPECT_EQ(related.reference_basis, "text");
  bool today = false, yesterday = false;
  for (const TimeExpression& t : related.dates) {
    if (t.text == "اليوم الاثنين") {
      today = true;
      ASSERT_TRUE(t.value.has_value());
      EXPECT_EQ(t.value->ToIso(), "2024-08-12");
    }
    if (t.text == "أمس الأحد") {
      yesterday = true;
      ASSERT_TRUE(t.value.has_value());
      EXPECT_EQ(t.value->ToIso(), "2024-08-11");
    }
  }
  EXPECT_TRUE(today);
  EXPECT_TRUE(yesterday);
}

// A related article's agency dateline without a year («الدوحة في 16 مايو
// /قنا/») is that day in the latest year not after the page's date.
TEST(DayExpressionTest, YearlessDatelineTakesThePagesYear) {
  struct Case {
    const char* published;
    const char* dateline;
    const char* reference;
  };
  for (const Case& c :
       {Case{"29 مايو 2023", "الدوحة في 16 مايو /قنا/", "2023-05-16"},
        Case{"10 يناير 2024", "الرياض في 28 ديسمبر /واس/", "2023-12-28"}}) {
    std::vector<Article> articles = testing::AnalyzeText(
        std::string("سمو الأمير يهنئ الرئيس التركي\nتاريخ النشر: ") +
        c.published +
        "\nبعث سمو الأمير برقية تهنئة إلى الرئيس التركي.\n"
        "اقرأ أيضا\n"
        "الأنصاري: قطر تتابع الانتخابات في تركيا\n" +
        c.dateline +
        " قال الدكتور ماجد الأنصاري اليوم إن قطر تتابع الانتخابات.\n");
    ASSERT_EQ(articles.size(), 2u) << c.dateline;
    const Article& related = articles[1];
    ASSERT_TRUE(related.reference_date.has_value()) << c.dateline;
    EXPECT_EQ(related.reference_date->ToIso(), c.reference);
    bool today = false;
    for (const TimeExpression& t : related.dates) {
      if (t.text != "اليوم") continue;
      today = true;
      ASSERT_TRUE(t.value.has_value());
      EXPECT_EQ(t.value->ToIso(), c.reference);
    }
    EXPECT_TRUE(today) << c.dateline;
  }
  // Without a page date there is no year to take.
  std::vector<Article> alone = testing::AnalyzeText(
      "الأنصاري: قطر تتابع الانتخابات في تركيا\n"
      "الدوحة في 16 مايو /قنا/ قال الدكتور ماجد الأنصاري اليوم إن قطر تتابع "
      "الانتخابات.\n");
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_FALSE(alone[0].reference_date.has_value());
}

// A related article that gives its «اليوم» a full date speaks from it.
TEST(DayExpressionTest, TodaysDateIsTheReference) {
  std::vector<Article> articles = testing::AnalyzeText(
      "السيسي يستقبل المهنئين\nتاريخ النشر: 19 ديسمبر 2023\n"
      "أعلنت الهيئة الوطنية للانتخابات النتيجة اليوم الثلاثاء.\n"
      "إقرأ أيضاً:\n"
      "السيسي يؤدي اليمين الدستورية\n"
      "أدى الرئيس عبدالفتاح السيسي، اليوم الثلاثاء 2 أبريل 2024، اليمين "
      "الدستورية، ومن المقرر أن يستقبل المهنئين غدا الأربعاء.\n");
  ASSERT_EQ(articles.size(), 2u);
  const Article& related = articles[1];
  ASSERT_TRUE(related.reference_date.has_value());
  EXPECT_EQ(related.reference_date->ToIso(), "2024-04-02");
  bool tomorrow = false;
  for (const TimeExpression& t : related.dates) {
    if (t.text != "غدا الأربعاء") continue;
    tomorrow = true;
    ASSERT_TRUE(t.value.has_value());
    EXPECT_EQ(t.value->ToIso(), "2024-04-03");
  }
  EXPECT_TRUE(tomorrow);
}

// A bare weekday in the headline is the day the body gives it.
TEST(DayExpressionTest, HeadlineWeekdayIsTheBodys) {
  std::vector<Article> articles = testing::AnalyzeText(
      "شهب الغوليات تنير السماء مع بزوغ فجر الخميس\n"
      "تاريخ النشر: 10 أغسطس 2015\n"
      "تدخل الأرض في نهر من الشهب وتصل إلى ذروتها مع بزوغ فجر الخميس "
      "المقبل.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  int found = 0;
  for (const TimeExpression& t : a.dates) {
    if (t.weekday != 4) continue;
    ++found;
    ASSERT_TRUE(t.value.has_value()) << t.text;
    EXPECT_EQ(t.value->ToIso(), "2015-08-13") << t.text;
  }
  EXPECT_EQ(found, 2);
}

TEST(TimeArithmeticTest, WeekdaysAndReferenceInference) {
  EXPECT_EQ(nlp::Weekday({2023, 10, 8}), 0);  // Sunday
  EXPECT_EQ(nlp::AddDays({2024, 2, 28}, 2).ToIso(), "2024-03-01");
  // Crawled Wednesday 2015-07-22; the text says «اليوم (الاثنين)».
  nlp::DayExpression today;
  today.is_today = true;
  today.weekday = 1;
  std::string basis;
  EXPECT_EQ(nlp::InferReference({today}, {2015, 7, 22}, &basis).ToIso(),
            "2015-07-20");
  EXPECT_EQ(basis, "text");
  // Crawled Friday 2015-07-31; «غدا الخميس»: the text was written on
  // Wednesday 2015-07-29.
  nlp::DayExpression tomorrow;
  tomorrow.is_tomorrow = true;
  tomorrow.weekday = 4;
  EXPECT_EQ(nlp::InferReference({tomorrow}, {2015, 7, 31}, &basis).ToIso(),
            "2015-07-29");
  EXPECT_EQ(basis, "text");
  EXPECT_EQ(nlp::InferReference({}, {2015, 7, 22}, &basis).ToIso(),
            "2015-07-22");
  EXPECT_EQ(basis, "crawl");
}

}  // namespace
}  // namespace marsad
