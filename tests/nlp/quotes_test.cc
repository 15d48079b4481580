#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlp/extraction_test_util.h"

namespace marsad {
namespace {

struct QuoteCase {
  const char* paragraphs;  // one or more lines
  size_t index;            // which quote of the article
  Quote::Kind kind;
  const char* starts;       // the quote text starts with this
  const char* speaker;      // canonical name of the speaker, or ""
  const char* description;  // speaker_text when no entity, or ""
};

class QuoteTest : public ::testing::TestWithParam<QuoteCase> {};

TEST_P(QuoteTest, FindsQuoteAndSpeaker) {
  const QuoteCase& c = GetParam();
  const std::string page = std::string("عنوان الخبر\n") + c.paragraphs + "\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GT(a.quotes.size(), c.index) << c.paragraphs;
  const Quote& q = a.quotes[c.index];
  EXPECT_EQ(q.ref.span.Of(page), q.text);
  EXPECT_TRUE(q.text.starts_with(c.starts)) << "«" << q.text << "»";
  EXPECT_EQ(q.kind, c.kind) << q.text;
  if (*c.speaker != '\0') {
    // (The expected speaker must be an entity: -1 would match no speaker.)
    const int32_t want = testing::EntityIndex(a, c.speaker);
    ASSERT_GE(want, 0) << c.speaker << " is no entity";
    EXPECT_EQ(q.speaker, want) << "speaker: " << q.speaker_text;
  } else {
    EXPECT_EQ(q.speaker, -1);
    EXPECT_EQ(q.speaker_text, c.description);
  }
}

using K = Quote::Kind;
INSTANTIATE_TEST_SUITE_P(
    Quotes, QuoteTest,
    ::testing::Values(
        // A one-letter title glued by its point («د.أحمد») is no initials;
        // the person's quoted office is no statement.
        QuoteCase{"وقال اللواء د.أحمد عبد الحليم «رئيس مركز الشرق الأوسط "
                  "للدراسات» إن القوات المسلحة تتحمل العبء.",
                  0, K::kIndirect, "القوات المسلحة", "أحمد عبد الحليم", ""},
        // The person whose office it is («حملة بايدن»), then the holder
        // set off by a comma: the holder speaks.
        QuoteCase{"وقال جو بايدن إنه واثق. وقالت مديرة حملة بايدن، جين أومالي "
                  "ديلون، في مؤتمر عبر الهاتف، إن المرشح سيفوز.",
                  1, K::kIndirect, "المرشح سيفوز", "جين أومالي ديلون", ""},
        // A participle with no one speaking yet: the unnamed subject
        // described after the verb opening its sentence, or the one before.
        QuoteCase{"كشف خبير بالهواتف الذكية طريقة استعادة الملفات المحذوفة، "
                  "مشيراً إلى أن كثيراً ما يحذف المستخدمون الملفات.",
                  0, K::kIndirect, "كثيراً", "", "خبير بالهواتف الذكية"},
        QuoteCase{"وصف مشايخ ومسؤولون في محافظة الاحساء حادثة التفجير بالعمل "
                  "الجبان. مؤكدين أن من قام بهذا العمل بعيد عن الدين.",
                  0, K::kIndirect, "من قام", "",
                  "مشايخ ومسؤولون في محافظة الاحساء"},
        // What was announced is a verbal noun; a day, a comma or an
        // adjunct between commas may stand between the subject and it.
        QuoteCase{"أعلنت الخطوط الجوية العربية السعودية، إطلاق مسمى \"الضيف\" "
                  "بدلاً من \"المسافر\" على جميع الركاب.",
                  0, K::kMixed, "إطلاق مسمى", "الخطوط الجوية العربية السعودية",
                  ""},
        QuoteCase{"أعلنت مفوضية حقوق الإنسان في العراق أمس إصابة آلاف الأطفال "
                  "بمخيمات النازحين بأمراض متنوعة.",
                  0, K::kIndirect, "إصابة آلاف", "مفوضية حقوق الإنسان", ""},
        QuoteCase{
            "أعلن نادي الهلال، مساء أمس، التعاقد مع النجم البرازيلي نيمار "
            "دا سيلفا لمدة موسمين.",
            0, K::kIndirect, "التعاقد مع", "نادي الهلال", ""},
        QuoteCase{"وكانت وزارة الخزانة الأمريكية قد أعلنت، الخميس، فرض عقوبات "
                  "على البرهان وعدد من قادة الجيش.",
                  0, K::kIndirect, "فرض عقوبات", "وزارة الخزانة الأمريكية", ""},
        QuoteCase{"وأعلن الاتحاد القطري لكرة القدم، في بيان، تنظيم مسيرة "
                  "احتفالية للمنتخب على كورنيش الدوحة.",
                  0, K::kIndirect, "تنظيم مسيرة", "الاتحاد القطري لكرة القدم",
                  ""},
        // An unnamed subject: only a word of a verbal noun's shape.
        QuoteCase{"أعلنت السلطات الصحية تسجيل 24 إصابة جديدة فقط في أدنى حصيلة "
                  "يومية منذ بدء الإحصاءات.",
                  0, K::kIndirect, "تسجيل 24", "", "السلطات الصحية"},
        // Headlines speak in the present tense.
        QuoteCase{"الحوثي يتعهد: \"سنرد على أي اعتداء في البحر الأحمر\".", 0,
                  K::kDirect, "سنرد على", "الحوثي", ""},
        // The outlet told before an unnamed subject; a definite head with
        // its modifiers refers back to the description.
        QuoteCase{"من ناحيته، أوضح لـ\"الاقتصادية\" مسؤول في وزارة المالية "
                  "القطرية، أنه تم رفع الدعم جزئيا عن أسعار الوقود.",
                  0, K::kIndirect, "تم رفع", "",
                  "مسؤول في وزارة المالية القطرية"},
        QuoteCase{"من ناحيته، أوضح لـ\"الاقتصادية\" مسؤول في وزارة المالية "
                  "القطرية، أنه تم رفع الدعم جزئيا. وأوضح المسؤول القطري، أن "
                  "الرفع التدريجي لم يشهد تأثرا.",
                  1, K::kIndirect, "الرفع التدريجي", "",
                  "مسؤول في وزارة المالية القطرية"},
        // Relayed from an office, its place, then its holder and «قوله»;
        // a description relayed from stops at «تأكيدها».
        QuoteCase{"ونقلت وكالة الأناضول عن المتحدث باسم وزارة الصحة في غزة "
                  "خليل الدقران قوله إن الطواقم الطبية جاهزة لتنفيذ الحملة.",
                  0, K::kIndirect, "الطواقم الطبية", "خليل الدقران", ""},
        QuoteCase{"وقال مسؤول إن الشركة لم توظف أحدا. فى المقابل، نقل آندى "
                  "ستون، المتحدث باسم ميتا، عن الشركة تأكيدها أن \"لا أحد فى "
                  "الفريق موظف سابق\".",
                  1, K::kDirect, "لا أحد", "", "الشركة"},
        // Findings of a study or a poll; the body that made it speaks.
        QuoteCase{"وأظهرت دراسة حديثة أن الأطفال يفضلون الكمبيوتر اللوحي.", 0,
                  K::kIndirect, "الأطفال يفضلون", "", "دراسة حديثة"},
        QuoteCase{"وأظهر استطلاع أجرته مؤسسة غالوب أن 58% من الأمريكيين "
                  "مستعدون لتلقي اللقاح.",
                  0, K::kIndirect, "58%", "غالوب", ""},
        // What the figures show does not break the chain; after «قال:» it
        // is the speaker's.
        QuoteCase{"وقال المتحدث الرسمي للبنك عبدالعزيز الناصر إن البنك يدعم "
                  "المنشآت، حيث أظهرت الإحصاءات أن البنك اعتمد تمويل 1305 "
                  "مشاريع، مشيرا إلى أن مجموع المشاريع بلغ 2155 مشروعا.",
                  2, K::kIndirect, "مجموع المشاريع", "عبدالعزيز الناصر", ""},
        QuoteCase{"وأوضح الأمين العام محمد الحسين أن النظام تغير.\nوقال: أظهرت "
                  "التقارير الفنية اللاحقة بأن هناك 3 شركات فقط لم تلتزم.",
                  1, K::kIndirect, "هناك 3", "محمد الحسين", ""},
        // A body inside an office run on to its holder is not the
        // subject the next cue goes on with.
        QuoteCase{"وفي واشنطن، رحب المتحدث باسم وزارة الخارجية الأميركية "
                  "ماثيو ميلر بأي خطوة \"تقرب السودانيين من السلام\"، وقال إن "
                  "بلاده تواصل العمل مع الشركاء.",
                  0, K::kIndirect, "بلاده تواصل", "ماثيو ميلر", ""},
        // A participle goes with the unnamed subject of its own sentence
        // («كانت» + a definite subject + its verb) even after another
        // speaker.
        QuoteCase{"وقال مدرب الفريق إن الإعداد يسير جيدا. وكانت الجماهير "
                  "الشبابية استقبلت بيان الإدارة بفرحة كبيرة، مؤكدة أن "
                  "الشباب لا يحتمل التفريط في نجومه.",
                  1, K::kIndirect, "الشباب لا", "", "الجماهير الشبابية"},
        // The subject's apposition before «أن» is no announced noun.
        QuoteCase{"حيث أكد جميل سعيد أحد المقيمين اليمنيين أن هذا القرار أثلج "
                  "صدورهم.",
                  0, K::kIndirect, "هذا القرار", "جميل سعيد", ""},
        // After a comma, a verb of saying with its own office subject is
        // another party: the content ends before it.
        QuoteCase{"وبينما أوضح مصدر بالجوازات أن تصحيح الأوضاع يسير وفق خطة "
                  "مدروسة، دعا مدير الجوازات اللواء فيصل البلعاسي جميع "
                  "المقيمين إلى سرعة المراجعة.",
                  0, K::kIndirect, "تصحيح الأوضاع", "", "مصدر بالجوازات"},
        // «عدم» is what was confirmed or announced.
        QuoteCase{"وفيما أكد مسؤول قطري عدم نية بلاده رفع الدعم عن القطاعات "
                  "الأخرى، قال إن كل شيء وارد.",
                  0, K::kIndirect, "عدم نية", "", "مسؤول قطري"},
        // A proposal.
        QuoteCase{"وكان الاتحاد الكويتي اقترح تأجيل البطولة لإجراء صيانة "
                  "للملاعب وزيادة قوة الإضاءة.",
                  0, K::kIndirect, "تأجيل البطولة", "الاتحاد الكويتي", ""},
        // «علمت»: the outlet learned it from its sources, described.
        QuoteCase{"وعلمت «النهار» من مصادر وزارية أن مجلس الوزراء سيعقد "
                  "جلسته الأولى غدا.",
                  0, K::kIndirect, "مجلس الوزراء", "", "مصادر وزارية"},
        // A reply with a quoted body's name on the way.
        QuoteCase{"وردّ رئيس «التيار الوطني الحر» النائب جبران باسيل بأن "
                  "التكتل سيمنح الثقة.",
                  0, K::kIndirect, "التكتل سيمنح", "جبران باسيل", ""},
        // A spokesman's words of his principal's state («في حالة …» in
        // marks) are the spokesman's.
        QuoteCase{"وقال جيم ماكجراث المتحدث باسم الرئيس الأسبق إن بوش “في "
                  "حالة مستقرة للغاية” بعدما نقل إلى مستشفى في بورتلاند.",
                  0, K::kMixed, "بوش “في حالة", "جيم ماكجراث", ""},
        // «لـ(عكاظ)»: the outlet in brackets after a detached «لـ» is
        // whom it was said to.
        QuoteCase{"وأكد مصدر في المقاومة الشعبية أن المعارك مستمرة. وقال "
                  "المصدر لـ(عكاظ): «القبائل في صنعاء ترفض الحوثي».",
                  1, K::kDirect, "القبائل في صنعاء", "",
                  "مصدر في المقاومة الشعبية"},
        // A calling alone («الشاعرة») is the one person named after it.
        QuoteCase{"أصدرت الشاعرة السعودية رزان العتيبي ديوانها الأول. وعن "
                  "الديوان أكدت الشاعرة أنها جمعت به كل ما يشابه قلبها.",
                  0, K::kIndirect, "جمعت به", "رزان العتيبي", ""},
        // «أبلغت (عكاظ) مصادر …»: whom it told comes first, set off by
        // brackets; the sources speak. («أبلغ شكري نظيره» is Shoukry.)
        QuoteCase{"وأبلغت (عكاظ) مصادر مطلعة أن بعض المسارات الحالية غير "
                  "قادرة على الاستيعاب.",
                  0, K::kIndirect, "بعض المسارات", "", "مصادر مطلعة"},
        QuoteCase{"وأبلغ سامح شكري نظيره الأمريكي أن مصر مستعدة.", 0,
                  K::kIndirect, "مصر مستعدة", "سامح شكري", ""},
        // An unnamed medium relays: the source after «عن» speaks.
        QuoteCase{"ونقلت القناة 12 العبرية عن مصدر أمني إسرائيلي أن \"الجيش "
                  "أنهى أهداف العملية\".",
                  0, K::kDirect, "الجيش أنهى", "", "مصدر أمني إسرائيلي"},
        // Addressing someone.
        QuoteCase{"واضطر نبيه بري إلى التدخل أكثر من مرة، مخاطباً النواب: «يا "
                  "جماعة، هذه جلسة ثقة».",
                  0, K::kDirect, "يا جماعة", "نبيه بري", ""},
        // A share of a group speaks, as described.
        QuoteCase{"وقال 57 في المائة من الآباء إن أطفالهم يفضلون الكمبيوتر "
                  "اللوحي.",
                  0, K::kIndirect, "أطفالهم يفضلون", "",
                  "57 في المائة من الآباء"},
        QuoteCase{"وقال نحو نصف الآباء الذين شملتهم الدراسة، إن الأطفال "
                  "يعاقبون بالتلفزيون.",
                  0, K::kIndirect, "الأطفال يعاقبون", "",
                  "نحو نصف الآباء الذين شملتهم الدراسة"},
        // A body's statement opening its spokesman's words is his; the
        // chain goes on with him.
        QuoteCase{"وقال مارك ريموندي المتحدث باسم الوزارة في بيان: إن وزارة "
                  "العدل قالت دوما إن بولارد يجب أن يقضي كامل عقوبته. وأضاف: "
                  "إن الجاسوس يحق له الحصول على إطلاق سراح مشروط.",
                  1, K::kDirect, "الجاسوس", "مارك ريموندي", ""},
        // A rank alone is the one person named right after it before.
        QuoteCase{"وأكد العميد أحمد البيلاوي أن القوات تقدمت. وأضاف العميد أن "
                  "الطيران سيكثف طلعاته.",
                  1, K::kIndirect, "الطيران سيكثف", "أحمد البيلاوي", ""},
        // A player's position is an office before his (quoted) name.
        QuoteCase{"أكد مدافع تشيلسي الإنجليزي الممتاز لكرة القدم \"جون تيري\" "
                  "أنه عمل بجدية على رفع لياقته البدنية.",
                  0, K::kIndirect, "عمل بجدية", "جون تيري", ""},
        // The subject between «كان» and «قد» + verb (a body).
        QuoteCase{"وقال الوزير إن الصلاة ستقام. وكانت دائرة قاضي القضاة قد "
                  "أعلنت مساء أمس أن اليوم الأربعاء هو أول أيام العيد.",
                  1, K::kIndirect, "اليوم الأربعاء", "دائرة قاضي القضاة", ""},
        // A platform named in brackets never speaks.
        QuoteCase{"وانتقد محمد النويصر الاتحاد الكويتي، وقال في تغريدة عبر "
                  "موقع التواصل الاجتماعي (تويتر) اثارت جدلا: \"الاتحاد "
                  "الكويتي يتسبب في تغيير البرامج\".",
                  0, K::kDirect, "الاتحاد الكويتي", "محمد النويصر", ""},
        // «لرويترز»: to the agency; the sources speak.
        QuoteCase{"قالت مصادر أمنية إن 18 مجندا أصيبوا. وأضافت المصادر لرويترز "
                  "أن المجندين كانوا في طريقهم إلى العريش.",
                  1, K::kIndirect, "المجندين", "", "مصادر أمنية"},
        // A body right after the verb speaks, not the person its meeting
        // was chaired by; an office holding a body is the person's.
        QuoteCase{"من جهته، اعتبر حزب الاستقلال، في بلاغ عقب اجتماع برئاسة "
                  "الأمين العام نزار بركة، أن الخطاب \"يؤسس لمرحلة جديدة\".",
                  0, K::kMixed, "الخطاب", "حزب الاستقلال", ""},
        QuoteCase{"من جهته، قال ممثل منظمة الصحة العالمية في لبنان عبد الناصر "
                  "أبو بكر، في حديث إلى \"اندبندنت عربية\"، إن المنظمة "
                  "\"تعمل مع الوزارة\".",
                  0, K::kMixed, "المنظمة", "عبد الناصر أبو بكر", ""},
        // A body after «عقب اجتماع» is the occasion, not the subject.
        QuoteCase{"وكان رئيس الاحتياطي الفدرالي جيروم باول قد قال في مؤتمر "
                  "صحافي عقب اجتماع لجنة السوق المفتوحة، إن \"التضخم لا يزال "
                  "مرتفعاً\".",
                  0, K::kDirect, "التضخم", "جيروم باول", ""},
        // «النائب عن X» represents X; X is no source, the MP speaks.
        QuoteCase{"من جهته، قال النائب عن ائتلاف دولة القانون عارف الساعدي "
                  "للسومرية نيوز، إن \"الكتل السياسية متفقة على منح الحكومة "
                  "فرصة\".",
                  0, K::kDirect, "الكتل السياسية", "عارف الساعدي", ""},
        QuoteCase{"وقال نائب عن تحالف الفتح للسومرية نيوز إن \"الكتل "
                  "السياسية متفقة\".",
                  0, K::kDirect, "الكتل السياسية", "", "نائب عن تحالف الفتح"},
        // A feminine verb goes on with the woman who relayed the last
        // statement, not with the man she quoted.
        QuoteCase{"وقالت الناطقة باسم الحكومة جمانة غنيمات إن الحكومة لن "
                  "تتراجع. ونقلت غنيمات عن رئيس الوزراء عمر الرزاز تأكيده أن "
                  "\"مصلحة الطلبة فوق كل اعتبار\". وأضافت أن الحكومة قدمت "
                  "عرضاً.",
                  2, K::kIndirect, "الحكومة قدمت", "جمانة غنيمات", ""},
        // A man relaying a man: a bare «وتابع» in a later sentence is the
        // relayer's; a participle in the relay's own sentence is still
        // the relayed man's.
        QuoteCase{"وقال المتحدث باسم الحكومة حسن ناظم إن المجلس قرر تعليق "
                  "الرسوم. ونقل ناظم عن رئيس الوزراء مصطفى الكاظمي قوله: "
                  "\"لن نسمح باستغلال الأزمة\". وتابع أن الحكومة ستعقد جلسة "
                  "استثنائية.",
                  2, K::kIndirect, "الحكومة ستعقد", "حسن ناظم", ""},
        QuoteCase{"نقل المتحدث باسم الحكومة باسم العوادي عن رئيس الوزراء محمد "
                  "شياع السوداني قوله إن \"الحكومة حريصة على الشراكة\"، داعيا "
                  "القوى السياسية إلى \"التهدئة\".",
                  1, K::kDirect, "التهدئة", "محمد شياع السوداني", ""},
        // An honorific pronoun stands for the last subject under the same
        // honorific of a verb opening a sentence, not for the last person
        // named (the deceased, the addressee).
        QuoteCase{"بعث حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة برقية "
                  "تعزية إلى فخامة الرئيس محمد الناصر في وفاة فخامة الرئيس "
                  "الباجي قايد السبسي. وأكد جلالته في البرقية أن تونس فقدت "
                  "رجل دولة.",
                  0, K::kIndirect, "تونس فقدت", "حمد بن عيسى آل خليفة", ""},
        QuoteCase{"بعث صاحب السمو الشيخ خليفة بن زايد آل نهيان برقية تعزية "
                  "إلى صاحب السمو الشيخ نواف الأحمد الجابر الصباح في وفاة "
                  "صاحب السمو الشيخ صباح الأحمد الجابر الصباح. وأكد سموه في "
                  "البرقية أن الأمة العربية فقدت قائدا حكيما.",
                  0, K::kIndirect, "الأمة العربية", "خليفة بن زايد آل نهيان",
                  ""},
        // A sentence opening with what the answer is about («وعن …،
        // قال», «ورداً على …، أجاب») names no speaker before its comma.
        QuoteCase{"وقال رئيس الاتحاد السعودي أحمد عيد إنه لا خلافات مع "
                  "إبراهيم الربيش.\nوعن استقالة الربيش وتعيين بديل له، قال "
                  "\"سيكون هناك تحديد لأسماء بديلة\".\nورداً على تصاريح "
                  "الربيش بأن هناك تدخلات، أجاب \"لجنة الانضباط تعتبر "
                  "قضائية\".",
                  2, K::kDirect, "لجنة الانضباط", "أحمد عيد", ""},
        // After a comma, a participle opening a quotation that runs to
        // the end of the sentence is a statement of its own.
        QuoteCase{"وقال أحمد عيد إن اتحاد القدم يسير وفق نظام، مبينا \"ليس "
                  "هناك أي خلافات حقيقية كما يعتقد البعض\".",
                  1, K::kDirect, "ليس هناك", "أحمد عيد", ""},
        // A cue with no content still names who speaks next, after his
        // office too.
        QuoteCase{"وأعلن رئيس الوزراء القطري التوصل إلى الاتفاق. وهدد وزير "
                  "الأمن القومي الإسرائيلي إيتمار بن غفير بالانسحاب من الحكومة "
                  "إذا تمت المصادقة على ما وصفه بـ\"الصفقة المتهورة\". وقال "
                  "في مؤتمر صحفي: \"سنستقيل من الحكومة\".",
                  0, K::kDirect, "سنستقيل", "إيتمار بن غفير", ""},
        // «عبر» opening a sentence is the verb (expressed), not «via», even
        // when «عن» comes later: its subject speaks in the participle.
        QuoteCase{
            "بعث الرئيس رشاد محمد العليمي برقية إلى الشيخ مشعل الأحمد في "
            "وفاة الشيخ نواف الأحمد الجابر الصباح. وقال الشيخ نواف الأحمد "
            "في كلمة سابقة إن الكويت بخير. وعبر الرئيس العليمي في "
            "البرقية باسمه، عن خالص العزاء، مؤكدا أن اليمن يشاطر الأشقاء "
            "أحزانهم.",
            1, K::kIndirect, "اليمن يشاطر", "رشاد محمد العليمي", ""},
        // «وجاء في البيان»: the one who issued the document the text
        // brought up, named last before it.
        QuoteCase{"أصدرت وزارة الخارجية بيانا بشأن الهجوم. وجاء في البيان: "
                  "\"إن المملكة تدين الهجوم\".",
                  0, K::kDirect, "إن المملكة", "وزارة الخارجية", ""},
        QuoteCase{
            "قرر رئيس الجمهورية عبد المجيد تبون تنظيم انتخابات مسبقة، وفق "
            "ما أعلنته رئاسة الجمهورية في بيان لها. وجاء في البيان أن "
            "\"الرئيس ترأس اجتماعا\".",
            1, K::kDirect, "الرئيس ترأس", "رئاسة الجمهورية", ""},
        // A quotation after a call's preposition with more coordinated
        // after it opens what was said.
        QuoteCase{"ودعا ماكرون الرئيس الصيني إلى “إعادة روسيا إلى رشدها” "
                  "والمساعدة في إعادة الجميع إلى طاولة المفاوضات.",
                  0, K::kMixed, "“إعادة روسيا", "ماكرون", ""},
        // …and so does one with its definite complement after it, or a
        // definite noun joined to it by «و».
        QuoteCase{"وشدد الملك سلمان على \"بطلان وعدم شرعية\" القرار الأمريكي "
                  "بالاعتراف بالقدس عاصمة لإسرائيل.",
                  0, K::kMixed, "\"بطلان وعدم شرعية\" القرار", "سلمان", ""},
        QuoteCase{"وأكد البيان الختامي \"مركزية القضية الفلسطينية\" والتمسك "
                  "بمبادرة السلام العربية.",
                  0, K::kMixed, "\"مركزية القضية الفلسطينية\" والتمسك", "",
                  "البيان الختامي"},
        // «عبّر X عن …، وقال»: «عبر» is the verb, its subject speaks on.
        QuoteCase{"وأكد الأمير عبدالله بن فهد أن الإنجاز غير مستغرب. من "
                  "جانبه عبر الفارس عبدالله الشربتلي عن اعتزازه بهذا الإنجاز "
                  "وقال: \"الحمد لله على تحقيق هذا الإنجاز\".",
                  1, K::kDirect, "الحمد لله", "عبدالله الشربتلي", ""},
        // A straight quotation never closed ends with its sentence: the
        // next cue has its own subject.
        QuoteCase{"وأضاف المدير: \"تم رصد 250 عاملاً خلال فترة المنع . وأكد "
                  "مدير فرع وزارة العمل عبدالله العليان أن الجولات مستمرة "
                  "وفقاً للمادة \"236\" من النظام.",
                  1, K::kMixed, "الجولات مستمرة", "عبدالله العليان", ""},
        // An office, where it is set off by commas, then its holder.
        QuoteCase{"تصل الشهب إلى ذروتها. وقال الباحث الفلكي، بقسم علوم الفلك "
                  "والفضاء بجامعة الملك عبدالعزيز، ملهم بن محمد هندي: \"هذه "
                  "الشهب تصل إلى ذروتها فجر الخميس\".",
                  0, K::kDirect, "هذه الشهب", "ملهم بن محمد هندي", ""},
        // Indirect after إن / أن / إلى أن, with the subject after the verb.
        QuoteCase{"وقال وزير الخارجية عادل الجبير إن المملكة ترحب بالاتفاق.", 0,
                  K::kIndirect, "المملكة ترحب", "عادل الجبير", ""},
        QuoteCase{"وأشار عادل الجبير إلى أن المحادثات ستستمر.", 0, K::kIndirect,
                  "المحادثات ستستمر", "عادل الجبير", ""},
        // Direct in guillemets, and the broken «:»…«» form.
        QuoteCase{"وقال عادل الجبير: «لا مكان للأسد في مستقبل سوريا».", 0,
                  K::kDirect, "لا مكان للأسد", "عادل الجبير", ""},
        QuoteCase{"وأضاف الجبير :»نحن نعمل مع شركائنا«.", 0, K::kDirect,
                  "نحن نعمل", "الجبير", ""},
        // Mixed: reported speech with a quoted fragment.
        QuoteCase{"وقال عادل الجبير إن بلاده \"لن تتهاون\" في أمنها.", 0,
                  K::kMixed, "بلاده", "عادل الجبير", ""},
        // An unnamed source keeps its description.
        QuoteCase{"وقال مصدر أمني إن الهجوم وقع فجرا.", 0, K::kIndirect,
                  "الهجوم وقع", "", "مصدر أمني"},
        // «المبعوث الأممي» after «مبعوث الأمم المتحدة إلى … X», with
        // another person named between.
        QuoteCase{"وقال مبعوث الأمم المتحدة إلى الشرق الأوسط نيكولاي ملادينوف "
                  "إن الحل بعيد.\nمن جهتها قالت وزيرة الخارجية الأمريكية "
                  "السابقة هيلاري كلينتون إن الحل ممكن.\nوأضاف المبعوث الأممي "
                  "أن الوضع خطير.",
                  2, K::kIndirect, "الوضع خطير", "نيكولاي ملادينوف", ""},
        // An office repeated word for word, however it was parsed, is the
        // person named right after it the first time.
        QuoteCase{"وقال نائب الرئيس الأول لقسم المنتجات في شركة \"فاير آي\" "
                  "مانيش جوبتا إن الهجمات تزداد.\nوقال وزير الاتصالات عبدالله "
                  "السواحه إن الشبكات آمنة.\nوأوضح نائب الرئيس الأول لقسم "
                  "المنتجات في شركة \"فاير آي\" أن الخدمة مكملة للمنصة.",
                  2, K::kIndirect, "الخدمة مكملة", "مانيش جوبتا", ""},
        // «سمو الأمير»: the office after the honorific, held by one man.
        QuoteCase{"وتوج حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد "
                  "المفدى الفريق الفائز.\nوقال مدرب المنتخب ليونيل سكالوني إن "
                  "الفوز مستحق.\nوكتب سمو الأمير في تغريدة: «شكرا لكل من ساهم "
                  "في هذا النجاح».",
                  1, K::kDirect, "شكرا لكل", "تميم بن حمد آل ثاني", ""},
        // «المدرب البرتغالي» is the one person the text wrote «البرتغالي»
        // before, not the other coach the text gave no country.
        QuoteCase{"أكد البرتغالي جوزيه جوميز، المدير الفني للزمالك، أن فريقه "
                  "قاتل.\nوقال مدرب الأهلي مارسيل كولر إن الفوز مستحق.\n"
                  "وأضاف المدرب البرتغالي أنه لن يعلق على التحكيم.",
                  2, K::kIndirect, "لن يعلق", "جوزيه جوميز", ""},
        // «وتوقع + an indefinite verbal noun» is a forecast; «وتوقع رجل
        // الأعمال … أن» keeps its subject.
        QuoteCase{"وتوقع رجل الأعمال زياد البسام أن يرتفع حجم التعاون.\n"
                  "وتوقع رفع حجم التعاون التجاري بين البلدين إلى 10 مليارات "
                  "دولار خلال 5 سنوات.",
                  1, K::kIndirect, "رفع حجم التعاون", "زياد البسام", ""},
        QuoteCase{"وتوقع رجل الأعمال زياد البسام أن يرتفع حجم التعاون.", 0,
                  K::kIndirect, "يرتفع حجم التعاون", "زياد البسام", ""},
        // A name set off by commas after the role, as wire copy writes it.
        QuoteCase{"وقال وزير الخارجية الروسي، سيرغي لافروف، إن المذكرة لم "
                  "تنفذ.",
                  0, K::kIndirect, "المذكرة لم", "سيرغي لافروف", ""},
        QuoteCase{"رحب حاكم مصرف سوريا المركزي، عبد القادر حصرية، بالقرار.\n"
                  "وقال حصرية إن المصرف سيكون مستقلا.",
                  0, K::kIndirect, "المصرف سيكون", "عبد القادر حصرية", ""},
        // The subject before «قد», and an adverb is no description.
        QuoteCase{"وكان الرئيس الأمريكي دونالد ترمب قد طالب مراراً بخفض أكبر "
                  "للفائدة.",
                  0, K::kIndirect, "بخفض", "دونالد ترمب", ""},
        // The outlet in quotation marks after «موقع».
        QuoteCase{"وبلغ سعر الدولار 9500 ليرة، وفق موقع \"الليرة اليوم\" "
                  "المتخصص.",
                  0, K::kIndirect, "وبلغ سعر", "الليرة اليوم", ""},
        // A family name without ال the tagger left out, used alone later;
        // «، فيما نفى X» turns to another party and ends the content.
        QuoteCase{"التمس النائب العام عقوبة ضد الوزيرين الأولين السابقين أحمد "
                  "أويحيى وعبد المالك سلال.\nوقال سلال أمام المحكمة إنه لم "
                  "يكن على علم بالحسابات، فيما نفى أويحيى التهم.",
                  0, K::kIndirect, "لم يكن", "عبد المالك سلال", ""},
        // The announced verbal noun after the subject and a day set off by
        // commas.
        QuoteCase{"أعلن وزير الصحة الدكتور سعد جابر، مساء الاثنين، تسجيل 8 "
                  "إصابات جديدة بفيروس كورونا.",
                  0, K::kIndirect, "تسجيل 8", "سعد جابر", ""},
        // «نقل X عن وزير المالية Y قوله»: the office's holder speaks; the
        // first name the tagger left out is put back.
        QuoteCase{"نقل الناطق الرسمي باسم الحكومة طارق المزرم عن وزير المالية "
                  "خليفة حمادة قوله إن الميزانية تتضمن مصروفات كبيرة.",
                  0, K::kIndirect, "الميزانية تتضمن", "خليفة حمادة", ""},
        // «وقال للصحافيين …»: to whom, not who; the speaker goes on.
        QuoteCase{"وأدان الأمين العام للأمم المتحدة أنطونيو جوتيريس القتال، "
                  "وقال للصحافيين في نيويورك إن الوضع كارثي.",
                  0, K::kIndirect, "الوضع كارثي", "أنطونيو جوتيريس", ""},
        // «الناخب الوطني» (the national coach in Maghreb press) is an office.
        QuoteCase{"وكشف الناخب الوطني وليد الركراكي عن قائمة اللاعبين.\nوقال "
                  "الناخب الوطني إن أشرف حكيمي تعافى تماما.",
                  1, K::kIndirect, "أشرف حكيمي", "وليد الركراكي", ""},
        // People joined by «و» speak together, named as written.
        QuoteCase{"وقال المواطنون سعد إبراهيم ومحمد حديدي وشائع عداوي إن "
                  "المحافظة تحتاج إلى خدمات.",
                  0, K::kIndirect, "المحافظة تحتاج", "",
                  "سعد إبراهيم ومحمد حديدي وشائع عداوي"},
        // … or after the subject's office set off by commas.
        QuoteCase{"أكد الإسباني فيليكس سانشيز، المدير الفني لمنتخبنا الوطني، "
                  "جاهزية الفريق لمواجهة الإكوادور غداً على استاد البيت.",
                  0, K::kIndirect, "جاهزية الفريق", "فيليكس سانشيز", ""},
        // «المصدر» is the source introduced before.
        QuoteCase{"وقال مصدر دبلوماسي عربي، لم يتم تسميته، إن الاجتماع تأجل.\n"
                  "وأضاف المصدر ـ الذي فضل عدم ذكر اسمه ـ أن النتائج ستظهر "
                  "قريبا.",
                  1, K::kIndirect, "النتائج ستظهر", "", "مصدر دبلوماسي عربي"},
        // An office without a nationality is the holder the text gave no
        // country, not his Egyptian counterpart.
        QuoteCase{"وتحدث وزير الخارجية عادل الجبير في مؤتمر صحفي مع وزير "
                  "الخارجية المصري سامح شكري عن اللقاء. كما شدد وزير الخارجية "
                  "على أن عودة السفير مرتبطة بالوضع الأمني.",
                  0, K::kIndirect, "عودة السفير", "عادل الجبير", ""},
        // A chain without subject continues the previous speaker.
        QuoteCase{"وقال عادل الجبير إن المملكة ترحب بالاتفاق.\n"
                  "وأضاف أن التعاون سيستمر مع الشركاء.",
                  1, K::kIndirect, "التعاون سيستمر", "عادل الجبير", ""},
        // A participle after a statement is a new statement by the same
        // speaker.
        QuoteCase{"وقال عادل الجبير إن المملكة ترحب بالاتفاق، مشيرا إلى أن "
                  "التعاون سيستمر.",
                  1, K::kIndirect, "التعاون سيستمر", "عادل الجبير", ""},
        // A trailing attribution.
        QuoteCase{"وارتفعت أسعار النفط بنسبة كبيرة خلال الأسبوع، وفقا لوكالة "
                  "رويترز.",
                  0, K::kIndirect, "وارتفعت أسعار النفط", "رويترز", ""},
        // A headline-style line «X: …» is not required; a scare quote with
        // no cue is no quote (checked below).
        QuoteCase{"وأكد عادل الجبير على ضرورة التعاون بين دول المنطقة.", 0,
                  K::kIndirect, "ضرورة التعاون", "عادل الجبير", ""},
        // Content that is a noun phrase, without a preposition or with ب.
        QuoteCase{"وأكد عادل الجبير ضرورة التعاون بين دول المنطقة.", 0,
                  K::kIndirect, "ضرورة التعاون", "عادل الجبير", ""},
        QuoteCase{"وطالب عادل الجبير بوقف فوري لإطلاق النار في اليمن.", 0,
                  K::kIndirect, "بوقف فوري", "عادل الجبير", ""},
        // A new statement whose complementizer or colon comes long after
        // its verb ends the one before.
        QuoteCase{"وأكد عادل الجبير أن المملكة ترحب بالاتفاق وقال وزير "
                  "الخارجية المصري سامح شكري خلال المؤتمر الصحفي المشترك في "
                  "الرياض إن القاهرة تدعم الحل.",
                  1, K::kIndirect, "القاهرة تدعم", "سامح شكري", ""},
        QuoteCase{"شدد عادل الجبير على أهمية الحوار، وقال الجبير في المؤتمر "
                  "الصحفي مساء أمس: نحن نعمل مع شركائنا في المنطقة.",
                  1, K::kDirect, "نحن نعمل", "عادل الجبير", ""},
        // A role, then a prepositional phrase, then the name: the name
        // speaks.
        QuoteCase{"وقال وزير الخارجية في حكومة \"الوفاق\" سامح شكري إن "
                  "القاهرة تدعم الحل.",
                  0, K::kIndirect, "القاهرة تدعم", "سامح شكري", ""},
        // «وبدوره أكد … أن»: a new statement by another speaker.
        QuoteCase{"وقال عادل الجبير: نحن نعمل مع شركائنا في المنطقة، وبدوره "
                  "أكد وزير الخارجية المصري سامح شكري أن القاهرة تدعم الحل.",
                  1, K::kIndirect, "القاهرة تدعم", "سامح شكري", ""},
        // A stray closing " does not open a quotation over what follows.
        QuoteCase{"وأوضح عادل الجبير أن المملكة ترحب بالاتفاق\". وأضاف "
                  "\"الجبير\" أن التعاون سيستمر مع الشركاء.",
                  1, K::kIndirect, "التعاون سيستمر", "عادل الجبير", ""},
        // «، معتبرا …»: a participle with a noun phrase is a new statement.
        QuoteCase{"وقال عادل الجبير إن المملكة ترحب بالاتفاق، معتبرا الخطوة "
                  "مهمة للمنطقة.",
                  1, K::kIndirect, "الخطوة مهمة", "عادل الجبير", ""},
        // «طالب … بـ»: the place after ب is not what was asked for.
        QuoteCase{"وطالب عدد من المسافرين بالمطار الجديد بسرعة إصلاح "
                  "أجهزة التكييف في الصالات.",
                  0, K::kIndirect, "بسرعة إصلاح", "", "عدد من المسافرين"},
        // «الوزير» alone: the one person whose office has that head.
        QuoteCase{"افتتح وزير الصحة توفيق الربيعة المستشفى الجديد في جدة.\n"
                  "وقال الوزير في كلمته خلال الحفل إن المشروع يخدم مليون نسمة.",
                  0, K::kIndirect, "المشروع يخدم", "توفيق الربيعة", ""},
        // «، محذرا من …» after a statement: the warning is the speaker's
        // next statement.
        QuoteCase{"وأشار عادل الجبير إلى أن الأمطار لم تخلف أي أضرار، محذرا "
                  "في الوقت نفسه من الاقتراب من مجاري السيول.",
                  1, K::kIndirect, "الاقتراب من مجاري", "عادل الجبير", ""},
        // An unnamed source speaks, not the body it belongs to, which its
        // description keeps.
        QuoteCase{"وقال مصدر مسؤول في وزارة الخارجية إن الوفد سيصل غدا.", 0,
                  K::kIndirect, "الوفد سيصل", "",
                  "مصدر مسؤول في وزارة الخارجية"},
        // «سموه»: the person the article is about.
        QuoteCase{"استقبل الأمير فيصل بن بندر وفدا من رجال الأعمال.\n"
                  "وأكد سموه أن المنطقة تشهد نموا كبيرا.",
                  0, K::kIndirect, "المنطقة تشهد", "فيصل بن بندر", ""},
        // «عن الشيخ X قوله»: past the honorific.
        QuoteCase{"ونقلت وكالة الأنباء الكويتية عن الشيخ طلال الفهد قوله إن "
                  "الكويت جاهزة للبطولة.",
                  0, K::kIndirect, "الكويت جاهزة", "طلال الفهد", ""},
        // The cue after what was said.
        QuoteCase{"\"المملكة تدعم الحل السياسي في اليمن\"، قال وزير "
                  "الخارجية عادل الجبير.",
                  0, K::kDirect, "المملكة تدعم", "عادل الجبير", ""},
        QuoteCase{"المملكة تدعم الحل السياسي في اليمن، هذا ما أكده وزير "
                  "الخارجية عادل الجبير.",
                  0, K::kIndirect, "المملكة تدعم", "عادل الجبير", ""},
        QuoteCase{"\"المملكة تدعم الحل السياسي في اليمن\"، بحسب عادل "
                  "الجبير.",
                  0, K::kDirect, "المملكة تدعم", "عادل الجبير", ""},
        // A description only one person fits: the nationality of his role.
        QuoteCase{"وقال وزير الخارجية المصري سامح شكري إن القاهرة تدعم الحل.\n"
                  "وأكد الدبلوماسي المصري أن المفاوضات مستمرة.",
                  1, K::kIndirect, "المفاوضات مستمرة", "سامح شكري", ""},
        // «حسب» naming a rule, not a source, leaves the next statement
        // free («، مؤكدا بأن …» after «حسب مواصفات التصنيع»).
        QuoteCase{"وأشار إبراهيم المغير إلى أن البلك منافس، مشيرا إلى أن "
                  "السعر يتراوح حسب مواصفات التصنيع، مؤكدا بأن الصخور "
                  "البركانية كنز.",
                  2, K::kIndirect, "الصخور البركانية", "إبراهيم المغير", ""},
        // «جدد … التأكيد على أن …» reports a statement.
        QuoteCase{"وجدد الدكتور عبدالله آل الشيخ التأكيد على أن الحادث لن "
                  "يزيد رجال الأمن إلا ثباتا.",
                  0, K::kIndirect, "الحادث لن يزيد", "عبدالله آل الشيخ", ""},
        // «الأخير»: the person named last; «أعلن عن …» reports.
        QuoteCase{"وشكر الأمير عبدالرحمن بن مساعد رئيس الاتحاد ابراهيم البلوي "
                  "بعد أن أعلن الأخير عن دعمه الكامل للهلال.",
                  0, K::kIndirect, "دعمه الكامل", "ابراهيم البلوي", ""},
        // «ووجه X رسالة للجمهور بأن …».
        QuoteCase{"ووجه الأمير عبدالرحمن بن مساعد رسالة للجمهور بأن الفريق "
                  "يحتاجهم في لقاء الغد.",
                  0, K::kIndirect, "الفريق يحتاجهم", "عبدالرحمن بن مساعد", ""},
        // «البيان» is the statement of the body that just spoke.
        QuoteCase{"وقال الائتلاف السوري في بيان إن المشاورات مستمرة.\n"
                  "وأفاد البيان بأنه سيتم الإعلان عن النتائج فور انتهائها.",
                  1, K::kIndirect, "سيتم الإعلان", "الائتلاف السوري", ""},
        // A warning participle with «من» opens a statement without a comma.
        QuoteCase{"وقال يورجين تودنهوفر إن على إيران أن تمتنع عن دعم "
                  "التنظيمات في المنطقة محذرا من أي طموحات إيرانية لأي تمدد "
                  "طائفي.",
                  1, K::kIndirect, "أي طموحات", "يورجين تودنهوفر", ""},
        // «لـ"سبق"» is whom he spoke to, not the speaker.
        QuoteCase{"وقال عبدالله الفيفي إن زوجته كانت تحلم بالطب.\n"
                  "وقال لـ\"سبق\" إن زوجته تعمل معلمة منذ عشرين عاما.",
                  1, K::kIndirect, "زوجته تعمل", "عبدالله الفيفي", ""},
        // A leading attribution's source without its «ل».
        QuoteCase{"ووفقا للتقرير فإن المعيار الأول للتراجع هو تراجع قيمة "
                  "العقود.",
                  0, K::kIndirect, "المعيار الأول", "", "التقرير"},
        // «وقال:» later in the sentence of a statement is its speaker's, not
        // the body in his office («مدير الأمن العام»).
        QuoteCase{"كشف مدير الأمن العام الفريق عثمان بن ناصر المحرج أن "
                  "التحقيقات لا تزال جارية، وقال: نحن لا نلتفت للتصريحات.",
                  1, K::kDirect, "نحن لا نلتفت", "عثمان بن ناصر المحرج", ""},
        // «مؤكدة» after «مصادر» is an adjective, not a second cue.
        QuoteCase{"وأكدت مصادر مؤكدة لـ\"الرياضي\" أن لجنة الاحتراف ستصدر "
                  "قرارا نهائيا اليوم.",
                  0, K::kIndirect, "لجنة الاحتراف", "", "مصادر مؤكدة"},
        // «… مع X لسؤاله …، فأكد أن …»: the one asked answers.
        QuoteCase{"وتواصلت الصحيفة مع رئيس اللجنة الدكتور عبدالله البرقان "
                  "لسؤاله عن الاجتماع، فأكد أن القرارات ستكون حاسمة.",
                  0, K::kIndirect, "القرارات ستكون", "عبدالله البرقان", ""},
        // A quoted outlet between a verb and its «إلى أن» does not hide the
        // new statement.
        QuoteCase{"وقال ناصر العنزي إن الحرارة شديدة في الصالة وأشار عدد من "
                  "المسافرين لـ «المدينة» إلى أن توقف المكيفات دفع البعض إلى "
                  "استخدام الصحف.",
                  1, K::kIndirect, "توقف المكيفات", "", "عدد من المسافرين"},
        // «متمنيا أن …» and «يشكو … من أن …» report speech.
        QuoteCase{"وأشاد باسم أبوداود بروح اللاعبين متمنيا أن يقدم الفريق "
                  "أفضل مستوياته في الموسم.",
                  0, K::kIndirect, "يقدم الفريق", "باسم أبوداود", ""},
        // An outlet named in quotation marks after its head.
        QuoteCase{"وذكرت صحيفة «لا ريبابليكا» أن فيورنتينا مصمم على اللجوء "
                  "إلى لجنة التحكيم.",
                  0, K::kIndirect, "فيورنتينا مصمم", "لا ريبابليكا", ""},
        // «لوكالة فرانس برس» says to whom: the source's description ends
        // before it.
        QuoteCase{"وقال مصدر أمني مصري لوكالة فرانس برس، طالبا عدم الكشف عن "
                  "هويته، إن معبر رفح سيفتح.",
                  0, K::kIndirect, "معبر رفح", "", "مصدر أمني مصري"},
        // Reported content that is one whole quotation is direct speech.
        QuoteCase{"وقال وزير الدفاع الإسرائيلي يوآف غالانت، في بيان، إن \"حماس "
                  "ستدفع ثمنا باهظا\".",
                  0, K::kDirect, "حماس ستدفع", "يوآف غالانت", ""},
        // A role ends before a detached «ل», and a definite head after a
        // name's first role opens a second one: «المتحدث باسم قوات التحالف»
        // is عسيري's «المتحدث باسم التحالف».
        QuoteCase{"أكد العميد ركن أحمد عسيري المتحدث باسم التحالف المستشار في "
                  "مكتب وزير الدفاع أن الدعم في تطور مستمر.\n"
                  "وقال المتحدث باسم قوات التحالف ل\"الرياض\" إن العمل يتم "
                  "بشكل متكامل.",
                  1, K::kIndirect, "العمل يتم", "أحمد عسيري", ""},
        // «فور وصوله» is an adjunct, not the subject.
        QuoteCase{"وصل رئيس الوزراء خالد بحاح إلى مطار عدن أمس. وقال فور وصوله "
                  "في تصريحات إلى الصحفيين \"عودتي إلى عدن جزء من عملية "
                  "تحريرها\".",
                  0, K::kDirect, "عودتي إلى عدن", "خالد بحاح", ""},
        // «الأول» and «الآخر»: the earlier and the later of two parties.
        QuoteCase{"اشتعلت الأزمة بين نادي الطائي ونادي الرائد، حيث يؤكد الأول "
                  "أنه لن يعيد الشيك، فيما أكد الآخر أنه سيتقدم بشكوى.",
                  1, K::kIndirect, "سيتقدم بشكوى", "نادي الرائد", ""},
        // «يقول» + the speaker's name + his words, with no mark at all.
        QuoteCase{"ويقول عبدالعزيز الزهراني تشهد المطابخ توافد أعداد كبيرة من "
                  "المواطنين.",
                  0, K::kDirect, "تشهد المطابخ", "عبدالعزيز الزهراني", ""},
        QuoteCase{"وأوضح سعيد الغامدي أن الأسعار مرتفعة. وعن الأسعار قال أعتقد "
                  "أنها مناسبة فليس هناك تغير.",
                  1, K::kDirect, "أعتقد أنها", "سعيد الغامدي", ""},
        // «أكد X ضبط …»: the verbal noun right after the named subject.
        QuoteCase{"أكد الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد عاطي بن "
                  "عطية القرشي ضبط عدد من المتهمين بالتورط في الواقعة.",
                  0, K::kIndirect, "ضبط عدد", "عاطي بن عطية القرشي", ""},
        // A plural verb with no subject: the plural group named before it,
        // in the paragraph before too.
        QuoteCase{"اتفق سياسيون أردنيون على أهمية نتائج الزيارة لتعزيز العمل "
                  "العربي المشترك.\n"
                  "واعتبروا في تصريحات لـ «عكاظ» أن دور المملكة يجعل توثيق "
                  "العلاقات معها مصلحة أردنية.",
                  0, K::kIndirect, "دور المملكة", "", "سياسيون أردنيون"},
        QuoteCase{"ما أثار حفيظة الآلاف من رواد شبكات التواصل الذين طالبوا "
                  "بضبط المتورطين ومعاقبتهم.",
                  0, K::kIndirect, "بضبط المتورطين", "", "رواد شبكات التواصل"},
        // «علمت (الرياضي) من مصادر مؤكدة أن …»: the sources speak.
        QuoteCase{"يتوقع أن ينتقل اللاعب إلى النصر بعد أن علمت (الرياضي) من "
                  "مصادر مؤكدة أن لجنة الاحتراف ستصدر قرارا نهائيا اليوم.",
                  0, K::kIndirect, "لجنة الاحتراف", "", "مصادر مؤكدة"},
        // A relative clause whose verb reports the named person's words.
        QuoteCase{"وذكر البيت الأبيض أن المسألة تشكل أولوية للرئيس باراك "
                  "أوباما الذي تعهد بإغلاق القاعدة العسكرية عند توليه منصبه.",
                  1, K::kIndirect, "بإغلاق القاعدة", "باراك أوباما", ""},
        // The relative clause's statement is background: «واضاف» in the
        // next sentence goes on with the sentence's own speaker, while a
        // «و» verb in the same sentence goes on with the relative's.
        QuoteCase{"وذكر المتحدث جوش ايرنست ان المسألة اولوية للرئيس باراك "
                  "أوباما الذي تعهد بإغلاق القاعدة العسكرية. واضاف «ان ابقاء "
                  "هذا السجن مفتوحا لا يجدي».",
                  2, K::kDirect, "ان ابقاء", "جوش ايرنست", ""},
        // …but not when the name is all the statement has so far: it is
        // the subject of «ان», and the predicate comes after the clause.
        QuoteCase{"اعتبر رئيس الاتحاد الاسيوي لكرة القدم سلمان ال خليفة ان "
                  "الفرنسي ميشال بلاتيني الذي اعلن امس ترشحه لرئاسة الاتحاد "
                  "الدولي \"مرشح فريد من نوعه يمكن ان يجلب الاستقرار\".",
                  0, K::kMixed, "الفرنسي ميشال بلاتيني الذي اعلن امس",
                  "سلمان ال خليفة", ""},
        // The same words that introduced a named person stand for him: a
        // relative by kinship, and an office after the name.
        QuoteCase{"وأشار والد الشهيد، دواس آل منصور، الذي يعمل عسكريا إلى أن "
                  "المقذوف هو الأول.\nوأشار والد الشهيد إلى أن الابن يعوض.",
                  1, K::kIndirect, "الابن يعوض", "دواس آل منصور", ""},
        QuoteCase{"أوضح ذلك \"محمد العقيل\" مدير عام جمرك مطار الملك عبد "
                  "العزيز الدولي، وقال: تم إحباط الكمية.\nوأشار مدير عام جمرك "
                  "مطار الملك عبد العزيز الدولي بجدة إلى أن العصابات تلجأ إلى "
                  "طرق سرية.",
                  1, K::kIndirect, "العصابات تلجأ", "محمد العقيل", ""},
        // «كان» + a subject no one named + «قد» + cue: the name after the
        // cue is whom it addressed, not who spoke.
        QuoteCase{"وكان مسؤول في اقليم كردستان العراقي قد طالب تركيا بوقف "
                  "غاراتها الجوية على مواقع الحزب.",
                  0, K::kIndirect, "بوقف غاراتها", "",
                  "مسؤول في اقليم كردستان العراقي"},
        // An office right after the verb, where it serves, then its
        // holder: the holder is the sentence's subject, and «وشدد» his.
        QuoteCase{"وانتقد مسؤول العلاقات الخارجية في حكومة الاقليم فلاح "
                  "مصطفى قرار حزب العمال الكردستاني بإنهاء الهدنة، وشدد على ان "
                  "قصف مواقع المتمردين ليس الحل الانسب.",
                  0, K::kIndirect, "قصف مواقع", "فلاح مصطفى", ""},
        // A definite office right after the opening verb (past «من جهة
        // اخرى») is the subject, before the names in the object.
        QuoteCase{"وقال المسؤول الكردي فلاح مصطفى إن الحل سياسي.\nمن جهة "
                  "اخرى رحب المسؤول الكردي بقرار تركيا الانضمام الى الحملة "
                  "التي يشنها التحالف الدولي، ولكنه أوضح أن نزاع تركيا مع "
                  "الحزب قضية مختلفة.",
                  1, K::kIndirect, "نزاع تركيا", "فلاح مصطفى", ""},
        // A group right after the verb, its chain ended by a definite
        // word: the subject; the body after it is whom it addressed.
        QuoteCase{"طالب عدد من أصحاب مكاتب حجاج الداخل وزارة الحج بالسماح "
                  "لهم باستقبال الطلبات.",
                  0, K::kIndirect, "بالسماح لهم", "",
                  "عدد من أصحاب مكاتب حجاج الداخل"},
        // A masculine participle after a man relayed a man's words goes
        // with the relayer, the sentence's subject.
        QuoteCase{"ونقل المستشار محمد الحمصاني، المتحدث الرسمي باسم مجلس "
                  "الوزراء، عن رئيس الوزراء مصطفى مدبولي تأكيده أن «تكلفة "
                  "الوقود تبلغ نحو مليار دولار»، مشيراً إلى أن ٢١ شحنة من الغاز "
                  "وصلت إلى الموانئ.",
                  1, K::kIndirect, "٢١ شحنة", "محمد الحمصاني", ""},
        // A relative by his pronoun, then his name: the subject.
        QuoteCase{"وقال محمد السيد لـ«الشروق»: «بناتي كانوا بيشتغلوا».\nوأكد "
                  "عمهما عبد الله السيد أن الأسرة لم تتلق أي اتصال.",
                  1, K::kIndirect, "الأسرة لم", "عبد الله السيد", ""},
        QuoteCase{"ونشر الموقع تصريحا لرئيس النادي كريستيان بيك الذي أعلن عن "
                  "تفاجئه من الحديث وأكد أنه لم يشعر بشيء مطلقا.",
                  1, K::kIndirect, "لم يشعر", "كريستيان بيك", ""},
        // «سماحته» opening the chain is the article's person, however
        // little the text names him.
        QuoteCase{"وصف سماحة مفتي عام المملكة رئيس هيئة كبار العلماء رئيس "
                  "اللجنة الدائمة للبحوث العلمية والإفتاء الشيخ عبدالعزيز بن "
                  "عبدالله آل الشيخ حادثة التفجير الغاشم الذي استهدف مسجد قوات "
                  "الطوارئ الخاصة بمنطقة عسير في السعودية ، ونتج عنه استشهاد "
                  "عشرة من منسوبي قوات الطوارئ الخاصة في السعودية.\nوأضاف "
                  "سماحته : هذه الأحداث لن تبعدنا عن مبادئنا.",
                  0, K::kDirect, "هذه الأحداث", "عبدالعزيز بن عبدالله آل الشيخ",
                  ""},
        // A body's head alone is the one body with that head named before
        // it, when another is named only later.
        QuoteCase{"قررت لجنة السياسة النقدية بالبنك المركزي المصري خفض سعر "
                  "الفائدة.\nوقال البنك في بيان إن القرار يعكس التطورات.\n"
                  "وأكد مصرفيون أن البنك الأهلي المصري سيعقد اجتماعا غدا.",
                  0, K::kIndirect, "القرار يعكس", "البنك المركزي المصري", ""},
        // A source is unnamed; a name after it is where it works.
        QuoteCase{"وقال مصدر طبي في مستشفى رفيق الحريري لـ\"العربي الجديد\" "
                  "إن قسم العزل استقبل عشرات الحالات.",
                  0, K::kIndirect, "قسم العزل", "",
                  "مصدر طبي في مستشفى رفيق الحريري"},
        // «المصدر ذاته» is the unnamed source quoted last.
        QuoteCase{"وأوضح مصدر من المديرية الجهوية للصحة أن الأسر ترددت في "
                  "التلقيح. وتابع المصدر ذاته أن الحملة الأولى لم تحقق "
                  "أهدافها.",
                  1, K::kIndirect, "الحملة الأولى", "",
                  "مصدر من المديرية الجهوية للصحة"},
        // A second office stacked after the first one's complement.
        QuoteCase{"قال مصطفى بايتاس، الوزير المنتدب لدى رئيس الحكومة المكلف "
                  "بالعلاقات مع البرلمان الناطق الرسمي باسم الحكومة، إن "
                  "الوضع تحت السيطرة.\nوأضاف الناطق الرسمي أن الوزارة أطلقت "
                  "حملة ثانية.",
                  1, K::kIndirect, "الوزارة أطلقت", "مصطفى بايتاس", ""},
        // A masculine participle goes with the person, not the body named
        // after him; a byline before the verb is no subject.
        QuoteCase{"دافع وزير الطاقة السعودي الأمير عبد العزيز بن سلمان عن "
                  "قرار تحالف \"أوبك+\" خفض الإنتاج، مؤكدا أن القرار فني "
                  "بحت.",
                  0, K::kIndirect, "القرار فني", "عبد العزيز بن سلمان", ""},
        // «الوزير» with two ministers in the article: the one who spoke
        // last, named before.
        QuoteCase{"دافع وزير الطاقة السعودي الأمير عبد العزيز بن سلمان عن "
                  "القرار، مؤكدا أنه فني بحت.\nوقال الوزير: \"نحن مسؤولون "
                  "عن استقرار السوق\".\nمن جهته، قال وزير النفط العراقي "
                  "إحسان عبد الجبار إن بلاده ملتزمة بالقرار.",
                  1, K::kDirect, "نحن مسؤولون", "عبد العزيز بن سلمان", ""},
        // After an office, a second name right after the first holds it;
        // the first is whose office it is.
        QuoteCase{"وقال المتحدث الرسمي باسم المكتب الإعلامي لرئيس مجلس الوزراء "
                  "حيدر العبادي سعد الحديثي لـ\"الوطن\": إن الحكومة العراقية "
                  "ترفض القصف.",
                  0, K::kDirect, "الحكومة العراقية", "سعد الحديثي", ""},
        // A body's office named by the body's kind («أمانة المنظمة») is
        // the body of that kind named before.
        QuoteCase{"استنكرت منظمة التعاون الإسلامي تصريحات نوري المالكي. "
                  "وأشارت أمانة المنظمة إلى أن هذه الادعاءات تنافي الواقع.",
                  0, K::kIndirect, "هذه الادعاءات", "منظمة التعاون الإسلامي",
                  ""},
        // A body ending an office right before the cue is the office's;
        // its holder speaks.
        QuoteCase{"تزور وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني الرياض "
                  "اليوم.\nوكانت وزيرة خارجية الاتحاد الأوروبي أكدت أن "
                  "الاتفاق النووي سيحد من قدرات إيران.",
                  0, K::kIndirect, "الاتفاق النووي", "فيديريكا موغيريني", ""},
        // A speaker written as nothing but a place's name is that place.
        QuoteCase{"واتفق البلدان على تطبيع العلاقات مع الولايات المتحدة. كما "
                  "طالبت كوبا باستعادة الاراضي التي تقيم عليها واشنطن قاعدتها.",
                  0, K::kIndirect, "باستعادة", "كوبا", ""},
        // «لموقع سيتي»: a name governed by a ل-noun is whom it was said to.
        QuoteCase{"وقع مانشستر سيتي عقدا جديدا مع براندون باركر.\n"
                  "وقال باركر \"كان هذا الوقت الأمثل لتوقيع العقد\". وأضاف "
                  "لموقع سيتي على الانترنت \"أنا بحاجة لترك بصمة في "
                  "التدريبات\".",
                  1, K::kDirect, "أنا بحاجة", "براندون باركر", ""},
        // A plural verb's group can be «عدد من X».
        QuoteCase{"وفي هذا السياق التقى عدد من أبناء المدينة بالمسؤولين في مقر "
                  "المحافظة. وذكروا أن معاناة الأطفال كادت ألا تنتهي.",
                  0, K::kIndirect, "معاناة الأطفال", "",
                  "عدد من أبناء المدينة"},
        // A description that is a short name of one body the article names.
        // (The tagger no longer finds «حديقة أسماك ميامي»: a university.)
        QuoteCase{"رفعت جماعات حقوقية دعوى ضد جامعة ميامي الأمريكية. وتقول "
                  "الجامعة الأمريكية إنها توفر رعاية ممتازة للطلاب.",
                  0, K::kIndirect, "توفر رعاية", "جامعة ميامي الأمريكية", ""},
        // A source first, then a reporting verb with its own subject: the
        // subject speaks.
        QuoteCase{"وبحسب \"الألمانية\"، فقد ذكرت شركة إكسون موبيل أن صافي "
                  "أرباحها تراجع إلى 4.19 مليار دولار.",
                  0, K::kIndirect, "صافي أرباحها", "إكسون موبيل", ""},
        // «في إشارة منه إلى أن …» after direct speech: the speaker's next
        // statement.
        QuoteCase{"وقال المهندس محمد العتيبي: إن البلك البركاني لم يدخل في "
                  "مرحلة الشهرة حتى الآن في إشارة منه إلى أن المعوق الوحيد له "
                  "هو ارتفاع سعره.",
                  1, K::kIndirect, "المعوق الوحيد", "محمد العتيبي", ""},
        // The outlet told after «لـ» / «لشبكة» is neither what was said nor
        // part of the source's description.
        QuoteCase{"وقالت مصادر لـ\"سكاي نيوز عربية\" إن الاتفاق بات وشيكا.", 0,
                  K::kIndirect, "الاتفاق بات", "", "مصادر"},
        QuoteCase{"وصرح مسؤول رفيع المستوى لشبكة \"سي إن إن\" بأن واشنطن لن "
                  "تتدخل.",
                  0, K::kIndirect, "واشنطن لن", "", "مسؤول رفيع المستوى"},
        // A nationality names a person only after a noun for one.
        QuoteCase{"وقال الناطق باسم الحكومة الإسرائيلية إيلون ليفي إن الجيش "
                  "سيواصل عملياته. وأفادت وسائل إعلام إسرائيلية بأن الحكومة "
                  "ستجتمع مساء اليوم.",
                  1, K::kIndirect, "الحكومة ستجتمع", "",
                  "وسائل إعلام إسرائيلية"},
        // The writer's «على حد قوله» is not part of the content.
        QuoteCase{"وأشار سامح شكري إلى أن الوضع \"كارثي\" على حد قوله.", 0,
                  K::kMixed, "الوضع", "سامح شكري", ""},
        // «ورد المتحدث الإسرائيلي قائلا إن …»: the unnamed subject before
        // the participle speaks.
        QuoteCase{"ويرى مراقبون أن الحرب قد تطول. ورد المتحدث الإسرائيلي قائلا "
                  "إن \"حماس تتحمل المسؤولية\".",
                  1, K::kDirect, "حماس تتحمل", "", "المتحدث الإسرائيلي"},
        // «كما بينوا أن …»: a plural cue opens a new statement.
        QuoteCase{
            "وحذر خطباء الجوامع من الشبهات التي يدعمها الأعداء، كما بينوا "
            "أن الأنفس المعصومة لا يجوز الاعتداء عليها.",
            1, K::kIndirect, "الأنفس المعصومة", "", "خطباء الجوامع"},
        // «المشرف العام على …»: «على» belongs to the office, and «علي
        // الغامدي» is a name, not the preposition it looks like once
        // normalised.
        QuoteCase{"من جانبه، كشف المشرف العام على العلاقات العامة والإعلام في "
                  "وزارة الحج علي الغامدي، أن لجان المراقبة رصدت مبالغات "
                  "كبيرة.",
                  0, K::kIndirect, "لجان المراقبة", "علي الغامدي", ""},
        // «في كلمة بمناسبة … نقلتها وكالة الأنباء»: the agency carried the
        // speech; the subject of «قال» spoke.
        QuoteCase{"وقال ولي العهد الأمير محمد بن سلمان، في كلمة بمناسبة إقرار "
                  "الميزانية نقلتها وكالة الأنباء السعودية «واس»، إن «الاقتصاد "
                  "السعودي يواصل نموه القوي».",
                  0, K::kDirect, "الاقتصاد السعودي", "محمد بن سلمان", ""},
        // «وقال في بيان صادر عن مكتب الإعلام …»: the office issued the
        // statement; the person the sentence is about said it.
        QuoteCase{"ونعى رئيس الجمهورية العماد جوزاف عون الراحل، وقال في بيان "
                  "صادر عن مكتب الإعلام في رئاسة الجمهورية إن \"زياد لم يكن "
                  "مجرد فنان\".",
                  0, K::kDirect, "زياد لم يكن", "جوزاف عون", ""},
        // «تقديرات الصندوق»: the figures of the body «الصندوق» names, as
        // the subject of a verb and after «بحسب».
        QuoteCase{"خفض صندوق النقد الدولي توقعاته للنمو. وأشارت تقديرات "
                  "الصندوق إلى أن التضخم سيرتفع.",
                  0, K::kIndirect, "التضخم", "صندوق النقد الدولي", ""},
        QuoteCase{"خفض صندوق النقد الدولي توقعاته للنمو. وبحسب تقديرات "
                  "الصندوق فإن الأثر الفوري للعقوبات هو تقليص الناتج.",
                  0, K::kIndirect, "الأثر الفوري", "صندوق النقد الدولي", ""},
        // «وأوصى … المسلمين باغتنام …»: a recommendation with its «ب»
        // content after the object; «وبرر … قراره بأن …»: a justification.
        QuoteCase{"وأوصى المفتي العام للمملكة الشيخ عبدالعزيز آل الشيخ "
                  "المسلمين باغتنام أيام الشهر ولياليه في الطاعات.",
                  0, K::kIndirect, "باغتنام أيام", "عبدالعزيز آل الشيخ", ""},
        QuoteCase{"وبرر رئيس الحكومة عبد الحميد الدبيبة قراره بأن «المؤسسة "
                  "تحتاج إلى دماء جديدة».",
                  0, K::kDirect, "المؤسسة تحتاج", "عبد الحميد الدبيبة", ""},
        // «، مهمتها التأكد …» is a noun with its pronoun, not the writer's
        // participle: the statement runs on.
        QuoteCase{"وأوضح مدير التعليم سعد الجبار أن اللجان ستستقبل المرشحين، "
                  "لافتاً النظر إلى أن هناك لجنة طبية ستكون ضمن اللجان "
                  "العاملة، مهمتها التأكد من سلامة حواس المرشح.",
                  1, K::kIndirect,
                  "هناك لجنة طبية ستكون ضمن اللجان العاملة، "
                  "مهمتها التأكد",
                  "سعد الجبار", ""},
        // «تؤكد حالياً بأنها …»: an adverb is no speaker; the speaker goes on.
        QuoteCase{"وقال رافع الرفاعي إن الوضع سيئ. وذكر بأن الحكومة تؤكد حالياً "
                  "بأنها تحارب الإرهاب.",
                  2, K::kIndirect, "تحارب الإرهاب", "رافع الرفاعي", ""},
        // «بيانات الدراسة»: «بيانات» keeps its «ب» in the source's text.
        QuoteCase{"وبحسب بيانات الدراسة، فإن معدلات السمنة بين النساء تتجاوز "
                  "50 في المئة.",
                  0, K::kIndirect, "معدلات السمنة", "", "بيانات الدراسة"},
        // «قال عون، وفق بيان للرئاسة، إن …»: one statement, the verb's.
        QuoteCase{"من جهته، قال الرئيس ميشال عون، وفق بيان للرئاسة اللبنانية، "
                  "إن الإصلاحات ستبدأ فورا.",
                  0, K::kIndirect, "الإصلاحات ستبدأ", "ميشال عون", ""},
        // «دعت الداخلية المواطنين والمقيمين إلى …»: the body's short name
        // is the subject, the people after it the object.
        QuoteCase{"وقالت وزارة الداخلية إن الحريق اندلع فجرا. وتعاملت الفرق مع "
                  "الحريق، فيما دعت الداخلية المواطنين والمقيمين إلى التأكد من "
                  "سلامة التمديدات الكهربائية.",
                  1, K::kIndirect, "التأكد من", "وزارة الداخلية", ""},
        // «أوضح فيها», "in it": the speech just named speaks for its
        // owner, after «لـ» or as the subject of the verb before it.
        QuoteCase{"افتتح أمير منطقة القصيم الأمير فيصل بن بندر المشروع بحضور "
                  "وزير الإسكان الدكتور شويش الضويحي. وأقيم حفل خطابي تخلله "
                  "كلمة لوزير الإسكان، أوضح فيها أن المشروع يعد باكورة "
                  "المشاريع.",
                  0, K::kIndirect, "المشروع يعد", "شويش الضويحي", ""},
        QuoteCase{"افتتح أمير منطقة القصيم الأمير فيصل بن بندر المشروع بحضور "
                  "وزير الإسكان الدكتور شويش الضويحي. وألقى وزير الإسكان كلمة "
                  "أكد فيها أن المشروع يعد باكورة المشاريع.",
                  0, K::kIndirect, "المشروع يعد", "شويش الضويحي", ""},
        // «وعبّر سموه عن سعادته …. وقال: …»: a prince, «سموه» by his
        // title alone, is the subject the next bare «وقال» goes on with.
        QuoteCase{"افتتح أمير منطقة القصيم الأمير فيصل بن بندر المشروع بحضور "
                  "وزير الإسكان الدكتور شويش الضويحي. وأكد وزير الإسكان أن "
                  "المشاريع تحظى باهتمام. وعبّر سموه عن سعادته بالمشروع. وقال: "
                  "“لا شك أن الدعم أمر مشهود”.",
                  1, K::kDirect, "لا شك", "فيصل بن بندر", ""},
        // Quotations one after another with only a full stop between: the
        // same speaker goes on (marks as a Saudi site types them too).
        QuoteCase{"وقال لويس فان جال للإعلاميين: “لست قلقا من قلة المهاجمين "
                  "بالفريق”. “لا يزال لدينا روني، فهو يمكنه أن يلعب في مركز "
                  "قلب الهجوم”. “وقد تكون هناك مفاجأة، من يدري”.",
                  2, K::kDirect, "وقد تكون", "لويس فان جال", ""},
        QuoteCase{"وقال لويس فان جال للإعلاميين :” لست قلقا من قلة المهاجمين "
                  "بالفريق”.“لا يزال لدينا روني .. فهو يمكنه أن يلعب في مركز "
                  "قلب الهجوم”.",
                  1, K::kDirect, "لا يزال", "لويس فان جال", ""},
        // «وكيل وزارة … لشؤون الكهرباء»: the office goes on to the name;
        // the verbal noun after it (a comma glued to the name) is said.
        QuoteCase{"أكد وكيل وزارة المياه والكهرباء لشؤون الكهرباء رئيس مجلس "
                  "إدارة الشركة السعودية للكهرباء الدكتور صالح بن حسين "
                  "العواجي،أهمية مذكرتي التعاون مع مدينة الملك عبدالعزيز.",
                  0, K::kIndirect, "أهمية مذكرتي", "صالح بن حسين العواجي", ""},
        // A document as the subject speaks for the body that issued it
        // («بلاغ للديوان الملكي», «بيان صادر عن …»), unless it relays.
        QuoteCase{"انطلقت الحملة. وقال بلاغ للديوان الملكي إن الملك حرص على "
                  "أن تكون الحملة مجانية.",
                  0, K::kIndirect, "الملك حرص", "الديوان الملكي", ""},
        QuoteCase{"انطلقت الحملة. وأفاد بيان صادر عن وزارة الداخلية أن الحظر "
                  "سيمدد أسبوعين.",
                  0, K::kIndirect, "الحظر سيمدد", "وزارة الداخلية", ""},
        QuoteCase{"ونقل بيان لوزارة الطاقة عن الوزير ألكسندر نوفاك قوله إن "
                  "السوق متوازنة.",
                  0, K::kIndirect, "السوق متوازنة", "ألكسندر نوفاك", ""},
        // A joint statement speaks for no one body; «البيان» as a subject
        // is no family name for «سامح شكري البيان» (the verb's object).
        QuoteCase{"وجاء في البيان المشترك الصادر عن الدول الثلاث والبنك الدولي "
                  "أن ملء السد سيتم على مراحل. وأضاف البيان أن المرحلة الأولى "
                  "ستتم خلال موسم الأمطار. ووصف وزير الخارجية سامح شكري البيان "
                  "بأنه «خطوة مهمة على طريق الاتفاق»، وقال إن مصر تتعامل بحسن "
                  "نية.",
                  0, K::kIndirect, "ملء السد", "", "البيان المشترك"},
        QuoteCase{"وجاء في البيان المشترك الصادر عن الدول الثلاث والبنك الدولي "
                  "أن ملء السد سيتم على مراحل. وأضاف البيان أن المرحلة الأولى "
                  "ستتم خلال موسم الأمطار. ووصف وزير الخارجية سامح شكري البيان "
                  "بأنه «خطوة مهمة على طريق الاتفاق»، وقال إن مصر تتعامل بحسن "
                  "نية.",
                  3, K::kIndirect, "مصر تتعامل", "سامح شكري", ""},
        // «إن “…”، لكنه دعاهم إلى “…”»: the writer's «لكنه» after a whole
        // quotation ends it; the second quotation has its own cue.
        QuoteCase{"وقال الأمين العام أنطونيو غوتيريش للصحفيين إن “الشباب "
                  "محقون في غضبهم”، لكنه دعاهم إلى “الضغط على الدول الأكثر "
                  "تلويثا”.",
                  1, K::kDirect, "الضغط على", "أنطونيو غوتيريش", ""},
        // A spokesman's «إن الرئيس أكد خلال اللقاء أن …»: the office alone
        // names the president, who speaks; the spokesman's own principal
        // («الأمين العام» inside his office) is not the spokesman.
        QuoteCase{"استقبل الرئيس عبد الفتاح السيسي جيفري فيلتمان. وقال السفير "
                  "بسام راضي، المتحدث الرسمي باسم رئاسة الجمهورية، إن الرئيس "
                  "أكد خلال اللقاء أن مصر لن تقبل بالإضرار بمصالحها المائية.",
                  0, K::kIndirect, "مصر لن", "عبد الفتاح السيسي", ""},
        QuoteCase{"ونقل المتحدث باسم الأمين العام، ستيفان دوجاريك، عن أنطونيو "
                  "غوتيريش قوله إن «أفراد يونيفيل يجب ألا يكونوا هدفا»، مضيفا "
                  "أن الأمين العام طالب «جميع الأطراف بضمان سلامتهم».",
                  1, K::kDirect, "جميع الأطراف", "أنطونيو غوتيريش", ""},
        // «أما X، فدعا الأولياء إلى …»: the topic of «أما» speaks, the first
        // person named in it; the word after the verb is its object.
        QuoteCase{"قال الوزير إن الامتحانات ستجرى في موعدها. أما رئيس المنظمة "
                  "الوطنية لجمعيات أولياء التلاميذ، علي بن زينة، فدعا الأولياء "
                  "إلى \"عدم الضغط على أبنائهم\".",
                  1, K::kDirect, "عدم الضغط", "علي بن زينة", ""},
        QuoteCase{"قال الخباز إنه يعمل منذ الفجر. أما العم «حمزة الحكيم» عم "
                  "«عبدالله»، فبين أنه يزاول هذه المهنة منذ 25 عاماً.",
                  1, K::kIndirect, "يزاول", "حمزة الحكيم", ""},
        // «، في بلاغ توصلت به هسبريس،»: the outlet that received the
        // communique does not speak; «البلاغ ذاته» is its issuer's.
        QuoteCase{"أعلنت وزارة التربية الوطنية، مساء أمس الخميس، نتائج الدورة "
                  "العادية، إذ أفادت، في بلاغ توصلت به هسبريس، بأن نسبة النجاح "
                  "بلغت 68 في المائة. وأوضح البلاغ ذاته أن عدد الناجحين بلغ "
                  "327 ألفا.",
                  1, K::kIndirect, "نسبة النجاح", "وزارة التربية الوطنية", ""},
        QuoteCase{"أعلنت وزارة التربية الوطنية، مساء أمس الخميس، نتائج الدورة "
                  "العادية، إذ أفادت، في بلاغ توصلت به هسبريس، بأن نسبة النجاح "
                  "بلغت 68 في المائة. وأوضح البلاغ ذاته أن عدد الناجحين بلغ "
                  "327 ألفا.",
                  2, K::kIndirect, "عدد الناجحين", "وزارة التربية الوطنية", ""},
        // An office no one named holds speaks as the office, not as the
        // body inside it, before the verb as after it.
        QuoteCase{"وكان رئيس فريق ريفربليت الأرجنتيني قد فجر مفاجأة عندما "
                  "أعلن في تصريح لإحدى الإذاعات قال فيه إن مورا لم يوقع.",
                  0, K::kIndirect, "مورا لم", "",
                  "رئيس فريق ريفربليت الأرجنتيني"},
        QuoteCase{"وكانت وزيرة خارجية الاتحاد الأوروبي أكدت أن الاتفاق قائم.",
                  0, K::kIndirect, "الاتفاق قائم", "",
                  "وزيرة خارجية الاتحاد الأوروبي"},
        // «، مؤكدة فوز …» and «أعلنت فوزه»: an event noun announced, after
        // a participle or with its pronoun; «بعد أن كانت X قد أعلنت» mid-
        // sentence has X for subject.
        QuoteCase{"أعلنت المحكمة الدستورية، اليوم السبت، النتائج النهائية "
                  "للانتخابات، مؤكدة فوز الرئيس عبد المجيد تبون بولاية ثانية "
                  "بنسبة 84 في المائة، بعد أن كانت السلطة المستقلة للانتخابات "
                  "قد أعلنت فوزه بنسبة 94 في المائة.",
                  1, K::kIndirect, "فوزه بنسبة", "السلطة المستقلة للانتخابات",
                  ""},
        // «بجامع الإمام تركي بن عبدالله»: the mosque's namesake is no
        // speaker; the mufti goes on.
        QuoteCase{"حذر سماحة مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل "
                  "الشيخ المسلمين من فئة ضالة.\nوبين، في خطبة الجمعة بجامع "
                  "الإمام تركي بن عبدالله أمس، أن هذه الفئة كفرت المسلمين.",
                  1, K::kIndirect, "هذه الفئة", "عبدالعزيز بن عبدالله آل الشيخ",
                  ""},
        // A body's media office speaks for the body.
        QuoteCase{"أعلن نادي الأهلي السعودي تعاقده مع لاعب يوناني. وقال "
                  "المركز الإعلامي لنادي الأهلي السعودي \"أنهت الإدارة إجراءات "
                  "التعاقد مع اللاعب\".",
                  1, K::kDirect, "أنهت الإدارة", "نادي الأهلي السعودي", ""},
        // «ودعت موتي الحكومات إلى …»: a verb that takes an object, after a
        // family name spelt again another way; the name alone speaks.
        QuoteCase{"وقالت المديرة الإقليمية لمنظمة الصحة العالمية ماتشيديسو "
                  "مويتي إن النجاح لم يأت بالصدفة. ودعت موتي الحكومات إلى عدم "
                  "التراخي في حملات التلقيح.",
                  1, K::kIndirect, "عدم التراخي", "ماتشيديسو مويتي", ""},
        // «وبحسب التقرير،», «وأظهر التقرير»: the report brought up with
        // its issuer after «لـ» speaks for the issuer.
        QuoteCase{"كشف تقرير جديد لمنظمة الأمم المتحدة للطفولة أن ثقة الناس "
                  "باللقاحات تراجعت.\nوبحسب التقرير، الذي حمل عنوان وضع "
                  "الأطفال في العالم، فإن 67 مليون طفل فاتتهم جرعات التطعيم.",
                  1, K::kIndirect, "67 مليون", "منظمة الأمم المتحدة للطفولة",
                  ""},
        // «في بيان تلقت وكالة فرانس برس نسخة منه»: the agency that
        // received the statement does not speak.
        QuoteCase{
            "قتل جنديان في كمين، كما أعلنت الحكومة المالية. وقالت الحكومة "
            "المالية في بيان تلقت وكالة فرانس برس نسخة منه إن قوة للجيش "
            "وقعت في كمين.",
            0, K::kIndirect, "قوة للجيش", "", "الحكومة المالية"},
        // «نفى المركز الإعلامى لمجلس الوزراء، اليوم الأحد، ما تردد …،
        // مؤكدا أنه …»: the subject of the denial that opens the sentence,
        // not the person the article quotes most.
        QuoteCase{"نفى المركز الإعلامى لمجلس الوزراء، اليوم الأحد، ما تردد "
                  "من أنباء بشأن حذف 5 ملايين مواطن من منظومة الدعم، مؤكدا "
                  "أنه لا صحة لهذه الأنباء. وقال أحمد كمال إن الوزير وجه "
                  "بالمراجعة.",
                  0, K::kIndirect, "لا صحة", "مجلس الوزراء", ""},
        // «ألقى مدير إدارة المهرجان إبراهيم الجار الله كلمة اللجنة العليا
        // للمهرجان أوضح فيها أن …»: a body's speech delivered by a person
        // is his words.
        QuoteCase{"ثم ألقى مدير إدارة المهرجان إبراهيم بن محمد العسيري "
                  "كلمة اللجنة العليا للمهرجان أوضح فيها أن المهرجان يحظى "
                  "بدعم أمير المنطقة.",
                  0, K::kIndirect, "المهرجان يحظى", "إبراهيم بن محمد العسيري",
                  ""},
        // «وأوضحت أم محمد «أرملة وأم لطفلين» أنها …»: a short quoted
        // description of the one who speaks, then the complementizer.
        QuoteCase{"وفي سياق متصل أوضحت أم محمد «أرملة وأم لطفلين» أنها حضرت "
                  "للضمان للاستفسار عن المعونة السنوية.",
                  0, K::kIndirect, "حضرت للضمان", "أم محمد", ""},
        // «…، وفق بيان صادر عن البنك»: a body's document speaks for the
        // body, named in full or by its head word.
        QuoteCase{"قرر البنك المركزي المصري رفع أسعار الفائدة. وأبقت لجنة "
                  "السياسة النقدية على سعر الخصم دون تغيير، وفق بيان صادر عن "
                  "البنك.",
                  0, K::kIndirect, "وأبقت لجنة", "البنك المركزي المصري", ""},
        // «وقالت بروين بولدان وهي نائبة كبيرة عن حزب …»: the one named
        // before «وهي» speaks, not the body her description names.
        QuoteCase{"وقالت بروين بولدان وهي نائبة كبيرة عن حزب الشعوب "
                  "الديمقراطي إن مسؤولين محليين يحققون في الانفجار.",
                  0, K::kIndirect, "مسؤولين محليين", "بروين بولدان", ""},
        // «أشارت النشرة إلى أن …» after «النشرة الإحصائية التي تصدرها
        // دوريا مؤسسة النقد»: the bulletin speaks for its issuer.
        QuoteCase{"وكشفت النشرة الإحصائية التي تصدرها دوريا مؤسسة النقد "
                  "العربي السعودي عن بلوغ عدد مراكز الحوالات 600 مركز. وفي "
                  "السياق ذاته أشارت النشرة إلى أن عدد أجهزة الصرف الآلي "
                  "بلغ 16312 جهازا.",
                  1, K::kIndirect, "عدد أجهزة", "مؤسسة النقد العربي السعودي",
                  ""},
        // «وأكد إعداد خطة تنفيذية …»: a bare verbal noun after «أكد» is
        // what he confirmed, not who.
        QuoteCase{"وقال رئيس المجلس البلدي عباس الشماسي إن المجلس أنجز "
                  "خطته الاستراتيجية. وأكد إعداد خطة تنفيذية لكل عام شملت "
                  "الأهداف ومعايير تحقيقها.",
                  1, K::kIndirect, "إعداد خطة", "عباس الشماسي", ""},
        // «أصدر مجلس … تقريرا … وأوضح التقرير أن»: the report speaks for
        // the one who issued it.
        QuoteCase{"أصدر مجلس بلدية عريعرة تقريرا بمنجزاته خلال الفترة "
                  "الماضية. وأوضح التقرير أن المجلس أقر توزيع المشاريع حسب "
                  "الاحتياج.",
                  0, K::kIndirect, "المجلس أقر", "مجلس بلدية عريعرة", ""},
        // «وبحسب مدريد فقد التحق …»: «فقد» opens the content as «فإن»
        // does; before a verb of saying («فقد قالت») the source relays.
        QuoteCase{"وبحسب مدريد فقد التحق حوالى مئة إسباني بصفوف المجموعات "
                  "الجهادية في العراق وسوريا.",
                  0, K::kIndirect, "التحق حوالى", "مدريد", ""},
        QuoteCase{"وبحسب وكالة رويترز فقد قالت المفوضة الأوروبية مارجريته "
                  "فيستدجر إن الصفقة تثير مخاوف.",
                  0, K::kIndirect, "الصفقة تثير", "مارجريته فيستدجر", ""},
        // «وكان وزير الدفاع … يوآف غالانت قد قال خلال زيارته قاعدة رمات
        // دافيد …»: the one named between «كان» (and his office) and «قد».
        QuoteCase{"وكان وزير الدفاع الإسرائيلي يوآف غالانت قد قال خلال "
                  "زيارته قاعدة رمات دافيد الجوية إن مركز الثقل ينتقل نحو "
                  "الشمال.",
                  0, K::kIndirect, "مركز الثقل", "يوآف غالانت", ""},
        // «وقال وكيل سلامة المحامي مارك حبقة»: the agent speaks, not the
        // one whose agent he is; nor is «سلامة مارك حبقة» one name.
        QuoteCase{"وادعت النيابة على الحاكم السابق رياض سلامة. وقال وكيل "
                  "سلامة المحامي مارك حبقة إن موكله مثل أمام القضاء طوعا.",
                  0, K::kIndirect, "موكله مثل", "مارك حبقة", ""},
        QuoteCase{"وقال المحامي مارك حبقة إن موكله بريء. وادعت النيابة على "
                  "الحاكم السابق رياض سلامة. وقال محامي سلامة مارك حبقة إن "
                  "الملف فارغ.",
                  1, K::kIndirect, "الملف فارغ", "مارك حبقة", ""},
        // «، مفيدا بأن …»: a participle of saying.
        QuoteCase{"وقال وزير الإسكان ماجد الحقيل إن الوزارة تملك كفاءات "
                  "مؤهلة، مفيدا بأن قطاع الإسكان يحظى باهتمام القيادة.",
                  1, K::kIndirect, "قطاع الإسكان", "ماجد الحقيل", ""},
        // «وحث … على …»: the call's content after its preposition, though
        // the verb with «و» is only three letters.
        QuoteCase{"وحث وزير الداخلية الأمير محمد بن نايف المواطنين على "
                  "التعاون مع الجهات الأمنية وعدم التستر على المخالفين.",
                  0, K::kIndirect, "التعاون مع", "محمد بن نايف", ""},
        // «وأضاف المواطن أن …» after «وقال المواطن مانع ملفي»: the person
        // a local story introduced with that word.
        QuoteCase{"وقال المواطن مانع ملفي لـ\"سبق\" إنه قام بشراء وجبة من "
                  "أحد المراكز. وأضاف المواطن أن أمانة المنطقة أبلغته بأنها "
                  "طبقت النظام.",
                  1, K::kIndirect, "أمانة المنطقة", "مانع ملفي", ""},
        // An adverb neither ends the subject («بشدة») nor is one
        // («صرحت أخيرا بأن»); a state named with its kind is the country.
        QuoteCase{"نفت دولة جنوب السودان بشدة أن تكون سمحت لإسرائيل بإقامة "
                  "قاعدة عسكرية على أراضيها.",
                  0, K::kIndirect, "تكون سمحت", "جنوب السودان", ""},
        QuoteCase{"وكانت النائبة في الكنيست الإسرائيلي، تمار زندبيرج، صرحت "
                  "أخيرا بأن بلادها تتعاون مع جنوب السودان.",
                  0, K::kIndirect, "بلادها تتعاون", "تمار زندبيرج", ""},
        // «وقال مستشار محافظ أسيوط» after «عبدالله كامل مستشار محافظ
        // أسيوط …»: an adviser in construct with an office is the one the
        // article named («وقال مستشار إن …» alone would be unnamed).
        QuoteCase{"حيث قام عبدالله كامل مستشار محافظ أسيوط لشؤون الإعاقة "
                  "بفتح قبر والديه. وقال مستشار محافظ أسيوط: \"إن ما فعله "
                  "كان لأخذ العبرة\".",
                  0, K::kDirect, "إن ما فعله", "عبدالله كامل", ""},
        // «، وفق بيانات الصندوق»: the data of the one fund the article
        // names speak for it.
        QuoteCase{"أعلن صندوق الاستثمارات العامة إطلاق مشروع جديد. ويتولى "
                  "الصندوق تمويل الجزء الأكبر من المشروع، وفق بيانات "
                  "الصندوق.",
                  1, K::kIndirect, "ويتولى الصندوق", "صندوق الاستثمارات العامة",
                  ""},
        // «وأضاف باللهجة الجزائرية: …»: the dialect it was said in is no
        // speaker; the chain goes on with the coach.
        QuoteCase{"وقال جمال بلماضي في المؤتمر الصحفي: \"أنا المسؤول "
                  "الأول\". وأضاف باللهجة الجزائرية: \"ما نقدرش نلوم "
                  "الدراري\".",
                  1, K::kDirect, "ما نقدرش", "جمال بلماضي", ""},
        // «وعن مستقبله …، رفض المدرب الفرنسي الحسم، موضحا …»: the topic
        // opening the sentence is not the participle's subject; the coach
        // after the verb is.
        QuoteCase{"قال هيرفي رينارد إن الفريق قدم مباراة كبيرة. وعن مستقبله "
                  "مع \"أسود الأطلس\"، رفض المدرب الفرنسي الحسم، موضحا أنه "
                  "سيجلس مع رئيس الجامعة الأسبوع المقبل.",
                  1, K::kIndirect, "سيجلس مع", "هيرفي رينارد", ""},
        // «وجاء في بيان الوزارة: …»: the statement of the body the head
        // word names, as the article named it before.
        QuoteCase{"أعلنت وزارة الداخلية، اليوم الجمعة، بدء الحملة. وجاء في "
                  "بيان الوزارة: «ستستمر الحملة حتى نهاية الشهر».",
                  1, K::kDirect, "ستستمر الحملة", "وزارة الداخلية", ""},
        // «، وفق ما أعلنته الوزارة في بيان أمس»: the same at the end of the
        // sentence.
        QuoteCase{"تبدأ وزارة الحج والعمرة اعتباراً من اليوم الاثنين استقبال "
                  "طلبات المعتمرين، وفق ما أعلنته الوزارة في بيان أمس.",
                  0, K::kIndirect, "تبدأ وزارة", "وزارة الحج والعمرة", ""},
        // «ودعت المجتمع الدولي إلى أن …»: a feminine call before a
        // masculine noun; the noun is called on, the body before calls.
        QuoteCase{"وأكدت هيئة كبار العلماء أن الاعتداء جريمة. ودعت المجتمع "
                  "الدولي إلى أن ينظر إلى الإرهاب نظرة واحدة.",
                  1, K::kIndirect, "ينظر إلى", "هيئة كبار العلماء", ""},
        // «قال له فيه: …»: to whom and where, no speaker; «وكتب معتذراً»:
        // the mood; «بلهجته المعتادة»: the dialect, with its pronoun.
        QuoteCase{"ونشر الشيخ حمدان بن محمد مقطعا يظهر فيه خلال اتصال مع "
                  "العامل، قال له فيه: «شكراً على ما فعلته».",
                  0, K::kDirect, "شكراً على", "حمدان بن محمد", ""},
        QuoteCase{"وأعاد نشره عدد من المؤثرين، بينهم صانع المحتوى حمد "
                  "المنصوري الذي حذفه لاحقاً وكتب معتذراً: «نقلت الفيديو بحسن "
                  "نية».",
                  0, K::kDirect, "نقلت الفيديو", "حمد المنصوري", ""},
        QuoteCase{"وانتشرت صورة الفنان محمد رمضان مع المطرب. من جانبه، ردّ "
                  "رمضان على الانتقادات بمنشور عبر \"إنستجرام\" قال فيه "
                  "بلهجته المعتادة: \"أنا مبسألش حد أنت مين\".",
                  0, K::kDirect, "أنا مبسألش", "محمد رمضان", ""},
        // «لكنه دعا المواطنين إلى …»: a definite plural in «ين» after the
        // verb is its object; the speaker goes on.
        QuoteCase{"وقال مدير الشرطة اللواء سعد الخالدي إن المقاطع رصدت. "
                  "ودعا المواطنين إلى الإبلاغ عبر الخط الساخن.",
                  1, K::kIndirect, "الإبلاغ عبر", "سعد الخالدي", ""},
        // «وأضاف القائد الميداني …»: an office no one was named with,
        // after «وأضاف», is the commander quoted last.
        QuoteCase{"ونقلت وكالة الأناضول عن صالح شيخ يوسف أحد قادة الفرقة "
                  "الثانية الساحلية، أن الفصائل سيطرت على التلة. وأضاف القائد "
                  "الميداني في المعارضة، أن قوات النظام حاولت التقدم.",
                  1, K::kIndirect, "قوات النظام", "صالح شيخ يوسف", ""},
        // (But «ودعت النائب زينب السهلاني …»: a masculine title before a
        // woman's name is the subject.)
        QuoteCase{"وأكدت وزارة المالية أن العجز تراجع. ودعت النائب زينب "
                  "السهلاني الحكومة إلى تطبيق استراتيجية مكافحة الفساد.",
                  1, K::kIndirect, "تطبيق استراتيجية", "زينب السهلاني", ""},
        // «حاكم لويزيانا الجمهوري بوبي جيندال» tagged as one place: the
        // party's adjective ends the place; the governor speaks.
        QuoteCase{"وقال حاكم لويزيانا الجمهوري بوبي جيندال إن الهجوم مروع. "
                  "وتقع لويزيانا في جنوب الولايات المتحدة.",
                  0, K::kIndirect, "الهجوم مروع", "بوبي جيندال", ""},
        // «وقال الفرنسي إنه …» after the director's own words: the press
        // varies the name with the nationality («قال السويدي» of «محمد
        // حسن السويدي» is still his family name).
        QuoteCase{"وقال المخرج فريدريك أوبورتان لمجلة هوليوود ريبورتر إنه "
                  "حاول صنع فيلم مختلف. وقال الفرنسي إنه راغب بصنع تتمة "
                  "للفيلم.",
                  1, K::kIndirect, "راغب بصنع", "فريدريك أوبورتان", ""},
        // «كشفت إحصائية للمؤسسة العامة للموانئ، أن …», «وأشارت الإحصائية
        // إلى أن …»: the figures speak for the body whose they are.
        QuoteCase{"كشفت إحصائية للمؤسسة العامة للموانئ، أن ميناء جدة "
                  "الإسلامي استقبل 491 ألف طن. وأشارت الإحصائية إلى أن حجم "
                  "المواد ارتفع.",
                  1, K::kIndirect, "حجم المواد", "المؤسسة العامة للموانئ", ""},
        // «الكابتن» is a title, not the first word of the name.
        QuoteCase{"ونقل المتحدث باسم الحكومة في بوركينا فاسو جان إيمانويل "
                  "ويدراوغو عن الكابتن إبراهيم تراوري قوله إن شعوب الساحل "
                  "استعادت سيادتها.",
                  0, K::kIndirect, "شعوب الساحل", "إبراهيم تراوري", ""},
        // «وأضاف المصدر للصحيفة أن …»: the unnamed source quoted last.
        QuoteCase{"وقال مسؤول كبير في الإدارة الأمريكية لصحيفة وول ستريت "
                  "جورنال إن الاتفاق يتعلق بالقاعدة. وأضاف المصدر للصحيفة أن "
                  "هناك تراجعا في شروط أنقرة.",
                  1, K::kIndirect, "هناك تراجعا", "", "مسؤول كبير"},
        // «اكتفى … بن سلمان بالقول للصحفيين: "…"»: the one named before
        // «بالقول» speaks; «للصحفيين» ends no name («نوفاك للصحفيين»).
        QuoteCase{"وقال وزير الطاقة الروسي ألكسندر نوفاك للصحفيين عقب "
                  "الاجتماع إن الدول غير ملزمة بأي قيود. في المقابل، اكتفى "
                  "وزير الطاقة السعودي الأمير عبد العزيز بن سلمان بالقول "
                  "للصحفيين: \"هذا يوم سنندم عليه جميعا\".",
                  1, K::kDirect, "هذا يوم", "عبد العزيز بن سلمان", ""},
        QuoteCase{"وقال وزير الطاقة الروسي ألكسندر نوفاك للصحفيين عقب "
                  "الاجتماع إن الدول غير ملزمة بأي قيود.",
                  0, K::kIndirect, "الدول غير", "ألكسندر نوفاك", ""},
        // «لشؤون دول الجوار»: the domain of an office is no person; the
        // ambassador named after it speaks.
        QuoteCase{"وقال مساعد وزير الخارجية لشؤون دول الجوار السفير أسامة "
                  "المجدوب في تصريحات خاصة إن الاجتماع دعيت إليه جميع "
                  "الأطراف الليبية.",
                  0, K::kIndirect, "الاجتماع دعيت", "أسامة المجدوب", ""},
        // The speaker's name in quotation marks, then «؛ أن»: no quote.
        QuoteCase{"وذكر الأمين العام المساعد المشرف على الفعالية \"الدكتور "
                  "عبدالكريم بن عبدالله العبدالكريم\"؛ أن الندوة تحرص على "
                  "المشاركة في الفعاليات الدولية.",
                  0, K::kIndirect, "الندوة تحرص",
                  "عبدالكريم بن عبدالله العبدالكريم", ""},
        // A spokesman telling an event or a state of his principal in
        // quotation marks speaks himself.
        QuoteCase{"ونقلت وكالة إنترفاكس عن المتحدث باسم الكرملين دميتري "
                  "بيسكوف قوله إن الرئيس فلاديمير بوتين \"أُبلغ بالحادث\"، "
                  "وأمر بتشكيل لجنة حكومية.",
                  0, K::kMixed, "الرئيس فلاديمير", "دميتري بيسكوف", ""},
        QuoteCase{"وقال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس "
                  "فلاديمير بوتين \"مستعد للقاء ترامب\".",
                  0, K::kMixed, "الرئيس فلاديمير", "دميتري بيسكوف", ""},
        // «… لمصلحة فريق الفتح السعودي وقال: …»: a cue with «و» joins the
        // sentence's subject, not the name right before it.
        QuoteCase{"من جانبه أعرب اللاعب محمد الشلهوب عن سعادته لتوقيعه لمصلحة "
                  "فريق الفتح السعودي وقال: تعد هذه الخطوة الثانية التي "
                  "انتقل فيها خارج البرازيل.",
                  0, K::kDirect, "تعد هذه", "محمد الشلهوب", ""},
        // «واختتم حديثه قائلاً: …»: no description; the speaker goes on.
        QuoteCase{"وقال اللاعب محمد الشلهوب: تعد هذه الخطوة الثانية. واختتم "
                  "حديثه قائلاً: الجميع ينتظر مني تحقيق أرقام جديدة.",
                  1, K::kDirect, "الجميع ينتظر", "محمد الشلهوب", ""},
        // «نزيه النصر نائب رئيس الخليج»: a club's name between a given name
        // and an office is the family name of the one who speaks.
        QuoteCase{"من جهته، بين نزيه النصر نائب رئيس الخليج، أن معسكر فريقه "
                  "ناجح.",
                  0, K::kIndirect, "معسكر فريقه", "نزيه النصر", ""},
        QuoteCase{"وقدم رئيس الأهلي الأمير فهد بن خالد استقالته، وقال إن "
                  "المرحلة تتطلب التغيير.",
                  0, K::kIndirect, "المرحلة تتطلب", "فهد بن خالد", ""},
        // «وعن قضية … مورا وإصابته قال: …»: the name in an opening topic is
        // what is talked about; the speaker goes on.
        QuoteCase{"أكد نائب مدير كرة القدم بنادي النصر طلال النجار أن فريقه "
                  "تبقت له مواجهة ودية واحدة. وعن قضية الأوروغوياني مورا "
                  "وإصابته قال: وقعنا اتفاقية ملزمة مع اللاعب.",
                  1, K::kDirect, "وقعنا اتفاقية", "طلال النجار", ""},
        // Offices run on with «و» before the name: the name still holds
        // them; an object after «خلال لقائه» is no further office.
        QuoteCase{"كشف مدير عام إدارة العلاقات العامة والإعلام والمتحدث "
                  "الإعلامي رئيس اللجنة الإعلامية للجنة المحلية للانتخابات "
                  "البلدية بالمنطقة الشرقية محمد عبدالعزيز الصفيان عن انطلاق "
                  "ورش عمل.",
                  0, K::kIndirect, "انطلاق ورش", "محمد عبدالعزيز الصفيان", ""},
        // «أكد خلاله الأخير أن …»: «خلاله» (during the call) is no subject.
        QuoteCase{"وتلقى السوداني اتصالاً هاتفياً من وزير الخارجية الأميركي "
                  "أنتوني بلينكن، أكد خلاله الأخير أن واشنطن تقدر التزام "
                  "بغداد.",
                  0, K::kIndirect, "واشنطن تقدر", "أنتوني بلينكن", ""},
        // «رئيس الدولة» is the president the article names («رئيس الجمهورية
        // قيس سعيد»), never the head of government.
        QuoteCase{"قرر رئيس الجمهورية قيس سعيد حل البرلمان. وأكد رئيس الدولة، "
                  "لدى استقباله رئيسة الحكومة نجلاء بودن، أن لا مجال لتنظيم "
                  "انتخابات.",
                  0, K::kIndirect, "لا مجال", "قيس سعيد", ""},
        // «رئيس حزب «المعسكر الرسمي» بيني جانتس»: the quoted name is the
        // party, the name after it the one who speaks.
        QuoteCase{"وقال رئيس حزب «المعسكر الرسمي» بيني جانتس إن «الحكومة "
                  "تقود الدولة إلى الهاوية».",
                  0, K::kDirect, "الحكومة تقود", "بيني جانتس", ""},
        QuoteCase{"فيما أعلن رئيس \"المعسكر الرسمي\" بيني غانتس استعداده "
                  "للمشاركة في الحوار \"من دون شروط مسبقة\".",
                  0, K::kMixed, "استعداده للمشاركة", "بيني غانتس", ""},
        // A name the tagger missed, set off by commas after a long office.
        QuoteCase{"وأعلن المتحدث باسم لجنة الانتخابات في وزارة الداخلية، محسن "
                  "إسلامي، في مؤتمر صحافي صباح اليوم، أن بزشكيان حصل على 10 "
                  "ملايين صوت.",
                  0, K::kIndirect, "بزشكيان حصل", "محسن إسلامي", ""},
        // «أعلنت الشهر الجاري …»: a period of time is no subject.
        QuoteCase{"وكانت واشنطن أعلنت الشهر الجاري عزمها تشكيل تحالف بحري "
                  "لحماية الملاحة في الخليج.",
                  0, K::kIndirect, "عزمها تشكيل", "واشنطن", ""},
        // «نقلت … عن صاحب السمو الملكي الأمير سلمان …»: past the royal
        // style to the name.
        QuoteCase{"ونقلت وكالة أنباء البحرين عن صاحب السمو الملكي الأمير "
                  "سلمان بن حمد آل خليفة ولي العهد قوله إن \"الإقبال الكثيف "
                  "يجسد ثقة المواطنين\".",
                  0, K::kDirect, "الإقبال الكثيف", "سلمان بن حمد آل خليفة", ""},
        // «خلية الإعلام الأمني»: a cell is a body that speaks.
        QuoteCase{"وقالت خلية الإعلام الأمني في بيان إن القوات الأمنية عثرت "
                  "على عجلة.",
                  0, K::kIndirect, "القوات الأمنية", "خلية الإعلام الأمني", ""},
        QuoteCase{"وقال رئيس جمعية «صرخة المودعين» علاء خورشيد لـ«الشرق "
                  "الأوسط» إن «ما حصل رسالة أولى».",
                  0, K::kDirect, "ما حصل", "علاء خورشيد", ""}));

// «حاكم لويزيانا الجمهوري بوبي جيندال»: the party's adjective is no part
// of the place.
TEST(QuoteTest, PartyAdjectiveEndsThePlace) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال حاكم لويزيانا الجمهوري بوبي جيندال إن الهجوم مروع. "
      "وتقع لويزيانا في جنوب الولايات المتحدة.\n");
  ASSERT_EQ(articles.size(), 1u);
  for (const EntityMention& m : articles[0].entities) {
    EXPECT_EQ(m.text.find("الجمهوري"), std::string::npos) << m.text;
  }
}

