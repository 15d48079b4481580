#include "nlp/entities/mention_propagation.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "nlp/entities/known_aliases.h"
#include "nlp/entities/name_match.h"
#include "nlp/entities/nationality.h"
#include "nlp/entities/roles.h"
#include "nlp/lexicon.h"
#include "nlp/ner/text_ops.h"
#include "nlp/quotes/cues.h"
#include "nlp/time/time_expressions.h"

namespace marsad::nlp {
namespace {

struct Name {
  std::vector<std::string> words;  // normalised
  // The family name alone of a longer person's name («المشهداني» of
  // «محمود المشهداني»).
  bool surname = false;
  EntityType type;
  std::string type_name;
  float confidence;
};

// Letters of a proclitic prefix when `token` is clitics + `word`
// («والسعودية» + «السعودية» → 1, «للسعودية» → not a span: 0 and false).
bool CliticForm(std::string_view token, std::string_view word,
                size_t* letters) {
  if (token == word) {
    *letters = 0;
    return true;
  }
  if (token.size() <= word.size() || !token.ends_with(word)) return false;
  std::string_view prefix = token.substr(0, token.size() - word.size());
  static constexpr std::string_view kPrefixes[] = {
      "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"};
  for (std::string_view p : kPrefixes) {
    if (prefix == p) {
      *letters = Letters(p);
      return true;
    }
  }
  return false;
}

// Removes the mentions marked in `drop` from both parallel lists (a list
// longer than `drop` keeps its tail).
void RemoveMentions(const std::vector<bool>& drop, AnnotatedText* text,
                    std::vector<EntityMention>* mentions) {
  const size_t n = std::min(text->mentions.size(), mentions->size());
  size_t k = 0;
  for (size_t i = 0; i < n; ++i) {
    if (i < drop.size() && drop[i]) continue;
    if (k != i) {
      text->mentions[k] = text->mentions[i];
      (*mentions)[k] = std::move((*mentions)[i]);
    }
    ++k;
  }
  text->mentions.resize(k);
  mentions->resize(k);
}

// Appends the new mentions and restores the order by unit and position.
void InsertMentions(AnnotatedText* text, std::vector<EntityMention>* mentions,
                    std::vector<Mention>* added,
                    std::vector<EntityMention>* added_info) {
  if (added->empty()) return;
  for (size_t i = 0; i < added->size(); ++i) {
    text->mentions.push_back((*added)[i]);
    mentions->push_back(std::move((*added_info)[i]));
  }
  std::vector<size_t> order(text->mentions.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Mention& a = text->mentions[x];
    const Mention& b = text->mentions[y];
    return a.unit != b.unit ? a.unit < b.unit : a.first_token < b.first_token;
  });
  std::vector<Mention> sorted_mentions;
  std::vector<EntityMention> sorted_info;
  for (size_t k : order) {
    sorted_mentions.push_back(text->mentions[k]);
    sorted_info.push_back(std::move((*mentions)[k]));
  }
  text->mentions = std::move(sorted_mentions);
  *mentions = std::move(sorted_info);
}

// True when `norm` is one of `heads`, as written or after its proclitics
// («لأمانة», «بمهرجان»); *clitic gets the proclitic letters.
bool HeadAt(std::string_view norm, const WordSet& heads, size_t* clitic) {
  *clitic = heads.Contains(norm) ? 0 : ProcliticLetters(norm);
  std::string_view bare = norm;
  for (size_t k = 0; k < *clitic; ++k) bare.remove_prefix(2);
  return heads.Contains(bare);
}

// «ترشحه لرئاسة الاتحاد الدولي», «تنحيه عن رئاسة الزمالك»: token `t` is
// «رئاسة» (with its proclitics) before a word that names no state body —
// the presidency of a club or federation, a verbal noun. The state's
// presidencies are bodies («رئاسة الجمهورية», «رئاسة مجلس الوزراء»,
// «رئاسة إقليم كردستان», «رئاسة الشؤون الدينية», «رئاسة الحرمين»; the
// gold's 92 «رئاسة» bodies).
bool IsPresidencyOfABody(const TextUnit& u, uint32_t t) {
  static const WordSet kStateBodies(
      {"الجمهورية",   "الحكومة", "الوزراء", "مجلس",     "المجلس", "إقليم",
       "الإقليم",     "الأركان", "إدارة",   "الديوان",  "الدولة", "أمن",
       "الاستخبارات", "الشؤون",  "شؤون",    "البرلمان", "السلطة", "هيئة",
       "الهيئة",      "الحرمين", "المسجد",  "الوزارة",  "وزارة",  "النيابة",
       "الهجرة",      "العامة"});
  static const WordSet kPresidency({"رئاسة"});
  size_t clitic = 0;
  return t + 1 < u.size() &&
         u.tokens.tokens[t].kind == TokenKind::kArabicWord &&
         u.tokens.tokens[t + 1].kind == TokenKind::kArabicWord &&
         !kStateBodies.Contains(u.Norm(t + 1)) &&
         HeadAt(StripConjunction(u.Norm(t)), kPresidency, &clitic);
}

// Moves mention `m`'s start to byte `begin` of its unit and keeps its
// output record (`info`: span into the input, text) in step.
void MoveBegin(const TextUnit& u, uint32_t begin, Mention* m,
               EntityMention* info) {
  m->span.begin = begin;
  info->ref.span.begin = u.ref.span.begin + begin;
  info->text = std::string(m->span.Of(u.text));
}

// Starts mention `m` at its second token (a word that opens no name).
void DropFirstToken(const TextUnit& u, Mention* m, EntityMention* info) {
  ++m->first_token;
  MoveBegin(u, u.tokens.tokens[m->first_token].span.begin, m, info);
}

// Which tokens of unit `ui` the mentions cover: the type index per token
// (-1: none) and, for covered tokens, where their mention ends.
struct Coverage {
  std::vector<int> owner;
  std::vector<uint32_t> mention_end;
};
Coverage CoverageOf(const AnnotatedText& text, uint32_t ui) {
  const size_t n = text.units[ui].size();
  Coverage c{std::vector<int>(n, -1), std::vector<uint32_t>(n, 0)};
  for (const Mention& m : text.mentions) {
    if (m.unit != ui) continue;
    for (uint32_t t = m.first_token; t < m.end_token && t < n; ++t) {
      c.owner[t] = static_cast<int>(m.type);
      c.mention_end[t] = m.end_token;
    }
  }
  return c;
}

// A mention the finders add: tokens [first, end) of unit `ui`, the span
// starting `skip_letters` letters into the first token (its proclitics).
// Marks the tokens in `owner` with the type.
void AddFound(const TextUnit& u, uint32_t ui, uint32_t first, uint32_t end,
              size_t skip_letters, EntityType type, float confidence,
              std::vector<int>* owner, std::vector<Mention>* added,
              std::vector<EntityMention>* added_info) {
  const auto& toks = u.tokens.tokens;
  const size_t skip = SkipLetters(toks[first].span.Of(u.text), skip_letters);
  Mention m;
  m.unit = ui;
  m.first_token = first;
  m.end_token = end;
  m.span = {static_cast<uint32_t>(toks[first].span.begin + skip),
            toks[end - 1].span.end};
  m.type = type;
  EntityMention info;
  info.type = EntityTypeName(type);
  info.text = std::string(m.span.Of(u.text));
  info.ref = u.ToRef(m.span);
  info.confidence = confidence;
  for (uint32_t x = first; x < end; ++x) (*owner)[x] = static_cast<int>(type);
  added->push_back(m);
  added_info->push_back(std::move(info));
}

// Cuts mention `m` (with its output record `info`) before token `at` of
// unit `u`; the tokens from `at` to its end become a new mention of `type`,
// appended to `added` / `added_info`.
void SplitMentionAt(const TextUnit& u, uint32_t at, EntityType type, Mention* m,
                    EntityMention* info, std::vector<Mention>* added,
                    std::vector<EntityMention>* added_info) {
  Mention second = *m;
  second.first_token = at;
  second.span.begin = u.tokens.tokens[at].span.begin;
  second.type = type;
  EntityMention second_info = *info;
  second_info.type = EntityTypeName(type);
  second_info.ref = u.ToRef(second.span);
  second_info.text = std::string(second.span.Of(u.text));
  m->end_token = at;
  m->span.end = u.tokens.tokens[at - 1].span.end;
  info->ref.span.end = u.ref.span.begin + m->span.end;
  info->text = std::string(m->span.Of(u.text));
  added->push_back(second);
  added_info->push_back(std::move(second_info));
}

// What he said told as a verbal noun with his pronoun (`IsSayingNoun`:
// «قوله», «تأكيده» …, and a few more: «تصريحه», «وصفه», «ترحيبه», «رفضه»):
// no part of the name before it («ونقل … عن الرئيس عباس تأكيده أن …»).
bool IsHisSaying(std::string_view norm) {
  static const WordSet kMore({"تصريحه", "تصريحها", "وصفه", "وصفها", "ترحيبه",
                              "ترحيبها", "رفضه", "رفضها"});
  return IsSayingNoun(norm) || kMore.Contains(norm);
}

// «البيان», «القرار», «الاتفاق»: a document or act, which a verb takes as
// its subject or object, and no family name.
bool IsDocumentOrAct(std::string_view norm) {
  static const WordSet kWords(
      {"البيان",  "القرار",    "الاتفاق",  "التقرير", "الرسالة",  "الخطاب",
       "المقترح", "الاقتراح",  "الموقف",   "الهجوم",  "الاجتماع", "المؤتمر",
       "الاتصال", "الاتفاقية", "المبادرة", "الخطوة",  "الدعوة",   "التصريحات",
       "الإعلان", "المشروع",   "الحادث",   "الوضع",   "العرض",    "الطلب",
       "البلاغ",  "التعميم",   "المرسوم",  "الحكم",   "النص",     "المسودة"});
  return kWords.Contains(norm);
}

// Words the article uses right after a reporting verb, as its subject
// («وقال الخيالي», «وأشار سلال»).
absl::flat_hash_set<std::string> SubjectWords(const AnnotatedText& text) {
  absl::flat_hash_set<std::string> words;
  for (const TextUnit& unit : text.units) {
    for (uint32_t t = 0; t + 1 < unit.size(); ++t) {
      if (unit.tokens.tokens[t].kind != TokenKind::kArabicWord ||
          unit.tokens.tokens[t + 1].kind != TokenKind::kArabicWord ||
          ClassifyCue(unit.Norm(t)) != CueKind::kVerb ||
          IsPresentTenseCue(unit.Norm(t))) {
        continue;
      }
      words.emplace(unit.Norm(t + 1));
      // «وأكد الدكتور غاشم …»: the family name after an honorific.
      if (IsHonorific(unit.Norm(t + 1)) && t + 2 < unit.size() &&
          unit.tokens.tokens[t + 2].kind == TokenKind::kArabicWord) {
        words.emplace(unit.Norm(t + 2));
      }
    }
  }
  return words;
}

}  // namespace

void PropagateMentions(AnnotatedText* text,
                       std::vector<EntityMention>* mentions,
                       const std::vector<std::string>& hints,
                       const PropagationOptions& options) {
  const size_t n = std::min(text->mentions.size(), mentions->size());
  // A person mention followed by a word the page lists as a tag: «أنتوني»
  // + «بلينكن» (tag «بلينكن») is one name.
  absl::flat_hash_set<std::string> hint_words;
  for (const std::string& h : hints) {
    std::string norm = ner::NormalizeWord(h);
    if (norm.find(' ') == std::string::npos) hint_words.insert(norm);
  }
  // A family name the tagger left out: «حامد رافع الخيالي» tagged «حامد
  // رافع», with «وأوضح الخيالي», «وأشار الخيالي» later — a definite word
  // that the article also uses alone as the subject of a reporting verb.
  const absl::flat_hash_set<std::string> subject_words = SubjectWords(*text);
  // How often the article uses a definite word (counted only for the rare
  // candidate): «الفريق أول عبدالفتاح البرهان» … «بين البرهان وحميدتي».
  auto uses_of = [&](std::string_view word) {
    int n = 0;
    for (const TextUnit& unit : text->units) {
      for (uint32_t t = 0; t < unit.size(); ++t) {
        n += unit.tokens.tokens[t].kind == TokenKind::kArabicWord &&
             StripConjunction(unit.Norm(t)) == word;
      }
    }
    return n;
  };
  // Without ال too, after a name of two words or more («وعبد المالك
  // سلال» … «وقال سلال»), when the word is no function word.
  auto family_name = [&](std::string_view w) {
    const bool definite = w.starts_with("ال") && Letters(w) >= 5;
    const bool bare = !w.starts_with("ال") && Letters(w) >= 3 &&
                      !IsStopword(w) && ProcliticLetters(w) == 0 &&
                      ClassifyCue(w) == CueKind::kNone;
    return (definite || bare) && subject_words.contains(AV(w)) &&
           !IsBreakWord(w) && !IsHonorific(w) && !IsRoleHead(w) &&
           !IsDocumentOrAct(w) && !IsHisSaying(w) &&
           FindNationality(w) == nullptr;
  };
  // Two-word person names the article writes whole: «ومحمد أكسجين» tagged
  // «محمد» after «المعروف بـ«محمد أكسجين»» runs on to the second word.
  absl::flat_hash_set<std::string> pairs;
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = text->mentions[i];
    if (m.end_token != m.first_token + 2 ||
        (m.type != EntityType::kPerson && m.type != EntityType::kMisc)) {
      continue;
    }
    const TextUnit& unit = text->units[m.unit];
    const std::string_view first = StripConjunction(unit.Norm(m.first_token));
    if (!IsPersonNameToken(first)) continue;
    // (A MISC name only as a nickname, «المعروف بـ«محمد أكسجين»», not a
    // hashtag «"عزام يتخبط"».)
    if (m.type == EntityType::kMisc) {
      static const WordSet kKnownAs({"المعروف", "المعروفة", "الملقب", "الملقبة",
                                     "باسم", "بلقب", "وشهرته"});
      bool known = false;
      for (uint32_t k = m.first_token; k-- > 0 && k + 4 > m.first_token;) {
        known = known || kKnownAs.Contains(unit.Norm(k));
      }
      if (!known) continue;
    }
    pairs.insert(
        absl::StrCat(AV(first), " ", AV(unit.Norm(m.first_token + 1))));
  }
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& unit = text->units[m.unit];
    if (m.type != EntityType::kPerson || m.end_token >= unit.size()) continue;
    const uint32_t t = m.end_token;
    if (unit.tokens.tokens[t].kind != TokenKind::kArabicWord) continue;
    if (i + 1 < n && text->mentions[i + 1].unit == m.unit &&
        text->mentions[i + 1].first_token <= t) {
      continue;
    }
    // «الملك عبد الله الثاني», «الملك محمد السادس», «البابا بنديكت
    // السادس عشر»: a regnal number is part of the name.
    static const WordSet kRegnal({"الأول", "الثاني", "الثالث", "الرابع",
                                  "الخامس", "السادس", "السابع", "الثامن",
                                  "التاسع", "العاشر", "الثانية", "الأولى"});
    static const WordSet kSovereigns(
        {"الملك", "الملكة", "البابا", "الإمبراطور", "السلطان", "العاهل"});
    const bool regnal =
        kRegnal.Contains(unit.Norm(t)) && m.first_token > 0 &&
        unit.tokens.tokens[m.first_token - 1].kind == TokenKind::kArabicWord &&
        kSovereigns.Contains(StripConjunction(unit.Norm(m.first_token - 1)));
    // «نظيره الأميركي أنتوني بلينكن التطورات», «الرئيس الإيراني إبراهيم
    // رئيسي»: a lone first name right after a role or nationality is
    // followed by the family name the tagger dropped.
    // A compound first name counts as one («عبد القادر»), and the name
    // may be set off by a comma («حاكم مصرف سوريا المركزي، عبد القادر
    // حصرية،»).
    const std::string_view next = unit.Norm(t);
    uint32_t b = m.first_token;
    if (b > 1 && unit.tokens.tokens[b - 1].kind != TokenKind::kArabicWord &&
        (unit.Norm(b - 1) == "،" || unit.Norm(b - 1) == ",")) {
      --b;
    }
    const std::string_view before =
        b > 0 && unit.tokens.tokens[b - 1].kind == TokenKind::kArabicWord
            ? unit.Norm(b - 1)
            : std::string_view();
    // «عبدالفتاح», «عبدالله» written as one word count as well.
    const bool first_name = (m.end_token == m.first_token + 1 &&
                             (IsPersonNameToken(unit.Norm(m.first_token)) ||
                              (unit.Norm(m.first_token).starts_with("عبد") &&
                               Letters(unit.Norm(m.first_token)) >= 6))) ||
                            (m.end_token == m.first_token + 2 &&
                             unit.Norm(m.first_token) == "عبد" &&
                             unit.Norm(m.first_token + 1).starts_with("ال"));
    const bool family_after_title =
        first_name && !before.empty() &&
        !kSovereigns.Contains(StripConjunction(before)) &&
        (FindNationality(before) != nullptr || IsRoleHead(before) ||
         IsHonorific(before) ||
         FindRoleBefore(unit, unit.SentenceOf(m.first_token).first_token,
                        m.first_token)
             .has_value()) &&
        !next.starts_with("ال") && Letters(next) >= 3 && !IsStopword(next) &&
        !IsBreakWord(next) && !IsRoleHead(next) && !IsHonorific(next) &&
        !IsHisSaying(next) && FindNationality(next) == nullptr &&
        ClassifyCue(next) == CueKind::kNone;
    // «الفريق أول عبدالفتاح البرهان» with «البرهان» alone elsewhere: a
    // definite family name after a title and a lone first name (not «عبد
    // الله السابق»: an adjective).
    static const WordSet kAdjectives({"السابق", "الأسبق", "الحالي", "الجديد",
                                      "الراحل", "المنتخب", "المكلف", "المقبل",
                                      "المنتهية", "الأخير", "المذكور", "نفسه"});
    const bool definite_family_after_title =
        first_name && !before.empty() &&
        (IsRoleHead(before) || IsHonorific(before) ||
         FindNationality(before) != nullptr || before == "اول" ||
         before == "أول") &&
        next.starts_with("ال") && Letters(next) >= 5 &&
        !kAdjectives.Contains(next) && WeekdayNamed(next) < 0 &&
        !IsStopword(next) && !IsBreakWord(next) && !IsRoleHead(next) &&
        !IsHonorific(next) && FindNationality(next) == nullptr &&
        ClassifyCue(next) == CueKind::kNone && uses_of(next) >= 2;
    const bool written_pair =
        m.end_token == m.first_token + 1 &&
        pairs.contains(
            absl::StrCat(AV(StripConjunction(unit.Norm(m.first_token))), " ",
                         AV(unit.Norm(t))));
    if (!hint_words.contains(AV(unit.Norm(t))) && !regnal && !written_pair &&
        !family_after_title && !definite_family_after_title &&
        !(m.end_token - m.first_token >= 2 && family_name(unit.Norm(t)))) {
      continue;
    }
    m.end_token = t + 1;
    m.span.end = unit.tokens.tokens[t].span.end;
    EntityMention& info = (*mentions)[i];
    info.ref.span.end = unit.ref.span.begin + m.span.end;
    info.text = std::string(m.span.Of(unit.text));
  }
  // «عن وزير المالية خليفة حمادة» tagged «حمادة»: a first name the tagger
  // left out between an office (or title) and a one-word name.
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    if (m.type != EntityType::kPerson || m.end_token != m.first_token + 1 ||
        m.first_token < 2) {
      continue;
    }
    const TextUnit& unit = text->units[m.unit];
    const uint32_t p = m.first_token - 1;
    if (unit.tokens.tokens[p].kind != TokenKind::kArabicWord ||
        !IsPersonNameToken(unit.Norm(p)) || IsRoleHead(unit.Norm(p)) ||
        IsHonorific(unit.Norm(p)) || IsStopword(unit.Norm(p)) ||
        IsBreakWord(unit.Norm(p)) || Letters(unit.Norm(p)) < 3 ||
        (i > 0 && text->mentions[i - 1].unit == m.unit &&
         text->mentions[i - 1].end_token > p) ||
        m.span.begin != unit.tokens.tokens[m.first_token].span.begin) {
      continue;
    }
    const std::string_view before = unit.Norm(p - 1);
    const bool titled =
        unit.tokens.tokens[p - 1].kind == TokenKind::kArabicWord &&
        (IsHonorific(before) || IsRoleHead(before) ||
         FindNationality(before) != nullptr ||
         FindRoleBefore(unit, unit.SentenceOf(p).first_token, p).has_value());
    if (!titled) continue;
    m.first_token = p;
    MoveBegin(unit, unit.tokens.tokens[p].span.begin, &m, &(*mentions)[i]);
  }
  // The tagger reads «ب/ل/ك» + a folded alef as a preposition before a
  // hamza («لإسرائيل» → «إسرائيل»); where the text has a plain alef the
  // letter is the name's own («باسم أبوداود», not «اسم»). And a word the
  // article writes whole inside a longer name keeps its first letter:
  // «وارمبي» of «ديان وارمبي» is not و + «ارمبي».
  // («وقال فرستابن» beside «ماكس فيرستابن»: the word spelled without a
  // vowel letter is still the name's own, by its skeleton.)
  absl::flat_hash_set<std::string> whole_words, whole_skeletons;
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = text->mentions[i];
    if (m.end_token < m.first_token + 2) continue;
    const TextUnit& unit = text->units[m.unit];
    for (uint32_t k = m.first_token + 1; k < m.end_token; ++k) {
      whole_words.emplace(unit.Norm(k));
      if (Letters(unit.Norm(k)) >= 6) {
        whole_skeletons.insert(NameMatcher::Skeleton(unit.Norm(k)));
      }
    }
  }
  auto written_whole = [&](std::string_view w) {
    return whole_words.contains(AV(w)) ||
           (Letters(w) >= 6 &&
            whole_skeletons.contains(NameMatcher::Skeleton(w)));
  };
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& unit = text->units[m.unit];
    const Token& first = unit.tokens.tokens[m.first_token];
    if (m.span.begin <= first.span.begin || m.span.begin >= first.span.end) {
      continue;
    }
    // «(فوكوس)», «"فاينانشال تايمز"»: a name alone inside brackets or
    // quotation marks has no conjunction; its first letter is its own.
    const bool enclosed =
        m.first_token > 0 && m.end_token < unit.size() &&
        (unit.Norm(m.first_token - 1) == "(" ||
         unit.tokens.tokens[m.first_token - 1].kind == TokenKind::kQuote) &&
        (unit.Norm(m.end_token) == ")" ||
         unit.tokens.tokens[m.end_token].kind == TokenKind::kQuote);
    if (enclosed) {
      const std::string_view w = unit.Norm(m.first_token);
      if (w.starts_with("و") || w.starts_with("ف")) {
        MoveBegin(unit, first.span.begin, &m, &(*mentions)[i]);
        continue;
      }
    }
    if (m.type == EntityType::kPerson &&
        written_whole(unit.Norm(m.first_token))) {
      MoveBegin(unit, first.span.begin, &m, &(*mentions)[i]);
      continue;
    }
    const std::string_view orig = first.span.Of(unit.text);
    const size_t skipped = m.span.begin - first.span.begin;
    size_t k = 0;
    char32_t last = 0;
    while (k < skipped) last = utf8::Decode(orig, &k);
    size_t next = skipped;
    const char32_t after = next < orig.size() ? utf8::Decode(orig, &next) : 0;
    // «بالقطيف»: that alef opens the article; the ب is a preposition.
    const char32_t then = next < orig.size() ? utf8::Decode(orig, &next) : 0;
    if (after != U'\u0627' || then == U'\u0644' ||
        (last != U'\u0628' && last != U'\u0644' && last != U'\u0643')) {
      continue;
    }
    // Back over that one letter.
    size_t back = 0, prev = 0;
    while (back < skipped) {
      prev = back;
      utf8::Decode(orig, &back);
    }
    MoveBegin(unit, static_cast<uint32_t>(first.span.begin + prev), &m,
              &(*mentions)[i]);
  }
  // A person mention that runs into another name with a proclitic: «قال
  // بتسلئيل سموتريتش لنتنياهو» is Smotrich speaking to Netanyahu — the
  // mention ends before «لنتنياهو» when «نتنياهو» is a name elsewhere.
  {
    absl::flat_hash_set<std::string> name_words;
    for (size_t i = 0; i < n; ++i) {
      const std::string norm = ner::NormalizeWord((*mentions)[i].text);
      for (std::string_view w : SplitAny(norm, " ")) name_words.emplace(w);
    }
    for (size_t i = 0; i < n; ++i) {
      Mention& m = text->mentions[i];
      // («هوراماني لرووداو»: the family name alone, into an outlet.)
      if (m.type != EntityType::kPerson || m.end_token < m.first_token + 2) {
        continue;
      }
      const TextUnit& unit = text->units[m.unit];
      for (uint32_t k = m.first_token + 1; k < m.end_token; ++k) {
        const std::string_view tok = unit.Norm(k);
        // («محمد صلاح وجيرفينيو»: two people joined by «و».)
        if (!(tok.starts_with("ل") || tok.starts_with("ب") ||
              tok.starts_with("و")) ||
            tok.starts_with("ال") || Letters(tok) < 5) {
          continue;
        }
        // Seen bare in another mention, or a known name token; not a
        // name that merely starts so («بايدن», «لخضر»).
        if ((!name_words.contains(AV(tok.substr(2))) &&
             !IsPersonNameToken(tok.substr(2))) ||
            IsPersonNameToken(tok)) {
          continue;
        }
        // After one word, only a name seen bare, and not after a given
        // name («جو بايدن»).
        if (k == m.first_token + 1 &&
            (!name_words.contains(AV(tok.substr(2))) ||
             IsPersonNameToken(unit.Norm(m.first_token)))) {
          continue;
        }
        m.end_token = k;
        m.span.end = unit.tokens.tokens[k - 1].span.end;
        EntityMention& info = (*mentions)[i];
        info.ref.span.end = unit.ref.span.begin + m.span.end;
        info.text = std::string(m.span.Of(unit.text));
        break;
      }
    }
  }
  // A tagger mention that carries the proclitic of a name the article
  // gives bare elsewhere, or of a country («لداعش» beside «داعش»,
  // «وقطر»): the span starts after the clitic.
  absl::flat_hash_set<std::string> first_words;
  for (size_t i = 0; i < n; ++i) {
    const TextUnit& unit = text->units[text->mentions[i].unit];
    first_words.emplace(unit.Norm(text->mentions[i].first_token));
    // The word as the span has it («ريمي» of «وريمي كابيلا»), and a
    // person's family name («لجروس» beside «كريستيان جروس»).
    const std::string norm = ner::NormalizeWord((*mentions)[i].text);
    first_words.emplace(norm.substr(0, norm.find(' ')));
    if (text->mentions[i].type == EntityType::kPerson &&
        norm.find(' ') != std::string::npos) {
      first_words.emplace(norm.substr(norm.rfind(' ') + 1));
    }
    // The outlet's own name after its kind («لرووداو» beside «شبكة رووداو
    // الإعلامية»).
    // So is a movement's after its kind («لداعش» beside «تنظيم داعش»).
    static const WordSet kOutletKinds({"شبكة", "وكالة", "قناة", "صحيفة",
                                       "جريدة", "موقع", "مجلة", "إذاعة",
                                       "تنظيم", "حركة", "جماعة"});
    const std::vector<std::string_view> words = SplitAny(norm, " ");
    if (text->mentions[i].type == EntityType::kOrganization &&
        words.size() >= 2 && kOutletKinds.Contains(words[0])) {
      first_words.emplace(words[1]);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& unit = text->units[m.unit];
    const Token& first = unit.tokens.tokens[m.first_token];
    if (first.kind != TokenKind::kArabicWord) continue;
    // Letters already outside the span («ولنادي» whose «و» the tagger
    // left out): only a longer cut can help.
    const std::string_view orig = first.span.Of(unit.text);
    size_t already = 0;
    while (already < 2 &&
           first.span.begin + SkipLetters(orig, already) < m.span.begin) {
      ++already;
    }
    if (first.span.begin + SkipLetters(orig, already) != m.span.begin) {
      continue;
    }
    const std::string_view tok = unit.Norm(m.first_token);
    for (size_t cut = 2; cut <= 4 && cut + 4 < tok.size(); cut += 2) {
      const std::string_view rest = tok.substr(cut);
      size_t letters = 0;
      if (!CliticForm(tok, rest, &letters) || letters <= already) continue;
      // «لرويترز», «لواس»: the wire agencies news names most.
      static const WordSet kAgencies({"رويترز", "بلومبرغ", "بلومبيرغ",
                                      "بلومبرج", "سبوتنيك", "واس", "كونا",
                                      "وام", "بترا", "سانا", "قنا", "إرنا"});
      if (!first_words.contains(AV(rest)) &&
          FindCountryByName(rest) == nullptr && !kAgencies.Contains(rest)) {
        continue;
      }
      const size_t skip = SkipLetters(first.span.Of(unit.text), letters);
      MoveBegin(unit, static_cast<uint32_t>(first.span.begin + skip), &m,
                &(*mentions)[i]);
      break;
    }
  }
  // Names the article tags, keyed by their first word.
  absl::flat_hash_map<std::string, std::vector<Name>> names;
  for (size_t i = 0; i < n; ++i) {
    const EntityMention& m = (*mentions)[i];
    std::string norm = ner::NormalizeWord(m.text);
    Name name;
    for (std::string_view w : SplitAny(norm, " ")) name.words.emplace_back(w);
    if (name.words.empty()) continue;
    if (name.words.size() == 1 &&
        (m.confidence < options.min_confidence ||
         Letters(name.words[0]) < options.min_letters)) {
      continue;
    }
    name.type = text->mentions[i].type;
    name.type_name = m.type;
    name.confidence = m.confidence;
    // The family name of a person stands for the person later in the
    // article: «جو بايدن» … «وأضاف بايدن».
    if (name.type == EntityType::kPerson && name.words.size() >= 2 &&
        m.confidence >= options.min_full_name_confidence &&
        Letters(name.words.back()) >= options.min_surname_letters &&
        !IsBreakWord(name.words.back()) &&
        !IsHonorific(name.words.back())) {  // «آل الشيخ» is not «الشيخ»
      Name surname = name;
      surname.words = {name.words.back()};
      surname.surname = true;
      // «بشر الخصاونة» … «عن الخصاونه قوله»: the final ة written ه (and
      // the other way round) is the same family name.
      const std::string& last = surname.words[0];
      if (Letters(last) >= 5 && (last.ends_with("ة") || last.ends_with("ه"))) {
        Name other = surname;
        other.words[0] = last.substr(0, last.size() - std::string("ة").size()) +
                         (last.ends_with("ة") ? "ه" : "ة");
        names[other.words[0]].push_back(std::move(other));
      }
      names[surname.words[0]].push_back(std::move(surname));
    }
    names[name.words[0]].push_back(std::move(name));
  }
  if (names.empty()) return;

  // Which tokens are already inside a mention.
  std::vector<std::vector<int>> owner(text->units.size());
  for (size_t u = 0; u < text->units.size(); ++u) {
    owner[u].assign(text->units[u].size(), -1);
  }
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = text->mentions[i];
    for (uint32_t t = m.first_token;
         t < m.end_token && t < owner[m.unit].size(); ++t) {
      owner[m.unit][t] = static_cast<int>(i);
    }
  }

  std::vector<Mention> added;
  std::vector<EntityMention> added_info;
  for (size_t u = 0; u < text->units.size(); ++u) {
    TextUnit& unit = text->units[u];
    if (unit.kind == UnitKind::kSource) continue;
    for (uint32_t t = 0; t < unit.size(); ++t) {
      if (unit.tokens.tokens[t].kind != TokenKind::kArabicWord) continue;
      const std::string_view tok = unit.Norm(t);
      // Candidate first words: the token itself or it without a clitic.
      const Name* best = nullptr;
      size_t best_clitic = 0;
      for (size_t cut = 0; cut <= 4 && cut < tok.size(); cut += 2) {
        auto it = names.find(AV(tok.substr(cut)));
        if (it == names.end()) continue;
        for (const Name& name : it->second) {
          size_t clitic = 0;
          if (!CliticForm(tok, name.words[0], &clitic)) continue;
          if (t + name.words.size() > unit.size()) continue;
          bool match = true;
          for (size_t k = 1; k < name.words.size() && match; ++k) {
            match = unit.Norm(t + k) == name.words[k];
          }
          if (!match) continue;
          if (best == nullptr || name.words.size() > best->words.size()) {
            best = &name;
            best_clitic = clitic;
          }
        }
      }
      if (best == nullptr) continue;
      const uint32_t end = t + static_cast<uint32_t>(best->words.size());
      // Already covered: an existing mention spans these tokens.
      bool covered = false;
      for (uint32_t k = t; k < end; ++k) covered |= owner[u][k] >= 0;
      const Token& first = unit.tokens.tokens[t];
      const size_t skip = SkipLetters(first.span.Of(unit.text), best_clitic);
      Span span{static_cast<uint32_t>(first.span.begin + skip),
                unit.tokens.tokens[end - 1].span.end};
      if (covered) continue;
      // A person mention followed by a word that is a person's name
      // elsewhere: «أنتوني» + «بلينكن» becomes one mention (not in a tag
      // line, where names stand side by side: «الصدر الصدر»).
      // («هنأت السفيرة ألينا رومانوسكي المشهداني»: another person's family
      // name after a name that is no given name is that person, the
      // object.)
      if (t > 0 && owner[u][t - 1] >= 0 && best_clitic == 0 &&
          best->type == EntityType::kPerson && unit.kind != UnitKind::kTags) {
        const int prev = owner[u][t - 1];
        Mention& pm = text->mentions[prev];
        const bool given_name_before =
            !best->surname || IsPersonNameToken(unit.Norm(t - 1));
        if (pm.type == EntityType::kPerson && pm.end_token == t &&
            given_name_before) {
          pm.end_token = end;
          pm.span.end = span.end;
          EntityMention& info = (*mentions)[prev];
          info.ref.span.end = unit.ref.span.begin + span.end;
          info.text = std::string(pm.span.Of(unit.text));
          for (uint32_t k = t; k < end; ++k) owner[u][k] = prev;
          t = end - 1;
          continue;
        }
      }
      Mention m;
      m.unit = static_cast<uint32_t>(u);
      m.first_token = t;
      m.end_token = end;
      m.span = span;
      m.type = best->type;
      EntityMention info;
      info.type = best->type_name;
      info.text = std::string(span.Of(unit.text));
      info.ref = unit.ToRef(span);
      info.confidence = best->confidence * options.confidence_factor;
      for (uint32_t k = t; k < end; ++k) owner[u][k] = -2;
      added.push_back(m);
      added_info.push_back(std::move(info));
      t = end - 1;
    }
  }
  InsertMentions(text, mentions, &added, &added_info);
}

}  // namespace marsad::nlp

