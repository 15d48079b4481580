#include "nlp/quotes/cues.h"

#include <string>

#include "nlp/lexicon.h"

namespace marsad::nlp {

CueKind ClassifyCue(std::string_view norm) {
  static const WordSet kVerbs({
      "قال",
      "قالت",
      "قالوا",
      "يقول",
      "تقول",
      "يقولون",
      "أضاف",
      "أضافت",
      "أضافوا",
      "يضيف",
      "تضيف",
      "أكد",
      "أكدت",
      "أكدوا",
      "يؤكد",
      "تؤكد",
      "أوضح",
      "أوضحت",
      "أوضحوا",
      "يوضح",
      "توضح",
      "أشار",
      "أشارت",
      "أشاروا",
      "يشير",
      "تشير",
      "شدد",
      "شددت",
      "يشدد",
      "تشدد",
      "ذكر",
      "ذكرت",
      "ذكروا",
      "صرح",
      "صرحت",
      "أعلن",
      "أعلنت",
      "لفت",
      "لفتت",
      "نوه",
      "نوهت",
      "بين",
      "بينت",
      "تابع",
      "تابعت",
      "أردف",
      "أردفت",
      "استطرد",
      "اعتبر",
      "اعتبرت",
      // «وصف ما يجري بأنه "غير مقبول"», «واكتفى بالقول إنه …»
      "وصف",
      "وصفت",
      "بالقول",
      // «فأجاب بأن …», «فرد المدرب بأن …»
      "أجاب",
      "أجابت",
      "رد",
      "ردت",
      "يعتبر",
      "تعتبر",
      "رأى",
      "رأت",
      "يرى",
      "ترى",
      "زعم",
      "زعمت",
      "حذر",
      "حذرت",
      "يحذر",
      "أفاد",
      "أفادت",
      "كشف",
      "كشفت",
      "نفى",
      "نفت",
      "أبلغ",
      "أبلغت",
      "اعترف",
      "اعترفت",
      "تعهد",
      "تعهدت",
      "توقع",
      "توقعت",
      "يتوقع",
      "أعرب",
      "أعربت",
      "نقل",
      "نقلت",
      "أورد",
      "أوردت",
      "أفصح",
      "ختم",
      "اختتم",
      "استدرك",
      "أجاب",
      "رد",
      "ردت",
      "طالب",
      "طالبت",
      "يطالب",
      "دعا",
      "دعت",
      "يدعو",
      "أكّد",
      "أوصى",
      "أوصت",
      // «وبرر الدبيبة قراره بأن …»: a justification.
      "برر",
      "بررت",
      "ادعى",
      "ادعت",
      "جاء",
      "أخبر",
      "أخبرت",
      "كتب",
      "كتبت",
      "غرد",
      "غردت",
      "حث",
      // StripConjunction leaves a word of three letters whole.
      "وحث",
      "حثت",
      "عزا",
      "عزت",
      "يعزو",
      "تتوقع",
      "يتوقعون",
      "ارتأى",
      "أبان",
      "أبانت",
      "استغرب",
      "استغربت",
      // «وجدد … التأكيد على أن …», «وناشد … بأن …»: with a complementizer.
      "جدد",
      "جددت",
      // «يشكو الناشطون من أن …».
      "شكا",
      "اشتكى",
      "اشتكت",
      "يشكو",
      "تشكو",
      "يشكون",
      "يشتكي",
      "ناشد",
      "ناشدت",
      // Plural subjects («كما بينوا …», «وطالبوا بمعاقبة …»).
      "بينوا",
      "حذروا",
      "شددوا",
      "نوهوا",
      "لفتوا",
      "اعتبروا",
      "طالبوا",
      "أعلنوا",
      "كشفوا",
      "نفوا",
      "استبعد",
      "استبعدت",
      // «وهدد بالانسحاب من …», «وتوعد المتحدث … بالرد».
      "هدد",
      "هددت",
      "توعد",
      "توعدت",
      // Findings of studies, polls and data («أظهرت دراسة حديثة أن …»,
      // «وتظهر البيانات أن …»), and estimates («رجح خبراء أن …»).
      "أظهر",
      "أظهرت",
      "تظهر",
      "رجح",
      "رجحت",
      // «اقترح تأجيل البطولة …», «وعلل التأجيل بـ …», «تمنى أن …».
      "اقترح",
      "اقترحت",
      "علل",
      "عللت",
      "تمنى",
      "تمنت",
      // «وعلمت «النهار» من مصادر وزارية أن …».
      "علمت",
      // Headlines speak in the present (IsPresentTenseCue).
      "يعلن",
      "تعلن",
      "تحذر",
      "تدعو",
      "يتعهد",
      "تتعهد",
      "يستبعد",
      "تستبعد",
      "يتوعد",
      "تتوعد",
  });
  static const WordSet kParticiples({
      "مبديا",
      "مبدية",
      "مبدين",
      "متمنيا",
      "متمنية",
      "متمنين",
      "مشيرا",
      "مضيفا",
      "مؤكدا",
      "موضحا",
      "محذرا",
      "لافتا",
      "منوها",
      "مبينا",
      "معتبرا",
      "قائلا",
      "مشددا",
      "متابعا",
      "مطالبا",
      "داعيا",
      "معربا",
      "مستدركا",
      "مشيرة",
      "مضيفة",
      "مؤكدة",
      "موضحة",
      "محذرة",
      "لافتة",
      "مبينة",
      "معتبرة",
      "قائلة",
      "مشددة",
      "مردفا",
      "مختتما",
      "متسائلا",
      "كاشفا",
      "مطالبين",
      "مؤكدين",
      "مشيرين",
      "معربين",
      "مشددين",
      "قائلين",
      "مضيفين",
      "موضحين",
      "معتبرين",
      "محذرين",
      "داعين",
      "متعهدا",
      "منبها",
      "منبهة",
      "منبهين",
      "مبينين",
      "لافتين",
      "منوهين",
      "داعية",
      "مطالبة",
      // «، واصفا التفجير بأنه "عمل إرهابي"»
      "واصفا",
      "واصفة",
      "واصفين",
      // «، مرجحا أن …», «، متوقعا أن …»
      "مرجحا",
      "مرجحة",
      "مرجحين",
      "متوقعا",
      "متوقعة",
      "متوقعين",
      // «، نافيا أن تكون الضربة قد طالت …».
      "نافيا",
      "نافية",
      "نافين",
      // «، مفيدا بأن قطاع الإسكان …» (also "useful": only as a cue of
      // manner, which needs its content after it).
      "مفيدا",
      "مفيدة",
      // «مخاطباً النواب: «…»».
      "مخاطبا",
      "مخاطبة",
      // Feminine forms of the participles above («، معربة عن شكرها …»).
      "معربة",
      "متعهدة",
      "مستدركة",
      "كاشفة",
      "مردفة",
      "مختتمة",
      "متسائلة",
  });
  static const WordSet kAttributions({"وفقا", "وفق", "بحسب", "حسب", "حسبما",
                                      "طبقا", "نقلا", "بحسبما", "وفقًا"});
  if (norm == "فحسب") return CueKind::kNone;  // "only"
  std::string_view w = StripConjunction(norm);
  if (kAttributions.Contains(norm) || kAttributions.Contains(w)) {
    return CueKind::kAttribution;
  }
  // «واصفا» keeps its و (a root letter, not «و» + «اصفا»).
  if (kParticiples.Contains(w) || kParticiples.Contains(norm)) {
    return CueKind::kParticiple;
  }
  if (kVerbs.Contains(w) || kVerbs.Contains(norm)) return CueKind::kVerb;
  // An attached object pronoun: «أخبروه», «أبلغه», «قالها» («بينها»,
  // «بينهم» are "among them", not «بيّنها»).
  for (std::string_view end : {"وه", "ه", "ها", "هم"}) {
    if (w.size() > end.size() + 4 && w.ends_with(end)) {
      std::string_view base = w.substr(0, w.size() - end.size());
      if (base == "بين") return CueKind::kNone;
      // «تابعته السومرية نيوز», "followed it": «تابع» goes on only
      // without an object.
      if (base == "تابع" || base == "تابعت") return CueKind::kNone;
      // «في مؤتمر صحفي … ونقلته قنوات محلية»: "and carried it", the
      // channels that broadcast the words, not a speaker of new ones
      // («بحسب ما نقلته هيئة البث عن مسؤول» still relays).
      if ((base == "نقل" || base == "نقلت") && w != norm) {
        return CueKind::kNone;
      }
      // «في إفادتها اليومية», «إضافتها», «إشارته»: once the hamza is
      // folded, a feminine noun with a pronoun reads like «أفادت» + «ها».
      static const WordSet kNounsWithPronoun({"أفادت", "أضافت", "أشارت"});
      if (kNounsWithPronoun.Contains(base)) return CueKind::kNone;
      if (kVerbs.Contains(base)) return CueKind::kVerb;
      if (end == "وه" && kVerbs.Contains(std::string(base) + "وا")) {
        return CueKind::kVerb;
      }
    }
  }
  return CueKind::kNone;
}

bool IsSayingNoun(std::string_view norm) {
  const std::string_view w = StripConjunction(norm);
  if (w.starts_with("قول")) return true;
  if (!(w.ends_with("ه") || w.ends_with("ها") || w.ends_with("هم"))) {
    return false;
  }
  for (std::string_view stem : {"تاكيد", "اشارت", "تحذير", "توضيح", "تشديد",
                                "نفي", "اعلان", "مطالبت", "دعوت"}) {
    if (w.starts_with(stem)) return true;
  }
  return false;
}

bool IsPresentTenseCue(std::string_view norm) {
  // Headlines speak in the present («جامعة أم القرى تعلن بدء …», «الحوثي
  // يتوعد …», «الصحة العالمية تحذر من …»).
  static const WordSet kPresent({"يعلن", "تعلن", "تحذر", "تدعو", "يتعهد",
                                 "تتعهد", "يستبعد", "تستبعد", "يتوعد",
                                 "تتوعد"});
  return kPresent.Contains(norm) || kPresent.Contains(StripConjunction(norm));
}

// («إنما» is "but rather" — «لا يعود لمرات التحميل، إنما للأجهزة …» — and
// opens no statement in any annotated set.)
bool IsComplementizer(std::string_view norm) {
  static const WordSet kComp(
      {"إن",   "أن",   "إنه",   "أنه",   "إنها",  "أنها",  "إنهم",  "أنهم",
       "بأن",  "بأنه", "بأنها", "بأنهم", "إننا",  "أننا",  "بأننا", "إنني",
       "أنني", "فإن",  "فإنه",  "فإنها", "فإنهم", "أنهما", "إنهما", "بأنهما",
       "أنهن", "إنهن", "أنكم",  "إنكم",  "بأنكم", "بأنني", "أنك",   "إنك"});
  return kComp.Contains(norm) || kComp.Contains(StripConjunction(norm));
}

}  // namespace marsad::nlp