// «ونقل … عن الرئيس عباس تأكيده أن …»: what he said, told as a verbal
// noun with his pronoun, is no part of his name.
TEST(QuoteTest, SayingNounEndsTheName) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nونقل الناطق الرسمي باسم الرئاسة نبيل أبو ردينة عن "
      "الرئيس عباس تأكيده خلال الاجتماع أن الرئيس أجرى اتصالات.\n");
  ASSERT_EQ(articles.size(), 1u);
  for (const EntityMention& m : articles[0].entities) {
    EXPECT_EQ(m.text.find("تأكيده"), std::string::npos) << m.text;
  }
}

// «…، مشيدا بشخصية الفقيد»: the writer describing the speaker ends the
// content; «، مستشهدا ب…» cites and stays inside.
// A deputy's office is not the office it deputises («نائب الملك» is not
// the king); a headline's office speaking is the person the body quotes
// with the same words.
TEST(QuoteTest, HeadlineOfficeIsThePersonTheBodyQuotes) {
  const std::string page =
      "نائب الملك: الحوادث لن تثنينا عن التصدي للعابثين بالأمن\n"
      "أكد صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب "
      "رئيس مجلس الوزراء وزير الداخلية أن الحوادث لن تثنينا عن التصدي "
      "للعابثين. ويأتي ذلك في ظل توجيهات خادم الحرمين الشريفين الملك سلمان "
      "بن عبدالعزيز.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 2u);
  EXPECT_LE(a.quotes[0].ref.span.end, a.title_ref.span.end);  // headline
  EXPECT_EQ(a.quotes[0].speaker,
            testing::EntityIndex(a, "محمد بن نايف بن عبدالعزيز"));
  EXPECT_NE(a.quotes[0].speaker, testing::EntityIndex(a, "سلمان بن عبدالعزيز"));
}