namespace marsad::nlp {

bool IsPersonNameToken(std::string_view norm) {
  static const WordSet* names = new WordSet({
#include "nlp/entities/name_tokens.inc"
  });
  return names->Contains(norm);
}

namespace {
bool IsLocativeWord(std::string_view norm);
void MoveEnd(AnnotatedText* text, size_t i, uint32_t end,
             std::vector<EntityMention>* mentions);
}  // namespace

namespace {

// «فان» at token `t` is the Dutch particle of a name, not «فإن» without
// its hamza («وبحسب المصدر، فان ترامب …»): it follows a reporting verb,
// an office or a nationality («وقال فان جال», «المدرب الهولندي فان خال»).
bool VanOfAName(const TextUnit& u, uint32_t t) {
  if (t == 0 || u.tokens.tokens[t - 1].kind != TokenKind::kArabicWord) {
    return false;
  }
  const std::string_view before = u.Norm(t - 1);
  return ClassifyCue(before) == CueKind::kVerb ||
         IsRoleHead(StripConjunction(before)) ||
         FindNationality(before) != nullptr;
}

// Starts mention `i` at token `head` of its unit (after the head's
// `clitic` letters) as a body or place of `type`, unless another mention
// covers a token of [head, until].
void ExtendToHead(AnnotatedText* text, std::vector<EntityMention>* mentions,
                  size_t i, uint32_t head, uint32_t until, size_t clitic,
                  EntityType type) {
  Mention& m = text->mentions[i];
  for (const Mention& o : text->mentions) {
    if (o.unit == m.unit && o.first_token <= until && head < o.end_token) {
      return;
    }
  }
  const TextUnit& u = text->units[m.unit];
  const Token& first = u.tokens.tokens[head];
  m.first_token = head;
  MoveBegin(u,
            static_cast<uint32_t>(first.span.begin +
                                  SkipLetters(first.span.Of(u.text), clitic)),
            &m, &(*mentions)[i]);
  m.type = type;
  (*mentions)[i].type = EntityTypeName(m.type);
}

}  // namespace

void ExtendCompoundNames(AnnotatedText* text,
                         std::vector<EntityMention>* mentions) {
  // «بجامعة الملك عبد العزيز» tagged «جامعة الملك» and «عبد العزيز» (PER):
  // a body or place whose name ends in a royal title goes on with the name
  // right after it («مستشفى الملك فهد», «مطار الأمير سلطان»); the person
  // is the body's namesake, no mention of his own.
  {
    static const WordSet kRoyal(
        {"الملك", "الملكة", "الأمير", "الأميرة", "السلطان"});
    std::vector<bool> drop(text->mentions.size(), false);
    bool any = false;
    for (size_t i = 0;
         i + 1 < text->mentions.size() && i + 1 < mentions->size(); ++i) {
      const Mention& m = text->mentions[i];
      const Mention& p = text->mentions[i + 1];
      if (drop[i] || m.type == EntityType::kPerson ||
          p.type != EntityType::kPerson || p.unit != m.unit ||
          p.first_token != m.end_token || m.end_token < m.first_token + 2 ||
          p.end_token > p.first_token + 3) {
        continue;
      }
      const TextUnit& u = text->units[m.unit];
      if (!kRoyal.Contains(u.Norm(m.end_token - 1)) ||
          u.tokens.tokens[p.first_token].span.begin !=
              u.tokens.tokens[m.end_token - 1].span.end + 1) {
        continue;
      }
      MoveEnd(text, i, p.end_token, mentions);
      drop[i + 1] = true;
      any = true;
    }
    if (any) RemoveMentions(drop, text, mentions);
  }
  // «في خطبة الجمعة بجامع الإمام تركي بن عبدالله» tagged «تركي بن
  // عبدالله» (PER): a person after a title after a place's or body's head
  // word is its namesake; the mosque, airport or university is the
  // mention.
  {
    static const WordSet kTitles(
        {"الإمام", "الملك", "الأمير", "الشيخ", "السلطان", "الأميرة"});
    static const WordSet kPlaces(
        {"جامع", "مسجد", "مطار", "ملعب", "استاد", "قاعة", "ميدان"});
    static const WordSet kBodies({"جامعة", "مستشفى", "معهد", "كلية"});
    for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
      Mention& m = text->mentions[i];
      if (m.type != EntityType::kPerson || m.first_token < 2) continue;
      const TextUnit& u = text->units[m.unit];
      // (One name: «تركي بن عبدالله», «زايد»; not «زايد وسيم يوسف», the
      // namesake run on to the next person.)
      bool one_name = m.end_token <= m.first_token + 2;
      for (uint32_t k = m.first_token; !one_name && k < m.end_token; ++k) {
        one_name = u.Norm(k) == "بن" || u.Norm(k) == "ابن";
      }
      if (!one_name) continue;
      const uint32_t title = m.first_token - 1, h = m.first_token - 2;
      const Token& head = u.tokens.tokens[h];
      size_t clitic = 0;
      if (head.kind != TokenKind::kArabicWord ||
          u.tokens.tokens[title].kind != TokenKind::kArabicWord ||
          !kTitles.Contains(u.Norm(title))) {
        continue;
      }
      EntityType type;
      if (HeadAt(u.Norm(h), kPlaces, &clitic)) {
        type = EntityType::kLocation;
      } else if (HeadAt(u.Norm(h), kBodies, &clitic)) {
        type = EntityType::kOrganization;
      } else {
        continue;
      }
      ExtendToHead(text, mentions, i, h, title, clitic, type);
    }
  }
  // «مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية» tagged as a person ending
  // in «الخيرية»: a name between a body's head word and the body's kind
  // is the body's namesake; the body is the mention.
  {
    static const WordSet kHeads({"مؤسسة", "جمعية", "مركز", "مستشفى", "صندوق",
                                 "مدينة", "جامعة", "مجمع", "مكتبة", "كرسي"});
    static const WordSet kKinds(
        {"الخيرية", "الخيري", "الإنسانية", "الإنساني", "الطبية", "الطبي",
         "التخصصي", "الجامعي", "العالمية", "الدولية", "التعليمية", "الثقافي",
         "الثقافية", "العلمية", "الاجتماعية", "للأبحاث", "للعلوم"});
    for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
      Mention& m = text->mentions[i];
      if (m.type != EntityType::kPerson || m.first_token == 0 ||
          m.end_token < m.first_token + 3) {
        continue;
      }
      const TextUnit& u = text->units[m.unit];
      const uint32_t h = m.first_token - 1;
      const Token& head = u.tokens.tokens[h];
      size_t clitic = 0;
      if (head.kind != TokenKind::kArabicWord ||
          head.span.end + 1 != u.tokens.tokens[m.first_token].span.begin ||
          !HeadAt(u.Norm(h), kHeads, &clitic) ||
          !kKinds.Contains(u.Norm(m.end_token - 1))) {
        continue;
      }
      ExtendToHead(text, mentions, i, h, h, clitic, EntityType::kOrganization);
    }
  }
  static const WordSet kSides({"جنوب", "شمال"});
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    EntityMention& info = (*mentions)[i];
    const TextUnit& u = text->units[m.unit];
    const auto& toks = u.tokens.tokens;
    if (m.end_token < u.size() && toks[m.end_token].span.begin == m.span.end &&
        toks[m.end_token].span.Of(u.text) == "+") {
      m.span.end = toks[m.end_token].span.end;
      ++m.end_token;
      info.ref.span.end = u.ref.span.begin + m.span.end;
      info.text = std::string(m.span.Of(u.text));
    }
    // «جدة التاريخية», «دمشق القديمة»: a city's old quarter is a place of
    // its own, not the city.
    static const WordSet kOldQuarter({"التاريخية", "القديمة"});
    if (m.type == EntityType::kLocation && m.end_token == m.first_token + 1 &&
        m.end_token < u.size() &&
        toks[m.end_token].kind == TokenKind::kArabicWord &&
        kOldQuarter.Contains(u.Norm(m.end_token)) &&
        IsPlaceName(u.Norm(m.first_token))) {
      m.span.end = toks[m.end_token].span.end;
      ++m.end_token;
      info.ref.span.end = u.ref.span.begin + m.span.end;
      info.text = std::string(m.span.Of(u.text));
    }
    if (m.first_token == 0 ||
        toks[m.first_token - 1].kind != TokenKind::kArabicWord ||
        m.span.begin != toks[m.first_token].span.begin) {
      continue;
    }
    // «مرفأ بيروت», «مطار الملكة علياء», «كورنيش الدوحة», «معبر رفح»,
    // «ميناء العقبة», «قناة الزمالك»: a place or a club's facility is a
    // name of its own, not the place.
    {
      // («موسم الرياض», «سرايا طرابلس»: a season of events, a
      // government palace.)
      static const WordSet kFacilities(
          {"مرفأ", "مطار", "كورنيش", "معبر", "ميناء", "منفذ", "موسم", "سرايا"});
      static const WordSet kChannels({"قناة"});
      const std::string_view head = u.Norm(m.first_token - 1);
      const std::string_view bare = StripConjunction(head);
      const bool facility =
          (m.type == EntityType::kLocation &&
           (kFacilities.Contains(head) || kFacilities.Contains(bare))) ||
          (m.type == EntityType::kOrganization &&
           (kChannels.Contains(head) || kChannels.Contains(bare)));
      if (facility) {
        const Token& t = toks[m.first_token - 1];
        const bool conj = !kFacilities.Contains(head) &&
                          !kChannels.Contains(head) &&
                          bare.size() < head.size();
        const size_t skip = conj ? SkipLetters(t.span.Of(u.text), 1) : 0;
        --m.first_token;
        MoveBegin(u, static_cast<uint32_t>(t.span.begin + skip), &m, &info);
        continue;
      }
    }
    // «فان جال», «دي ماريا», «فون دير لاين» tagged without the particle:
    // the particle is the name's. «فان» is also «فإن» written without its
    // hamza («وبحسب المصدر، فان ترامب …»), so it joins only after a
    // reporting verb, an office or a nationality («وقال فان جال», «المدرب
    // الهولندي فان خال»).
    if (m.type == EntityType::kPerson) {
      static const WordSet kParticles({"فان", "فون", "دي", "ديل", "دا", "دو"});
      const std::string_view particle = u.Norm(m.first_token - 1);
      bool joins = kParticles.Contains(particle);
      if (joins && particle == "فان") joins = VanOfAName(u, m.first_token - 1);
      if (joins) {
        --m.first_token;
        MoveBegin(u, static_cast<uint32_t>(toks[m.first_token].span.begin), &m,
                  &info);
      }
      continue;
    }
    if (m.type != EntityType::kLocation) continue;
    const std::string_view side = u.Norm(m.first_token - 1);
    std::string_view bare = StripConjunction(side);
    size_t clitics = bare.size() == side.size() ? 0 : 1;
    // «بالمدينة المنورة» tagged «المنورة»: the word before, without its
    // proclitics, and the mention name a listed place.
    if (!kSides.Contains(bare)) {
      clitics = ProcliticLetters(side);
      bare = side;
      for (size_t k = 0; k < clitics; ++k) bare.remove_prefix(2);
      if (m.end_token != m.first_token + 1 || Letters(bare) < 3) continue;
    }
    std::string name(bare);
    for (uint32_t k = m.first_token; k < m.end_token; ++k) {
      absl::StrAppend(&name, " ", AV(u.Norm(k)));
    }
    if (!IsPlaceName(name)) continue;
    const Token& t = toks[m.first_token - 1];
    const size_t skip =
        clitics == 0 ? 0 : SkipLetters(t.span.Of(u.text), clitics);
    --m.first_token;
    MoveBegin(u, static_cast<uint32_t>(t.span.begin + skip), &m, &info);
  }
  // «لويز إيناسيو [لولا] دا سيلفا»: two pieces of one Latin name with one
  // untagged word between («لولا», "if not", to the tagger) and the
  // second opening with its particle are one name.
  static const WordSet kLatinParticles({"دا", "دي", "دو", "دوس", "داس"});
  std::vector<bool> drop(text->mentions.size(), false);
  bool any = false;
  for (size_t i = 0; i + 1 < text->mentions.size() && i + 1 < mentions->size();
       ++i) {
    Mention& a = text->mentions[i];
    const Mention& b = text->mentions[i + 1];
    if (drop[i] || a.type != EntityType::kPerson ||
        b.type != EntityType::kPerson || a.unit != b.unit ||
        b.first_token != a.end_token + 1) {
      continue;
    }
    const TextUnit& u = text->units[a.unit];
    const auto& toks = u.tokens.tokens;
    if (toks[a.end_token].kind != TokenKind::kArabicWord ||
        !kLatinParticles.Contains(u.Norm(b.first_token)) ||
        b.end_token < b.first_token + 2) {
      continue;
    }
    a.end_token = b.end_token;
    a.span.end = b.span.end;
    (*mentions)[i].ref.span.end = u.ref.span.begin + a.span.end;
    (*mentions)[i].text = std::string(a.span.Of(u.text));
    drop[i + 1] = true;
    any = true;
  }
  if (any) RemoveMentions(drop, text, mentions);
}

