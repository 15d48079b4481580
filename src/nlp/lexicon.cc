#include "nlp/lexicon.h"

#include "base/utf8.h"
#include "nlp/ner/text_ops.h"

namespace marsad::nlp {

WordSet::WordSet(std::initializer_list<const char*> words) {
  for (const char* w : words) words_.insert(ner::NormalizeWord(w));
}

bool IsBreakWord(std::string_view norm) {
  static const WordSet kBreak({
      "في",
      "من",
      "إلى",
      "على",
      "عن",
      "مع",
      "حول",
      "خلال",
      "بعد",
      "قبل",
      "عند",
      "منذ",
      "أن",
      "إن",
      "أنه",
      "إنه",
      "أنها",
      "إنها",
      "الذي",
      "التي",
      "الذين",
      "هو",
      "هي",
      "هم",
      "و",
      "أو",
      "ثم",
      "كما",
      "قد",
      "لقد",
      "لم",
      "لن",
      "ما",
      "لا",
      "هذا",
      "هذه",
      "ذلك",
      "تلك",
      "كان",
      "كانت",
      "يكون",
      "إذ",
      "إذا",
      "حيث",
      "بين",
      "لدى",
      "أمام",
      "عبر",
      "ضد",
      "بأن",
      "لأن",
      "حتى",
      "غير",
      "أي",
      "كل",
      "بعض",
      "اليوم",
      "أمس",
      "غدا",
      "يوم",
      "أمام",
      "نحو",
      "تجاه",
      "قال",
      "قالت",
      "يقول",
      "تقول",
      "أكد",
      "أكدت",
      "يؤكد",
      "أضاف",
      "أضافت",
      "أوضح",
      "أوضحت",
      "أشار",
      "أشارت",
      "شدد",
      "شددت",
      "ذكر",
      "ذكرت",
      "صرح",
      "صرحت",
      "أعلن",
      "أعلنت",
      "التقى",
      "التقت",
      "يلتقي",
      "استقبل",
      "بحث",
      "يبحث",
      "سيبحث",
      "أجرى",
      "يجري",
      "سيجري",
      "تحدث",
      "دعا",
      "طالب",
      "وصل",
      "زار",
      "اعتبر",
      "رأى",
      "حذر",
      "كشف",
      "نفى",
      "أفاد",
      "لفت",
      "نوه",
      "بين",
      "تابع",
      "أردف",
      "وجه",
      "قرر",
      "بحسب",
      "حسب",
      "حسبما",
      "وفقا",
      "طبقا",
      "نقلا",
      "عقد",
      // Adjuncts that open a verb's zone («وقال فور وصوله …», «وقال ردا
      // على سؤال …»): never the start of a subject or a description.
      "فور",
      "عقب",
      "إثر",
      "أثناء",
      "ردا",
      "تعليقا",
      "أيضا",
      "مجددا",
      "مرارا",
      // «نقل عن X قوله»: the relayed words follow.
      "قوله",
      "قولها",
      "قولهم",
      "كذلك",
      "مؤخرا",
      "سابقا",
      "لاحقا",
      "منه",
      "منها",
      "منهم",
      // Adjunct openers («وبدعوة كريمة من …», «بهدف إبراز …»).
      "بهدف",
      "بغرض",
      "بمناسبة",
      "بحضور",
      "برعاية",
      "بدعوة",
      "بسبب",
      "بفضل",
  });
  return kBreak.Contains(norm) || kBreak.Contains(StripConjunction(norm));
}

bool IsStopword(std::string_view norm) {
  static const WordSet* stop = new WordSet({
#include "nlp/stopwords.inc"
  });
  return stop->Contains(norm) || stop->Contains(StripConjunction(norm));
}

size_t Letters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string_view StripConjunction(std::string_view norm) {
  if ((norm.starts_with("و") || norm.starts_with("ف")) && Letters(norm) >= 4) {
    return norm.substr(2);
  }
  return norm;
}

std::string_view StripProclitics(std::string_view norm) {
  std::string_view w = norm;
  auto drop = [&](std::string_view p, size_t keep) {
    if (w.starts_with(p) && Letters(w) >= Letters(p) + keep) {
      w.remove_prefix(p.size());
      return true;
    }
    return false;
  };
  if (!drop("و", 3)) drop("ف", 3);
  if (!drop("ب", 3) && !drop("ك", 3)) {
    if (drop("لل", 2)) return w;  // للخارجية: ل + ال
    drop("ل", 3);
  }
  drop("ال", 2);
  return w;
}

size_t ProcliticLetters(std::string_view norm) {
  std::string_view base = StripProclitics(norm);
  // StripProclitics also drops ال; put it back when the word had it.
  size_t removed = Letters(norm) - Letters(base);
  std::string_view before = norm.substr(0, norm.size() - base.size());
  if (before.ends_with("ال")) removed -= 2;
  // «للخارجية» has no span without its ل: keep the whole word.
  if (before.ends_with("لل")) removed -= 2;
  return removed;
}

size_t SkipLetters(std::string_view original, size_t letters) {
  size_t i = 0;
  while (i < original.size() && letters > 0) {
    char32_t c = utf8::Decode(original, &i);
    // Harakat, tatweel and other marks ride on the previous letter.
    if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) continue;
    --letters;
  }
  // Marks after the last skipped letter.
  while (i < original.size()) {
    size_t j = i;
    char32_t c = utf8::Decode(original, &j);
    if (!((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640)) break;
    i = j;
  }
  return i;
}

}  // namespace marsad::nlp