// «"العمل الدولية": "خطوة تاريخية"»: a body's name without its kind word
// is the body the article names in full.
TEST(QuoteTest, HeadlineBodyWithoutItsKindIsTheBody) {
  const std::string page =
      "قطر تقر حدا أدنى للأجور.. و\"العمل الدولية\": \"خطوة تاريخية\"\n"
      "أعلنت وزارة العمل القطرية اعتماد حد أدنى للأجور. ورحبت منظمة العمل "
      "الدولية بالقرار.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 1u);
  EXPECT_LE(a.quotes[0].ref.span.end, a.title_ref.span.end);  // headline
  const int32_t ilo = testing::EntityIndex(a, "منظمة العمل الدولية");
  ASSERT_GE(ilo, 0);
  EXPECT_EQ(a.quotes[0].speaker, ilo) << a.quotes[0].speaker_text;
}

// «قطر تعلن التوصل لاتفاق …»: a headline's name, a present verb of
// announcing and a verbal noun is a statement; a possessed noun («يعلن
// فوزه») is no more than news.
TEST(QuoteTest, HeadlineAnnouncesVerbalNoun) {
  std::vector<Article> articles = testing::AnalyzeText(
      "قطر تعلن التوصل لاتفاق وقف إطلاق النار في غزة\n"
      "أعلنت الخارجية القطرية مساء اليوم أن الوسطاء توصلوا إلى اتفاق.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 1u);
  EXPECT_LE(a.quotes[0].ref.span.end, a.title_ref.span.end);
  EXPECT_EQ(a.quotes[0].cue, "تعلن");
  EXPECT_TRUE(a.quotes[0].text.starts_with("التوصل")) << a.quotes[0].text;

  articles = testing::AnalyzeText(
      "ترامب يعلن فوزه بالانتخابات وهاريس تلتزم الصمت\n"
      "قال الرئيس الأميركي السابق دونالد ترامب إنه فاز.\n");
  ASSERT_EQ(articles.size(), 1u);
  for (const Quote& q : articles[0].quotes) {
    EXPECT_GT(q.ref.span.begin, articles[0].title_ref.span.end) << q.text;
  }
}

// A group speaking in a headline stays the group, though the body quotes
// one of them with the same words.
TEST(QuoteTest, HeadlineGroupStaysTheGroup) {
  const std::string page =
      "نائبان يعتصمان في البرلمان: «لن نخرج قبل انتخاب رئيس»\n"
      "وقال النائب ملحم خلف: «لن نخرج قبل انتخاب رئيس للجمهورية».\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 2u);
  EXPECT_LE(a.quotes[0].ref.span.end, a.title_ref.span.end);  // headline
  EXPECT_EQ(a.quotes[0].speaker, -1);
}

// A dual subject's second adjective right before «أن» is the subject's,
// not an announced noun: the content starts after «أن».
TEST(QuoteTest, SubjectWordBeforeAnIsNoContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nأكد خبيران عسكريان واستراتيجيان أن مصر قادرة على دحر "
      "الإرهاب في سيناء.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_EQ(articles[0].quotes.size(), 1u);
  EXPECT_TRUE(articles[0].quotes[0].text.starts_with("مصر قادرة"))
      << articles[0].quotes[0].text;
}

// A spokeswoman relaying her minister: she is the reporter, not the
// ministry named in her office.
TEST(QuoteTest, RelayingPersonIsTheReporter) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nونقلت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا عن "
      "الوزير سيرغي لافروف قوله إن موسكو مستعدة للحوار.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "سيرغي لافروف"));
  EXPECT_EQ(a.quotes[0].reporter, testing::EntityIndex(a, "ماريا زاخاروفا"));
}