namespace {

// Ends mention `i` at token `end`, its span and text with it.
void MoveEnd(AnnotatedText* text, size_t i, uint32_t end,
             std::vector<EntityMention>* mentions) {
  Mention& m = text->mentions[i];
  const TextUnit& u = text->units[m.unit];
  m.end_token = end;
  m.span.end = u.tokens.tokens[m.end_token - 1].span.end;
  (*mentions)[i].ref.span.end = u.ref.span.begin + m.span.end;
  (*mentions)[i].text = std::string(m.span.Of(u.text));
}

// Ends mention `i` one token earlier.
void DropLastToken(AnnotatedText* text, size_t i,
                   std::vector<EntityMention>* mentions) {
  MoveEnd(text, i, text->mentions[i].end_token - 1, mentions);
}

}  // namespace

void JoinOutletsNamedToday(AnnotatedText* text,
                           std::vector<EntityMention>* mentions) {
  std::vector<std::vector<bool>> today(text->units.size());
  for (size_t ui = 0; ui < text->units.size(); ++ui) {
    today[ui].assign(text->units[ui].size(), false);
  }
  MarkOutletsNamedToday(text->units, &today);
  std::vector<bool> drop(text->mentions.size(), false);
  std::vector<Mention> added;
  std::vector<EntityMention> added_info;
  std::vector<std::vector<int>> owners(text->units.size());
  for (size_t ui = 0; ui < text->units.size(); ++ui) {
    bool any = false;
    for (bool b : today[ui]) any |= b;
    if (!any) continue;
    const TextUnit& u = text->units[ui];
    std::vector<int>& owner = owners[ui];
    owner.assign(u.size(), -1);
    for (uint32_t t = 1; t < u.size(); ++t) {
      if (!today[ui][t]) continue;
      // The mentions over X (a place, as the tagger reads it) give way.
      for (size_t i = 0; i < text->mentions.size(); ++i) {
        const Mention& m = text->mentions[i];
        if (m.unit == ui && m.first_token == t - 1 && m.end_token == t) {
          drop[i] = true;
        }
      }
      bool kept = false;  // a longer mention over X stays as it is
      for (size_t i = 0; i < text->mentions.size(); ++i) {
        const Mention& m = text->mentions[i];
        kept |= m.unit == ui && m.first_token <= t - 1 && m.end_token > t - 1 &&
                !drop[i];
      }
      if (kept) continue;
      AddFound(u, static_cast<uint32_t>(ui), t - 1, t + 1, 0,
               EntityType::kOrganization, 1.0f, &owner, &added, &added_info);
    }
  }
  RemoveMentions(drop, text, mentions);
  InsertMentions(text, mentions, &added, &added_info);
}

namespace {

// «مبتسما», «مخاطبا», «قائلا»: an indefinite accusative participle of a
// derived verb (مُفعِلا, مُفاعِلا, مُفتعِلا, مُتفعِّلا, مُنفعِلا, مُتفاعِلا,
// مُستفعِلا) or فاعلا, not a name token («ماريا», «موكاسا» are not
// participles of these shapes, or are names).
bool IsMannerParticiple(std::string_view norm) {
  if (!norm.ends_with("ا") || IsPersonNameToken(norm) ||
      IsPersonNameToken(norm.substr(0, norm.size() - 2))) {
    return false;
  }
  std::u32string w;
  for (size_t i = 0; i < norm.size();) w.push_back(utf8::Decode(norm, &i));
  const size_t n = w.size();
  if (n == 5 && w[1] == U'ا') return w[0] != U'م';  // قائلا
  if (n < 5 || n > 7 || w[0] != U'م') return false;
  if (n == 5) return w[2] != U'ا' && w[3] != U'ا';
  if (n == 6) {
    return w[2] == U'ا' || w[2] == U'ت' || w[1] == U'ت' || w[1] == U'ن';
  }
  return (w[1] == U'ت' && w[3] == U'ا') || (w[1] == U'س' && w[2] == U'ت');
}

}  // namespace

void DropObjectWordsAfterNames(AnnotatedText* text,
                               std::vector<EntityMention>* mentions) {
  // «ووصف وزير الخارجية سامح شكري البيان بأنه …» tagged «سامح شكري
  // البيان»: a document or act right after a name of two words or more
  // is the verb's object, not a family name.
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    const Mention& m = text->mentions[i];
    if (m.type != EntityType::kPerson || m.end_token < m.first_token + 3) {
      continue;
    }
    const TextUnit& u = text->units[m.unit];
    if (u.tokens.tokens[m.end_token - 1].kind != TokenKind::kArabicWord ||
        !IsDocumentOrAct(u.Norm(m.end_token - 1))) {
      continue;
    }
    DropLastToken(text, i, mentions);
  }
  // «أن يستقبل شولتز المفرج عنهم» tagged «شولتز المفرج»: a participle in
  // «الم…» with its preposition and pronoun after it («المفرج عنهم»,
  // «المحكوم عليه», «المشار إليه») is the verb's object, not a family
  // name.
  static const WordSet kPronounPrepositions(
      {"عنه", "عنها", "عنهم", "عنهما", "عليه", "عليها", "عليهم", "عليهما",
       "إليه", "إليها", "إليهم", "إليهما", "به", "بها", "بهم"});
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    const Mention& m = text->mentions[i];
    if (m.type != EntityType::kPerson || m.end_token < m.first_token + 2) {
      continue;
    }
    const TextUnit& u = text->units[m.unit];
    if (m.end_token >= u.size() ||
        u.tokens.tokens[m.end_token - 1].kind != TokenKind::kArabicWord ||
        !u.Norm(m.end_token - 1).starts_with("الم") ||
        !kPronounPrepositions.Contains(u.Norm(m.end_token))) {
      continue;
    }
    DropLastToken(text, i, mentions);
  }
}

void DropPronounWords(AnnotatedText* text,
                      std::vector<EntityMention>* mentions) {
  // «للرئيس هادي سيطرتهما على …»: a word with a plural or dual pronoun
  // («سيطرتهما», «قواتهم») ends no person's name.
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (m.type != EntityType::kPerson || m.end_token < m.first_token + 2) {
      continue;
    }
    const std::string_view last = u.Norm(m.end_token - 1);
    if (Letters(last) >= 5 && !IsPersonNameToken(last) &&
        (last.ends_with("هما") || last.ends_with("تهم") ||
         last.ends_with("اتهم"))) {
      DropLastToken(text, i, mentions);
    }
  }
  // «وقال … ألكسندر نوفاك للصحفيين»: a preposition with a definite noun
  // («لل…», to the …) ends a person's name.
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (m.type != EntityType::kPerson || m.end_token < m.first_token + 2 ||
        u.tokens.tokens[m.end_token - 1].kind != TokenKind::kArabicWord) {
      continue;
    }
    const std::string_view last = u.Norm(m.end_token - 1);
    if (last.starts_with("لل") && Letters(last) >= 5 &&
        !IsPersonNameToken(last)) {
      DropLastToken(text, i, mentions);
    }
  }
  // «مركز أشواق التابع لمحافظة …»: «التابع» (belonging to) relates the
  // name to what follows; it ends no name.
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    static const WordSet kBelonging(
        {"التابع", "التابعة", "التابعين", "التابعتين"});
    if (m.end_token >= m.first_token + 2 &&
        kBelonging.Contains(u.Norm(m.end_token - 1))) {
      DropLastToken(text, i, mentions);
    }
  }
  // «إدارة أوباما وتحديدا …», «ترامب وخصوصا …»: an adverb in «و» and the
  // accusative («وتحديدا», «وخصوصا», «وأيضا») ends no person's name; nor
  // does a noun in «و» with «his» («إردوغان ومنافسه كمال كليتشدار
  // أوغلو», «ونظيره», «وزوجته»: the next party; «وجيه» is a name).
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (m.type != EntityType::kPerson || m.end_token < m.first_token + 2 ||
        u.tokens.tokens[m.end_token - 1].kind != TokenKind::kArabicWord) {
      continue;
    }
    const std::string_view last = u.Norm(m.end_token - 1);
    const std::string_view bare = StripConjunction(last);
    const bool adverb = Letters(bare) >= 5 && bare.ends_with("ا");
    const bool his = Letters(bare) >= 4 && bare.ends_with("ه");
    // «ويعد بنزيما ثاني نجم عالمي …»: nor does an ordinal without its
    // article («آل ثاني» is a family).
    static const WordSet kOrdinals(
        {"ثاني", "ثالث", "رابع", "خامس", "سادس", "أول", "آخر", "أحد"});
    const bool ordinal = kOrdinals.Contains(last) &&
                         u.Norm(m.end_token - 2) != "آل" &&
                         u.Norm(m.end_token - 2) != "ال";
    if ((last.starts_with("و") && bare != last && (adverb || his) &&
         !IsPersonNameToken(bare) && !IsPersonNameToken(last)) ||
        ordinal) {
      DropLastToken(text, i, mentions);
    }
  }
  // «ماكرون مبتسما», «مخاطبا جونسون»: an indefinite participle of
  // manner («مبتسما», «قائلا») neither ends nor starts a person's name.
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (m.type != EntityType::kPerson || m.end_token < m.first_token + 2) {
      continue;
    }
    // («زيلينسكي مخاطبا جونسون»: the subject before it stays.)
    uint32_t cut = m.end_token;
    for (uint32_t k = m.first_token + 1; k < m.end_token; ++k) {
      if (IsMannerParticiple(u.Norm(k))) {
        cut = k;
        break;
      }
    }
    if (cut < m.end_token) {
      MoveEnd(text, i, cut, mentions);
    } else if (IsMannerParticiple(u.Norm(m.first_token))) {
      DropFirstToken(u, &m, &(*mentions)[i]);
    }
  }
  // «ابنهم نايف», «شقيقه محمد», «زوجته سارة»: a kin word with a pronoun
  // starts no person's name.
  static const WordSet kKin(
      {"ابن",   "ابنة", "ابنت",  "نجل",   "نجلة", "نجلت", "والد", "والدة",
       "والدت", "شقيق", "شقيقة", "شقيقت", "زوج",  "زوجة", "زوجت", "أخ",
       "أخو",   "أخت",  "عم",    "خال",   "جد",   "جدة",  "جدت",  "حفيد"});
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (m.type != EntityType::kPerson || m.end_token < m.first_token + 2 ||
        u.tokens.tokens[m.first_token].kind != TokenKind::kArabicWord) {
      continue;
    }
    // «فإن البيطار», «أن سيتي»: a complementizer starts no name either.
    // (Not «آن» of «آن كلير لوجندر», the same letters once folded.)
    // («دبلوماسي أميركي فإن كيري»: «فإن» written with its hamza is never
    // the particle «فان» of «الهولندي فان دايك».)
    const std::string_view raw = u.tokens.tokens[m.first_token].span.Of(u.text);
    if (IsComplementizer(u.Norm(m.first_token)) &&
        raw.find("آ") == std::string_view::npos &&
        !(u.Norm(m.first_token) == "فان" &&
          raw.find("إ") == std::string_view::npos &&
          VanOfAName(u, m.first_token))) {
      DropFirstToken(u, &m, &(*mentions)[i]);
      continue;
    }
    const std::string_view first = StripConjunction(u.Norm(m.first_token));
    bool kin = false;
    for (std::string_view end : {"هما", "هم", "ها", "ه"}) {
      if (first.ends_with(end) &&
          kKin.Contains(first.substr(0, first.size() - end.size()))) {
        kin = true;
        break;
      }
    }
    if (!kin || IsPersonNameToken(first)) continue;
    DropFirstToken(u, &m, &(*mentions)[i]);
  }
}

void FixNameClitics(AnnotatedText* text, std::vector<EntityMention>* mentions) {
  // «شبكة سي إن» before «إن»: a mention one or two words short of a tabled
  // name («سي إن إن», known_aliases.h) runs on to it (the last «إن» would
  // otherwise open a statement).
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    for (uint32_t extra = 1; extra <= 2; ++extra) {
      const uint32_t end = m.end_token + extra;
      if (end > u.size()) break;
      bool free = true;
      for (const Mention& om : text->mentions) {
        free = free && !(om.unit == m.unit && om.first_token < end &&
                         om.end_token > m.end_token);
      }
      for (uint32_t k = m.end_token; k < end; ++k) {
        free = free && u.tokens.tokens[k].kind == TokenKind::kArabicWord;
      }
      if (!free) break;
      bool known = false;
      for (uint32_t from = m.first_token;
           from < m.end_token && from <= m.first_token + 1 && !known; ++from) {
        std::string name;
        for (uint32_t k = from; k < end; ++k) {
          if (!name.empty()) name += ' ';
          name += u.Norm(k);
        }
        known = KnownAliasGroup(name) > 0;
      }
      if (!known) continue;
      MoveEnd(text, i, end, mentions);
      break;
    }
  }
  // «مسؤول في أسمنت القصيم» tagged «في أسمنت القصيم», «أرباح أسمنت
  // القصيم»: a name never opens with a preposition written as a word of
  // its own, nor with what a company earns or issues, nor with a score
  // («فاز الأهلي 3-0 الزمالك» tagged «3-0 الزمالك»).
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    static const WordSet kNotFirst({"في", "من", "إلى", "عن", "مع", "منذ",
                                    "أرباح", "أسهم", "سهم", "مبيعات", "إيرادات",
                                    "خسائر", "مساهمي"});
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (m.end_token < m.first_token + 2 ||
        u.tokens.tokens[m.first_token + 1].kind != TokenKind::kArabicWord) {
      continue;
    }
    const Token& first = u.tokens.tokens[m.first_token];
    const std::string_view w = first.span.Of(u.text);
    const bool score = first.kind == TokenKind::kNumber &&
                       (w.find('-') != std::string_view::npos ||
                        w.find(':') != std::string_view::npos);
    if (!score &&
        (first.kind != TokenKind::kArabicWord ||
         !kNotFirst.Contains(StripConjunction(u.Norm(m.first_token))))) {
      continue;
    }
    DropFirstToken(u, &m, &(*mentions)[i]);
  }
  // «فلكية جدة: الشهب …» tagged «لكية جدة»: a headline opens with no
  // conjunction, so its first word keeps its «و/ف».
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (u.kind != UnitKind::kTitle || m.first_token != 0) continue;
    const Token& first = u.tokens.tokens[0];
    const std::string_view orig = first.span.Of(u.text);
    if (first.kind == TokenKind::kArabicWord &&
        (orig.starts_with("و") || orig.starts_with("ف")) &&
        m.span.begin == first.span.begin + SkipLetters(orig, 1)) {
      MoveBegin(u, first.span.begin, &m, &(*mentions)[i]);
    }
  }
  // «ترشحه لرئاسة الاتحاد الدولي» tagged with «رئاسة»
  // (IsPresidencyOfABody).
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (m.end_token < m.first_token + 2 ||
        !IsPresidencyOfABody(u, m.first_token)) {
      continue;
    }
    DropFirstToken(u, &m, &(*mentions)[i]);
  }
  // «بفوزه بـجائزة نوبل للكيمياء» tagged with its «بـ»: a one-letter
  // proclitic stretched by a tatweel is detached; the name starts after
  // it.
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    const Token& first = u.tokens.tokens[m.first_token];
    if (first.kind != TokenKind::kArabicWord ||
        m.span.begin != first.span.begin) {
      continue;
    }
    const std::string_view raw = first.span.Of(u.text);
    static constexpr std::string_view kTatweel = "\u0640";
    static const WordSet kProclitics({"ب", "ل", "ك", "و", "ف"});
    if (raw.size() > 4 + kTatweel.size() &&
        raw.substr(2, kTatweel.size()) == kTatweel &&
        kProclitics.Contains(raw.substr(0, 2))) {
      MoveBegin(u, first.span.begin + 2 + kTatweel.size(), &m, &(*mentions)[i]);
    }
  }
  // «ووُلد السلاوي عام 1959», «وُلد في …» tagged as a person: the verb
  // "was born" opens no name (it stands inside Mauritanian names, «محمد
  // ولد الغزواني», never first).
  {
    std::vector<bool> drop(std::min(text->mentions.size(), mentions->size()),
                           false);
    static const WordSet kBorn({"ولد", "ولدت", "وولد", "وولدت"});
    for (size_t i = 0; i < drop.size(); ++i) {
      Mention& m = text->mentions[i];
      const TextUnit& u = text->units[m.unit];
      if (m.type != EntityType::kPerson ||
          u.tokens.tokens[m.first_token].kind != TokenKind::kArabicWord ||
          !kBorn.Contains(u.Norm(m.first_token))) {
        continue;
      }
      if (m.end_token == m.first_token + 1) {
        drop[i] = true;
        continue;
      }
      DropFirstToken(u, &m, &(*mentions)[i]);
    }
    RemoveMentions(drop, text, mentions);
  }
  // «فرض عقوبات على البرهان» tagged «على البرهان»: «على» written with
  // alif maqsura before the family name of another person the article
  // names («عبد الفتاح البرهان») is the preposition, not the given name
  // «علي».
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (m.type != EntityType::kPerson || m.end_token != m.first_token + 2 ||
        u.tokens.tokens[m.first_token].span.Of(u.text) != "على") {
      continue;
    }
    bool other = false;
    for (size_t o = 0; o < text->mentions.size() && !other; ++o) {
      const Mention& om = text->mentions[o];
      const TextUnit& ou = text->units[om.unit];
      other = o != i && om.type == EntityType::kPerson &&
              om.end_token >= om.first_token + 2 &&
              ou.Norm(om.end_token - 1) == u.Norm(m.first_token + 1) &&
              ou.tokens.tokens[om.first_token].span.Of(ou.text) != "على";
    }
    if (!other) continue;
    DropFirstToken(u, &m, &(*mentions)[i]);
  }
  // «الباحث في الشؤون الإيرانية علي رضا نيكبخت» tagged «رضا نيكبخت»:
  // where the page spells the preposition «على» with alif maqsura, «علي»
  // with ya before a person's name is the given name (the two are one
  // word once folded, so the tagger cannot tell them apart).
  bool maqsura = false;
  for (const TextUnit& u : text->units) {
    for (const Token& t : u.tokens.tokens) {
      if (t.span.Of(u.text) == "على") {
        maqsura = true;
        break;
      }
    }
    if (maqsura) break;
  }
  for (size_t i = 0;
       maqsura && i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (m.type != EntityType::kPerson || m.first_token == 0 ||
        u.tokens.tokens[m.first_token - 1].span.Of(u.text) != "علي") {
      continue;
    }
    bool covered = false;
    for (const Mention& om : text->mentions) {
      covered |= om.unit == m.unit && om.first_token < m.first_token &&
                 om.end_token >= m.first_token;
    }
    if (covered) continue;
    --m.first_token;
    MoveBegin(u, u.tokens.tokens[m.first_token].span.begin, &m,
              &(*mentions)[i]);
  }
  // «تعيين محمد علي النفطي وزيرا …» tagged «محمد»: on such a page, «علي»
  // with ya after a person's name, then a name word or a family name in
  // «ال», goes on with the name.
  for (size_t i = 0;
       maqsura && i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (m.type != EntityType::kPerson || m.end_token + 1 >= u.size() ||
        u.tokens.tokens[m.end_token].span.Of(u.text) != "علي" ||
        u.tokens.tokens[m.end_token].span.begin !=
            u.tokens.tokens[m.end_token - 1].span.end + 1 ||
        u.tokens.tokens[m.end_token + 1].kind != TokenKind::kArabicWord) {
      continue;
    }
    const std::string_view next = u.Norm(m.end_token + 1);
    const bool family = next.starts_with("ال") && Letters(next) >= 5 &&
                        !IsStopword(next) && FindNationality(next) == nullptr &&
                        !IsPlaceName(next) && !IsRoleHead(next) &&
                        !IsHonorific(next);
    if (!IsPersonNameToken(next) && !family) continue;
    bool taken = false;
    for (const Mention& om : text->mentions) {
      taken |= om.unit == m.unit && om.first_token <= m.end_token + 1 &&
               om.end_token > m.end_token;
    }
    if (taken) continue;
    MoveEnd(text, i, m.end_token + 2, mentions);
  }
  // «القائد العام لقوات سوريا الديمقراطية» tagged with its «لـ»: a body
  // whose first word is a body's head behind a ل or ب starts after it.
  {
    static const WordSet kBodyHeads(
        {"قوات", "وزارة", "هيئة", "حركة", "منظمة", "مجلس", "جامعة", "حزب",
         "شركة", "اتحاد", "لجنة", "جمعية", "وكالة", "مؤسسة", "محكمة", "رابطة",
         "جماعة", "كتائب", "سرايا", "قيادة", "جيش",
         // Heads of places and institutions too: «بمستشفى القنفذة العام»,
         // «بوادي شرما».
         "مستشفى", "وادي", "مطار", "ميناء", "مسجد", "جامع", "مدينة", "محافظة",
         "قرية", "جزيرة", "مركز", "مجمع"});
    for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
      Mention& m = text->mentions[i];
      const TextUnit& u = text->units[m.unit];
      if (m.type == EntityType::kPerson || m.end_token < m.first_token + 2) {
        continue;
      }
      const Token& first = u.tokens.tokens[m.first_token];
      const std::string_view norm = u.Norm(m.first_token);
      if (first.kind != TokenKind::kArabicWord ||
          m.span.begin != first.span.begin ||
          !(norm.starts_with("ل") || norm.starts_with("ب")) ||
          !kBodyHeads.Contains(norm.substr(2))) {
        continue;
      }
      MoveBegin(u,
                static_cast<uint32_t>(first.span.begin +
                                      SkipLetters(first.span.Of(u.text), 1)),
                &m, &(*mentions)[i]);
    }
  }
  // «ذكرت وكالة بلومبرغ اليوم الجمعة»: «اليوم» before a weekday is the
  // day, not part of the name («روسيا اليوم» keeps it).
  static const WordSet kWeekdays({"السبت", "الأحد", "الاثنين", "الثلاثاء",
                                  "الأربعاء", "الخميس", "الجمعة"});
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (m.end_token < m.first_token + 2 || m.end_token >= u.size() ||
        u.Norm(m.end_token - 1) != "اليوم" ||
        !kWeekdays.Contains(u.Norm(m.end_token))) {
      continue;
    }
    DropLastToken(text, i, mentions);
  }
  // «المغاربة يودعون "سي عبد الرحمان"»: the Maghreb's «سي» (Mr) before a
  // given name is a title, not the name's first word («سي إن إن» is
  // followed by no given name).
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (m.type != EntityType::kPerson || m.end_token < m.first_token + 2 ||
        u.Norm(m.first_token) != "سي" ||
        u.tokens.tokens[m.first_token + 1].kind != TokenKind::kArabicWord) {
      continue;
    }
    const std::string_view next = u.Norm(m.first_token + 1);
    if (!IsPersonNameToken(next) && !next.starts_with("عبد")) continue;
    DropFirstToken(u, &m, &(*mentions)[i]);
  }
  // «الأهلي 0 (7) - (6) 0 الزمالك»: a score line's goals are no part of
  // the club's name («كأس العالم 2022», «رؤية 2030» keep their year).
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (m.type == EntityType::kMisc || m.end_token < m.first_token + 2)
      continue;
    const Token& last = u.tokens.tokens[m.end_token - 1];
    if (last.kind != TokenKind::kNumber || last.span.size() > 2 ||
        u.tokens.tokens[m.end_token - 2].span.end == last.span.begin) {
      continue;  // «عربي21» is a name
    }
    const bool score_next =
        m.end_token < u.size() &&
        (u.Norm(m.end_token) == "(" || u.Norm(m.end_token) == "-" ||
         u.Norm(m.end_token) == "–" ||
         u.tokens.tokens[m.end_token].kind == TokenKind::kNumber);
    if (!score_next && m.end_token < u.size()) continue;
    DropLastToken(text, i, mentions);
  }
  // «أوسيك يهزم فيوري» (a headline) tagged «أوسيك يهزم» as a body: a
  // present verb of four letters in ي ends a two-word body's name.
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    const Mention& m = text->mentions[i];
    if (m.type == EntityType::kPerson || m.end_token != m.first_token + 2) {
      continue;
    }
    const TextUnit& u = text->units[m.unit];
    const std::string_view last = u.Norm(m.end_token - 1);
    if (u.tokens.tokens[m.end_token - 1].kind != TokenKind::kArabicWord ||
        !last.starts_with("ي") || Letters(last) != 4 ||
        IsPersonNameToken(last) || IsPlaceName(last) || IsStopword(last)) {
      continue;
    }
    DropLastToken(text, i, mentions);
  }
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const bool person = m.type == EntityType::kPerson;
    if (!person && m.type != EntityType::kLocation) continue;
    const auto known = person ? IsPersonNameToken : IsPlaceName;
    const TextUnit& u = text->units[m.unit];
    // «وكاردوسو يرد: …» tagged «كاردوسو يرد», «حمادة قوله»: a reporting
    // verb or «قوله» ends the name before it.
    if (person && m.end_token >= m.first_token + 2 &&
        u.tokens.tokens[m.end_token - 1].kind == TokenKind::kArabicWord &&
        (ClassifyCue(u.Norm(m.end_token - 1)) == CueKind::kVerb ||
         IsHisSaying(u.Norm(m.end_token - 1)) ||
         (u.Norm(m.end_token - 1).starts_with("ي") &&
          Letters(u.Norm(m.end_token - 1)) <= 4)) &&
        !IsPersonNameToken(u.Norm(m.end_token - 1))) {
      DropLastToken(text, i, mentions);
    }
    const Token& first = u.tokens.tokens[m.first_token];
    if (first.kind != TokenKind::kArabicWord) continue;
    const std::string_view norm = u.Norm(m.first_token);
    const std::string_view orig = first.span.Of(u.text);
    if (m.span.begin > first.span.begin &&
        (norm.starts_with("و") || norm.starts_with("ف"))) {
      // A و/ف split off: put it back where it cannot be a conjunction:
      // after a preposition («في وارسو»), a place word («مدينة
      // ويلمنغتون», «ولاية فرجينيا»), a title, office or nationality.
      bool restore = person && IsPersonNameToken(norm) &&
                     !IsPersonNameToken(norm.substr(2));
      if (!restore && m.first_token > 0 &&
          u.tokens.tokens[m.first_token - 1].kind == TokenKind::kArabicWord) {
        static const WordSet kPrepositions(
            {"في", "إلى", "من", "عن", "على", "مع", "لدى", "عند", "بين"});
        const std::string_view prev = u.Norm(m.first_token - 1);
        // «بولاية فرجينيا»: the place word with its preposition.
        std::string_view bare = prev;
        if (ProcliticLetters(prev) == 1 && Letters(prev) >= 5) {
          bare.remove_prefix(2);
        }
        // («وأضاف فيرشتابن أن …»: nor right after a verb of saying.)
        restore = kPrepositions.Contains(prev) ||
                  (person ? IsHonorific(prev) || IsRoleHead(prev) ||
                                FindNationality(prev) != nullptr ||
                                ClassifyCue(prev) == CueKind::kVerb
                          : IsLocativeWord(prev) || IsLocativeWord(bare));
      }
      if (restore && m.span.begin == first.span.begin + SkipLetters(orig, 1)) {
        MoveBegin(u, first.span.begin, &m, &(*mentions)[i]);
        continue;
      }
    }
    // A preposition the tagger kept: «ببشار», «(و)ببيروت».
    const size_t skipped =
        Letters(orig.substr(0, m.span.begin - first.span.begin));
    if (2 * skipped >= norm.size()) continue;
    const std::string_view w = norm.substr(2 * skipped);
    if (Letters(w) < 4 ||
        !(w.starts_with("ب") || w.starts_with("ل") || w.starts_with("ك")) ||
        w.starts_with("لل") || known(w)) {
      continue;
    }
    // «معربا عن شكره لجورجيفا» beside «كريستالينا غورغييفا»: without the
    // preposition, the word is a spelling of another person's name word.
    auto named_elsewhere = [&](std::string_view bare) {
      static const NameMatcher* const kMatcher = new NameMatcher();
      if (!person || Letters(bare) < 4) return false;
      for (size_t o = 0; o < text->mentions.size(); ++o) {
        const Mention& om = text->mentions[o];
        if (o == i || om.type != EntityType::kPerson) continue;
        const TextUnit& ou = text->units[om.unit];
        for (uint32_t k = om.first_token; k < om.end_token; ++k) {
          if (ou.tokens.tokens[k].kind != TokenKind::kArabicWord) continue;
          const std::string_view ow = ou.Norm(k);
          if (kMatcher->SameWord(bare, ow) && !kMatcher->SameWord(w, ow)) {
            return true;
          }
        }
      }
      return false;
    };
    if (!known(w.substr(2)) && !named_elsewhere(w.substr(2))) continue;
    MoveBegin(u,
              static_cast<uint32_t>(first.span.begin +
                                    SkipLetters(orig, skipped + 1)),
              &m, &(*mentions)[i]);
  }
}

