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
      "ناشد",
      "ناشدت",
  });
  static const WordSet kParticiples({
      "مشيرا",   "مضيفا",   "مؤكدا",   "موضحا",   "محذرا",  "لافتا",  "منوها",
      "مبينا",   "معتبرا",  "قائلا",   "مشددا",   "متابعا", "مطالبا", "داعيا",
      "معربا",   "مستدركا", "مشيرة",   "مضيفة",   "مؤكدة",  "موضحة",  "محذرة",
      "لافتة",   "مبينة",   "معتبرة",  "قائلة",   "مشددة",  "مردفا",  "مختتما",
      "متسائلا", "كاشفا",   "مطالبين", "مؤكدين",  "مشيرين", "معربين", "مشددين",
      "قائلين",  "مضيفين",  "موضحين",  "معتبرين", "محذرين", "داعين",  "متعهدا",
  });
  static const WordSet kAttributions({"وفقا", "وفق", "بحسب", "حسب", "حسبما",
                                      "طبقا", "نقلا", "بحسبما", "وفقًا"});
  if (norm == "فحسب") return CueKind::kNone;  // "only"
  std::string_view w = StripConjunction(norm);
  if (kAttributions.Contains(norm) || kAttributions.Contains(w)) {
    return CueKind::kAttribution;
  }
  if (kParticiples.Contains(w)) return CueKind::kParticiple;
  if (kVerbs.Contains(w) || kVerbs.Contains(norm)) return CueKind::kVerb;
  // An attached object pronoun: «أخبروه», «أبلغه», «قالها».
  for (std::string_view end : {"وه", "ه", "ها", "هم"}) {
    if (w.size() > end.size() + 4 && w.ends_with(end)) {
      std::string_view base = w.substr(0, w.size() - end.size());
      if (kVerbs.Contains(base)) return CueKind::kVerb;
      if (end == "وه" && kVerbs.Contains(std::string(base) + "وا")) {
        return CueKind::kVerb;
      }
    }
  }
  return CueKind::kNone;
}

bool IsComplementizer(std::string_view norm) {
  static const WordSet kComp(
      {"إن",    "أن",    "إنه",   "أنه",    "إنها",  "أنها", "إنهم",
       "أنهم",  "بأن",   "بأنه",  "بأنها",  "بأنهم", "إننا", "أننا",
       "بأننا", "إنني",  "أنني",  "إنما",   "فإن",   "فإنه", "فإنها",
       "فإنهم", "أنهما", "إنهما", "بأنهما", "أنهن",  "إنهن", "أنكم",
       "إنكم",  "بأنكم", "بأنني", "أنك",    "إنك"});
  return kComp.Contains(norm) || kComp.Contains(StripConjunction(norm));
}

}  // namespace marsad::nlp