TEST(QuoteTest, WritersParticipleEndsTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "وأوضح والد الشهيد محمد العتيبي أن ابنه يبلغ من العمر 19 عاما، مشيدا "
      "بشخصية الفقيد الذي اتسم بالحكمة.\n"
      "وأكد العتيبي أن الجالية لا تنسى المواقف، مستشهدا بعملية عاصفة "
      "الحزم.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_EQ(articles[0].quotes.size(), 2u);
  EXPECT_EQ(articles[0].quotes[0].text, "ابنه يبلغ من العمر 19 عاما");
  EXPECT_TRUE(articles[0].quotes[1].text.ends_with("عاصفة الحزم"))
      << articles[0].quotes[1].text;
}

// «وبحسب ما أفادت صحيفة "هآرتس"، فإن …»: one statement, not a second one
// for the verb inside the source phrase.
TEST(QuoteTest, LeadingAttributionsVerbMakesNoSecondQuote) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "وبحسب ما أفادت صحيفة \"هآرتس\"، فإن الحكومة ستجتمع غدا لبحث الأمر.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_EQ(articles[0].quotes.size(), 1u);
  EXPECT_TRUE(articles[0].quotes[0].text.starts_with("الحكومة ستجتمع"));
}

// «وذلك وفقا لأعلى معايير الجودة … لمدينة الطائف» names no source: the
// place deep in the phrase does not make the sentence its statement, and
// «أعلنت الشركة انتهائها من …» reports the company's statement.
TEST(QuoteTest, AttributionSourceIsNamedAtTheStartOfThePhrase) {
  const std::string page =
      "عنوان الخبر\n"
      "أعلنت شركة المياه الوطنية انتهائها من تنفيذ مشاريع مائية في محافظة "
      "الطائف، وذلك وفقا لأعلى معايير الجودة والأداء التشغيلي لمدينة "
      "الطائف.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_TRUE(a.quotes[0].text.starts_with("انتهائها")) << a.quotes[0].text;
  EXPECT_EQ(a.quotes[0].speaker,
            testing::EntityIndex(a, "شركة المياه الوطنية"));
}

// «بين» after a noun is "between"; «وقال مسؤول …» is an unnamed official,
// not the one official the article names.
TEST(QuoteTest, BetweenIsNoCueAndAnOfficialIsUnnamed) {
  const std::string page =
      "عنوان الخبر\n"
      "وقال مسؤول من قبيلة تبو إن الاشتباكات بدأت عند حاجز أمني.\n"
      "من جانبها، أفادت زهرة آدم المسؤولة المحلية بقرية الطيوري والتي تمثل "
      "قبيلة تبو أغلبية بين سكانها، إن ثمانية أفراد من القبيلة قتلوا.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker, -1);
  EXPECT_EQ(a.quotes[0].speaker_text, "مسؤول");
  EXPECT_EQ(a.quotes[1].speaker, testing::EntityIndex(a, "زهرة آدم"));
  EXPECT_EQ(a.quotes[1].cue, "أفادت");
}

// «، إلا أنه رفض …» is the writer again; «إلا أن الدعم كان عائقا» is the
// speaker's own "but".
TEST(QuoteTest, TheWritersHoweverEndsTheContent) {
  const std::string page =
      "عنوان الخبر\n"
      "وأكد عبدالله البرقان أن القرارات ستكون حاسمة ونهائية، إلا أنه رفض "
      "الإفصاح عن الأطراف المشاركة.\n"
      "وأضاف البرقان أن اللاعبين يحاولون استكمال المراحل إلا أن الدعم الفني "
      "كان عائقا بينهم وبين ذلك.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text, "القرارات ستكون حاسمة ونهائية");
  EXPECT_TRUE(a.quotes[1].text.ends_with("وبين ذلك")) << a.quotes[1].text;
}

// «فيما قال أحد العاملين رافضا ذكر اسمه: «…» opens a new statement («فيما»
// is no «ف» + «يما», «ذكر اسمه» no cue); a « never closed ends with its
// sentence when another « opens later («… لـ «المدينة» أنه …»).
TEST(QuoteTest, UnclosedGuillemetAndFiimaQaala) {
  const std::string page =
      "عنوان الخبر\n"
      "واستغرب ناصر العنزي أن المطار جديد فيما قال أحد العاملين في المطار "
      "رافضا ذكر اسمه: «منذ الثلاثاء ونحن نعاني من شدة الحرارة. من جانبه "
      "أوضح مدير المطار المهندس محمد الفاضل لـ «المدينة» أنه يتم ضبط "
      "التكييف مرتين في العام.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].text, "المطار جديد");
  EXPECT_EQ(a.quotes[1].text, "منذ الثلاثاء ونحن نعاني من شدة الحرارة");
  EXPECT_EQ(a.quotes[1].speaker_text, "أحد العاملين");
  EXPECT_EQ(a.quotes[2].speaker, testing::EntityIndex(a, "محمد الفاضل"));
}

// A participle without a comma after some content opens the next
// statement («… في التهوية مطالبين إدارة المطار …»).
TEST(QuoteTest, ParticipleWithoutACommaEndsTheStatement) {
  const std::string page =
      "عنوان الخبر\n"
      "وأشار عدد من المسافرين إلى أن توقف المكيفات دفع البعض إلى استخدام "
      "الصحف في التهوية مطالبين إدارة المطار بالتدخل وإنقاذ الموقف.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_GE(articles[0].quotes.size(), 1u);
  EXPECT_EQ(articles[0].quotes[0].text,
            "توقف المكيفات دفع البعض إلى استخدام الصحف في التهوية");
}

// «في إشارة منه إلى أن …» and «، إذ أكد …» open new statements.
TEST(QuoteTest, GlossAndIdhOpenStatements) {
  const std::string page =
      "عنوان الخبر\n"
      "وقال أحمد الجهني إن البلك البركاني لم يشتهر بعد في إشارة منه إلى أن "
      "سعره مرتفع.\n"
      "وارتأى المعارضون أن التعاقد مع اللاعب خطأ، إذ أكد البعض أن الفريق "
      "يحتاج مهاجما.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text, "البلك البركاني لم يشتهر بعد");
  bool idh = false;
  for (const Quote& q : a.quotes) {
    if (q.text == "التعاقد مع اللاعب خطأ") idh = true;
  }
  EXPECT_TRUE(idh);
}

// A sentence that ends in «..» goes on in the next one.
TEST(QuoteTest, EllipsisContinuesTheStatement) {
  const std::string page =
      "عنوان الخبر\n"
      "وقال المدرب إن الفوز مهم.. أنا أعرف الفريق جيدا وسأسعى للفوز. وقال "
      "اللاعب إن الفريق جاهز.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text, "الفوز مهم.. أنا أعرف الفريق جيدا وسأسعى للفوز");
  EXPECT_EQ(a.quotes[1].text, "الفريق جاهز");
}

// A prayer is not a statement: «ودعا المولى عز وجل أن …», «داعيا الله أن …».
TEST(QuoteTest, PrayersAreNotQuotes) {
  const std::string page =
      "عنوان الخبر\n"
      "وقال الدكتور عبدالله آل الشيخ إن المجلس يدين الحادث. ودعا المولى عز "
      "وجل أن يحفظ البلاد، داعيا الله أن يرحم الشهداء. قال الله تعالى "
      "(إن الله مع الصابرين).\n"
      "فكانت أول تضرعات الخليل عليه السلام لربه أن يبسط الأمن فقال: (رب "
      "اجعل هذا البلد أمنا). وقد أمرت الشريعة بنشر السلام، قال عليه الصلاة "
      "والسلام: (إذا مر أحدكم في مسجدنا ومعه نبل فليمسك على نصالها).\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_EQ(articles[0].quotes.size(), 1u) << articles[0].quotes.back().text;
  EXPECT_TRUE(articles[0].quotes[0].text.starts_with("المجلس يدين"));
}

// «نقلت وكالة رويترز عن مصدر مطلع قوله إن …»: the source speaks (a
// description), the agency relays.
TEST(QuoteTest, RelayedSourceSpeaksAndTheAgencyReports) {
  const std::string page =
      "عنوان الخبر\n"
      "ونقلت وكالة رويترز عن مصدر مطلع قوله إن الاتفاق بات قريبا.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, -1);
  EXPECT_EQ(a.quotes[0].speaker_text, "مصدر مطلع");
  EXPECT_EQ(a.quotes[0].reporter, testing::EntityIndex(a, "رويترز"));
}

TEST(QuoteTest, ScareQuotesAndNarrationAreNoQuotes) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "شهدت محلات العطور إقبالا كبيرا على «البرفانات» الفرنسية خلال العيد.\n"
      "وتوجه الوفد إلى الرياض لبحث التعاون.\n"
      "ويتركز عمل المجموعة التي تعمل وفق الشريعة الإسلامية في قطاع "
      "الاستثمار.\n"
      "وأعرب الوزير عن قلقه البالغ من استمرار إطلاق الأعيرة النارية.\n"
      // A short quoted term far from the cue is no statement.
      "وختم حديثه بمطالبته المطاعم خاصة والقطاع الخاص عامة بالمشاركة في "
      "تفعيل الأدوار الاجتماعية التي لا تقتصر على فئة “المعاقين”.\n");
  ASSERT_EQ(articles.size(), 1u);
  for (const Quote& q : articles[0].quotes) {
    ADD_FAILURE() << "unexpected quote «" << q.text << "»";
  }
}

// A lone closing » opens nothing («… للتجنيد». الا ان …»), and a quoted
// name after a cue is no statement.
TEST(QuoteTest, LoneClosingGuillemetAndQuotedNames) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "واعتبر أوباما في خطابه انه من غير المنطقي صرف ثلاثة ملايين دولار على "
      "كل معتقل». الا ان الجمهوريين عارضوا ذلك.\n"
      "بينما أضاف الجهاز اللياقي لبرنامج زميلهم «ياسر القحطاني» عددا من "
      "التدريبات.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_EQ(articles[0].quotes.size(), 1u);
  EXPECT_TRUE(articles[0].quotes[0].text.ends_with("على كل معتقل"))
      << articles[0].quotes[0].text;
}

// A place speaking in the headline («المنامة: …») does not speak on in
// the body's subject-less cues.
// «X: claim.. وY يرد: claim»: two claims, two speakers; the verb is no
// part of the second name.
TEST(QuoteTest, WhileAnotherPartyEndsTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال سلال إنه لم يكن على علم بالحسابات، فيما نفى "
      "أويحيى التهم.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_GE(articles[0].quotes.size(), 1u);
  EXPECT_EQ(articles[0].quotes[0].text, "لم يكن على علم بالحسابات");
  // Another party that is a body: «، فيما رحبت الجامعة العربية …».
  articles = testing::AnalyzeText(
      "عنوان الخبر\nوذكر عضو في الحزب أن الدعوة للهدنة كانت بسبب حاجة "
      "اليمنيين للمساعدات، فيما رحبت الجامعة العربية بالهدنة الإنسانية.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_GE(articles[0].quotes.size(), 1u);
  EXPECT_EQ(articles[0].quotes[0].text,
            "الدعوة للهدنة كانت بسبب حاجة اليمنيين للمساعدات");
}

// «قالت الخارجية الروسية إن الوزير X أبلغ نظيره … بأن "…"»: X's own
// statement, the ministry its reporter.
TEST(QuoteTest, StatementInsideReportedContent) {
  const std::string page =
      "عنوان الخبر\nوقالت وزارة الخارجية الروسية إن الوزير سيرغي لافروف "
      "أبلغ نظيره التركي هاكان فيدان في اتصال هاتفي أمس بأن المذكرة لم "
      "تنفذ، في حين قال مسؤول تركي إن المحادثات مستمرة.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text, "المذكرة لم تنفذ");
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "سيرغي لافروف"));
  ASSERT_GE(a.quotes[0].reporter, 0);
  EXPECT_EQ(a.canonical[a.quotes[0].reporter].type, "ORG");
  EXPECT_EQ(a.quotes[1].text, "المحادثات مستمرة");
  EXPECT_EQ(a.quotes[1].speaker_text, "مسؤول تركي");
}

// A person inside reported content whose own verb is followed by a
// quotation speaks it; the first speaker reports.
TEST(QuoteTest, NestedStatementWithAQuotation) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال المتحدث باسم الخارجية الأردنية سنان المجالي إن "
      "الوزير أيمن الصفدي أكد خلال الاجتماع \"أن العودة خطوة أولى على "
      "طريق الحل\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "أيمن الصفدي"));
  EXPECT_EQ(a.quotes[0].reporter, testing::EntityIndex(a, "سنان المجالي"));
  EXPECT_NE(a.quotes[0].text.find("العودة خطوة أولى"), std::string::npos)
      << a.quotes[0].text;
}

// A one-word speaker in another spelling of a person's last name.
TEST(QuoteTest, LastNameInAnotherSpellingIsThePerson) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال المبعوث الأممي غير بيدرسن إن الحل سياسي. وأكد "
      "بيدرسون أن المنظمة تأمل ذلك.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  ASSERT_GE(a.quotes[0].speaker, 0);
  EXPECT_EQ(a.quotes[1].speaker, a.quotes[0].speaker);
}

// «، وقال X للصحفيين "…"» ends the statement before it and opens its own;
// «، وحسب المصادر، فإن …» after a comma attributes what follows.
TEST(QuoteTest, SecondCueWithAQuotationAndAttributionAfterAComma) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nقال الرئيس الفلسطيني محمود عباس إن الجريمة ستحال إلى "
      "المحكمة الجنائية الدولية، وقال عباس للصحفيين في رام الله \"نحن نحضر "
      "ملف هذه الجريمة لنرسله فورا\".\nووقعت الحادثة في بلدة دوما، وحسب "
      "المصادر، فإن المستوطنين أحرقوا منزلا آخر.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  std::vector<std::string> texts;
  for (const Quote& q : a.quotes) texts.push_back(q.text);
  ASSERT_EQ(a.quotes.size(), 3u) << ::testing::PrintToString(texts);
  EXPECT_EQ(a.quotes[0].text, "الجريمة ستحال إلى المحكمة الجنائية الدولية");
  EXPECT_EQ(a.quotes[1].text, "نحن نحضر ملف هذه الجريمة لنرسله فورا");
  EXPECT_EQ(a.quotes[2].text, "المستوطنين أحرقوا منزلا آخر");
  EXPECT_EQ(a.quotes[2].speaker_text, "المصادر");
}

// A cue and a colon end one paragraph; the words open the next and run,
// with no closing mark, over two more paragraphs to «».
TEST(QuoteTest, QuotationOverParagraphs) {
  const std::string page =
      "عنوان الخبر\n"
      "وقال مدرب المنتخب فيليكس سانشيز في المؤتمر الصحفي بالدوحة:\n"
      "«نحن نعمل من أجل هذه اللحظة منذ أربع سنوات.\n"
      "أعرف أن الضغط كبير، لكنني أثق في اللاعبين.\n"
      "لن نغير هويتنا».\n"
      "وتابع أن الفريق جاهز.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 2u);
  const Quote& q = a.quotes[0];
  EXPECT_EQ(q.kind, Quote::Kind::kDirect);
  EXPECT_EQ(q.speaker, testing::EntityIndex(a, "فيليكس سانشيز"));
  EXPECT_EQ(q.ref.span.Of(page),
            "نحن نعمل من أجل هذه اللحظة منذ أربع سنوات.\nأعرف أن الضغط كبير، "
            "لكنني أثق في اللاعبين.\nلن نغير هويتنا");
  EXPECT_EQ(q.text, q.ref.span.Of(page));
  EXPECT_EQ(a.quotes[1].text, "الفريق جاهز");
}

TEST(QuoteTest, WhileAnotherThreatensEndsTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال رئيس الوزراء إن بلاده ملتزمة بخفض التصعيد، فيما "
      "هدد الرئيس الأمريكي بضرب مواقع إيرانية.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_GE(articles[0].quotes.size(), 1u);
  EXPECT_EQ(articles[0].quotes[0].text, "بلاده ملتزمة بخفض التصعيد");
}

TEST(QuoteTest, HeadlineWithTwoClaims) {
  std::vector<Article> articles = testing::AnalyzeText(
      "كولر: لا نخشى أجواء رادس.. وكاردوسو يرد: الترجي لن يفرط في الأرض\n"
      "قال مدرب الأهلي مارسيل كولر إن فريقه جاهز، وقال مدرب الترجي ميغيل "
      "كاردوسو إن فريقه قوي.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text, "لا نخشى أجواء رادس");
  EXPECT_EQ(a.quotes[1].text, "الترجي لن يفرط في الأرض");
  ASSERT_GE(a.quotes[1].speaker, 0);
  EXPECT_EQ(a.canonical[a.quotes[1].speaker].name, "ميغيل كاردوسو");
}

// «و» right after the first claim's closing mark, with its own speaker and
// colon, opens a second claim.
TEST(QuoteTest, HeadlineWithTwoQuotedClaims) {
  std::vector<Article> articles = testing::AnalyzeText(
      "لحظة بلحظة.. ترامب: \"سنذهب إلى المحكمة العليا\" وبايدن: \"نحن على "
      "الطريق للفوز\"\n"
      "قال الرئيس الأميركي دونالد ترامب إنه سيطعن، وقال المرشح الديمقراطي جو "
      "بايدن إنه واثق.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text, "سنذهب إلى المحكمة العليا");
  EXPECT_EQ(a.quotes[1].text, "نحن على الطريق للفوز");
  ASSERT_GE(a.quotes[1].speaker, 0);
  EXPECT_EQ(a.canonical[a.quotes[1].speaker].name, "جو بايدن");
}

// An interview: the answers after «Name:» are the person's words; the
// interviewer's questions are not statements.
TEST(QuoteTest, InterviewAnswersAreTheIntervieweesWords) {
  const std::string page =
      "عنوان الخبر\n"
      "قال وزير النقل المغربي محمد عبد الجليل إن المشروع يتقدم.\n"
      "هسبريس: متى ينتهي العمل في الخط الجديد؟\n"
      "عبد الجليل: سينتهي العمل قبل نهاية السنة المقبلة. الأشغال تسير "
      "بوتيرة جيدة.\n"
      "ج: نحن ملتزمون بالآجال التي أعلناها للمواطنين.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  const int32_t minister = testing::EntityIndex(a, "محمد عبد الجليل");
  EXPECT_EQ(a.quotes[1].kind, Quote::Kind::kDirect);
  EXPECT_EQ(a.quotes[1].text,
            "سينتهي العمل قبل نهاية السنة المقبلة. الأشغال تسير بوتيرة جيدة");
  EXPECT_EQ(a.quotes[1].speaker, minister);
  EXPECT_EQ(a.quotes[2].text, "نحن ملتزمون بالآجال التي أعلناها للمواطنين");
  EXPECT_EQ(a.quotes[2].speaker, minister);
}

// The name set off by commas after two offices speaks; a name inside the
// second office does not.
TEST(QuoteTest, NameAfterTwoOfficesSetOffByCommas) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال وزير الصحة في الحكومة الليبية، رئيس اللجنة العليا "
      "لمكافحة وباء \"كورونا\"، علي الزناتي، إن الوضع تحت السيطرة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "الوضع تحت السيطرة");
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "علي الزناتي"));
}

// «، وذلك في ختام …», «، بعد ساعات من …»: the writer's occasion ends the
// content; «، وذلك من خلال …» is still the speaker's.
TEST(QuoteTest, WritersOccasionEndsTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأعلن رئيس الحكومة التونسية أحمد الحشاني أن الحكومة "
      "ستخفض الأسعار، وذلك في ختام اجتماع مجلس الوزراء. وقال وزير المالية "
      "إن العجز سيتراجع، وذلك من خلال ترشيد النفقات. وأكد الحشاني أنه "
      "سيستقيل، بعد ساعات من احتجاجات واسعة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].text, "الحكومة ستخفض الأسعار");
  EXPECT_EQ(a.quotes[1].text, "العجز سيتراجع، وذلك من خلال ترشيد النفقات");
  EXPECT_EQ(a.quotes[2].text, "سيستقيل");
}

// «وأضاف X، نقلا عن Y، أن …»: Y speaks, X reports and goes on with
// «وتابع»; «دعا X، على لسان المتحدث باسمه Z، إلى …»: X speaks.
TEST(QuoteTest, RelaysBetweenTheCueAndTheContent) {
  const std::string page =
      "عنوان الخبر\nوقال المتحدث باسم الحكومة الأردنية مهند مبيضين إن "
      "الحكومة تتابع الحادث. وأضاف مبيضين، نقلا عن رئيس الوزراء جعفر حسان، "
      "أن \"المسؤولين سيحاسبون\". وتابع أن الطرق أعيد فتحها.\n"
      "ودعت منظمة الصحة العالمية، على لسان المتحدث باسمها كريستيان "
      "ليندماير، إلى \"وقف فوري للقتال\".\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 4u);
  const int32_t spokesman = testing::EntityIndex(a, "مهند مبيضين");
  EXPECT_EQ(a.quotes[1].text, "المسؤولين سيحاسبون");
  EXPECT_EQ(a.quotes[1].speaker, testing::EntityIndex(a, "جعفر حسان"));
  EXPECT_EQ(a.quotes[1].reporter, spokesman);
  EXPECT_EQ(a.quotes[2].text, "الطرق أعيد فتحها");
  EXPECT_EQ(a.quotes[2].speaker, spokesman);
  EXPECT_EQ(a.quotes[3].text, "وقف فوري للقتال");
  EXPECT_EQ(a.quotes[3].speaker,
            testing::EntityIndex(a, "منظمة الصحة العالمية"));
}

// A verbal noun announced after the subject and a day with its date in
// brackets, set off by commas.
TEST(QuoteTest, AnnouncedNounAfterADayWithItsDate) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nأعلن محافظ البصرة، أسعد العيداني، اليوم الأحد (12 "
      "كانون الثاني 2020)، افتتاح ثلاثة مستشفيات جديدة في المحافظة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "افتتاح ثلاثة مستشفيات جديدة في المحافظة");
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "أسعد العيداني"));
}

// An unnamed source in an attribution keeps its description, not the
// outlet it spoke to.
TEST(QuoteTest, UnnamedSourceIsNotTheOutletItToldTo) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nووصل وزير الخارجية القطري إلى طهران مساء الأحد، وفق ما "
      "أفاد مصدر دبلوماسي لوكالة فرانس برس.\nوتواصلت الاشتباكات في محيط "
      "المطار، بحسب شهود عيان تحدثوا لـ\"سودان تربيون\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker, -1);
  EXPECT_EQ(a.quotes[0].speaker_text, "مصدر دبلوماسي");
  EXPECT_EQ(a.quotes[1].speaker, -1);
  EXPECT_EQ(a.quotes[1].speaker_text, "شهود عيان");
}