namespace {

bool IsNameLink(std::string_view norm) {
  // «آيت» (Berber «Ait»): «فرحات آيت علي».
  static const WordSet kLinks(
      {"بن", "ابن", "بنت", "آل", "أبو", "أبي", "أم", "ولد", "آيت", "أيت"});
  return kLinks.Contains(norm);
}

bool StartsName(std::string_view norm) {
  return IsPersonNameToken(norm) ||
         (norm.starts_with("عبد") && Letters(norm) >= 5);
}

}  // namespace

void SplitJoinedNames(AnnotatedText* text,
                      std::vector<EntityMention>* mentions) {
  const size_t n = std::min(text->mentions.size(), mentions->size());
  std::vector<Mention> added;
  std::vector<EntityMention> added_info;
  // «مؤسس هواوى رن تشنغ فى» tagged as one person: a first word the
  // article names alone as a body elsewhere is that body, then the
  // person.
  // (Or tagged as one body after an office: «مؤسس هواوى رن تشنغ», when no
  // word after the first is definite, so no «أرامكو السعودية للتكرير».)
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    if (m.end_token < m.first_token + 3) continue;
    const TextUnit& u = text->units[m.unit];
    if (m.type == EntityType::kOrganization) {
      bool after_office =
          m.first_token > 0 &&
          u.tokens.tokens[m.first_token - 1].kind == TokenKind::kArabicWord &&
          IsRoleHead(StripConjunction(u.Norm(m.first_token - 1)));
      for (uint32_t t = m.first_token + 1; after_office && t < m.end_token;
           ++t) {
        after_office = u.tokens.tokens[t].kind == TokenKind::kArabicWord &&
                       !u.Norm(t).starts_with("ال");
      }
      if (!after_office) continue;
    } else if (m.type != EntityType::kPerson) {
      continue;
    }
    const std::string_view first = u.Norm(m.first_token);
    if (u.tokens.tokens[m.first_token].kind != TokenKind::kArabicWord ||
        IsPersonNameToken(first)) {
      continue;
    }
    bool body = false;
    for (size_t j = 0; j < n && !body; ++j) {
      const Mention& o = text->mentions[j];
      body = j != i && o.type == EntityType::kOrganization &&
             o.end_token == o.first_token + 1 &&
             text->units[o.unit].Norm(o.first_token) == first;
    }
    if (!body) continue;
    SplitMentionAt(u, m.first_token + 1, EntityType::kPerson, &m,
                   &(*mentions)[i], &added, &added_info);
    m.type = EntityType::kOrganization;
    (*mentions)[i].type = EntityTypeName(m.type);
  }
  // «وانتقدت مكدونالدز الفيفا» tagged as one body: two words the article
  // names each alone (as a body, place or thing) are two names side by
  // side, subject and object. (Not a nationality after a name: «الأهلي
  // المصري»; not a name after its kind: «سلطنة عمان».)
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    if (m.type == EntityType::kPerson || m.end_token != m.first_token + 2) {
      continue;
    }
    const TextUnit& u = text->units[m.unit];
    if (u.tokens.tokens[m.first_token].kind != TokenKind::kArabicWord ||
        u.tokens.tokens[m.first_token + 1].kind != TokenKind::kArabicWord ||
        FindNationality(u.Norm(m.first_token + 1)) != nullptr) {
      continue;
    }
    auto alone = [&](std::string_view w) -> int {
      for (size_t j = 0; j < n; ++j) {
        const Mention& o = text->mentions[j];
        if (j != i && o.type != EntityType::kPerson &&
            o.end_token == o.first_token + 1 &&
            StripConjunction(text->units[o.unit].Norm(o.first_token)) == w) {
          return static_cast<int>(o.type);
        }
      }
      return -1;
    };
    static const WordSet kKinds(
        {"سلطنة", "مملكة", "إمارة", "جمهورية", "دولة", "ولاية", "محافظة",
         "مدينة", "منطقة", "إقليم", "جزيرة",   "جزر",  "بلدة",  "قرية",
         "نادي",  "فريق",  "منتخب", "حركة",    "حزب",  "جماعة"});
    if (kKinds.Contains(StripConjunction(u.Norm(m.first_token)))) continue;
    const int first = alone(StripConjunction(u.Norm(m.first_token)));
    const int second = alone(u.Norm(m.first_token + 1));
    if (first < 0 || second < 0) continue;
    SplitMentionAt(u, m.first_token + 1, static_cast<EntityType>(second), &m,
                   &(*mentions)[i], &added, &added_info);
    m.type = static_cast<EntityType>(first);
    (*mentions)[i].type = EntityTypeName(m.type);
  }
  // «حاكم لويزيانا الجمهوري بوبي جيندال» tagged as one place: a party's
  // adjective ends the place; the person named after it is the office's
  // holder.
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    // (Places only: «مرشح الحزب الجمهوري دونالد ترامب» keeps the party.)
    if (m.type != EntityType::kLocation || m.end_token < m.first_token + 2) {
      continue;
    }
    const TextUnit& u = text->units[m.unit];
    static const WordSet kParties({"الجمهوري", "الديمقراطي", "الجمهورية",
                                   "الديمقراطية", "المحافظ", "العمالي"});
    for (uint32_t k = m.first_token + 1; k < m.end_token; ++k) {
      if (!kParties.Contains(u.Norm(k)) || k + 1 >= u.size() ||
          !IsPersonNameToken(u.Norm(k + 1))) {
        continue;
      }
      if (k + 1 < m.end_token) {
        SplitMentionAt(u, k + 1, EntityType::kPerson, &m, &(*mentions)[i],
                       &added, &added_info);
      }
      MoveEnd(text, i, k, mentions);
      break;
    }
  }
  // «وقال محامي سلامة مارك حبقة إن …» tagged as one person: a first word
  // that is the family name of someone named in full («رياض سلامة»),
  // then a name the article writes whole elsewhere («مارك حبقة»), are two
  // people.
  {
    absl::flat_hash_set<std::string> family, whole;
    for (size_t i = 0; i < n; ++i) {
      const Mention& m = text->mentions[i];
      if (m.type != EntityType::kPerson || m.end_token < m.first_token + 2) {
        continue;
      }
      const TextUnit& u = text->units[m.unit];
      family.emplace(u.Norm(m.end_token - 1));
      std::string name;
      for (uint32_t k = m.first_token; k < m.end_token; ++k) {
        absl::StrAppend(
            &name, k > m.first_token ? " " : "",
            AV(k == m.first_token ? StripConjunction(u.Norm(k)) : u.Norm(k)));
      }
      whole.insert(std::move(name));
    }
    for (size_t i = 0; i < n; ++i) {
      Mention& m = text->mentions[i];
      if (m.type != EntityType::kPerson || m.end_token < m.first_token + 3) {
        continue;
      }
      const TextUnit& u = text->units[m.unit];
      // («حسن شيخ محمود» stays whole: «شيخ» opens no name of its own.)
      if (!family.contains(AV(StripConjunction(u.Norm(m.first_token)))) ||
          IsHonorific(u.Norm(m.first_token + 1))) {
        continue;
      }
      std::string rest;
      for (uint32_t k = m.first_token + 1; k < m.end_token; ++k) {
        absl::StrAppend(&rest, k > m.first_token + 1 ? " " : "", AV(u.Norm(k)));
      }
      if (!whole.contains(rest)) continue;
      SplitMentionAt(u, m.first_token + 1, EntityType::kPerson, &m,
                     &(*mentions)[i], &added, &added_info);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    if (m.type != EntityType::kPerson || m.end_token < m.first_token + 3) {
      continue;
    }
    const TextUnit& u = text->units[m.unit];
    const uint32_t last = m.end_token - 1;
    if (u.tokens.tokens[last].kind != TokenKind::kArabicWord ||
        IsNameLink(u.Norm(last - 1))) {
      continue;
    }
    // «عبد الرحمان اليوسفي» beside his widow «هيلين اليوسفي»: a given name
    // of two words («عبد الرحمان», «أبو بكر») before the family name is no
    // person of its own.
    static const WordSet kCompoundGiven({"عبد", "أبو", "ابو"});
    if (m.end_token == m.first_token + 3 &&
        kCompoundGiven.Contains(StripConjunction(u.Norm(m.first_token)))) {
      continue;
    }
    const std::string_view family = u.Norm(last);
    bool other = false;
    for (size_t j = 0; j < n && !other; ++j) {
      const Mention& o = text->mentions[j];
      if (j == i || o.type != EntityType::kPerson ||
          o.end_token < o.first_token + 2) {
        continue;
      }
      const TextUnit& ou = text->units[o.unit];
      if (ou.Norm(o.end_token - 1) != family) continue;
      bool shares = false;
      for (uint32_t k = o.first_token; k + 1 < o.end_token; ++k) {
        for (uint32_t x = m.first_token; x < last; ++x) {
          shares = shares ||
                   StripConjunction(ou.Norm(k)) == StripConjunction(u.Norm(x));
        }
      }
      other = !shares;
    }
    if (!other) continue;
    // The first person is known by the word before too («وزيلينسكي» in
    // the headline), or is a name of three words or more while the second
    // is named by the last word alone at least twice («عبد الفتاح السيسي
    // بايدن» … «وقال بايدن» … «فوز بايدن»); «حمزة صالح الراوي» beside «نور
    // الراوي» stays whole.
    const std::string_view before = u.Norm(last - 1);
    int alone = 0;
    for (size_t j = 0; j < n; ++j) {
      const Mention& o = text->mentions[j];
      alone +=
          o.type == EntityType::kPerson && o.end_token == o.first_token + 1 &&
          StripConjunction(text->units[o.unit].Norm(o.first_token)) == family;
    }
    bool known = alone >= 2 && last >= m.first_token + 3;
    for (size_t j = 0; j < n && !known; ++j) {
      const Mention& o = text->mentions[j];
      if (j == i || o.type != EntityType::kPerson) continue;
      const TextUnit& ou = text->units[o.unit];
      bool has_family = false;
      for (uint32_t k = o.first_token; k < o.end_token; ++k) {
        has_family = has_family || ou.Norm(k) == family;
      }
      known =
          !has_family && (ou.Norm(o.end_token - 1) == before ||
                          StripConjunction(ou.Norm(o.end_token - 1)) == before);
    }
    if (!known) continue;
    SplitMentionAt(u, last, m.type, &m, &(*mentions)[i], &added, &added_info);
  }
  // «لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ» tagged as
  // one body: the body's name as the article gives it elsewhere, then a
  // person's name of two or three words (the spokesman after his office).
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    if (m.type == EntityType::kPerson || m.end_token < m.first_token + 4) {
      continue;
    }
    const TextUnit& u = text->units[m.unit];
    uint32_t body_end = 0;
    for (size_t j = 0; j < n && body_end == 0; ++j) {
      const Mention& o = text->mentions[j];
      const uint32_t len = o.end_token - o.first_token;
      if (j == i || o.type == EntityType::kPerson || len < 2 ||
          m.end_token - m.first_token < len + 2 ||
          m.end_token - m.first_token > len + 3) {
        continue;
      }
      const TextUnit& ou = text->units[o.unit];
      bool same = StripProclitics(u.Norm(m.first_token)) ==
                  StripProclitics(ou.Norm(o.first_token));
      for (uint32_t k = 1; k < len && same; ++k) {
        same = u.Norm(m.first_token + k) == ou.Norm(o.first_token + k);
      }
      if (same) body_end = m.first_token + len;
    }
    if (body_end == 0 || !StartsName(u.Norm(body_end))) continue;
    bool words = true;
    for (uint32_t k = body_end; k < m.end_token; ++k) {
      words = words && u.tokens.tokens[k].kind == TokenKind::kArabicWord;
    }
    if (!words) continue;
    SplitMentionAt(u, body_end, EntityType::kPerson, &m, &(*mentions)[i],
                   &added, &added_info);
  }
  // «النصر 2 - 1 الهلال» tagged as one body: a score between two names
  // parts them; the score is no name.
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    const auto& toks = u.tokens.tokens;
    for (uint32_t k = m.first_token + 1; k + 1 < m.end_token; ++k) {
      if (toks[k].kind != TokenKind::kNumber) continue;
      // «2 - 1», «2:1», or one token «2-1».
      uint32_t j = k;
      const std::string_view w = toks[k].span.Of(u.text);
      bool score = w.find('-') != std::string_view::npos ||
                   w.find(':') != std::string_view::npos;
      if (k + 2 < m.end_token && toks[k + 1].kind == TokenKind::kPunctuation &&
          toks[k + 2].kind == TokenKind::kNumber) {
        const std::string_view p = toks[k + 1].span.Of(u.text);
        if (p == "-" || p == ":" || p == "\xe2\x80\x93") {
          score = true;
          j = k + 2;
        }
      }
      if (!score || j + 1 >= m.end_token ||
          toks[k - 1].kind != TokenKind::kArabicWord ||
          toks[j + 1].kind != TokenKind::kArabicWord) {
        break;
      }
      SplitMentionAt(u, j + 1, m.type, &m, &(*mentions)[i], &added,
                     &added_info);
      EntityMention& info = (*mentions)[i];
      m.end_token = k;
      m.span.end = toks[k - 1].span.end;
      info.ref.span.end = u.ref.span.begin + m.span.end;
      info.text = std::string(m.span.Of(u.text));
      break;
    }
  }
  // «لمنظمة الصحة العالمية لشرق المتوسط أحمد المنظري» with «لشرق المتوسط
  // أحمد» tagged as a place: a place or body that ends with a given name
  // followed by a family name in «ال» is the place, then the person.
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    // (Places only: «مانشستر سيتي الإنجليزي», «جامعة الملك فيصل الدكتور»
    // are bodies whose last word is also a given name.)
    if (m.type != EntityType::kLocation || m.end_token < m.first_token + 2) {
      continue;
    }
    const TextUnit& u = text->units[m.unit];
    const uint32_t last = m.end_token - 1;
    const std::string_view family =
        m.end_token < u.size() ? u.Norm(m.end_token) : std::string_view();
    // A nationality («البريطانية») or a title is no family name, and a
    // given name after a royal title is part of the place's name («مطار
    // الملك خالد»).
    static const WordSet kRoyal({"الملك", "الأمير", "الشيخ", "الإمام", "بن"});
    if (FindNationality(family) != nullptr || IsHonorific(family) ||
        IsRoleHead(family) || kRoyal.Contains(u.Norm(last - 1))) {
      continue;
    }
    if (m.end_token >= u.size() ||
        u.tokens.tokens[last].kind != TokenKind::kArabicWord ||
        u.tokens.tokens[m.end_token].kind != TokenKind::kArabicWord ||
        !IsPersonNameToken(u.Norm(last)) || IsPlaceName(u.Norm(last)) ||
        !u.Norm(m.end_token).starts_with("ال") ||
        Letters(u.Norm(m.end_token)) < 5 || IsStopword(u.Norm(m.end_token)) ||
        IsPlaceName(u.Norm(m.end_token))) {
      continue;
    }
    bool taken = false;
    for (size_t j = 0; j < n && !taken; ++j) {
      const Mention& o = text->mentions[j];
      taken = j != i && o.unit == m.unit && o.first_token <= m.end_token &&
              m.end_token < o.end_token;
    }
    if (taken) continue;
    SplitMentionAt(u, last, EntityType::kPerson, &m, &(*mentions)[i], &added,
                   &added_info);
    Mention& person = added.back();
    ++person.end_token;
    person.span.end = u.tokens.tokens[person.end_token - 1].span.end;
    added_info.back().ref = u.ToRef(person.span);
    added_info.back().text = std::string(person.span.Of(u.text));
  }
  InsertMentions(text, mentions, &added, &added_info);
}

namespace {
bool IsMediaHead(std::string_view norm);
bool IsQuotedMediaHead(std::string_view norm);
}  // namespace

