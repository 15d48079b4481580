#include "nlp/entities/roles.h"

#include <string_view>

#include "nlp/entities/nationality.h"
#include "nlp/lexicon.h"

namespace marsad::nlp {
namespace {

// Head words, clitic-free and without ال (matched after StripProclitics).
const WordSet& Heads() {
  static const WordSet* s = new WordSet({
      "رئيس",
      "رئيسة",
      "وزير",
      "وزيرة",
      "متحدث",
      "متحدثة",
      "ناطق",
      "ناطقة",
      "ملك",
      "ملكة",
      "أمير",
      "أميرة",
      "ولي",
      "نائب",
      "نائبة",
      "سفير",
      "سفيرة",
      "مدير",
      "مديرة",
      "أمين",
      "قائد",
      "زعيم",
      "زعيمة",
      "مستشار",
      "مستشارة",
      "عاهل",
      "مبعوث",
      "مبعوثة",
      "عضو",
      "محافظ",
      "قنصل",
      "مفتي",
      "مساعد",
      "وكيل",
      "قاضي",
      "لواء",
      "عميد",
      "عقيد",
      "مشير",
      "جنرال",
      "مدرب",
      "لاعب",
      // «النجم المصري», «المهاجم البرازيلي»: a player by his nationality.
      "نجم",
      "مهاجم",
      "مدافع",
      "حارس",
      "مؤسس",
      "نقيب",
      "سكرتير",
      "منسق",
      "مندوب",
      "مراسل",
      "محلل",
      "خبير",
      "باحث",
      "كاتب",
      "صحفي",
      "رئيسا",
      "أمينة",
      "المدعي",
      "مدعي",
      "حاكم",
      "مفوض",
      "مفوضة",
      "ممثل",
      "ممثلة",
      "نظير",
      "محامي",
      "مسؤول",
      "مسؤولة",
      "قائدة",
      "ولية",
      "عمدة",
      "بابا",
      "بطريرك",
      "حاخام",
      // «الناخب الوطني» (the national coach, Maghreb press), «المتحدثة».
      "ناخب",
      "ناطقا",
  });
  return *s;
}

// «نظيره», «نظيرها», «نظيرهم»: the counterpart of the other party.
bool IsCounterpart(std::string_view norm) {
  static const WordSet kCounterpart(
      {"نظيره", "نظيرها", "نظيرهم", "نظيريه", "نظيرته", "نظيرتها"});
  return kCounterpart.Contains(StripConjunction(norm)) ||
         kCounterpart.Contains(StripProclitics(norm));
}

bool IsWordToken(const TextUnit& u, uint32_t i) {
  return u.tokens.tokens[i].kind == TokenKind::kArabicWord;
}

int HeadProcliticLetters(std::string_view norm);

// «بمملكة», «في», «لدولة»: words that introduce the country of an office.
bool IsStateWord(std::string_view norm) {
  static const WordSet kStates(
      {"مملكة", "دولة", "جمهورية", "سلطنة", "إمارة", "في"});
  return kStates.Contains(norm) || kStates.Contains(StripProclitics(norm));
}

RoleMatch MakeRole(const TextUnit& u, uint32_t first, uint32_t end) {
  RoleMatch r;
  r.first_token = first;
  r.end_token = end;
  const Token& t0 = u.tokens.tokens[first];
  std::string_view orig0 = t0.span.Of(u.text);
  size_t skip = SkipLetters(orig0, HeadProcliticLetters(u.Norm(first)));
  r.span = {static_cast<uint32_t>(t0.span.begin + skip),
            u.tokens.tokens[end - 1].span.end};
  r.counterpart = IsCounterpart(u.Norm(first));
  size_t title_before_state = std::string::npos;
  for (uint32_t i = first; i < end; ++i) {
    std::string_view norm = u.Norm(i);
    // A nationality, or a country named after the office («رئيس الوزراء
    // بمملكة البحرين», «وزير الخارجية في مصر», «رئيس وزراء البحرين»), is
    // the role's country, not part of its title.
    const Country* c = FindNationality(norm);
    if (c == nullptr && i > first) {
      c = FindCountryByName(norm);
      if (c == nullptr) c = FindCountryByName(StripProclitics(norm));
    }
    if (c != nullptr) {
      if (r.country.empty()) r.country = c->code;
      if (title_before_state != std::string::npos) {
        r.title.resize(title_before_state);
      }
      title_before_state = std::string::npos;
      continue;
    }
    title_before_state = IsStateWord(norm) ? r.title.size() : std::string::npos;
    if (IsHonorific(norm)) continue;
    std::string_view orig = u.tokens.tokens[i].span.Of(u.text);
    if (i == first) orig = orig.substr(skip);
    if (!r.title.empty()) r.title += ' ';
    r.title.append(orig);
  }
  return r;
}

}  // namespace

namespace {

// The forms a head word takes: «وزير», «الوزير», «ولوزير», «والرئيس».
// Returns the letters of proclitics before the matched form (ال stays
// with the word), or -1 when no form matches.
template <typename Pred>
int MatchForm(std::string_view norm, Pred pred) {
  std::string_view conj = StripConjunction(norm);
  auto no_article = [](std::string_view w) {
    return w.starts_with("ال") && Letters(w) >= 4 ? w.substr(4) : w;
  };
  const int conj_letters = static_cast<int>(Letters(norm) - Letters(conj));
  if (pred(norm) || pred(no_article(norm))) return 0;
  if (pred(conj) || pred(no_article(conj))) return conj_letters;
  // «أمينها العام», «رئيسه», «مديرهم»: the office of a body just named.
  for (std::string_view end : {"ها", "هم", "ه"}) {
    if (conj.ends_with(end) && Letters(conj) >= Letters(end) + 3 &&
        pred(conj.substr(0, conj.size() - end.size()))) {
      return conj_letters;
    }
  }
  if (pred(StripProclitics(norm))) {
    return static_cast<int>(ProcliticLetters(norm));
  }
  return -1;
}

template <typename Pred>
bool AnyForm(std::string_view norm, Pred pred) {
  return MatchForm(norm, pred) >= 0;
}

int HeadProcliticLetters(std::string_view norm) {
  int k =
      MatchForm(norm, [](std::string_view w) { return Heads().Contains(w); });
  return k < 0 ? static_cast<int>(ProcliticLetters(norm)) : k;
}

// «مبعوث الأمم المتحدة إلى الشرق الأوسط», «سفير المملكة لدى واشنطن»: an
// envoy's office runs on through «إلى/لدى» and the place he is sent to.
// True when token `k` is such a preposition with an envoy's head at most
// three words before it (no other break between).
bool EnvoyPreposition(const TextUnit& u, uint32_t k, uint32_t sentence_begin) {
  static const WordSet kToward({"إلى", "لدى"});
  static const WordSet kEnvoys(
      {"مبعوث", "مبعوثة", "سفير", "سفيرة", "مندوب", "مندوبة", "ممثل", "ممثلة"});
  // «وزير الصحة العامة في حكومة تصريف الأعمال»: «في» and the body the
  // office belongs to, after any head.
  static const WordSet kIn({"في"});
  static const WordSet kBodies({"حكومة", "الحكومة", "وزارة", "مجلس", "المجلس",
                                "شركة", "نادي", "جامعة", "منظمة", "هيئة", "بنك",
                                "مصرف", "حزب", "حركة", "إدارة"});
  if (!IsWordToken(u, k)) return false;
  const bool toward = kToward.Contains(u.Norm(k));
  const bool in_body = kIn.Contains(u.Norm(k)) && k + 1 < u.size() &&
                       IsWordToken(u, k + 1) && kBodies.Contains(u.Norm(k + 1));
  if (!toward && !in_body) return false;
  for (uint32_t j = k; j > sentence_begin && k - j < 4; --j) {
    if (!IsWordToken(u, j - 1)) return false;
    const std::string_view norm = u.Norm(j - 1);
    if (toward &&
        AnyForm(norm, [](std::string_view w) { return kEnvoys.Contains(w); })) {
      return true;
    }
    if (in_body &&
        AnyForm(norm, [](std::string_view w) { return Heads().Contains(w); })) {
      return true;
    }
    if (IsBreakWord(norm)) return false;
  }
  return false;
}

}  // namespace

bool IsRoleHead(std::string_view norm) {
  return AnyForm(norm,
                 [](std::string_view w) { return Heads().Contains(w); }) ||
         IsCounterpart(norm);
}

bool IsCalling(std::string_view norm) {
  static const WordSet kCallings(
      {"القيادي", "القيادية", "المسؤول",  "المسؤولة",  "الناشط", "الناشطة",
       "المحلل",  "المحللة",  "الخبير",   "الخبيرة",   "الباحث", "الباحثة",
       "المحامي", "المحامية", "المدرب",   "اللاعب",    "الكاتب", "الكاتبة",
       "الصحفي",  "الصحفية",  "الإعلامي", "الإعلامية", "الشاعر", "الشاعرة",
       "الروائي", "الروائية", "الأديب",   "الأديبة",   "الفنان", "الفنانة",
       "المخرج",  "المخرجة",  "الممثل",   "الممثلة"});
  return kCallings.Contains(norm);
}

bool IsHonorific(std::string_view norm) {
  static const WordSet kHonorific(
      {"شيخ", "سيد", "سيدة", "دكتور", "دكتورة", "مهندس", "أستاذ", "سمو",
       "معالي", "فخامة", "سعادة", "صاحب", "حضرة", "سماحة", "د",
       // «مدير الأمن العام الفريق عثمان …»
       "فريق", "لواء", "عقيد", "عميد", "مقدم", "نقيب", "مشير",
       // «رئيس مجلس المفوضين … الكابتن كابريل سيفزتيان» (a pilot's title)
       "كابتن"});
  if (AnyForm(norm,
              [](std::string_view w) { return kHonorific.Contains(w); })) {
    return true;
  }
  // «الدكتوره ساندرا ندف»: ة typed as ه.
  if (norm.ends_with("ه") && norm.size() > 4) {
    const std::string ta = std::string(norm.substr(0, norm.size() - 2)) + "ة";
    return AnyForm(ta,
                   [](std::string_view w) { return kHonorific.Contains(w); });
  }
  return false;
}

namespace {

// «وزيراً», «ووزيراً», «نائباً»: an office head in the accusative, with
// its «و» when it is a second office (not the و of «وزيراً» itself); the
// word without that «و», or empty when it is none.
std::string_view AccusativeHead(std::string_view norm) {
  std::string_view head = norm;
  const std::string_view bare = StripConjunction(norm);
  if (bare != norm && bare.size() > 2 &&
      IsRoleHead(bare.substr(0, bare.size() - 2))) {
    head = bare;
  }
  if (!head.ends_with("ا") || head.starts_with("ال") || Letters(head) < 4 ||
      !IsRoleHead(head.substr(0, head.size() - 2))) {
    return {};
  }
  return head;
}

// «وزيراً للتعليم», «ووزيراً للدفاع»: an office head in the accusative
// with its complement in «لـ» after it — an appointment (AppointedRoleAt),
// not an office in apposition.
bool IsAppointmentHead(const TextUnit& u, uint32_t k) {
  if (!IsWordToken(u, k) || !IsWordToken(u, k + 1) ||
      AccusativeHead(u.Norm(k)).empty()) {
    return false;
  }
  const std::string_view next = u.Norm(k + 1);
  return next.starts_with("ل") && !next.starts_with("ال") && Letters(next) >= 3;
}

}  // namespace

std::optional<RoleMatch> FindRoleBefore(const TextUnit& u,
                                        uint32_t sentence_begin,
                                        uint32_t name_begin,
                                        const RoleOptions& options) {
  // The caller passes the end of the previous mention as sentence_begin
  // when it is later: a role never runs across another name.
  uint32_t end = name_begin;
  // Honorifics (and the «.» of «د.») between role and name.
  while (end > sentence_begin &&
         (IsWordToken(u, end - 1) ? IsHonorific(u.Norm(end - 1))
                                  : u.Norm(end - 1) == ".")) {
    --end;
  }
  // The name set off by commas, as wire copy writes it: «وزير الخارجية
  // الروسي، سيرغي لافروف، إن …».
  if (end > sentence_begin + 1 && !IsWordToken(u, end - 1) &&
      (u.Norm(end - 1) == "،" || u.Norm(end - 1) == ",") &&
      IsWordToken(u, end - 2)) {
    --end;
  }
  // «وزير الخارجية السعودي الأمير فيصل بن فرحان», «أمير منطقة الرياض
  // الأمير فيصل»: «الأمير» right before the name is his title when an
  // office comes before it.
  if (end > sentence_begin + 1 && IsWordToken(u, end - 1) &&
      (u.Norm(end - 1) == "الامير" || u.Norm(end - 1) == "الاميرة")) {
    for (uint32_t k = end - 1;
         k > sentence_begin && end - k < options.max_tokens; --k) {
      if (!IsWordToken(u, k - 1)) break;
      if (IsRoleHead(u.Norm(k - 1))) {
        --end;
        while (end > sentence_begin && IsWordToken(u, end - 1) &&
               IsHonorific(u.Norm(end - 1))) {
          --end;
        }
        break;
      }
      if (IsBreakWord(u.Norm(k - 1)) && u.Norm(k - 1) != "باسم") break;
    }
  }
  // Offices stacked without «و» («مفتي عام المملكة رئيس هيئة كبار العلماء
  // رئيس اللجنة الدائمة …») make one role: past max_tokens, an office of
  // at most three words before the earliest head still joins it.
  std::optional<uint32_t> head;
  for (uint32_t i = end; i > sentence_begin; --i) {
    const uint32_t k = i - 1;
    if (end - k > options.max_tokens && (!head || *head - k > 3)) break;
    if (!IsWordToken(u, k) || IsAppointmentHead(u, k)) break;
    std::string_view norm = u.Norm(k);
    if (IsRoleHead(norm)) {
      head = k;
      // «المتحدث باسم المكتب الإعلامي لرئيس مجلس الوزراء حيدر العبادي»:
      // an office after «لـ» is the one the name holds; the words before
      // are another person's office.
      if (norm.starts_with("ل") && !norm.starts_with("ال") &&
          HeadProcliticLetters(norm) > 0) {
        break;
      }
      continue;  // an earlier head may extend it: «نائب رئيس الوزراء»
    }
    // Not the preposition right before the name: «المبعوث الأميركي إلى
    // الشرق الأوسط» does not make «الشرق الأوسط» the office holder.
    if (k + 1 < end && EnvoyPreposition(u, k, sentence_begin)) continue;
    if (IsBreakWord(norm) && norm != "باسم") break;
  }
  if (!head) return std::nullopt;
  return MakeRole(u, *head, end);
}

std::optional<RoleMatch> FindRoleAfter(const TextUnit& u, uint32_t name_end,
                                       uint32_t sentence_end,
                                       const RoleOptions& options) {
  if (name_end >= sentence_end) return std::nullopt;
  std::string_view sep = u.Norm(name_end);
  if (sep == "،" || sep == ",") {
    // «الدكتور حمد الضويلع، ومدير الجامعة المكلف، الدكتور …»: an office
    // joined by «و» after the comma is the next person's.
    if (name_end + 1 < sentence_end && IsWordToken(u, name_end + 1)) {
      const std::string_view next = u.Norm(name_end + 1);
      if (next.starts_with("و") && StripConjunction(next) != next &&
          Heads().Contains(StripConjunction(next))) {
        return std::nullopt;
      }
    }
    return RoleAt(u, name_end + 1, sentence_end, options);
  }
  // «خليفة بن سلمان آل خليفة رئيس الوزراء بمملكة البحرين»: apposition
  // without a comma (the caller checks that no other name follows).
  // «هنأ الرئيس الإيراني إبراهيم رئيسي نظيره التركي»: a counterpart right
  // after the name is his object, another man.
  if (IsWordToken(u, name_end) && IsCounterpart(u.Norm(name_end))) {
    return std::nullopt;
  }
  return RoleAt(u, name_end, sentence_end, options);
}

std::optional<RoleMatch> RoleAt(const TextUnit& u, uint32_t first,
                                uint32_t sentence_end,
                                const RoleOptions& options) {
  if (first >= sentence_end || !IsWordToken(u, first) ||
      !IsRoleHead(u.Norm(first)) || IsAppointmentHead(u, first)) {
    return std::nullopt;
  }
  uint32_t end = first + 1;
  while (end < sentence_end && end - first < options.max_tokens &&
         IsWordToken(u, end) && !IsAppointmentHead(u, end)) {
    std::string_view norm = u.Norm(end);
    if (IsBreakWord(norm) && norm != "باسم" &&
        !EnvoyPreposition(u, end, first)) {
      break;
    }
    // «المتحدث باسم قوات التحالف ل"الرياض"»: a detached ل says to whom.
    if (norm == "ل" || norm == "لـ") break;
    // «أحمد عسيري المتحدث باسم التحالف المستشار في مكتب وزير الدفاع»: a
    // definite head after the first words opens a second apposition.
    if (end > first + 1 && StripConjunction(norm).starts_with("ال") &&
        IsRoleHead(norm) && !IsCounterpart(norm)) {
      break;
    }
    ++end;
    // A nationality adjective closes a role: «الرئيس الأميركي».
    if (FindNationality(norm) != nullptr) break;
  }
  return MakeRole(u, first, end);
}

std::optional<RoleMatch> AppointedRoleAt(const TextUnit& u, uint32_t first,
                                         uint32_t sentence_end,
                                         const RoleOptions& options) {
  // The head in the accusative and its complement in «لـ»: «وزيراً
  // للتعليم», «ووزيراً للدفاع», «نائباً لرئيس …».
  if (first + 1 >= sentence_end || !IsAppointmentHead(u, first)) {
    return std::nullopt;
  }
  const std::string_view head = AccusativeHead(u.Norm(first));
  uint32_t end = first + 2;
  while (end < sentence_end && end - first < options.max_tokens &&
         IsWordToken(u, end)) {
    const std::string_view norm = u.Norm(end);
    if (IsBreakWord(norm) || norm == "خلفا") break;
    // «… ووزيراً للداخلية», «… وخالد بن سلمان وزيراً للدفاع»: the next
    // office or the next person starts («والهجرة», a definite noun, goes
    // on with the complement).
    const std::string_view bare = StripConjunction(norm);
    if (bare != norm && !bare.starts_with("ال")) break;
    if (end - first >= 6) break;
    ++end;
  }
  RoleMatch r;
  r.first_token = first;
  r.end_token = end;
  const Token& t0 = u.tokens.tokens[first];
  std::string_view orig0 = t0.span.Of(u.text);
  const size_t skip =
      head.size() < u.Norm(first).size() ? SkipLetters(orig0, 1) : 0;
  r.span = {static_cast<uint32_t>(t0.span.begin + skip),
            u.tokens.tokens[end - 1].span.end};
  // The title as the office is named elsewhere: «وزير التعليم».
  std::string_view h = orig0.substr(skip);
  while (!h.empty()) {
    size_t at = h.size();
    do --at;
    while (at > 0 && (static_cast<unsigned char>(h[at]) & 0xC0) == 0x80);
    const std::string_view last = h.substr(at);
    const bool drop = last == "ا" || last == "ً";  // alif, tanween
    h = h.substr(0, at);
    if (last == "ا") break;
    if (!drop) return std::nullopt;
  }
  r.title = std::string(h);
  for (uint32_t k = first + 1; k < end; ++k) {
    std::string_view orig = u.tokens.tokens[k].span.Of(u.text);
    if (k == first + 1) {
      // «للتعليم» → «التعليم», «لشؤون» → «شؤون».
      const bool lil = u.Norm(k).starts_with("لل");
      orig = orig.substr(SkipLetters(orig, lil ? 2 : 1));
      r.title += lil ? " ال" : " ";
      r.title.append(orig);
      continue;
    }
    r.title += ' ';
    r.title.append(orig);
  }
  return r;
}

}  // namespace marsad::nlp