// The subject of a cue with none of its own is the person the sentence
// names, not the body inside his office.
TEST(QuoteTest, BodyInsideAnOfficeIsNotTheSubject) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nووصل رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان إلى "
      "المدينة، وقال أمام الجنود إن \"المعركة مستمرة\". وكان البرهان قد "
      "زار القاهرة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "عبد الفتاح البرهان"));
}

// «، داعيا إلى "…"»: after a comma, a call with its preposition and
// a quotation is a statement of its own; «، مشيرا إلى "…"» stays inside.
TEST(QuoteTest, ParticipleWithPrepositionAndQuotationIsItsOwnStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال رئيس البرلمان نبيه بري إن المجلس سيجتمع قريبا، "
      "داعيا إلى \"حوار وطني شامل\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text, "المجلس سيجتمع قريبا");
  EXPECT_EQ(a.quotes[1].text, "حوار وطني شامل");
  EXPECT_EQ(a.quotes[1].speaker, testing::EntityIndex(a, "نبيه بري"));
}

// «وصف … بأنه "…"», «اكتفى بالقول إنه …», «بحسب ما أفاد به المصدر»,
// «وفق آخر معطيات أعلنتها الوزارة»; a sub-headline with an unnamed source
// before its colon; the subject's own verbal noun after only a day.
TEST(QuoteTest, DescribingSayingOnlyAndMaghrebiSources) {
  const std::string page =
      "عنوان الخبر\nوكان وزير الخارجية الروسي سيرغي لافروف قد وصف ما يجري "
      "بأنه \"غير مقبول\".\nومصدر أمني: لا تفاوض قبل انسحاب المسلحين\n"
      "أما رئيس البرلمان نبيه بري فاكتفى بالقول إنه سيدعو إلى جلسة قريبا.\n"
      "ومن المنتظر أن تصدر المحكمة حكمها الأسبوع المقبل، بحسب ما أفاد به "
      "المصدر القضائي.\nوارتفعت حصيلة الضحايا إلى 2862 قتيلا، وفق آخر "
      "معطيات أعلنتها وزارة الداخلية.\nوكانت الحكومة قد أعلنت صباح الأحد "
      "استعدادها لاستقبال المساعدات الدولية.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  std::vector<std::string> texts;
  for (const Quote& q : a.quotes) {
    EXPECT_EQ(q.ref.span.Of(page), q.text);
    texts.push_back(q.text);
  }
  ASSERT_EQ(a.quotes.size(), 6u) << ::testing::PrintToString(texts);
  EXPECT_EQ(a.quotes[0].text, "غير مقبول");
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "سيرغي لافروف"));
  EXPECT_EQ(a.quotes[1].text, "لا تفاوض قبل انسحاب المسلحين");
  EXPECT_EQ(a.quotes[1].speaker_text, "مصدر أمني");
  EXPECT_EQ(a.quotes[2].text, "سيدعو إلى جلسة قريبا");
  EXPECT_EQ(a.quotes[2].speaker, testing::EntityIndex(a, "نبيه بري"));
  EXPECT_EQ(a.quotes[3].speaker_text, "المصدر القضائي");
  EXPECT_EQ(a.quotes[4].speaker, testing::EntityIndex(a, "وزارة الداخلية"));
  EXPECT_EQ(a.quotes[5].text, "استعدادها لاستقبال المساعدات الدولية");
}

// A linked headline speaks only as a headline («X: …»), and the days of
// the article after the link resolve against the article's own date.
TEST(QuoteTest, InlineLinkIsAHeadlineOutsideTheChain) {
  const std::string page =
      "المركزي يرفع الفائدة\n"
      "تاريخ النشر: 27 أكتوبر 2022\n"
      "وقال محافظ البنك المركزي حسن عبد الله إن القرار ضروري.\n"
      "اقرأ أيضا: جورجيفا: الاقتصاد العالمي مقبل على شتاء صعب\n"
      "وأضاف أن البنك سيجتمع مجددا يوم الخميس المقبل.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  // Link units come after the paragraphs.
  EXPECT_EQ(a.quotes[1].text, "البنك سيجتمع مجددا يوم الخميس المقبل");
  EXPECT_EQ(a.quotes[1].speaker, testing::EntityIndex(a, "حسن عبد الله"));
  EXPECT_EQ(a.quotes[2].text, "الاقتصاد العالمي مقبل على شتاء صعب");
  bool thursday = false;
  for (const TimeExpression& t : a.dates) {
    if (t.text == "يوم الخميس المقبل") {
      ASSERT_TRUE(t.value.has_value());
      EXPECT_EQ(t.value->ToIso(), "2022-11-03");
      thursday = true;
    }
  }
  EXPECT_TRUE(thursday);
}

// «، متوقعا أن …», «فأجاب بأن …», and a list of answers by topic after a
// dash and a colon.
TEST(QuoteTest, ForecastsAnswersAndTopicLists) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال رئيس البورصة المصرية إسلام عزام إن الطروحات ستبدأ "
      "قريبا، متوقعا أن ترتفع السيولة في السوق.\nوسئل عزام عن الموعد، "
      "فأجاب بأن الطرح الأول سيكون قبل الصيف.\nوفي ما يلي أبرز تصريحاته:\n"
      "- عن بنك القاهرة: \"نستهدف إتمام الطرح قبل نهاية يونيو\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  std::vector<std::string> texts;
  for (const Quote& q : a.quotes) texts.push_back(q.text);
  ASSERT_EQ(a.quotes.size(), 4u) << ::testing::PrintToString(texts);
  const int32_t azzam = testing::EntityIndex(a, "إسلام عزام");
  EXPECT_EQ(a.quotes[1].text, "ترتفع السيولة في السوق");
  EXPECT_EQ(a.quotes[2].text, "الطرح الأول سيكون قبل الصيف");
  EXPECT_EQ(a.quotes[2].speaker, azzam);
  EXPECT_EQ(a.quotes[3].text, "نستهدف إتمام الطرح قبل نهاية يونيو");
  EXPECT_EQ(a.quotes[3].speaker, azzam);
}

// «متوقعة بنحو 10.9 مليار»: a forecast figure in the writer's words is no
// statement; «وتوقع الخبراء ارتفاع …» has the experts as subject.
TEST(QuoteTest, ForecastFiguresAreNoStatements) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقدرت الحكومة الإيرادات بـ23 مليار دينار، والنفقات "
      "متوقعة بنحو 10.9 مليار دينار.\n");
  ASSERT_EQ(articles.size(), 1u);
  for (const Quote& q : articles[0].quotes) {
    ADD_FAILURE() << "unexpected quote «" << q.text << "»";
  }
}

// The writer's context after a comma ends the content: «، وذلك بعد …»,
// «، بعد أن …», «، في أكبر تقدم …»; quoted words after «بعد أن» are still
// the speaker's.
TEST(QuoteTest, WritersContextEndsTheContent) {
  struct Case {
    const char* paragraph;
    const char* text;
  };
  const Case cases[] = {
      {"وقال الرئيس الأوكراني فولوديمير زيلينسكي إن روسيا \"تحاول "
       "تدميرنا\"، وذلك بعد أن استهدفت موجة من الضربات العاصمة كييف.",
       "روسيا \"تحاول تدميرنا\""},
      {"وأعلن الجيش السوداني سيطرته الكاملة على القصر الجمهوري، في أكبر تقدم "
       "له منذ اندلاع الحرب.",
       "سيطرته الكاملة على القصر الجمهوري"},
      {"وأعلن المرشح الجمهوري دونالد ترامب فوزه في الانتخابات، بعد أن رجحت "
       "وسائل الإعلام "
       "حسمه الولايات المتأرجحة.",
       "فوزه في الانتخابات"},
      {"وقال مكتب رئيس الوزراء إن الحكومة \"ستصادق على الاتفاق\"، بعد أن "
       "\"درست كافة الجوانب\".",
       "الحكومة \"ستصادق على الاتفاق\"، بعد أن \"درست كافة الجوانب\""},
  };
  for (const Case& c : cases) {
    std::vector<Article> articles =
        testing::AnalyzeText(std::string("عنوان الخبر\n") + c.paragraph + "\n");
    ASSERT_EQ(articles.size(), 1u);
    ASSERT_FALSE(articles[0].quotes.empty()) << c.paragraph;
    EXPECT_EQ(articles[0].quotes[0].text, c.text);
  }
}

// «عدم كشف هويته» is no cue; a member for a body is an unnamed source.
TEST(QuoteTest, MemberForABodyIsUnnamedAndAnonymityIsNoCue) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوبحسب نائب عن الحزب الديمقراطي تحدث لـ\"الحرة\" طالبا "
      "عدم كشف هويته، فإن الكتلة ستصوت ضد القانون.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "الكتلة ستصوت ضد القانون");
  EXPECT_EQ(a.quotes[0].speaker, -1);
  EXPECT_EQ(a.quotes[0].speaker_text, "نائب عن الحزب الديمقراطي");
}

// A rank between the second office's comma and the name; a definite
// subject before the subject's own verbal noun; «، واصفا … بأنه» opens the
// speaker's next statement.
TEST(QuoteTest, RankOwnNounAndDescribingParticiple) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال عضو مجلس السيادة، مساعد القائد العام للقوات "
      "المسلحة، الفريق أول شمس الدين كباشي، إن المعركة مستمرة.\nوأعلنت "
      "الحكومة الليبية استعدادها الكامل لاستقبال الوفود.\nوأكد المتحدث "
      "باسم الكرملين دميتري بيسكوف أن الهجوم فشل، واصفا العملية بأنها "
      "\"استفزاز\" مدبر.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 4u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "شمس الدين كباشي"));
  EXPECT_EQ(a.quotes[1].text, "استعدادها الكامل لاستقبال الوفود");
  EXPECT_EQ(a.quotes[2].text, "الهجوم فشل");
  EXPECT_EQ(a.quotes[3].text, "\"استفزاز\" مدبر");
  EXPECT_EQ(a.quotes[3].speaker, testing::EntityIndex(a, "دميتري بيسكوف"));
}

// A headline's claim after an ellipsis: «… وزير الصحة: 220 إصابة».
TEST(QuoteTest, HeadlineSpeakerAfterAnEllipsis) {
  std::vector<Article> articles = testing::AnalyzeText(
      "الكوليرا تتمدد في لبنان... وزير الصحة: 220 إصابة مؤكدة\n"
      "أعلن وزير الصحة العامة في حكومة تصريف الأعمال اللبنانية فراس الأبيض "
      "ارتفاع عدد الإصابات. وقال الأبيض إن الوضع تحت السيطرة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "220 إصابة مؤكدة");
  // The office, or the minister it names in the body.
  EXPECT_TRUE(a.quotes[0].speaker_text.find("وزير الصحة") !=
                  std::string::npos ||
              a.quotes[0].speaker == testing::EntityIndex(a, "فراس الأبيض"))
      << a.quotes[0].speaker_text;
  EXPECT_EQ(a.quotes[0].speaker_text.find("الكوليرا"), std::string::npos);
}

TEST(QuoteTest, HeadlinePlaceDoesNotChainIntoTheBody) {
  std::vector<Article> articles = testing::AnalyzeText(
      "المنامة: إيران تصدر الإرهاب إلى البحرين\n"
      "اتهم وزير الداخلية البحريني الفريق الركن الشيخ راشد بن عبدالله آل "
      "خليفة إيران بالتورط في الإخلال بأمن البحرين. وأشار في تصريح له أمس إن "
      "صد تهديد إيران يقتضي تصحيح ركائز البيت الخليجي.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_FALSE(a.quotes.empty());
  const Quote& q = a.quotes.back();
  EXPECT_TRUE(q.text.starts_with("صد تهديد")) << q.text;
  EXPECT_EQ(q.speaker, testing::EntityIndex(a, "راشد بن عبدالله آل خليفة"))
      << q.speaker_text;
}

// «الصحة: …» in a headline is the ministry of health the article names,
// not the world health body it also names; «روسيا: …» is the country.
TEST(QuoteTest, HeadlineFieldOfAMinistryAndAPlace) {
  std::vector<Article> articles = testing::AnalyzeText(
      "الصحة: رفع الاستعداد بالمستشفيات خلال عيد الأضحى\n"
      "أعلن المتحدث الرسمي باسم وزارة الصحة والسكان أن الوزارة رفعت "
      "الاستعداد في المستشفيات. وكانت منظمة الصحة العالمية قد حذرت من موجات "
      "الحر.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_FALSE(a.quotes.empty());
  EXPECT_TRUE(a.quotes[0].text.starts_with("رفع الاستعداد"))
      << a.quotes[0].text;
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "وزارة الصحة والسكان"))
      << a.quotes[0].speaker_text;
  articles = testing::AnalyzeText(
      "أوبك تتوقع استقرار النفط .. روسيا: نسعى الى سوق نفطية متوازنة\n"
      "وقال وزير الطاقة الروسي الكسندر نوفاك إن روسيا والمنظمة تسعيان وراء "
      "نفس الهدف.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_FALSE(articles[0].quotes.empty());
  EXPECT_EQ(articles[0].quotes[0].speaker,
            testing::EntityIndex(articles[0], "روسيا"))
      << articles[0].quotes[0].speaker_text;
}

// «التعاون الإسلامي: …» is «منظمة التعاون الإسلامي» without its kind.
TEST(QuoteTest, HeadlineBodyWithoutItsKind) {
  std::vector<Article> articles = testing::AnalyzeText(
      "التعاون الإسلامي: تصريحات المالكي ضد المملكة غير مبررة\n"
      "استنكرت منظمة التعاون الإسلامي التصريحات التي أدلى بها نوري المالكي "
      "لإحدى محطات التلفزيون العراقية.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_FALSE(a.quotes.empty());
  EXPECT_EQ(a.quotes[0].speaker,
            testing::EntityIndex(a, "منظمة التعاون الإسلامي"))
      << a.quotes[0].speaker_text;
}

// After an ellipsis, «و» with a subject and a present verb is the
// headline's next item; «.. ووقعنا معه» goes on with the claim.
TEST(QuoteTest, HeadlineClaimEndsAtTheNextItem) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عبدالعزيز بن سلمان: قرار أوبك+ فني بحت.. وواشنطن \"تشعر بخيبة أمل\"\n"
      "دافع وزير الطاقة السعودي الأمير عبد العزيز بن سلمان عن القرار.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_FALSE(articles[0].quotes.empty());
  EXPECT_EQ(articles[0].quotes[0].text, "قرار أوبك+ فني بحت");
  articles = testing::AnalyzeText(
      "رئيس الهلال: الجهيم حر .. ووقعنا معه\n"
      "أكد رئيس نادي الهلال أن اللاعب حر وأن النادي وقع معه.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_FALSE(articles[0].quotes.empty());
  EXPECT_EQ(articles[0].quotes[0].text, "الجهيم حر .. ووقعنا معه");
  // A verb headline too: past the ellipsis, «و», a speaker and a colon.
  articles = testing::AnalyzeText(
      "أوجلان يدعو إلى إلقاء السلاح.. و\"العدالة والتنمية\": الهدف تركيا "
      "خالية من الإرهاب\nوقال أوجلان في رسالة إن الوقت حان.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_FALSE(articles[0].quotes.empty());
  EXPECT_EQ(articles[0].quotes[0].text, "إلقاء السلاح");
}

// «وقال المكتب الإعلامي … إن السوداني أكد "…"»: the content cut at the
// inner cue is a name alone, no statement; the inner one is the name's.
TEST(QuoteTest, NameAloneIsNoStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nبدوره، هنأ رئيس مجلس الوزراء محمد شياع السوداني "
      "المشهداني بمنصبه، وقال المكتب الإعلامي لرئيس الوزراء في بيان، إن "
      "السوداني أكد \"استعداد الحكومة للتعاون الكامل مع السلطة "
      "التشريعية\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u) << a.quotes[0].text;
  EXPECT_TRUE(a.quotes[0].text.starts_with("استعداد الحكومة"));
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "محمد شياع السوداني"));
}

// «تمثل في نقل "78,618" راكباً»: a cue word before a figure alone makes no
// statement.
TEST(QuoteTest, FigureAloneIsNoStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nكشفت الإحصائيات نجاحاً في العمليات التشغيلية تمثل في "
      "نقل \"78,618\" راكباً بنسبة نمو بلغت \"19%\".\n");
  ASSERT_EQ(articles.size(), 1u);
  for (const Quote& q : articles[0].quotes) {
    EXPECT_NE(q.text, "78,618");
    EXPECT_NE(q.text, "19%");
  }
}

// A name in quotation marks after a cue is part of the subject or the
// circumstance, not what was said.
TEST(QuoteTest, QuotedNameIsNoStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nمن جهته، أعلن إبراهيم غالي، زعيم جبهة البوليساريو، في "
      "مرسوم نشرته \"وكالة الأنباء الصحراوية\"، إنهاء الالتزام بوقف إطلاق "
      "النار.\nوقال المحلل في بنك \"يو بي إس\" جيوفاني ستاونوفو إن الخفض "
      "سيكون أقل من المعلن.\n");
  ASSERT_EQ(articles.size(), 1u);
  for (const Quote& q : articles[0].quotes) {
    EXPECT_NE(q.text, "وكالة الأنباء الصحراوية");
    EXPECT_NE(q.text, "يو بي إس");
  }
}

// The subject speaks, not the outlet that carried the statement or the
// channel of the interview; a quoted name before the content is skipped.
TEST(QuoteTest, CarrierAndChannelAreNotTheSpeaker) {
  struct Case {
    const char* text;
    const char* speaker;
    const char* starts;
  } cases[] = {
      {"ومن جهته، نفى الحكم باكاري قاساما، في تصريحات نقلتها وسائل إعلام "
       "غامبية، أن يكون قد \"ارتكب أخطاء مؤثرة\".",
       "باكاري قاساما", "يكون قد"},
      {"وأعلن وزير الطاقة السعودي الأمير عبد العزيز بن سلمان، في بيان نقلته "
       "وكالة الأنباء السعودية \"واس\"، أن الهجمات أدت إلى توقف الإنتاج.",
       "عبد العزيز بن سلمان", "الهجمات أدت"},
      {"وكان وزير الخارجية محمد جواد ظريف قد أكد، في مقابلة مع قناة «برس تي "
       "في»، أن الخطوة «ليست نهاية الطريق».",
       "محمد جواد ظريف", "الخطوة"},
      {"وهنأ نبيل القروي منافسه بالفوز، وقال في تصريح لإذاعة \"موزاييك أف "
       "أم\" إنه \"سيواصل العمل من موقع المعارضة\".",
       "نبيل القروي", "سيواصل العمل"},
      {"وقال المحلل في بنك \"يو بي إس\" جيوفاني ستاونوفو إن \"السوق ستبقى "
       "شحيحة خلال فصل الشتاء\".",
       "جيوفاني ستاونوفو", "السوق ستبقى"},
      // The body's short name in brackets between the office and its
      // holder.
      {"وقال الأمين العام لمنظمة البلدان المصدرة للبترول (أوبك) عبدالله "
       "البدري لوزير الطاقة الروسي ألكسندر نوفاك: إن أسعار النفط ستتعافى.",
       "عبدالله البدري", "أسعار النفط"},
  };
  for (const Case& c : cases) {
    std::vector<Article> articles =
        testing::AnalyzeText(std::string("عنوان الخبر\n") + c.text + "\n");
    ASSERT_EQ(articles.size(), 1u);
    const Article& a = articles[0];
    ASSERT_EQ(a.quotes.size(), 1u) << c.text;
    EXPECT_TRUE(a.quotes[0].text.starts_with(c.starts)) << a.quotes[0].text;
    ASSERT_GE(testing::EntityIndex(a, c.speaker), 0) << c.speaker;
    EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, c.speaker))
        << c.text << " / " << a.quotes[0].speaker_text;
  }
}

// «وهو ما ردت عليه طهران بأنها …»: the pronoun of «ما» is no part of the
// speaker, and the writer's «، وهو ما» ends the statement before it.
TEST(QuoteTest, WhatItRepliedToEndsTheStatementBefore) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوكان المتحدث باسم الخارجية الأميركية نيد برايس قد أعلن "
      "أن الولايات المتحدة ستقبل دعوة، وهو ما ردت عليه طهران بأنها «تدرس» "
      "المقترح.\nوحسب ما أفادت به مصادر من السلطة لـ\"الشروق\"، فإن محاضر "
      "الفرز ستسلم غدا.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].text, "الولايات المتحدة ستقبل دعوة");
  EXPECT_EQ(a.quotes[1].speaker, testing::EntityIndex(a, "طهران"));
  EXPECT_EQ(a.quotes[2].speaker_text, "مصادر من السلطة");
}

// «كشف المتحدث», «وأكد المتحدث ذاته»: "the one speaking" is the speaker
// being quoted; «المتحدث باسم …» is a spokesman.
TEST(QuoteTest, TheOneSpeakingGoesOn) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال رئيس الاتحاد الجزائري لكرة القدم شرف الدين عمارة في "
      "ندوة صحفية: \"سنرفع تقريرا مفصلا\".\nوعن مستقبل بلماضي، كشف المتحدث "
      "أنه التقى المدرب الخميس الماضي.\nوأكد المتحدث ذاته أن الاتحاد سيواصل "
      "عمله.\nوقال المتحدث باسم الوزارة إن الملف مغلق.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 4u);
  const int32_t amara = a.quotes[0].speaker;
  ASSERT_GE(amara, 0);
  EXPECT_EQ(a.quotes[1].speaker, amara);
  EXPECT_EQ(a.quotes[2].speaker, amara);
  EXPECT_NE(a.quotes[3].speaker, amara);
}

// «مؤسسة «إم إس سي آي»» is the body that speaks; a paper named before
// «نقلت عن مصدر …» relays an unnamed source.
TEST(QuoteTest, QuotedBodyAfterItsKindAndSourceRelayedByThePaper) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nأكدت مؤسسة «إم إس سي آي»، أمس الاثنين، أن ترقية بورصة "
      "الكويت ستدخل حيز التنفيذ.\nوكانت صحيفة \"ديلي ميل\" البريطانية قد "
      "نقلت عن مصدر مقرب من اللاعب أن مفاوضات تجديد عقده \"لم تشهد "
      "جديدا\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "إم إس سي آي"));
  EXPECT_EQ(a.quotes[1].speaker, -1);
  EXPECT_TRUE(a.quotes[1].speaker_text.starts_with("مصدر مقرب"));
  EXPECT_EQ(a.quotes[1].reporter, testing::EntityIndex(a, "ديلي ميل"));
}

// «بعض اعضاء النادي», «بعض المحللين»: some of a group speak, described,
// never the person quoted before; «لكن موسكو تؤكد»: the place after «لكن»
// («لكن» is no ل + noun) speaks for its government.
TEST(QuoteTest, SomeOfAGroupAndAPlaceAfterBut) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال رئيس النادي عادل الإيداء إن النادي فاز.\nوفي نفس "
      "السياق، قال بعض اعضاء النادي لـ «اليوم»: إنهم بدأوا بالتفاؤل.\nوحذر "
      "بعض المحللين من تخمة في المعروض العالمي.\nوتتهم واشنطن ولندن الجيش "
      "السوري بشن هجمات لكن موسكو تؤكد انه لا توجد أدلة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 4u);
  EXPECT_EQ(a.quotes[1].speaker, -1);
  EXPECT_EQ(a.quotes[1].speaker_text, "بعض اعضاء النادي");
  EXPECT_EQ(a.quotes[2].speaker, -1);
  EXPECT_EQ(a.quotes[2].speaker_text, "بعض المحللين");
  EXPECT_EQ(a.quotes[3].speaker, testing::EntityIndex(a, "موسكو"));
}

// A headline's second claim «.. وجهاز الضرائب: …»: the «و» is no part of
// its speaker.
TEST(QuoteTest, SecondHeadlineSpeakerWithoutItsConjunction) {
  for (const char* title :
       {"بدء تطبيق ضريبة القيمة المضافة اليوم.. وجهاز الضرائب: لا زيادة على "
        "488 سلعة",
        "بورصة الكويت على طريق «الناشئة».. و«أسواق المال»: إنجاز تاريخي"}) {
    std::vector<Article> articles = testing::AnalyzeText(
        std::string(title) + "\nبدأ اليوم تطبيق الضريبة.\n");
    ASSERT_EQ(articles.size(), 1u);
    ASSERT_FALSE(articles[0].quotes.empty()) << title;
    const Quote& q = articles[0].quotes[0];
    EXPECT_FALSE(q.speaker_text.starts_with("و")) << q.speaker_text;
  }
}

// A plural participle goes with the group named before it («إلا أن
// إماراتيين رفضوا …، مشيرين …»), not the one person quoted last.
TEST(QuoteTest, PluralParticipleGoesWithTheGroup) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوكان الرئيس اليمني السابق علي عبدالله صالح قد طالب "
      "الحكومة الإماراتية بمراجعة موقفها من الحرب، قائلا إنه يشفق على هذه "
      "الدولة. إلا أن إماراتيين رفضوا كلماته، وطالبوه بتوفير نصائحه لنفسه، "
      "مشيرين إلى أنه لو كان يتمتع بالحكمة لما تسبب في تدمير بلاده.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_FALSE(a.quotes.empty());
  const Quote& last = a.quotes.back();
  EXPECT_EQ(last.cue, "مشيرين");
  EXPECT_EQ(last.speaker, -1);
  EXPECT_EQ(last.speaker_text, "إماراتيين");
}

// Forces or authorities described by a person («القوات الموالية لحكومة
// الرئيس … هادي») speak, not the person; «قوات التحالف» are the coalition.
TEST(QuoteTest, ForcesDescribedByAPersonSpeak) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nأكدت القوات الموالية لحكومة الرئيس اليمني عبدربه منصور "
      "هادي اليوم الاثنين أنها بسطت سيطرتها على حي التواهي.\nوأعلنت قوات "
      "التحالف أول من أمس تنفيذ 18 غارة جوية على مواقع تابعة للتنظيم.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker, -1);
  EXPECT_TRUE(a.quotes[0].speaker_text.starts_with("القوات الموالية"));
  EXPECT_GE(a.quotes[1].speaker, 0);
}

// «التقرير» speaks for whoever issued it where the article brought it up
// («تقرير بثه تلفزيون النمسا», «الصادر عن الهيئات … التابعة لوزارة
// الصحة»); «الصادر عن …» belongs to the subject, not the content.
TEST(QuoteTest, TheReportIsItsIssuer) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nجاء تقرير بثه تلفزيون النمسا قاسياً على السياح العرب، حيث "
      "ذكر التقرير بأن هناك سلوكيات لا تليق.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_EQ(articles[0].quotes.size(), 1u);
  EXPECT_EQ(articles[0].quotes[0].speaker,
            testing::EntityIndex(articles[0], "تلفزيون النمسا"));
  articles = testing::AnalyzeText(
      "عنوان الخبر\nأكد التقرير الإحصائي الصادر عن الهيئات الصحية الشرعية "
      "التابعة لوزارة الصحة، أنه صدر حكم بالإدانة ضد 555 ممارساً صحياً.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_EQ(articles[0].quotes.size(), 1u);
  EXPECT_TRUE(articles[0].quotes[0].text.starts_with("صدر حكم"));
  EXPECT_EQ(articles[0].quotes[0].speaker,
            testing::EntityIndex(articles[0], "وزارة الصحة"));
}

// A spokesman's «إن» + a person, his office set off by commas, and his own
// verb: the person speaks, the spokesman reports and goes on with «وأضاف».
TEST(QuoteTest, NestedSpeakerWithHisOfficeAndTheSpokesmanGoesOn) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nقال الدكتور حسام عبدالغفار، المتحدث الرسمي باسم وزارة "
      "الصحة والسكان، في بيان صحفي، إن الدكتور خالد عبدالغفار، نائب رئيس "
      "الوزراء وزير الصحة والسكان، أكد أن «الحصول على الشهادة إنجاز "
      "تاريخي».\nوأضاف أن الوزير وجه بتعزيز الترصد في المنافذ الحدودية.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_TRUE(a.quotes[0].text.starts_with("الحصول على الشهادة"));
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "خالد عبدالغفار"));
  EXPECT_EQ(a.quotes[0].reporter, testing::EntityIndex(a, "حسام عبدالغفار"));
  EXPECT_EQ(a.quotes[1].speaker, testing::EntityIndex(a, "حسام عبدالغفار"));
}

// «الأمانة العامة لحزب …» speaks for the party, and «وأضاف البلاغ» goes
// on with it.
TEST(QuoteTest, AGoverningOrganSpeaksForItsBody) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nفي المقابل، أعلنت الأمانة العامة لحزب العدالة والتنمية، "
      "في بلاغ صادر صباح اليوم الخميس، تقديم أعضائها استقالة جماعية. وأضاف "
      "البلاغ أن الحزب \"يعتبر النتائج غير مفهومة\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  const int32_t party = testing::EntityIndex(a, "حزب العدالة والتنمية");
  ASSERT_GE(party, 0);
  EXPECT_EQ(a.quotes[0].speaker, party);
  EXPECT_EQ(a.quotes[1].speaker, party);
}

// A headline's claim ends at «.. و» + a quoted subject + a present verb
// («.. و"العمل الإسلامي" يتصدر …»).
TEST(QuoteTest, HeadlineClaimEndsBeforeAQuotedSubjectAndItsVerb) {
  std::vector<Article> articles = testing::AnalyzeText(
      "المعايطة: نسبة الاقتراع بلغت 32.25%.. و\"العمل الإسلامي\" يتصدر بـ31 "
      "مقعداً\nأعلنت الهيئة النتائج.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_FALSE(articles[0].quotes.empty());
  EXPECT_EQ(articles[0].quotes[0].text, "نسبة الاقتراع بلغت 32.25%");
}

// «الجماعة» is the one group the article names with that head, even when
// the tagger left the head out of the name («جماعة أنصار الله» tagged
// «أنصار الله»).
TEST(QuoteTest, TheGroupByItsHead) {
  std::vector<Article> articles = testing::AnalyzeText(
      "ترامب يأمر بضربات \"حاسمة\" ضد الحوثيين.. والجماعة: التصعيد سيقابل "
      "بالتصعيد\nأمر الرئيس الأمريكي دونالد ترامب بشن ضربات على جماعة أنصار "
      "الله في اليمن. وقالت الجماعة إن التصعيد سيقابل بالتصعيد.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  const int32_t group = testing::EntityIndex(a, "أنصار الله");
  ASSERT_GE(group, 0);
  EXPECT_EQ(a.quotes[0].speaker, group);
  EXPECT_EQ(a.quotes[1].speaker, group);
}

// A headline speaker with its own present verb before the colon («..
// والإطار التنسيقي يرفض النتائج: …») is the subject before the verb.
TEST(QuoteTest, HeadlineSpeakerEndsBeforeItsVerb) {
  std::vector<Article> articles = testing::AnalyzeText(
      "الصدر يتصدر.. والإطار التنسيقي يرفض النتائج: “تلاعب واحتيال”\n"
      "أعلنت المفوضية النتائج.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_FALSE(articles[0].quotes.empty());
  EXPECT_EQ(articles[0].quotes[0].speaker_text, "الإطار التنسيقي");
}

// An office written with another spelling of a word («كوردستان» /
// «كردستان») still names its holder.
TEST(QuoteTest, OfficeInAnotherSpellingNamesItsHolder) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nالتقى رئيس مجلس الوزراء العراقي محمد شياع السوداني، "
      "ورئيس حكومة إقليم كوردستان مسرور بارزاني، أمس الثلاثاء. وقال "
      "السوداني إن الاتفاق مهم. وأضاف رئيس حكومة إقليم كردستان أن "
      "الإيرادات ستودع في حساب خاص.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[1].speaker, testing::EntityIndex(a, "مسرور بارزاني"));
}

// A time adjunct («في وقت سابق») between a named subject and its verbal
// noun.
TEST(QuoteTest, VerbalNounAfterATimeAdjunct) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأعلنت وزارة الدفاع العراقية في وقت سابق تحرير معظم "
      "مناطق الكرمة المجاورة لقضاء الفلوجة.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_EQ(articles[0].quotes.size(), 1u);
  EXPECT_TRUE(articles[0].quotes[0].text.starts_with("تحرير معظم"));
}

// Neither the byline nor the outlet told («لـ"سبق"») is who spoke.
TEST(QuoteTest, BylineAndOutletToldAreNoSpeakers) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nسعود الدعجاني - سبق - عسير: كشف مواطن من أقارب الجاني "
      "لـ \"سبق\"، تفاصيل الحادث؛ حيث أكد أن قريبه اعتدى على طبيبه. وأوضح "
      "لـ\"سبق\" قائلا: إن قريبه لم يكن يعاني من شيء.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  for (const Quote& q : a.quotes) {
    EXPECT_NE(q.speaker, testing::EntityIndex(a, "سعود الدعجاني")) << q.text;
    EXPECT_NE(q.speaker, testing::EntityIndex(a, "سبق")) << q.text;
  }
}

// A description that ends with a person's family name in another
// spelling («الحكم قاساما» for «باكاري غاساما») is that person.
TEST(QuoteTest, DescriptionWithAFamilyNameInAnotherSpelling) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأدار المباراة الحكم الغامبي باكاري غاساما. ومن جهته، "
      "نفى الحكم قاساما، في تصريحات نقلتها وسائل إعلام غامبية، أن يكون قد "
      "\"ارتكب أخطاء مؤثرة\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "باكاري غاساما"));
}