void FindNamesAfterRoles(AnnotatedText* text,
                         std::vector<EntityMention>* mentions,
                         float confidence) {
  // A name the tagger typed as a place or body right after a person's
  // office with its nationality is the office holder: «الرئيس الأمريكي
  // المنتخب جو بايدن» (tagged LOC).
  std::vector<size_t> retyped;
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    if (m.first_token == 0) continue;
    const TextUnit& u = text->units[m.unit];
    if (m.type == EntityType::kOrganization) {
      // A name in quotation marks right after an office, which the tagger
      // read as a body: «مدير الخطوط السعودية في القصيم "إبراهيم القبي"».
      // It starts with a person's given name and is two to four words.
      // Not an outlet's name after its kind («لشبكة "سي إن إن"»).
      if (m.end_token < m.first_token + 2 || m.end_token > m.first_token + 4 ||
          u.tokens.tokens[m.first_token - 1].kind != TokenKind::kQuote ||
          u.Norm(m.first_token).size() < 6 ||
          !IsPersonNameToken(u.Norm(m.first_token)) ||
          IsPlaceName(u.Norm(m.first_token))) {
        continue;
      }
      const uint32_t floor = u.SentenceOf(m.first_token).first_token;
      if (m.first_token - 1 <= floor ||
          IsMediaHead(u.Norm(m.first_token - 2)) ||
          IsQuotedMediaHead(u.Norm(m.first_token - 2))) {
        continue;
      }
      // The office may end with the place it serves: «… في القصيم».
      uint32_t end = m.first_token - 1;
      if (end >= floor + 3 && IsPlaceName(u.Norm(end - 1)) &&
          u.Norm(end - 2) == "في") {
        end -= 2;
      }
      std::optional<RoleMatch> role = FindRoleBefore(u, floor, end);
      if (!role || role->counterpart || role->end_token != end) continue;
      m.type = EntityType::kPerson;
      (*mentions)[i].type = "PER";
      retyped.push_back(i);
      continue;
    }
    if (m.type != EntityType::kLocation && m.type != EntityType::kMisc) {
      continue;
    }
    // A known place stays one («المبعوث الأمريكي إلى سوريا» aside, the role
    // may end right before a place: «السفير السعودي اليمن»).
    if (IsPlaceName(u.Norm(m.first_token))) continue;
    const uint32_t floor = u.SentenceOf(m.first_token).first_token;
    std::optional<RoleMatch> role = FindRoleBefore(u, floor, m.first_token);
    // «وزير الصحة العامة في حكومة تصريف الأعمال اللبنانية فراس الأبيض»
    // (tagged «راس الأبيض», MISC): an office whose words run on to a
    // nationality right before a name that starts with a person's name.
    bool long_office = false;
    if (!role && m.first_token >= 2 &&
        u.tokens.tokens[m.first_token - 1].kind == TokenKind::kArabicWord &&
        FindNationality(u.Norm(m.first_token - 1)) != nullptr) {
      const Token& first = u.tokens.tokens[m.first_token];
      const bool clipped = m.span.begin > first.span.begin;
      const bool named =
          IsPersonNameToken(u.Norm(m.first_token)) ||
          (clipped &&
           IsPersonNameToken(StripConjunction(u.Norm(m.first_token))));
      for (uint32_t k = m.first_token - 1;
           named && k > floor && k + 10 > m.first_token && !long_office; --k) {
        long_office = u.tokens.tokens[k - 1].kind == TokenKind::kArabicWord &&
                      IsRoleHead(u.Norm(k - 1));
      }
      if (long_office && clipped) {
        MoveBegin(u, first.span.begin, &m, &(*mentions)[i]);
      }
    }
    if (!long_office) {
      if (!role || role->country.empty() || role->counterpart) continue;
      // The role must end at the name (honorifics and «المنتخب», «السابق»
      // aside), not inside it.
      static const WordSet kAfterOffice({"المنتخب", "المنتخبة", "السابق",
                                         "السابقة", "الأسبق", "الحالي",
                                         "المكلف", "المؤقت", "الجديد"});
      uint32_t k = role->end_token;
      while (k < m.first_token &&
             (IsHonorific(u.Norm(k)) || kAfterOffice.Contains(u.Norm(k)))) {
        ++k;
      }
      if (k != m.first_token) continue;
    }
    m.type = EntityType::kPerson;
    (*mentions)[i].type = "PER";
    retyped.push_back(i);
  }
  // The same name elsewhere, or its last word alone («وقال بايدن»), is
  // that person too.
  absl::flat_hash_set<std::string> person_names;
  for (size_t i : retyped) {
    const Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    std::string whole;
    for (uint32_t t = m.first_token; t < m.end_token; ++t) {
      absl::StrAppend(&whole, t > m.first_token ? " " : "",
                      AV(StripConjunction(u.Norm(t))));
    }
    person_names.insert(whole);
    if (m.end_token > m.first_token + 1) {
      person_names.insert(std::string(u.Norm(m.end_token - 1)));
    }
  }
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size() &&
                     !person_names.empty();
       ++i) {
    Mention& m = text->mentions[i];
    if (m.type == EntityType::kPerson) continue;
    const TextUnit& u = text->units[m.unit];
    std::string whole;
    for (uint32_t t = m.first_token; t < m.end_token; ++t) {
      absl::StrAppend(&whole, t > m.first_token ? " " : "",
                      AV(StripConjunction(u.Norm(t))));
    }
    if (person_names.contains(whole)) {
      m.type = EntityType::kPerson;
      (*mentions)[i].type = "PER";
    }
  }
  std::optional<absl::flat_hash_set<std::string>> subject_words;  // lazily
  std::vector<Mention> added;
  std::vector<EntityMention> added_info;
  for (uint32_t ui = 0; ui < text->units.size(); ++ui) {
    TextUnit& u = text->units[ui];
    if (u.kind == UnitKind::kSource || u.kind == UnitKind::kTags) continue;
    const auto& toks = u.tokens.tokens;
    // Tokens inside a mention; a person's name ends the role.
    std::vector<bool> owned(u.size(), false), person(u.size(), false);
    for (const Mention& m : text->mentions) {
      if (m.unit != ui) continue;
      for (uint32_t t = m.first_token; t < m.end_token && t < u.size(); ++t) {
        owned[t] = true;
        person[t] = m.type == EntityType::kPerson;
      }
    }
    auto word = [&](uint32_t t) {
      return t < u.size() && toks[t].kind == TokenKind::kArabicWord;
    };
    for (uint32_t t = 0; t < u.size(); ++t) {
      if (owned[t] || !word(t) ||
          !(IsRoleHead(u.Norm(t)) || IsHonorific(u.Norm(t)))) {
        continue;
      }
      // Walk the role to the name.
      uint32_t k = t + 1;
      uint32_t begin = 0, end = 0;
      for (; k < u.size() && k <= t + 8; ++k) {
        if (person[k]) break;  // the role already has its name
        if (owned[k]) continue;  // «ينبع» in «مدير هيئة السياحة بمحافظة ينبع»
        if (toks[k].kind == TokenKind::kQuote) {
          // «مدير الجهاز الفني «جوريجوس دونيس»»; not a slogan («رئيسا
          // "يسعى إلى التوحيد لا التفريق"»): no function word inside.
          uint32_t c = k + 1;
          while (c < u.size() && c <= k + 5 && word(c) && !owned[c] &&
                 !IsBreakWord(u.Norm(c)) && !IsStopword(u.Norm(c))) {
            ++c;
          }
          if (c > k + 1 && c < u.size() && toks[c].kind == TokenKind::kQuote) {
            begin = k + 1;
            end = c;
          }
          break;
        }
        // «حاكم مصرف سوريا المركزي، عبد القادر حصرية،»: the name set off
        // by a comma right after the role.
        if (!word(k) && (u.Norm(k) == "،" || u.Norm(k) == ",") && k > t + 1 &&
            word(k + 1) && StartsName(u.Norm(k + 1))) {
          continue;
        }
        if (!word(k)) break;
        std::string_view norm = u.Norm(k);
        if (IsBreakWord(norm) || IsComplementizer(norm)) break;
        // «زعيم التيار الصدري مقتدى الصدر» … «وقال الصدر»: a first name
        // no list knows, after a role that has ended (a nisba adjective,
        // a nationality or a name), and a definite family name the article
        // uses alone as a speaker.
        if (!StartsName(norm) && k > t + 1 && word(k + 1) &&
            !norm.starts_with("ال") && Letters(norm) >= 3 &&
            ProcliticLetters(norm) == 0 && !IsStopword(norm) &&
            !IsRoleHead(norm) && !IsHonorific(norm) &&
            ClassifyCue(norm) == CueKind::kNone &&
            FindNationality(norm) == nullptr) {
          const std::string_view prev = u.Norm(k - 1);
          const std::string_view family = u.Norm(k + 1);
          const bool role_ended = owned[k - 1] ||
                                  FindNationality(prev) != nullptr ||
                                  (prev.starts_with("ال") &&
                                   prev.ends_with("ي") && Letters(prev) >= 5);
          if (role_ended && family.starts_with("ال") && Letters(family) >= 5 &&
              !owned[k + 1] && !IsRoleHead(family) &&
              FindNationality(family) == nullptr && !IsPlaceName(family) &&
              (subject_words ? *subject_words
                             : subject_words.emplace(SubjectWords(*text)))
                  .contains(AV(family))) {
            begin = k;
            end = k + 2;
            break;
          }
        }
        if (!StartsName(norm) || IsRoleHead(norm) || IsHonorific(norm) ||
            FindNationality(norm) != nullptr) {
          continue;
        }
        // A name: name tokens, links, then at most one family name.
        begin = k;
        uint32_t e = k + 1;
        bool after_link = false;
        while (e < u.size() && e < begin + 6 && word(e) && !owned[e]) {
          std::string_view w = u.Norm(e);
          if (IsBreakWord(w) || IsComplementizer(w) || IsRoleHead(w) ||
              FindNationality(w) != nullptr ||
              ClassifyCue(w) != CueKind::kNone) {
            break;
          }
          if (IsNameLink(w)) {
            after_link = true;
            ++e;
            continue;
          }
          if (after_link || StartsName(w)) {
            after_link = false;
            ++e;
            continue;
          }
          // One family name closes it («العنيني», «الغملاس»), unless it
          // carries a proclitic preposition («لـ…», «بـ…»).
          if (ProcliticLetters(w) == 0) ++e;
          break;
        }
        if (after_link) --e;
        end = e;
        break;
      }
      if (end < begin + 2 && !(begin > 0 && end > begin &&
                               toks[begin - 1].kind == TokenKind::kQuote)) {
        continue;
      }
      Mention m;
      m.unit = ui;
      m.first_token = begin;
      m.end_token = end;
      m.span = {toks[begin].span.begin, toks[end - 1].span.end};
      m.type = EntityType::kPerson;
      EntityMention info;
      info.type = "PER";
      info.text = std::string(m.span.Of(u.text));
      info.ref = u.ToRef(m.span);
      info.confidence = confidence;
      for (uint32_t x = begin; x < end; ++x) owned[x] = person[x] = true;
      added.push_back(m);
      added_info.push_back(std::move(info));
      t = end - 1;
    }
  }
  InsertMentions(text, mentions, &added, &added_info);
}

namespace {

// Heads whose name follows undefined: «صحيفة إسرائيل هيوم», «وكالة رويترز».
bool IsMediaHead(std::string_view norm) {
  static const WordSet kMedia({"صحيفة", "لصحيفة", "بصحيفة", "وصحيفة", "جريدة",
                               "لجريدة", "مجلة", "لمجلة", "قناة", "لقناة",
                               "وكالة", "لوكالة", "ووكالة"});
  return kMedia.Contains(norm);
}

// Heads whose name is the quotation right after them: «موقع "الليرة
// اليوم"», «شبكة "سي إن إن"», «منصة "إكس"» (unquoted, «موقع إلكتروني» is
// no name).
bool IsQuotedMediaHead(std::string_view norm) {
  static const WordSet kQuoted({"موقع", "لموقع", "بموقع", "شبكة", "لشبكة",
                                "منصة", "لمنصة", "إذاعة", "لإذاعة", "تلفزيون",
                                "لتلفزيون", "برنامج", "لبرنامج"});
  return kQuoted.Contains(norm) || kQuoted.Contains(StripConjunction(norm));
}

// «العبرية», «الإنجليزية»: the language of an outlet, not its name.
bool IsLanguageAdjective(std::string_view norm) {
  static const WordSet kLanguages({"العبرية", "العربية", "الإنجليزية",
                                   "الإنكليزية", "الفرنسية", "الألمانية",
                                   "الروسية", "الإسبانية", "التركية",
                                   "الفارسية", "الصينية", "اليابانية"});
  return kLanguages.Contains(norm);
}

}  // namespace

void FindOrganisationPhrases(AnnotatedText* text,
                             std::vector<EntityMention>* mentions,
                             float confidence) {
  static const WordSet kHeads({
      "وزارة",
      "هيئة",
      "شركة",
      "جامعة",
      "منظمة",
      "مجلس",
      "جمعية",
      "غرفة",
      "وكالة",
      "مؤسسة",
      "اتحاد",
      "نادي",
      "حزب",
      "حركة",
      "محكمة",
      "لجنة",
      "مديرية",
      "أمانة",
      "بلدية",
      "صندوق",
      "بنك",
      "مصرف",
      "هيئة",
      "رابطة",
      "جماعة",
      "مستشفى",
      "مجموعة",
      "إمارة",
      "الأمم",
      "البنك",
      "مركز",
      "معهد",
      "أكاديمية",
      "سفارة",
      "قنصلية",
      "صحيفة",
      "جريدة",
      "مجلة",
      "قناة",
      "وكالة",
      // «مكتب الإحصاء الاتحادي», «رئاسة الحرمين», «ديوان المظالم», «كلية
      // الطب», «بورصة الكويت» («دائرة السلام» is a circle, «جهاز» a device:
      // not heads).
      "مكتب",
      "رئاسة",
      "ديوان",
      "كلية",
      "بورصة",
      "مصلحة",
      // Armed groups: «كتائب القسام», «سرايا القدس», «ألوية الناصر صلاح
      // الدين».
      "كتائب",
      "سرايا",
      "ألوية",
      // «خلية الإعلام الأمني», «خلية الأزمة» (a cell that speaks).
      "خلية",
      // National teams: «منتخب الإكوادور», «المنتخب المغربي».
      "منتخب",
      "المنتخب",
  });
  // Heads that make a body only with a place after them: «تعليم الرياض»,
  // «صحة جدة», «شرطة مكة», «أمانة منطقة المدينة المنورة».
  // «سوق أبوظبي للأوراق المالية», «سوق مسقط»: a stock market.
  static const WordSet kPlaceHeads(
      {"تعليم", "صحة", "شرطة", "مرور", "جوازات", "إمارة", "أمانة", "بلدية",
       "جامعة", "غرفة", "محكمة", "إدارة", "منتخب", "سوق",
       // «تلفزيون النمسا», «إذاعة مونت كارلو»
       "تلفزيون", "إذاعة",
       // «جمارك دبي», «أسمنت القصيم», «مياه
       // الرياض», «تخصصي بريدة»
       "جمارك", "أسمنت", "اسمنت", "مياه", "تخصصي"});
  // Administrative words between a head and its place.
  static const WordSet kAdmin({"منطقة", "محافظة", "مدينة", "مركز"});
  // Facilities named by a place, which the annotation guidelines type as
  // places and keep whole: «مطار منطقة الباحة», «ميناء جدة الإسلامي»,
  // «مستشفى العقيق العام» (the nested place is not a mention of its own).
  // «حلبة البحرين الدولية», «مخيم جنين», «متحف اللوفر», «قلعة صلاح
  // الدين», «معبد الكرنك», «مقبرة البقيع» likewise (the gold keeps the
  // head in the name 87 times out of 88).
  static const WordSet kFacilityHeads(
      {"مطار", "ميناء", "منفذ", "مستشفى", "ملعب", "استاد", "جسر", "مضيق",
       "متنزه", "منتزه", "حلبة", "مخيم", "متحف", "قلعة", "معبد", "مقبرة"});
  // Adjectives that end a facility's name.
  static const WordSet kFacilityAdjectives(
      {"الدولي", "الإقليمي", "الإسلامي", "التجاري", "العام", "المركزي",
       "الجديد", "القديم", "الجامعي", "التخصصي", "الرياضي", "البحري",
       // («حلبة البحرين الدولية», «مقبرة البقيع القديمة»)
       "الدولية", "الإقليمية", "القديمة", "الجديدة", "الأثرية"});
  // Events named by a head and a place, a definite noun or a nationality:
  // «مهرجان صيف حائل», «كأس الخليج», «كأس السوبر المصري», «بطولة غرب
  // آسيا» (MISC).
  static const WordSet kEventHeads({"مهرجان", "كأس", "بطولة", "دوري", "معرض",
                                    "مؤتمر", "منتدى", "ملتقى", "مسابقة",
                                    "جائزة", "أولمبياد", "مونديال"});
  // «مجلس النواب الهيئة التشريعية»: a definite head after a complete
  // genitive starts an apposition; the body's name ends before it.
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    if (m.type != EntityType::kOrganization ||
        m.end_token < m.first_token + 3) {
      continue;
    }
    const TextUnit& u = text->units[m.unit];
    for (uint32_t k = m.first_token + 2; k < m.end_token; ++k) {
      const std::string_view w = u.Norm(k);
      if (!w.starts_with("ال") || !kHeads.Contains(w.substr(4))) continue;
      m.end_token = k;
      m.span.end = u.tokens.tokens[k - 1].span.end;
      EntityMention& info = (*mentions)[i];
      info.ref.span.end = u.ref.span.begin + m.span.end;
      info.text = std::string(m.span.Of(u.text));
      break;
    }
  }
  // «لوزارة الخارجية الأميركية» tagged without its nationality, «ميناء جدة
  // الإسلامي» without its adjective: the adjective ends the name.
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    if (m.end_token >= u.size() ||
        u.tokens.tokens[m.end_token].kind != TokenKind::kArabicWord ||
        u.tokens.tokens[m.end_token - 1].span.end ==
            u.tokens.tokens[m.end_token].span.begin ||
        (i + 1 < text->mentions.size() &&
         text->mentions[i + 1].unit == m.unit &&
         text->mentions[i + 1].first_token <= m.end_token)) {
      continue;
    }
    const std::string_view next = u.Norm(m.end_token);
    size_t clitic = 0;
    const bool body = m.type == EntityType::kOrganization &&
                      m.end_token > m.first_token + 1 &&
                      HeadAt(u.Norm(m.first_token), kHeads, &clitic) &&
                      !IsMediaHead(u.Norm(m.first_token)) &&
                      next.starts_with("ال") &&
                      FindNationality(next) != nullptr;
    const bool facility =
        m.type == EntityType::kLocation &&
        HeadAt(u.Norm(m.first_token), kFacilityHeads, &clitic) &&
        kFacilityAdjectives.Contains(next);
    if (!body && !facility) continue;
    ++m.end_token;
    m.span.end = u.tokens.tokens[m.end_token - 1].span.end;
    EntityMention& info = (*mentions)[i];
    info.ref.span.end = u.ref.span.begin + m.span.end;
    info.text = std::string(m.span.Of(u.text));
  }
  // «شركة» + a body the tagger found without its head («شركة المياه
  // الوطنية» tagged «المياه الوطنية»): the head is part of the name.
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    if (m.type != EntityType::kOrganization || m.first_token == 0) continue;
    const TextUnit& u = text->units[m.unit];
    const Token& first = u.tokens.tokens[m.first_token];
    const uint32_t h = m.first_token - 1;
    if (m.span.begin != first.span.begin ||
        u.tokens.tokens[h].kind != TokenKind::kArabicWord ||
        (i > 0 && text->mentions[i - 1].unit == m.unit &&
         text->mentions[i - 1].end_token > h)) {
      continue;
    }
    // Only a genitive needs its head («شركة المياه»); a proper name stands
    // without it («حركة حماس» is «حماس», «شركة أرامكو» is «أرامكو»).
    if (!u.Norm(m.first_token).starts_with("ال")) continue;
    size_t clitic = 0;
    if (!HeadAt(u.Norm(h), kHeads, &clitic) || IsMediaHead(u.Norm(h)) ||
        IsPresidencyOfABody(u, h)) {
      continue;
    }
    const Token& head = u.tokens.tokens[h];
    m.first_token = h;
    MoveBegin(u,
              static_cast<uint32_t>(head.span.begin +
                                    SkipLetters(head.span.Of(u.text), clitic)),
              &m, &(*mentions)[i]);
  }
  // «لحزب الله», «بوزارة الصحة»: a body tagged with the preposition on its
  // head starts after it.
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    if (m.type != EntityType::kOrganization) continue;
    const TextUnit& u = text->units[m.unit];
    const Token& first = u.tokens.tokens[m.first_token];
    if (m.span.begin != first.span.begin ||
        first.kind != TokenKind::kArabicWord) {
      continue;
    }
    size_t clitic = 0;
    if (!HeadAt(u.Norm(m.first_token), kHeads, &clitic) || clitic == 0) {
      continue;
    }
    MoveBegin(u,
              static_cast<uint32_t>(first.span.begin +
                                    SkipLetters(first.span.Of(u.text), clitic)),
              &m, &(*mentions)[i]);
  }
  std::vector<Mention> added;
  std::vector<EntityMention> added_info;
  for (uint32_t ui = 0; ui < text->units.size(); ++ui) {
    TextUnit& u = text->units[ui];
    if (u.kind == UnitKind::kSource || u.kind == UnitKind::kTags) continue;
    const auto& toks = u.tokens.tokens;
    Coverage coverage = CoverageOf(*text, ui);
    std::vector<int>& owner = coverage.owner;
    const std::vector<uint32_t>& mention_end = coverage.mention_end;
    auto word = [&](uint32_t t) {
      return t < u.size() && toks[t].kind == TokenKind::kArabicWord;
    };
    const int loc = static_cast<int>(EntityType::kLocation);
    // The place mention after head `h` and at most two administrative words
    // («مطار منطقة الباحة», «أمانة منطقة المدينة المنورة»): its first
    // token, or 0.
    auto place_after = [&](uint32_t h) -> uint32_t {
      uint32_t k = h + 1;
      while (k < u.size() && k < h + 3 && word(k) && owner[k] < 0 &&
             kAdmin.Contains(u.Norm(k))) {
        ++k;
      }
      return k < u.size() && owner[k] == loc && mention_end[k] > k ? k : 0;
    };
    // The closing mark of a quotation of one to four words no mention owns,
    // opening at token `open`; 0 if there is none.
    auto quoted_name = [&](uint32_t open) -> uint32_t {
      if (open + 2 >= u.size() || toks[open].kind != TokenKind::kQuote) {
        return 0;
      }
      uint32_t close = open + 1;
      while (close < u.size() && close < open + 5 && word(close) &&
             owner[close] < 0) {
        ++close;
      }
      return close > open + 1 && close < u.size() &&
                     toks[close].kind == TokenKind::kQuote
                 ? close
                 : 0;
    };
    for (uint32_t t = 0; t < u.size(); ++t) {
      if (owner[t] >= 0 || !word(t)) continue;
      // An event: head, then up to three words ending at a place, a
      // nationality, or definite nouns.
      {
        size_t clitic = 0;
        if (HeadAt(u.Norm(t), kEventHeads, &clitic)) {
          uint32_t e = t + 1;
          bool named = false;
          while (e < u.size() && e <= t + 3 && word(e)) {
            if (owner[e] == loc) {  // the place ends the name
              // «مؤتمر صحفي بفيلادلفيا»: a place after a preposition says
              // where, it names nothing.
              if (ProcliticLetters(u.Norm(e)) > 0) {
                named = false;
                break;
              }
              e = mention_end[e];
              named = true;
              break;
            }
            const std::string_view w = u.Norm(e);
            if (owner[e] >= 0 || IsBreakWord(w) ||
                ClassifyCue(w) != CueKind::kNone) {
              break;
            }
            const bool nationality = FindNationality(w) != nullptr;
            if (!nationality && !w.starts_with("ال") && e > t + 1) break;
            ++e;
            named = named || w.starts_with("ال") || nationality;
            if (nationality) break;
          }
          if (named && e > t + 1) {
            AddFound(u, ui, t, e, clitic, EntityType::kMisc, confidence, &owner,
                     &added, &added_info);
            t = e - 1;
            continue;
          }
        }
      }
      // «مطار منطقة الباحة», «بميناء جدة الإسلامي»: a facility head, the
      // administrative words, a place mention, its adjectives.
      {
        size_t clitic = 0;
        if (HeadAt(u.Norm(t), kFacilityHeads, &clitic)) {
          const uint32_t k = place_after(t);
          if (k > 0) {
            uint32_t e = mention_end[k];
            while (e < u.size() && e < mention_end[k] + 2 && word(e) &&
                   owner[e] < 0 && kFacilityAdjectives.Contains(u.Norm(e))) {
              ++e;
            }
            AddFound(u, ui, t, e, clitic, EntityType::kLocation, confidence,
                     &owner, &added, &added_info);
            t = e - 1;
            continue;
          }
        }
      }
      // «تعليم الرياض», «لأمانة منطقة المدينة المنورة»: head (after its
      // proclitics), administrative words, a place mention.
      {
        size_t clitic = 0;
        if (HeadAt(u.Norm(t), kPlaceHeads, &clitic)) {
          const uint32_t k = place_after(t);
          // «سوق بنيجيريا» is a market in Nigeria: the place after a
          // preposition is where, not whose.
          if (k > 0 &&
              (ProcliticLetters(u.Norm(k)) == 0 || IsPlaceName(u.Norm(k)))) {
            const uint32_t e = mention_end[k];
            AddFound(u, ui, t, e, clitic, EntityType::kOrganization, confidence,
                     &owner, &added, &added_info);
            t = e - 1;
            continue;
          }
        }
      }
      // «الاتحاد العالمي لعلماء المسلمين», «المنظمة التونسية لإرشاد
      // المستهلك», «المجلس الأعلى للدولة»: a definite body head, its
      // adjective, and what it is for after «لـ».
      {
        static const WordSet kScope(
            {"العالمي",   "العالمية",  "الأعلى",   "العليا",   "الوطني",
             "الوطنية",   "الدولي",    "الدولية",  "العربي",   "العربية",
             "الإسلامي",  "الإسلامية", "العام",    "العامة",   "الاتحادي",
             "الاتحادية", "المركزي",   "المركزية", "الأوروبي", "الأفريقي",
             "الخليجي"});
        // (Bodies only: «الرئاسة الألمانية للمجموعة», «الأمانة العامة
        // للاتفاقية» are offices of something named before.)
        static const WordSet kBodies(
            {"الاتحاد", "المنظمة", "المجلس", "الهيئة", "الشركة", "المؤسسة",
             "الجمعية", "الصندوق", "البنك", "المصرف", "الوكالة", "اللجنة",
             "المركز", "المعهد", "الرابطة", "الجامعة", "المحكمة", "الحزب"});
        const std::string_view w0 = StripConjunction(u.Norm(t));
        if (kBodies.Contains(w0) && word(t + 1) && word(t + 2) &&
            owner[t + 1] < 0 && owner[t + 2] < 0 &&
            (kScope.Contains(u.Norm(t + 1)) ||
             FindNationality(u.Norm(t + 1)) != nullptr)) {
          const std::string_view purpose = u.Norm(t + 2);
          // («المجلس الوطني للحزب»: the organ of a body named before.)
          static const WordSet kOwners({"المجموعة", "الاتفاقية", "الحركة",
                                        "الجماعة", "التحالف", "البلاد"});
          // «للحزب» is «ل» + «الحزب» with its alif dropped.
          const std::string owned =
              purpose.starts_with("لل")
                  ? absl::StrCat("ال", AV(purpose.substr(4)))
                  : std::string();
          if (!owned.empty() &&
              (kBodies.Contains(owned) || kOwners.Contains(owned))) {
            continue;
          }
          const bool definite_lam = purpose.starts_with("لل");
          const bool lam = purpose.starts_with("ل") && Letters(purpose) >= 4 &&
                           !IsBreakWord(purpose) &&
                           ClassifyCue(purpose) == CueKind::kNone;
          if (definite_lam || lam) {
            uint32_t e = t + 3;
            if (!definite_lam && word(e) && owner[e] < 0 &&
                u.Norm(e).starts_with("ال") && !IsBreakWord(u.Norm(e))) {
              ++e;  // «لعلماء المسلمين»
            }
            if (definite_lam || e == t + 4) {
              const size_t clitic = w0.size() == u.Norm(t).size() ? 0 : 1;
              AddFound(u, ui, t, e, clitic, EntityType::kOrganization,
                       confidence, &owner, &added, &added_info);
              t = e - 1;
              continue;
            }
          }
        }
      }
      // «وفق موقع "الليرة اليوم"»: the outlet in quotation marks.
      if (IsQuotedMediaHead(u.Norm(t))) {
        if (const uint32_t close = quoted_name(t + 1); close > 0) {
          AddFound(u, ui, t + 2, close, 0, EntityType::kOrganization,
                   confidence, &owner, &added, &added_info);
          t = close;
          continue;
        }
      }
      // The head as written, or after its proclitics («لوزارة»); a head
      // that starts with a clitic-like letter («وزارة») is tried whole
      // first.
      const std::string_view head = u.Norm(t);
      size_t clitic = 0;
      if (!kHeads.Contains(head)) {
        clitic = ProcliticLetters(head);
        std::string_view bare = head;
        for (size_t k = 0; k < clitic; ++k) bare.remove_prefix(2);
        if (clitic == 0 || !kHeads.Contains(bare)) {
          // «ولوزارة»: the conjunction, then the head as written.
          std::string_view conj = StripConjunction(head);
          if (conj.size() == head.size()) continue;
          std::string_view rest = conj;
          size_t more = 0;
          if (!kHeads.Contains(rest)) {
            more = ProcliticLetters(rest);
            for (size_t k = 0; k < more; ++k) rest.remove_prefix(2);
            if (!kHeads.Contains(rest)) continue;
          }
          clitic = 1 + more;
        }
      }
      if (IsPresidencyOfABody(u, t)) continue;
      uint32_t e = t + 1;
      if (IsMediaHead(head)) e = t + 2;  // decided below
      // «هيئة حماية المستهلك», «لجنة تقصي الحقائق»: one indefinite noun
      // right after the head, in construct with a definite one.
      // (Not «مجلس إدارة القلعة البيضاء»: the board of a body.)
      static const WordSet kOfABody({"إدارة", "أعضاء", "أمناء", "شرف"});
      // («كتائب سيد الشهداء», «سرايا أنصار السنة».)
      static const WordSet kConstructHeads(
          {"هيئة", "لجنة", "جمعية", "مجلس", "وزارة", "منظمة", "مؤسسة", "صندوق",
           "اتحاد", "رابطة", "جهاز", "كتائب", "سرايا", "ألوية"});
      const std::string_view noun = e < u.size() ? u.Norm(e) : "";
      const bool verb_or_prep =
          noun.starts_with("ل") || noun.starts_with("ب") ||
          noun.starts_with("سي") || noun.starts_with("ست") ||
          noun.starts_with("سن");
      if (!IsMediaHead(head) &&
          (kConstructHeads.Contains(head) ||
           kConstructHeads.Contains(StripConjunction(head)) ||
           kConstructHeads.Contains(StripProclitics(head))) &&
          !verb_or_prep && e + 1 < u.size() && word(e) && word(e + 1) &&
          owner[e] < 0 && owner[e + 1] < 0 && !u.Norm(e).starts_with("ال") &&
          !kOfABody.Contains(u.Norm(e)) && !u.Norm(e).starts_with("و") &&
          Letters(u.Norm(e)) >= 3 && !IsBreakWord(u.Norm(e)) &&
          ClassifyCue(u.Norm(e)) == CueKind::kNone && !IsRoleHead(u.Norm(e)) &&
          !IsHonorific(u.Norm(e)) && ProcliticLetters(u.Norm(e)) == 0 &&
          u.Norm(e + 1).starts_with("ال") && !IsBreakWord(u.Norm(e + 1)) &&
          ClassifyCue(u.Norm(e + 1)) == CueKind::kNone) {
        // The construct ends the name («… المستهلك المواطنين» has its
        // object after it), a nationality adjective aside.
        e += 2;
        if (e < u.size() && word(e) && owner[e] < 0 &&
            FindNationality(u.Norm(e)) != nullptr) {
          ++e;
        }
        AddFound(u, ui, t, e, clitic, EntityType::kOrganization, confidence,
                 &owner, &added, &added_info);
        t = e - 1;
        continue;
      }
      while (!IsMediaHead(head) && e < u.size() && e < t + 5 && word(e)) {
        const std::string_view w = u.Norm(e);
        const bool definite = w.starts_with("ال") || w.starts_with("وال");
        const bool place = owner[e] == static_cast<int>(EntityType::kLocation);
        // «رئيس مجلس الشورى الشيخ الدكتور …»: a title opens a person.
        if (IsBreakWord(w) || ClassifyCue(w) != CueKind::kNone ||
            (owner[e] >= 0 && !place) || !(definite || place) ||
            IsHonorific(w) || IsRoleHead(w)) {
          break;
        }
        ++e;
        // A nationality adjective ends the name: «وزارة الخارجية
        // الباكستانية».
        if (FindNationality(w) != nullptr) break;
      }
      if (e < t + 2) continue;
      size_t skip_letters = clitic;
      uint32_t first = t;
      // «صحيفة إسرائيل هيوم العبرية»: the outlet's name follows the head
      // and is not definite; the head is not part of it.
      if (IsMediaHead(head)) {
        uint32_t k = t + 1;
        // «صحيفة «لا ريبابليكا»», «قناة "الجزيرة"»: the name in quotation
        // marks, whatever its words.
        if (const uint32_t close = quoted_name(k); close > 0) {
          AddFound(u, ui, k + 1, close, 0, EntityType::kOrganization,
                   confidence, &owner, &added, &added_info);
          t = close;
          continue;
        }
        while (k < u.size() && k < t + 4 && word(k) &&
               (owner[k] < 0 ||
                owner[k] == static_cast<int>(EntityType::kLocation))) {
          const std::string_view w = u.Norm(k);
          if (IsBreakWord(w) || FindNationality(w) != nullptr ||
              IsLanguageAdjective(w) || ClassifyCue(w) != CueKind::kNone) {
            break;
          }
          ++k;
        }
        if (k == t + 1) continue;
        first = t + 1;
        e = k;
        skip_letters = 0;
      }
      AddFound(u, ui, first, e, skip_letters, EntityType::kOrganization,
               confidence, &owner, &added, &added_info);
      t = e - 1;
    }
  }
  // Places inside the new names («غرفة مكة») belong to them now.
  std::vector<bool> drop(text->mentions.size(), false);
  for (const Mention& o : added) {
    for (size_t i = 0; i < text->mentions.size(); ++i) {
      const Mention& m = text->mentions[i];
      if (m.unit == o.unit && m.first_token >= o.first_token &&
          m.end_token <= o.end_token) {
        drop[i] = true;
      }
    }
  }
  RemoveMentions(drop, text, mentions);
  InsertMentions(text, mentions, &added, &added_info);
}

void FindTabledNames(AnnotatedText* text, std::vector<EntityMention>* mentions,
                     float confidence) {
  std::vector<bool> drop(text->mentions.size(), false);
  std::vector<Mention> added;
  std::vector<EntityMention> added_info;
  for (uint32_t ui = 0; ui < text->units.size(); ++ui) {
    const TextUnit& u = text->units[ui];
    if (u.kind == UnitKind::kSource || u.kind == UnitKind::kTags) continue;
    const auto& toks = u.tokens.tokens;
    Coverage cov = CoverageOf(*text, ui);
    for (uint32_t t = 0; t + 1 < u.size(); ++t) {
      if (toks[t].kind != TokenKind::kArabicWord) continue;
      // The first word bare or after its proclitics («وبرنامج», «لبرنامج»,
      // «للأمم» → «الأمم»); not a kind the table reads past («وكالة
      // رويترز», «حلف الناتو», «نادي الهلال», «جماعة أنصار الله»: the name
      // is what follows).
      const std::string_view w = u.Norm(t);
      static const WordSet kKinds(
          {"وكالة", "حلف", "نادي", "النادي", "حزب", "جماعة", "حركة", "تنظيم"});
      if (kKinds.Contains(w) || kKinds.Contains(StripProclitics(w))) continue;
      const size_t clitic = ProcliticLetters(w);
      const bool lil = w.starts_with("لل") && Letters(w) >= 4;
      if (!MayOpenKnownAlias(w) && !(lil && MayOpenKnownAlias(w.substr(4))) &&
          !(clitic > 0 && MayOpenKnownAlias(w.substr(2 * clitic)))) {
        continue;
      }
      for (uint32_t len = 5; len >= 2; --len) {
        const uint32_t end = t + len;
        if (end > u.size()) continue;
        bool words = true;
        for (uint32_t k = t; k < end && words; ++k) {
          words =
              toks[k].kind == TokenKind::kArabicWord && Letters(u.Norm(k)) >= 2;
        }
        if (!words) continue;
        // Inside: nothing, or mentions that lie wholly within the name
        // (the tagger's «الأغذية العالمي» of «برنامج الأغذية العالمي»).
        bool inside = true;
        for (const Mention& m : text->mentions) {
          if (m.unit == ui && m.first_token < end && m.end_token > t &&
              (m.first_token < t || m.end_token > end)) {
            inside = false;
          }
        }
        if (!inside) continue;
        std::string rest;
        for (uint32_t k = t + 1; k < end; ++k)
          absl::StrAppend(&rest, " ", AV(u.Norm(k)));
        size_t skip = 0;
        bool found = KnownAliasGroup(absl::StrCat(AV(w), rest)) > 0;
        if (!found && lil) {
          found =
              KnownAliasGroup(absl::StrCat("ال", AV(w.substr(4)), rest)) > 0;
          skip = 2;  // «للاتحاد» → «اتحاد …», read with its article
        }
        if (!found && clitic > 0) {
          found =
              KnownAliasGroup(absl::StrCat(AV(w.substr(2 * clitic)), rest)) > 0;
          skip = clitic;
        }
        if (!found) continue;
        // (The tagger's mention of just these words stays as it is.)
        bool same = false;
        for (const Mention& m : text->mentions) {
          same = same ||
                 (m.unit == ui && m.first_token == t && m.end_token == end);
        }
        if (same) {
          t = end - 1;
          break;
        }
        for (size_t i = 0; i < text->mentions.size(); ++i) {
          const Mention& m = text->mentions[i];
          if (m.unit == ui && m.first_token >= t && m.end_token <= end) {
            drop[i] = true;
          }
        }
        AddFound(u, ui, t, end, skip, EntityType::kOrganization, confidence,
                 &cov.owner, &added, &added_info);
        t = end - 1;
        break;
      }
    }
  }
  RemoveMentions(drop, text, mentions);
  InsertMentions(text, mentions, &added, &added_info);
  // «قوات سوريا الديمقراطية (قسد)» with «قسد» tagged as a person: a
  // one-word name the table gives to a body is the body; so is a one-word
  // name that is a body wherever it stands, whatever the tagger typed it
  // («إنفيديا» read as a place).
  // The letters of proclitics before a single name in `w`, or -1.
  auto single = [](std::string_view w) -> int {
    if (IsKnownSingleName(w)) return 0;
    // «لليونيسف» → «يونيسف», after «لل» as the tabled names of more words
    // (the linker names it «اليونيسف»).
    if (w.starts_with("لل") && Letters(w) >= 4 &&
        IsKnownSingleName(absl::StrCat("ال", AV(w.substr(4))))) {
      return 2;
    }
    const size_t clitic = ProcliticLetters(w);
    if (clitic > 0 && IsKnownSingleName(w.substr(2 * clitic))) {
      return static_cast<int>(clitic);
    }
    return -1;
  };
  for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
    Mention& m = text->mentions[i];
    if (m.type == EntityType::kOrganization ||
        m.end_token != m.first_token + 1) {
      continue;
    }
    const std::string_view w = text->units[m.unit].Norm(m.first_token);
    if (single(w) < 0 &&
        (m.type != EntityType::kPerson || KnownAliasGroup(w) <= 0)) {
      continue;
    }
    m.type = EntityType::kOrganization;
    (*mentions)[i].type = EntityTypeName(m.type);
  }
  // One-word names that are a body wherever they stand (IsKnownSingleName:
  // «وقال الكنيست إن …», «بالكنيست»), and Israeli channels by their number
  // («ونقلت القناة 12 العبرية عن …» → «القناة 12»), on no mention.
  std::vector<Mention> more;
  std::vector<EntityMention> more_info;
  for (uint32_t ui = 0; ui < text->units.size(); ++ui) {
    const TextUnit& u = text->units[ui];
    if (u.kind == UnitKind::kSource || u.kind == UnitKind::kTags) continue;
    const auto& toks = u.tokens.tokens;
    Coverage cov = CoverageOf(*text, ui);
    for (uint32_t t = 0; t < u.size(); ++t) {
      if (toks[t].kind != TokenKind::kArabicWord || cov.owner[t] >= 0) continue;
      const std::string_view w = u.Norm(t);
      if (const int skip = single(w); skip >= 0) {
        AddFound(u, ui, t, t + 1, skip, EntityType::kOrganization, confidence,
                 &cov.owner, &more, &more_info);
        continue;
      }
      // «القناة» (after its proclitics) and a number of one or two digits.
      const size_t clitic = ProcliticLetters(w);
      const std::string_view bare = w.substr(2 * clitic);
      if (bare == "القناة" && t + 1 < u.size() &&
          toks[t + 1].kind == TokenKind::kNumber && cov.owner[t + 1] < 0 &&
          Letters(u.Norm(t + 1)) <= 2) {
        AddFound(u, ui, t, t + 2, clitic, EntityType::kOrganization, confidence,
                 &cov.owner, &more, &more_info);
        ++t;
      }
    }
  }
  InsertMentions(text, mentions, &more, &more_info);
}

namespace {
// The statements a speaker gives «في …»: «في حديث لـ"النهار"».
const WordSet& StatementNouns() {
  static const WordSet kStatements(
      {"حديث", "تصريح", "تصريحات", "بيان", "مقابلة", "كلمة"});
  return kStatements;
}
}  // namespace