// «في مقابلة مع بي.بي.سي» tagged «سي»: a piece of initials is no subject.
TEST(QuoteTest, PieceOfInitialsIsNoSpeaker) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوتحدث الرئيس الأمريكي باراك اوباما عن الأسلحة. وقال في "
      "مقابلة مع بي.بي.سي: «اذا نظرنا الى عدد الامريكيين الذي قتلوا فان الرقم "
      "لا يتجاوز المئة».\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "باراك اوباما"));
}

// A spokesman's «إن» + an office of several words and its holder's own
// verb, with an adjunct before «أن»: the holder speaks, the spokesman
// reports.
TEST(QuoteTest, HolderOfALongOfficeSpeaksThroughTheSpokesman) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال الناطق باسم «الجيش الوطني الليبي»، اللواء أحمد "
      "المسماري، إن القائد العام المشير خليفة حفتر أكد، خلال لقائه قادة "
      "الوحدات العسكرية في بنغازي، أن «القوات المسلحة لن تسمح بالعبث بمقدرات "
      "الليبيين وقوتهم».\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_TRUE(a.quotes[0].text.starts_with("القوات المسلحة"));
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "خليفة حفتر"));
  EXPECT_EQ(a.quotes[0].reporter, testing::EntityIndex(a, "أحمد المسماري"));
}

// A paper quoting its own sources, then referred to as «الصحيفة
// الأمريكية»: the sources speak and the paper reports; the description is
// the paper last named; «وتابعت الصحيفة تقول إن» has its subject before
// «تقول».
TEST(QuoteTest, PaperRelaysItsSourcesAndIsReferredToByItsHead) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "نقلت صحيفة وول ستريت جورنال الأمريكية عن مصادر قولها إن السلطات "
      "الأمريكية تحقق في تعامل بنوك مع أموال الفيفا.\n"
      "وأوضحت الصحيفة نقلا عن مصادرها أن التحقيقات لا تزال في مراحلها "
      "الأولى.\n"
      "وتابعت الصحيفة الأمريكية تقول إن مدعين في بروكلين اتصلوا بأكثر من "
      "ستة بنوك.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  const int32_t paper = testing::EntityIndex(a, "وول ستريت جورنال");
  ASSERT_GE(paper, 0);
  EXPECT_EQ(a.quotes[1].speaker, -1);
  EXPECT_EQ(a.quotes[1].speaker_text, "مصادرها");
  EXPECT_EQ(a.quotes[1].reporter, paper);
  EXPECT_TRUE(a.quotes[2].text.starts_with("مدعين")) << a.quotes[2].text;
  EXPECT_EQ(a.quotes[2].speaker, paper) << a.quotes[2].speaker_text;
}

// «وجاء في بيان …»: the body that issued the statement speaks; with none
// named, the statement as described.
TEST(QuoteTest, StatementCameInADocument) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "وجاء في بيان لوزارة الصحة أن عدد الإصابات ارتفع إلى 20 إصابة.\n"
      "وجاء في بيان سعودي أميركي مشترك أن الطرفين اتفقا على تسهيل وصول "
      "المساعدات.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "وزارة الصحة"))
      << a.quotes[0].speaker_text;
  EXPECT_EQ(a.quotes[1].speaker, -1);
  EXPECT_EQ(a.quotes[1].speaker_text, "بيان سعودي أميركي مشترك");
}

// «وبحسب X، <statement>» with no «فإن»; two trailing attributions in one
// sentence, the second clause opened by «فيما».
TEST(QuoteTest, AttributionsWithoutComplementizer) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "وبحسب نص الاتفاق، يدخل وقف إطلاق النار حيز التنفيذ مساء الاثنين، "
      "فيما تستمر المفاوضات.\n"
      "وأسفرت المعارك عن مقتل أكثر من 850 مدنياً، بحسب نقابة أطباء "
      "السودان، فيما تجاوز عدد النازحين مليون شخص، وفقاً للمنظمة الدولية "
      "للهجرة.\n"
      "وبحسب الخطة، سيبدأ العمل في المشروع الشهر المقبل.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].text, "يدخل وقف إطلاق النار حيز التنفيذ مساء الاثنين");
  EXPECT_EQ(a.quotes[0].speaker_text, "نص الاتفاق");
  EXPECT_TRUE(a.quotes[1].text.starts_with("وأسفرت المعارك"))
      << a.quotes[1].text;
  EXPECT_EQ(a.quotes[1].speaker_text, "نقابة أطباء السودان");
  EXPECT_EQ(a.quotes[2].text, "تجاوز عدد النازحين مليون شخص");
  EXPECT_EQ(a.quotes[2].speaker,
            testing::EntityIndex(a, "المنظمة الدولية للهجرة"))
      << a.quotes[2].speaker_text;
}

// Names in a relative clause («في بيان أمضاه …», «في مؤتمر صحفي تابعته
// …») and the platform a post went on are not the subject.
TEST(QuoteTest, RelativeClausesAndPlatformsAreNotTheSubject) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "قالت حركة النهضة في بيان أمضاه رئيسها راشد الغنوشي إنها \"تهنئ الشعب "
      "التونسي\".\n"
      "وقال رئيس مجلس المفوضين القاضي جليل عدنان خلف، في مؤتمر صحفي تابعته "
      "السومرية نيوز، إن نسبة المشاركة بلغت 41 بالمئة.\n"
      "وكان الرئيس الأميركي دونالد ترامب قد أعلن أنه أمر الجيش بالرد. وكتب "
      "على منصته \"تروث سوشيال\": \"انتهى وقتكم\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 4u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "حركة النهضة"))
      << a.quotes[0].speaker_text;
  EXPECT_EQ(a.quotes[1].speaker, testing::EntityIndex(a, "جليل عدنان خلف"))
      << a.quotes[1].speaker_text;
  EXPECT_EQ(a.quotes[3].text, "انتهى وقتكم");
  EXPECT_EQ(a.quotes[3].speaker, testing::EntityIndex(a, "دونالد ترامب"))
      << a.quotes[3].speaker_text;
}

// «ونقل مكتبه الإعلامي عنه تأكيده أن …»: «عنه» is the person named last.
TEST(QuoteTest, RelayedFromHimIsThePersonNamedLast) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "هنأ الرئيس اللبناني ميشال عون الحكومة، ونقل مكتبه الإعلامي عنه "
      "تأكيده أن \"مرحلة التعافي بدأت\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "ميشال عون"))
      << a.quotes[0].speaker_text;
}

// A title in straight quotation marks inside a straight quotation
// («محاضرة بعنوان "…"») does not close it; an unclosed quotation followed
// by another speaker's does not become a title.
TEST(QuoteTest, TitleInsideAStraightQuotation) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "وأضاف الزهراني: \"ستقدم الدكتورة إيمان عسيري محاضرة بعنوان \"الأسر "
      "المنتجة\"؛ للتعريف بالتجارب العالمية للأسر المنتجة في المنطقة\".\n"
      "وقال المسؤول: \"راجعت المستوصف مع زوجتي فقال لها الموظف: \"اكشفي "
      "وجهك\". وذكر المسؤول أنه تقدم بشكوى رسمية.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text,
            "ستقدم الدكتورة إيمان عسيري محاضرة بعنوان \"الأسر المنتجة\"؛ "
            "للتعريف بالتجارب العالمية للأسر المنتجة في المنطقة");
  EXPECT_TRUE(a.quotes[1].text.starts_with("راجعت المستوصف"))
      << a.quotes[1].text;
  EXPECT_EQ(a.quotes[1].text.find("وذكر"), std::string::npos)
      << a.quotes[1].text;
}

// «…، وشددت موغيريني على ضرورة …»: a second cue with its named subject
// and its preposition ends the statement before it.
TEST(QuoteTest, SecondCueWithSubjectAndPreposition) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "وأكدت وزيرة الخارجية الأوروبية فيديريكا موغيريني أن الاتفاق سيحقق "
      "الأمن في المنطقة، وشددت موغيريني على ضرورة مراقبة تنفيذ بنود "
      "الاتفاق.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text, "الاتفاق سيحقق الأمن في المنطقة");
  EXPECT_EQ(a.quotes[1].text, "ضرورة مراقبة تنفيذ بنود الاتفاق");
}

// «ورد عليه النائب … بأن "…"» replies; an adjunct («في تصريحات … على
// هامش …», «، في بيان نشرته على منصة إكس،») is no content; «، متهمة …»
// is the writer's.
TEST(QuoteTest, RepliesAdjunctsAndAccusingParticiples) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "فقال النائب حسن جوهر إن \"هذه الجلسة يجب أن تكون بداية إصلاح "
      "حقيقي\"، ورد عليه النائب عبدالكريم الكندري بأن \"الشعب قال كلمته في "
      "5 ديسمبر\".\n"
      "قالت كريستالينا غورغييفا إن مصر قريبة من اتفاق، مؤكدة في تصريحات "
      "لقناة «العربية» على هامش قمة الحكومات العالمية في دبي أن الصندوق "
      "يعمل مع القاهرة «بشكل مكثف».\n"
      "من جهتها، أكدت قوات الدعم السريع، في بيان نشرته على منصة إكس، "
      "التزامها بالهدنة \"التزاماً كاملاً\"، متهمة الجيش بخرق إعلان جدة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 5u);
  EXPECT_EQ(a.quotes[0].text, "هذه الجلسة يجب أن تكون بداية إصلاح حقيقي");
  EXPECT_EQ(a.quotes[1].text, "الشعب قال كلمته في 5 ديسمبر");
  EXPECT_EQ(a.quotes[1].speaker, testing::EntityIndex(a, "عبدالكريم الكندري"))
      << a.quotes[1].speaker_text;
  EXPECT_EQ(a.quotes[3].text, "الصندوق يعمل مع القاهرة «بشكل مكثف»");
  EXPECT_EQ(a.quotes[4].text, "التزامها بالهدنة \"التزاماً كاملاً\"");
}

// A ranking participle («، متبوعا بـ…») is part of what is said; «المدرب
// الإسباني» is the one coach of that nationality.
TEST(QuoteTest, RankingParticiplesAndCoachesByNationality) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "وأوضح رئيس السلطة أن عبد القادر بن قرينة حل ثانيا بنسبة 17 بالمائة، "
      "متبوعا بعلي بن فليس بنسبة 10 بالمائة.\n"
      "أكد المدرب الإسباني خوسيه ريبيرو أن الفريق جاهز للمباراة. وتابع "
      "المدرب الإسباني أن الصفقات الجديدة اندمجت سريعا.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].text,
            "عبد القادر بن قرينة حل ثانيا بنسبة 17 بالمائة، متبوعا بعلي بن "
            "فليس بنسبة 10 بالمائة");
  EXPECT_EQ(a.quotes[2].speaker, testing::EntityIndex(a, "خوسيه ريبيرو"))
      << a.quotes[2].speaker_text;
}

// «أعلنت فيه قوات التحالف …»: the relative's «فيه» is no part of the
// subject.
TEST(QuoteTest, RelativePronounBeforeTheSubject) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "يأتي ذلك في الوقت الذي أعلنت فيه قوات التحالف الذي تقوده الولايات "
      "المتحدة تنفيذ 18 غارة جوية على مواقع تابعة لداعش.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_TRUE(a.quotes[0].text.starts_with("تنفيذ 18 غارة"))
      << a.quotes[0].text;
  EXPECT_FALSE(a.quotes[0].speaker_text.starts_with("فيه"))
      << a.quotes[0].speaker_text;
  EXPECT_NE(a.quotes[0].speaker_text.find("التحالف"), std::string::npos)
      << a.quotes[0].speaker_text;
}

// «الشركة» is the company whichever of its names the article uses most;
// «وأوضح البيان» is the statement of the speaker before.
TEST(QuoteTest, TheCompanyByAnyNameAndTheStatementItIssued) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "أعلنت شركة الزيت العربية السعودية (أرامكو السعودية) اليوم الخميس بدء "
      "طرح ثانوي لأسهمها.\n"
      "وقالت الشركة إن النطاق السعري للطرح حدد بين 26 و29 ريالا للسهم. "
      "وأوضح البيان أن البائع في الطرح هو الحكومة.\n"
      "وقال رئيس أرامكو السعودية أمين الناصر إن الطرح يتيح فرصة للمستثمرين. "
      "وأكدت أرامكو السعودية أن أرامكو السعودية ستواصل استراتيجيتها.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 2u);
  const int32_t aramco = testing::EntityIndex(a, "أرامكو السعودية");
  ASSERT_GE(aramco, 0);
  EXPECT_TRUE(a.quotes[0].text.starts_with("النطاق السعري"))
      << a.quotes[0].text;
  EXPECT_EQ(a.quotes[0].speaker, aramco) << a.quotes[0].speaker_text;
  EXPECT_TRUE(a.quotes[1].text.starts_with("البائع")) << a.quotes[1].text;
  EXPECT_EQ(a.quotes[1].speaker, aramco) << a.quotes[1].speaker_text;
}

// «، فيما عاد انفانتينو ليؤكد …»: a past verb and a named person after
// «فيما» turn to another party.
TEST(QuoteTest, WhileAnotherNamedPersonEndsTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "وأكد مدرب المنتخب الفرنسي ديدييه ديشان أن لاعبيه قدموا كل ما لديهم، "
      "بينما اكتفى كيليان مبابي بتغريدة قصيرة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "لاعبيه قدموا كل ما لديهم");
}

// «وهو يشير …» describes the speaker; «أما ميسي، …، فقال لقناة …» has
// its subject before «فـ»; «نقلا عن أشخاص مطلعين»: unnamed people speak;
// «بلومبرغ اليوم الجمعة» is Bloomberg on Friday.
TEST(QuoteTest, CircumstantialClausesTopicsAndPeopleFamiliar) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "قال أحد الناجين للصحفيين وهو يشير إلى ركام منزله: \"فقدت زوجتي "
      "وابنتي\".\n"
      "أما ميسي، الذي حصد جائزة أفضل لاعب، فقال لقناة «تي واي سي سبورتس» "
      "الأرجنتينية: «أردت هذا اللقب كثيرا».\n"
      "ذكرت وكالة بلومبرغ اليوم الجمعة، نقلاً عن أشخاص مطلعين، أن السعودية "
      "خفضت توقعاتها.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].text, "فقدت زوجتي وابنتي");
  EXPECT_EQ(a.quotes[1].speaker, testing::EntityIndex(a, "ميسي"))
      << a.quotes[1].speaker_text;
  EXPECT_EQ(a.quotes[2].speaker, -1);
  EXPECT_EQ(a.quotes[2].speaker_text, "أشخاص مطلعين");
  EXPECT_EQ(a.quotes[2].reporter, testing::EntityIndex(a, "بلومبرغ"));
}

// A quoted firm after «في» is where the speaker works; «جاء» is "came"
// unless «في» a text follows it.
TEST(QuoteTest, QuotedFirmsAndCame) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "وقالت هيليما كروفت، رئيسة استراتيجية السلع في \"آر بي سي كابيتال "
      "ماركتس\"، إن السعودية \"لا تريد إغراق السوق\".\n"
      "وقال محمد الفراج إن النطاق السعري جاء \"بخصم مغرٍ نسبياً\" مقارنة "
      "بمستويات التداول.\n"
      "وأصدر البيت الأبيض بيانا جاء فيه أن الرئيس \"يشعر بخيبة أمل\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].text, "السعودية \"لا تريد إغراق السوق\"");
  EXPECT_EQ(a.quotes[1].text,
            "النطاق السعري جاء \"بخصم مغرٍ نسبياً\" مقارنة بمستويات التداول");
  EXPECT_TRUE(a.quotes[2].text.starts_with("الرئيس")) << a.quotes[2].text;
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// Regression: a cue whose content is only an attribution («يذكر أنه وفق
// إحصائيات …») made an empty quote and then a reporter for no quote.
TEST(QuoteTest, CueWithOnlyAnAttributionMakesNoEmptyQuote) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\n"
      "ويذكر أنه وفق إحصائيات وزارة التعليم هناك 34749 مدرسة.\n"
      "وأكد أنه وفقا لمصادر مطلعة.\n");
  ASSERT_EQ(articles.size(), 1u);
  for (const Quote& q : articles[0].quotes) EXPECT_FALSE(q.text.empty());
}

// Words compared after search normalisation: «على حد قوله» ends the
// content, «ورد الوزير بأن» is a reply.
TEST(QuoteTest, NormalisedLiteralsMatch) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال الوزير إن الوضع في المدينة كارثي على حد قوله "
      "ويحتاج إلى تدخل.\nورد الوزير بأن القرار نهائي.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text, "الوضع في المدينة كارثي");
  EXPECT_EQ(a.quotes[1].text, "القرار نهائي");
}

// «…، لكن مدير الوكالة … هدد …»: the writer turns to another party.
TEST(QuoteTest, ButAnotherPartyEndsTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوفي 1998 أعلنت مصادر أمريكية عن احتمال الإفراج عن بولارد "
      "في تبادل مع الأسرى، لكن مدير وكالة الاستخبارات المركزية جورج تينيت "
      "هدد بالاستقالة.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_FALSE(articles[0].quotes.empty());
  EXPECT_EQ(articles[0].quotes[0].text.find("لكن"), std::string::npos)
      << articles[0].quotes[0].text;
}

// «الذي يعتبر مستوى دعم جيد»: "which is considered", no one speaking.
TEST(QuoteTest, WhichIsConsideredIsNoStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nما يهمنا الآن هو ثبات السهم فوق ٩٤.٥٠ الذي يعتبر مستوى "
      "دعم جيد وقوي لتأكيد إيجابية السهم.\n");
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_TRUE(articles[0].quotes.empty()) << articles[0].quotes[0].text;
}

// «وعلمت "سبق" أن …»: no one named speaks, the outlet relays.
TEST(QuoteTest, OutletLearnedIsTheReporter) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوعلمت \"سبق\" أن الشرطة أوقفت المتهم في جدة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, -1);
  EXPECT_EQ(a.quotes[0].speaker_text, "");
  ASSERT_GE(a.quotes[0].reporter, 0);
  EXPECT_EQ(a.canonical[a.quotes[0].reporter].name, "سبق");
}

// The content ends before «، دعا مدير …»: another party speaking.
TEST(QuoteTest, AnotherPartyAfterACommaEndsTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوبينما أوضح مصدر بالجوازات أن تصحيح الأوضاع يسير وفق "
      "خطة مدروسة، دعا مدير الجوازات اللواء فيصل البلعاسي جميع المقيمين إلى "
      "سرعة المراجعة.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_FALSE(articles[0].quotes.empty());
  EXPECT_EQ(articles[0].quotes[0].text.find("دعا"), std::string::npos)
      << articles[0].quotes[0].text;
}

// Announcements that announce nothing: negated, "to be announced", the
// content told before, an accusative noun or «على الفور».
TEST(QuoteTest, AnnouncementsWithNoStatement) {
  for (const char* paragraph : {
           "ولم تعلن أي جهة على الفور مسؤوليتها عن التفجير لكن الجماعة كثيرا "
           "ما تستهدف المدينة.",
           "ووزارة الداخلية إذ تعلن عن ذلك لتؤكد للجميع حرص الحكومة على "
           "استتباب الأمن وتحقيق العدل.",
           "وكانت \"ساما\" قد أعلنت السبت الماضي برنامجا بقيمة 50 مليار ريال "
           "لدعم القطاع الخاص.",
           "وسيجري أداء اليمين يوم الخميس، على أن يعلن عن الحكومة الجديدة مطلع "
           "السنة المقبلة.",
       }) {
    std::vector<Article> articles =
        testing::AnalyzeText(std::string("عنوان الخبر\n") + paragraph + "\n");
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_TRUE(articles[0].quotes.empty())
        << paragraph << " → «" << articles[0].quotes[0].text << "»";
  }
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// Regression (extraction fuzzer, ASan): an article with many entities made
// the linker's cluster list reallocate under views into its own strings.
TEST(ExtractionRegressionTest, ManyEntitiesDoNotInvalidateClusters) {
  // Short names (their strings live inside the cluster objects) and many of
  // them, so the cluster list grows several times.
  const char* first[] = {"محمد", "أحمد", "علي",  "سعد",  "فهد",
                         "خالد", "عمر",  "يوسف", "سامي", "ماجد"};
  const char* last[] = {"العتيبي", "القحطاني", "الشمري",  "الحربي",
                        "الغامدي", "الزهراني", "المطيري", "الدوسري"};
  std::string page = "عنوان الخبر\nوزار الوفد";
  for (const char* city :
       {"جدة",    "الطائف", "أبها",  "تبوك",   "حائل",    "نجران",
        "جازان",  "الباحة", "عرعر",  "سكاكا",  "ينبع",    "الخبر",
        "الدمام", "القطيف", "بريدة", "عنيزة",  "القاهرة", "بيروت",
        "عمان",   "دمشق",   "بغداد", "الكويت", "الدوحة"}) {
    page += std::string(" ومدينة ") + city;
  }
  page += ".\n";
  for (const char* f : first) {
    for (const char* l : last) {
      page += std::string("وقال الوزير ") + f + " " + l +
              " إن الاجتماع مهم، وأضاف " + l + " أن العمل مستمر في الرياض.\n";
    }
  }
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_FALSE(articles.empty());
  for (const Article& a : articles) {
    for (const EntityMention& m : a.entities) {
      ASSERT_GE(m.entity, 0);
      ASSERT_LT(m.entity, static_cast<int32_t>(a.canonical.size()));
    }
  }
}

// «مدير هيئة السياحة … في محافظة ينبع سامر …»: the place in the office
// («ينبع», shaped like a verb) does not cut the office from its holder.
TEST(QuoteTest, PlaceInTheOfficeKeepsTheHolder) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأوضح مدير هيئة السياحة والتراث الوطني في محافظة ينبع "
      "سامر بن علي العنيني، أن الهيئة تعمل منذ أشهر على إنجاح المعرض.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  ASSERT_GE(a.quotes[0].speaker, 0) << a.quotes[0].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[0].speaker].name, "سامر بن علي العنيني");
}

// «تركيا تؤكد …» in a headline: the place opening it speaks for its
// government; «وأكد تضامن دولة الإمارات …»: what was confirmed, not who
// confirmed it (the minister named before goes on).
TEST(QuoteTest, PlaceOpeningAHeadlineAndAConfirmedNoun) {
  std::vector<Article> articles = testing::AnalyzeText(
      "تركيا تؤكد شن هجمات على معسكرات لحزب العمال الكردستاني في العراق\n"
      "وأدان وزير الخارجية الشيخ عبدالله بن زايد آل نهيان الجريمة الإرهابية "
      "التي استهدفت المصلين. وأكد تضامن دولة الإمارات قيادة وحكومة وشعبا مع "
      "المملكة في مواجهة الإرهاب.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  ASSERT_GE(a.quotes[0].speaker, 0) << a.quotes[0].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[0].speaker].name, "تركيا");
  ASSERT_GE(a.quotes[1].speaker, 0) << a.quotes[1].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[1].speaker].name, "عبدالله بن زايد آل نهيان");
  EXPECT_EQ(a.quotes[1].text.find("تضامن"), 0u) << a.quotes[1].text;
}

// «ماكرون يدعو شي إلى …»: the name opening a headline before its present
// tense speaks; «وقال للصحفيين خارج قاعة المجلس: …»: whom he told, however
// long, is no description of the speaker.
TEST(QuoteTest, HeadlineSubjectAndToWhomHoweverLong) {
  std::vector<Article> articles = testing::AnalyzeText(
      "ماكرون يدعو شي إلى “إعادة روسيا إلى رشدها” بشأن أوكرانيا\nولفت "
      "ماكارثي إلى أن غيتز تحرك بدافع شخصي. في المقابل، دافع غيتز عن خطوته، "
      "وقال للصحفيين خارج قاعة المجلس: \"أعتقد أننا بحاجة إلى رئيس "
      "يقاتل\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  ASSERT_GE(a.quotes[0].speaker, 0) << a.quotes[0].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[0].speaker].name, "ماكرون");
  ASSERT_GE(a.quotes[2].speaker, 0) << a.quotes[2].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[2].speaker].name, "غيتز");
}

// «في إفادتها اليومية» is her briefing, no «أفادت» + «ها»; «الأمين العام
// للاتحاد … نور الدين الطبوبي»: the definite ل-word ends the office whose
// holder the name is (the participle goes with him), while «التهنئة للرئيس
// عبدالفتاح السيسي» keeps its addressee.
TEST(QuoteTest, BriefingNounAndTheOfficeBeforeItsHolder) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقالت المتحدثة باسم وزارة الخارجية الصينية ماو نينغ، في "
      "إفادتها اليومية الأربعاء، إن الصين مستعدة للعمل مع الهند. وقال الشابي "
      "إن المسار انتهى. وعلّق الأمين العام للاتحاد العام التونسي للشغل نور "
      "الدين الطبوبي على النتائج، في كلمة ألقاها أمام نقابيين بمدينة صفاقس، "
      "قائلا: «البلاد لا تحتمل مزيدا من الانفراد بالقرار».\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].cue, "وقالت");
  ASSERT_GE(a.quotes[0].speaker, 0) << a.quotes[0].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[0].speaker].name, "ماو نينغ");
  ASSERT_GE(a.quotes[2].speaker, 0) << a.quotes[2].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[2].speaker].name, "نور الدين الطبوبي");
}

// «إذ قال خلال لقائه رئيسة الحكومة نجلاء بودن …»: whom he met is no
// subject; «وقال لي مدير النادي …»: «لي» is "to me"; «ونقلت شبكة سي إن إن
// عن مصدر …»: the outlet's name runs to its last «إن», which opens nothing.
TEST(QuoteTest, MetPersonToMeAndTheCnnComplementizer) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقلّل الرئيس قيس سعيّد من أهمية هذه النسبة، إذ قال خلال "
      "لقائه رئيسة الحكومة نجلاء بودن أمس الاثنين بقصر قرطاج إن \"نسبة "
      "المشاركة لا تقاس بالدور الأول فقط\". وقال لي مدير النادي الأدبي في "
      "منطقة الحدود الشمالية الأستاذ ماجد الصلال: أميرنا لا يحتاج إلى مواعيد. "
      "ونقلت شبكة سي إن إن عن مصدر جمهوري مطلع أن المرشحين سيبدأون "
      "حملاتهم.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  ASSERT_GE(a.quotes[0].speaker, 0) << a.quotes[0].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[0].speaker].name, "قيس سعيّد");
  ASSERT_GE(a.quotes[1].speaker, 0) << a.quotes[1].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[1].speaker].name, "ماجد الصلال");
  EXPECT_EQ(a.quotes[2].speaker_text, "مصدر جمهوري مطلع");
  EXPECT_EQ(a.quotes[2].text.find("المرشحين"), 0u) << a.quotes[2].text;
}

// A headline's topic before its colon («انتخابات البرلمان الأوروبي: …»,
// «سد النهضة بعد الملء الأول: …») is no speaker; a name before «بعد» still
// is («رينارد بعد إسقاط الأرجنتين: يوم للتاريخ»).
TEST(QuoteTest, HeadlineTopicBeforeTheColonSaysNothing) {
  for (const char* title :
       {"انتخابات البرلمان الأوروبي: ماكرون يحل الجمعية الوطنية بعد فوز ساحق",
        "سد النهضة بعد الملء الأول: القاهرة أمام خيارات ضيقة"}) {
    std::vector<Article> articles = testing::AnalyzeText(
        std::string(title) + "\nوصل الوفد إلى المدينة صباح اليوم.\n");
    ASSERT_EQ(articles.size(), 1u);
    EXPECT_TRUE(articles[0].quotes.empty())
        << title << ": " << articles[0].quotes[0].text;
  }
  std::vector<Article> articles = testing::AnalyzeText(
      "رينارد بعد إسقاط الأرجنتين: يوم للتاريخ\nقال المدرب الفرنسي هيرفي "
      "رينارد إن الفوز تاريخي.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_FALSE(articles[0].quotes.empty());
  EXPECT_EQ(articles[0].quotes[0].text, "يوم للتاريخ");
}

// «…، كما دعا رئيس الوزراء مصطفى الكاظمي إلى …»: another party speaking
// after «، كما» ends the content.
TEST(QuoteTest, AsWellAnotherPartyEndsTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nودعت البعثة الأممية القوى السياسية إلى اللجوء إلى "
      "القنوات القانونية للطعن في النتائج بدلاً من الشارع، كما دعا رئيس "
      "الوزراء مصطفى الكاظمي إلى احترام إرادة الناخبين.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_FALSE(articles[0].quotes.empty());
  EXPECT_EQ(articles[0].quotes[0].text.find("الكاظمي"), std::string::npos)
      << articles[0].quotes[0].text;
}

// «وأدان وزير الخارجية الشيخ عبدالله بن زايد … . وأكد …»: the named
// subject of a verb of stance is the one «وأكد» goes on with, not the
// source quoted before.
TEST(QuoteTest, StanceSubjectGoesOn) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال مصدر مسئول بوزارة الخارجية إن الجريمة بشعة. وأدان "
      "وزير الخارجية الشيخ عبدالله بن زايد آل نهيان الجريمة الإرهابية التي "
      "استهدفت المصلين. وأكد تضامن دولة الإمارات مع المملكة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  ASSERT_GE(a.quotes[1].speaker, 0) << a.quotes[1].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[1].speaker].name, "عبدالله بن زايد آل نهيان");
}

// «…، غير أن تحقيقا نشرته هيئة الإذاعة البريطانية …»: the writer's
// "however" after a comma ends the content.
TEST(QuoteTest, HoweverAfterACommaEndsTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nويؤكد خفر السواحل اليوناني أن ركاب المركب رفضوا أي "
      "مساعدة، غير أن تحقيقا نشرته هيئة الإذاعة البريطانية أشار إلى أن "
      "المركب لم يتحرك.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_FALSE(articles[0].quotes.empty());
  EXPECT_EQ(articles[0].quotes[0].text, "ركاب المركب رفضوا أي مساعدة");
}

// «وقال المتحدث باسم قوات حفتر اللواء أحمد المسماري، في مؤتمر صحفي …
// ونقلته قنوات محلية، إن …»: the office and the statement are the
// holder's after the rank, not the commander's whose forces they are, and
// the channels that carried the conference are no speaker.
TEST(QuoteTest, SpokesmanOfAPersonThenARankAndTheChannelsThatCarriedIt) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال المتحدث باسم قوات حفتر اللواء أحمد المسماري، في "
      "مؤتمر صحفي عقده في بنغازي ونقلته قنوات محلية، إن القوات \"باتت على "
      "مشارف طرابلس من الجهة الجنوبية\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  ASSERT_GE(a.quotes[0].speaker, 0) << a.quotes[0].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[0].speaker].name, "أحمد المسماري");
  for (const Entity& e : a.canonical) {
    if (e.name == "حفتر") {
      EXPECT_TRUE(e.roles.empty()) << e.roles[0].text;
    }
    if (e.name == "أحمد المسماري") {
      ASSERT_FALSE(e.roles.empty());
      EXPECT_EQ(e.roles[0].text, "المتحدث باسم قوات حفتر");
    }
  }
}

// «وصف المتحدث … أحمد المسماري إعلان وقف إطلاق النار الصادر عن … فايز
// السرّاج بأنه "…"»: who issued the object is not the source of the
// statement; «في بيان صادر عن وزارة الثقافة» with no subject before it is.
TEST(QuoteTest, IssuedByAfterTheSubjectIsNoSource) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوصف المتحدث باسم الجيش الوطني الليبي اللواء أحمد "
      "المسماري إعلان وقف إطلاق النار الصادر عن رئيس المجلس الرئاسي فايز "
      "السرّاج بأنه \"تسويق إعلامي\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  ASSERT_GE(a.quotes[0].speaker, 0) << a.quotes[0].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[0].speaker].name, "أحمد المسماري");
  std::vector<Article> doc = testing::AnalyzeText(
      "عنوان الخبر\nوأوضح بيان صادر عن وزارة الثقافة أن الدورة الحالية "
      "تشهد مشاركة واسعة.\n");
  ASSERT_EQ(doc.size(), 1u);
  ASSERT_EQ(doc[0].quotes.size(), 1u);
  ASSERT_GE(doc[0].quotes[0].speaker, 0) << doc[0].quotes[0].speaker_text;
  EXPECT_EQ(doc[0].canonical[doc[0].quotes[0].speaker].name, "وزارة الثقافة");
}

// «دعا … إلى «ضخ 28 مليار دولار إضافية» لتمويل مبادرة …، مشيراً …»: the
// quoted object with its «لـ» complement is what was asked for; «، نافيا
// أن …» is a statement of its own.
TEST(QuoteTest, QuotedObjectWithItsComplementAndDenyingParticiple) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nإذ دعا الأمين العام للأمم المتحدة أنطونيو جوتيريس "
      "قادة المجموعة إلى «ضخ 28 مليار دولار إضافية» لتمويل مبادرة "
      "«آكت-أكسيليريتر»، مشيراً إلى أن «التضامن هو البقاء».\nمن جهته، قال "
      "لافروف إن بلاده \"ملتزمة بتعهداتها\" في ما يتعلق بتصدير الحبوب، "
      "نافيا أن تكون الضربة قد طالت البنية التحتية.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 4u);
  EXPECT_EQ(a.quotes[0].text,
            "«ضخ 28 مليار دولار إضافية» لتمويل مبادرة «آكت-أكسيليريتر»");
  EXPECT_EQ(a.quotes[0].kind, Quote::Kind::kMixed);
  EXPECT_EQ(a.quotes[2].text,
            "بلاده \"ملتزمة بتعهداتها\" في ما يتعلق بتصدير الحبوب");
  EXPECT_EQ(a.quotes[3].text, "تكون الضربة قد طالت البنية التحتية");
}