void FindNamesAfterOffices(AnnotatedText* text,
                           std::vector<EntityMention>* mentions,
                           float confidence) {
  // (Weekdays are stops too: `WeekdayNamed`.)
  static const WordSet kStops(
      {"في",    "من",    "على",  "عن",    "إلى",   "الى",    "مع",
       "خلال",  "عبر",   "أمام", "بعد",   "قبل",   "حول",    "منذ",
       "الذي",  "التي",  "أمس",  "اليوم", "غدا",   "مساء",   "صباح",
       "ليل",   "ليلة",  "فجر",  "يوم",   "وهو",   "وهي",    "بعدما",
       "عقب",   "لدى",   "أيضا", "كذلك",  "بدوره", "بدورها", "قائلا",
       "مؤكدا", "مشيرا", "الآن", "عيد",   "فور",   "فورا"});
  std::vector<Mention> added;
  std::vector<EntityMention> added_info;
  std::vector<size_t> absorbed;  // tagger mentions now inside a name
  absl::flat_hash_set<std::string> family_names;
  // «رئيس الشؤون الدينية التركية علي أرباش»: where the page spells the
  // preposition «على» with alif maqsura, «علي» with ya is the given name,
  // no stop (the two are one word once folded).
  bool maqsura = false;
  for (const TextUnit& u : text->units) {
    for (const Token& t : u.tokens.tokens)
      maqsura |= t.span.Of(u.text) == "على";
  }
  for (uint32_t ui = 0; ui < text->units.size(); ++ui) {
    const TextUnit& u = text->units[ui];
    if (u.kind == UnitKind::kSource || u.kind == UnitKind::kTags) continue;
    const auto& toks = u.tokens.tokens;
    Coverage cov = CoverageOf(*text, ui);
    auto word = [&](uint32_t k) {
      return toks[k].kind == TokenKind::kArabicWord;
    };
    auto ali = [&](uint32_t k) {
      return maqsura && toks[k].span.Of(u.text) == "علي";
    };
    auto stop = [&](uint32_t k) {
      if (!word(k)) return true;
      const std::string_view w = u.Norm(k);
      if (kStops.Contains(w) || WeekdayNamed(w) >= 0 || IsComplementizer(w) ||
          IsHisSaying(w) || ClassifyCue(w) != CueKind::kNone || IsRoleHead(w) ||
          IsHonorific(w) || FindNationality(w) != nullptr ||
          w.starts_with("وال")) {
        return true;
      }
      // «لـ"سكاي نيوز"», «لسكاي», «بأن»: a preposition's clitic.
      return (w.starts_with("ل") || w.starts_with("ب")) &&
             !IsPersonNameToken(w);
    };
    // Tokens a name may end before: «إن/أن» or «في حديث/تصريح …». (Every
    // «أن/إن» form is short and holds «ن»: a cheap test before the set.)
    std::vector<bool> ends(u.size());
    for (uint32_t k = 0; k < u.size(); ++k) {
      const std::string_view w = u.Norm(k);
      ends[k] = word(k) &&
                ((w.size() <= 16 && w.find("ن") != std::string_view::npos &&
                  IsComplementizer(w)) ||
                 (w == "في" && word(k + 1) &&
                  StatementNouns().Contains(u.Norm(k + 1))));
    }
    auto ends_name = [&](uint32_t k) { return k < ends.size() && ends[k]; };
    // «وقالت رئيسة الرابطة ملوك محرز إن …», «وقال رئيس الاتحاد الدولي
    // سيباستيان كو إن …», «… ملوك محرز في حديث لـ"النهار" إن …»: a given
    // name the lists lack, when two or three plain words from `t` end
    // right before one of `ends`.
    // (No word of it with the article, none a conjunction's or ending in
    // «ة»: «متحدث باسم خفر السواحل أنهم», «مدير إدارة المشاريع أن»,
    // «عضو مؤتمر الرياض … وبناء الدولة الاتحادية» are no names.)
    auto unlisted_word = [&](uint32_t k) {
      const std::string_view w = u.Norm(k);
      return word(k) && cov.owner[k] < 0 && !stop(k) && !w.starts_with("ال") &&
             !w.starts_with("و") && !w.ends_with("ة") && Letters(w) >= 2 &&
             !IsPlaceName(w);
    };
    auto unlisted_name = [&](uint32_t t) {
      if (Letters(u.Norm(t)) < 3 || !unlisted_word(t)) return false;
      for (uint32_t k = t + 1; k < u.size() && k <= t + 3; ++k) {
        if (k >= t + 2 && ends_name(k)) return true;
        if (!unlisted_word(k)) return false;
      }
      return false;
    };
    for (uint32_t t = 1; t + 1 < u.size(); ++t) {
      // («إن» is «آن» once normalised, «أمين» an office: no stop word or
      // office opens a name; a given name that is also a reporting verb,
      // «عزت», may.)
      if (cov.owner[t] >= 0 || !word(t)) continue;
      const bool listed = IsPersonNameToken(u.Norm(t)) || ali(t);
      // (A plain word two or three before «في» or «إن/أن», checked fully
      // below once the word before it has passed.)
      const bool may_end = !listed && (ends_name(t + 2) || ends_name(t + 3));
      if (!(listed || may_end) || IsPlaceName(u.Norm(t)) ||
          (kStops.Contains(u.Norm(t)) && !ali(t)) ||
          IsComplementizer(u.Norm(t)) || IsRoleHead(u.Norm(t)) ||
          IsHonorific(u.Norm(t)) || IsCalling(u.Norm(t))) {
        continue;
      }
      // The office: a head within ten words before, with only words (or
      // names the tagger found) between, not right before a preposition.
      const uint32_t floor = u.SentenceOf(t).first_token;
      // «وأعلن المتحدث باسم لجنة الانتخابات في وزارة الداخلية، محسن
      // إسلامي، في مؤتمر صحافي …»: the name set off by commas after the
      // office (and closed by a comma too, below).
      const bool apposed = !word(t - 1) && t >= 2 &&
                           (u.Norm(t - 1) == "،" || u.Norm(t - 1) == ",");
      if (!apposed &&
          (kStops.Contains(u.Norm(t - 1)) || !word(t - 1) ||
           cov.owner[t - 1] == static_cast<int>(EntityType::kPerson))) {
        continue;
      }
      const bool unlisted = !listed && unlisted_name(t);
      if (!listed && !unlisted) continue;
      // The subject of a reporting verb: the verb right before the office.
      bool office = false;
      const uint32_t last = apposed ? t - 1 : t;
      uint32_t numbers = 0;  // numbers inside the office's words
      for (uint32_t k = last;
           k > floor + 1 && k + (apposed ? 13 : 10) + numbers > t && !office;
           --k) {
        const uint32_t j = k - 1;
        // («رئيس اللجنة المنظمة لفعاليات صيف حائل 36 في متنزه السمراء
        // السياحي علي الفايز»: a number inside the office's words.)
        if (toks[j].kind == TokenKind::kNumber && j > floor + 1 &&
            word(j - 1) && word(j + 1)) {
          ++numbers;
          continue;
        }
        if (!word(j)) break;
        // («وأوضح المسؤول الذي فضل عدم نشر اسمه أن»: for a name the lists
        // lack, the office's words hold no stop word.)
        if (unlisted && kStops.Contains(u.Norm(j))) break;
        if (cov.owner[j] < 0 && (IsComplementizer(u.Norm(j)) ||
                                 ClassifyCue(u.Norm(j)) == CueKind::kVerb)) {
          break;
        }
        const std::string_view head = StripConjunction(u.Norm(j));
        office = cov.owner[j] < 0 && (IsRoleHead(head) || IsCalling(head)) &&
                 word(j - 1) && ClassifyCue(u.Norm(j - 1)) == CueKind::kVerb;
      }
      if (!office) continue;
      uint32_t e = t + 1;
      while (e < u.size() && e < t + 4 && cov.owner[e] < 0 && !stop(e)) ++e;
      // «أكد رئيس نادي الاتفاق سامر المسحل»: a family name with the
      // article that the tagger took alone for a place or a thing (not a
      // known place) is the rest of the name.
      if (e == t + 1 && e < u.size() && word(e) &&
          (cov.owner[e] == static_cast<int>(EntityType::kLocation) ||
           cov.owner[e] == static_cast<int>(EntityType::kMisc)) &&
          cov.mention_end[e] == e + 1 && u.Norm(e).starts_with("ال") &&
          Letters(u.Norm(e)) >= 5 && !IsPlaceName(u.Norm(e)) &&
          FindNationality(u.Norm(e)) == nullptr &&
          (e + 1 >= u.size() || stop(e + 1) || cov.owner[e + 1] >= 0)) {
        for (size_t k = 0; k < text->mentions.size(); ++k) {
          const Mention& o = text->mentions[k];
          if (o.unit == ui && o.first_token == e && o.end_token == e + 1) {
            absorbed.push_back(k);
            family_names.insert(std::string(u.Norm(e)));
          }
        }
        AddFound(u, ui, t, e + 1, 0, EntityType::kPerson, confidence,
                 &cov.owner, &added, &added_info);
        t = e;
        continue;
      }
      // Two words at least, and the name ends where something else begins.
      if (e == t + 1 || (e < u.size() && !stop(e) && cov.owner[e] < 0)) {
        continue;
      }
      if (apposed &&
          (e >= u.size() || !(u.Norm(e) == "،" || u.Norm(e) == ","))) {
        continue;
      }
      AddFound(u, ui, t, e, 0, EntityType::kPerson, confidence, &cov.owner,
               &added, &added_info);
      t = e - 1;
    }
  }
  // The absorbed family name goes; written alone elsewhere («والمسحل:»)
  // it is the person.
  if (!absorbed.empty()) {
    std::vector<bool> drop(text->mentions.size(), false);
    for (size_t k : absorbed) drop[k] = true;
    for (size_t i = 0; i < text->mentions.size() && i < mentions->size(); ++i) {
      Mention& m = text->mentions[i];
      if (drop[i] || m.end_token != m.first_token + 1 ||
          m.type == EntityType::kPerson) {
        continue;
      }
      const TextUnit& u = text->units[m.unit];
      if (family_names.contains(
              std::string(StripConjunction(u.Norm(m.first_token))))) {
        m.type = EntityType::kPerson;
        (*mentions)[i].type = "PER";
      }
    }
    RemoveMentions(drop, text, mentions);
  }
  InsertMentions(text, mentions, &added, &added_info);
}

uint32_t NameAfterNaming(const TextUnit& u, uint32_t t, bool* any_word) {
  // «تدعى أم محمد», «المدعو سامي», «شاب اسمه محمد».
  static const WordSet kCalled({"يدعى", "تدعى", "ويدعى", "وتدعى", "المدعو",
                                "المدعوة", "والمدعو", "والمدعوة", "اسمه",
                                "اسمها", "واسمه", "واسمها"});
  static const WordSet kKnown({"عرف", "عرفت", "وعرف", "وعرفت"});
  static const WordSet kSelf({"نفسه", "نفسها"});
  auto word = [&](uint32_t k) {
    return k < u.size() && u.tokens.tokens[k].kind == TokenKind::kArabicWord;
  };
  if (!word(t)) return 0;
  *any_word = false;
  if (kCalled.Contains(u.Norm(t))) return t + 1;
  *any_word = true;
  // «عرفت نفسها باسم لينا», «نفسها باسم …».
  if (kKnown.Contains(u.Norm(t)) && word(t + 2) &&
      kSelf.Contains(u.Norm(t + 1)) && u.Norm(t + 2) == "باسم") {
    return t + 3;
  }
  if (kSelf.Contains(u.Norm(t)) && word(t + 1) && u.Norm(t + 1) == "باسم") {
    return t + 2;
  }
  return 0;
}

void FindNamesGivenAsNames(AnnotatedText* text,
                           std::vector<EntityMention>* mentions,
                           float confidence) {
  std::vector<bool> drop(text->mentions.size(), false);
  std::vector<Mention> added;
  std::vector<EntityMention> added_info;
  absl::flat_hash_set<std::string> given;  // one-word names found
  for (uint32_t ui = 0; ui < text->units.size(); ++ui) {
    const TextUnit& u = text->units[ui];
    if (u.kind == UnitKind::kSource || u.kind == UnitKind::kTags) continue;
    const auto& toks = u.tokens.tokens;
    Coverage cov = CoverageOf(*text, ui);
    // «وقالت أم تهاني: …», «وأضاف أبو محمد …»: a kunya (mother or father
    // of a given name) as the subject of a verb of saying is a person.
    static const WordSet kKunya({"أم", "أبو"});
    for (uint32_t t = 1; t + 1 < u.size(); ++t) {
      if (!kKunya.Contains(u.Norm(t)) || cov.owner[t] >= 0 ||
          cov.owner[t + 1] >= 0 || toks[t - 1].kind != TokenKind::kArabicWord ||
          toks[t + 1].kind != TokenKind::kArabicWord ||
          ClassifyCue(u.Norm(t - 1)) != CueKind::kVerb ||
          u.Norm(t + 1).starts_with("ال") || Letters(u.Norm(t + 1)) < 3 ||
          IsStopword(u.Norm(t + 1)) || IsComplementizer(u.Norm(t + 1))) {
        continue;
      }
      AddFound(u, ui, t, t + 2, 0, EntityType::kPerson, confidence, &cov.owner,
               &added, &added_info);
    }
    for (uint32_t t = 0; t + 1 < u.size(); ++t) {
      // After «نفسها باسم» the word named is a name whatever it looks like;
      // after «يدعى/اسمه» only a known given name or one the tagger found
      // («يدعى إلى الاجتماع» is invited, «سنعلن عن اسمه مباشرة» his name).
      bool own = false;
      const uint32_t first = NameAfterNaming(u, t, &own);
      if (first == 0 || first >= u.size() ||
          toks[first].kind != TokenKind::kArabicWord) {
        continue;
      }
      const bool called = !own;
      const std::string_view name = u.Norm(first);
      if (name.starts_with("ال") || Letters(name) < 3 || IsStopword(name) ||
          IsRoleHead(name) || IsHonorific(name)) {
        continue;
      }
      if (called && !IsPersonNameToken(name) && cov.owner[first] < 0) continue;
      // Already a person's name from this word on.
      bool person = false;
      for (const Mention& m : text->mentions) {
        person = person || (m.unit == ui && m.first_token == first &&
                            m.type == EntityType::kPerson &&
                            m.span.begin == toks[first].span.begin);
      }
      if (person) continue;
      uint32_t end = first + 1;
      while (end < u.size() && end < first + 4 &&
             toks[end].kind == TokenKind::kArabicWord &&
             IsPersonNameToken(u.Norm(end))) {
        ++end;
      }
      // The mentions on those words (a clitic split «لينا» → «ينا», a
      // place) give way to the name.
      for (size_t i = 0; i < text->mentions.size(); ++i) {
        const Mention& m = text->mentions[i];
        if (m.unit == ui && m.first_token < end && m.end_token > first) {
          drop[i] = true;
          end = std::max(end, m.end_token);
        }
      }
      AddFound(u, ui, first, end, 0, EntityType::kPerson, confidence,
               &cov.owner, &added, &added_info);
      if (end == first + 1) given.emplace(name);
      t = end - 1;
    }
  }
  // «وقالت لينا …» elsewhere, read by the tagger as «ينا» too: the same
  // word, cut by a clitic split, is the same name.
  for (size_t i = 0; i < text->mentions.size() && !given.empty(); ++i) {
    const Mention& m = text->mentions[i];
    const TextUnit& u = text->units[m.unit];
    const Token& tok = u.tokens.tokens[m.first_token];
    if (drop[i] || m.end_token != m.first_token + 1 ||
        m.span.begin == tok.span.begin ||
        !given.contains(AV(u.Norm(m.first_token)))) {
      continue;
    }
    bool taken = false;
    for (const Mention& a : added) {
      taken = taken || (a.unit == m.unit && a.first_token == m.first_token);
    }
    if (taken) continue;
    drop[i] = true;
    std::vector<int> owner(u.size(), -1);
    AddFound(u, m.unit, m.first_token, m.end_token, 0, EntityType::kPerson,
             confidence, &owner, &added, &added_info);
  }
  RemoveMentions(drop, text, mentions);
  InsertMentions(text, mentions, &added, &added_info);
}

void FindQuotedNames(AnnotatedText* text, std::vector<EntityMention>* mentions,
                     float confidence) {
  static const WordSet kNaming(
      {"باسم", "تسمى", "تدعى", "المسمى", "المسماة", "المعروف", "المعروفة",
       "تنظيم", "جماعة", "حركة", "تحالف", "ائتلاف", "ميليشيا", "ميليشيات",
       "مليشيا", "مليشيات", "كتلة", "فصيل", "حزب", "منظمة", "جمعية", "مجموعة",
       "لواء", "عملية", "حملة", "مبادرة", "مشروع", "برنامج", "مهرجان", "مسابقة",
       // «مؤسسة «إم إس سي آي»», «شركة "أرامكو"», «بنك "يو بي إس"»
       "مؤسسة", "شركة", "بنك", "مصرف", "صندوق", "هيئة"});
  static const WordSet kEvents(
      {"عملية", "حملة", "مبادرة", "مشروع", "برنامج", "مهرجان", "مسابقة"});
  struct Quoted {
    uint32_t unit, open, close;  // the quotation marks' tokens
    bool reopened;  // `open` closed the quotation before (« أ » إن « ب »)
  };
  // Every quotation of one to four Arabic words.
  std::vector<Quoted> quoted;
  for (uint32_t ui = 0; ui < text->units.size(); ++ui) {
    const TextUnit& u = text->units[ui];
    if (u.kind == UnitKind::kSource || u.kind == UnitKind::kTags) continue;
    const auto& toks = u.tokens.tokens;
    uint32_t last_close = UINT32_MAX;
    for (uint32_t t = 0; t + 2 < u.size(); ++t) {
      if (toks[t].kind != TokenKind::kQuote) continue;
      uint32_t c = t + 1;
      while (c < u.size() && c <= t + 4 &&
             toks[c].kind == TokenKind::kArabicWord) {
        ++c;
      }
      if (c > t + 1 && c < u.size() && toks[c].kind == TokenKind::kQuote) {
        quoted.push_back({ui, t, c, t == last_close});
        last_close = c;
        t = c - 1;  // the closing mark may open nothing
      }
    }
  }
  auto words_of = [&](const Quoted& q) {
    const TextUnit& u = text->units[q.unit];
    std::string key;
    for (uint32_t t = q.open + 1; t < q.close; ++t) {
      absl::StrAppend(&key, t > q.open + 1 ? " " : "", AV(u.Norm(t)));
    }
    return key;
  };
  // The names: quotations after a naming word, with the type they take.
  absl::flat_hash_map<std::string, EntityType> names;
  for (const Quoted& q : quoted) {
    const TextUnit& u = text->units[q.unit];
    if (q.open == 0 ||
        u.tokens.tokens[q.open - 1].kind != TokenKind::kArabicWord) {
      continue;
    }
    size_t clitic = 0;
    const std::string_view before = u.Norm(q.open - 1);
    if (!HeadAt(before, kNaming, &clitic)) continue;
    std::string_view bare = before;
    for (size_t k = 0; k < clitic; ++k) bare.remove_prefix(2);
    EntityType type =
        kEvents.Contains(bare) ? EntityType::kMisc : EntityType::kOrganization;
    for (const Mention& m : text->mentions) {
      if (m.unit == q.unit && m.first_token > q.open &&
          m.end_token <= q.close && m.type == EntityType::kPerson) {
        type = EntityType::kPerson;
      }
    }
    names.emplace(words_of(q), type);
  }
  // «مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية "مسك الخيرية"»: a quotation
  // right after a body's name of three words or more, which the article
  // names again, is the body's short name.
  for (const Quoted& q : quoted) {
    if (q.reopened) continue;
    bool after_body = false;
    for (const Mention& m : text->mentions) {
      after_body |= m.unit == q.unit && m.end_token == q.open &&
                    m.end_token >= m.first_token + 3 &&
                    m.type == EntityType::kOrganization;
    }
    if (!after_body) continue;
    const std::string key = words_of(q);
    int seen = 0;
    for (const Quoted& o : quoted) seen += words_of(o) == key;
    if (seen < 2) continue;
    names.emplace(key, EntityType::kOrganization);
  }
  if (names.empty()) return;
  std::vector<Mention> added;
  std::vector<EntityMention> added_info;
  std::vector<bool> drop(text->mentions.size(), false);
  for (const Quoted& q : quoted) {
    auto it = names.find(words_of(q));
    if (it == names.end()) continue;
    // Mentions inside go; one reaching outside the quotation stays, and so
    // does the quotation.
    bool crosses = false;
    std::vector<size_t> inside;
    for (size_t i = 0; i < text->mentions.size(); ++i) {
      const Mention& m = text->mentions[i];
      if (m.unit != q.unit || m.end_token <= q.open + 1 ||
          m.first_token >= q.close) {
        continue;
      }
      if (m.first_token > q.open && m.end_token <= q.close) {
        inside.push_back(i);
      } else {
        crosses = true;
      }
    }
    if (crosses) continue;
    for (size_t i : inside) drop[i] = true;
    std::vector<int> owner(text->units[q.unit].size(), -1);
    AddFound(text->units[q.unit], q.unit, q.open + 1, q.close, 0, it->second,
             confidence, &owner, &added, &added_info);
  }
  RemoveMentions(drop, text, mentions);
  InsertMentions(text, mentions, &added, &added_info);
}

namespace {

// Cities and regions news writes often that the gazetteer lacks or spells
// otherwise («تبوك», not «تابوك»; the Saudi regions).
constexpr const char* kMajorPlaces[] = {
    "الرياض",
    "جدة",
    "مكة",
    "مكة المكرمة",
    "المدينة المنورة",
    "الدمام",
    "الخبر",
    "الظهران",
    "الطائف",
    "تبوك",
    "حائل",
    "أبها",
    "جازان",
    "جيزان",
    "نجران",
    "القصيم",
    "بريدة",
    "عنيزة",
    "الأحساء",
    "الهفوف",
    "الجبيل",
    "ينبع",
    "الباحة",
    "عرعر",
    "سكاكا",
    "الجوف",
    "القطيف",
    "خميس مشيط",
    "القريات",
    "حفر الباطن",
    "المجمعة",
    "الخرج",
    "الزلفي",
    "رابغ",
    "العلا",
    "الدرعية",
    "عسير",
    "المنطقة الشرقية",
    "الحدود الشمالية",
    "بغداد",
    "الموصل",
    "البصرة",
    "أربيل",
    "كركوك",
    "الفلوجة",
    "تكريت",
    "النجف",
    "كربلاء",
    "السليمانية",
    "سامراء",
    "الأنبار",
    "نينوى",
    "ديالى",
    "بعقوبة",
    "دمشق",
    "حلب",
    "حمص",
    "حماة",
    "اللاذقية",
    "طرطوس",
    "إدلب",
    "الرقة",
    "دير الزور",
    "درعا",
    "الحسكة",
    "القامشلي",
    "تدمر",
    "صنعاء",
    "عدن",
    "تعز",
    "الحديدة",
    "مأرب",
    "حضرموت",
    "المكلا",
    "صعدة",
    "القاهرة",
    "الإسكندرية",
    "الجيزة",
    "أسوان",
    "الأقصر",
    "سيناء",
    "بورسعيد",
    "السويس",
    "الإسماعيلية",
    "طنطا",
    "أسيوط",
    "بيروت",
    "طرابلس",
    "صيدا",
    "عمان",
    "الزرقاء",
    "إربد",
    "العقبة",
    "القدس",
    "رام الله",
    "الخليل",
    "نابلس",
    "جنين",
    "غزة",
    "رفح",
    "خان يونس",
    "تل أبيب",
    "حيفا",
    "يافا",
    "الدوحة",
    "أبوظبي",
    "أبو ظبي",
    "دبي",
    "الشارقة",
    "المنامة",
    "مسقط",
    "صلالة",
    "الرباط",
    "الدار البيضاء",
    "مراكش",
    "فاس",
    "طنجة",
    "بنغازي",
    "مصراتة",
    "سرت",
    "طهران",
    "إسطنبول",
    "أنقرة",
    "موسكو",
    "واشنطن",
    "نيويورك",
    "لندن",
    "باريس",
    "برلين",
    "بكين",
    "جنيف",
    "فيينا",
    "كابول",
    "إسلام آباد",
    "كراتشي",
    "نيودلهي",
};

constexpr const char* kGazetteerPlaces[] = {
#include "nlp/entities/place_names.inc"
};

struct PlaceNames {
  absl::flat_hash_set<std::string> names;  // search-normalised
  // The first 1 … n−1 words of every name above and of every country's
  // name: a scan for the longest name stops at the first that is none.
  absl::flat_hash_set<std::string> prefixes;
  size_t max_words = 1;
};

const PlaceNames& Places() {
  static const PlaceNames* p = [] {
    auto* out = new PlaceNames;
    auto add_prefixes = [&](std::string_view norm) {
      for (size_t sp = norm.find(' '); sp != std::string_view::npos;
           sp = norm.find(' ', sp + 1)) {
        out->prefixes.emplace(norm.substr(0, sp));
      }
    };
    auto add = [&](const char* name) {
      std::string norm = ner::NormalizeWord(name);
      out->max_words = std::max(out->max_words, SplitAny(norm, " ").size());
      add_prefixes(norm);
      out->names.insert(std::move(norm));
    };
    for (const char* n : kMajorPlaces) add(n);
    for (const char* n : kGazetteerPlaces) add(n);
    for (std::string_view n : CountryNames()) add_prefixes(n);
    return out;
  }();
  return *p;
}

}  // namespace