// «وتابعت: "… ولن تكون هذه "BBC" التي عرفتها الجماهير …"»: a short name in
// straight marks inside a straight quotation does not close it.
TEST(QuoteTest, ShortNameQuotedInsideAStraightQuotation) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوتابعت المؤسسة: \"لن يكون هذا مفيداً لبريطانيا، ولن تكون "
      "هذه \"BBC\" التي عرفتها الجماهير وأحبتها منذ أكثر من 90 عاماً\". "
      "وقال الوزير إن الأمر \"محسوم\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text,
            "لن يكون هذا مفيداً لبريطانيا، ولن تكون هذه \"BBC\" التي عرفتها "
            "الجماهير وأحبتها منذ أكثر من 90 عاماً");
  EXPECT_EQ(a.quotes[1].text, "الأمر \"محسوم\"");
}

// An interview page: the paragraph after the interviewer's question is the
// answer of the person interviewed, when it opens with a dash or the
// question with the interviewer's name; what the answer quotes from
// others is quoted too.
TEST(QuoteTest, InterviewAnswersAfterQuestions) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nالتقت «المصرى اليوم» الدكتور خالد العنانى، وزير السياحة "
      "والآثار، فى مكتبه، وكان هذا الحوار:\nالمصرى اليوم: كيف تقيم الأيام "
      "الأولى لعودة السياحة؟\n- البداية مبشرة. استقبلنا حتى أمس نحو أربعة "
      "آلاف سائح.\nالمصرى اليوم: هل هناك خطة للإغلاق مجددا؟\n- لا عودة "
      "للإغلاق الكامل. رئيس الوزراء مصطفى مدبولى كان واضحا عندما قال إن "
      "\"الدولة لن تغلق مرة أخرى\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  const int32_t minister = testing::EntityIndex(a, "خالد العنانى");
  ASSERT_GE(minister, 0);
  EXPECT_TRUE(a.quotes[0].text.starts_with("البداية مبشرة"))
      << a.quotes[0].text;
  EXPECT_EQ(a.quotes[0].speaker, minister);
  EXPECT_TRUE(a.quotes[1].text.starts_with("لا عودة")) << a.quotes[1].text;
  EXPECT_EQ(a.quotes[1].speaker, minister);
  EXPECT_EQ(a.quotes[2].text, "الدولة لن تغلق مرة أخرى");
  EXPECT_EQ(a.quotes[2].speaker, testing::EntityIndex(a, "مصطفى مدبولى"));
}

// «وزير السياحة والآثار لـ«المصرى اليوم»: …»: a headline whose office of
// three words and outlet in marks put the colon past the seventh token.
TEST(QuoteTest, HeadlineClaimToAnOutletAfterALongOffice) {
  std::vector<Article> articles = testing::AnalyzeText(
      "وزير السياحة والآثار لـ«المصرى اليوم»: لا عودة للإغلاق\nالتقت "
      "الصحيفة الدكتور خالد العنانى، وزير السياحة والآثار، فى مكتبه.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "لا عودة للإغلاق");
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "خالد العنانى"));
}

// «… المركزية فيما تعهد مدير المطار بإصلاح الخلل»: «فيما», a verb of
// saying and another party end the content even without a comma.
TEST(QuoteTest, WhileAnotherPartySpeaksEndsTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوتجمع المسافرون في الصالة مطالبين إدارة المطار بالتدخل "
      "وإعادة تشغيل أجهزة التكييف المركزية فيما تعهد مدير المطار بإصلاح "
      "الخلل على وجه السرعة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_FALSE(a.quotes.empty());
  EXPECT_TRUE(a.quotes[0].text.ends_with("أجهزة التكييف المركزية"))
      << a.quotes[0].text;
}

// «طالبت بالمرونة … وحذرت من تكرار …»: a warning verb joined by «و» and
// its «من» open the next statement.
TEST(QuoteTest, JoinedWarningOpensTheNextStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوطالبت الرابطة بالمرونة وخروج المباراة بالشكل الراقي "
      "وحذرت من تكرار سيناريو الموسم الماضي.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_TRUE(a.quotes[0].text.ends_with("بالشكل الراقي")) << a.quotes[0].text;
  EXPECT_TRUE(a.quotes[1].text.starts_with("تكرار")) << a.quotes[1].text;
}

// «… ولمدة اثنى عشر يوما مثمناً دور الخطوط السعودية»: a participle of
// praise ends the content even without a comma.
TEST(QuoteTest, PraiseWithoutACommaEndsTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأشار مدير المهرجان إلى أنه سيجري السحب على تذاكر الطيران "
      "بشكل يومي ولمدة اثنى عشر يوما مثمناً دور الخطوط السعودية في إنجاح "
      "الفعاليات.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_TRUE(a.quotes[0].text.ends_with("اثنى عشر يوما")) << a.quotes[0].text;
}

// «… «باشرت فورا الملاحقات»، من دون ان يتضمن بيانها …»: the writer's
// remark after the closed quotation is not the statement.
TEST(QuoteTest, RemarkWithoutAfterAClosedQuotation) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأضاف البيان أن القوات المسلحة «باشرت فورا الملاحقات "
      "وضبطت معدات عسكرية خفيفة»، من دون ان يتضمن بيانها اي اشارة الى هوية "
      "المهاجمين.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_TRUE(a.quotes[0].text.ends_with("خفيفة»")) << a.quotes[0].text;
}

// «طالبوا بإيقاف المشروع …، وتقدموا بشكوى …»: the demanders' next act
// ends a demand in «ب».
TEST(QuoteTest, DemandEndsAtTheDemandersNextAct) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوطالب الأهالي بإيقاف المشروع وإعادة النظر فيه، وتقدموا "
      "بشكوى عاجلة لمدير المركز حول تجاهل مسؤولي البلدية للمخاطر.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_TRUE(a.quotes[0].text.ends_with("النظر فيه")) << a.quotes[0].text;
}

// «… في نحو 40 دولة، في وقت يواجه فيه …»: the writer's circumstance ends
// the content; «… للنار وبيربوك تحذر من …»: so does another party's claim
// joined by «و».
TEST(QuoteTest, CircumstanceAndSecondClaimEndTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوحذرت المنظمة من أن نقص التمويل أجبر البرنامج على خفض "
      "الحصص لملايين الأشخاص في نحو 40 دولة، في وقت يواجه فيه قرابة 300 "
      "مليون شخص الجوع. ودعا وزير الخارجية الأردني أيمن الصفدي إلى وقف "
      "فوري للنار وماكرون يحذر من هجوم على رفح.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 2u);
  EXPECT_TRUE(a.quotes[0].text.ends_with("في نحو 40 دولة")) << a.quotes[0].text;
  EXPECT_TRUE(a.quotes[1].text.ends_with("وقف فوري للنار")) << a.quotes[1].text;
}

// «وأعلنت الهند حدادا رسميا», «أعلن الرئيس حالة الطوارئ»: a mourning or
// an emergency declared is an act, not a statement.
TEST(QuoteTest, DeclaredMourningOrEmergencyIsAnAct) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأعلنت الهند حدادا رسميا ليوم واحد غدا السبت. وأعلن "
      "الرئيس التركي رجب طيب أردوغان حالة الطوارئ لمدة ثلاثة أشهر في "
      "الولايات المتضررة.\n");
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_TRUE(articles[0].quotes.empty()) << articles[0].quotes[0].text;
}

// «…، فيما دان الأمين العام …» (another party's reaction, by office) and
// «…، كما أعلن وزير الخارجية …» (another party's statement) end the
// statement before them.
TEST(QuoteTest, ReactionOrStatementByOfficeEndsTheContent) {
  const std::string page =
      "عنوان الخبر\nوقال المتحدث إن المساعدات الأميركية للنيجر \"معرضة "
      "للخطر بشكل واضح\"، فيما دان الأمين العام للأمم المتحدة أنطونيو "
      "غوتيريش الانقلاب. وقال الرئيس إن بلاده ستطعن في القرار أمام المحكمة، "
      "كما أعلن وزير الخارجية سامح شكري عزمه زيارة نيامي.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_GE(articles[0].quotes.size(), 2u);
  EXPECT_TRUE(articles[0].quotes[0].text.ends_with("بشكل واضح\""))
      << articles[0].quotes[0].text;
  EXPECT_TRUE(articles[0].quotes[1].text.ends_with("أمام المحكمة"))
      << articles[0].quotes[1].text;
}

// «وأوضحت اللائحة التنفيذية … أنه …», «وأشارت اللائحة إلى أنه …،
// مضيفة أنه …»: the text of a regulation says what applies; no one
// makes a statement.
TEST(QuoteTest, RegulationTextIsNoStatement) {
  const std::string page =
      "عنوان الخبر\nوأوضحت اللائحة التنفيذية للنظام الصادر حديثا أنه في "
      "حالة ثبوت العجز يجب على الجهة تطبيق الإجراءات. وأشارت اللائحة إلى "
      "أنه بعد استكمال ما ورد في المادة يتم بعث الأوراق للوزارة، مضيفة أنه "
      "يتم التصديق على الشهادة من المختصين.\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  for (const Quote& q : articles[0].quotes) ADD_FAILURE() << q.text;
}

// A question inside a quotation, or after a cue and a colon, is no
// interviewer's: the next paragraph is not an answer.
TEST(QuoteTest, QuestionInsideAQuotationAsksNothing) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوعندما سألته مراسلة الشرق عن القرار، رد الوزير بأن الخفض "
      "سيكون أقل.\nوتابع: \"أروني أين هو العمل العدائي؟ نحن نتحدث عن "
      "سوق\".\nمن جانبه، قال نائب رئيس الوزراء الروسي ألكسندر نوفاك إن "
      "الاتفاق متوازن.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  for (const Quote& q : a.quotes) {
    EXPECT_FALSE(q.text.starts_with("من جانبه")) << q.text;
  }
}

// «وتحدثت صحيفة ذي ديلي نيشن عن «ظاهرة أوباما» ودعت الكينيين إلى …»: the
// paper that wrote calls; the people after the call are its object.
TEST(QuoteTest, CallJoinedToAVerbOfWriting) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوكان عدد كبير من الكينيين تجمعوا مساء الجمعة لتحية "
      "الرئيس، وتحدثت صحيفة الغارديان عن «ظاهرة أوباما» ودعت الكينيين "
      "إلى التمثل به واغتنام «الفرص التي تقدم لنا كأفراد وكأمة بلا حدود».\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  ASSERT_GE(a.quotes[0].speaker, 0) << a.quotes[0].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[0].speaker].name, "الغارديان");
}

// «قال: "نود الترحيب ب"أليكس شيفر" في منصبه …"»: a name quoted after a
// proclitic letter glued to its mark does not close the quotation either.
TEST(QuoteTest, NameQuotedAfterAProcliticInsideAStraightQuotation) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال المدير العام: \"نود الترحيب ب\"أليكس شيفر\" في "
      "منصبه الجديد الذي سيتولى فيه إدارة الشركة في الشرق الأوسط\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text,
            "نود الترحيب ب\"أليكس شيفر\" في منصبه الجديد الذي سيتولى فيه "
            "إدارة الشركة في الشرق الأوسط");
}

// «وأوضحت الوزارة، في بلاغ توصلت به هسبريس، أن …»: the ministry named by
// its head alone speaks, not the outlet in the adjunct after the comma.
TEST(QuoteTest, BodyByItsHeadBeforeAnAdjunctNamingAnOutlet) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nأعلنت وزارة الأوقاف والشؤون الإسلامية، مساء اليوم، أن "
      "عيد الأضحى سيكون يوم الاثنين. وأوضحت الوزارة، في بلاغ توصلت به "
      "هسبريس، أن مراقبي الهلال لم يثبت لديهم رؤية الهلال.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  ASSERT_GE(a.quotes[1].speaker, 0) << a.quotes[1].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[1].speaker].name,
            "وزارة الأوقاف والشؤون الإسلامية");
}

// «… لا يعود لمرات التحميل، إنما للأجهزة التي …»: «إنما» ("but rather")
// opens no content after a verb that is no cue («الرقم الذي ذكر من قبل»).
TEST(QuoteTest, ButRatherIsNoComplementizer) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوكما ذكرت مدونة NeoWin التابعة لشركة \"مايكروسوفت\"، "
      "الرقم الذي ذكر من قبل عن عدد مرات تحميل \"ويندوز 10\"، وهو 67 مليون "
      "مرة، لا يعود لمرات التحميل، إنما للأجهزة التي سجلت رغبتها في الحصول "
      "عليه.\n");
  ASSERT_EQ(articles.size(), 1u);
  for (const Quote& q : articles[0].quotes) {
    EXPECT_FALSE(q.text.starts_with("للأجهزة")) << q.text;
  }
}

// «وفيما يخص اللاعب محمد مجرشي أشار إلى أنه …»: the name a topic phrase
// brings up is not the subject; «وأكد لي أنه …»: «لي» before «أنه» is
// "to me", not the name Lee. The speaker goes on in both.
TEST(QuoteTest, TopicPhraseNameAndToMeBeforeTheComplementizer) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nمن جانبه، أكد مدير الفريق الأول عبدالله الدخيل أن "
      "المهاجم إيفولو متواجد حاليا في نادي نانسي، وفيما يخص اللاعب محمد "
      "مجرشي أشار إلى أنه سيخضع للكشف في أحد مستشفيات الرياض.\nوقال "
      "الحقباني في تغريدات له: جاء أخي سعود من فرنسا لزيارة الوالدة، وأكد "
      "لي أنه ساع في العلاج.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 4u);
  ASSERT_GE(a.quotes[1].speaker, 0) << a.quotes[1].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[1].speaker].name, "عبدالله الدخيل");
  ASSERT_GE(a.quotes[3].speaker, 0) << a.quotes[3].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[3].speaker].name, "الحقباني");
}

// «أفاد الناشط المختص بمتابعة قضية “هزازي”، علي آل حطاب، بأن …»: the
// holder set off by commas after a quoted name in the office speaks.
TEST(QuoteTest, HolderAfterAQuotedNameInTheOffice) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nمن جهته، أفاد الناشط الحقوقي المختص بمتابعة قضية "
      "“هزازي”، علي آل حطاب، بأن قيام تركي بهذا التصرف كان ناتجًا عن صغر "
      "سنه.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  ASSERT_GE(a.quotes[0].speaker, 0) << a.quotes[0].speaker_text;
  EXPECT_EQ(a.canonical[a.quotes[0].speaker].name, "علي آل حطاب");
}

// «منوهاً بدعم ومتابعة أمير منطقة تبوك», «ونوه بالجهات الخاصة …»: praise
// of someone's support says nothing; «منوها بأهمية …» does.
TEST(QuoteTest, CommendingSupportIsNoStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأوضح المدير أن المهرجان ناجح، منوهاً بدعم ومتابعة أمير "
      "منطقة تبوك للمهرجان. ونوه بالجهات الخاصة التي أبدت تعاونها مع "
      "الجمعية. وقال المدير إن المخالفين سيعاقبون، منوها بأهمية التواصل مع "
      "الجهات المختصة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[2].text, "بأهمية التواصل مع الجهات المختصة");
  for (const Quote& q : a.quotes) {
    EXPECT_EQ(q.text.find("بدعم"), std::string::npos) << q.text;
    EXPECT_EQ(q.text.find("بالجهات الخاصة"), std::string::npos) << q.text;
  }
}

// «ووصف الهجوم بـ"العمل الإرهابي"»: a short description after «بـ» names
// the act; «وصف … بأنه "…"» quotes.
TEST(QuoteTest, DescribedWithBaIsNoStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأدان الأمين العام للأمم المتحدة بان كي مون بشدة قتل "
      "الطفل، ووصف الهجوم بـ\"العمل الإرهابي\". ووصف الوزير القرار بأنه "
      "\"غير مقبول\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "غير مقبول");
}

// «النيابة العامة: حبس ….. والصحة: 18 حالة وفاة …»: after the ellipsis, a
// one-word speaker no one tagged as a speaker, with its colon, opens a
// second claim.
TEST(QuoteTest, HeadlineSecondClaimByAnUntaggedSpeaker) {
  std::vector<Article> articles = testing::AnalyzeText(
      "النيابة العامة: حبس سائقى قطارى سوهاج 4 أيام.. والصحة: 18 حالة وفاة "
      "و200 مصاب\nوقال الوزير إن الوضع صعب.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].text, "حبس سائقى قطارى سوهاج 4 أيام");
  EXPECT_EQ(a.quotes[1].text, "18 حالة وفاة و200 مصاب");
  EXPECT_EQ(a.quotes[1].speaker_text, "الصحة");
}

// A column citing hadith: «قال له النبي صلى الله عليه وسلم: «…»», «قال
// رسول الله (صلى الله عليه وسلم): …», «كما قال عز من قائل …: { … }» and
// the bare «قال: نعم» of the narration are scripture cited, not news; the
// preacher's own statement stays.
TEST(QuoteTest, HadithAndVersesCitedAreNoStatements) {
  std::vector<Article> articles = testing::AnalyzeText(
      "بر الوالدين\nكما قال عز من قائل في سورة لقمان: { ووصينا الإنسان "
      "بوالديه }.\nوفي المرة الثالثة قال له النبي صلى الله عليه وسلم: "
      "«ويحك إلزم رجلها فثم الجنة». قال: نعم كلاهما. فقال: «فارجع إلى "
      "والديك».\nوسأل عبدالله بن مسعود النبي صلى الله عليه وسلم قائلا: أي "
      "العمل أحب إلى الله؟ قال: «الصلاة على وقتها».\nوقال رسول الله (صلى "
      "الله عليه وسلم): من سره أن يبسط له في رزقه فليصل رحمه.\nوقال خطيب "
      "الجامع الشيخ سعد الحربي إن بر الوالدين من أعظم أبواب الخير.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "بر الوالدين من أعظم أبواب الخير");
}

// «وأضاف عيد أن …» after «ممدوح عيد» (the tagger reads «عيد» as the
// feast): the family name of the one person of that name speaks.
TEST(QuoteTest, FamilyNameTheTaggerMissedIsThePerson) {
  std::vector<Article> articles = testing::AnalyzeText(
      "بيراميدز بطلا\nونقل المركز الإعلامي للنادي عن ممدوح عيد، رئيس مجلس "
      "الإدارة، قوله إن \"اللقب ثمرة استقرار\"، وأضاف عيد أن مالك النادي "
      "قرر منح اللاعبين مكافأة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  const int32_t eid = testing::EntityIndex(a, "ممدوح عيد");
  ASSERT_GE(eid, 0);
  EXPECT_EQ(a.quotes[0].speaker, eid);
  EXPECT_EQ(a.quotes[1].speaker, eid);
}

// «عن أحد الناجين، ويدعى عمر (22 عاما)، قوله»: the description goes on
// to name the speaker, who speaks on in «وأضاف».
TEST(QuoteTest, DescriptionThatGoesOnToNameTheSpeaker) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nونقلت وكالة فرانس برس عن أحد الناجين، ويدعى عمر (22 "
      "عاما) من السودان، قوله: \"كنا نائمين عندما سقط الصاروخ\". وأضاف أن "
      "الحراس أغلقوا الباب.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  const int32_t omar = testing::EntityIndex(a, "عمر");
  ASSERT_GE(omar, 0);
  EXPECT_EQ(a.quotes[0].speaker, omar);
  EXPECT_EQ(a.quotes[1].speaker, omar);
}

// «مشيراً إلى دعم الهيئة للخطة. كما تعمل على إجراء تقويم دوري …»: a
// sentence opening with «كما», with no cue or subject of its own, goes on
// with the statement; «كما رحب رودس بالهجمات» tells something new.
TEST(QuoteTest, SentenceWithAlsoGoesOnWithTheStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأوضح المدير العام أن الهيئة تدعم الخطة بالموارد "
      "البشرية والمالية. كما تعمل على إجراء تقويم دوري للبرامج المنفذة في "
      "السوق.\nورأى المتحدث أن تركيا من حقها القيام بأعمال ضد أهداف "
      "إرهابية. كما رحب رودس بالهجمات التركية على تنظيم داعش.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text,
            "الهيئة تدعم الخطة بالموارد البشرية والمالية. كما تعمل على إجراء "
            "تقويم دوري للبرامج المنفذة في السوق");
  EXPECT_EQ(a.quotes[1].text, "تركيا من حقها القيام بأعمال ضد أهداف إرهابية");
}

// «رابط الخبر بصحيفة الوئام: لافروف: …»: the headline printed again at the
// foot of the text is quoted there too, by the same speaker.
TEST(QuoteTest, HeadlineRepeatedAfterTheLinkLine) {
  const std::string page =
      "لافروف: يجب على أمريكا التعاون مع الأسد لمحاربة داعش\nقال وزير "
      "الخارجية الروسي سيرغي لافروف إن الحوار ضروري. رابط الخبر بصحيفة "
      "الوئام: لافروف: يجب على أمريكا التعاون مع الأسد لمحاربة داعش\n";
  std::vector<Article> articles = testing::AnalyzeText(page);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  int copies = 0;
  for (const Quote& q : a.quotes) {
    if (q.text != "يجب على أمريكا التعاون مع الأسد لمحاربة داعش") continue;
    ++copies;
    EXPECT_EQ(q.ref.span.Of(page), q.text);
    EXPECT_EQ(q.speaker, testing::EntityIndex(a, "سيرغي لافروف"));
  }
  EXPECT_EQ(copies, 2);
}

// «وأكد دونيس خلال المؤتمر الصحفي، جاهزية فريقه …»: an adjunct right
// after the name, closed by a comma, before the verbal noun announced.
TEST(QuoteTest, AnnouncedNounAfterAnAdjunctAndAComma) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأكد المدرب اليوناني جورجيوس دونيس خلال المؤتمر "
      "الصحفي، جاهزية فريقه للفوز باللقاء.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "جاهزية فريقه للفوز باللقاء");
}

// «وأضافت رؤى أنها …» after «الفنانة رؤى الصبان», the tagger finding no
// name in «رؤى»: the given name of the one person it opens speaks.
TEST(QuoteTest, GivenNameAloneIsThePerson) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nحصلت الفنانة والمذيعة رؤى الصبان على لقب أفضل ممثلة في "
      "استفتاء أجراه أحد المراكز الإعلامية في دبي. وأضافت رؤى أنها تحمست "
      "للمشاركة في المسلسل حين قرأت السيناريو.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  const int32_t ruaa = testing::EntityIndex(a, "رؤى الصبان");
  ASSERT_GE(ruaa, 0);
  EXPECT_EQ(a.quotes[0].speaker, ruaa);
}

// «وقالت الوكالة في تقرير إن …» after «خفضت وكالة «فيتش» للتصنيف»: a
// speaker named by a body's kind is the body last named with that kind.
TEST(QuoteTest, BodyNamedByItsKindAlone) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nخفضت وكالة «فيتش» للتصنيف الائتماني، أمس، النظرة "
      "المستقبلية للكويت من «مستقرة» إلى «سلبية». وقالت الوكالة في تقرير إن "
      "\"غياب التفويض التشريعي للاقتراض يشكل خطراً على السيولة\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const Quote* said = nullptr;
  for (const Quote& q : a.quotes) {
    if (q.text.find("غياب التفويض") != std::string::npos) said = &q;
  }
  ASSERT_NE(said, nullptr);
  const int32_t fitch = testing::EntityIndex(a, "فيتش");
  ASSERT_GE(fitch, 0);
  EXPECT_EQ(said->speaker, fitch);
}

// «… "لن يتجاوز 15 في المائة"، ما يعني إغلاق عشرات المرافق»: the writer's
// consequence after a comma is not the speaker's.
TEST(QuoteTest, WritersConsequenceEndsTheStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال المسؤول إن تمويل برامج المياه والصحة \"لن يتجاوز 15 "
      "في المائة\"، ما يعني إغلاق عشرات المرافق الصحية بحلول نهاية الشهر.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text,
            "تمويل برامج المياه والصحة \"لن يتجاوز 15 في المائة\"");
}

// «وحسب موقع "سكاي نيوز عربية"، أثارت هذه الصور …»: a leading attribution
// whose source is a short quoted name, then a comma, attributes the rest.
TEST(QuoteTest, LeadingAttributionWithAQuotedSourceName) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوحسب موقع \"سكاي نيوز عربية\"، أثارت هذه الصور تعليقات "
      "كثيرة على مواقع التواصل الاجتماعي.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text,
            "أثارت هذه الصور تعليقات كثيرة على مواقع التواصل الاجتماعي");
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "سكاي نيوز عربية"));
}

// A spokesman relaying his principal's stance: «إن غوتيريش "يدين بشدة"
// …» is Guterres's statement, the spokesman its reporter, and the
// participle after it his too. A spokesman speaking of someone who holds
// another office speaks for himself.
TEST(QuoteTest, SpokesmanRelaysHisPrincipalsStance) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال المتحدث باسم الأمين العام للأمم المتحدة ستيفان "
      "دوجاريك إن أنطونيو غوتيريش \"يدين بشدة\" الهجمات على البنية "
      "التحتية المدنية في السودان، داعيا جميع الأطراف إلى \"احترام القانون "
      "الإنساني الدولي\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 2u);
  const int32_t guterres = testing::EntityIndex(a, "أنطونيو غوتيريش");
  ASSERT_GE(guterres, 0);
  EXPECT_EQ(a.quotes[0].speaker, guterres);
  EXPECT_EQ(a.quotes[0].reporter, testing::EntityIndex(a, "ستيفان دوجاريك"));
  EXPECT_EQ(a.quotes[1].speaker, guterres);

  articles = testing::AnalyzeText(
      "عنوان الخبر\nوكان رئيس الوزراء البريطاني بوريس جونسون قد زار كييف.\n"
      "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن جونسون \"لا يحبنا، ونحن "
      "لا نحبه أيضا\".\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_EQ(articles[0].quotes.size(), 1u);
  EXPECT_EQ(articles[0].quotes[0].speaker,
            testing::EntityIndex(articles[0], "ديمتري بيسكوف"));

  // The principal named with the office the spokesman speaks for.
  articles = testing::AnalyzeText(
      "عنوان الخبر\nكما قال المتحدث باسم الحكومة اليونانية ستيليوس بيتساس إن "
      "رئيس الوزراء كيرياكوس ميتسوتاكيس \"يدين بأشد العبارات\" الخطوة.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_EQ(articles[0].quotes.size(), 1u);
  EXPECT_EQ(articles[0].quotes[0].speaker,
            testing::EntityIndex(articles[0], "كيرياكوس ميتسوتاكيس"));
  EXPECT_EQ(articles[0].quotes[0].reporter,
            testing::EntityIndex(articles[0], "ستيليوس بيتساس"));
}

// The speaker named after a second office or a gloss on his body, set
// off by commas; a quoted body after «باسم» is a name, not a statement.
TEST(QuoteTest, SpeakerAfterASecondOfficeOrAGlossOnTheBody) {
  struct Case {
    const char* text;
    const char* speaker;
    const char* content_starts;
  };
  const Case cases[] = {
      {"من جهته، قال رئيس الوفد الأوكراني، وزير الدفاع رستم عمروف، إن "
       "الأولوية لوقف إطلاق النار.",
       "رستم عمروف", "الأولوية"},
      {"وقال المتحدث باسم \"سرايا القدس\"، الجناح العسكري لحركة الجهاد "
       "الإسلامي، أبو حمزة، إن السرايا ملتزمة بالتهدئة.",
       "أبو حمزة", "السرايا"},
      {"وأوضح رئيس اللجنة الإعلامية بالدورة، الإعلامي حسن الزبيدي، أن "
       "اللجان كافة أنهت استعداداتها.",
       "حسن الزبيدي", "اللجان"},
      {"في المقابل، قال المتحدث باسم \"الإطار الاستراتيجي الدائم للسلام "
       "والأمن والتنمية\"، تحالف الحركات الأزوادية، محمد المولود رمضان إن "
       "مقاتلي التحالف قضوا على رتل كامل.",
       "محمد المولود رمضان", "مقاتلي"},
  };
  for (const Case& c : cases) {
    std::vector<Article> articles =
        testing::AnalyzeText(std::string("عنوان الخبر\n") + c.text + "\n");
    ASSERT_EQ(articles.size(), 1u);
    const Article& a = articles[0];
    ASSERT_EQ(a.quotes.size(), 1u) << c.text;
    ASSERT_GE(testing::EntityIndex(a, c.speaker), 0) << c.speaker;
    EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, c.speaker))
        << c.text;
    EXPECT_TRUE(a.quotes[0].text.starts_with(c.content_starts))
        << a.quotes[0].text;
  }
}

// «وقال مسؤول كبير في إدارة الرئيس باراك أوباما»: an official without
// the article, qualified, is unnamed; the president named in his place
// of work does not speak. «مسؤول الإعلام في النادي» is an office.
TEST(QuoteTest, QualifiedOfficialIsUnnamed) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال مسؤول كبير في إدارة الرئيس باراك أوباما وطلب عدم "
      "نشر اسمه “الهدف هو إقامة منطقة خالية من تنظيم الدولة الإسلامية”.\n"
      "وقال مسؤول الإعلام في النادي محمد العتيبي إن الفريق جاهز.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker, -1);
  EXPECT_TRUE(a.quotes[0].speaker_text.starts_with("مسؤول كبير"))
      << a.quotes[0].speaker_text;
  EXPECT_EQ(a.quotes[1].speaker, testing::EntityIndex(a, "محمد العتيبي"));
}

// The writer's «، من دون أن يذكر …» and «، وذلك غداة …» end the
// statement; «، دون أن يؤمّن الجرار» inside it stays.
TEST(QuoteTest, WhatTheSpeakerLeftUnsaidEndsTheStatement) {
  struct Case {
    const char* text;
    const char* quote;
  };
  const Case cases[] = {
      {"وقال الرئيس إنه يتمنى التوفيق للحكومة الجديدة، من دون أن يذكر "
       "منافسه بالاسم.",
       "يتمنى التوفيق للحكومة الجديدة"},
      {"وتعهد الرئيس المنتخب بالمضي في إصلاحات جذرية لإنقاذ الاقتصاد، وذلك "
       "غداة فوزه الكبير في جولة الإعادة.",
       "بالمضي في إصلاحات جذرية لإنقاذ الاقتصاد"},
      {"وقال النائب العام إن السائق ترك كابينة القيادة، دون أن يؤمّن الجرار "
       "بالفرامل.",
       "السائق ترك كابينة القيادة، دون أن يؤمّن الجرار بالفرامل"},
  };
  for (const Case& c : cases) {
    std::vector<Article> articles =
        testing::AnalyzeText(std::string("عنوان الخبر\n") + c.text + "\n");
    ASSERT_EQ(articles.size(), 1u);
    ASSERT_EQ(articles[0].quotes.size(), 1u) << c.text;
    EXPECT_EQ(articles[0].quotes[0].text, c.quote);
  }
}

// «أما إسرائيل فوصفت …», «أما العم «حمزة الحكيم» …، فبين»: a country,
// or a person after a kin title, as the topic before «فـ» speaks.
TEST(QuoteTest, CountryAsTheTopicSpeaks) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوبعث الرئيس الروسي فلاديمير بوتين ببرقية تهنئة إلى "
      "رئيسي. أما إسرائيل فوصفت على لسان المتحدث باسم وزارة خارجيتها "
      "الرئيس المنتخب بأنه \"الرئيس الأكثر تطرفا حتى الآن\".\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "إسرائيل"));

  // A kin title and quotation marks before the topic's name.
  articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال عبدالله الحكيم إن الخبز مطلوب. أما العم «حمزة "
      "الحكيم» عم «عبدالله»، فبين أنه يزاول هذه المهنة منذ 25 عاما.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_EQ(articles[0].quotes.size(), 2u);
  EXPECT_EQ(articles[0].quotes[1].speaker,
            testing::EntityIndex(articles[0], "حمزة الحكيم"));
}

// «المركز الإقليمي للتدريب ونقل التكنولوجيا»: «ونقل» in the name is no
// cue; «وقال مدير مركز بازل» later is the director named with that
// office; «وتمنت لو أن …» goes on with the last speaker.
TEST(QuoteTest, OfficeOfSeveralWordsNamesItsHolder) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nقال الدكتور مصطفى حسين مدير المركز الإقليمي للتدريب ونقل "
      "التكنولوجيا للدول العربية «بازل»، إنه سيتم تنظيم ورشة عمل إقليمية.\n"
      "وقال مدير مركز بازل إن ذلك يأتي في إطار المشروع.\nوقالت فاتن بندقجي "
      "إن اللائحة صعبة. وتمنت لو أن الوزارة بسطت لغة البنود.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 4u);
  const int32_t hussein = testing::EntityIndex(a, "مصطفى حسين");
  ASSERT_GE(hussein, 0);
  EXPECT_EQ(a.quotes[0].speaker, hussein);
  EXPECT_EQ(a.quotes[0].cue, "قال");
  EXPECT_EQ(a.quotes[1].speaker, hussein);
  EXPECT_EQ(a.quotes[3].speaker, testing::EntityIndex(a, "فاتن بندقجي"));
}

// «أعلن الجيش التشادي وفاة الرئيس إدريس ديبي إتنو»: the event announced
// (a noun in و kept whole) is the content; the army, unnamed, speaks.
TEST(QuoteTest, AnnouncedDeathIsTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nأعلن الجيش التشادي وفاة الرئيس إدريس ديبي إتنو متأثرا "
      "بجروح أصيب بها أثناء قيادته القوات.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_TRUE(a.quotes[0].text.starts_with("وفاة الرئيس")) << a.quotes[0].text;
  EXPECT_EQ(a.quotes[0].speaker, -1);
  EXPECT_EQ(a.quotes[0].speaker_text, "الجيش التشادي");
}