void SplitBodyAndPlace(AnnotatedText* text,
                       std::vector<EntityMention>* mentions) {
  const size_t n = std::min(text->mentions.size(), mentions->size());
  // A mention's words up to token `end`, the first without its proclitics.
  auto words_of = [&](const Mention& m, uint32_t end) {
    const TextUnit& u = text->units[m.unit];
    std::string name;
    for (uint32_t k = m.first_token; k < end; ++k) {
      if (!name.empty()) name += ' ';
      name += k == m.first_token ? StripProclitics(u.Norm(k)) : u.Norm(k);
    }
    return name;
  };
  // The places the article names by themselves.
  absl::flat_hash_set<std::string> places;
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = text->mentions[i];
    if (m.type == EntityType::kLocation)
      places.insert(words_of(m, m.end_token));
  }
  static const WordSet kKinds({"بمنطقة", "بمحافظة", "بمدينة", "بولاية"});
  std::vector<Mention> added;
  std::vector<EntityMention> added_info;
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    if (m.type != EntityType::kOrganization ||
        m.end_token < m.first_token + 3) {
      continue;
    }
    const TextUnit& u = text->units[m.unit];
    for (uint32_t k = m.first_token + 2; k < m.end_token; ++k) {
      if (u.tokens.tokens[k].kind != TokenKind::kArabicWord) break;
      const std::string_view w = u.Norm(k);
      if (!w.starts_with("ب")) continue;
      // «بجازان», «بالأحساء»: the place in the word; «بمنطقة عسير»: after
      // it.
      const bool kind = kKinds.Contains(w);
      if (kind && k + 1 >= m.end_token) break;
      std::string place;
      for (uint32_t x = kind ? k + 1 : k; x < m.end_token; ++x) {
        if (!place.empty()) place += ' ';
        place += x == k ? std::string(w.substr(2)) : std::string(u.Norm(x));
      }
      const std::string bare =
          std::string_view(place).starts_with("ال") ? place.substr(4) : place;
      if (!(IsPlaceName(place) || IsPlaceName(bare) || places.contains(place) ||
            places.contains(bare))) {
        break;
      }
      // The body named alone elsewhere in the article.
      const std::string body = words_of(m, k);
      bool alone = false;
      for (size_t j = 0; j < n && !alone; ++j) {
        const Mention& o = text->mentions[j];
        alone = j != i && o.type == EntityType::kOrganization &&
                words_of(o, o.end_token) == body;
      }
      if (!alone) break;
      SplitMentionAt(u, kind ? k + 1 : k, EntityType::kLocation, &m,
                     &(*mentions)[i], &added, &added_info);
      if (!kind) {
        // The place's span leaves its ب outside.
        Mention& loc = added.back();
        loc.span.begin = static_cast<uint32_t>(
            loc.span.begin +
            SkipLetters(u.tokens.tokens[k].span.Of(u.text), 1));
        added_info.back().ref = u.ToRef(loc.span);
        added_info.back().text = std::string(loc.span.Of(u.text));
      } else {
        MoveEnd(text, i, k, mentions);
      }
      break;
    }
  }
  InsertMentions(text, mentions, &added, &added_info);
}

void JoinCompassRegions(AnnotatedText* text,
                        std::vector<EntityMention>* mentions) {
  static const WordSet kCompass({"شمال", "جنوب", "شرق", "غرب", "وسط"});
  static const WordSet kRegions(
      {"أفريقيا", "إفريقيا", "افريقيا", "آسيا", "أوروبا", "أوربا", "أمريكا",
       "أميركا", "المتوسط", "سيناء", "دارفور", "كردفان", "النيل",
       // «جنوب لبنان», the region the 1978–2000 occupation and UNIFIL's
       // mandate named.
       "لبنان"});
  const size_t n = std::min(text->mentions.size(), mentions->size());
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    if (m.type != EntityType::kLocation || m.first_token == 0) continue;
    const TextUnit& u = text->units[m.unit];
    const uint32_t k = m.first_token - 1;
    if (u.tokens.tokens[k].kind != TokenKind::kArabicWord ||
        u.tokens.tokens[m.first_token].kind != TokenKind::kArabicWord ||
        !kRegions.Contains(u.Norm(m.first_token))) {
      continue;
    }
    const std::string_view w = u.Norm(k);
    const size_t clitics = ProcliticLetters(w);
    if (!kCompass.Contains(w.substr(2 * clitics))) continue;
    bool taken = false;
    for (size_t j = 0; j < text->mentions.size() && !taken; ++j) {
      const Mention& o = text->mentions[j];
      taken =
          j != i && o.unit == m.unit && o.first_token <= k && k < o.end_token;
    }
    if (taken) continue;
    m.first_token = k;
    m.span.begin = static_cast<uint32_t>(
        u.tokens.tokens[k].span.begin +
        SkipLetters(u.tokens.tokens[k].span.Of(u.text), clitics));
    (*mentions)[i].ref = u.ToRef(m.span);
    (*mentions)[i].text = std::string(m.span.Of(u.text));
  }
}

void DropPlaceNationality(AnnotatedText* text,
                          std::vector<EntityMention>* mentions) {
  // Heads of a state's official name: «الجمهورية التونسية», «المملكة
  // المغربية», «السلطنة العمانية».
  static const WordSet kStateHeads({"الجمهورية", "جمهورية", "المملكة", "مملكة",
                                    "الولايات", "ولايات", "الإمارة", "إمارة",
                                    "السلطنة", "سلطنة", "الدولة", "دولة",
                                    "الاتحاد", "اتحاد"});
  const size_t n = std::min(text->mentions.size(), mentions->size());
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    if (m.type != EntityType::kLocation || m.end_token < m.first_token + 2) {
      continue;
    }
    const TextUnit& u = text->units[m.unit];
    const uint32_t last = m.end_token - 1;
    if (u.tokens.tokens[last].kind != TokenKind::kArabicWord) continue;
    const std::string_view adj = u.Norm(last);
    if (!adj.starts_with("ال")) continue;
    const Country* c = FindNationality(adj);
    // A country's two-letter code; regions have pseudo-codes of their own
    // («ARAB», «GCC», «EU»).
    if (c == nullptr || std::string_view(c->code).size() != 2) continue;
    std::string whole;
    for (uint32_t t = m.first_token; t < m.end_token; ++t) {
      if (!whole.empty()) whole += ' ';
      whole += u.Norm(t);
    }
    if (CountryOfName(whole) != nullptr) continue;
    bool state = false;
    for (uint32_t t = m.first_token; t < last && !state; ++t) {
      state = kStateHeads.Contains(StripProclitics(u.Norm(t)));
    }
    if (state) continue;
    MoveEnd(text, i, last, mentions);
  }
}

bool IsPlaceName(std::string_view norm) {
  return Places().names.contains(AV(norm)) ||
         FindCountryByName(norm) != nullptr;
}

namespace {

// «في», «إلى», «مدينة», «شمال» …: what comes next is a place.
bool IsLocativeWord(std::string_view norm) {
  static const WordSet kWords(
      {"في",    "إلى",     "من",    "عن",     "على",    "نحو",   "قرب",
       "شمال",  "جنوب",    "شرق",   "غرب",    "شمالي",  "جنوبي", "شرقي",
       "غربي",  "وسط",     "مدينة", "محافظة", "منطقة",  "بلدة",  "قرية",
       "عاصمة", "العاصمة", "داخل",  "خارج",   "أنحاء",  "مطار",  "ميناء",
       "حدود",  "ضواحي",   "محيط",  "أهالي",  "سكان",   "زار",   "زيارة",
       "يزور",  "وصل",     "يصل",   "غادر",   "مقاطعة", "ولاية", "إقليم"});
  return kWords.Contains(norm) || kWords.Contains(StripConjunction(norm));
}

}  // namespace

namespace {
const WordSet& ClubWords() {
  static const WordSet* words = new WordSet(
      {"النصر",   "الهلال",  "الاتحاد", "الشباب", "الأهلي",  "الوحدة",
       "التعاون", "الفتح",   "الرائد",  "النهضة", "الاتفاق", "الخليج",
       "الفيصلي", "العروبة", "النجمة",  "الوطني", "الشعلة",  "الفيحاء",
       "الحزم",   "الطائي",  "الرياض",  "الأمل",  "الجيل",   "الزمالك",
       "السلام",  "الشرطة",  "الجيش",   "الترجي", "الوداد",  "الرجاء"});
  return *words;
}
}  // namespace

void ReadClubWordsAsFamilyNames(AnnotatedText* text,
                                std::vector<EntityMention>* mentions) {
  const size_t n = std::min(text->mentions.size(), mentions->size());
  for (size_t i = 0; i < n; ++i) {
    Mention& m = text->mentions[i];
    if (m.type != EntityType::kOrganization ||
        m.end_token != m.first_token + 1 || m.first_token == 0) {
      continue;
    }
    const TextUnit& u = text->units[m.unit];
    const uint32_t g = m.first_token - 1;
    if (m.end_token >= u.size() ||
        u.tokens.tokens[g].kind != TokenKind::kArabicWord ||
        u.tokens.tokens[m.end_token].kind != TokenKind::kArabicWord ||
        !ClubWords().Contains(ner::NormalizeWord((*mentions)[i].text)) ||
        !IsRoleHead(u.Norm(m.end_token)) ||
        u.Norm(m.end_token).starts_with("ال")) {
      continue;  // (an office in construct: «نائب رئيس», not «الأمير»)
    }
    // A given name: a known one, or a plain indefinite word right after a
    // reporting verb («بين نزيه النصر نائب رئيس الخليج»).
    const std::string_view given = StripConjunction(u.Norm(g));
    const bool after_cue =
        g > 0 && u.tokens.tokens[g - 1].kind == TokenKind::kArabicWord &&
        ClassifyCue(u.Norm(g - 1)) == CueKind::kVerb;
    if (IsRoleHead(given) || IsRoleHead(u.Norm(g))) continue;
    if (!IsPersonNameToken(given) &&
        !(after_cue && !given.starts_with("ال") && Letters(given) >= 3 &&
          !IsStopword(given) && !IsRoleHead(given) && !IsHonorific(given) &&
          ClassifyCue(given) == CueKind::kNone)) {
      continue;
    }
    // The given name must be no part of another mention.
    if (i > 0 && text->mentions[i - 1].unit == m.unit &&
        text->mentions[i - 1].end_token > g) {
      continue;
    }
    const size_t skip = StripConjunction(u.Norm(g)) != u.Norm(g) ? 1 : 0;
    const Token& first = u.tokens.tokens[g];
    MoveBegin(u,
              static_cast<uint32_t>(first.span.begin +
                                    SkipLetters(first.span.Of(u.text), skip)),
              &m, &(*mentions)[i]);
    m.first_token = g;
    m.type = EntityType::kPerson;
    (*mentions)[i].type = "PER";
  }
}

void ReadQuotedBodiesAfterOffices(AnnotatedText* text,
                                  std::vector<EntityMention>* mentions) {
  const size_t n = std::min(text->mentions.size(), mentions->size());
  for (size_t i = 0; i + 1 < n; ++i) {
    Mention& m = text->mentions[i];
    Mention& next = text->mentions[i + 1];
    const TextUnit& u = text->units[m.unit];
    const auto& toks = u.tokens.tokens;
    // (The name may be set off by a comma: «زعيم حزب "يش عتيد"، يائير
    // لابيد».)
    const bool comma =
        next.first_token == m.end_token + 2 && m.end_token + 1 < u.size() &&
        (u.Norm(m.end_token + 1) == "،" || u.Norm(m.end_token + 1) == ",");
    if (m.type != EntityType::kPerson || m.first_token < 2 ||
        m.end_token >= u.size() || next.unit != m.unit ||
        (next.first_token != m.end_token + 1 && !comma) ||
        next.end_token > next.first_token + 3 ||
        (next.type != EntityType::kPerson && next.type != EntityType::kMisc) ||
        toks[m.first_token - 1].kind != TokenKind::kQuote ||
        toks[m.end_token].kind != TokenKind::kQuote ||
        toks[m.first_token - 2].kind != TokenKind::kArabicWord) {
      continue;
    }
    // (Or after a party's or a body's kind: «رئيس حزب «المعسكر الرسمي»
    // بيني جانتس», «رئيس جمعية «صرخة المودعين» علاء خورشيد».)
    static const WordSet kParties(
        {"حزب", "حركة", "تحالف", "ائتلاف", "قائمة", "كتلة", "تيار", "جمعية",
         "منظمة", "رابطة", "نقابة", "مؤسسة", "شركة", "مجموعة", "حملة", "هيئة"});
    const std::string_view before = StripConjunction(u.Norm(m.first_token - 2));
    // An office in construct with the body («رئيس»), not a title with an
    // epithet («الملك "الحازم" سلمان بن عبدالعزيز»).
    if ((!IsRoleHead(before) || before.starts_with("ال")) &&
        !kParties.Contains(before)) {
      continue;
    }
    m.type = EntityType::kOrganization;
    (*mentions)[i].type = "ORG";
    next.type = EntityType::kPerson;
    (*mentions)[i + 1].type = "PER";
  }
}

void DropClubWordsOutsideSport(AnnotatedText* text,
                               std::vector<EntityMention>* mentions) {
  const WordSet& kClubWords = ClubWords();
  // Words of sport only («فريق» is also a rank and a team of anything,
  // «هدف» a goal of any kind).
  static const WordSet kSport(
      {"مباراة",  "المباراة", "مباريات",  "الدوري", "دوري",    "لاعب",
       "اللاعب",  "لاعبي",    "اللاعبين", "مدرب",   "المدرب",  "نادي",
       "النادي",  "الملعب",   "ملعب",     "بطولة",  "البطولة", "كأس",
       "المنتخب", "منتخب",    "الاحتراف", "الكرة",  "كرة"});
  bool sport = false;
  for (const TextUnit& u : text->units) {
    for (uint32_t t = 0; t < u.size() && !sport; ++t) {
      if (u.tokens.tokens[t].kind != TokenKind::kArabicWord) continue;
      const std::string_view w = u.Norm(t);
      sport = kSport.Contains(w) || kSport.Contains(StripConjunction(w)) ||
              kSport.Contains(StripProclitics(w));
    }
    if (sport) return;
  }
  const size_t n = std::min(text->mentions.size(), mentions->size());
  std::vector<bool> drop(n, false);
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = text->mentions[i];
    drop[i] = m.type == EntityType::kOrganization &&
              m.end_token == m.first_token + 1 &&
              kClubWords.Contains(ner::NormalizeWord((*mentions)[i].text));
  }
  RemoveMentions(drop, text, mentions);
}

void DropGenericDescriptions(AnnotatedText* text,
                             std::vector<EntityMention>* mentions) {
  static const WordSet kHeads(
      {"المنظمة", "الوكالة", "الهيئة", "المؤسسة", "الشركة"});
  static const WordSet kGeneric({"الدولية", "العالمية", "الأممية"});
  static const WordSet kAffairs({"شؤون", "لشؤون", "شئون", "لشئون"});
  const size_t n = std::min(text->mentions.size(), mentions->size());
  std::vector<bool> drop(n, false);
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = text->mentions[i];
    // «مساعد وزير الخارجية لشؤون دول الجوار»: what follows «لشؤون» is
    // the domain of an office, never a person.
    if (m.type == EntityType::kPerson && m.first_token > 0 &&
        kAffairs.Contains(text->units[m.unit].Norm(m.first_token - 1))) {
      drop[i] = true;
      continue;
    }
    // «وكتب معتذراً», «قال ضاحكاً»: one word with the accusative
    // tanween is an adverb of manner; no name is written with it.
    if (m.type == EntityType::kPerson && m.end_token == m.first_token + 1) {
      const std::string_view t = (*mentions)[i].text;
      // (Not a given name in the accusative, «عليّاً».)
      const std::string norm = ner::NormalizeWord(t);
      const std::string_view bare =
          std::string_view(norm).ends_with("ا")
              ? std::string_view(norm).substr(0, norm.size() - 2)
              : std::string_view(norm);
      bool named_elsewhere = IsPersonNameToken(bare);
      for (size_t j = 0; j < n && !named_elsewhere; ++j) {
        if (j == i || text->mentions[j].type != EntityType::kPerson) continue;
        const std::string other = ner::NormalizeWord((*mentions)[j].text);
        for (std::string_view w : SplitAny(other, " ")) {
          named_elsewhere |= StripConjunction(w) == bare;
        }
      }
      if ((t.ends_with("\u064B") || t.ends_with("\u064Bا")) &&
          !named_elsewhere) {
        drop[i] = true;
        continue;
      }
    }
    if (m.type != EntityType::kOrganization) continue;
    const std::string norm = ner::NormalizeWord((*mentions)[i].text);
    const std::vector<std::string_view> w = SplitAny(norm, " ");
    if (w.size() != 2 || !kHeads.Contains(StripConjunction(w[0])) ||
        !kGeneric.Contains(w[1])) {
      continue;
    }
    const std::string_view bare = StripConjunction(w[0]).substr(4);
    // A longer name with the same head elsewhere: «منظمة التجارة
    // العالمية», «الوكالة الدولية للطاقة الذرية».
    for (size_t j = 0; j < n && !drop[i]; ++j) {
      if (j == i || text->mentions[j].type != EntityType::kOrganization) {
        continue;
      }
      const std::string other = ner::NormalizeWord((*mentions)[j].text);
      const std::vector<std::string_view> ow = SplitAny(other, " ");
      if (ow.size() < 3) continue;
      std::string_view first = StripConjunction(ow[0]);
      if (first.starts_with("ال")) first.remove_prefix(4);
      drop[i] = first == bare;
    }
  }
  RemoveMentions(drop, text, mentions);
}

void DropDescriptionsBeforeNames(AnnotatedText* text,
                                 std::vector<EntityMention>* mentions) {
  const size_t n = std::min(text->mentions.size(), mentions->size());
  // Last words of the people the article names in full: family names.
  absl::flat_hash_set<std::string> family;
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = text->mentions[i];
    if (m.type != EntityType::kPerson || m.end_token < m.first_token + 2) {
      continue;
    }
    family.insert(std::string(
        StripConjunction(text->units[m.unit].Norm(m.end_token - 1))));
  }
  std::vector<bool> drop(n, false);
  for (size_t i = 0; i + 1 < n; ++i) {
    const Mention& m = text->mentions[i];
    const Mention& next = text->mentions[i + 1];
    if (m.type != EntityType::kPerson || m.end_token != m.first_token + 1 ||
        next.unit != m.unit || next.type != EntityType::kPerson ||
        next.first_token != m.end_token ||
        next.end_token < next.first_token + 2) {
      continue;
    }
    const std::string_view w =
        StripConjunction(text->units[m.unit].Norm(m.first_token));
    if (!w.starts_with("ال") || IsPersonNameToken(w) ||
        family.contains(std::string(w))) {
      continue;
    }
    // Every other mention of the same word goes too.
    for (size_t j = 0; j < n; ++j) {
      const Mention& o = text->mentions[j];
      drop[j] =
          drop[j] ||
          (o.type == EntityType::kPerson && o.end_token == o.first_token + 1 &&
           StripConjunction(text->units[o.unit].Norm(o.first_token)) == w);
    }
  }
  RemoveMentions(drop, text, mentions);
}

void FindPlacesInContext(AnnotatedText* text,
                         std::vector<EntityMention>* mentions,
                         float confidence) {
  static const WordSet kKingdomNames(
      {"العربية", "المتحدة", "الأردنية", "المغربية", "الهاشمية", "السعودية",
       "البحرين", "الدنماركية", "الهولندية", "البلجيكية", "الإسبانية"});
  const std::string kingdom = ner::NormalizeWord("المملكة");
  std::vector<Mention> added;
  std::vector<EntityMention> added_info;
  for (uint32_t ui = 0; ui < text->units.size(); ++ui) {
    TextUnit& u = text->units[ui];
    if (u.kind == UnitKind::kSource || u.kind == UnitKind::kTags) continue;
    const auto& toks = u.tokens.tokens;
    std::vector<int> owner = CoverageOf(*text, ui).owner;
    auto word = [&](uint32_t t) {
      return t < u.size() && toks[t].kind == TokenKind::kArabicWord;
    };
    const int loc = static_cast<int>(EntityType::kLocation);
    for (uint32_t t = 0; t < u.size(); ++t) {
      if (owner[t] >= 0 || !word(t)) continue;
      const std::string_view tok = u.Norm(t);
      // The token as written, without «و»/«ف», and without a preposition
      // too («وبالموصل»); «للطائف» is ل + «الطائف» without its alif.
      struct Form {
        std::string text;
        size_t clitic_letters;
        bool preposition;
      };
      std::vector<Form> forms = {{std::string(tok), 0, false}};
      const std::string_view conj = StripConjunction(tok);
      const size_t conj_letters = conj.size() < tok.size() ? 1 : 0;
      if (conj_letters) forms.push_back({std::string(conj), 1, false});
      for (std::string_view base : {tok, conj}) {
        const size_t base_letters = base.size() < tok.size() ? 1 : 0;
        if (base.starts_with("لل") && Letters(base) >= 5) {
          forms.push_back(
              {absl::StrCat("ال", AV(base.substr(4))), base_letters + 1, true});
        } else if ((base.starts_with("ب") || base.starts_with("ل") ||
                    base.starts_with("ك")) &&
                   Letters(base) >= 4) {
          forms.push_back(
              {std::string(base.substr(2)), base_letters + 1, true});
        }
      }
      for (const Form& f : forms) {
        // The longest name over free words («حفر الباطن» before «حفر»),
        // grown a word at a time while it is still the start of a name.
        uint32_t end = 0;
        {
          const size_t max_len =
              std::min<size_t>(Places().max_words, u.size() - t);
          std::string name = f.text;
          for (size_t len = 1;; ++len) {
            if (IsPlaceName(name)) end = t + static_cast<uint32_t>(len);
            const uint32_t k = t + static_cast<uint32_t>(len);
            if (len == max_len || !word(k) || owner[k] >= 0 ||
                !Places().prefixes.contains(name)) {
              break;
            }
            absl::StrAppend(&name, " ", AV(u.Norm(k)));
          }
        }
        const bool is_kingdom =
            f.text == kingdom && f.clitic_letters <= 1 &&
            !(word(t + 1) && kKingdomNames.Contains(u.Norm(t + 1)));
        if (end == 0 && !is_kingdom) continue;
        if (is_kingdom) end = t + 1;
        // A name that goes on («الطائف الجديدة») is not this place; one
        // joined by «و» is another name («السعودية والأردن»).
        if (end < u.size() && owner[end] >= 0 &&
            !(word(end) &&
              StripConjunction(u.Norm(end)).size() < u.Norm(end).size())) {
          break;
        }
        const bool after_locative =
            t > 0 && word(t - 1) && IsLocativeWord(u.Norm(t - 1));
        const bool coordinated =
            conj_letters == 1 && t > 0 && owner[t - 1] == loc;
        const bool before_place =
            end < u.size() && word(end) && owner[end] == loc &&
            StripConjunction(u.Norm(end)).size() < u.Norm(end).size();
        // A country's name needs no context («إن السعودية تدعم …»), unless
        // it is also a common word or another place («دعم مالي», «صلاة
        // المغرب», «عمان» the city or the country).
        static const WordSet kAmbiguousCountries(
            {"مالي", "عمان", "المغرب", "تشاد", "جورجيا", "الكونغو", "غينيا"});
        std::string whole = f.text;
        for (uint32_t k = t + 1; k < end; ++k) {
          absl::StrAppend(&whole, " ", AV(u.Norm(k)));
        }
        // After a definite noun it is an adjective: «الشركة السعودية».
        const bool after_definite =
            t > 0 && word(t - 1) &&
            StripProclitics(u.Norm(t - 1)).size() < u.Norm(t - 1).size() &&
            (u.Norm(t - 1).find("ال") != std::string_view::npos);
        const bool country = FindCountryByName(whole) != nullptr &&
                             !kAmbiguousCountries.Contains(whole) &&
                             !after_definite && f.clitic_letters == 0;
        if (!is_kingdom && !f.preposition && !after_locative && !coordinated &&
            !before_place && !country) {
          break;
        }
        // «للطائف» keeps the article's lam: «لطائف» (as annotators and
        // the linker read it).
        AddFound(u, ui, t, end, f.clitic_letters, EntityType::kLocation,
                 confidence, &owner, &added, &added_info);
        t = end - 1;
        break;
      }
    }
  }
  InsertMentions(text, mentions, &added, &added_info);
}

}  // namespace marsad::nlp