// «ومحاميه لـ«عكاظ»: سنعترض على الحكم»: the outlet told in a headline does
// not speak.
TEST(QuoteTest, OutletToldInAHeadlineDoesNotSpeak) {
  std::vector<Article> articles = testing::AnalyzeText(
      "سجن محتال المساهمات 15 عاما.. ومحاميه لـ«عكاظ»: سنعترض على الحكم\n"
      "قضت المحكمة الجزائية بسجن المتهم.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "سنعترض على الحكم");
  EXPECT_NE(a.quotes[0].speaker, testing::EntityIndex(a, "عكاظ"));
  EXPECT_TRUE(a.quotes[0].speaker_text.ends_with("محاميه"))
      << a.quotes[0].speaker_text;
}

// «وهنأ الرئيس المنتهية ولايته محمد بخاري خلفه، وقال في بيان نشره
// المتحدث باسمه غاربا شيحو إن …»: the publisher of the statement relays
// it; the sentence's subject (not governed by «ولايته», no «لـ») speaks.
TEST(QuoteTest, PublisherOfTheStatementRelaysIt) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوهنأ الرئيس المنتهية ولايته محمد بخاري خلفه، وقال في "
      "بيان نشره المتحدث باسمه غاربا شيحو إن الانتخابات كانت نزيهة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "محمد بخاري"));
  EXPECT_GE(a.quotes[0].reporter, 0);
}

// «وكان العراق قد طالب السويد بتسليم موميكا لمحاكمته، فيما رفضت السلطات
// السويدية ذلك»: the subject between «كان» and «قد» speaks; the writer's
// turn to an unnamed party by its nationality ends the statement.
TEST(QuoteTest, SubjectBeforeQadAndAnotherPartysTurn) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوكان العراق قد طالب السويد بتسليم موميكا لمحاكمته، "
      "فيما رفضت السلطات السويدية ذلك.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "بتسليم موميكا لمحاكمته");
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "العراق"));
}

// «…، مشددة على «رفض تونس المطلق للإرهاب»»: after a comma, insisting on
// a quotation is a statement of its own, as a call is.
TEST(QuoteTest, InsistingOnAQuotationIsItsOwnStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقالت الوزارة في بيان إن تونس تتابع مجريات التحقيق، "
      "مشددة على «رفض تونس المطلق للإرهاب بكل أشكاله».\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text, "تونس تتابع مجريات التحقيق");
  EXPECT_EQ(a.quotes[1].text, "رفض تونس المطلق للإرهاب بكل أشكاله");
}

// «…، وطالب قوات التحالف بالاستمرار …»: a call joined with «و» to the
// statement before it ends that statement and goes on with its speaker;
// a noun after it that does not agree with the verb is its object.
TEST(QuoteTest, JoinedCallIsTheSpeakersNextStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأكد القيادي في المقاومة ناصر القميشي أن قوات التحالف "
      "تقوم بدور فعال وناجح لاستعادة اليمن، وطالب قوات التحالف بالاستمرار "
      "في توجيه الضربات العسكرية.\nوأعلنت الهيئة الوطنية لإدارة الطوارئ "
      "والأزمات والكوارث تطبيق العمل عن بعد لموظفي الجهات الحكومية، ودعت "
      "الجمهور إلى توخي الحذر والابتعاد عن أماكن تجمع المياه.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 4u);
  const int32_t man = testing::EntityIndex(a, "ناصر القميشي");
  EXPECT_EQ(a.quotes[0].text,
            "قوات التحالف تقوم بدور فعال وناجح لاستعادة اليمن");
  EXPECT_EQ(a.quotes[1].text, "بالاستمرار في توجيه الضربات العسكرية");
  EXPECT_EQ(a.quotes[0].speaker, man);
  EXPECT_EQ(a.quotes[1].speaker, man);
  EXPECT_EQ(a.quotes[3].text, "توخي الحذر والابتعاد عن أماكن تجمع المياه");
  EXPECT_EQ(a.quotes[3].speaker, a.quotes[2].speaker);
  EXPECT_GE(a.quotes[2].speaker, 0);
}

// «أن الشرطة الإسرائيلية قدمت … وهددت باعتقال …»: a call that agrees with
// the definite noun the content opens with is that party's, inside what
// the speaker said.
TEST(QuoteTest, JoinedCallOfThePartyInTheContentStaysInside) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأضاف قراقع أن الشرطة الإسرائيلية قدمت الى المكان "
      "وهددت باعتقال والدة الأسير وإخوته في حال بقوا أمام المشفى.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text,
            "الشرطة الإسرائيلية قدمت الى المكان وهددت باعتقال والدة الأسير "
            "وإخوته في حال بقوا أمام المشفى");
}

// «ألقى الموقع الإلكتروني لنادي كوينز بارك رينجرز … وقال الموقع»: the
// site speaks for the body whose site it is.
TEST(QuoteTest, ASiteSpeaksForTheBodyWhoseSiteItIs) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nألقى الموقع الإلكتروني لنادي كوينز بارك رينجرز "
      "الإنجليزي، الضوء على مباراة كأس السوبر السعودي. وقال الموقع: "
      "\"يستضيف ملعب لوفتس روود المباراة يوم الأربعاء\". وذكر الموقع أن "
      "المباراة ستلعب في الساعة السابعة مساء.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  const int32_t club = testing::EntityIndex(a, "نادي كوينز بارك رينجرز");
  ASSERT_GE(club, 0);
  EXPECT_EQ(a.quotes[0].speaker, club);
  EXPECT_EQ(a.quotes[1].speaker, club);
}

// «أما الزائر عبدالله الفركز»: a definite description right before a
// person's name is no person of its own; «في البداية أشاد مطلق البقمي …
// مشيرا»: a preposition and its noun opening the sentence before the verb
// do not govern the name after the verb.
TEST(QuoteTest, VisitorsNamedAfterTheirDescription) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nما جعل الزائرين يدخلون لموقع الفعاليات بكل سهولة ويسر. "
      "في البداية أشاد مطلق البقمي بما تم تقديمه من فعاليات في الصالة "
      "الخضراء مشيرا الى أن مسرحية «ام خماس» من المسرحيات الهادفة. أما "
      "الزائر عبدالله الفركز فقد أعرب عن اعجابه بالفعاليات وقال انه جاء من "
      "الرياض خصيصا. وأضاف الزائر فيصل الحرقان أنه تفاعل للغاية مع "
      "المسرحية.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "مطلق البقمي"));
  EXPECT_EQ(a.quotes[1].speaker, testing::EntityIndex(a, "عبدالله الفركز"));
  EXPECT_EQ(a.quotes[2].speaker, testing::EntityIndex(a, "فيصل الحرقان"));
  EXPECT_EQ(testing::EntityIndex(a, "الزائر"), -1);
}

// «داعبت الممثلة هيلين ميرين الحاضرين داخل متحف مدام توسو … قائلة «…»»:
// a name after «داخل» (and other words of place) is no subject.
TEST(QuoteTest, NameInsideAPlaceAdverbIsNoSubject) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nداعبت الممثلة البريطانية هيلين ميرين الحاضرين داخل "
      "متحف مدام توسو وهي تلتقط الصور إلى جوار ثلاثة نماذج شمعية لها "
      "قائلة «حزروا من منا النسخة الأصلية».\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "هيلين ميرين"));
}

// «التقى جلالة الملك عبدالله الثاني … . وأكد جلالته أن …»: «التقى» is a
// verb though it starts with «ال»; the honorific pronoun is the king.
TEST(QuoteTest, HonorificPronounAfterAVerbInAl) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nواشنطن 12 شباط (بترا)- التقى جلالة الملك عبدالله الثاني، "
      "اليوم الأربعاء، في مقر الكونغرس الأميركي، رئيس وأعضاء لجنة العلاقات "
      "الخارجية في مجلس الشيوخ، بحضور سمو الأمير الحسين بن عبدالله الثاني، "
      "ولي العهد.\nوأكد جلالته، خلال اللقاء، أن موقف الأردن ثابت في رفض "
      "تهجير الفلسطينيين.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "عبدالله الثاني"));
}

// «أن الحادث الغادر … يؤكد للجميع ان الفئة الضالة …»: a present verb of
// saying inside the content, with no «و», comma or opener before it, is
// the content's own clause, not a new statement.
TEST(QuoteTest, PresentVerbInsideTheContentIsNoNewStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nمن جانب آخر أوضح مواطنون وأولياء أمور ان الحادث الغادر "
      "الذي استهدف رجال الأمن أثناء أداء الصلاة يؤكد للجميع ان الفئة الضالة "
      "بعيدة كل البعد عن الدين.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text,
            "الحادث الغادر الذي استهدف رجال الأمن أثناء أداء الصلاة يؤكد "
            "للجميع ان الفئة الضالة بعيدة كل البعد عن الدين");
}

// «دعت حركة المقاومة حماس … الى «الرد بقوة» …، مطالبة بـ»قرارات دولية
// رادعة»»: the body's kind and description before its name are one
// entity with it; a call with «بـ» and a quotation after a comma is a
// statement of its own.
TEST(QuoteTest, CallWithBAndAQuotationAfterAComma) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nدعت حركة المقاومة حماس امس الجمعة الى «الرد بقوة» على "
      "مقتل طفل فلسطيني حرقاً بأيدي مستوطنين في نابلس، مطالبة بـ»قرارات "
      "دولية رادعة».\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  const int32_t hamas = testing::EntityIndex(a, "حماس");
  ASSERT_GE(hamas, 0);
  EXPECT_EQ(a.quotes[0].speaker, hamas);
  EXPECT_EQ(a.quotes[1].text, "قرارات دولية رادعة");
  EXPECT_EQ(a.quotes[1].speaker, hamas);
}

// «…، وذلك في كلمته أمام جلسة مجلس الأمن …»: the occasion, with the
// speaker's pronoun, is the writer's and ends the statement.
TEST(QuoteTest, OccasionWithThePronounEndsTheStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأكد وزير الخارجية سامح شكري أن مصر \"لن تقبل بأي حال "
      "المساس بحقوقها المائية\"، وذلك في كلمته أمام جلسة مجلس الأمن الدولي "
      "التي عقدت مساء أمس الخميس في نيويورك.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "مصر \"لن تقبل بأي حال المساس بحقوقها المائية\"");
}

// «العليمي يؤدي اليمين … ويتعهد بـ"…"»: a second present verb of the
// headline, joined with «و», goes on with the name that opens it.
TEST(QuoteTest, HeadlinesSecondVerbKeepsItsSubject) {
  std::vector<Article> articles = testing::AnalyzeText(
      "العليمي يؤدي اليمين أمام البرلمان في عدن ويتعهد بـ\"إنهاء الانقلاب "
      "سلما أو حربا\"\nوأدى رئيس مجلس القيادة الرئاسي رشاد محمد العليمي "
      "اليمين الدستورية أمس.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "رشاد محمد العليمي"));
}

// «… المذاع على قناة «صدى البلد» …، إن …»: a name in quotation marks after
// a preposition and its noun is no subject; «استطلاع آخر لمركز "أريدا"»:
// the body whose study it is speaks through it.
TEST(QuoteTest, QuotedNameAfterAPrepositionAndStudiesOfABody) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nمن جانبه، قال الفريق كامل الوزير، وزير النقل، في مداخلة "
      "هاتفية مع برنامج «على مسئوليتي» المذاع على قناة «صدى البلد» مساء "
      "أمس، إن «السكة الحديد تعاني من إهمال متراكم منذ عشرات السنين».\n"
      "وأظهر استطلاع أجرته شركة \"كوندا\" أن أردوغان يتقدم بنسبة 52.7 "
      "بالمئة، فيما أشار استطلاع آخر لمركز \"أريدا\" إلى تقدم الرئيس "
      "التركي بفارق يتجاوز ست نقاط.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_NE(a.quotes[0].speaker, testing::EntityIndex(a, "صدى البلد"));
  EXPECT_EQ(a.quotes[2].speaker, testing::EntityIndex(a, "أريدا"));
}

// «وأضاف موجها حديثه للنواب: «…»»: a participle of manner is no
// description of the speaker; the one who spoke goes on.
TEST(QuoteTest, MannerParticipleIsNoSpeaker) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال رئيس المجلس حنفي جبالي، خلال الجلسة، إن «المشروع "
      "يضع لأول مرة حدا أقصى للحبس الاحتياطي»، وأضاف موجها حديثه للنواب: "
      "«من لديه اعتراض على أي مادة فليتقدم به مكتوبا».\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  const int32_t speaker = testing::EntityIndex(a, "حنفي جبالي");
  ASSERT_GE(speaker, 0);
  EXPECT_EQ(a.quotes[1].speaker, speaker);
}

// «قالت … إن …، معربة عن شكرها …»: the feminine participle ends the
// content as the masculine one does.
TEST(QuoteTest, FeminineParticipleEndsTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nمن جانبها، قالت أم بدر، إحدى عضوات الأسر المنتجة، إن "
      "جهود الأمانة في دعم الأسر المنتجة متواصلة طوال العام، معربة عن "
      "شكرها وتقديرها لهذه الجهود.\n");
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_GE(articles[0].quotes.size(), 1u);
  EXPECT_EQ(articles[0].quotes[0].text,
            "جهود الأمانة في دعم الأسر المنتجة متواصلة طوال العام");
}

// «ونوه بمساهمات الجهات …» praises, says nothing; the participle after it
// goes on with the one speaking, not with «بمساهمات».
TEST(QuoteTest, PraiseIsNoStatementAndNoSubject) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال المشرف على سوق عكاظ فهد بن معمر إن السوق حقق "
      "نجاحا كبيرا هذا العام.\nونوه بمساهمات جميع الجهات الحكومية في "
      "محافظة الطائف لدعم نجاح السوق، مشيراً إلى أن الهيئة تحرص على أن "
      "يكون السوق الوجهة السياحية الأولى.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_TRUE(a.quotes[1].text.starts_with("الهيئة تحرص")) << a.quotes[1].text;
  const int32_t speaker = testing::EntityIndex(a, "فهد بن معمر");
  ASSERT_GE(speaker, 0);
  EXPECT_EQ(a.quotes[1].speaker, speaker);
}

// «، في حين اتهم مكتب رئيس الوزراء …» (a body by its head word) and «،
// وهو توصيف …» (the writer's word on the statement) end reported content.
TEST(QuoteTest, WritersTurnToABodyOrToTheWordsEndsTheStatement) {
  struct Case {
    const char* text;
    const char* quote;
  };
  const Case cases[] = {
      {"وقال مصدر مصري مطلع إن القاهرة لم تفقد الأمل في التوصل إلى هدنة، في "
       "حين اتهم مكتب رئيس الوزراء الحركة بالرفض.",
       "القاهرة لم تفقد الأمل في التوصل إلى هدنة"},
      {"وقال رئيس الوزراء محمد اشتية إن يوم التوقيع يوم أسود في تاريخ الأمة، "
       "وهو توصيف لم يرض المسؤولين في أبوظبي.",
       "يوم التوقيع يوم أسود في تاريخ الأمة"},
      // «، فيما ذهب آخرون إلى …»: others, another party.
      {"وقال بعض القراء إن الوزير محق في رأيه، فيما ذهب آخرون إلى تحميله "
       "المسؤولية.",
       "الوزير محق في رأيه"},
      // «، على صعيد متصل …»: the writer turns to another item.
      {"وقال الوزير إن الأوضاع مستقرة، على صعيد متصل أعلنت الشرطة ضبط "
       "الأسلحة.",
       "الأوضاع مستقرة"},
  };
  for (const Case& c : cases) {
    std::vector<Article> articles =
        testing::AnalyzeText(std::string("عنوان الخبر\n") + c.text + "\n");
    ASSERT_EQ(articles.size(), 1u);
    ASSERT_EQ(articles[0].quotes.size(), 1u) << c.text;
    EXPECT_EQ(articles[0].quotes[0].text, c.quote);
  }
}

// «…، أوضح ذلك الناطق … عبدالمنعم الحيزان.»: no statement of its own,
// but the one named speaks next; «وأشار إلى أن …» is his, not the name
// inside his words.
TEST(QuoteTest, ThatExplainedBySomeoneGoesOnWithHim) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nسجلت الجوازات عبور أكثر من 100 ألف مسافر خلال عشرة "
      "أيام، أوضح ذلك الناطق الإعلامي لجوازات منطقة الجوف العقيد عبدالمنعم "
      "الحيزان. وأشار إلى أن جوازات المنفذ وعلى رأسها مديرها العقيد علي بن "
      "عوض العنزي قامت بوضع خطة. وبين أن عدد المغادرين بلغ 117 ألفا.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  const int32_t spokesman = testing::EntityIndex(a, "عبدالمنعم الحيزان");
  ASSERT_GE(spokesman, 0);
  ASSERT_EQ(a.quotes.size(), 2u);
  for (const Quote& q : a.quotes) EXPECT_EQ(q.speaker, spokesman) << q.text;
}

// «…، وذلك خلال ندوة صحفية مشتركة …» (the occasion where it was said)
// and «…، فيما استدعت تل أبيب …» (a country acting) end the statement.
TEST(QuoteTest, OccasionAndACountryActingEndTheContent) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأكد وزير الخارجية الجزائري رمطان لعمامرة أن الجزائر "
      "\"كانت وستبقى شريكا موثوقا\" لإيطاليا في مجال الطاقة، وذلك خلال ندوة "
      "صحفية مشتركة مع نظيره الإيطالي لويجي دي مايو. ووصف وزير الخارجية "
      "الإسرائيلي يسرائيل كاتس الاعتراف بأنه \"جائزة للإرهاب\"، فيما "
      "استدعت تل أبيب سفراء الدول الثلاث للتوبيخ.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 2u);
  EXPECT_TRUE(a.quotes[0].text.ends_with("في مجال الطاقة")) << a.quotes[0].text;
  EXPECT_EQ(a.quotes[1].text, "جائزة للإرهاب") << a.quotes[1].text;
}

// «… من نتائج متوقعة سيكون …»: a feminine participle right after an
// indefinite noun is its adjective, no new statement; after a noun with
// a pronoun («دماءهم محذرة») it is the speaker's next one.
TEST(QuoteTest, ParticipleAgreeingWithANounIsItsAdjective) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوأضاف قائلا: المشروع وما يحمله من نتائج متوقعة سيكون "
      "تنمويا بشكل كبير للشقيقة مصر. وأكدت الوزارة حرصها على تنفيذ أحكام "
      "الله في كل من يسفك دماءهم محذرة في الوقت ذاته كل من تسول له نفسه "
      "بأن العقاب سيكون مصيره.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 3u);
  EXPECT_TRUE(a.quotes[0].text.ends_with("للشقيقة مصر")) << a.quotes[0].text;
  EXPECT_TRUE(a.quotes[2].text.starts_with("العقاب")) << a.quotes[2].text;
}

// «، بحسب ما أكد متحدث باسم الدفاع المدني، مشيرا إلى أن …»: an unnamed
// spokesman is the speaker as described, and the participle after the
// phrase goes on with him.
TEST(QuoteTest, UnnamedSpokesmanInAnAttributionIsDescribed) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال اليكسي مولتشانوف إن والدته كانت تغوص. وشارك في "
      "البحث قارب وغواصون، بحسب ما اكد متحدث باسم الدفاع المدني، مشيرا الى "
      "ان البحث سيتواصل حتى الاحد المقبل.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  for (size_t i : {1, 2}) {
    EXPECT_EQ(a.quotes[i].speaker, -1) << a.quotes[i].text;
    EXPECT_EQ(a.quotes[i].speaker_text, "متحدث باسم الدفاع المدني")
        << a.quotes[i].text;
  }
}

// «كشف تقرير حديث أن …» with «التقرير الصادر عن مؤسسة «إيرنست اند يونغ»»
// later: the report speaks for the body that issued it.
TEST(QuoteTest, ReportSpeaksForItsIssuer) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nكشف تقرير حديث أن الشركات الخليجية رفعت حصتها من "
      "مشاريع الاستثمار في أفريقيا إلى 9.1% في عام 2014، وتابع التقرير "
      "الصادر عن مؤسسة «إيرنست اند يونغ» لخدمات الاستشارات المالية، أن "
      "المستثمرين الخليجيين لعبوا دوراً حيوياً.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 1u);
  const int32_t ey = testing::EntityIndex(a, "إيرنست اند يونغ");
  ASSERT_GE(ey, 0);
  EXPECT_EQ(a.quotes[0].speaker, ey) << a.quotes[0].speaker_text;
}

// «وقال وزير التعليم إن …» after «وزير التربية والتعليم رضا حجازي»: an
// office left as the description is its one holder; «مسؤول كبير في
// إدارة …» is one of many and stays a description.
TEST(QuoteTest, OfficeLeftAsDescriptionIsItsOneHolder) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nأعلن وزير التربية والتعليم رضا حجازي نتيجة الثانوية "
      "العامة. وقال وزير التعليم إن نسبة النجاح 80%. وقال مسؤول كبير في "
      "إدارة الوزارة إن النتائج دقيقة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  const int32_t minister = testing::EntityIndex(a, "رضا حجازي");
  ASSERT_GE(minister, 0);
  EXPECT_EQ(a.quotes[1].speaker, minister) << a.quotes[1].speaker_text;
  EXPECT_EQ(a.quotes[2].speaker, -1) << a.quotes[2].speaker_text;
}

// «موضحا أنه وفقا للأجندة الوطنية … المستخدمة لافتا إلى أنه يجري …»: an
// attribution word inside a statement does not swallow the participle
// that opens the speaker's next one, comma or not.
TEST(QuoteTest, AttributionInsideAStatementStopsAtTheNextParticiple) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوقال محمد صالح، مدير عام الهيئة، إن المشروع يهدف إلى "
      "استخدام الطاقة النظيفة، موضحا أنه وفقا للأجندة الوطنية سيتم العمل "
      "على توفير 24 في المائة من الطاقة المستخدمة لافتا إلى أنه يجري العمل "
      "على اعتماد الدراسة الشاملة للمشروع.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_TRUE(a.quotes[1].text.ends_with("الطاقة المستخدمة"))
      << a.quotes[1].text;
  EXPECT_TRUE(a.quotes[2].text.starts_with("يجري العمل")) << a.quotes[2].text;
  EXPECT_EQ(a.quotes[2].speaker, a.quotes[0].speaker);
}

// «وفي السياق نفسه بين المهندس السيد أنه سيتم …»: «بين» with a subject
// and its «أن» is the verb «بيّن»; «التعاون بين الرياض وواشنطن» is not.
TEST(QuoteTest, BayyanaWithSubjectAndComplementizerIsACue) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nقال المهندس خالد السيد إن المشروع يبدأ قريبا. وفي "
      "السياق نفسه بين المهندس السيد أنه سيتم البدء في أعمال ربط طرق الخدمة "
      "بجسر السلام. وأشاد الوزير بالتعاون الوثيق بين الرياض وواشنطن أن "
      "يستمر.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[1].cue, "بين");
  EXPECT_TRUE(a.quotes[1].text.starts_with("سيتم البدء")) << a.quotes[1].text;
  EXPECT_EQ(a.quotes[1].speaker, a.quotes[0].speaker);
}

// «وشدد عضو مجلس إدارة اللجنة البارالمبية السعودية ، رئيس الوفد السعودي
// المشارك في البطولة حسام الصالح على أن …»: a second office that runs on
// by a few words (where it serves) still ends at its holder.
TEST(QuoteTest, SecondOfficeRunningOnEndsAtItsHolder) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوشدد عضو مجلس إدارة اللجنة البارالمبية السعودية ، رئيس "
      "الوفد السعودي المشارك في البطولة حسام الصالح على أن نجوم الأخضر "
      "قاتلوا على أرض الميدان.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  ASSERT_GE(a.quotes[0].speaker, 0);
  EXPECT_EQ(a.canonical[a.quotes[0].speaker].name, "حسام الصالح");
}

// «قدّر البنك الدولي، في تقرير أصدره أمس، …» then «وأوضح التقرير أن …»:
// the body named before «في تقرير» issued it, and the report speaks for
// it.
TEST(QuoteTest, BodyBeforeInAReportIssuedIt) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nقدّر البنك الدولي، في تقرير أصدره أمس الجمعة، كلفة "
      "إعادة الإعمار بنحو 11 مليار دولار. وأوضح التقرير أن قطاع الإسكان هو "
      "الأكثر تضرراً.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_GE(a.quotes.size(), 1u);
  const int32_t bank = testing::EntityIndex(a, "البنك الدولي");
  ASSERT_GE(bank, 0);
  EXPECT_EQ(a.quotes.back().speaker, bank) << a.quotes.back().speaker_text;
}

// «وقال لوكالة الأنباء السعودية (واس) إن …»: the agency's short name in
// brackets after the one the words were said to is no subject either;
// the chain goes on with the minister.
TEST(QuoteTest, BracketedShortNameOfTheAddresseeIsNoSubject) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nأكد وزير الرياضة عبدالعزيز الفيصل أن النجاح كبير. وقال "
      "لوكالة الأنباء السعودية (واس) إن ما شاهده العالم أمس ثمرة دعم "
      "القيادة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_GE(a.quotes[0].speaker, 0);
  EXPECT_EQ(a.quotes[1].speaker, a.quotes[0].speaker)
      << a.quotes[1].speaker_text;
}

// «… كما حث الجميع على مواصلة الجهود …», «وطالب الجميع ببذل …»:
// «الجميع» is whom the call addresses; the speaker is the one before.
TEST(QuoteTest, EveryoneAfterACallIsItsObject) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nقال مدير صحة جدة الدكتور مبارك عسيري إن العمل مستمر. "
      "كما حث الجميع على مواصلة الجهود من أجل تقديم الخدمات للمرضى.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  ASSERT_GE(a.quotes[0].speaker, 0);
  EXPECT_EQ(a.quotes[1].speaker, a.quotes[0].speaker)
      << a.quotes[1].speaker_text;
}

// «قال … الشيخ محمد عبدالرازق، كما نقل عنه موقع "العربية نت" إنه …»:
// «عنه» right after «نقل» is the one who spoke; the site relays.
TEST(QuoteTest, RelayRightAfterAsQuotedFromHim) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nمن جانبه، قال رئيس القطاع الديني في الوزارة الشيخ محمد "
      "عبدالرازق، كما نقل عنه موقع \"العربية نت\" إنه سيتم وضع قائمة "
      "مختومة على كل مكتبة.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  const int32_t who = testing::EntityIndex(a, "محمد عبدالرازق");
  const int32_t site = testing::EntityIndex(a, "العربية نت");
  ASSERT_GE(who, 0);
  ASSERT_GE(site, 0);
  EXPECT_EQ(a.quotes[0].speaker, who) << a.quotes[0].speaker_text;
  EXPECT_EQ(a.quotes[0].reporter, site);
}

// «وأوضحت الوزارة» after two ministries: the one named last, also when
// its name opens with the kind word written bare («وزارة …», whose «و»
// is no conjunction).
TEST(QuoteTest, BodyByKindIsTheOneNamedLast) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nقالت وزارة الصحة إن الإصابات تراجعت. وقالت وزارة "
      "الداخلية إن الطرق مغلقة. وأوضحت الوزارة أن الفرق تعمل على فتحها.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[2].speaker, testing::EntityIndex(a, "وزارة الداخلية"))
      << a.quotes[2].speaker_text;
}

// «لجنة المعادلات بوزارة التعليم»: a ministry named as the seat of a
// committee is not the «الوزارة» that speaks when the article named
// another before.
TEST(QuoteTest, BodyNamedAsASeatIsTheLastChoice) {
  std::vector<Article> articles = testing::AnalyzeText(
      "الخدمة المدنية تعلن\nأعلنت وزارة الخدمة المدنية أسماء المتقدمات. "
      "ودعتهن الوزارة للمراجعة مع الوثائق المعتمدة من لجنة المعادلات "
      "بوزارة التعليم. وأوضحت الوزارة أن من لم تحضر لن يتم النظر في "
      "طلبها.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker,
            testing::EntityIndex(a, "وزارة الخدمة المدنية"))
      << a.quotes[0].speaker_text;
}

// «صرح "مركز فلب فلاب فن" الترفيهي بأنه …»: a body's kind and its name in
// quotation marks (the tagger found the name without the kind) is the
// subject, not what was said; nor is «بين» after the quoted name the verb.
TEST(QuoteTest, QuotedKindAndNameIsTheSubject) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nومن جهته صرح \"مركز فلب فلاب فن\" الترفيهي بأنه نظراً "
      "لما حدث من مشاجرة داخل \"فلب فلاب فن\" بين أحد الزائرين، ويأتي سبب "
      "ذلك بأن الشخص كان يدخن.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_TRUE(a.quotes[0].text.starts_with("نظراً")) << a.quotes[0].text;
  EXPECT_EQ(a.quotes[0].cue, "صرح");
}

// «التقى المبعوث الأممي، غير بيدرسن، الذي قال …»: a comma closes the
// apposition before «الذي»; the person before it speaks. After «، كبير
// مستشاري الرئيس … ترامب، الذي قال» the genitive is not the antecedent:
// the person before the apposition is.
TEST(QuoteTest, RelativeClauseAfterAnApposition) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوكان الشرع التقى، أمس الأحد، المبعوث الأممي إلى سوريا، "
      "غير بيدرسن، الذي قال للصحفيين إن على المجتمع الدولي إنهاء العقوبات "
      "سريعا. وحضر القمة جاريد كوشنر، كبير مستشاري الرئيس الأمريكي دونالد "
      "ترامب، الذي قال لرويترز إن الاتفاق اختراق كبير.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "غير بيدرسن"))
      << a.quotes[0].speaker_text;
  EXPECT_EQ(a.quotes[1].speaker, testing::EntityIndex(a, "جاريد كوشنر"))
      << a.quotes[1].speaker_text;
}

// «جدير ذكره أن …», «ومن الجدير ذكره أن …»: the writer's aside, no
// statement of anyone's.
TEST(QuoteTest, WorthMentioningIsNoStatement) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nافتتح الأمير المعرض أمس. جدير ذكره أن مدة الزيارة خمسة "
      "أيام. ومن الجدير ذكره أن الافتتاح تأجل. وقال المدير إن الدخول "
      "مجاني.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].cue, "وقال");
}

// «ووصفتها بأنها «مروعة وعشوائية» واستنكرت …»: the quoted fragment the
// content opens with ends at «و» and the speaker's next act; a fragment
// inside the content («السفينة "كانت تحمل معدات" ودخلت …») does not.
TEST(QuoteTest, QuotedFragmentEndsBeforeTheNextAct) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nأدانت الولايات المتحدة الهجمات ووصفتها بأنها «مروعة "
      "وعشوائية» واستنكرت استغلال الجماعة المتشددة للأطفال. وقال المتحدث "
      "إن السفينة \"كانت تحمل معدات عسكرية\" ودخلت المياه دون ترخيص.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].text, "مروعة وعشوائية");
  EXPECT_NE(a.quotes[1].text.find("ودخلت"), std::string::npos)
      << a.quotes[1].text;
}

// «ذكرت وكالة الأنباء السعودية (واس) أن خادم الحرمين الشريفين الملك
// سلمان … أكد في برقيته «…»»: the king speaks (a ruler's style may stand
// before his name), the agency relays; the agency's own words cut at «أكد»
// — a title and a name — are no statement.
TEST(QuoteTest, AgencyRelaysARulersCable) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nذكرت وكالة الأنباء السعودية (واس) أن خادم الحرمين "
      "الشريفين الملك سلمان بن عبدالعزيز آل سعود أكد في برقيته «وقوف المملكة "
      "إلى جانب سلطنة عمان الشقيقة». وذكرت الوكالة أن الملك سلمان بن "
      "عبدالعزيز أكد في برقية أخرى أن المملكة تقف إلى جانب الأشقاء.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  const int32_t king = testing::EntityIndex(a, "سلمان بن عبدالعزيز آل سعود");
  ASSERT_GE(king, 0);
  for (const Quote& q : a.quotes) {
    EXPECT_EQ(q.speaker, king) << q.text;
    EXPECT_EQ(q.cue, "أكد") << q.text;
  }
}

// «أدانت الولايات المتحدة هجمات جماعة بوكو حرام … ووصفتها بأنها «…»»: the
// country right after the feminine verb that opens the sentence is the
// subject of the chained «ووصفتها», not the group in the object.
TEST(QuoteTest, CountryOpeningTheSentenceSpeaks) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nأدانت الولايات المتحدة أمس الجمعة هجمات جماعة بوكو حرام "
      "في الكاميرون ونيجيريا ووصفتها بأنها «مروعة وعشوائية» واستنكرت "
      "استغلال الجماعة للأطفال.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, testing::EntityIndex(a, "الولايات المتحدة"))
      << a.quotes[0].speaker_text;
}

// «وتعتبر الإقامة في هذه السيارة بحسب صحيفة ديلي ميل أرخص من …»: a named
// source in the middle of a sentence whose words go on after the name
// attributes the whole sentence; at its end it attributes what came
// before.
TEST(QuoteTest, SourceInTheMiddleAttributesTheSentence) {
  std::vector<Article> articles = testing::AnalyzeText(
      "عنوان الخبر\nوتعتبر الإقامة في هذه السيارة بحسب صحيفة ديلي ميل أرخص "
      "من الإقامة في الفنادق. ويقدم السائق الماء مجانا للركاب، بحسب صحيفة "
      "نيويورك تايمز.\n");
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_NE(a.quotes[0].text.find("أرخص من الإقامة في الفنادق"),
            std::string::npos)
      << a.quotes[0].text;
  EXPECT_EQ(a.quotes[1].text, "ويقدم السائق الماء مجانا للركاب");
}
}  // namespace
}  // namespace marsad
