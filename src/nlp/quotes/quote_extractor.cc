#include "nlp/quotes/quote_extractor.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "nlp/entities/entity_linker.h"
#include "nlp/entities/known_aliases.h"
#include "nlp/entities/mention_propagation.h"
#include "nlp/entities/name_match.h"
#include "nlp/entities/nationality.h"
#include "nlp/entities/roles.h"
#include "nlp/lexicon.h"
#include "nlp/ner/text_ops.h"
#include "nlp/quotes/cues.h"

namespace marsad::nlp {
namespace {

// The spelling matcher for names («بيدرسون» / «بيدرسن», «قاساما» /
// «غاساما»), built once.
const NameMatcher& Spellings() {
  static const NameMatcher* const matcher = new NameMatcher();
  return *matcher;
}

// A span of tokens inside quotation marks: [open + 1, close).
struct Region {
  uint32_t open, close;  // close == unit size when unclosed
};

// Pairs the quotation marks of a unit. « » and “ ” pair as written or
// reversed (the `:»…«` of some outlets); " toggles; an unclosed mark runs to
// the end of the unit. ' ‘ ’ are apostrophes in names, not quotes.
std::vector<Region> PairQuotes(const TextUnit& u) {
  std::vector<Region> out;
  const auto& toks = u.tokens.tokens;
  constexpr uint32_t kNone = UINT32_MAX;
  uint32_t open = kNone;  // the opening mark's token
  std::string_view closer;
  uint32_t nested = 0;  // straight quotations open inside a straight one
  auto glued_before = [&](uint32_t t) {
    return t > 0 && toks[t - 1].span.end == toks[t].span.begin &&
           toks[t - 1].kind != TokenKind::kPunctuation &&
           toks[t - 1].kind != TokenKind::kQuote;
  };
  auto glued_after = [&](uint32_t t) {
    return t + 1 < toks.size() && toks[t + 1].span.begin == toks[t].span.end &&
           toks[t + 1].kind != TokenKind::kPunctuation &&
           toks[t + 1].kind != TokenKind::kQuote;
  };
  // «الترحيب ب"أليكس شيفر"»: a mark glued only to a proclitic letter
  // before it opens as a mark with a space before does.
  auto proclitic_before = [&](uint32_t t) {
    if (!glued_before(t) || toks[t - 1].kind != TokenKind::kArabicWord) {
      return false;
    }
    if (t > 1 && toks[t - 2].span.end == toks[t - 1].span.begin) return false;
    static const WordSet kProclitics(
        {"ب", "ل", "ك", "و", "ف", "وب", "ول", "فب", "فل", "وك"});
    return kProclitics.Contains(u.Norm(t - 1));
  };
  auto straight_after = [&](uint32_t t) {
    int n = 0;
    for (uint32_t k = t + 1; k < toks.size() && n < 2; ++k) {
      n += toks[k].kind == TokenKind::kQuote && toks[k].span.Of(u.text) == "\"";
    }
    return n;
  };
  for (uint32_t t = 0; t < toks.size(); ++t) {
    if (toks[t].kind != TokenKind::kQuote) continue;
    std::string_view q = toks[t].span.Of(u.text);
    if (q == "'" || q == "‘" || q == "’") continue;
    // «وأضاف: "ستقدم … محاضرة بعنوان "الأسر المنتجة"؛ للتعريف …"»: a
    // straight mark that opens (space before, word after) inside a straight
    // quotation, with two marks still to come, opens a title inside it;
    // the next mark that closes (glued to its word) closes the title.
    if (open != kNone && closer == "\"" && q == "\"") {
      if (nested > 0 && glued_before(t)) {
        --nested;
        continue;
      }
      // Only a name («بعنوان», «برنامج», «باسم» …) in the opener's own
      // sentence: elsewhere the first quotation was never closed.
      static const WordSet kNamed({"بعنوان", "عنوان", "باسم", "اسم", "شعار",
                                   "وسم", "هاشتاق", "برنامج", "مبادرة", "حملة",
                                   "فريق", "مشروع", "كتاب", "فيلم", "مسلسل"});
      if (t > open + 1 && glued_after(t) && !glued_before(t) &&
          toks[t - 1].kind == TokenKind::kArabicWord &&
          kNamed.Contains(StripConjunction(u.Norm(t - 1))) &&
          u.SentenceOf(open).end_token > t && straight_after(t) >= 2) {
        ++nested;
        continue;
      }
      // «"… ولن تكون هذه "BBC" التي عرفتها الجماهير …"»: a short name
      // quoted inside the quotation (opens here, closes within four words,
      // a word follows the close), with the outer close still to come.
      if (t > open + 1 && glued_after(t) &&
          (!glued_before(t) || proclitic_before(t)) &&
          u.SentenceOf(open).end_token > t && straight_after(t) >= 2) {
        uint32_t k = t + 1;
        while (k < toks.size() && k <= t + 5 &&
               !(toks[k].kind == TokenKind::kQuote &&
                 toks[k].span.Of(u.text) == "\"")) {
          ++k;
        }
        if (k < toks.size() && k <= t + 5 && glued_before(k) &&
            k + 1 < toks.size() && toks[k + 1].kind != TokenKind::kQuote &&
            toks[k + 1].kind != TokenKind::kPunctuation &&
            u.SentenceOf(open).end_token > k + 1) {
          ++nested;
          continue;
        }
      }
    }
    // «وأضاف: "تم رصد 250 عاملاً … المنع .  وأكد المدير … بمادته "236"»:
    // a straight mark that opens (space before, word after), sentences
    // after an opening straight mark, means the first was never closed:
    // it ends with its sentence, the second opens.
    if (open != kNone && closer == "\"" && q == "\"" && !glued_before(t) &&
        glued_after(t) && u.SentenceOf(open).end_token <= t) {
      uint32_t close = u.SentenceOf(open).end_token;
      while (close > open + 1 &&
             toks[close - 1].kind == TokenKind::kPunctuation) {
        --close;
      }
      out.push_back({open, close});
      open = t;
      nested = 0;
      continue;
    }
    if (open != kNone) {
      // Outlets mix the curly marks («”…”», «“…“») and reverse the
      // guillemets («»…«»): a curly opener closes at either curly mark, a
      // reversed guillemet at either guillemet.
      const bool curly = closer == "”" || closer == "“";
      const bool reversed = closer == "«";
      if (q == closer || (closer == "\"" && (q == "”" || q == "“")) ||
          (curly && (q == "”" || q == "“")) || (reversed && q == "»")) {
        out.push_back({open, t});
        open = kNone;
        nested = 0;
        continue;
      }
      // A second «, sentences after the first, means the first was never
      // closed («: «منذ الثلاثاء … الحرارة. من جانبه أوضح … لـ «المدينة»»):
      // the first ends with its sentence, the second opens.
      if (q == "«" && closer == "»") {
        const uint32_t end_of_first = u.SentenceOf(open).end_token;
        if (end_of_first <= t) {
          uint32_t close = end_of_first;
          while (close > open + 1 &&
                 toks[close - 1].kind == TokenKind::kPunctuation) {
            --close;
          }
          out.push_back({open, close});
          open = t;
        }
      }
      continue;
    }
    // A straight " glued to the word before it and not to the word after
    // closes a quotation the writer never opened («… مع موبايلي".  وأضاف
    // "الدباغ" أنه …»): opening a region there would swallow what follows.
    // So does a lone » or ” («… الارهابيون للتجنيد». الا ان …»), which
    // opens the reversed form only before its words («:»نحن …«»).
    if ((q == "\"" || q == "»" || q == "”") && t > 0 &&
        toks[t - 1].span.end == toks[t].span.begin &&
        toks[t - 1].kind != TokenKind::kPunctuation &&
        (t + 1 == toks.size() || toks[t + 1].span.begin > toks[t].span.end ||
         toks[t + 1].kind == TokenKind::kPunctuation)) {
      continue;
    }
    open = t;
    closer = q == "«"   ? "»"
             : q == "»" ? "«"
             : q == "“" ? "”"
             : q == "”" ? "“"
                        : "\"";
  }
  if (open != kNone) {
    // A quotation never closed runs to the end of the unit, unless a later
    // sentence opens with a new speaker's cue («… الحرارة. من جانبه أوضح
    // مدير المطار …», «… . وقال …»): it ends before that sentence.
    uint32_t close = static_cast<uint32_t>(toks.size());
    static const WordSet kOpeners({"جانبه", "جانبها", "جهته", "جهتها", "بدوره",
                                   "بدورها", "ناحيته", "ناحيتها"});
    for (const Sentence& s : u.sentences) {
      if (s.first_token <= open + 1) continue;
      bool opens = false;
      for (uint32_t k = s.first_token; k < s.end_token && k < s.first_token + 3;
           ++k) {
        if (toks[k].kind != TokenKind::kArabicWord) continue;
        const std::string_view w = u.Norm(k);
        const bool conj_cue = k == s.first_token &&
                              StripConjunction(w).size() < w.size() &&
                              ClassifyCue(w) == CueKind::kVerb;
        if (kOpeners.Contains(StripConjunction(w)) || conj_cue) opens = true;
      }
      if (!opens) continue;
      close = s.first_token;
      while (close > open + 1 &&
             toks[close - 1].kind == TokenKind::kPunctuation) {
        --close;
      }
      break;
    }
    out.push_back({open, close});
  }
  return out;
}

struct Speaker {
  int32_t entity = -1;
  std::string text;
  // «نقلت وكالة رويترز عن مصدر مطلع قوله»: the outlet that relays it.
  int32_t reporter = -1;
  // «وأضاف الشبول، نقلا عن الخصاونة، …»: the reporter is the subject, and
  // a following «وتابع» is his.
  bool reporter_goes_on = false;
  // «ونقلت غنيمات عن رئيس الوزراء … تأكيده»: the relaying verb is
  // feminine and the reporter its subject, so she is a woman.
  bool reporter_feminine = false;
  // «ونقل ناظم عن الكاظمي قوله …»: a man relays a man's words; a bare
  // «وتابع» in a later sentence goes on with the relayer, while a
  // participle in the same sentence («…»، داعيا …») is still the relayed.
  bool reporter_masculine = false;
  // «وعلمت "سبق" أن …»: no one named speaks; the outlet relays.
  bool learned = false;
  bool known() const { return entity >= 0 || !text.empty() || learned; }
};

// «وأضافت», «وتابعت», «ونقلت»: a past verb of the third person feminine.
// Masculine verbs whose root ends in ت («لفت», «ثبت») are not.
bool IsFeminineVerb(std::string_view norm) {
  const std::string_view w = StripConjunction(norm);
  static const WordSet kMasculine(
      {"لفت", "ثبت", "بت", "نعت", "صمت", "سكت", "التفت", "أفلت", "كبت", "بحث"});
  return w.ends_with("ت") && Letters(w) >= 4 && !kMasculine.Contains(w);
}

// «إطلاق», «تسجيل», «الانسحاب», «التعاقد», «استئناف»: the shapes of the
// derived verbal nouns (إفعال, تفعيل, افتعال, انفعال, استفعال, تفاعل), with
// or without the article, that can be what was announced. Nisba adjectives
// («المدني», «الوطنية») and plurals do not end so. On search-normalised
// words (hamza forms folded to ا).
bool HasVerbalNounShape(std::string_view norm) {
  std::u32string w;
  for (size_t i = 0; i < norm.size();) w.push_back(utf8::Decode(norm, &i));
  const bool definite = w.size() > 2 && w[0] == U'ا' && w[1] == U'ل';
  if (definite) w.erase(0, 2);
  const size_t n = w.size();
  // تفعّل with the article («التوصل», «التحقق»); bare, it reads as a verb.
  if (definite && n == 4 && w[0] == U'ت' && w[3] != U'ي' && w[3] != U'ة') {
    return true;
  }
  if (n < 5 || n > 7) return false;
  const char32_t last = w[n - 1];
  if (last == U'ي' || last == U'ة' || last == U'ه' || last == U'ن') {
    return false;  // adjectives, feminine and plural forms, pronouns
  }
  if (w[0] == U'ت') {
    // تفعيل: ت C C ي C; تفاعل: ت C ا C C.
    return n == 5 && (w[3] == U'ي' || w[2] == U'ا');
  }
  if (w[0] != U'ا') return false;
  if (n == 5) return w[3] == U'ا';  // إفعال: ا C C ا C
  // افتعال / انفعال: ا C C C ا C; استفعال: ا س ت C C ا C.
  if (n == 6) return w[4] == U'ا' && (w[2] == U'ت' || w[1] == U'ن');
  return w[1] == U'س' && w[2] == U'ت' && w[5] == U'ا';
}

// «أظهرت دراسة أن …», «وتظهر البيانات أن …»: what a study or the figures
// show.
bool IsFindingCue(std::string_view norm) {
  static const WordSet kFindings({"أظهر", "أظهرت", "تظهر"});
  return kFindings.Contains(StripConjunction(norm));
}

// «أعلن», «تعلن» …: the verbs of announcing.
// «الصادر عن», «صادرة عن»: "issued by".
bool IsIssued(std::string_view norm) {
  static const WordSet kIssued({"الصادر", "الصادرة", "صادر", "صادرة"});
  return kIssued.Contains(norm);
}

bool IsAnnouncingVerb(std::string_view norm) {
  static const WordSet kAnnounce({"أعلن", "أعلنت", "يعلن", "تعلن"});
  return kAnnounce.Contains(StripConjunction(norm));
}

// «وأضاف باللهجة الجزائرية: …», «قال بالفرنسية …», «بلهجة مغربية»: the
// language or dialect the words were said in, an adjunct of manner after
// the cue, never part of who said them.
bool IsLanguageOfSpeech(std::string_view norm) {
  static const WordSet kLanguage(
      {"بلهجة",      "باللهجة",    "بلغة",        "باللغة",      "بالعربية",
       "بالفصحى",    "بالعامية",   "بالإنجليزية", "بالإنكليزية", "بالفرنسية",
       "بالعبرية",   "بالتركية",   "بالفارسية",   "بالروسية",    "بالكردية",
       "بالإسبانية", "بالألمانية", "بالإيطالية",  "بالصينية",    "بالأمازيغية",
       "بالدارجة"});
  const std::string_view w = StripConjunction(norm);
  // «بلهجته المعتادة», «بلغتها»: with a pronoun.
  return kLanguage.Contains(w) || w.starts_with("بلهجت") ||
         w.starts_with("بلغته");
}

// «كان», «كانت», «كانوا» (a «و» or «ف» before them stripped).
bool IsWas(std::string_view norm) {
  static const WordSet kWas({"كان", "كانت", "كانوا"});
  return kWas.Contains(StripConjunction(norm));
}

class UnitQuotes {
 public:
  UnitQuotes(const AnnotatedText& text, uint32_t unit_index,
             const std::vector<DateRef>& dates, Article* article,
             const QuoteOptions& options, Speaker* last_speaker,
             bool* previous_unit_quoted, Speaker* colon_speaker,
             Speaker* interviewee)
      : text_(text),
        u_(text.units[unit_index]),
        unit_(unit_index),
        dates_(dates),
        a_(article),
        options_(options),
        last_(last_speaker),
        previous_quoted_(previous_unit_quoted),
        colon_speaker_(colon_speaker),
        interviewee_(interviewee) {
    regions_ = PairQuotes(u_);
    consumed_.assign(u_.size(), false);
    for (size_t m = 0; m < text_.mentions.size(); ++m) {
      if (text_.mentions[m].unit != unit_) continue;
      mentions_.push_back(m);
      // «وقال فان جال»: the particle that opens a person's name is no
      // «فإن»; «القيادي في حماس عزت الرشق»: a given name that is also a
      // reporting verb («عزت», "she attributed") is no cue.
      const Mention& mm = text_.mentions[m];
      if (mm.type != EntityType::kPerson || mm.end_token < mm.first_token + 2) {
        continue;
      }
      for (uint32_t t = mm.first_token; t < mm.end_token; ++t) {
        const std::string_view w = u_.Norm(t);
        if ((t == mm.first_token && w == "فان") ||
            (ClassifyCue(w) != CueKind::kNone && IsPersonNameToken(w))) {
          name_words_.emplace_back(t, absl::StrCat("ـ", AV(w)));
        }
      }
    }
    for (uint32_t t = 0; t < u_.size(); ++t) {
      if (IsVerbalNounInChain(t)) {
        name_words_.emplace_back(t, absl::StrCat("ـ", AV(u_.Norm(t))));
      }
    }
  }

  void Run() {
    // A linked headline («اقرأ أيضا: جورجيفا: الاقتصاد العالمي مقبل على
    // شتاء صعب») speaks only as a headline does, outside the article's
    // chain of speakers.
    if (u_.kind == UnitKind::kLink) {
      const Speaker saved = *last_;
      HeadlineQuote();
      *last_ = saved;
      return;
    }
    const size_t before = a_->quotes.size();
    // «وقال سانشيز في المؤتمر الصحفي: ¶ «نحن نعمل …»»: the paragraph
    // before ended with a cue and a colon; this one opens with the words.
    const Speaker pending = *colon_speaker_;
    *colon_speaker_ = Speaker();
    if (pending.known() && !regions_.empty() && regions_[0].open == 0 &&
        regions_[0].close > 1) {
      Add(Quote::Kind::kDirect, 1, regions_[0].close, 0, 0, pending, -1, -1);
    }
    // «ومصدر عسكري: لا تفاوض …», «وبايتاس: الدولة تعبئ …»: a sub-headline
    // with a person or an unnamed source before its colon speaks like an
    // answer (not «كتب: …», «تصوير: …», «آخر تحديث: …»).
    if (u_.kind == UnitKind::kParagraph || u_.kind == UnitKind::kSubheading) {
      InterviewAnswer();
    }
    for (const Sentence& s : u_.sentences) {
      StanceSubject(s);
      for (uint32_t t = s.first_token; t < s.end_token; ++t) {
        if (consumed_[t] || InRegion(t) ||
            u_.tokens.tokens[t].kind != TokenKind::kArabicWord) {
          continue;
        }
        switch (ClassifyCue(Norm(t))) {
          case CueKind::kVerb:
          case CueKind::kParticiple:
            if (CitesScripture(t)) {
              narration_ = true;
              break;
            }
            if (narration_ && BareSay(t)) break;
            if (!IsPrayer(t, s) && !IsBetween(t) && !NamesAName(t) &&
                !IsAdjective(t) && !AgreesWithNoun(t) && !IsCircumstantial(t) &&
                !CameAlone(t) && !RelaysTheDocument(t) && !IsConsidered(t) &&
                !IsWorthMentioning(t)) {
              FromVerb(t, s);
            }
            break;
          case CueKind::kAttribution:
            FromAttribution(t, s);
            break;
          case CueKind::kNone:
            // «… في إشارة منه إلى أن …»: the writer's gloss reports the
            // speaker's next statement.
            if (SendsMessage(t) || IsGloss(t, s) || Replies(t)) {
              FromVerb(t, s);
            }
            break;
        }
      }
      if (after_relative_) {
        if (last_->entity == relative_speaker_.entity &&
            last_->text == relative_speaker_.text) {
          *last_ = *after_relative_;
        }
        after_relative_.reset();
      }
    }
    if (u_.kind == UnitKind::kTitle) HeadlineQuote();
    FollowingQuotations(before);
    ContinuationQuote(before);
    RunOnWithAlso(before);
    *previous_quoted_ = a_->quotes.size() > before;
  }

 private:
  // «في تصريحات نقلتها وسائل إعلام غامبية»، «في بيان نقلته واس»: the verb
  // of a relative clause on the statement says who carried it; the
  // statement's speaker is the subject of the main verb.
  bool RelaysTheDocument(uint32_t t) const {
    static const WordSet kCarried({"نقلته", "نقلتها", "نشرته", "نشرتها", "بثته",
                                   "بثتها", "أوردته", "أوردتها"});
    static const WordSet kStatements(
        {"بيان", "تصريح", "تصريحات", "مقابلة", "حديث", "كلمة", "رسالة",
         "تغريدة", "منشور", "تقرير", "مقطع", "فيديو", "خطاب"});
    if (!kCarried.Contains(Norm(t))) return false;
    // «في كلمة بمناسبة إقرار الميزانية نقلتها وكالة الأنباء»: up to six
    // words back, within the phrase (no comma between).
    for (uint32_t k = t; k > 0 && k + 6 > t; --k) {
      if (!IsWord(k - 1)) break;
      if (IsWord(k - 1) &&
          (kStatements.Contains(Norm(k - 1)) ||
           kStatements.Contains(StripProclitics(Norm(k - 1))))) {
        return true;
      }
    }
    return false;
  }

  // A bare «أن/إن/بأن» within a few words after `t`, with no comma, cue or
  // quotation between: its token (`t` opens an adjunct before the content),
  // or 0.
  // «في تصريحات …», «على هامش …», «خلال …»: a preposition that opens
  // where or when something was said.
  // Token `t` is «على» / «بأن» / «صلى»: literals with «ى» or «أ» must be
  // search-normalised before they are compared with Norm().
  bool NormIs(uint32_t t, std::string_view word) const {
    static const std::string* kForms =
        new std::string[3]{ner::NormalizeWord("على"), ner::NormalizeWord("بأن"),
                           ner::NormalizeWord("صلى")};
    if (t >= u_.size()) return false;
    for (int i = 0; i < 3; ++i) {
      static constexpr std::string_view kWords[3] = {"على", "بأن", "صلى"};
      if (word == kWords[i]) return Norm(t) == kForms[i];
    }
    return Norm(t) == ner::NormalizeWord(word);
  }
  bool OpensAdjunct(uint32_t t) const {
    static const WordSet kAdjunct({"في", "خلال", "أثناء", "عبر", "لدى"});
    if (kAdjunct.Contains(Norm(t))) return true;
    return NormIs(t, "على") && IsWord(t + 1) && Norm(t + 1) == "هامش";
  }
  uint32_t ComplementizerAhead(uint32_t t, uint32_t limit) const {
    if (IsComplementizer(Norm(t))) return 0;
    for (uint32_t k = t + 1; k < limit && k <= t + 14; ++k) {
      if (RegionOpeningAt(k) != nullptr) {
        const Region* r = RegionOpeningAt(k);
        if (r->close - r->open - 1 > 3) return 0;
        k = r->close;  // a quoted name («لقناة «العربية»»)
        continue;
      }
      if (!IsWord(k)) return 0;
      const std::string_view w = Norm(k);
      if (IsComplementizer(w)) {
        return w == StripConjunction(w) && !IsTemporalConjunction(Norm(k - 1))
                   ? k
                   : 0;
      }
      if (ClassifyCue(w) != CueKind::kNone) return 0;
    }
    return 0;
  }

  // «ورد عليه النائب … بأن "…"»: «ورد» (also "it came") replies with a
  // pronoun after it or a «بأن» close by.
  bool Replies(uint32_t t) const {
    static const WordSet kReply({"ورد", "فرد", "وردّ", "فردّ"});
    if (!IsWord(t) || !kReply.Contains(Norm(t))) return false;
    static const WordSet kOn({"عليه", "عليها", "عليهم", "عليهما"});
    if (IsWord(t + 1) && kOn.Contains(Norm(t + 1))) return true;
    // («وردّ رئيس «التيار الوطني الحر» النائب جبران باسيل بأن …»: a
    // quoted body's name on the way.)
    for (uint32_t k = t + 1; k < u_.size() && k <= t + 10; ++k) {
      if (u_.tokens.tokens[k].kind == TokenKind::kQuote) continue;
      if (!IsWord(k)) return false;
      if (NormIs(k, "بأن") || Norm(k) == "بالقول" || Norm(k) == "قائلا") {
        return true;
      }
    }
    return false;
  }

  // «ووجه الأمير … رسالة للجمهور بأن …»: «وجه» reports speech only with a
  // message («غيرت وجه الشرق الأوسط» is a face).
  bool SendsMessage(uint32_t t) const {
    static const WordSet kSend({"وجه", "وجهت", "يوجه", "توجه"});
    if (!kSend.Contains(StripConjunction(Norm(t)))) return false;
    static const WordSet kMessage({"رسالة", "رسالته", "رسالتها", "كلمة",
                                   "كلمته", "نداء", "نداءه", "دعوة", "تحذيرا",
                                   "خطابا", "خطابه"});
    for (uint32_t k = t + 1; k < u_.size() && k <= t + 6; ++k) {
      if (!IsWord(k)) return false;
      if (kMessage.Contains(Norm(k))) return true;
    }
    return false;
  }

  // «وأكدت مصادر مؤكدة لـ"الرياضي" أن …»: a participle right after the
  // noun a cue verb has just named is its adjective ("confirmed sources").
  bool IsAdjective(uint32_t t) const {
    if (ClassifyCue(Norm(t)) != CueKind::kParticiple || t < 2 ||
        !IsWord(t - 1) || IsBreakWord(Norm(t - 1))) {
      return false;
    }
    for (uint32_t k = t - 2; k + 3 >= t && k < t; --k) {
      if (IsWord(k) && ClassifyCue(Norm(k)) == CueKind::kVerb) return true;
      if (k == 0) break;
    }
    return false;
  }

  // «جدير ذكره أن …», «ومن الجدير ذكره أن …»: the writer's "it is worth
  // mentioning", not a statement of anyone's.
  bool IsWorthMentioning(uint32_t t) const {
    static const WordSet kWorthy({"جدير", "الجدير"});
    return t > 0 && IsWord(t - 1) &&
           kWorthy.Contains(StripConjunction(Norm(t - 1)));
  }

  // «… من نتائج متوقعة سيكون …», «… أرقام مؤكدة لدى …»: a feminine
  // participle right after an indefinite noun, with neither «أن» nor a
  // content preposition after it, is the noun's adjective.
  bool AgreesWithNoun(uint32_t t) const {
    if (ClassifyCue(Norm(t)) == CueKind::kNone || !Norm(t).starts_with("م") ||
        !(Norm(t).ends_with("ة") || Norm(t).ends_with("ه")) || t == 0 ||
        !IsWord(t - 1) || !IsWord(t + 1)) {
      return false;
    }
    // (Not after a name: «… التي ترددها ايران معتبرة إياها …».)
    for (size_t m : mentions_) {
      if (text_.mentions[m].end_token == t) return false;
    }
    const std::string_view noun = Norm(t - 1);
    // (A noun with a pronoun is definite: «… ويسفك دماءهم محذرة في الوقت
    // ذاته …» is the speaker warning.)
    return !noun.starts_with("ال") && !noun.ends_with("ة") &&
           !noun.ends_with("ه") && !noun.ends_with("هم") &&
           !noun.ends_with("ها") && !noun.ends_with("نا") &&
           !noun.ends_with("كم") && Letters(noun) >= 4 &&
           ClassifyCue(noun) == CueKind::kNone &&
           !IsComplementizer(Norm(t + 1)) &&
           !IsContentPreposition(Norm(t + 1)) && !IsDetachedB(t + 1);
  }
  // «… فوق ٩٤.٥٠ الذي يعتبر مستوى دعم جيد»: "which is considered", no
  // one speaking.
  bool IsConsidered(uint32_t t) const {
    static const WordSet kConsidered({"يعتبر", "تعتبر", "يعد", "تعد"});
    static const WordSet kWhich(
        {"الذي", "التي", "والذي", "والتي", "ما", "مما", "وهو", "وهي"});
    return kConsidered.Contains(StripConjunction(Norm(t))) && t > 0 &&
           IsWord(t - 1) && kWhich.Contains(Norm(t - 1));
  }
  // «رافضا ذكر اسمه», «دون أن يذكر اسمه»: mentioning a name, not speech.
  bool NamesAName(uint32_t t) const {
    // «طلب عدم كشف هويته», «عدم ذكر اسمه»: a verbal noun under «عدم».
    static const WordSet kNot({"عدم"});
    if (t > 0 && IsWord(t - 1) &&
        kNot.Contains(StripConjunction(Norm(t - 1)))) {
      return true;
    }
    static const WordSet kMention({"ذكر", "يذكر", "تذكر"});
    return kMention.Contains(StripConjunction(Norm(t))) && IsWord(t + 1) &&
           StripConjunction(Norm(t + 1)).starts_with("اسم");
  }

  // «أغلبية بين سكانها»: «بين» after a noun is "between", not «بيّن»
  // ("made clear"), which opens its clause («وبين أن …», «، بين …»).
  // «قال أحد الناجين وهو يشير إلى ركام منزله: …»: «وهو» + an imperfect
  // describes the speaker while he speaks; it reports nothing.
  // «المركز الإقليمي للتدريب ونقل التكنولوجيا»: a cue spelled like its
  // verbal noun, after «لل…/بال…» and before a definite noun, is that
  // noun in the chain of a name ("and the transfer of").
  bool IsVerbalNounInChain(uint32_t t) const {
    static const WordSet kMasdars(
        {"ونقل", "وذكر", "وشرح", "ووصف", "وعرض", "وطلب", "ورد", "ونشر"});
    if (t == 0 || !kMasdars.Contains(Norm(t)) || !IsWord(t - 1) ||
        !IsWord(t + 1)) {
      return false;
    }
    const std::string_view before = Norm(t - 1);
    // (Also when the tagger took the whole name as one mention.)
    return (before.starts_with("لل") || before.starts_with("بال")) &&
           Norm(t + 1).starts_with("ال") &&
           (!InMention(t + 1) || InsideOneMention(t));
  }

  bool IsCircumstantial(uint32_t t) const {
    static const WordSet kWhileHe({"وهو", "وهي", "وهم", "وهما"});
    return t > 0 && IsWord(t - 1) && kWhileHe.Contains(Norm(t - 1)) &&
           LooksLikeImperfectVerb(Norm(t)) && !IsComplementizer(Norm(t + 1)) &&
           (t + 1 >= u_.size() || Norm(t + 1) != ":");
  }
  // «جاء» reports only what came «في» a text («وجاء في البيان أن …»,
  // «بيانا جاء فيه أن …») or «على لسان» someone; otherwise it is "came"
  // («جاء القرار بعد …»).
  bool CameAlone(uint32_t t) const {
    static const WordSet kIn({"في", "فيه", "فيها", "على"});
    return StripConjunction(Norm(t)) == "جاء" &&
           !(IsWord(t + 1) && kIn.Contains(Norm(t + 1)));
  }
  bool IsBetween(uint32_t t) const {
    // («داخل "فلب فلاب فن" بين أحد الزائرين …»: a name in quotation
    // marks before it is a noun too.)
    const bool after_quoted =
        t >= 2 && u_.tokens.tokens[t - 1].kind == TokenKind::kQuote &&
        IsWord(t - 2);
    if (Norm(t) != "بين" || t == 0 || (!IsWord(t - 1) && !after_quoted) ||
        OpensClause(t)) {
      return false;
    }
    // «وفي السياق نفسه بين المهندس السيد أنه سيتم …»: a person (a title,
    // an office or a name) and its «أن» within a few words, with no second
    // party joined by «و» («بين الرياض وواشنطن»), make it the verb «بيّن»
    // (not «بين أفراد يعتقد أنهم …», «بين كشافي العالم خاصة أن …»).
    if (!IsWord(t + 1) ||
        !(IsRoleHead(Norm(t + 1)) || IsHonorific(Norm(t + 1)) ||
          NameStartsAt(t + 1, "PER") || NameStartsAt(t + 1, "ORG"))) {
      return true;
    }
    for (uint32_t k = t + 1; k < u_.size() && k <= t + 5 && IsWord(k); ++k) {
      if (k > t + 1 && IsComplementizer(Norm(k))) return false;
      if (Norm(k) != StripConjunction(Norm(k))) break;
    }
    return true;
  }

  // «صلى الله عليه وسلم», «عليه الصلاة والسلام», «عليه السلام», «عليه
  // صلوات ربي»: the blessing that follows the Prophet's (or a prophet's)
  // name.
  bool BlessingAt(uint32_t k) const {
    return IsWord(k) && IsWord(k + 1) &&
           ((Norm(k) == "عليه" &&
             (Norm(k + 1) == "السلام" || Norm(k + 1) == "الصلاة" ||
              Norm(k + 1) == "صلوات")) ||
            (NormIs(k, "صلى") && Norm(k + 1) == "الله"));
  }
  // «قال النبي صلى الله عليه وسلم: …», «قال له النبي …», «قال رسول الله
  // (صلى الله عليه وسلم): …», «وأكد حبيبنا محمد عليه صلوات ربي …», «كما
  // قال عز من قائل في سورة لقمان: { … }»: the subject of the cue is the
  // Prophet or God, so the words are scripture or hadith cited, not a
  // statement in the news (the annotators' convention, parts H and K).
  bool CitesScripture(uint32_t cue) const {
    static const WordSet kSay({"قال", "يقول", "فقال"});
    const std::string_view c = StripConjunction(Norm(cue));
    if (kSay.Contains(c) && IsWord(cue + 1) && IsWord(cue + 2)) {
      static const WordSet kGlory({"عز", "جل"});
      static const WordSet kGloryNext({"وجل", "من", "وعلا", "شانه", "جلاله"});
      if (kGlory.Contains(Norm(cue + 1)) &&
          kGloryNext.Contains(Norm(cue + 2))) {
        return true;
      }
    }
    // «سأل فيه عبدالله بن مسعود النبي صلى الله عليه وسلم قائلا: …»: the
    // dialogue of a hadith, the blessing right before the participle.
    static const WordSet kSaying({"قائلا", "قائلة"});
    if (kSaying.Contains(c) && cue >= 4 &&
        (BlessingAt(cue - 4) || BlessingAt(cue - 2))) {
      return true;
    }
    static const WordSet kProphet({"النبي", "الرسول", "المصطفى"});
    uint32_t k = cue + 1;
    if (IsWord(k) && (Norm(k) == "له" || Norm(k) == "لهم")) ++k;
    if (IsWord(k) &&
        (kProphet.Contains(Norm(k)) ||
         (Norm(k) == "رسول" && IsWord(k + 1) && Norm(k + 1) == "الله"))) {
      return true;
    }
    // The blessing within the subject, before any «أن», colon or quotation.
    for (k = cue + 1; k < u_.size() && k <= cue + 5; ++k) {
      if (IsWord(k) ? IsComplementizer(Norm(k))
                    : (Norm(k) == ":" || RegionOpeningAt(k) != nullptr)) {
        break;
      }
      if (BlessingAt(k)) return true;
    }
    return false;
  }
  // «قال: نعم كلاهما», «فقال: ألا وقول الزور …»: in a hadith's narration
  // the bare «قال» with no subject goes on with its dialogue.
  bool BareSay(uint32_t cue) const {
    static const WordSet kSay({"قال", "فقال", "قلنا", "قالوا", "فقالوا"});
    return kSay.Contains(StripConjunction(Norm(cue))) && cue + 1 < u_.size() &&
           !IsWord(cue + 1);
  }

  // «ودعا المولى عز وجل أن يحفظ …», «داعيا الله أن …»: a prayer, not a
  // statement (the guidelines leave prayers out).
  bool IsPrayer(uint32_t cue, const Sentence& s) const {
    static const WordSet kPray({"دعا", "دعت", "يدعو", "تدعو", "داعيا", "داعية",
                                "داعين", "سائلا", "سائلة", "سائلين", "سأل",
                                "سألت"});
    // «قال الله تعالى (…)», «قال تعالى»: a verse cited, not a statement.
    static const WordSet kSay({"قال", "يقول"});
    static const WordSet kScripture({"الله", "تعالى", "سبحانه"});
    if (kSay.Contains(StripConjunction(Norm(cue))) && IsWord(cue + 1) &&
        kScripture.Contains(Norm(cue + 1))) {
      return true;
    }
    // «قال عليه الصلاة والسلام: (…)», «… الخليل عليه السلام لربه …
    // فقال: (…)», «قال صلى الله عليه وسلم»: the Prophet's or a prophet's
    // words cited, not a statement in the news.
    auto blessing = [&](uint32_t k) { return BlessingAt(k); };
    if (kSay.Contains(StripConjunction(Norm(cue))) ||
        StripConjunction(Norm(cue)) == "فقال") {
      for (uint32_t k = cue + 1; k < s.end_token && k <= cue + 2; ++k) {
        if (blessing(k)) return true;
      }
      for (uint32_t k = cue; k-- > s.first_token && k + 12 >= cue;) {
        if (blessing(k)) return true;
      }
    }
    if (!kPray.Contains(StripConjunction(Norm(cue)))) return false;
    static const WordSet kGod(
        {"الله", "المولى", "ربه", "الباري", "العلي", "ربنا", "لله", "للمولى"});
    for (uint32_t k = cue + 1; k < s.end_token && k <= cue + 3; ++k) {
      if (IsWord(k) && kGod.Contains(Norm(k))) return true;
    }
    return false;
  }

  bool InRegion(uint32_t t) const {
    for (const Region& r : regions_) {
      if (t > r.open && t < r.close) return true;
    }
    return false;
  }
  const Region* RegionOpeningAt(uint32_t t) const {
    for (const Region& r : regions_) {
      if (r.open == t) return &r;
    }
    return nullptr;
  }
  const Region* RegionClosingAt(uint32_t t) const {
    for (const Region& r : regions_) {
      if (r.close == t) return &r;
    }
    return nullptr;
  }
  bool IsWord(uint32_t t) const {
    return t < u_.size() && u_.tokens.tokens[t].kind == TokenKind::kArabicWord;
  }
  std::string_view Norm(uint32_t t) const {
    for (const auto& [k, masked] : name_words_) {
      if (k == t) return masked;
    }
    return u_.Norm(t);
  }

  // Mentions (indices into text.mentions) starting in [b, e).
  std::vector<size_t> MentionsIn(uint32_t b, uint32_t e) const {
    std::vector<size_t> out;
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (mm.first_token >= b && mm.first_token < e) out.push_back(m);
    }
    return out;
  }
  // Whether token `t` lies inside a mention.
  bool InMention(uint32_t t) const {
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (t >= mm.first_token && t < mm.end_token) return true;
    }
    return false;
  }
  // Whether one mention covers `t` and the tokens on both sides of it.
  bool InsideOneMention(uint32_t t) const {
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (mm.first_token < t && t + 1 < mm.end_token) return true;
    }
    return false;
  }
  int32_t EntityOf(size_t m) const { return a_->entities[m].entity; }
  bool IsSpeakerType(size_t m) const {
    const int32_t e = EntityOf(m);
    if (e < 0) return false;
    const std::string& type = a_->canonical[e].type;
    return type == "PER" || type == "ORG";
  }
  // The speaker among mentions: the first person, else the first
  // organisation («وقال مدير هيئة السياحة … سامر العنيني»: the person, not
  // the body in his title).
  // Another person among `subjects` named right after mention `m` (past
  // ranks and titles, and with `callings` past «المحامي» …), or -1.
  int32_t PersonNamedNext(size_t m, uint32_t ze,
                          const std::vector<size_t>& subjects,
                          bool callings) const {
    uint32_t next = text_.mentions[m].end_token;
    while (next < ze && IsWord(next) &&
           (IsRank(next) || IsHonorific(Norm(next)) ||
            (callings && IsCalling(Norm(next))))) {
      ++next;
    }
    for (size_t o : subjects) {
      const Mention& om = text_.mentions[o];
      if (om.first_token == next && EntityOf(o) != EntityOf(m) &&
          a_->canonical[EntityOf(o)].type == "PER") {
        return EntityOf(o);
      }
    }
    return -1;
  }
  // «وكيل سلامة», «نجل الرئيس»: the mention is the complement of a noun
  // of relation right before it («وكيل» keeps its و).
  bool RelationBefore(size_t m) const {
    static const WordSet kRelations({"وكيل", "وكيلة", "محامي", "محامية", "نجل",
                                     "نجلة", "ابن", "ابنة", "شقيق", "شقيقة",
                                     "زوج", "زوجة", "أرملة", "والد", "والدة",
                                     "مستشار", "مستشارة", "مساعد", "مساعدة"});
    const Mention& mm = text_.mentions[m];
    if (mm.first_token == 0 || !IsWord(mm.first_token - 1) ||
        mm.span.begin != u_.tokens.tokens[mm.first_token].span.begin) {
      return false;
    }
    const std::string_view w = Norm(mm.first_token - 1);
    return kRelations.Contains(w) || kRelations.Contains(StripConjunction(w));
  }
  int32_t FirstSpeaker(const std::vector<size_t>& ms) const {
    for (size_t m : ms) {
      if (IsSpeakerType(m) && a_->canonical[EntityOf(m)].type == "PER") {
        return EntityOf(m);
      }
    }
    for (size_t m : ms) {
      if (IsSpeakerType(m)) return EntityOf(m);
    }
    return -1;
  }
  // A point glued on both sides («بي.بي.سي»).
  bool GluedPoint(uint32_t p) const {
    const auto& toks = u_.tokens.tokens;
    return p > 0 && p + 1 < u_.size() && Norm(p) == "." &&
           toks[p - 1].span.end == toks[p].span.begin &&
           toks[p].span.end == toks[p + 1].span.begin;
  }
  // A byline's name, a dash after it («محمد شعوان- سبق-»).
  bool IsByline(size_t m) const {
    const uint32_t after = text_.mentions[m].end_token;
    return after < u_.size() && (Norm(after) == "-" || Norm(after) == "–");
  }
  // A dateline's place, between a dash and a colon («- سبق - عسير:»).
  bool IsDateline(size_t m) const {
    const uint32_t first = text_.mentions[m].first_token;
    const uint32_t after = text_.mentions[m].end_token;
    return first > 0 && after < u_.size() &&
           (Norm(first - 1) == "-" || Norm(first - 1) == "–") &&
           Norm(after) == ":";
  }
  // «برئاسة», «بحضور»: ب and a noun that govern the name after them.
  static bool GovernsWithB(std::string_view norm) {
    static const WordSet kWithB({"برئاسة", "بحضور", "بمشاركة", "بقيادة",
                                 "بإشراف", "بدعوة", "برعاية", "بتوجيه",
                                 "بتكليف", "بمرافقة"});
    return kWithB.Contains(norm);
  }
  // Whether the definite ل-word at `t` ends an office that runs on to
  // `name` («الأمين العام للاتحاد» before «نور الدين الطبوبي»).
  bool EndsOfficeBefore(uint32_t t, uint32_t name) const {
    if (!StripConjunction(Norm(t)).starts_with("لل")) return false;
    const uint32_t from = t >= 8 ? t - 8 : 0;
    std::optional<RoleMatch> role = FindRoleBefore(u_, from, name);
    return role && role->first_token < t && role->end_token > t;
  }
  // «خلال لقائه رئيسة الحكومة نجلاء بودن»: whom the subject met,
  // received or called, named within three words of the noun.
  bool AfterMeetingNoun(size_t m) const {
    static const WordSet kMeetingNouns(
        {"لقائه", "لقائها", "لقائهم", "استقباله", "استقبالها", "استقبالهم",
         "مكالمته", "مكالمتها", "اتصاله", "اتصالها", "مقابلته", "مقابلتها"});
    const uint32_t first = text_.mentions[m].first_token;
    for (uint32_t k = first; k > 0 && first - k < 3; --k) {
      if (!IsWord(k - 1)) return false;
      if (kMeetingNouns.Contains(StripConjunction(Norm(k - 1)))) return true;
    }
    return false;
  }
  bool IsObjectOfPreposition(size_t m) const {
    const Mention& mm = text_.mentions[m];
    if (HasProclitic(m) && !Norm(mm.first_token).starts_with("و")) {
      return true;  // «لنتنياهو», «بالرياض»
    }
    if (mm.first_token == 0) return false;
    // «لـ "سبق"», «لـ«اليوم»», «لـ(عكاظ)»: a detached ل, past the opening
    // mark or bracket.
    {
      uint32_t k = mm.first_token;
      while (k > 0 && OpensName(k - 1)) --k;
      if (k > 0 && IsDetachedLam(k - 1)) return true;
    }
    static const WordSet kPreps(
        {"مع", "على", "عن", "إلى", "بين", "من", "في", "ضد", "لدى", "نحو", "حول",
         "بشأن", "خلال", "عقب", "إثر", "أثناء", "بعد", "قبل", "عبر", "تجاه",
         "أمام",
         // Places: «داخل متحف مدام توسو».
         "داخل", "خارج", "قرب", "وسط", "بجوار", "تحت", "فوق", "خلف", "عند"});
    // The preposition right before, or before one or two nouns whose
    // genitive the name is («في منافذ المملكة», «حول أسعار النفط في …»).
    const Sentence& s = u_.SentenceOf(mm.first_token);
    // «مع بي.بي.سي» tagged «سي»: back over the initials glued by points.
    uint32_t first = mm.first_token;
    while (first >= 2 && first - 2 >= s.first_token && IsWord(first - 2) &&
           GluedPoint(first - 1)) {
      first -= 2;
    }
    // «على قناة «صدى البلد»»: back over the opening quotation mark.
    while (first > s.first_token + 1 &&
           u_.tokens.tokens[first - 1].kind == TokenKind::kQuote &&
           IsWord(first - 2)) {
      --first;
    }
    for (uint32_t k = first; k > s.first_token && first - k < 3; --k) {
      if (!IsWord(k - 1)) return false;
      const std::string_view w = Norm(k - 1);
      // «عبر الفارس عبدالله الشربتلي عن اعتزازه»: «عبّر … عن» is a verb
      // (expressed), not «عبر» (via).
      // So is «عبر» opening the sentence («وعبر الرئيس العليمي في البرقية
      // …، عن خالص العزاء»).
      const bool expressed =
          StripConjunction(w) == "عبر" &&
          (k - 1 == s.first_token ||
           (mm.end_token < u_.size() && IsWord(mm.end_token) &&
            Norm(mm.end_token) == "عن"));
      // «في البداية أشاد مطلق البقمي …», «وفي المقابل أكد …»: a
      // preposition and its definite noun opening the sentence, then the
      // verb, then the name: an adverbial, the name is the subject.
      const bool adverbial = k - 1 == s.first_token && k + 2 == first &&
                             Norm(k).starts_with("ال") &&
                             !Norm(first - 1).starts_with("ال") &&
                             !kPreps.Contains(Norm(first - 1));
      if (adverbial) return false;
      // «وانتقد مسؤول العلاقات الخارجية في حكومة الاقليم فلاح مصطفى …»:
      // an office right after the verb, where it serves, then its holder;
      // the name is no object of the office's preposition. (Not when the
      // office has its holder already: «رئيس الوزراء … نتانياهو إلى تهنئة
      // ترامب».)
      bool office_before = false;
      if (k < first) {
        for (uint32_t o = k - 1; o-- > s.first_token && o + 5 >= k - 1;) {
          if (!IsWord(o) || IsBreakWord(Norm(o))) break;
          if (!IsRoleHead(Norm(o)) && !IsRoleHead(StripConjunction(Norm(o)))) {
            continue;
          }
          const bool after_verb =
              o == s.first_token + 1 ||
              (IsWord(o - 1) && ClassifyCue(Norm(o - 1)) != CueKind::kNone);
          bool holder_named = false;
          for (size_t p : MentionsIn(o, first)) {
            holder_named |= text_.mentions[p].type == EntityType::kPerson;
          }
          office_before = after_verb && !holder_named;
          break;
        }
      }
      if (kPreps.Contains(StripConjunction(w)) && !expressed &&
          !office_before) {
        return true;
      }
      // «برئاسة الأمين العام نزار بركة», «بحضور وزير الخارجية …»: ب and a
      // noun govern the name.
      if (GovernsWithB(StripConjunction(w))) return true;
      // «لموقع سيتي», «لوكالة فرانس برس», «التهنئة للرئيس عبدالفتاح
      // السيسي»: a noun with ل governs the name (not one ending an office
      // whose holder the name is: «الأمين العام للاتحاد نور الدين
      // الطبوبي»).
      if (k == first && OpensAddressee(k - 1) &&
          !StripConjunction(w).starts_with("ال") &&
          !EndsOfficeBefore(k - 1, first)) {
        return true;
      }
      if (ClassifyCue(w) != CueKind::kNone || IsBreakWord(w)) return false;
    }
    return false;
  }
  // Whether token `first` is inside a topic opening sentence `s` («وعن
  // قضية الأوروغوياني مورا وإصابته قال: …», «وحول إصابة المهاجم نايف هزازي
  // … قال: …»): what the statement is about, not who makes it.
  bool InOpeningTopic(const Sentence& s, uint32_t first) const {
    static const WordSet kAbout({"وعن", "وحول", "حول"});
    if (first <= s.first_token || !IsWord(s.first_token) ||
        !kAbout.Contains(Norm(s.first_token))) {
      return false;
    }
    for (uint32_t k = s.first_token + 1; k < first; ++k) {
      if (!IsWord(k) || ClassifyCue(Norm(k)) != CueKind::kNone) return false;
    }
    return true;
  }

  // The first token after a topic that opens sentence `s` and ends at a
  // comma before `cue` («وعن مستقبله مع "أسود الأطلس"، رفض …» → «رفض»);
  // the sentence's first token when it opens with no topic.
  uint32_t AfterOpeningTopic(const Sentence& s, uint32_t cue) const {
    static const WordSet kAbout({"وعن", "وحول", "حول"});
    if (!IsWord(s.first_token) || !kAbout.Contains(Norm(s.first_token))) {
      return s.first_token;
    }
    for (uint32_t k = s.first_token + 1; k < cue && k < s.first_token + 12;
         ++k) {
      if (IsWord(k) && ClassifyCue(Norm(k)) != CueKind::kNone) break;
      if (Norm(k) == "،" || Norm(k) == ",") return k + 1;
    }
    return s.first_token;
  }

  // The person or body a definite office names when it is the subject of
  // the verb that opens sentence `s` (past «من جهة أخرى», «من جانبه», «في
  // المقابل» and a comma), before `cue` — or the office's words when it
  // names no one the article has; unknown if there is no such office.
  Speaker OpeningOfficeSubject(const Sentence& s, uint32_t cue) const {
    Speaker sp;
    uint32_t v = s.first_token;
    static const WordSet kFrom({"من", "ومن"});
    static const WordSet kSide(
        {"جهة", "جهته", "جهتها", "جانبه", "جانبها", "ناحية", "ناحيته"});
    static const WordSet kOther({"اخري", "ثانية", "أخرى", "ثانيه"});
    if (v + 2 < cue && IsWord(v) && kFrom.Contains(Norm(v)) && IsWord(v + 1) &&
        kSide.Contains(Norm(v + 1))) {
      v += 2;
      if (v < cue && IsWord(v) && kOther.Contains(Norm(v))) ++v;
    } else if (v + 2 < cue && IsWord(v) && IsWord(v + 1) &&
               (Norm(v) == "في" || Norm(v) == "وفي") &&
               Norm(v + 1) == "المقابل") {
      v += 2;
    }
    if (v < cue && (Norm(v) == "،" || Norm(v) == ",")) ++v;
    if (v + 2 >= cue || !IsWord(v) || !IsWord(v + 1)) return sp;
    const std::string_view verb = StripConjunction(Norm(v));
    if (verb.starts_with("ال") || IsBreakWord(verb) || IsDateToken(v) ||
        IsStopword(verb) || ClassifyCue(Norm(v)) != CueKind::kNone) {
      return sp;
    }
    const std::string_view head = Norm(v + 1);
    if (!head.starts_with("ال") || !IsRoleHead(head) ||
        !MentionsIn(v + 1, v + 2).empty()) {
      return sp;
    }
    uint32_t e = v + 2;
    while (e < cue && e < v + 5 && IsWord(e) && !IsBreakWord(Norm(e)) &&
           Norm(e).starts_with("ال") && MentionsIn(e, e + 1).empty()) {
      ++e;
    }
    // (A name right after the office, or after the rest of its words, is
    // its holder, SentenceSubject's: «رفض المتحدث باسم وزارة الخارجية
    // المصرية أحمد حافظ …».)
    if (e < cue && !MentionsIn(e, e + 1).empty()) return sp;
    // (Past commas and marks: «قلل المسؤول الأمني في "كتائب حزب الله"،
    // أبو علي العسكري، …».)
    for (uint32_t k = e; k < cue && k < v + 14 &&
                         !(IsWord(k) && ClassifyCue(Norm(k)) != CueKind::kNone);
         ++k) {
      for (size_t m : MentionsIn(k, k + 1)) {
        if (text_.mentions[m].first_token == k &&
            text_.mentions[m].type == EntityType::kPerson) {
          return sp;
        }
      }
    }
    sp.entity = ResolveDescription(v + 1, e);
    if (sp.entity < 0) {
      sp.text = std::string(Span{u_.tokens.tokens[v + 1].span.begin,
                                 u_.tokens.tokens[e - 1].span.end}
                                .Of(u_.text));
    }
    return sp;
  }

  // The subject of the sentence before `cue`: its first person or
  // organisation that is not the object of a preposition («اتهمت باكستان
  // الهند … حيث ذكرت أن …»).
  // `office`, when given, gets the words of an office the subject body
  // stands inside with no holder named («رئيس فريق ريفربليت الأرجنتيني»).
  int32_t SentenceSubject(const Sentence& s, uint32_t cue,
                          std::string* office = nullptr) const {
    // «ووصل رئيس مجلس السيادة … عبد الفتاح البرهان إلى المدينة، وقال …»:
    // a body inside an office («رئيس مجلس السيادة») is not the subject when
    // a person follows.
    int32_t in_office = -1;
    size_t in_office_mention = 0;
    // (Not a byline or a dateline's outlet: «سعود الدعجاني - سبق - عسير:
    // كشف …».)
    auto byline = [&](size_t m) { return IsByline(m) || IsDateline(m); };
    // «هاجم نائب رئيس الاتحاد السعودي … ورئيس رابطة هيئة دوري المحترفين
    // محمد النويصر …»: a body inside an office run on to the person who
    // holds it is not the subject either.
    // Inside an office: a role head shortly before the mention.
    auto in_an_office = [&](size_t m) {
      bool office = false;
      const uint32_t first = text_.mentions[m].first_token;
      for (uint32_t k = first; k > s.first_token && first - k < 6; --k) {
        if (!IsWord(k - 1) || IsBreakWord(Norm(k - 1))) break;
        office |= IsRoleHead(Norm(k - 1)) ||
                  IsRoleHead(StripConjunction(Norm(k - 1)));
      }
      return office;
    };
    auto person_follows = [&](size_t m) {
      if (!in_an_office(m)) return false;
      for (size_t p : MentionsIn(text_.mentions[m].end_token, cue)) {
        if (a_->canonical[EntityOf(p)].type != "PER" || !IsSpeakerType(p)) {
          continue;
        }
        const uint32_t from = text_.mentions[m].end_token;
        const uint32_t to = text_.mentions[p].first_token;
        if (to > from + 8) return false;
        for (uint32_t k = from; k < to; ++k) {
          if (!IsWord(k) || IsBreakWord(Norm(k)) || GovernsWithB(Norm(k)) ||
              ClassifyCue(Norm(k)) != CueKind::kNone) {
            return false;
          }
        }
        return true;
      }
      return false;
    };
    // «أدانت الولايات المتحدة … هجمات جماعة بوكو حرام … ووصفتها»: a
    // country right after the feminine verb that opens the sentence is
    // its subject, before any body in the object.
    if (IsWord(s.first_token) && s.first_token + 1 < cue) {
      const std::string_view verb = StripConjunction(Norm(s.first_token));
      if (verb.ends_with("ت") && !verb.ends_with("ات") && Letters(verb) >= 3 &&
          !IsStopword(verb) && !NameEndsAt(s.first_token + 1)) {
        for (size_t m : MentionsIn(s.first_token + 1, s.first_token + 2)) {
          const Mention& mm = text_.mentions[m];
          if (mm.first_token == s.first_token + 1 && EntityOf(m) >= 0 &&
              mm.type == EntityType::kLocation &&
              CountryOfName(ner::NormalizeWord(
                  a_->canonical[EntityOf(m)].name)) != nullptr) {
            return EntityOf(m);
          }
        }
      }
    }
    for (size_t m : MentionsIn(s.first_token, cue)) {
      if (IsObjectOfPreposition(m) || !IsSpeakerType(m) || byline(m) ||
          InOpeningTopic(s, text_.mentions[m].first_token)) {
        continue;
      }
      const uint32_t first = text_.mentions[m].first_token;
      if (a_->canonical[EntityOf(m)].type == "ORG" &&
          ((first > 0 && IsWord(first - 1) && IsRoleHead(Norm(first - 1))) ||
           person_follows(m) || (office != nullptr && in_an_office(m)))) {
        if (in_office < 0) {
          in_office = EntityOf(m);
          in_office_mention = m;
        }
        continue;
      }
      return EntityOf(m);
    }
    if (in_office >= 0) {
      const Mention& mm = text_.mentions[in_office_mention];
      // The office's head word, a few words before the body.
      uint32_t head = mm.first_token;
      for (uint32_t k = mm.first_token;
           k > s.first_token && mm.first_token - k < 6; --k) {
        if (!IsWord(k - 1) || IsBreakWord(Norm(k - 1))) break;
        if (IsRoleHead(Norm(k - 1)) ||
            IsRoleHead(StripConjunction(Norm(k - 1)))) {
          head = k - 1;
        }
      }
      if (office != nullptr && !person_follows(in_office_mention) &&
          head < mm.first_token) {
        // The office from its head word (without «و») to the body's end,
        // and a nationality after it.
        uint32_t e = mm.end_token;
        if (e < cue && IsWord(e) && FindNationality(Norm(e)) != nullptr) ++e;
        const Token& first = u_.tokens.tokens[head];
        const size_t skip =
            SkipLetters(first.span.Of(u_.text),
                        StripConjunction(Norm(head)) != Norm(head) ? 1 : 0);
        *office =
            std::string(Span{static_cast<uint32_t>(first.span.begin + skip),
                             u_.tokens.tokens[e - 1].span.end}
                            .Of(u_.text));
        return -1;
      }
      return in_office;
    }
    for (size_t m : MentionsIn(s.first_token, cue)) {
      if (!IsObjectOfPreposition(m) && IsSpeakerType(m) && !byline(m) &&
          !InOpeningTopic(s, text_.mentions[m].first_token)) {
        return EntityOf(m);
      }
    }
    for (size_t m : MentionsIn(s.first_token, cue)) {
      if (!IsObjectOfPreposition(m) && !byline(m) &&
          text_.mentions[m].type == EntityType::kLocation) {
        return EntityOf(m);
      }
    }
    return -1;
  }
  // «بعث حضرة صاحب الجلالة الملك حمد بن عيسى … برقية … في وفاة فخامة
  // الرئيس الباجي قايد السبسي … . وأكد جلالته في البرقية أن …»: the
  // honorific pronoun (`pronoun`, normalised) stands for the last person
  // who, under the same honorific, was the subject of a verb opening a
  // sentence, not for the last one named (the deceased, the addressee).
  // -1 when none is found in this unit or the two before it.
  int32_t HonorificAntecedent(std::string_view pronoun, uint32_t cue) const {
    struct Pair {
      const char* pronoun;
      const char* honorific;
    };
    static constexpr Pair kPairs[] = {
        {"سموه", "سمو"},      {"سموها", "سمو"},    {"جلالته", "جلالة"},
        {"جلالتها", "جلالة"}, {"فخامته", "فخامة"}, {"معاليه", "معالي"},
        {"معاليها", "معالي"}, {"سعادته", "سعادة"}, {"سعادتها", "سعادة"},
        {"سماحته", "سماحة"},  {"فضيلته", "فضيلة"}};
    const std::string_view p = StripConjunction(pronoun);
    std::string honorific;
    for (const Pair& pair : kPairs) {
      if (ner::NormalizeWord(pair.pronoun) == p) {
        honorific = ner::NormalizeWord(pair.honorific);
      }
    }
    if (honorific.empty()) return -1;
    static const WordSet kTitles({"صاحب", "حضرة", "الملكي", "الملك", "الأمير",
                                  "الشيخ", "الرئيس", "السيد", "السيدة",
                                  "الدكتور", "الدكتورة", "السلطان", "المهندس",
                                  "الشيخة", "الأميرة", "الملكة"});
    static const WordSet kNotVerbs({"إلى", "من", "عن", "على", "في", "مع", "أن",
                                    "إن", "الذي", "التي", "بين", "بعد", "قبل"});
    // (A prince is «سموه» and a king «جلالته» by his title alone: «افتتح
    // أمير منطقة القصيم الأمير فيصل بن بندر … وعبّر سموه».)
    const std::string prince = ner::NormalizeWord("سمو");
    const std::string majesty = ner::NormalizeWord("جلالة");
    auto is_honorific = [&](std::string_view w) {
      return w == honorific || w == "ال" + honorific ||
             (honorific == prince && (w == ner::NormalizeWord("الأمير") ||
                                      w == ner::NormalizeWord("الأميرة"))) ||
             (honorific == majesty && (w == ner::NormalizeWord("الملك") ||
                                       w == ner::NormalizeWord("الملكة")));
    };
    int32_t found = -1;
    for (size_t m = 0; m < text_.mentions.size(); ++m) {
      const Mention& mm = text_.mentions[m];
      if (mm.unit > unit_ || mm.unit + 2 < unit_ ||
          (mm.unit == unit_ && mm.end_token > cue) ||
          mm.type != EntityType::kPerson) {
        continue;
      }
      const TextUnit& u = text_.units[mm.unit];
      const auto& toks = u.tokens.tokens;
      auto word = [&](uint32_t t) {
        return t < toks.size() && toks[t].kind == TokenKind::kArabicWord;
      };
      uint32_t k = mm.first_token;
      bool matched = false;
      while (k > 0 && word(k - 1)) {
        const std::string_view w = StripConjunction(u.Norm(k - 1));
        if (is_honorific(w)) {
          matched = true;
        } else if (!kTitles.Contains(w) && !IsHonorific(w)) {
          break;
        }
        --k;
      }
      if (!matched || k == 0 || !word(k - 1)) continue;
      // The office before the titles: «افتتح أمير منطقة القصيم الأمير …».
      if (std::optional<RoleMatch> role =
              FindRoleBefore(u, k >= 8 ? k - 8 : 0, k);
          role && role->first_token > 0 && role->first_token < k) {
        k = role->first_token;
      }
      const uint32_t v = k - 1;
      const std::string_view verb = StripConjunction(u.Norm(v));
      // («التقى جلالة الملك …»: verbs of the افتعل pattern start with
      // «ال» too.)
      static const WordSet kAlVerbs({"التقى", "التقت", "التزم", "التزمت",
                                     "التمس", "التمست", "التحق", "التحقت"});
      if (kNotVerbs.Contains(verb) ||
          (verb.starts_with("ال") && !kAlVerbs.Contains(verb))) {
        continue;
      }
      const bool opens =
          u.SentenceOf(v).first_token == v || (v > 0 && !word(v - 1)) ||
          (v > 0 &&
           (u.Norm(v - 1) == "كما" || StripConjunction(u.Norm(v - 1)) == "قد"));
      if (!opens) continue;
      if (EntityOf(m) >= 0) found = EntityOf(m);
    }
    return found;
  }

  // The subject of the sentence that last brought up a document (`doc`,
  // normalised, without the article: «بيان», «برقية») before token `before`
  // of this unit, in this unit or the three before it: «أصدرت وزارة
  // الخارجية بيانا …», «بعث رئيس مجلس القيادة … برقية عزاء …», «وفق ما
  // أعلنته رئاسة الجمهورية في بيان»: the person or body named last before
  // the document and not after a preposition; -1 when none.
  int32_t DocumentIssuer(std::string_view doc, uint32_t before) const {
    static const WordSet kPreps(
        {"في", "من", "إلى", "على", "عن", "مع", "ل", "ب", "لدى", "بين"});
    for (uint32_t ui = unit_ + 1; ui-- > 0 && ui + 4 > unit_;) {
      const TextUnit& u = text_.units[ui];
      const uint32_t end = ui == unit_ ? before : u.size();
      for (uint32_t t = end; t-- > 0;) {
        if (u.tokens.tokens[t].kind != TokenKind::kArabicWord) continue;
        const std::string_view w = StripConjunction(u.Norm(t));
        if (!(w == doc || (w.size() == doc.size() + 2 && w.starts_with(doc) &&
                           w.ends_with("ا")))) {
          continue;
        }
        const Sentence s = u.SentenceOf(t);
        int32_t issuer = -1;
        for (size_t m = 0; m < text_.mentions.size(); ++m) {
          const Mention& mm = text_.mentions[m];
          if (mm.unit != ui || mm.first_token < s.first_token ||
              mm.end_token > t || EntityOf(m) < 0) {
            continue;
          }
          const std::string& type = a_->canonical[EntityOf(m)].type;
          if (type != "PER" && type != "ORG") continue;
          if (mm.first_token > s.first_token &&
              u.tokens.tokens[mm.first_token - 1].kind ==
                  TokenKind::kArabicWord &&
              kPreps.Contains(u.Norm(mm.first_token - 1))) {
            continue;
          }
          issuer = EntityOf(m);
        }
        return issuer;
      }
    }
    return -1;
  }

  // True when the sentence of token `t` starts after the last statement
  // taken ended (or that statement is in another unit).
  bool AfterLastQuote(uint32_t t) const {
    if (a_->quotes.empty()) return false;
    const Quote& prev = a_->quotes.back();
    const uint32_t start =
        u_.ref.span.begin +
        u_.tokens.tokens[u_.SentenceOf(t).first_token].span.begin;
    return prev.ref.field != u_.ref.field || prev.ref.span.end <= start ||
           prev.ref.span.end <= u_.ref.span.begin;
  }
  // Who speaks when the text does not say: the previous speaker, else the
  // article's main person. «ونقلت غنيمات عن الرزاز تأكيده أن …. وأضافت
  // أن …»: a feminine verb goes on with the woman who relayed the last
  // statement, not with the man she quoted.
  Speaker Chained(float min_salience = 0.5f) const {
    if (last_->known()) {
      if (chained_cue_ != kNoCue && last_->reporter >= 0 &&
          last_->reporter_feminine && IsWord(chained_cue_) &&
          IsFeminineVerb(Norm(chained_cue_))) {
        Speaker sp;
        sp.entity = last_->reporter;
        return sp;
      }
      if (chained_cue_ != kNoCue && last_->reporter >= 0 &&
          last_->reporter_masculine && IsWord(chained_cue_) &&
          !IsFeminineVerb(Norm(chained_cue_)) && AfterLastQuote(chained_cue_)) {
        Speaker sp;
        sp.entity = last_->reporter;
        return sp;
      }
      return *last_;
    }
    Speaker sp;
    float best = min_salience;
    for (size_t i = 0; i < a_->canonical.size(); ++i) {
      const Entity& e = a_->canonical[i];
      if (e.type == "PER" && e.salience >= best) {
        best = e.salience;
        sp.entity = static_cast<int32_t>(i);
      }
    }
    return sp;
  }

  // The first day told in [b, e) outside the content of a statement
  // already taken («…، اعتبارا من الأول من مارس المقبل، مشيرا إلى أن …»:
  // the day is the first statement's, not when the second was said).
  int32_t DateIn(uint32_t b, uint32_t e) const {
    for (const DateRef& d : dates_) {
      if (d.first_token >= b && d.first_token < e &&
          !consumed_[d.first_token]) {
        return d.index;
      }
    }
    return -1;
  }
  bool IsDateToken(uint32_t t) const {
    for (const DateRef& d : dates_) {
      if (t >= d.first_token && t < d.end_token) return true;
    }
    return false;
  }

  // Trims closing punctuation from [b, e).
  uint32_t TrimEnd(uint32_t b, uint32_t e) const {
    while (e > b) {
      const Token& tk = u_.tokens.tokens[e - 1];
      if (tk.kind == TokenKind::kPunctuation) {
        --e;
        continue;
      }
      // A closing mark that closes no quotation in the content («… على
      // كل معتقل». »).
      if (tk.kind == TokenKind::kQuote) {
        bool closes = false;
        for (const Region& r : regions_) {
          closes = closes || (r.close == e - 1 && r.open >= b);
        }
        if (!closes) {
          --e;
          continue;
        }
      }
      break;
    }
    return e;
  }

  // «روسيا: نسعى …», «كما طالبت كوبا …»: a speaker written as nothing but
  // the name of a place («كوبا» for its government) is that place, when
  // exactly one place of the article is written so; -1 otherwise.
  int32_t PlaceNamed(std::string_view text) const {
    if (text.empty()) return -1;
    int32_t found = -1;
    for (size_t e = 0; e < a_->canonical.size(); ++e) {
      const Entity& entity = a_->canonical[e];
      if (entity.type != "LOC") continue;
      for (const std::string& v : entity.variants) {
        if (v != text) continue;
        if (found >= 0) return -1;
        found = static_cast<int32_t>(e);
        break;
      }
    }
    return found;
  }

  // «مشيراً إلى دعم الهيئة للخطة … . كما تعمل على إجراء تقويم دوري …»:
  // a sentence that opens with «كما», has no cue and no quotation of its
  // own, goes on with the reported statement that ended the sentence
  // before (the annotators' span).
  void RunOnWithAlso(size_t before) {
    const uint32_t base = u_.ref.span.begin;
    for (size_t qi = before; qi < a_->quotes.size(); ++qi) {
      Quote& q = a_->quotes[qi];
      if (q.kind == Quote::Kind::kDirect || q.ref.field != u_.ref.field ||
          q.ref.span.end < base) {
        continue;
      }
      const uint32_t end = q.ref.span.end - base;
      for (size_t si = 0; si + 1 < u_.sentences.size(); ++si) {
        const Sentence& s = u_.sentences[si];
        const Sentence& next = u_.sentences[si + 1];
        if (s.first_token >= s.end_token ||
            next.first_token >= next.end_token) {
          continue;
        }
        // The quote ends the sentence: only punctuation after it.
        uint32_t t = s.first_token;
        while (t < s.end_token && u_.tokens.tokens[t].span.end <= end) ++t;
        if (t == s.first_token || u_.tokens.tokens[t - 1].span.end != end) {
          continue;
        }
        bool last = true;
        for (uint32_t k = t; k < s.end_token; ++k) {
          last = last && u_.tokens.tokens[k].kind == TokenKind::kPunctuation;
        }
        if (!last) continue;
        const uint32_t f = next.first_token;
        if (!IsWord(f) || StripConjunction(Norm(f)) != "كما") break;
        // (Quotation marks may be a title: «عرض مسرحية «سراة الشعر»»; a
        // quotation of its own is a quote found there.)
        bool own = false;
        for (uint32_t k = f; k < next.end_token && !own; ++k) {
          own = IsWord(k) && ClassifyCue(Norm(k)) != CueKind::kNone;
        }
        for (size_t qj = before; qj < a_->quotes.size() && !own; ++qj) {
          const Quote& o = a_->quotes[qj];
          own = qj != qi && o.ref.field == q.ref.field &&
                o.ref.span.end > base + next.span.begin &&
                o.ref.span.begin < base + next.span.end;
        }
        // «كما رحب رودس …», «كما شارك أمير دولة قطر …»: a subject of its
        // own (a name or an office near the start) tells something new.
        for (size_t m : MentionsIn(f + 1, std::min(f + 5, next.end_token))) {
          own = own || text_.mentions[m].type == EntityType::kPerson ||
                text_.mentions[m].type == EntityType::kOrganization;
        }
        for (uint32_t k = f + 1; k < next.end_token && k < f + 4 && !own; ++k) {
          own = IsWord(k) && (IsRoleHead(Norm(k)) || IsHonorific(Norm(k)));
        }
        if (own) break;
        const uint32_t e = TrimEnd(f, next.end_token);
        if (e <= f + 2) break;
        const Span span{q.ref.span.begin - base,
                        u_.tokens.tokens[e - 1].span.end};
        q.text = std::string(span.Of(u_.text));
        q.ref = u_.ToRef(span);
        for (uint32_t k = f; k < e; ++k) consumed_[k] = true;
        break;
      }
    }
  }

  // «عن أحد الناجين، ويدعى عمر (22 عاما)، قوله», «قالت داعشية منشقة
  // عرفت نفسها باسم لينا إن …»: the person a description goes on to name
  // (the entity of the person mention after «يدعى/اسمه/نفسها باسم»), or
  // -1.
  // «كشف تقرير جديد لمنظمة الأمم المتحدة للطفولة … . وبحسب التقرير، …»,
  // «وأظهر التقرير أن …»: a report or statement named with the article,
  // which the text brought up earlier with its issuer after «لـ» or «عن»,
  // speaks for that issuer. -1 when there is none, before token `before`
  // of this unit or in the three units before it.
  int32_t EarlierDocumentIssuer(std::string_view description,
                                uint32_t before) const {
    static const WordSet kDocuments({"التقرير", "البيان", "الدراسة", "البلاغ",
                                     "المسح", "الاستطلاع", "النشرة",
                                     "الإحصائية", "الإحصاءات"});
    // «النشرة الإحصائية التي تصدرها دوريا مؤسسة النقد»: the issuer named
    // after a verb of issuing in a relative clause.
    static const WordSet kIssues({"تصدرها", "يصدرها", "أصدرتها", "أصدرها",
                                  "تصدره", "يصدره", "أصدرته", "أصدره", "نشرتها",
                                  "نشرها", "نشرته", "نشره", "أعدتها", "أعدها",
                                  "أعدته", "أعده"});
    const std::string norm = ner::NormalizeWord(description);
    if (!kDocuments.Contains(norm)) return -1;
    const std::string_view bare = std::string_view(norm).substr(4);
    for (uint32_t ui = unit_ + 1; ui-- > 0 && ui + 4 > unit_;) {
      const TextUnit& u = text_.units[ui];
      const uint32_t end = ui == unit_ ? std::min<uint32_t>(before, u.size())
                                       : static_cast<uint32_t>(u.size());
      for (uint32_t t = end; t-- > 0;) {
        if (u.tokens.tokens[t].kind != TokenKind::kArabicWord) continue;
        const std::string_view w = StripConjunction(u.Norm(t));
        if (w == norm) {
          // The document with its article: only an issuer after a verb of
          // issuing within a few words.
          uint32_t issue = 0;
          for (uint32_t k = t + 1; k < u.size() && k <= t + 4 && issue == 0;
               ++k) {
            if (u.tokens.tokens[k].kind == TokenKind::kArabicWord &&
                kIssues.Contains(u.Norm(k))) {
              issue = k;
            }
          }
          if (issue == 0) continue;
          for (size_t m = 0; m < text_.mentions.size(); ++m) {
            const Mention& mm = text_.mentions[m];
            if (mm.unit != ui || mm.first_token <= issue ||
                mm.first_token > issue + 2 || EntityOf(m) < 0) {
              continue;
            }
            const std::string& type = a_->canonical[EntityOf(m)].type;
            if (type == "ORG" || type == "PER") return EntityOf(m);
          }
          return -1;
        }
        const bool accusative = w.size() == bare.size() + 2 &&
                                w.starts_with(bare) && w.ends_with("ا");
        if (w != bare && !accusative) continue;
        // «أصدر مجلس بلدية عريعرة تقريرا بمنجزاته … وأوضح التقرير أن»: the
        // subject of a verb of issuing the document is its object of.
        static const WordSet kIssueVerbs(
            {"أصدر", "أصدرت", "نشر", "نشرت", "أعد", "أعدت", "قدم", "قدمت"});
        for (uint32_t k = t; k-- > 0 && k + 6 > t;) {
          if (u.tokens.tokens[k].kind != TokenKind::kArabicWord) break;
          if (!kIssueVerbs.Contains(StripConjunction(u.Norm(k)))) continue;
          for (size_t m = 0; m < text_.mentions.size(); ++m) {
            const Mention& mm = text_.mentions[m];
            if (mm.unit != ui || mm.first_token != k + 1 || mm.end_token > t ||
                EntityOf(m) < 0) {
              continue;
            }
            const std::string& type = a_->canonical[EntityOf(m)].type;
            if (type == "ORG" || type == "PER") return EntityOf(m);
          }
          break;
        }
        // Its issuer within a few words: «تقرير جديد لمنظمة …», «بيان
        // صادر عن الوزارة».
        for (size_t m = 0; m < text_.mentions.size(); ++m) {
          const Mention& mm = text_.mentions[m];
          if (mm.unit != ui || mm.first_token <= t || mm.first_token > t + 4 ||
              EntityOf(m) < 0) {
            continue;
          }
          const std::string& type = a_->canonical[EntityOf(m)].type;
          const Token& first = u.tokens.tokens[mm.first_token];
          // («إحصائية للمؤسسة العامة للموانئ»: «لل» stays in the span.)
          const bool lam = (mm.span.begin > first.span.begin &&
                            u.Norm(mm.first_token).starts_with("ل")) ||
                           u.Norm(mm.first_token).starts_with("لل");
          const bool from = mm.first_token > 0 &&
                            u.tokens.tokens[mm.first_token - 1].kind ==
                                TokenKind::kArabicWord &&
                            u.Norm(mm.first_token - 1) == "عن";
          if ((type == "ORG" || type == "PER") && (lam || from)) {
            return EntityOf(m);
          }
        }
        return -1;
      }
    }
    return -1;
  }

  int32_t NamedAfterDescription(std::string_view description) const {
    const size_t at = u_.text.find(description);
    if (at == std::string_view::npos) return -1;
    const size_t end = at + description.size();
    uint32_t t = 0;
    while (t < u_.size() && u_.tokens.tokens[t].span.begin < end) ++t;
    auto is_comma = [&](uint32_t k) {
      return k < u_.size() && !IsWord(k) && (Norm(k) == "،" || Norm(k) == ",");
    };
    if (is_comma(t)) ++t;
    bool any_word = false;
    t = NameAfterNaming(u_, t, &any_word);
    if (t == 0) return -1;
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (mm.first_token == t && mm.type == EntityType::kPerson) {
        return EntityOf(m);
      }
    }
    return -1;
  }

  // False when the content is empty (nothing added).
  bool Add(Quote::Kind kind, uint32_t b, uint32_t e, uint32_t cue,
           uint32_t cue_end, const Speaker& described, int32_t addressee,
           int32_t date) {
    Speaker speaker = described;
    // «وأوضحت اللائحة أنه …», «وأشارت المادة إلى …»: the text of a
    // regulation says what applies; no one makes a statement.
    if (speaker.entity < 0 && !speaker.text.empty()) {
      static const WordSet kRules({"اللائحة", "المادة", "الضوابط", "النظام",
                                   "القانون", "المرسوم", "التعميم"});
      const std::string norm = ner::NormalizeWord(speaker.text);
      if (kRules.Contains(std::string_view(norm).substr(0, norm.find(' ')))) {
        *last_ = speaker;  // «…، مضيفة أنه …» goes on with the text
        return false;
      }
    }
    if (speaker.entity < 0 && !speaker.text.empty()) {
      speaker.entity = NamedAfterDescription(speaker.text);
    }
    if (speaker.entity < 0 && !speaker.text.empty()) {
      speaker.entity = EarlierDocumentIssuer(speaker.text, b);
    }
    if (colon_at_end_ && b >= e) {
      *colon_speaker_ = speaker;
      return false;
    }
    e = TrimEnd(b, e);
    if (b >= e) return false;
    // «تمثل في نقل "78,618" راكباً»: a figure alone, with no word, is no
    // statement.
    bool has_word = false;
    for (uint32_t t = b; t < e && !has_word; ++t) {
      has_word = u_.tokens.tokens[t].kind == TokenKind::kArabicWord ||
                 u_.tokens.tokens[t].kind == TokenKind::kLatinWord;
    }
    if (!has_word) return false;
    // «وقال المكتب الإعلامي … إن السوداني أكد "…"» cut at the inner cue:
    // a name alone (or an office alone) is no statement.
    // A name in quotation marks is no statement either: «في مرسوم نشرته
    // "وكالة الأنباء الصحراوية"، إنهاء …», «وقال المحلل في بنك "يو بي إس"».
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (mm.first_token <= b && mm.end_token >= e) return false;
      // («إن الملك سلمان بن عبدالعزيز» cut at «أكد»: an office or title
      // and the name.)
      if (mm.first_token > b && mm.first_token <= b + 6 && mm.end_token >= e &&
          mm.first_token < e && EntityOf(m) >= 0 &&
          a_->canonical[EntityOf(m)].type == "PER") {
        uint32_t k0 = b;
        if (std::optional<RoleMatch> role = RoleAt(u_, b, mm.first_token);
            role && role->end_token <= mm.first_token) {
          k0 = role->end_token;
        }
        bool titles = true;
        for (uint32_t k = k0; k < mm.first_token && titles; ++k) {
          titles = IsWord(k) &&
                   (IsRoleHead(Norm(k)) || IsHonorific(Norm(k)) || IsRank(k));
        }
        if (titles) return false;
      }
    }
    if (KindAndName(b, e)) return false;
    if (kind != Quote::Kind::kDirect) {
      if (const std::optional<RoleMatch> role = RoleAt(u_, b, e);
          role && role->end_token >= e && e <= b + 3) {
        return false;
      }
    }
    // «قالت الخارجية الروسية إن الوزير سيرغي لافروف أبلغ نظيره التركي …
    // بأن "…"»: reported content that opens with a person and a reporting
    // verb of his own is his statement, the first speaker its reporter.
    Speaker inner;
    const uint32_t outer_b = b;
    // «وقال المتحدث باسم الأمين العام ستيفان دوجاريك إن غوتيريش "يدين
    // بشدة" الهجمات»: a spokesman's content that opens with a person and
    // his stance (a present-tense verb or a quotation) is that person's
    // statement, the spokesman its reporter; the words go on being his.
    if (kind != Quote::Kind::kDirect &&
        SpokesmanRelays(cue_end, b, e, speaker, &inner)) {
      speaker = inner;
    }
    if (kind != Quote::Kind::kDirect &&
        NestedStatement(b, e, speaker, &inner, &b, &cue, &cue_end)) {
      // The inner verb is not a cue of its own.
      for (uint32_t t = outer_b; t < b; ++t) consumed_[t] = true;
      return Add(kind, b, e, cue, cue_end, inner, -1, date);
    }
    // «إن "حماس ستدفع ثمنا باهظا"»: reported content that is one whole
    // quotation is direct speech, the words inside the marks.
    if (kind == Quote::Kind::kMixed) {
      for (const Region& r : regions_) {
        if (r.open == b && r.close + 1 >= e && r.close <= e &&
            r.close > b + 1) {
          kind = Quote::Kind::kDirect;
          e = r.close;
          ++b;
          break;
        }
      }
    }
    Quote q;
    q.kind = kind;
    const Span span{u_.tokens.tokens[b].span.begin,
                    u_.tokens.tokens[e - 1].span.end};
    q.text = std::string(span.Of(u_.text));
    q.ref = u_.ToRef(span);
    if (cue < cue_end) {
      const Span cs{u_.tokens.tokens[cue].span.begin,
                    u_.tokens.tokens[cue_end - 1].span.end};
      q.cue = std::string(cs.Of(u_.text));
      q.cue_ref = u_.ToRef(cs);
    }
    q.speaker = speaker.entity >= 0 ? speaker.entity : PlaceNamed(speaker.text);
    q.speaker_text =
        q.speaker >= 0 ? a_->canonical[q.speaker].name : speaker.text;
    q.addressee = addressee == speaker.entity ? -1 : addressee;
    if (speaker.reporter >= 0 && speaker.reporter != speaker.entity) {
      q.reporter = speaker.reporter;
    }
    // «وأضاف الدبيبه: «… وسنرسل غدا طائرة»» after «قال … أمس»: a
    // statement that goes on with the speaker of the one right before it
    // was said when that one was.
    if (date < 0 && !a_->quotes.empty() && cue < u_.size()) {
      static const WordSet kGoesOn({"اضاف", "تابع", "استطرد", "اردف", "مضيفا",
                                    "مضيفة", "متابعا", "متابعة"});
      const Quote& prev = a_->quotes.back();
      const uint32_t at = u_.ref.span.begin + u_.tokens.tokens[cue].span.begin;
      if (prev.date >= 0 && prev.ref.field == u_.ref.field &&
          prev.ref.span.end <= at && at - prev.ref.span.end < 400 &&
          ((q.speaker >= 0 && prev.speaker == q.speaker) ||
           (q.speaker < 0 && !q.speaker_text.empty() &&
            prev.speaker_text == q.speaker_text)) &&
          kGoesOn.Contains(StripConjunction(Norm(cue)))) {
        date = prev.date;
      }
    }
    q.date = date;
    for (uint32_t t = b; t < e; ++t) consumed_[t] = true;
    a_->quotes.push_back(std::move(q));
    // «وكشف المتحدث …، حيث أظهرت الإحصاءات أن …، مشيرا إلى أن …»: what a
    // study or the figures show is no one speaking on; the chain goes on
    // with whoever spoke before.
    const bool finding = IsWord(cue) && IsFindingCue(Norm(cue));
    if (speaker.known() && !(finding && last_->known())) {
      *last_ = speaker;
      // The reporter named right after a feminine relaying verb.
      last_->reporter_feminine = false;
      if (speaker.reporter >= 0 && IsWord(cue) && IsFeminineVerb(Norm(cue))) {
        for (size_t m : MentionsIn(cue + 1, std::min<uint32_t>(cue + 4, b))) {
          if (EntityOf(m) == speaker.reporter) {
            last_->reporter_feminine = true;
            break;
          }
        }
      }
    }
    if (speaker.reporter_goes_on && speaker.reporter >= 0) {
      *last_ = Speaker();
      last_->entity = speaker.reporter;
    }
    return true;
  }

  // «وأدان وزير الخارجية الشيخ عبدالله بن زايد الجريمة … . وأكد …»: a
  // sentence opening with a verb of stance (condemned, welcomed, praised,
  // congratulated) and its named subject makes that subject the one a
  // later «وأكد» without a subject goes on with.
  void StanceSubject(const Sentence& s) {
    HonorificSubject(s);
    static const WordSet kStance({"أدان", "أدانت", "رحب", "رحبت", "أشاد",
                                  "أشادت", "ثمن", "ثمنت", "استنكر", "استنكرت",
                                  "هنأ", "هنأت", "شجب", "شجبت",
                                  // «وألقت الدكتورة ساندرا ندف … كلمة …
                                  // . وأوضحت أن …»: who gave the speech.
                                  "ألقى", "ألقت"});
    const uint32_t v = s.first_token;
    if (v + 1 >= s.end_token || !IsWord(v) ||
        !kStance.Contains(StripConjunction(Norm(v)))) {
      return;
    }
    for (size_t m :
         MentionsIn(v + 1, std::min<uint32_t>(s.end_token, v + 10))) {
      if (!IsSpeakerType(m) || IsObjectOfPreposition(m)) continue;
      const Mention& mm = text_.mentions[m];
      // (After titles only: «وألقت الدكتورة ساندرا ندف».)
      uint32_t b = v + 1;
      while (b < mm.first_token && IsWord(b) && IsHonorific(Norm(b))) ++b;
      bool subject = mm.first_token == b;
      if (!subject && a_->canonical[EntityOf(m)].type == "PER") {
        std::optional<RoleMatch> role =
            FindRoleBefore(u_, v + 1, mm.first_token);
        subject = role && role->first_token == v + 1;
      }
      if (subject) {
        Speaker sp;
        sp.entity = EntityOf(m);
        *last_ = sp;
      }
      return;
    }
  }

  // «عقب ذلك سلّم أمير المنطقة مفاتيح … . وعبّر سموه عن سعادته … .
  // وقال: “…”»: a sentence opening with a verb whose subject is an
  // honorific pronoun makes that person the subject a following cue
  // without one goes on with (a cue's own subject is read as usual).
  void HonorificSubject(const Sentence& s) {
    const uint32_t v = s.first_token;
    if (v + 1 >= s.end_token || !IsWord(v) || !IsWord(v + 1) ||
        ClassifyCue(Norm(v)) != CueKind::kNone ||
        !IsHonorificPronoun(Norm(v + 1)) || IsHonorificPronoun(Norm(v))) {
      return;
    }
    if (const int32_t who = HonorificAntecedent(Norm(v + 1), v); who >= 0) {
      Speaker sp;
      sp.entity = who;
      *last_ = sp;
    }
  }

  // A spokesman relaying his principal: the subject between the cue and
  // the content [b, e) holds «المتحدث/الناطق باسم…» (or «الرسمي»), and
  // the content opens with a person other than the speaker followed at
  // once by a quotation or a present- or future-tense verb («يدين»,
  // «يتابع بقلق», «سيزور»). Sets that person as speaker, the spokesman
  // as reporter.
  bool SpokesmanRelays(uint32_t subject_b, uint32_t b, uint32_t e,
                       const Speaker& outer, Speaker* inner) const {
    static const WordSet kSpokesHead(
        {"المتحدث", "المتحدثة", "الناطق", "الناطقة"});
    // The office he speaks for: «باسمه» (someone named before), or the
    // first word after «باسم» («الأمين العام»).
    bool spokesman = false;
    std::string office;
    for (uint32_t k = subject_b; k + 2 < b && k < subject_b + 30; ++k) {
      if (!IsWord(k) || !kSpokesHead.Contains(StripConjunction(Norm(k))) ||
          !IsWord(k + 1)) {
        continue;
      }
      const std::string_view next = Norm(k + 1);
      if (next == "باسمه" || next == "باسمها") {
        spokesman = true;
      } else if (next == "باسم" && IsWord(k + 2)) {
        spokesman = true;
        office = std::string(Norm(k + 2));
      }
      if (spokesman) break;
    }
    if (!spokesman) return false;
    // The person must not hold another office: «المتحدث باسم الكرملين ديمتري
    // بيسكوف إن جونسون "لا يحبنا"» is Peskov speaking of Johnson.
    auto bare = [](std::string_view w) {
      return w.starts_with("ال") && w.size() > 6 ? w.substr(4) : w;
    };
    // A person the text gives no office may hold a person's office.
    auto holds = [&](int32_t entity) {
      if (office.empty()) return true;
      // An office of a person («الأمين العام», «الرئيس»), not a body
      // («مجلس الأمن القومي», «الكرملين»).
      if (a_->canonical[entity].roles.empty()) return IsRoleHead(office);
      for (const EntityRole& r : a_->canonical[entity].roles) {
        const std::string have = ner::NormalizeWord(r.title);
        if (bare(std::string_view(have).substr(0, have.find(' '))) ==
            bare(office)) {
          return true;
        }
      }
      return false;
    };
    // «إن رئيس الوزراء كيرياكوس ميتسوتاكيس "يدين …"», «إن الرئيس
    // فلاديمير بوتين "يتطلع …"»: the principal named with his office,
    // which must be the one the spokesman speaks for.
    auto office_fits = [&](std::string_view title) {
      static const WordSet kGovernment({"الحكومة", "حكومة"});
      static const WordSet kPresidency(
          {"الكرملين", "الرئاسة", "البيت", "القصر", "الإليزيه", "الاليزيه"});
      static const WordSet kMinistry({"الخارجية", "وزارة", "الوزارة"});
      static const WordSet kPremier({"رئيس", "رئيسة", "المستشار", "المستشارة"});
      static const WordSet kPresident({"الرئيس", "الرئيسة"});
      static const WordSet kMinister({"الوزير", "الوزيرة", "وزير", "وزيرة"});
      if (office.empty()) return false;
      if (kGovernment.Contains(office)) return kPremier.Contains(title);
      if (kPresidency.Contains(office)) return kPresident.Contains(title);
      if (kMinistry.Contains(office)) return kMinister.Contains(title);
      return bare(office) == bare(title);
    };
    for (size_t m : MentionsIn(b, std::min(e, b + 6))) {
      const Mention& mm = text_.mentions[m];
      bool titled = false;
      if (mm.first_token > b) {
        std::optional<RoleMatch> role = RoleAt(u_, b, mm.first_token);
        titled = role && role->end_token == mm.first_token && IsWord(b) &&
                 office_fits(Norm(b));
      }
      if ((mm.first_token != b && !titled) ||
          a_->canonical[EntityOf(m)].type != "PER" ||
          EntityOf(m) == outer.entity || (!titled && !holds(EntityOf(m)))) {
        return false;
      }
      const uint32_t v = mm.end_token;
      if (v + 1 >= e) return false;
      bool stance = false;
      if (const Region* r = RegionOpeningAt(v);
          r != nullptr && r->close > r->open + 1) {
        // «إن بوش "في حالة مستقرة"»: a state in the marks, opening with a
        // preposition, is what the spokesman says of him; so are a state
        // or an event told of him («إن الرئيس بوتين "مستعد للقاء ترامب"»,
        // «"أُبلغ بالحادث"»). His own stance opens with a verb in the
        // present or future («"يدين …"», «"سيزور …"»).
        const std::string_view w = IsWord(r->open + 1) ? Norm(r->open + 1) : "";
        stance = !IsWord(r->open + 1) ||
                 (!IsStopword(w) && (w.starts_with("ي") || w.starts_with("ت") ||
                                     w.starts_with("ن") || w.starts_with("س")));
      } else if (IsWord(v)) {
        static const WordSet kNotVerbs(
            {"يوم", "يوما", "يومي", "يوميا", "يونيو", "يوليو", "يناير"});
        const std::string_view w = Norm(v);
        stance = (w.starts_with("ي") || w.starts_with("سي")) && w.size() >= 6 &&
                 !kNotVerbs.Contains(w);
      }
      if (!stance) return false;
      *inner = Speaker{};
      inner->entity = EntityOf(m);
      inner->reporter = outer.entity;
      inner->reporter_goes_on = false;
      return true;
    }
    return false;
  }

  // A statement inside reported content: [b, e) opens with (titles or an
  // office and) a person, a reporting verb right after the name, and that
  // verb's «أن»/«إن»/colon within a few words. Sets the person as
  // speaker with `outer` as reporter, and the inner content's start and
  // cue.
  bool NestedStatement(uint32_t b, uint32_t e, const Speaker& outer,
                       Speaker* inner, uint32_t* content, uint32_t* cue,
                       uint32_t* cue_end) const {
    // Whether the words after `verb` reach a quotation, a colon or a
    // complementizer before anything else: `who` said them.
    auto said_after = [&](int32_t who, uint32_t verb) {
      for (uint32_t k = verb + 1; k + 1 < e && k <= verb + 10; ++k) {
        if (InRegion(k)) return false;
        // «إن الوزير أيمن الصفدي أكد خلال الاجتماع "أن العودة …"»: the
        // quotation is his.
        const Region* r = RegionOpeningAt(k);
        const bool quotation =
            r != nullptr && r->close > r->open + 3 && r->close <= e;
        if (quotation || Norm(k) == ":" ||
            (IsWord(k) && IsComplementizer(Norm(k)))) {
          inner->entity = who;
          inner->reporter = outer.entity;
          inner->reporter_goes_on = true;
          *content = quotation ? k : k + 1;
          *cue = verb;
          *cue_end = verb + 1;
          return true;
        }
        if (!IsWord(k) && Norm(k) != "،" && Norm(k) != ",") return false;
        if (IsWord(k) && ClassifyCue(Norm(k)) != CueKind::kNone) return false;
      }
      return false;
    };
    // «وصرح المتحدث الرسمى بأن الرئيس أكد خلال اللقاء أن …»: an office
    // alone, held by one person the article names, and his verb.
    if (IsWord(b) && IsRoleHead(Norm(b)) &&
        MentionsIn(b, std::min(e, b + 5)).empty()) {
      uint32_t verb = b + 1;
      while (verb < e && verb < b + 5 && IsWord(verb) &&
             ClassifyCue(Norm(verb)) == CueKind::kNone) {
        ++verb;
      }
      if (verb < e && verb < b + 5 && IsWord(verb) &&
          ClassifyCue(Norm(verb)) == CueKind::kVerb) {
        const int32_t who = ResolveDescription(b, verb);
        if (who >= 0 && who != outer.entity &&
            a_->canonical[who].type == "PER" && said_after(who, verb)) {
          return true;
        }
      }
    }
    // («إن خادم الحرمين الشريفين الملك سلمان … أكد»: a long title.)
    for (size_t m : MentionsIn(b, std::min(e, b + 6))) {
      const Mention& mm = text_.mentions[m];
      if (a_->canonical[EntityOf(m)].type != "PER" ||
          EntityOf(m) == outer.entity) {
        return false;
      }
      // «إن القائد العام المشير خليفة حفتر أكد»: an office of several
      // words before the name.
      uint32_t k0 = b;
      if (std::optional<RoleMatch> role = RoleAt(u_, b, mm.first_token);
          role && role->end_token <= mm.first_token) {
        k0 = role->end_token;
      }
      // («خادم الحرمين الشريفين الملك سلمان», «جلالة السلطان»: a ruler's
      // style.)
      static const WordSet kStyle(
          {"خادم", "الحرمين", "الشريفين", "جلالة", "الجلالة", "المعظم"});
      for (uint32_t k = k0; k < mm.first_token; ++k) {
        if (!IsWord(k) || !(IsRoleHead(Norm(k)) || IsHonorific(Norm(k)) ||
                            IsRank(k) || FindNationality(Norm(k)) != nullptr ||
                            kStyle.Contains(Norm(k)))) {
          return false;
        }
      }
      uint32_t verb = mm.end_token;
      // «إن الدكتور خالد عبدالغفار، نائب رئيس الوزراء …، أكد أن …»: his
      // office set off by commas between the name and the verb.
      if (verb < e && (Norm(verb) == "،" || Norm(verb) == ",") &&
          verb + 1 < e && IsWord(verb + 1) && IsRoleHead(Norm(verb + 1))) {
        uint32_t k = verb + 1;
        while (k < e && k < verb + 14 && Norm(k) != "،" && Norm(k) != ",") {
          ++k;
        }
        if (k < e && k < verb + 14) verb = k + 1;
      }
      if (verb >= e || !IsWord(verb) ||
          ClassifyCue(Norm(verb)) != CueKind::kVerb) {
        return false;
      }
      return said_after(EntityOf(m), verb);
    }
    return false;
  }

  // The subject of a cue from the zone between cue and content.
  // The letters of a proclitic the mention's word carries («لنتنياهو»):
  // the mention's span starts after the word does.
  bool HasProclitic(size_t m) const {
    const Mention& mm = text_.mentions[m];
    const uint32_t start = u_.tokens.tokens[mm.first_token].span.begin;
    if (mm.span.begin <= start) return false;
    // «د.أحمد عبد الحليم»: an abbreviated title glued by its point is no
    // proclitic.
    const std::string_view before =
        std::string_view(u_.text).substr(start, mm.span.begin - start);
    return before.find('.') == std::string_view::npos;
  }
  bool IsAddressee(size_t m) const {
    if (!HasProclitic(m)) return false;
    std::string_view w = Norm(text_.mentions[m].first_token);
    return w.starts_with("ل") || w.starts_with("ول");
  }
  // After «إلا أن(ه)»: the writer speaking again about the speaker or
  // someone else («إلا أنه رفض الإفصاح», «إلا أن مكلارين تباهى»), not the
  // speaker's own "but" («إلا أن الدعم الفني كان عائقا»).
  bool WriterTurn(uint32_t t) const {
    if (!IsWord(t)) return false;
    static const WordSet kActs({"رفض", "رفضت", "لم", "اكتفى", "اكتفت", "عاد",
                                "عادت", "نفى", "نفت", "تجنب", "تجنبت", "امتنع",
                                "امتنعت", "أكد", "أكدت", "أشار", "أشارت"});
    if (kActs.Contains(Norm(t))) return true;
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (mm.first_token == t && mm.type == EntityType::kPerson) return true;
    }
    return false;
  }

  // The words [b, e) as a source's description, without the proclitic of
  // the first: «لمصادر مطلعة» → «مصادر مطلعة», «للتقرير» → «التقرير» (ل
  // and the article's ل are one letter there).
  std::string SourceText(uint32_t b, uint32_t e) const {
    const Token& first = u_.tokens.tokens[b];
    const std::string_view orig = first.span.Of(u_.text);
    const Span rest{first.span.end, u_.tokens.tokens[e - 1].span.end};
    if (Norm(b).starts_with("لل") && Letters(Norm(b)) >= 4) {
      const size_t skip = SkipLetters(orig, 2);
      return absl::StrCat("ال", AV(orig.substr(skip)), AV(rest.Of(u_.text)));
    }
    // «بيانات الدراسة», «بيان الوزارة»: words whose first letter only
    // looks like a proclitic.
    // «وبحسب برنامج الأغذية العالمي»: a body's head noun.
    static const WordSet kWhole({"بيان",  "بيانات", "بلاغ",   "بحث",   "برقية",
                                 "بوابة", "وثيقة",  "وثائق",  "وكالة", "وزارة",
                                 "لجنة",  "كتاب",   "برنامج", "بنك",   "بلدية",
                                 "بعثة",  "برلمان", "بورصة",  "ولاية", "وفد",
                                 "وحدة",  "كلية",   "كتلة"});
    const std::string_view bare = StripConjunction(Norm(b));
    const size_t letters = kWhole.Contains(bare)
                               ? (bare.size() == Norm(b).size() ? 0 : 1)
                               : ProcliticLetters(Norm(b));
    const size_t skip = SkipLetters(orig, letters);
    return absl::StrCat(AV(orig.substr(skip)), AV(rest.Of(u_.text)));
  }
  // «وقال مصدر أمني لوكالة فرانس برس»: a ل-word before a name (or that
  // carries one) says to whom; the source's description ends before it.
  bool OpensAddressee(uint32_t t) const {
    if (!IsWord(t)) return false;
    const std::string_view w = StripConjunction(Norm(t));
    if (!w.starts_with("ل") || Letters(w) < 3) return false;
    // «لكن موسكو تؤكد»: "but", not ل + a noun.
    static const WordSet kBut({"لكن", "لكنه", "لكنها", "لكنهم", "لكنني"});
    if (kBut.Contains(w)) return false;
    // «الرئيس المنتهية ولايته محمد بخاري»: «ولاية» (a term of office) is a
    // word of its own, no «و» + «ل».
    if (StripConjunction(Norm(t)).size() < Norm(t).size() &&
        Norm(t).starts_with("ولاي")) {
      return false;
    }
    // «لشبكة "سي إن إن"»: past an opening mark.
    const uint32_t next =
        t + 1 < u_.size() && u_.tokens.tokens[t + 1].kind == TokenKind::kQuote
            ? t + 2
            : t + 1;
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (mm.first_token == t || mm.first_token == next) return true;
    }
    return false;
  }
  bool IsDetachedB(uint32_t t) const {  // «بـ"…"»
    if (!IsWord(t)) return false;
    const std::string_view w = StripConjunction(Norm(t));
    return w == "ب" || w == "بـ";
  }
  bool IsDetachedLam(uint32_t t) const {
    if (!IsWord(t)) return false;
    const std::string_view w = StripConjunction(Norm(t));
    return w == "ل" || w == "لـ";
  }

  // «وكتب على منصته "تروث سوشيال"», «في تغريدة على حسابه بـ«تويتر»»: the
  // platform the words were posted on, never who posted them.
  bool OnPlatform(size_t m) const {
    static const WordSet kWhere({"على", "عبر", "منصة", "منصته", "منصتها",
                                 "حسابه", "حسابها", "حساباته", "صفحته",
                                 "صفحتها", "تطبيق", "موقع", "موقعه"});
    uint32_t k = text_.mentions[m].first_token;
    bool bracket = false;
    while (k > 0 &&
           (u_.tokens.tokens[k - 1].kind == TokenKind::kQuote ||
            (!IsWord(k - 1) && Norm(k - 1) == "(") ||
            (IsWord(k - 1) && (StripConjunction(Norm(k - 1)) == "ب" ||
                               StripConjunction(Norm(k - 1)) == "بـ")))) {
      bracket = bracket || !IsWord(k - 1);
      --k;
    }
    if (k == 0 || !IsWord(k - 1)) return false;
    const std::string_view w = Norm(k - 1);
    if (kWhere.Contains(w) || kWhere.Contains(StripProclitics(w))) return true;
    // «عبر موقع التواصل الاجتماعي (تويتر)»: the platform named in
    // brackets after what it is.
    static const WordSet kSocial({"التواصل", "الاجتماعي", "للتواصل"});
    return bracket && kSocial.Contains(w);
  }
  // «بي.بي.سي» tagged «سي»: a piece of initials glued by points is no
  // name of its own.
  bool InInitials(size_t m) const {
    const Mention& mm = text_.mentions[m];
    // «د.أحمد عبد الحليم»: a one-letter title glued by its point before a
    // name of two words or more is no initials.
    const bool title =
        mm.first_token >= 2 && mm.end_token > mm.first_token + 1 &&
        IsWord(mm.first_token - 2) && Letters(Norm(mm.first_token - 2)) == 1 &&
        (mm.first_token < 3 || !GluedPoint(mm.first_token - 3));
    return (mm.first_token > 0 && GluedPoint(mm.first_token - 1) && !title) ||
           (mm.end_token < u_.size() && GluedPoint(mm.end_token));
  }

  // «في مقابلة مع قناة «برس تي في»», «في تصريح لإذاعة "موزاييك"», «في
  // حديث مع سكاي نيوز»: the channel of an interview, never who spoke.
  bool InterviewChannel(size_t m) const {
    static const WordSet kMedia({"قناة", "شبكة", "صحيفة", "جريدة", "مجلة",
                                 "وكالة", "إذاعة", "موقع", "تلفزيون", "برنامج",
                                 "محطة", "منصة"});
    static const WordSet kTalks(
        {"مقابلة", "حديث", "لقاء", "حوار", "تصريح", "تصريحات", "اتصال"});
    uint32_t k = text_.mentions[m].first_token;
    while (k > 0 && u_.tokens.tokens[k - 1].kind == TokenKind::kQuote) --k;
    if (k == 0 || !IsWord(k - 1)) return false;
    std::string_view w = Norm(k - 1);
    if (kMedia.Contains(w) || kMedia.Contains(StripProclitics(w))) {
      // «لإذاعة»: the attached ل says to whom.
      if (StripConjunction(w).starts_with("ل") &&
          !StripConjunction(w).starts_with("ال")) {
        return true;
      }
      if (--k == 0 || !IsWord(k - 1)) return false;
      w = Norm(k - 1);
    }
    if (w != "مع" || k < 2 || !IsWord(k - 2)) return false;
    return kTalks.Contains(Norm(k - 2)) ||
           kTalks.Contains(StripProclitics(Norm(k - 2)));
  }

  // «قالت حركة النهضة في بيان أمضاه رئيسها راشد الغنوشي إنها …», «في
  // مؤتمر صحفي تابعته السومرية نيوز»: a name after a verb that takes the
  // statement or the event as its object is in a relative clause, not the
  // subject of the cue.
  bool InRelativeClause(uint32_t zb, size_t m) const {
    static const WordSet kRelative(
        {"أمضاه",  "أمضته",   "وقعه",   "وقعته",   "تلاه",     "تلته",
         "ألقاه",  "ألقته",   "تابعته", "تابعتها", "حضرته",    "حضرتها",
         "بثته",   "بثتها",   "نقلته",  "نقلتها",  "نشرته",    "نشرتها",
         "أوردته", "أوردتها", "أصدره",  "أصدرته",  "أصدرتها",  "نظمته",
         "نظمتها", "عقده",    "عقدته",  "عقدها",   "استضافته", "استضافتها",
         "أجرته",  "أجرتها",  "أجراه"});
    const uint32_t first = text_.mentions[m].first_token;
    for (uint32_t k = zb; k < first; ++k) {
      if (IsWord(k) && kRelative.Contains(Norm(k))) return true;
    }
    return false;
  }

  // «لـ"سبق"», «لـ «الرياض»»: a name after a detached «لـ» is whom the
  // words were said to (an outlet, mostly), never the one who said them.
  bool AfterDetachedLam(size_t m) const {
    uint32_t k = text_.mentions[m].first_token;
    while (k > 0 && OpensName(k - 1)) --k;
    return k > 0 && IsDetachedLam(k - 1);
  }
  // A quotation mark or an opening bracket before a name.
  bool OpensName(uint32_t t) const {
    return u_.tokens.tokens[t].kind == TokenKind::kQuote ||
           (!IsWord(t) && Norm(t) == "(");
  }

  // «الوزارة» for the one ministry the article names. `alone`: the word is
  // the whole description («وقالت الشرطة»), so a body whose name only holds
  // it («إدارة شرطة لوس أنجلوس») may be meant too; «الشرطة الكورية
  // الجنوبية» is no such body.
  int32_t OrganisationForDescription(uint32_t t, bool alone) const {
    static const WordSet kHeads(
        {"الوزارة", "الهيئة",  "الشركة",  "الجامعة", "المنظمة", "الجمعية",
         "الغرفة",  "الوكالة", "المؤسسة", "الحركة",  "المحكمة", "اللجنة",
         "البلدية", "الأمانة", "الرابطة", "المجلس",  "الإمارة", "الاتحاد",
         "النادي",  "الإدارة", "المركز",  "الصندوق", "البنك",   "المكتب",
         "الجماعة", "الحزب"});
    // Nouns that name a body only standing alone: «الشرطة الكورية الجنوبية»
    // is not «شرطة سيول».
    static const WordSet kAloneHeads({"الشرطة", "الجيش", "الحكومة"});
    std::string_view w = StripConjunction(Norm(t));
    if (!kHeads.Contains(w) && !(alone && kAloneHeads.Contains(w))) return -1;
    const std::string_view bare = w.substr(4);  // without ال
    auto strip_al = [](std::string_view x) {
      return x.starts_with("ال") ? x.substr(4) : x;
    };
    // The body named by that head («وزارة الصحة», «الحكومة اليمنية»); else
    // the one whose name holds it («إدارة شرطة لوس أنجلوس» for «الشرطة»).
    // Among several, the one body of them named before the head alone
    // («وقال البنك» after «البنك المركزي المصري», before «البنك الأهلي»).
    for (int pass = 0; pass < (alone ? 2 : 1); ++pass) {
      int32_t found = -1, found_before = -1;
      int count = 0, count_before = 0;
      for (size_t i = 0; i < a_->canonical.size(); ++i) {
        const Entity& e = a_->canonical[i];
        if (e.type != "ORG") continue;
        // Any of its names: «الشركة» for «أرامكو السعودية», written «شركة
        // الزيت العربية السعودية» once.
        bool named = false;
        for (const std::string& v : e.variants) {
          const std::string n = ner::NormalizeWord(v);
          const std::vector<std::string_view> words = SplitAny(n, " ");
          for (size_t k = 0; k < words.size() && (pass == 1 || k == 0); ++k) {
            named = named || strip_al(words[k]) == bare;
          }
        }
        // «جماعة أنصار الله» tagged «أنصار الله»: the head written right
        // before a mention of it.
        for (size_t m = 0; m < text_.mentions.size() && !named; ++m) {
          const Mention& mm = text_.mentions[m];
          if (EntityOf(m) != static_cast<int32_t>(i) || mm.first_token == 0) {
            continue;
          }
          const TextUnit& mu = text_.units[mm.unit];
          if (mu.tokens.tokens[mm.first_token - 1].kind !=
              TokenKind::kArabicWord) {
            continue;
          }
          const std::string_view before =
              StripConjunction(mu.Norm(mm.first_token - 1));
          named = before == bare || StripProclitics(before) == bare;
        }
        if (!named) continue;
        found = static_cast<int32_t>(i);
        ++count;
        if (NamedBefore(found, t)) {
          found_before = found;
          ++count_before;
        }
      }
      if (count == 1) return found;
      if (count > 1) return alone && count_before == 1 ? found_before : -1;
    }
    return -1;
  }
  // «وقال الوزير» when two ministers hold offices in the article: the one
  // who spoke last, else the one holder named before; -1 otherwise. Only
  // for an office of one word.
  int32_t HolderNamedBefore(std::string_view title, uint32_t t) const {
    const std::string norm_title = ner::NormalizeWord(title);
    if (norm_title.empty()) return -1;
    auto bare = [](std::string_view w) {
      return w.starts_with("ال") && w.size() > 6 ? w.substr(4) : w;
    };
    auto words_of = [&](std::string_view text) {
      std::vector<std::string_view> out = SplitAny(text, " ");
      for (std::string_view& w : out) w = bare(w);
      return out;
    };
    // An office of several words («مدير مركز بازل» for «مدير المركز
    // الإقليمي … «بازل»»): the same head and one more word of three
    // letters or more in the holder's office.
    const std::vector<std::string_view> want = words_of(norm_title);
    if (want.empty()) return -1;
    auto holds = [&](size_t i) {
      if (a_->canonical[i].type != "PER") return false;
      for (const EntityRole& r : a_->canonical[i].roles) {
        const std::string have_text = ner::NormalizeWord(r.title);
        const std::vector<std::string_view> have = words_of(have_text);
        if (have.empty() || have[0] != want[0]) continue;
        if (want.size() == 1) return true;
        for (size_t k = 1; k < want.size(); ++k) {
          if (Letters(want[k]) < 3) continue;
          for (size_t j = 1; j < have.size(); ++j) {
            if (have[j] == want[k]) return true;
          }
        }
      }
      return false;
    };
    if (last_->entity >= 0 && holds(static_cast<size_t>(last_->entity))) {
      return last_->entity;
    }
    int32_t found = -1;
    for (size_t i = 0; i < a_->canonical.size(); ++i) {
      if (!holds(i) || !NamedBefore(static_cast<int32_t>(i), t)) continue;
      if (found >= 0) return -1;
      found = static_cast<int32_t>(i);
    }
    return found;
  }
  // The one person the article named right after `word` («العميد أحمد
  // البيلاوي») before token t of this unit; -1 when none or several.
  // `nationality_between`: or with a nationality between («الشاعرة
  // السعودية رزان العتيبي»).
  int32_t PersonAfterWord(std::string_view word, uint32_t t,
                          bool nationality_between = false) const {
    int32_t found = -1;
    for (size_t m = 0; m < text_.mentions.size(); ++m) {
      const Mention& mm = text_.mentions[m];
      if (mm.unit > unit_ || (mm.unit == unit_ && mm.first_token >= t) ||
          mm.first_token == 0 || mm.type != EntityType::kPerson) {
        continue;
      }
      const TextUnit& u = text_.units[mm.unit];
      auto bare = [&](uint32_t k) {
        return u.tokens.tokens[k].kind == TokenKind::kArabicWord
                   ? StripConjunction(u.Norm(k))
                   : std::string_view();
      };
      const uint32_t k = mm.first_token - 1;
      if (bare(k) != word &&
          !(nationality_between && k > 0 && !bare(k).empty() &&
            FindNationality(bare(k)) != nullptr && bare(k - 1) == word)) {
        continue;
      }
      const int32_t e = a_->entities[m].entity;
      if (e < 0) continue;
      if (found >= 0 && found != e) return -1;
      found = e;
    }
    return found;
  }
  // True when a mention of `entity` comes before token t of this unit.
  bool NamedBefore(int32_t entity, uint32_t t) const {
    for (size_t m = 0; m < text_.mentions.size(); ++m) {
      const Mention& mm = text_.mentions[m];
      if (mm.unit > unit_ || (mm.unit == unit_ && mm.first_token >= t)) break;
      if (EntityOf(m) == entity) return true;
    }
    return false;
  }

  // «وأضافت الصحيفة الأمريكية», «وتابعت الجريدة»: the outlet last named
  // with that head («صحيفة وول ستريت جورنال»), the description being the
  // head and at most two adjectives. -1 if none.
  int32_t OutletForDescription(uint32_t b, uint32_t e) const {
    static const WordSet kOutlets({"الصحيفة", "الجريدة", "المجلة", "القناة",
                                   "الوكالة", "الشبكة", "الإذاعة"});
    if (e > b + 3 || !IsWord(b)) return -1;
    const std::string_view w = StripConjunction(Norm(b));
    if (!kOutlets.Contains(w)) return -1;
    for (uint32_t k = b + 1; k < e; ++k) {
      if (!IsWord(k) || !Norm(k).starts_with("ال")) return -1;
    }
    // «صحيفة» and «جريدة» name one kind of outlet.
    const bool paper = w == "الصحيفة" || w == "الجريدة";
    const std::string_view bare = w.substr(4);  // without ال
    int32_t found = -1;
    for (size_t m = 0; m < text_.mentions.size(); ++m) {
      const Mention& mm = text_.mentions[m];
      if (mm.unit > unit_ || (mm.unit == unit_ && mm.first_token >= b)) break;
      if (EntityOf(m) < 0 || a_->canonical[EntityOf(m)].type != "ORG" ||
          mm.first_token == 0) {
        continue;
      }
      const TextUnit& u = text_.units[mm.unit];
      uint32_t h = mm.first_token - 1;
      while (h > 0 && u.tokens.tokens[h].kind == TokenKind::kQuote) --h;
      if (u.tokens.tokens[h].kind != TokenKind::kArabicWord) continue;
      std::string_view head = StripProclitics(StripConjunction(u.Norm(h)));
      if (head == bare || (paper && (head == "صحيفة" || head == "جريدة"))) {
        found = EntityOf(m);  // the most recent
      }
    }
    return found;
  }

  // A person a description names without the role the text gave him:
  // by the family name with or without ال («الدكتور المشاقبة» → «أمين
  // مشاقبة»), or by a nationality only one person has («المهاجم السوري»
  // → «عمر السومه», «اللاعب السوري»). Unique, or -1.
  int32_t PersonForDescription(uint32_t b, uint32_t e) const {
    auto bare = [](std::string_view w) {
      w = StripConjunction(w);
      if (w.starts_with("ال") && Letters(w) >= 5) w.remove_prefix(4);
      return w;
    };
    int32_t by_name = -1, by_country = -1;
    int name_hits = 0, country_hits = 0;
    // A nationality names a person only after a noun for one («المهاجم
    // السوري»), not in «وسائل إعلام إسرائيلية».
    static const WordSet kPersonNouns(
        {"المهاجم",    "الحارس",  "المدافع", "اللاعب", "النجم",   "الجناح",
         "المحترف",    "الكاتب",  "الشاعر",  "الفنان", "المحلل",  "الخبير",
         "الدبلوماسي", "السياسي", "الناشط",  "الصحفي", "المسؤول", "المسئول",
         "الدولي",     "الأمير",  "الشيخ",   "المدرب", "المدير",  "القاضي"});
    uint32_t head = b;  // past «سمو», «الدكتور» …
    while (head + 1 < e && IsWord(head) && IsHonorific(Norm(head))) ++head;
    const bool person_noun =
        IsWord(head) && (IsRoleHead(Norm(head)) || IsHonorific(Norm(head)) ||
                         kPersonNouns.Contains(StripConjunction(Norm(head))));
    for (uint32_t k = b; k < e && k < b + 6; ++k) {
      if (!IsWord(k) || IsHonorific(Norm(k)) || IsRoleHead(Norm(k))) continue;
      const Country* nat = FindNationality(Norm(k));
      const std::string_view w = bare(Norm(k));
      for (size_t i = 0; i < a_->canonical.size(); ++i) {
        const Entity& ent = a_->canonical[i];
        if (ent.type != "PER") continue;
        if (nat != nullptr) {
          if (!person_noun) continue;
          bool of_country = false;
          for (const EntityRole& r : ent.roles) {
            of_country = of_country || r.country == nat->code;
          }
          // «أكد السويسري مارسيل كولر …», «البرتغالي جوزيه جوميز»: the
          // nationality written right before the name.
          for (uint32_t mi : ent.mentions) {
            if (of_country || mi >= text_.mentions.size()) break;
            const Mention& mm = text_.mentions[mi];
            const TextUnit& mu = text_.units[mm.unit];
            if (mm.first_token == 0 ||
                mu.tokens.tokens[mm.first_token - 1].kind !=
                    TokenKind::kArabicWord) {
              continue;
            }
            const Country* before =
                FindNationality(mu.Norm(mm.first_token - 1));
            of_country = before != nullptr && before->code == nat->code;
          }
          if (of_country) {
            if (by_country != static_cast<int32_t>(i)) ++country_hits;
            by_country = static_cast<int32_t>(i);
          }
          continue;
        }
        if (Letters(w) < 4) continue;
        const std::string n = ner::NormalizeWord(ent.name);
        const std::vector<std::string_view> parts = SplitAny(n, " ");
        if (parts.size() < 2) continue;
        // «لمحرج» as printed for «المحرج» (ل + the article's ل); «الحكم
        // قاساما» for «باكاري غاساما» (a long name in another spelling).
        const std::string_view last = parts.back();
        if (bare(last) != w &&
            !(last.starts_with("ل") && !last.starts_with("ال") &&
              last.substr(2) == w) &&
            !(Letters(w) >= 5 && !w.starts_with("ال") &&
              Spellings().SameWord(bare(last), w))) {
          continue;
        }
        if (by_name != static_cast<int32_t>(i)) ++name_hits;
        by_name = static_cast<int32_t>(i);
      }
    }
    if (name_hits == 1) return by_name;
    if (country_hits == 1) return by_country;
    return -1;
  }

  // «وأوضح نائب الرئيس الأول لقسم المنتجات في شركة "فاير آي" أن …»: an
  // office repeated word for word stands for the person the text named
  // right after those words earlier («… في شركة "فاير آي" مانيش جوبتا»),
  // however the role itself was parsed. At least two words, the first an
  // office; the person within `kGap` tokens after, in the same sentence;
  // unique, or -1. (A relative by kinship too: «وأشار والد الشهيد» after
  // «والد الشهيد، دواس آل منصور،». And the person named right before the
  // words when none follows: «"محمد العقيل" مدير عام جمرك مطار …».)
  int32_t PersonAfterSameWords(uint32_t b, uint32_t e) const {
    constexpr uint32_t kGap = 8;
    static const WordSet kKin({"والد", "والدة", "شقيق", "شقيقة", "زوج", "زوجة",
                               "ابن", "ابنة", "نجل", "نجلة", "أرملة", "عم",
                               "خال", "جد", "جدة", "أم", "أب"});
    if (e < b + 2 || !IsWord(b) ||
        !(IsRoleHead(Norm(b)) || kKin.Contains(Norm(b)) ||
          kKin.Contains(StripConjunction(Norm(b))))) {
      return -1;
    }
    // The office's own words: up to a preposition or a mark («… في شركة
    // "فاير آي"»).
    // (Nor a place after «بـ»: «… الدولي بجدة» is where the office is.)
    for (uint32_t k = b + 1; k < e; ++k) {
      if (!IsWord(k) || IsBreakWord(Norm(k)) ||
          (Norm(k).starts_with("ب") && PlaceStartsAt(k))) {
        e = k;
        break;
      }
    }
    if (e < b + 2) return -1;
    const uint32_t len = e - b;
    int32_t found = -1;
    for (uint32_t ui = 0; ui <= unit_ && ui < text_.units.size(); ++ui) {
      const TextUnit& v = text_.units[ui];
      const uint32_t limit = ui == unit_ ? b : static_cast<uint32_t>(v.size());
      for (uint32_t p = 0; p + len <= limit; ++p) {
        bool same = StripConjunction(v.Norm(p)) == StripConjunction(Norm(b));
        for (uint32_t k = 1; same && k < len; ++k) {
          same = v.tokens.tokens[p + k].kind == TokenKind::kArabicWord &&
                 v.Norm(p + k) == Norm(b + k);
        }
        if (!same) continue;
        const uint32_t after = p + len;
        const Sentence sent = v.SentenceOf(p);
        bool followed = false;
        for (size_t m = 0; m < text_.mentions.size(); ++m) {
          const Mention& mm = text_.mentions[m];
          if (mm.unit != ui || mm.first_token < after ||
              mm.first_token >= std::min(after + kGap, sent.end_token)) {
            continue;
          }
          const int32_t ent = a_->entities[m].entity;
          if (ent < 0 || a_->canonical[ent].type != "PER") continue;
          if (found >= 0 && found != ent) return -1;
          found = ent;
          followed = true;
          break;
        }
        if (followed || p == 0) continue;
        // The name before: ending right before the words, or before one
        // mark («"», «،») that closes it.
        uint32_t name_end = p;
        if (v.tokens.tokens[p - 1].kind != TokenKind::kArabicWord &&
            v.tokens.tokens[p - 1].kind != TokenKind::kNumber) {
          name_end = p - 1;
        }
        for (size_t m = 0; m < text_.mentions.size(); ++m) {
          const Mention& mm = text_.mentions[m];
          if (mm.unit != ui || mm.end_token != name_end ||
              mm.first_token < sent.first_token) {
            continue;
          }
          const int32_t ent = a_->entities[m].entity;
          if (ent < 0 || a_->canonical[ent].type != "PER") continue;
          if (found >= 0 && found != ent) return -1;
          found = ent;
          break;
        }
      }
    }
    return found;
  }

  // The entity a short description stands for: a role held by someone
  // named in the article («أمين غرفة مكة»), «الوزارة» for the one ministry,
  // or one word of exactly one entity's name («المدنية» → «وزارة الخدمة
  // المدنية»).
  int32_t ResolveDescription(uint32_t b, uint32_t e) const {
    if (b >= e) return -1;
    // «أعلنت الأمانة العامة لحزب العدالة والتنمية»: a party's or body's
    // governing organ speaks for the body named after it.
    // («وقال المركز الإعلامي للأهلي "…"»: so does its media office.)
    static const WordSet kOrgans(
        {"الأمانة", "المكتب", "اللجنة", "الهيئة", "المركز"});
    static const WordSet kOrganKinds({"العامة", "السياسي", "التنفيذي",
                                      "التنفيذية", "المركزية", "القيادية",
                                      "الإعلامي", "الإعلامية"});
    if (e >= b + 2 && b + 2 < u_.size() && IsWord(b) && IsWord(b + 1) &&
        kOrgans.Contains(StripConjunction(Norm(b))) &&
        kOrganKinds.Contains(Norm(b + 1))) {
      for (size_t m : mentions_) {
        const Mention& mm = text_.mentions[m];
        if (mm.first_token == b + 2 && HasProclitic(m) &&
            Norm(b + 2).starts_with("ل") && EntityOf(m) >= 0 &&
            a_->canonical[EntityOf(m)].type == "ORG") {
          return EntityOf(m);
        }
      }
    }
    // «تقديرات الصندوق», «تقرير المؤسسة»: a body's figures or report, the
    // body named by its head word.
    static const WordSet kDocuments({"تقديرات", "تقرير", "بيان", "بيانات",
                                     "إحصاءات", "إحصائيات", "توقعات", "دراسة",
                                     "أرقام"});
    if (e == b + 2 && IsWord(b) && IsWord(b + 1) &&
        kDocuments.Contains(StripConjunction(Norm(b)))) {
      if (const int32_t org = OrganisationForDescription(b + 1, true);
          org >= 0) {
        return org;
      }
    }
    if (std::optional<RoleMatch> role = RoleAt(u_, b, e)) {
      const int32_t who = EntityForRole(*a_, role->title, role->country);
      if (who >= 0) return who;
    }
    if (const int32_t who = PersonForDescription(b, e); who >= 0) return who;
    if (const int32_t who = PersonAfterSameWords(b, e); who >= 0) return who;
    if (const int32_t outlet = OutletForDescription(b, e); outlet >= 0) {
      return outlet;
    }
    if (const int32_t org = OrganisationForDescription(b, e == b + 1);
        org >= 0) {
      return org;
    }
    // «حديقة الأسماك» for «حديقة أسماك ميامي», «الهيئة العامة» …: a short
    // name of exactly one body or place the article names.
    if (e - b >= 2) {
      std::string desc;
      for (uint32_t k = b; k < e; ++k) {
        if (!IsWord(k)) return -1;
        absl::StrAppend(&desc, k > b ? " " : "", AV(StripConjunction(Norm(k))));
      }
      const std::vector<std::string_view> dw = SplitAny(desc, " ");
      int32_t body = -1;
      for (size_t i = 0; i < a_->canonical.size(); ++i) {
        const Entity& ent = a_->canonical[i];
        if (ent.type != "ORG" && ent.type != "LOC") continue;
        const std::string n = ner::NormalizeWord(ent.name);
        // «التعاون الإسلامي» for «منظمة التعاون الإسلامي»: the name
        // without its kind.
        static const WordSet kKinds({"منظمة", "هيئة", "حركة", "مجلس", "جماعة",
                                     "حزب", "جمعية", "مؤسسة"});
        const std::vector<std::string_view> nw = SplitAny(n, " ");
        bool without_kind =
            nw.size() == dw.size() + 1 && kKinds.Contains(nw[0]);
        for (size_t k = 0; without_kind && k < dw.size(); ++k) {
          without_kind = nw[k + 1] == dw[k];
        }
        if (IsShortBodyName(dw, nw) || without_kind ||
            (n.size() == desc.size() && n == desc)) {
          if (body >= 0 && body != static_cast<int32_t>(i)) {
            body = -2;
            break;
          }
          body = static_cast<int32_t>(i);
        }
      }
      if (body >= 0) return body;
    }
    if (e - b != 1 || !IsWord(b)) return -1;
    const std::string_view w = StripConjunction(Norm(b));
    if (Letters(w) < 4) return -1;
    // «الصحة: رفع الاستعداد …», «الخارجية: …»: a ministry's field alone is
    // the one ministry of it («وزارة الصحة والسكان»).
    if (w.starts_with("ال")) {
      static const WordSet kMinistry({"وزارة"});
      int32_t ministry = -1;
      for (size_t i = 0; i < a_->canonical.size(); ++i) {
        const Entity& ent = a_->canonical[i];
        if (ent.type != "ORG") continue;
        const std::string n = ner::NormalizeWord(ent.name);
        const std::vector<std::string_view> words = SplitAny(n, " ");
        if (words.size() >= 2 && kMinistry.Contains(words[0]) &&
            words[1] == w) {
          if (ministry >= 0) {
            ministry = -2;
            break;
          }
          ministry = static_cast<int32_t>(i);
        }
      }
      if (ministry >= 0) return ministry;
    }
    int32_t found = -1;
    for (size_t i = 0; i < a_->canonical.size(); ++i) {
      const Entity& ent = a_->canonical[i];
      if (ent.type != "ORG" && ent.type != "PER") continue;
      const std::string n = ner::NormalizeWord(ent.name);
      if (n == w) return static_cast<int32_t>(i);
      for (std::string_view part : SplitAny(n, " ")) {
        if (part == w && n.find(' ') != std::string::npos) {
          if (found >= 0 && found != static_cast<int32_t>(i)) return -1;
          found = static_cast<int32_t>(i);
        }
      }
    }
    if (found >= 0) return found;
    // «وأكد بيدرسون» for «بيدرسن»: the one person whose last name is this
    // word in another spelling (a vowel letter added or dropped).
    for (size_t i = 0; i < a_->canonical.size(); ++i) {
      const Entity& ent = a_->canonical[i];
      if (ent.type != "PER") continue;
      const std::string n = ner::NormalizeWord(ent.name);
      const std::vector<std::string_view> parts = SplitAny(n, " ");
      if (parts.empty() || !Spellings().SameWord(parts.back(), w)) continue;
      if (found >= 0 && found != static_cast<int32_t>(i)) return -1;
      found = static_cast<int32_t>(i);
    }
    return found;
  }

  // Documents that an adjunct «في …» names («في بيان», «في بلاغ»).
  static const WordSet& AdjunctDocuments() {
    static const WordSet* words =
        new WordSet({"بيان", "بلاغ", "تصريح", "تصريحات", "حديث", "مقابلة",
                     "رسالة", "تغريدة", "منشور", "تدوينة", "بيانها", "بيانه"});
    return *words;
  }

  // The owner of a speech named right before `cue` in sentence `s`: the
  // name or office after «لـ» («كلمة لوزير الإسكان،»), or the subject of
  // the verb that opens the sentence («وألقى وزير الإسكان كلمة»); -1.
  int32_t SpeechOwner(uint32_t cue, const Sentence& s) const {
    static const WordSet kSpeech({"كلمة", "كلمته", "كلمتها", "خطاب", "خطابا",
                                  "خطابه", "محاضرة", "حديثا", "تصريحا",
                                  "تصريحات", "بيانا", "مداخلة", "ورقة"});
    uint32_t k = cue;
    if (k > s.first_token && !IsWord(k - 1) &&
        (Norm(k - 1) == "،" || Norm(k - 1) == ",")) {
      --k;
    }
    uint32_t n = k;
    while (n > s.first_token && n + 8 > k && IsWord(n - 1) &&
           !kSpeech.Contains(StripConjunction(Norm(n - 1)))) {
      --n;
    }
    if (n == s.first_token || !IsWord(n - 1) ||
        !kSpeech.Contains(StripConjunction(Norm(n - 1)))) {
      return -1;
    }
    --n;  // the speech noun
    auto owner_in = [&](uint32_t b, uint32_t e) -> int32_t {
      if (b >= e) return -1;
      for (size_t m : MentionsIn(b, e)) {
        if (text_.mentions[m].first_token == b && IsSpeakerType(m)) {
          return EntityOf(m);
        }
        break;
      }
      return ResolveDescription(b, e);
    };
    if (n + 1 < k && Norm(n + 1).starts_with("ل")) return owner_in(n + 1, k);
    // «ثم ألقى مدير إدارة المهرجان إبراهيم الجار الله كلمة اللجنة العليا
    // للمهرجان أوضح فيها …»: the speech of a body, delivered by a person
    // after «ألقى», is his words.
    if (n + 1 < k && cue + 1 < s.end_token && IsWord(cue + 1) &&
        (Norm(cue + 1) == "فيها" || Norm(cue + 1) == "فيه")) {
      static const WordSet kDelivered({"ألقى", "ألقت", "القى", "القت"});
      for (uint32_t v = n; v-- > s.first_token && v + 12 > n;) {
        if (!IsWord(v)) break;
        if (!kDelivered.Contains(StripConjunction(Norm(v)))) continue;
        const int32_t who = owner_in(v + 1, n);
        if (who >= 0 && a_->canonical[who].type == "PER") return who;
        break;
      }
    }
    if (n + 1 != k || n <= s.first_token + 1) return -1;
    return owner_in(s.first_token + 1, n);
  }

  // A plural group opening the zone [zb, ze) («عدد من أصحاب مكاتب …»,
  // «أهالي الحي») followed by another party's name, as its words; unknown
  // otherwise.
  Speaker GroupSubjectBeforeObject(uint32_t zb, uint32_t ze) const {
    static const WordSet kGroups({"عدد", "بعض", "مجموعة", "عشرات", "مئات",
                                  "آلاف", "أصحاب", "ملاك", "أهالي", "سكان",
                                  "أولياء"});
    Speaker sp;
    if (zb + 2 >= ze || !IsWord(zb) ||
        !kGroups.Contains(StripConjunction(Norm(zb))) ||
        !MentionsIn(zb, zb + 1).empty()) {
      return sp;
    }
    uint32_t e = zb + 1;
    if (IsWord(e) && Norm(e) == "من") ++e;
    bool definite = false;
    while (e < ze && IsWord(e) && !IsBreakWord(Norm(e)) && !IsDateToken(e) &&
           ClassifyCue(Norm(e)) == CueKind::kNone && e < zb + 9) {
      const std::vector<size_t> here = MentionsIn(e, e + 1);
      if (!here.empty()) {
        if (definite) break;
        // A name in the chain is its genitive: «أعضاء مجلس الشورى».
        e = text_.mentions[here.front()].end_token;
        definite = true;
        continue;
      }
      const std::string_view w = Norm(e);
      if (definite) {
        // Adjectives of the definite word go with it: «المنطقة الشرقية».
        if (!w.starts_with("ال") ||
            !(w.ends_with("ي") || w.ends_with("ية") || w.ends_with("ة"))) {
          break;
        }
      } else if (w.starts_with("ال")) {
        definite = true;
      }
      ++e;
    }
    if (!definite || e >= ze) return sp;
    bool object = false;
    for (size_t m : MentionsIn(e, std::min(e + 1, ze))) {
      object |= text_.mentions[m].first_token == e && IsSpeakerType(m);
    }
    if (!object) return sp;
    sp.text = std::string(
        Span{u_.tokens.tokens[zb].span.begin, u_.tokens.tokens[e - 1].span.end}
            .Of(u_.text));
    return sp;
  }

  Speaker SubjectIn(uint32_t zb, uint32_t ze, const Sentence& s, uint32_t cue,
                    int32_t* addressee) {
    chained_cue_ = cue;
    Speaker sp;
    *addressee = -1;
    // «في الوقت الذي أعلنت فيه قوات التحالف …»: the relative's pronoun
    // is not the subject.
    // «وهو ما ردت عليه طهران بأنها …», «حسب ما أفادت به مصادر …»: nor is
    // the pronoun of «ما».
    static const WordSet kPronounObjects({"فيه", "فيها", "عليه", "عليها", "به",
                                          "بها", "إليه", "إليها", "خلاله",
                                          "خلالها"});
    if (zb + 1 < ze && IsWord(zb) && kPronounObjects.Contains(Norm(zb))) {
      ++zb;
    }
    // «وكانت واشنطن أعلنت الشهر الجاري عزمها …»: a period of time right
    // after the verb is no subject.
    static const WordSet kPeriods({"الشهر", "الأسبوع", "العام", "السنة"});
    static const WordSet kWhich({"الجاري", "الماضي", "المقبل", "الحالي",
                                 "المنصرم", "القادم", "الجارية", "الماضية",
                                 "المقبلة", "الحالية"});
    if (zb + 1 < ze && IsWord(zb) && IsWord(zb + 1) &&
        kPeriods.Contains(Norm(zb)) && kWhich.Contains(Norm(zb + 1))) {
      zb += 2;
    }
    // «طالب عدد من أصحاب مكاتب حجاج الداخل وزارة الحج بالسماح …»: a
    // group right after the verb is the subject; its construct chain ends
    // at its first definite word (and that word's adjectives), and a name
    // after it is whom the group addressed.
    if (const Speaker group = GroupSubjectBeforeObject(zb, ze); group.known()) {
      return group;
    }
    // «إذ أفادت، في بلاغ توصلت به هسبريس، بأن …»: a document set off by
    // commas with a relative verb on it names who received or carried
    // it, not who speaks; the subject is the one before.
    if (zb + 4 < ze && !IsWord(zb) && (Norm(zb) == "،" || Norm(zb) == ",") &&
        IsWord(zb + 1) && Norm(zb + 1) == "في" && IsWord(zb + 2) &&
        AdjunctDocuments().Contains(Norm(zb + 2))) {
      static const WordSet kOnIt({"به", "بها", "نقلته", "نقلتها", "نشرته",
                                  "نشرتها", "بثته", "بثتها", "أوردته",
                                  "أوردتها", "عنه", "عنها"});
      bool relative = false;
      uint32_t k = zb + 3;
      for (; k < ze && IsWord(k); ++k) relative |= kOnIt.Contains(Norm(k));
      if (relative && k < ze && (Norm(k) == "،" || Norm(k) == ",")) {
        zb = k + 1;
      }
    }
    // «وقالت الحكومة في بيان تلقت وكالة فرانس برس نسخة منه إنه …»: who
    // received or carried the document is not the subject; the zone ends
    // before «في».
    {
      static const WordSet kReceived({"تلقت", "تلقى", "حصلت", "حصل", "تسلمت",
                                      "تسلم", "اطلعت", "اطلع", "توصلت", "توصل",
                                      "نشرته", "نشرتها", "نقلته", "نقلتها",
                                      "أوردته", "أوردتها", "بثته", "بثتها"});
      for (uint32_t t = zb + 1; t + 2 < ze; ++t) {
        if (IsWord(t) && Norm(t) == "في" && IsWord(t + 1) &&
            AdjunctDocuments().Contains(Norm(t + 1)) && IsWord(t + 2) &&
            kReceived.Contains(Norm(t + 2))) {
          ze = t;
          break;
        }
      }
    }
    // «وقالت بروين بولدان وهي نائبة كبيرة عن حزب الشعوب …، إن …»: «وهو»
    // / «وهي» after a name opens a description of the one named; the
    // body the description names is not the subject.
    for (uint32_t t = zb + 1; t + 1 < ze; ++t) {
      if (!IsWord(t) || (Norm(t) != "وهو" && Norm(t) != "وهي")) continue;
      bool after_name = false;
      for (size_t m : mentions_) {
        const Mention& mm = text_.mentions[m];
        after_name = after_name || (mm.unit == unit_ && mm.end_token == t &&
                                    mm.first_token >= zb && IsSpeakerType(m));
      }
      if (after_name) ze = t;
      break;
    }
    // «أما رئيس المنظمة …، علي بن زينة، فدعا الأولياء إلى …»: the topic
    // of «أما» is the subject of the verb in «ف»; what follows the verb is
    // its object.
    if (Norm(cue).starts_with("ف") &&
        StripConjunction(Norm(cue)) != Norm(cue)) {
      for (uint32_t k = cue; k > s.first_token && cue - k < 20; --k) {
        if (!IsWord(k - 1) || Norm(k - 1) != "اما") continue;
        // (The first person: «أما العم «حمزة الحكيم» عم «عبدالله»، فبين»;
        // a body when no person is named.)
        int32_t who = -1;
        for (size_t m : MentionsIn(k, cue)) {
          if (!IsSpeakerType(m)) continue;
          if (a_->canonical[EntityOf(m)].type == "PER") {
            who = EntityOf(m);
            break;
          }
          if (who < 0) who = EntityOf(m);
        }
        if (who < 0 && k < cue) {
          uint32_t end = cue;
          while (end > k && !IsWord(end - 1)) --end;
          who = ResolveDescription(k, end);
        }
        if (who >= 0) {
          sp.entity = who;
          return sp;
        }
        break;
      }
    }
    // «تخلله كلمة لوزير الإسكان، أوضح فيها أن …», «وألقى الوزير كلمة أكد
    // فيها …»: «in it», the speech just named; its owner speaks.
    if (zb + 1 == ze && IsWord(zb) &&
        (Norm(zb) == "فيها" || Norm(zb) == "فيه")) {
      if (const int32_t who = SpeechOwner(cue, s); who >= 0) {
        sp.entity = who;
        return sp;
      }
    }
    // «تؤكد حالياً بأنها …», «وأكد أيضاً الوزير …»: an adverb is no
    // subject; the subject, if any, follows it.
    // («صرحت أخيرا بأن …»; «نفت دولة جنوب السودان بشدة أن …»: nor does
    // it end one.)
    static const WordSet kAdverbs({"حاليا", "أيضا", "مجددا", "كذلك", "دائما",
                                   "سابقا", "مؤخرا", "رسميا", "مرارا", "أخيرا",
                                   "بشدة", "صراحة", "علنا"});
    if (zb < ze && IsWord(zb) && kAdverbs.Contains(Norm(zb))) ++zb;
    while (ze > zb + 1 && IsWord(ze - 1) && kAdverbs.Contains(Norm(ze - 1))) {
      --ze;
    }
    // «وقال الفرنسي إنه …» after «وقال أوبورتان …»: a nationality alone
    // as the subject is the person the article is quoting (the press
    // varies the name with the nationality).
    if (zb + 1 == ze && IsWord(zb) && Norm(zb).starts_with("ال") &&
        FindNationality(Norm(zb)) != nullptr &&
        FindCountryByName(Norm(zb)) == nullptr && last_->entity >= 0 &&
        a_->canonical[last_->entity].type == "PER") {
      // (Not a family name that reads as one: «قال السويدي» of «محمد حسن
      // السويدي».)
      bool family = false;
      for (const Entity& e : a_->canonical) {
        const std::string name = ner::NormalizeWord(e.name);
        family = family || (e.type == "PER" &&
                            std::string_view(name).ends_with(Norm(zb)));
      }
      if (!family) return *last_;
    }
    // «اكتفى وزير الطاقة … عبد العزيز بن سلمان بالقول للصحفيين: …»: the
    // one named right before «بالقول» is its subject; what follows is
    // whom he told.
    if (IsWord(cue) && StripConjunction(Norm(cue)) == "بالقول") {
      for (size_t m : mentions_) {
        const Mention& mm = text_.mentions[m];
        if (mm.unit == unit_ && mm.end_token == cue && EntityOf(m) >= 0 &&
            IsSpeakerType(m)) {
          sp.entity = EntityOf(m);
          return sp;
        }
      }
    }
    // «نفت دولة جنوب السودان أن …»: a state named with its kind speaks as
    // the country.
    static const WordSet kStates({"دولة", "جمهورية", "مملكة", "سلطنة"});
    if (zb + 1 < ze && IsWord(zb) && kStates.Contains(Norm(zb))) {
      for (size_t m : MentionsIn(zb + 1, ze)) {
        const Mention& mm = text_.mentions[m];
        const int32_t e = EntityOf(m);
        if (mm.first_token == zb + 1 && mm.end_token == ze && e >= 0 &&
            a_->canonical[e].type == "LOC" &&
            FindCountryByName(ner::NormalizeWord(a_->canonical[e].name)) !=
                nullptr) {
          sp.entity = e;
          return sp;
        }
      }
    }
    // «وأبلغت (عكاظ) مصادر مطلعة أن …»: «أبلغ» puts whom it told first;
    // the subject follows the name.
    static const WordSet kInform(
        {"أبلغ", "أبلغت", "أبلغوا", "وأبلغ", "وأبلغت", "وأبلغوا"});
    if (IsWord(cue) && kInform.Contains(Norm(cue))) {
      uint32_t k = zb;
      while (k < ze && OpensName(k)) ++k;
      for (size_t m : MentionsIn(k, ze)) {
        const Mention& mm = text_.mentions[m];
        if (mm.first_token != k) break;
        uint32_t after = mm.end_token;
        while (after < ze && !IsWord(after) &&
               (u_.tokens.tokens[after].kind == TokenKind::kQuote ||
                Norm(after) == ")")) {
          ++after;
        }
        // (The name set off by marks or brackets, or an unnamed source
        // after it: «أبلغ شكري نظيره أن …» is Shoukry telling.)
        static const WordSet kSources(
            {"مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "مصدران"});
        if (after < ze && IsWord(after) && !IsComplementizer(Norm(after)) &&
            EntityOf(m) >= 0 && (k > zb || kSources.Contains(Norm(after)))) {
          *addressee = EntityOf(m);
          zb = after;
        }
        break;
      }
    }
    // «وكان العراق قد طالب السويد بتسليم …»: the subject named between
    // «كان» and «قد» before the cue; a name after the cue is whom it
    // addressed.
    if (cue >= 3 && IsWord(cue - 1) && Norm(cue - 1) == "قد") {
      static const WordSet kWas({"كان", "كانت", "وكان", "وكانت"});
      static const WordSet kRelay({"نقل", "نقلت", "نقلوا"});
      for (size_t m : mentions_) {
        const Mention& mm = text_.mentions[m];
        const int32_t e = EntityOf(m);
        if (mm.end_token != cue - 1 || mm.first_token == 0 || e < 0) {
          continue;
        }
        // («وكان وزير الدفاع الإسرائيلي يوآف غالانت قد قال خلال زيارته
        // قاعدة رمات دافيد …»: the office before the name too.)
        // Not a body after an office («وكان ممثل النيابة العامة قد طالب»:
        // the office speaks), nor a relay («قد نقل عن تيدروس قوله»: whom
        // it relays speaks).
        bool was = IsWord(mm.first_token - 1) &&
                   kWas.Contains(Norm(mm.first_token - 1));
        if (!was && mm.type == EntityType::kPerson &&
            !kRelay.Contains(StripConjunction(Norm(cue)))) {
          for (uint32_t k = mm.first_token - 1;
               k-- > 0 && k + 6 >= mm.first_token;) {
            if (!IsWord(k)) break;
            if (kWas.Contains(Norm(k))) {
              was = true;
              break;
            }
          }
        }
        if (!was) continue;
        const bool country =
            a_->canonical[e].type == "LOC" &&
            FindCountryByName(ner::NormalizeWord(a_->canonical[e].name)) !=
                nullptr;
        if (IsSpeakerType(m) || country) {
          sp.entity = e;
          return sp;
        }
      }
      // «وكان مسؤول في اقليم كردستان العراقي قد طالب تركيا بوقف …»: a
      // subject no one named, between «كان» (opening the sentence) and
      // «قد»; the name after the cue is whom it addressed.
      uint32_t was = cue - 1;
      for (uint32_t k = cue - 1; k-- > s.first_token && k + 10 > cue;) {
        if (!IsWord(k)) break;
        if (IsWas(Norm(k))) {
          was = k;
          break;
        }
      }
      // (Not a relay: «وكان المتحدث … قد نقل عن الوزير …» is the
      // minister's.)
      bool plain = was == s.first_token && was + 2 < cue && zb == cue + 1 &&
                   !kRelay.Contains(StripConjunction(Norm(cue)));
      for (uint32_t k = was + 1; plain && k + 1 < cue; ++k) {
        plain = IsWord(k) && !IsDateToken(k) && !IsTimeOfDay(Norm(k)) &&
                ClassifyCue(Norm(k)) == CueKind::kNone &&
                !IsComplementizer(Norm(k));
      }
      if (plain && MentionsIn(zb, ze).size() > 0) {
        for (size_t m : MentionsIn(was + 1, cue - 1)) {
          if (!IsSpeakerType(m)) continue;
          sp.entity = EntityOf(m);
          return sp;
        }
        sp.entity = ResolveDescription(was + 1, cue - 1);
        if (sp.entity >= 0) return sp;
        sp.text = std::string(Span{u_.tokens.tokens[was + 1].span.begin,
                                   u_.tokens.tokens[cue - 2].span.end}
                                  .Of(u_.text));
        return sp;
      }
    }
    // «وتمنت لو أن الوزارة …»: "if only", no name Lu.
    if (zb + 1 < u_.size() && IsWord(zb) && Norm(zb) == "لو" &&
        IsWord(zb + 1) && IsComplementizer(Norm(zb + 1))) {
      return last_->known() ? Chained() : sp;
    }
    // «وقال لي مدير النادي الأدبي …»: to me, to us (not «لي» of a name:
    // «قال لي كه تشيانغ»).
    static const WordSet kToMe({"لي", "لنا"});
    // («وأكد لي أنه ساع في العلاج»: «لي» before «أنه» is to me, even
    // where the tagger read the name Lee.)
    if (zb + 1 <= ze && IsWord(zb) && kToMe.Contains(Norm(zb)) &&
        zb + 1 < u_.size() &&
        ((zb + 1 < ze && (!InMention(zb) ||
                          (IsWord(zb + 1) && (IsRoleHead(Norm(zb + 1)) ||
                                              IsHonorific(Norm(zb + 1)))))) ||
         (IsWord(zb + 1) && IsComplementizer(Norm(zb + 1))))) {
      ++zb;
    }
    // «وعن استقالة الربيش وتعيين بديل له، قال "…"», «ورداً على تصاريح
    // الربيش …، أجاب "…"»: a sentence opening with what the answer is
    // about names no speaker before the comma; with no subject after the
    // cue, the speaker goes on.
    static const WordSet kAbout({"عن", "وعن", "حول", "بشأن", "بخصوص", "ردا",
                                 "تعليقا", "وتعليقا", "وردا", "وفيما"});
    if (cue > s.first_token + 2 && !IsWord(cue - 1) &&
        (Norm(cue - 1) == "،" || Norm(cue - 1) == ",") &&
        IsWord(s.first_token) &&
        kAbout.Contains(StripConjunction(Norm(s.first_token)))) {
      bool named_after = false;
      for (size_t m : MentionsIn(zb, ze)) named_after |= IsSpeakerType(m);
      if (!named_after && last_->known()) return Chained();
    }
    // «ماكرون يدعو شي إلى …»: a headline's present tense after the name
    // that opens it; the name after the verb is its object.
    if (u_.kind == UnitKind::kTitle && cue > s.first_token &&
        LooksLikeImperfectVerb(Norm(cue))) {
      for (size_t m : MentionsIn(s.first_token, cue)) {
        const Mention& mm = text_.mentions[m];
        if (mm.first_token == s.first_token && mm.end_token == cue &&
            IsSpeakerType(m) && !HasProclitic(m)) {
          sp.entity = EntityOf(m);
          return sp;
        }
        // «العليمي يؤدي اليمين … ويتعهد بـ"…"»: a second present verb
        // joined with «و», its content right after it, goes on with the
        // name that opens the headline.
        if (mm.first_token == s.first_token && IsSpeakerType(m) &&
            !HasProclitic(m) && Norm(cue).starts_with("و") &&
            LooksLikeImperfectVerb(Norm(mm.end_token)) &&
            (IsDetachedB(cue + 1) || RegionOpeningAt(cue + 1) != nullptr ||
             (IsWord(cue + 1) && (IsComplementizer(Norm(cue + 1)) ||
                                  IsContentPreposition(Norm(cue + 1)))))) {
          sp.entity = EntityOf(m);
          return sp;
        }
      }
    }
    // «وأوضح لـ"الاقتصادية" مسؤول في وزارة المالية …، أنه …»: the
    // outlet told comes before the subject.
    if (zb + 2 < ze && IsDetachedLam(zb)) {
      uint32_t after = 0;
      if (const Region* r = RegionOpeningAt(zb + 1);
          r != nullptr && r->close + 1 < ze && r->close <= zb + 6) {
        after = r->close + 1;
      }
      for (size_t m : MentionsIn(zb + 1, ze)) {
        if (text_.mentions[m].first_token == zb + 1 &&
            text_.mentions[m].end_token < ze) {
          after = text_.mentions[m].end_token;
        }
      }
      // (A person named after it is found as before.)
      bool person = false;
      for (size_t m : MentionsIn(after, ze)) {
        person |= after > 0 && IsSpeakerType(m) &&
                  a_->canonical[EntityOf(m)].type == "PER";
      }
      if (after > 0 && !person && IsWord(after) &&
          !IsComplementizer(Norm(after)) && !IsBreakWord(Norm(after))) {
        zb = after;
      }
    }
    // «أظهر استطلاع أجراه موقع "كووورة" أن …», «استطلاع أجرته مؤسسة
    // غالوب»: the body that made the study speaks through it.
    static const WordSet kStudies(
        {"استطلاع", "دراسة", "مسح", "بحث", "استبيان", "إحصائية", "تقرير"});
    static const WordSet kMadeBy({"أجراه", "أجرته", "أعده", "أعدته", "أصدره",
                                  "أصدرته", "نشره", "نشرته"});
    if (zb < ze && IsWord(zb) &&
        kStudies.Contains(StripConjunction(Norm(zb)))) {
      // «استطلاع آخر لمركز "أريدا"»: the body whose study it is, after
      // «لـ».
      for (uint32_t k = zb + 1; k < ze && k < zb + 3; ++k) {
        if (!IsWord(k)) break;
        const std::string_view w = Norm(k);
        // («إحصائية للمؤسسة العامة للموانئ»: «لل» too.)
        if (!w.starts_with("ل") || w.starts_with("ال") ||
            (ProcliticLetters(w) != 1 && !w.starts_with("لل"))) {
          continue;
        }
        for (size_t m : MentionsIn(k, std::min<uint32_t>(ze, k + 4))) {
          if (IsSpeakerType(m) && text_.mentions[m].first_token <= k + 2) {
            sp.entity = EntityOf(m);
            return sp;
          }
        }
        break;
      }
      for (uint32_t k = zb + 1; k < ze && k < zb + 5; ++k) {
        if (!IsWord(k) || !kMadeBy.Contains(Norm(k))) continue;
        for (size_t m : MentionsIn(k + 1, std::min<uint32_t>(ze, k + 6))) {
          if (IsSpeakerType(m)) {
            sp.entity = EntityOf(m);
            return sp;
          }
        }
        break;
      }
    }
    // «وعلمت «النهار» من مصادر وزارية أن …», «وعلمت "سبق" أن …»: the
    // outlet relays what its sources, described or not, told it.
    static const WordSet kLearned({"علمت"});
    if (kLearned.Contains(StripConjunction(Norm(cue)))) {
      Speaker learned;
      for (uint32_t k = zb; k < ze; ++k) {
        if (IsWord(k) && Norm(k) == "من" && k + 1 < ze &&
            IsUnnamedSource(k + 1)) {
          learned.text = SourceText(k + 1, DescriptionEnd(k + 1, ze));
          ze = k;
          break;
        }
      }
      if (learned.text.empty() && IsUnnamedSource(zb)) {
        learned.text = SourceText(zb, DescriptionEnd(zb, ze));
        return learned;
      }
      for (size_t m : MentionsIn(zb, ze)) {
        if (IsSpeakerType(m)) {
          learned.reporter = EntityOf(m);
          break;
        }
      }
      learned.learned = true;
      return learned;
    }
    // «وأضاف العميد أن …» after «العميد أحمد البيلاوي»: a rank or title
    // alone is the one person the article named right after it.
    if (zb + 1 == ze && IsWord(zb) &&
        StripConjunction(Norm(zb)).starts_with("ال") &&
        IsHonorific(StripConjunction(Norm(zb)))) {
      const int32_t who = PersonAfterWord(StripConjunction(Norm(zb)), zb);
      if (who >= 0) {
        sp.entity = who;
        return sp;
      }
    }
    // «أكدت الشاعرة أن …» after «الشاعرة السعودية رزان العتيبي»: a
    // calling alone is the one person the article named after it (and
    // a nationality).
    // («وأضاف المواطن أن …» after «وقال المواطن مانع ملفي»: or the word
    // a local story introduces its person with.)
    static const WordSet kIntroduced(
        {"المواطن", "المواطنة", "المقيم", "المقيمة", "الشاب", "الفتاة"});
    if (zb + 1 == ze && IsWord(zb) &&
        (IsCalling(StripConjunction(Norm(zb))) ||
         kIntroduced.Contains(StripConjunction(Norm(zb))))) {
      const int32_t who = PersonAfterWord(StripConjunction(Norm(zb)), zb,
                                          /*nationality_between=*/true);
      if (who >= 0) {
        sp.entity = who;
        return sp;
      }
    }
    // «وقال نحو نصف الآباء الذين شملتهم الدراسة، إنه …», «وقال 57 في
    // المائة من الآباء إن …»: a share of a group speaks, as described.
    {
      static const WordSet kShares({"نحو", "حوالي", "قرابة", "نصف", "ثلث",
                                    "ربع", "غالبية", "أغلبية", "معظم", "أغلب"});
      const bool share =
          zb < ze && (u_.tokens.tokens[zb].kind == TokenKind::kNumber ||
                      (IsWord(zb) && kShares.Contains(Norm(zb))));
      bool named = false;
      for (size_t m : MentionsIn(zb, ze)) named |= IsSpeakerType(m);
      if (share && !named) {
        uint32_t e = zb + 1;
        while (e < ze && e < zb + options_.max_description_tokens + 4 &&
               !IsComplementizer(Norm(e)) && Norm(e) != "،" && Norm(e) != "," &&
               Norm(e) != ":") {
          ++e;
        }
        if (e > zb + 1) {
          sp.text = std::string(Span{u_.tokens.tokens[zb].span.begin,
                                     u_.tokens.tokens[e - 1].span.end}
                                    .Of(u_.text));
          return sp;
        }
      }
    }
    std::vector<size_t> ms = MentionsIn(zb, ze);
    // «وكشف المتحدث أنه …», «وأكد المتحدث ذاته»: "the one speaking", the
    // speaker the article is quoting, not a spokesman («المتحدث باسم …»,
    // «المتحدث الرسمي»).
    static const WordSet kTheSpeaker({"المتحدث", "المتحدثة"});
    static const WordSet kSpokesman({"باسم", "بإسم", "الرسمي", "الرسمية",
                                     "الإعلامي", "الإعلامية", "العسكري",
                                     "بلسان"});
    if (zb < ze && IsWord(zb) &&
        kTheSpeaker.Contains(StripConjunction(Norm(zb))) &&
        last_->entity >= 0 &&
        !(zb + 1 < ze && IsWord(zb + 1) &&
          (kSpokesman.Contains(Norm(zb + 1)) ||
           FindNationality(Norm(zb + 1)) != nullptr)) &&
        ms.empty()) {
      return *last_;
    }
    // «أما ميسي، الذي …، فقال لقناة …: …»: the topic before «فـ» is the
    // subject.
    if (cue > s.first_token + 1 && IsWord(cue) &&
        Norm(cue) != StripConjunction(Norm(cue)) &&
        Norm(cue).starts_with("ف") && IsWord(s.first_token) &&
        StripConjunction(Norm(s.first_token)) == "اما") {  // «أما»
      // («أما إسرائيل فوصفت على لسان المتحدث …»: a country too; «أما
      // العم «حمزة الحكيم» عم «عبدالله»، فبين …»: after a title or kin
      // word, in quotation marks.)
      static const WordSet kKinTitles({"العم", "العمة", "الخال", "الخالة",
                                       "الحاج", "الحاجة", "الجد", "الجدة"});
      uint32_t first = s.first_token + 1;
      while (first < cue && first < s.first_token + 4 &&
             ((IsWord(first) && (kKinTitles.Contains(Norm(first)) ||
                                 IsHonorific(Norm(first)))) ||
              u_.tokens.tokens[first].kind == TokenKind::kQuote)) {
        ++first;
      }
      for (size_t m : mentions_) {
        const Mention& mm = text_.mentions[m];
        if (mm.first_token == first &&
            (IsSpeakerType(m) ||
             (EntityOf(m) >= 0 && a_->canonical[EntityOf(m)].type == "LOC" &&
              FindCountryByName(ner::NormalizeWord(
                  a_->canonical[EntityOf(m)].name)) != nullptr))) {
          sp.entity = EntityOf(m);
          return sp;
        }
      }
    }
    // «وقال بلاغ للديوان الملكي إن …», «وأفاد بيان صادر عن الوزارة أن …»:
    // a document as the subject speaks for the body that issued it.
    static const WordSet kSubjectDocuments(
        {"بيان", "بلاغ", "تقرير", "مذكرة", "منشور", "تعميم", "بيانات"});
    // (Not when it relays: «ونقل بيان لوزارة الطاقة عن نوفاك قوله …».)
    static const WordSet kFrom({"صادر", "الصادر", "صادرة"});
    bool doc_relays = StripConjunction(Norm(cue)).starts_with("نقل");
    for (uint32_t t = zb; t + 2 < ze && !doc_relays; ++t) {
      doc_relays = RelayEnd(t) != 0 || (IsWord(t) && Norm(t) == "عن" &&
                                        t > zb && !kFrom.Contains(Norm(t - 1)));
    }
    if (zb + 1 < ze && IsWord(zb) && !doc_relays &&
        kSubjectDocuments.Contains(StripConjunction(Norm(zb)))) {
      for (size_t m : ms) {
        const uint32_t first = text_.mentions[m].first_token;
        if (first <= zb) continue;
        bool issued =
            first == zb + 1 && HasProclitic(m) && Norm(first).starts_with("ل");
        issued = issued || (first == zb + 3 && IsWord(zb + 1) &&
                            kFrom.Contains(Norm(zb + 1)) && IsWord(zb + 2) &&
                            Norm(zb + 2) == "عن");
        if (issued && IsSpeakerType(m)) {
          sp.entity = EntityOf(m);
          return sp;
        }
        break;
      }
    }
    // «وجاء في بيان لوزارة الصحة أن …», «ورد في بيان صادر عن الرئاسة»: the
    // body that issued the document speaks; «وجاء في بيان سعودي أميركي
    // مشترك أن …»: with no body named, the document as described.
    static const WordSet kImpersonal({"جاء", "ورد"});
    static const WordSet kDocuments({"بيان", "تقرير", "رسالة", "نص", "وثيقة",
                                     "قرار", "مذكرة", "تغريدة", "منشور",
                                     "البيان", "التقرير", "الرسالة", "النص"});
    static const WordSet kIssued(
        {"عن", "أصدرته", "أصدرتها", "نشرته", "نشرتها", "وزعته", "وزعتها"});
    if (kImpersonal.Contains(StripConjunction(Norm(cue))) && zb + 1 < ze &&
        IsWord(zb) && Norm(zb) == "في" && IsWord(zb + 1) &&
        kDocuments.Contains(Norm(zb + 1))) {
      // «وجاء في البيان المشترك الصادر عن الدول الثلاث ووزارة الخزانة
      // الأمريكية والبنك الدولي»: a joint document speaks for no one body.
      if (zb + 2 < ze && IsWord(zb + 2) &&
          (Norm(zb + 2) == "المشترك" || Norm(zb + 2) == "المشتركة")) {
        sp.text = std::string(Span{u_.tokens.tokens[zb + 1].span.begin,
                                   u_.tokens.tokens[zb + 2].span.end}
                                  .Of(u_.text));
        return sp;
      }
      for (size_t m : ms) {
        const uint32_t first = text_.mentions[m].first_token;
        if (!IsSpeakerType(m)) continue;
        // Right after the noun («بيان لوزارة …», «بيان الخارجية»), or
        // after «صادر عن», «أصدرته».
        bool issued = first == zb + 2 || (first == zb + 3 && IsWord(zb + 2) &&
                                          !IsBreakWord(Norm(zb + 2)) &&
                                          !IsComplementizer(Norm(zb + 2)));
        for (uint32_t k = zb + 2; !issued && k < first; ++k) {
          issued = IsWord(k) && kIssued.Contains(Norm(k)) && k + 3 > first;
        }
        if (issued) {
          sp.entity = EntityOf(m);
          return sp;
        }
        break;
      }
      // «وجاء في بيان الوزارة: «…»» after «أعلنت وزارة شؤون الرئاسة …»:
      // the body named by the head word the document is in construct with.
      if (ms.empty() && !Norm(zb + 1).starts_with("ال") && zb + 2 < ze &&
          IsWord(zb + 2) && (zb + 3 == ze || !IsWord(zb + 3))) {
        if (const int32_t org = OrganisationForDescription(zb + 2, true);
            org >= 0) {
          sp.entity = org;
          return sp;
        }
      }
      // «أصدرت وزارة الخارجية بيانا … . وجاء في البيان: "…"»: the one who
      // issued the document the text brought up.
      if (ms.empty() && Norm(zb + 1).starts_with("ال")) {
        if (const int32_t issuer = DocumentIssuer(Norm(zb + 1).substr(4), zb);
            issuer >= 0) {
          sp.entity = issuer;
          return sp;
        }
      }
      // «في البيان» refers back to a statement whose issuer spoke before.
      if (ms.empty() && !Norm(zb + 1).starts_with("ال") &&
          ze <= zb + 2 + options_.max_description_tokens) {
        uint32_t end = zb + 2;
        while (end < ze && IsWord(end)) ++end;
        sp.text = std::string(Span{u_.tokens.tokens[zb + 1].span.begin,
                                   u_.tokens.tokens[end - 1].span.end}
                                  .Of(u_.text));
        return sp;
      }
    }
    for (size_t m : ms) {
      if (IsAddressee(m) && a_->canonical[EntityOf(m)].type == "PER") {
        *addressee = EntityOf(m);
        break;
      }
    }
    // «وأضاف الشبول، نقلا عن الخصاونة، أن …»: the one relayed speaks,
    // the subject relays; «دعا الاتحاد الأوروبي، على لسان المتحدث …
    // بيتر ستانو، إلى …»: the subject speaks through its spokesman.
    for (uint32_t t = zb; t + 2 < ze; ++t) {
      const uint32_t end = RelayEnd(t);
      if (end == 0) continue;
      int32_t unused = -1;
      int32_t relayed = -1;
      for (size_t m : MentionsIn(t + 2, std::min(end, ze))) {
        if (!IsSpeakerType(m)) continue;
        if (RelayThrough(t)) {
          if (a_->canonical[EntityOf(m)].type == "PER") relayed = EntityOf(m);
        } else if (relayed < 0) {
          relayed = EntityOf(m);
        }
      }
      Speaker subject = t > zb ? SubjectIn(zb, t, s, cue, &unused) : *last_;
      if (RelayThrough(t)) {
        if (!subject.known()) break;
        subject.reporter = relayed;
        return subject;
      }
      if (relayed < 0) {
        // «وأضافت الصحيفة نقلا عن تلك المصادر أن …», «نقلا عن مصادرها»:
        // an unnamed source speaks, described; the subject relays.
        static const WordSet kThose({"تلك", "هذه", "ذات", "نفس"});
        uint32_t k = t + 2;
        if (k < ze && IsWord(k) && kThose.Contains(Norm(k))) ++k;
        if (k >= ze || !IsUnnamedSource(k) || !subject.known()) break;
        sp.text = SourceText(k, DescriptionEnd(k, std::min(end, ze)));
        sp.reporter = subject.entity;
        sp.reporter_goes_on = true;
        return sp;
      }
      sp.entity = relayed;
      sp.reporter = subject.entity;
      sp.reporter_goes_on = true;
      return sp;
    }
    // «نقلت وكالة X عن Y قوله», «نقلت X عن مصدر مطلع قوله»: Y speaks, X
    // relays (a description and the relay only after «نقل»).
    const bool relays = StripConjunction(Norm(cue)).starts_with("نقل");
    // «هنأ الرئيس جوزاف عون الحكومة، ونقل مكتبه الإعلامي عنه تأكيده أن
    // …»: «عنه» is the person named last before the cue; the office
    // relays.
    // «قال الشيخ محمد عبدالرازق، كما نقل عنه موقع "العربية نت" إنه …»:
    // «عنه» right after the verb, the relay after it.
    for (uint32_t t = zb; relays && t < ze; ++t) {
      if (!IsWord(t) || (Norm(t) != "عنه" && Norm(t) != "عنها")) continue;
      int32_t who = -1;
      for (size_t m : mentions_) {
        const Mention& mm = text_.mentions[m];
        if (mm.first_token >= cue) break;
        if (EntityOf(m) >= 0 && a_->canonical[EntityOf(m)].type == "PER") {
          who = EntityOf(m);
        }
      }
      if (who < 0) break;
      sp.entity = who;
      for (size_t m : ms) {
        if ((t == zb || text_.mentions[m].first_token < t) &&
            IsSpeakerType(m)) {
          sp.reporter = EntityOf(m);
          break;
        }
      }
      return sp;
    }
    for (uint32_t t = zb; t < ze; ++t) {
      if (!IsWord(t) || StripConjunction(Norm(t)) != "عن" || t + 1 >= ze) {
        continue;
      }
      // «قال النائب عن ائتلاف دولة القانون عارف الساعدي»: «عن» after an
      // office names whom the holder represents, not a source.
      static const WordSet kRepresents({"نائب", "النائب", "النائبة", "نائبة",
                                        "ممثل", "الممثل", "مرشح", "المرشح",
                                        "المرشحة", "عضو", "العضو"});
      if (!relays && t > zb && IsWord(t - 1) &&
          kRepresents.Contains(StripConjunction(Norm(t - 1)))) {
        continue;
      }
      // «وصف المسماري إعلان وقف إطلاق النار الصادر عن … فايز السرّاج
      // بأنه …»: «عن» after "issued" names who issued the object of a
      // subject already named, not a source («في بيان صادر عن المصرف»
      // with no subject before it is).
      if (t > zb && IsWord(t - 1) && IsIssued(Norm(t - 1))) {
        bool subject_before = false;
        for (size_t m : MentionsIn(zb, t - 1)) {
          subject_before |= IsSpeakerType(m) && !IsObjectOfPreposition(m);
        }
        if (subject_before) continue;
      }
      // The relaying subject: a person before «عن», else the first name
      // («ونقلت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا عن لافروف»:
      // the spokeswoman, not the ministry in her office).
      for (size_t m : ms) {
        const Mention& mm = text_.mentions[m];
        if (relays && mm.first_token < t && IsSpeakerType(m)) {
          if (sp.reporter < 0) sp.reporter = EntityOf(m);
          if (a_->canonical[EntityOf(m)].type == "PER") {
            sp.reporter = EntityOf(m);
            break;
          }
        }
      }
      uint32_t named = t + 1;  // «عن الشيخ طلال الفهد»: past honorifics
      // («عن صاحب السمو الملكي الأمير سلمان بن حمد …»: the words of a
      // royal style too.)
      static const WordSet kStyle({"صاحب", "صاحبة", "السمو", "الملكي",
                                   "المعالي", "الفخامة", "الجلالة", "السعادة",
                                   "السماحة", "الفضيلة"});
      while (named < ze && IsWord(named) &&
             (IsHonorific(Norm(named)) || kStyle.Contains(Norm(named)))) {
        ++named;
      }
      for (size_t m : ms) {
        if (text_.mentions[m].first_token == named) sp.entity = EntityOf(m);
      }
      // «عن وزير المالية خليفة حمادة قوله»: the person the office names,
      // inside the office's words (the role runs on over the name).
      if (sp.entity < 0 && IsWord(named) && IsRoleHead(Norm(named))) {
        if (std::optional<RoleMatch> role = RoleAt(u_, named, ze)) {
          for (size_t m : ms) {
            const Mention& mm = text_.mentions[m];
            if (mm.first_token > named && mm.first_token <= role->end_token &&
                a_->canonical[EntityOf(m)].type == "PER") {
              sp.entity = EntityOf(m);
              break;
            }
          }
        }
        // «عن المتحدث باسم وزارة الصحة في غزة خليل الدقران قوله»: the
        // office's place between it and the holder, then «قوله».
        for (size_t m : ms) {
          const Mention& mm = text_.mentions[m];
          if (sp.entity >= 0 || mm.first_token <= named ||
              mm.first_token > named + 12) {
            continue;
          }
          if (a_->canonical[EntityOf(m)].type != "PER") continue;
          bool plain = mm.end_token < ze && IsWord(mm.end_token) &&
                       IsSayingNoun(Norm(mm.end_token));
          for (uint32_t k = named + 1; plain && k < mm.first_token; ++k) {
            plain = IsWord(k) && !IsComplementizer(Norm(k)) &&
                    ClassifyCue(Norm(k)) == CueKind::kNone &&
                    !IsSayingNoun(Norm(k));
          }
          if (plain) sp.entity = EntityOf(m);
          break;
        }
        // «عن رئيس الوزراء تأكيده …»: the office alone stands for its
        // holder named before.
        if (sp.entity < 0) {
          if (std::optional<RoleMatch> role = RoleAt(u_, named, ze);
              role && role->end_token < ze && IsWord(role->end_token) &&
              IsSayingNoun(Norm(role->end_token))) {
            sp.entity = EntityForRole(*a_, role->title, role->country);
            if (sp.entity < 0) sp.entity = HolderNamedBefore(role->title, t);
          }
        }
      }
      // «وكانت صحيفة "ديلي ميل" قد نقلت عن مصدر مقرب من اللاعب أن …»:
      // the relaying subject before the cue.
      if (relays && sp.entity < 0 && sp.reporter < 0 && t == zb) {
        bool named_later = false;
        for (size_t m : MentionsIn(t + 1, ze)) named_later |= IsSpeakerType(m);
        if (!named_later) sp.reporter = SentenceSubject(s, cue);
      }
      // («ونقلت القناة 12 العبرية عن مصدر أمني …»: an unnamed medium
      // relays as a named one does.)
      if (sp.entity < 0 && (sp.reporter >= 0 || (relays && t > zb)) &&
          IsWord(t + 1) && !IsBreakWord(Norm(t + 1))) {
        // A description up to «قوله», a comma or a break word.
        uint32_t e = t + 1;
        while (e < ze && e - t <= options_.max_description_tokens &&
               IsWord(e) && !IsBreakWord(Norm(e)) && !IsSayingNoun(Norm(e))) {
          ++e;
        }
        sp.text = std::string(Span{u_.tokens.tokens[t + 1].span.begin,
                                   u_.tokens.tokens[e - 1].span.end}
                                  .Of(u_.text));
      }
      // «ونقل ناظم عن الكاظمي قوله: "…". وتابع أن …»: a man relaying a
      // man's words is the subject of the sentence, and a bare «وتابع»
      // after it is his (a woman relaying is told apart by the verb:
      // `reporter_feminine`).
      if (relays && sp.entity >= 0 && sp.reporter >= 0 &&
          sp.reporter != sp.entity && !IsFeminineVerb(Norm(cue)) &&
          a_->canonical[sp.entity].type == "PER" &&
          a_->canonical[sp.reporter].type == "PER") {
        sp.reporter_masculine = true;
      }
      if (sp.known()) return sp;
      sp.reporter = -1;
    }
    // «وأوضحت الوزارة، في بلاغ توصلت به هسبريس، أن …»: a body named by
    // its head alone, then a comma: the outlet in the adjunct after it is
    // not the subject.
    if (zb + 1 < ze && IsWord(zb) && !IsWord(zb + 1) &&
        (Norm(zb + 1) == "،" || Norm(zb + 1) == ",")) {
      bool named_here = false;
      for (size_t m : ms) named_here |= text_.mentions[m].first_token == zb;
      if (!named_here) {
        if (const int32_t org = OrganisationForDescription(zb, true);
            org >= 0) {
          sp.entity = org;
          return sp;
        }
      }
    }
    std::vector<size_t> subjects;  // not addressees, not objects
    // «أكدت القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي أنها
    // …»: forces, authorities or supporters are the subject; a person
    // named in their description is whose they are.
    static const WordSet kCollectives(
        {"القوات", "السلطات", "الجهات", "الأجهزة", "الميليشيات", "المليشيات",
         "قوات", "عناصر", "مسلحو", "أنصار", "مؤيدو", "الفصائل", "فصائل"});
    bool collective = zb < ze && IsWord(zb) &&
                      kCollectives.Contains(StripConjunction(Norm(zb)));
    // («قوات التحالف» are the coalition's.)
    for (size_t m : ms) {
      collective &= text_.mentions[m].first_token != zb &&
                    text_.mentions[m].first_token != zb + 1;
    }
    // («لوكالة الأنباء السعودية (واس)»: the short name in brackets after
    // the one the words were said to is that one too.)
    uint32_t excluded_end = 0;
    for (size_t m : collective ? std::vector<size_t>() : ms) {
      const Mention& mm = text_.mentions[m];
      const bool bracketed = excluded_end > 0 && mm.first_token > 0 &&
                             mm.first_token - 1 == excluded_end &&
                             !IsWord(excluded_end) && Norm(excluded_end) == "(";
      if (!bracketed && !IsAddressee(m) && !AfterDetachedLam(m) &&
          !AfterMeetingNoun(m) && EntityOf(m) != *addressee && !OnPlatform(m) &&
          !InRelativeClause(zb, m) && !InterviewChannel(m) && !InInitials(m)) {
        subjects.push_back(m);
      } else {
        excluded_end = mm.end_token;
      }
    }
    // A role opening the zone is the subject; its holder is the person
    // named inside or right after it («وقال الرئيس الأميركي جو بايدن»), not
    // one named later in an adverbial («وقال متحدث باسم الشرطة … دون أن
    // يذكر اسم برودكين»).
    // «وقال مسؤول من قبيلة تبو إن …»: an indefinite official is someone
    // unnamed, not the one official the article names.
    static const WordSet kIndefiniteOfficials(
        {"مسؤول", "مسئول", "مسؤولة", "مسئولة", "مسؤولون", "مسئولون", "مسؤولين",
         "مسئولين", "متحدث", "متحدثة", "مستشار", "دبلوماسي"});
    const bool indefinite_official =
        zb < ze && IsWord(zb) &&
        kIndefiniteOfficials.Contains(StripConjunction(Norm(zb)));
    std::optional<RoleMatch> opening_role;
    if (zb < ze && IsWord(zb)) opening_role = RoleAt(u_, zb, ze);
    // «وكتب سمو الأمير»: the office after the honorifics.
    if (!opening_role && zb < ze && IsWord(zb) && IsHonorific(Norm(zb))) {
      uint32_t h = zb;
      while (h < ze && IsWord(h) && IsHonorific(Norm(h))) ++h;
      if (h < ze && IsWord(h)) opening_role = RoleAt(u_, h, ze);
    }
    // «وقال مصدر طبي في مستشفى رفيق الحريري»: a source is unnamed; a
    // name after it is where it works, not who it is.
    static const WordSet kSourceNouns({"مصدر", "مصادر"});
    bool source_noun = zb < ze && IsWord(zb) &&
                       kSourceNouns.Contains(StripConjunction(Norm(zb)));
    // «وقال مسؤول كبير في إدارة الرئيس باراك أوباما»: so is an official
    // without the article, qualified by an adjective or a place of work
    // («مسؤول الإعلام في النادي محمد …» is an office, named).
    static const WordSet kOfficials(
        {"مسؤول", "مسئول", "مسؤولة", "مسئولة", "مسؤولون", "مسئولون"});
    static const WordSet kQualifiers({"كبير", "رفيع", "بارز", "حكومي", "عسكري",
                                      "أمني", "رسمي", "سابق", "آخر", "في", "من",
                                      "لدى"});
    if (!source_noun && zb + 1 < ze && IsWord(zb) && IsWord(zb + 1) &&
        kOfficials.Contains(StripConjunction(Norm(zb)))) {
      const std::string_view q = Norm(zb + 1);
      source_noun =
          kQualifiers.Contains(q) || FindNationality(q) != nullptr ||
          (q.starts_with("ب") && ProcliticLetters(q) == 1 && Letters(q) >= 5);
    }
    // A named person. (Not one governed by a preposition after a body
    // that is the subject: «اعتبر حزب الاستقلال، … برئاسة الأمين العام
    // نزار بركة، أن …».)
    bool body_subject = false;
    for (size_t m : subjects) {
      if (!IsSpeakerType(m) || a_->canonical[EntityOf(m)].type == "PER") {
        continue;
      }
      // (The body right after the verb, not one inside an office: «قال
      // ممثل منظمة الصحة العالمية في لبنان عبد الناصر أبو بكر».)
      body_subject =
          text_.mentions[m].first_token == zb && !IsObjectOfPreposition(m);
      break;
    }
    for (size_t m : subjects) {
      if (!IsSpeakerType(m) || a_->canonical[EntityOf(m)].type != "PER" ||
          source_noun) {
        continue;
      }
      if (body_subject && IsObjectOfPreposition(m)) continue;
      // «قالت مديرة حملة بايدن، جين أومالي ديلون، …»: the person whose
      // office it is, then its holder set off by a comma.
      {
        const Mention& mm = text_.mentions[m];
        bool holder_follows = false;
        // (Past the closing mark of a quoted name: «الناشط المختص بمتابعة
        // قضية “هزازي”، علي آل حطاب، بأن …».)
        uint32_t comma = mm.end_token;
        while (comma < ze &&
               u_.tokens.tokens[comma].kind == TokenKind::kQuote) {
          ++comma;
        }
        const bool quoted_before =
            mm.first_token > zb &&
            u_.tokens.tokens[mm.first_token - 1].kind == TokenKind::kQuote &&
            mm.first_token - 1 > zb && IsWord(mm.first_token - 2);
        if (mm.first_token > zb &&
            (IsWord(mm.first_token - 1) || quoted_before) && comma + 1 < ze &&
            !IsWord(comma) && (Norm(comma) == "،" || Norm(comma) == ",")) {
          for (size_t o : subjects) {
            holder_follows |= text_.mentions[o].first_token == comma + 1 &&
                              IsSpeakerType(o) &&
                              a_->canonical[EntityOf(o)].type == "PER";
          }
        }
        if (holder_follows) continue;
      }
      if (opening_role &&
          text_.mentions[m].first_token > opening_role->end_token) {
        // The role's words may run on («مدير عام الشؤون الصحية بمنطقة
        // الرياض الدكتور …»): contiguous words up to the name are still the
        // role; a comma, a preposition or a verb ends it.
        // A prepositional phrase or a quoted outlet may come between
        // («وقال المحلل في شركة "الجزيرة كابتال" جاسم الجبران», «مبعوث
        // الأردن الأسبق لدى الأمم المتحدة حسن أبو نعمة»); a verb clause
        // does not («… دون أن يذكر اسم برودكين»).
        // «وقال وزير الخارجية الروسي، سيرغي لافروف، إن …»: the name set
        // off by a comma right after the role; «قال وزير المياه …، رئيس
        // اللجنة الحكومية …، توفيق الشرجبي، إن …»: after a second office
        // set off by commas.
        const uint32_t first = text_.mentions[m].first_token;
        bool contiguous = true, apposed = false;
        for (uint32_t k = opening_role->end_token; contiguous && k < first;
             ++k) {
          const TokenKind kind = u_.tokens.tokens[k].kind;
          // «الأمين العام لمنظمة البلدان المصدرة للبترول (أوبك) عبدالله
          // البدري»: the body's short name in brackets.
          if (Norm(k) == "(") {
            uint32_t close = k + 1;
            while (close < first && close < k + 6 && Norm(close) != ")") {
              ++close;
            }
            if (close < first && Norm(close) == ")") {
              k = close;
              continue;
            }
          }
          if (!IsWord(k) && (Norm(k) == "،" || Norm(k) == ",")) {
            // «وقال الباحث الفلكي، بقسم علوم الفلك …، ملهم بن محمد هندي»:
            // where the office is, set off by commas too.
            static const WordSet kWhere({"في", "لدى", "من"});
            const bool where =
                IsWord(k + 1) && (kWhere.Contains(Norm(k + 1)) ||
                                  (Norm(k + 1).starts_with("ب") &&
                                   ProcliticLetters(Norm(k + 1)) == 1 &&
                                   Letters(Norm(k + 1)) >= 4));
            // «المتحدث باسم "سرايا القدس"، الجناح العسكري لحركة الجهاد
            // الإسلامي، أبو حمزة، إن …»: or a gloss on the body.
            static const WordSet kBodyGloss(
                {"الجناح", "الذراع", "تحالف", "ائتلاف", "التابع", "التابعة",
                 "المقرب", "المقربة", "المدعوم", "المدعومة"});
            // «رئيس اللجنة الإعلامية بالدورة، الإعلامي حسن الزبيدي، أن»:
            // or his calling.
            contiguous =
                k + 1 == first ||
                (IsWord(k + 1) &&
                 (IsRoleHead(Norm(k + 1)) || IsRank(k + 1) || where ||
                  kBodyGloss.Contains(Norm(k + 1)) || IsCalling(Norm(k + 1))));
            apposed = true;
            continue;
          }
          // («اللواء د.أحمد»: the point of an abbreviated title.)
          if (Norm(k) == "." && k > 0 && IsWord(k - 1) &&
              Letters(Norm(k - 1)) == 1) {
            continue;
          }
          // (A place is no verb: «مدير هيئة السياحة … في محافظة ينبع سامر
          // بن علي العنيني».)
          // («… لفعاليات صيف حائل 36 في متنزه السمراء السياحي علي
          // الفايز»: a number between words of the office.)
          contiguous =
              kind == TokenKind::kQuote ||
              (kind == TokenKind::kNumber && IsWord(k - 1) && IsWord(k + 1)) ||
              (IsWord(k) && !IsComplementizer(Norm(k)) &&
               !IsTemporalConjunction(Norm(k)) &&
               ClassifyCue(Norm(k)) == CueKind::kNone &&
               (!LooksLikeImperfectVerb(Norm(k)) || InMention(k)));
        }
        // («مدير عام إدارة العلاقات العامة والمتحدث الإعلامي رئيس اللجنة
        // الإعلامية للجنة المحلية … محمد عبدالعزيز الصفيان»: more offices
        // run on before the name; each may be long.)
        // The next office opens within two words of the first, with no
        // preposition or break between («خلال لقائه اليوم مبعوث …» is an
        // object, not an office).
        bool more_offices = false;
        for (uint32_t k = opening_role->end_token;
             k < first && k <= opening_role->end_token + 2 && IsWord(k) &&
             !IsBreakWord(Norm(k)) && !IsStopword(StripConjunction(Norm(k)));
             ++k) {
          if (!InMention(k) && IsRoleHead(StripConjunction(Norm(k)))) {
            more_offices = true;
            break;
          }
        }
        contiguous =
            contiguous && first <= opening_role->end_token +
                                       (apposed || more_offices ? 20 : 8);
        if (!contiguous) break;
        // A name inside the second office («"صافر"») is not the holder;
        // a rank may come between the comma and the name («، الفريق أول
        // ياسر العطا،»).
        if (apposed) {
          uint32_t before = first;
          while (before > opening_role->end_token + 1 && IsRank(before - 1)) {
            --before;
          }
          // «قال رئيس الوفد الأوكراني، وزير الدفاع رستم عمروف، إن …»:
          // or right after the second office, the office opening at the
          // comma.
          bool after_office = false;
          if (IsWord(before - 1)) {
            uint32_t c = before - 1;
            while (c > opening_role->end_token && IsWord(c)) --c;
            if (Norm(c) == "،" || Norm(c) == ",") {
              std::optional<RoleMatch> second = RoleAt(u_, c + 1, before);
              after_office = (second && second->end_token == before) ||
                             (c + 2 == before && IsCalling(Norm(c + 1)));
              // «، رئيس الوفد السعودي المشارك في البطولة حسام الصالح على
              // أن …»: the second office may run on by a few words, where
              // it serves included, up to its holder.
              if (!after_office && second && second->end_token < before &&
                  second->end_token + 5 >= before) {
                bool run_on = true;
                for (uint32_t j = second->end_token; j < before && run_on;
                     ++j) {
                  run_on = IsWord(j) && !IsComplementizer(Norm(j)) &&
                           ClassifyCue(Norm(j)) == CueKind::kNone &&
                           !IsTemporalConjunction(Norm(j)) &&
                           !LooksLikeImperfectVerb(Norm(j)) &&
                           !IsDateToken(j) &&
                           (!IsBreakWord(Norm(j)) || Norm(j) == "في" ||
                            Norm(j) == "لدى");
                }
                after_office = run_on;
              }
            }
          }
          if (!after_office &&
              (IsWord(before - 1) ||
               !(Norm(before - 1) == "،" || Norm(before - 1) == ","))) {
            continue;
          }
        }
      }
      // «وقال سعد إبراهيم ومحمد حديدي وشائع عداوي إن …»: people joined by
      // «و» speak together; the statement is theirs, named as written.
      uint32_t joined_end = text_.mentions[m].end_token;
      int joined = 1;
      for (size_t o : subjects) {
        const Mention& om = text_.mentions[o];
        if (om.first_token != joined_end ||
            a_->canonical[EntityOf(o)].type != "PER" ||
            !IsWord(om.first_token) ||
            StripConjunction(Norm(om.first_token)) == Norm(om.first_token) ||
            !Norm(om.first_token).starts_with("و")) {
          continue;
        }
        joined_end = om.end_token;
        ++joined;
      }
      if (joined >= 2) {
        sp.text = std::string(Span{text_.mentions[m].span.begin,
                                   u_.tokens.tokens[joined_end - 1].span.end}
                                  .Of(u_.text));
        return sp;
      }
      // «وقال المتحدث باسم المكتب الإعلامي لرئيس مجلس الوزراء حيدر
      // العبادي سعد الحديثي»: after an office, a second name right after
      // the first is the holder; the first is whose office it is. A rank
      // or title may come between («المتحدث باسم قوات حفتر اللواء أحمد
      // المسماري»).
      if (opening_role) {
        if (const int32_t holder = PersonNamedNext(m, ze, subjects, false);
            holder >= 0) {
          sp.entity = holder;
          return sp;
        }
      }
      // «وقال وكيل سلامة المحامي مارك حبقة إن …»: after a noun of
      // relation («وكيل», «نجل») the person named is whose agent speaks —
      // the one named next, after his calling or title.
      if (RelationBefore(m)) {
        if (const int32_t agent = PersonNamedNext(m, ze, subjects, true);
            agent >= 0) {
          sp.entity = agent;
          return sp;
        }
      }
      sp.entity = EntityOf(m);
      return sp;
    }
    // A role standing for a person named elsewhere («وذكر الرئيس
    // الأميركي»), before any body named inside the role («أمين عام غرفة
    // مكة»).
    if (opening_role) {
      // «وأضاف المدرب البرتغالي»: the one person of that nationality
      // before any holder of the office the text gave no country.
      if (!indefinite_official && !opening_role->country.empty()) {
        sp.entity = PersonForDescription(opening_role->first_token,
                                         opening_role->end_token);
      }
      if (sp.entity < 0 && !indefinite_official) {
        sp.entity =
            EntityForRole(*a_, opening_role->title, opening_role->country);
      }
      if (sp.entity < 0 && !indefinite_official) {
        sp.entity = PersonForDescription(opening_role->first_token,
                                         opening_role->end_token);
      }
      if (sp.entity < 0 && !indefinite_official) {
        sp.entity = PersonAfterSameWords(opening_role->first_token, ze);
      }
      // («وقال مستشار محافظ أسيوط» after «عبدالله كامل مستشار محافظ
      // أسيوط»: an adviser in construct with an office is definite, the
      // one the article named.)
      const bool in_construct =
          opening_role->end_token >= opening_role->first_token + 3 &&
          zb + 1 < ze && IsWord(zb + 1) && !IsBreakWord(Norm(zb + 1)) &&
          Norm(zb + 1) != "باسم" && !Norm(zb + 1).starts_with("ال") &&
          (IsRoleHead(Norm(zb + 1)) || IsCalling(Norm(zb + 1)));
      if (sp.entity < 0 && (!indefinite_official || in_construct)) {
        sp.entity = HolderNamedBefore(opening_role->title, zb);
      }
      // «وأضاف القائد الميداني في المعارضة، أن …» after «نقلت الأناضول
      // عن صالح شيخ يوسف أحد قادة الفرقة …»: «وأضاف»/«وتابع» with a
      // definite office no one in the article holds by that name goes on
      // with the person quoted last.
      static const WordSet kGoingOn(
          {"وأضاف", "وأضافت", "وتابع", "وتابعت", "واستطرد", "واستطردت"});
      if (sp.entity < 0 && IsWord(cue) && kGoingOn.Contains(Norm(cue)) &&
          Norm(opening_role->first_token).starts_with("ال") &&
          last_->entity >= 0 && a_->canonical[last_->entity].type == "PER") {
        return Chained();
      }
      if (sp.entity < 0) {
        // «مسؤول رفيع المستوى لشبكة "سي إن إن"»: the role ends before
        // whom it spoke to.
        Span span = opening_role->span;
        for (uint32_t k = opening_role->first_token + 1;
             k < opening_role->end_token; ++k) {
          if (OpensAddressee(k)) {
            span.end = u_.tokens.tokens[k - 1].span.end;
            break;
          }
        }
        // «نائب عن تحالف الفتح»: an unnamed member and whom he represents.
        static const WordSet kMember({"نائب", "نائبة", "ممثل", "عضو"});
        uint32_t e = opening_role->end_token;
        if (e == opening_role->first_token + 1 && e + 1 < ze && IsWord(e) &&
            Norm(e) == "عن" &&
            kMember.Contains(StripConjunction(Norm(e - 1)))) {
          ++e;
          while (e < ze && e - zb < options_.max_description_tokens + 2 &&
                 IsWord(e) && !IsBreakWord(Norm(e)) && !IsDateToken(e) &&
                 !IsDetachedLam(e) && !OpensAddressee(e) &&
                 !(StripConjunction(Norm(e)).starts_with("لل") &&
                   Letters(Norm(e)) >= 5)) {
            ++e;
          }
          span.end = u_.tokens.tokens[e - 1].span.end;
        }
        sp.text = std::string(span.Of(u_.text));
      }
      return sp;
    }
    // «مصدر مسئول بمجلس إدارة اتحاد الكرة», «مصادر مطلعة في الوزارة»: an
    // unnamed source speaks, not the body it belongs to.
    static const WordSet kSources(
        {"مصدر", "مصادر", "مسؤول", "مسئول", "مسؤولون", "مسئولون", "شهود",
         "خبراء", "مراقبون", "مختصون", "محللون", "ناشطون", "سكان", "أهالي"});
    const bool unnamed_source =
        zb < ze && IsWord(zb) && kSources.Contains(StripConjunction(Norm(zb)));
    // «أعلن الأخير عن …»: the person named last before the cue.
    static const WordSet kLatter({"الأخير", "الأخيرة"});
    if (zb < ze && IsWord(zb) && kLatter.Contains(StripConjunction(Norm(zb)))) {
      for (uint32_t back = cue; back > 0 && sp.entity < 0; --back) {
        for (size_t m : mentions_) {
          const Mention& mm = text_.mentions[m];
          if (mm.end_token == back && IsSpeakerType(m)) {
            sp.entity = EntityOf(m);
          }
        }
        if (back + 60 < cue) break;
      }
      if (sp.entity >= 0) return sp;
    }
    // «… بين الطائي والرائد، حيث يؤكد الأول …، فيما أكد الآخر …»: the
    // earlier and the later of the last two parties named.
    static const WordSet kFormer({"الأول", "الأولى"});
    static const WordSet kOther({"الآخر", "الأخرى", "الثاني", "الثانية"});
    if (zb < ze && IsWord(zb) &&
        (kFormer.Contains(StripConjunction(Norm(zb))) ||
         kOther.Contains(StripConjunction(Norm(zb))))) {
      std::vector<int32_t> named;  // latest first, distinct
      for (uint32_t back = cue; back > 0 && named.size() < 2; --back) {
        for (size_t m : mentions_) {
          const Mention& mm = text_.mentions[m];
          if (mm.end_token == back && IsSpeakerType(m) &&
              std::find(named.begin(), named.end(), EntityOf(m)) ==
                  named.end()) {
            named.push_back(EntityOf(m));
          }
        }
        if (back + 60 < cue) break;
      }
      if (named.size() == 2) {
        sp.entity =
            kFormer.Contains(StripConjunction(Norm(zb))) ? named[1] : named[0];
        return sp;
      }
    }
    // «جاء تقرير بثه تلفزيون النمسا …، حيث ذكر التقرير»: the report is
    // the one who issued it, named where the article brought it up.
    static const WordSet kReports({"التقرير", "تقرير"});
    if (zb < ze && IsWord(zb) &&
        kReports.Contains(StripConjunction(Norm(zb)))) {
      if (const int32_t issuer = ReportIssuer(zb); issuer >= 0) {
        sp.entity = issuer;
        return sp;
      }
    }
    // «وأفاد البيان»: the statement just mentioned is the last speaker's
    // («وقال الائتلاف في بيان: …»).
    static const WordSet kTheStatement(
        {"البيان", "التقرير", "الرسالة", "البلاغ", "التعميم"});
    if (zb < ze && IsWord(zb) &&
        kTheStatement.Contains(StripConjunction(Norm(zb))) &&
        last_->entity >= 0) {
      return *last_;
    }
    // «سموه», «معاليه»: the person the article is about.
    if (zb < ze && IsWord(zb) && IsHonorificPronoun(Norm(zb))) {
      if (const int32_t who = HonorificAntecedent(Norm(zb), cue); who >= 0) {
        sp.entity = who;
        return sp;
      }
      // «وقال سماحته» opening the chain: the honorific stands for a
      // person, the article's main one however little it is named.
      return Chained(/*min_salience=*/0.0f);
    }
    // «وتابع المصدر ذاته», «وأضافت المصادر نفسها»: the unnamed source
    // quoted last.
    static const WordSet kTheSource({"المصدر", "المصادر"});
    static const WordSet kSame({"ذاته", "نفسه", "ذاتها", "نفسها"});
    // («وأضاف المصدر للصحيفة أن …»: the source with whom it told is the
    // one quoted last too; «وأضاف المصدر» alone is left as written.)
    if (zb + 1 < ze && IsWord(zb) && IsWord(zb + 1) &&
        kTheSource.Contains(StripConjunction(Norm(zb))) &&
        (kSame.Contains(Norm(zb + 1)) ||
         (zb + 2 == ze && Norm(zb + 1).starts_with("لل") &&
          Letters(Norm(zb + 1)) >= 5)) &&
        last_->entity < 0 && !last_->text.empty()) {
      return *last_;
    }
    if (!unnamed_source) {
      // «وأضاف على الجانب الإيراني أن …»: a name inside a prepositional
      // phrase is not the subject.
      std::vector<size_t> free;
      for (size_t m : subjects) {
        if (!IsObjectOfPreposition(m)) free.push_back(m);
      }
      sp.entity = FirstSpeaker(free);
      if (sp.entity >= 0) return sp;
    }
    // SVO: a name right before the cue («الجبير قال»), in the sentence,
    // or before «قد» («وكان الرئيس دونالد ترمب قد طالب مرارا بـ…»). Not
    // before a cue with «و»: «أعرب اللاعب … عن سعادته لتوقيعه لمصلحة فريق
    // الفتح السعودي وقال: …» joins a second verb to the sentence's subject.
    if (cue > s.first_token && StripConjunction(Norm(cue)) == Norm(cue)) {
      uint32_t before = cue;
      if (before > s.first_token + 1 && IsWord(before - 1) &&
          Norm(before - 1) == "قد") {
        --before;
      }
      // «وفيما يخص اللاعب محمد مجرشي أشار إلى أنه …»: the name a topic
      // phrase brings up is what the statement is about, not its subject.
      auto topic = [&](const Mention& mm) {
        static const WordSet kRegarding(
            {"يخص", "بخصوص", "يتعلق", "بشأن", "وبخصوص", "وبشأن"});
        if (InOpeningTopic(s, mm.first_token)) return true;
        for (uint32_t k = mm.first_token;
             k > s.first_token && mm.first_token - k < 3;) {
          --k;
          if (!IsWord(k)) return false;
          if (kRegarding.Contains(Norm(k))) return true;
        }
        return false;
      };
      for (size_t m : MentionsIn(s.first_token, cue)) {
        const Mention& mm = text_.mentions[m];
        if ((mm.end_token == cue || mm.end_token == before) &&
            IsSpeakerType(m) && !topic(mm)) {
          sp.entity = EntityOf(m);
          // «وكانت وزيرة خارجية الاتحاد الأوروبي أكدت»: a body ending an
          // office before the cue is the office's, whose holder speaks.
          if (a_->canonical[sp.entity].type != "PER") {
            for (uint32_t h = mm.first_token;
                 h-- > s.first_token && h + 4 >= mm.first_token;) {
              if (!IsWord(h)) break;
              if (!IsRoleHead(Norm(h))) continue;
              if (std::optional<RoleMatch> role = RoleAt(u_, h, cue);
                  role && role->end_token >= mm.end_token) {
                const int32_t holder =
                    EntityForRole(*a_, role->title, role->country);
                if (holder >= 0) {
                  sp.entity = holder;
                } else if (role->first_token + 1 < mm.first_token ||
                           a_->canonical[sp.entity].type == "ORG") {
                  // «وكان رئيس فريق ريفربليت الأرجنتيني قد أعلن أن …»:
                  // an office no one named holds speaks as the office.
                  sp.entity = -1;
                  sp.text = std::string(role->span.Of(u_.text));
                  return sp;
                }
              }
              break;
            }
          }
        }
      }
      if (sp.entity >= 0) return sp;
      // «وصرح المتحدث الرسمي بأن الرئيس أكد خلال اللقاء أن …»: an office
      // alone between a complementizer and the cue, held by one person
      // the article names.
      {
        uint32_t c = cue;
        while (c > s.first_token && cue - c < 4 && IsWord(c - 1) &&
               !IsComplementizer(Norm(c - 1))) {
          --c;
        }
        if (c > s.first_token && c < cue && IsWord(c - 1) &&
            IsComplementizer(Norm(c - 1)) && IsRoleHead(Norm(c)) &&
            MentionsIn(c, cue).empty()) {
          // (Not the spokesman relaying: «ونقل المتحدث باسم الأمين العام …
          // مضيفا أن الأمين العام طالب …» is his principal.)
          const int32_t who = ResolveDescription(c, cue);
          if (who >= 0 && a_->canonical[who].type == "PER" &&
              who != last_->reporter) {
            sp.entity = who;
            return sp;
          }
        }
      }
      // «لكن موسكو تؤكد أنه …»: a place right before the cue speaks for
      // its government.
      // «تركيا تؤكد شن هجمات …»: so does a place opening the sentence.
      for (size_t m : MentionsIn(s.first_token, cue)) {
        const Mention& mm = text_.mentions[m];
        if (mm.end_token == cue && EntityOf(m) >= 0 &&
            a_->canonical[EntityOf(m)].type == "LOC" &&
            !IsObjectOfPreposition(m) && !HasProclitic(m) &&
            (mm.first_token == s.first_token ||
             (mm.first_token > s.first_token && IsWord(mm.first_token - 1) &&
              (Norm(mm.first_token - 1) == "لكن" ||
               Norm(mm.first_token - 1) == "ولكن" ||
               Norm(mm.first_token - 1) == "بينما" ||
               Norm(mm.first_token - 1) == "فيما")))) {
          sp.entity = EntityOf(m);
          return sp;
        }
      }
    }
    // A description («مصدر أمني», «الوزارة»), unless the zone opens with an
    // adjunct («في بيان», «يوم السبت», «إلى أنه»): then the subject is the
    // pronoun.
    // «عدد من المسافرين», «أحد العاملين في المطار», «بعض اعضاء النادي»: a
    // part of a group.
    static const WordSet kSome({"عدد", "بعض", "أحد", "إحدى", "مجموعة", "جماعات",
                                "كثير", "عشرات", "مئات"});
    const bool some =
        zb < ze && IsWord(zb) && kSome.Contains(StripConjunction(Norm(zb)));
    // «وطالب الجميع بسرعة تنفيذ …», «وحثت الجميع على …»: «الجميع» is
    // whom the call addresses, never who speaks.
    if (zb < ze && IsWord(zb) && (!IsBreakWord(Norm(zb)) || some) &&
        !IsDateToken(zb) && !IsTimeOfDay(Norm(zb)) && !IsDetachedLam(zb) &&
        !OpensAddressee(zb) && !IsLanguageOfSpeech(Norm(zb)) &&
        StripConjunction(Norm(zb)) != "الجميع") {
      uint32_t e = some ? zb + 1 : zb;
      while (e < ze && e - zb < options_.max_description_tokens && IsWord(e) &&
             !IsBreakWord(Norm(e)) && !IsDateToken(e) && !IsDetachedLam(e) &&
             !IsLanguageOfSpeech(Norm(e)) && !(e > zb && OpensAddressee(e))) {
        ++e;
      }
      // «مصدر طبي في مستشفى رفيق الحريري», «مصدر من المديرية الجهوية»:
      // an unnamed source with where it works.
      if (source_noun && e < ze && e <= zb + 2 && IsWord(e) &&
          (Norm(e) == "في" || Norm(e) == "من")) {
        ++e;
        while (e < ze && e - zb < options_.max_description_tokens + 2 &&
               IsWord(e) && !IsBreakWord(Norm(e)) && !IsDateToken(e) &&
               !IsDetachedLam(e) && !OpensAddressee(e)) {
          ++e;
        }
      }
      if (e == zb + 1 && e + 1 < ze &&
          kSome.Contains(StripConjunction(Norm(zb))) && Norm(e) == "من" &&
          IsWord(e + 1) && !IsBreakWord(Norm(e + 1)) && !IsDetachedLam(e + 1)) {
        e += 2;
      }
      // Some of a group is never one named person or the body itself.
      if (!source_noun && !some) {
        sp.entity = ResolveDescription(zb, e);
        if (sp.entity < 0) {
          sp.entity = OrganisationForDescription(zb, e == zb + 1);
        }
        // «فيما دعت الداخلية المواطنين والمقيمين إلى …»: a verb that takes
        // an object; the body's short name alone is the subject.
        static const WordSet kObjectVerbs(
            {"دعا", "دعت", "حث", "حثت", "طالب", "طالبت", "ناشد", "ناشدت", "حذر",
             "حذرت", "أبلغ", "أبلغت", "أوصى", "أوصت"});
        if (sp.entity < 0 && e > zb + 1 && IsWord(cue) &&
            kObjectVerbs.Contains(StripConjunction(Norm(cue)))) {
          // («ودعت موتي الحكومات إلى …»: or a person's family name, as
          // spelt again.)
          const int32_t body = ResolveDescription(zb, zb + 1);
          if (body >= 0 && (a_->canonical[body].type == "ORG" ||
                            a_->canonical[body].type == "PER")) {
            sp.entity = body;
            sp.text.clear();
          }
        }
        if (sp.entity >= 0) return sp;
      }
      // «وأوضح البيان أن …»: the statement already cited speaks for the
      // one who issued it, the speaker before.
      static const WordSet kTheStatement({"البيان", "البلاغ"});
      if (e == zb + 1 && kTheStatement.Contains(StripConjunction(Norm(zb))) &&
          last_->entity >= 0) {
        sp.entity = last_->entity;
        return sp;
      }
      // «وقال للصحافيين …» (to whom), «اختتم أعماله …», «قال فيه …» (an
      // object with its pronoun): no description; the subject is the
      // pronoun, the speaker before.
      // («وقال للصحفيين خارج قاعة المجلس: …»: to whom, however long.)
      bool no_description = false;
      if (const std::string_view w = StripConjunction(Norm(zb));
          e > zb + 1 && w.starts_with("لل") && Letters(w) >= 5 &&
          !IsRoleHead(w) && !IsHonorific(w)) {
        no_description = true;
      }
      // «وأضاف موجها حديثه للنواب: …», «وتابع مخاطبا الحضور: …»: a
      // participle of manner opens the zone; the subject is the pronoun.
      // («وكتب معتذراً: …», «وقال مازحا: …»: the mood it was said in.)
      static const WordSet kManner(
          {"موجها",  "موجهة",  "مخاطبا", "مخاطبة", "متوجها", "متوجهة", "قائلا",
           "قائلة",  "معتذرا", "معتذرة", "مازحا",  "مازحة",  "ساخرا",  "ساخرة",
           "متهكما", "متهكمة", "ضاحكا",  "ضاحكة",  "مبتسما", "مبتسمة", "غاضبا",
           "غاضبة",  "متأثرا", "متأثرة", "باكيا",  "باكية"});
      if (kManner.Contains(StripConjunction(Norm(zb)))) no_description = true;
      // «لكنه دعا المواطنين إلى …», «فيما دعت المراجعين إلى …»: a
      // definite plural in «ين» (accusative or genitive) right after the
      // verb is its object, never its subject; the subject is the pronoun.
      if (const std::string_view w = StripConjunction(Norm(zb));
          w.starts_with("ال") && w.ends_with("ين") && Letters(w) >= 7 &&
          MentionsIn(zb, zb + 1).empty()) {
        no_description = true;
      }
      // «واختتم حديثه قائلاً: …»: the object with its pronoun, then the
      // participle; the participle is no part of a description.
      const uint32_t zone_end =
          e > zb + 1 && IsWord(e - 1) && kManner.Contains(Norm(e - 1)) ? e - 1
                                                                       : e;
      if (zone_end == zb + 1) {
        const std::string_view w = StripConjunction(Norm(zb));
        const bool to_whom = w.starts_with("لل") && Letters(w) >= 5;
        bool pronoun = false;
        for (std::string_view end : {"ه", "ها", "هم", "هما"}) {
          pronoun = pronoun || (w.ends_with(end) && Letters(w) >= 3);
        }
        no_description = no_description || ((to_whom || pronoun) &&
                                            !IsRoleHead(w) && !IsHonorific(w));
      }
      // «قال له: …», «قال له فيه: …»: prepositions with pronouns, to
      // whom and where; the subject is the pronoun.
      {
        static const WordSet kPronounPrepositions(
            {"له",    "لها",  "لهم",  "لهما",  "لنا",   "لي",   "لك",
             "فيه",   "فيها", "فيهم", "عنه",   "عنها",  "عنهم", "معه",
             "معها",  "معهم", "إليه", "إليها", "إليهم", "عليه", "عليها",
             "عليهم", "منه",  "منها", "به",    "بها",   "بهم"});
        bool all = zone_end > zb;
        for (uint32_t k = zb; all && k < zone_end; ++k) {
          all = IsWord(k) &&
                kPronounPrepositions.Contains(StripConjunction(Norm(k)));
        }
        no_description = no_description || all;
      }
      if (!no_description) {
        const Span span{u_.tokens.tokens[zb].span.begin,
                        u_.tokens.tokens[e - 1].span.end};
        sp.text = std::string(span.Of(u_.text));
        return sp;
      }
    }
    // «…، بعد أن كانت السلطة المستقلة للانتخابات قد أعلنت فوزه»: the
    // words between «كان» and «قد» right before the cue are its subject,
    // wherever they stand in the sentence.
    if (cue > s.first_token + 3 && IsWord(cue - 1) && Norm(cue - 1) == "قد") {
      uint32_t w = cue - 1;
      while (w > s.first_token + 1 && cue - 1 - w < 7 &&
             !(IsWord(w - 1) && IsWas(Norm(w - 1)))) {
        --w;
      }
      const uint32_t end = cue - 1;
      bool plain = w < end && IsWord(w - 1) && IsWas(Norm(w - 1));
      for (uint32_t k = w; plain && k < end; ++k) {
        plain = IsWord(k) && !IsBreakWord(Norm(k)) && !IsDateToken(k) &&
                ClassifyCue(Norm(k)) == CueKind::kNone;
      }
      if (plain && (Norm(w).starts_with("ال") ||
                    Norm(end - 1).starts_with("ال") || IsRoleHead(Norm(w)))) {
        for (size_t m : MentionsIn(w, end)) {
          if (!IsSpeakerType(m)) continue;
          sp.entity = EntityOf(m);
          return sp;
        }
        sp.entity = ResolveDescription(w, end);
        if (sp.entity >= 0) return sp;
        sp.text = std::string(Span{u_.tokens.tokens[w].span.begin,
                                   u_.tokens.tokens[end - 1].span.end}
                                  .Of(u_.text));
        return sp;
      }
    }
    // «كشف X أن …، وقال: …»: the one who spoke earlier in this sentence
    // goes on speaking.
    if (last_quote_sentence_ == &s && last_->known()) return *last_;
    // «وتواصلت (الرياضي) مع رئيس اللجنة عبدالله البرقان لسؤاله …، فأكد أن
    // …»: «ف» + cue answers; the person last named in the sentence speaks.
    if (Norm(cue).starts_with("ف") &&
        StripConjunction(Norm(cue)) != Norm(cue)) {
      const std::vector<size_t> before = MentionsIn(s.first_token, cue);
      for (auto it = before.rbegin(); it != before.rend(); ++it) {
        if (a_->canonical[EntityOf(*it)].type == "PER") {
          sp.entity = EntityOf(*it);
          return sp;
        }
      }
    }
    // «اتفق سياسيون أردنيون على … واعتبروا أن …», «… رواد شبكات التواصل
    // الذين طالبوا بضبط …»: a plural verb with no subject speaks for the
    // plural group named before it.
    if (const std::string_view c = StripConjunction(Norm(cue));
        c.ends_with("وا") && Letters(c) >= 4) {
      Speaker group = PluralSubjectBefore(cue);
      if (group.known()) return group;
    }
    if (cue > s.first_token + 1) {
      // «من جهة اخرى رحب المسؤول الكردي بقرار تركيا … التي يشنها التحالف
      // الدولي، ولكنه أوضح أن …»: a definite office right after the verb
      // that opens the sentence is its subject, before any name in the
      // object.
      if (Speaker office = OpeningOfficeSubject(s, cue); office.known()) {
        return office;
      }
      std::string office;
      sp.entity = SentenceSubject(s, cue, &office);
      if (sp.entity >= 0) return sp;
      // «وكان رئيس فريق ريفربليت الأرجنتيني قد فجّر مفاجأة … قال فيه إن
      // …»: an office no one named holds speaks as the office.
      if (!office.empty()) {
        sp.text = office;
        return sp;
      }
      // «وكانت دائرة قاضي القضاة قد أعلنت مساء أمس أن …»: an unnamed
      // definite subject between «كان» and the verb.
      if (IsWord(s.first_token) && IsWas(Norm(s.first_token))) {
        uint32_t end = cue;
        if (end > s.first_token + 2 && IsWord(end - 1) &&
            Norm(end - 1) == "قد") {
          --end;
        }
        bool plain = end > s.first_token + 1 && end <= s.first_token + 6;
        for (uint32_t k = s.first_token + 1; plain && k < end; ++k) {
          plain = IsWord(k) && !IsBreakWord(Norm(k)) && !IsDateToken(k) &&
                  ClassifyCue(Norm(k)) == CueKind::kNone;
        }
        // (Definite, or a construct ending in a definite word: «دائرة قاضي
        // القضاة».)
        if (plain && (Norm(s.first_token + 1).starts_with("ال") ||
                      Norm(end - 1).starts_with("ال") ||
                      IsRoleHead(Norm(s.first_token + 1)))) {
          sp.text =
              std::string(Span{u_.tokens.tokens[s.first_token + 1].span.begin,
                               u_.tokens.tokens[end - 1].span.end}
                              .Of(u_.text));
          return sp;
        }
      }
    }
    // «اتهم وزير الداخلية … راشد بن عبدالله آل خليفة إيران … . وأشار في
    // تصريح له أمس إن …»: with no one speaking yet, the person the
    // sentence before is about.
    if (!last_->known()) {
      for (size_t k = 1; k < u_.sentences.size(); ++k) {
        if (u_.sentences[k].first_token != s.first_token) continue;
        const Sentence& prev = u_.sentences[k - 1];
        const int32_t who = SentenceSubject(prev, prev.end_token);
        if (who >= 0 && a_->canonical[who].type == "PER") {
          sp.entity = who;
          return sp;
        }
      }
    }
    return Chained();
  }

  // The unnamed subject right after the verb opening sentence `s`, before
  // `limit`: an indefinite noun and what describes it («خبير بالهواتف
  // الذكية», «مشايخ ومسؤولون في محافظة الاحساء»); "" when there is none.
  std::string DescribedSubject(const Sentence& s, uint32_t limit) const {
    const uint32_t verb = s.first_token;
    if (verb + 1 >= limit || !IsWord(verb) || !IsWord(verb + 1)) return "";
    const std::string_view v = StripConjunction(Norm(verb));
    // (A verb of saying is a break word, so that is not checked.)
    if (v.starts_with("ال") || Letters(v) < 3 || IsComplementizer(v)) {
      return "";
    }
    static const WordSet kNotVerbs({"في", "من", "على", "إلى", "عن", "مع", "بعد",
                                    "قبل", "منذ", "كما", "لكن", "حيث"});
    if (kNotVerbs.Contains(v)) return "";
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (mm.first_token <= verb + 1 && mm.end_token > verb) return "";
    }
    const uint32_t first = verb + 1;
    const std::string_view head = Norm(first);
    // «وكانت الجماهير الشبابية استقبلت بيان الإدارة …، مؤكدة أن …»: a
    // definite subject between «كان» and its verb.
    if (IsWas(v) && head.starts_with("ال") && !IsDateToken(first)) {
      uint32_t e = first + 1;
      while (e < limit && e < first + 3 && IsWord(e) &&
             Norm(e).starts_with("ال") && !IsDateToken(e)) {
        ++e;
      }
      if (e < limit && IsWord(e) && !Norm(e).starts_with("ال") &&
          !IsBreakWord(Norm(e)) && !IsComplementizer(Norm(e)) &&
          Letters(Norm(e)) >= 3) {
        return std::string(Span{u_.tokens.tokens[first].span.begin,
                                u_.tokens.tokens[e - 1].span.end}
                               .Of(u_.text));
      }
      return "";
    }
    if (head.starts_with("ال") || IsBreakWord(head) || IsDateToken(first) ||
        LooksLikeImperfectVerb(head) || ClassifyCue(head) != CueKind::kNone) {
      return "";
    }
    // «ونوه بمساهمات جميع الجهات …، مشيراً إلى …», «ونوهت بالحضور …»: the
    // verb's object after «بـ», no subject.
    static const WordSet kBaVerbs(
        {"نوه", "نوهت", "أشاد", "أشادت", "رحب", "رحبت", "اشاد", "اشادت"});
    if (head.starts_with("ب") && head != "بعض" &&
        (head.substr(2).starts_with("ال") || kBaVerbs.Contains(v))) {
      return "";
    }
    uint32_t e = first + 1;
    static const WordSet kPreps({"في", "من", "لدى"});
    while (e < limit && e - first < options_.max_description_tokens + 2 &&
           IsWord(e)) {
      const std::string_view w = Norm(e);
      if (w.starts_with("ال")) {
        ++e;  // an adjective or a genitive
      } else if (w.starts_with("و") && Letters(w) >= 5 &&
                 !IsBreakWord(StripConjunction(w))) {
        ++e;  // «ومسؤولون»
      } else if (kPreps.Contains(w) && e + 1 < limit && IsWord(e + 1)) {
        e += 2;  // «في محافظة»
      } else if (w.starts_with("ب") && Letters(w) >= 5 &&
                 StripConjunction(w).substr(2).starts_with("ال")) {
        ++e;  // «بالهواتف»
      } else {
        break;
      }
    }
    return std::string(Span{u_.tokens.tokens[first].span.begin,
                            u_.tokens.tokens[e - 1].span.end}
                           .Of(u_.text));
  }

  // Who issued the report the words at `at` («التقرير») refer to: the
  // body or person after «تقرير … بثه / أصدرته / نشرته / الصادر عن» in
  // this unit up to `at` or in the units before; -1 when none is named.
  int32_t ReportIssuer(uint32_t at) const {
    static const WordSet kReports({"تقرير", "التقرير"});
    static const WordSet kIssued({"بثه", "بثته", "أصدره", "أصدرته", "نشره",
                                  "نشرته", "أعده", "أعدته", "الصادر", "صادر",
                                  "الصادرة", "صادرة", "عن", "أوردته", "أورده"});
    for (uint32_t ui = unit_ + 1; ui-- > 0;) {
      const TextUnit& u = text_.units[ui];
      const uint32_t end =
          ui == unit_ ? at + 1 : static_cast<uint32_t>(u.size());
      for (uint32_t t = 0; t < end; ++t) {
        if (u.tokens.tokens[t].kind != TokenKind::kArabicWord ||
            !kReports.Contains(StripConjunction(u.Norm(t)))) {
          continue;
        }
        // Up to three words of description, then the verb of issuing.
        for (uint32_t k = t + 1; k < u.size() && k <= t + 4; ++k) {
          if (u.tokens.tokens[k].kind != TokenKind::kArabicWord) break;
          if (!kIssued.Contains(u.Norm(k))) continue;
          uint32_t first = k + 1;
          if (first < u.size() && u.Norm(first) == "عن") ++first;
          // The name right there, or within the issuer's description
          // («الصادر عن الهيئات الصحية الشرعية التابعة لوزارة الصحة»).
          for (size_t m = 0; m < text_.mentions.size(); ++m) {
            const Mention& mm = text_.mentions[m];
            if (mm.unit != ui || mm.first_token < first ||
                mm.first_token >= first + 7 ||
                mm.first_token >= u.SentenceOf(first).end_token) {
              continue;
            }
            const int32_t e = EntityOf(m);
            if (e >= 0 && (a_->canonical[e].type == "ORG" ||
                           a_->canonical[e].type == "PER")) {
              return e;
            }
          }
          break;
        }
      }
      if (unit_ - ui >= 6) break;
    }
    return -1;
  }

  // The group a plural verb at `cue` refers to: the noun phrase before
  // «الذين», else the nearest plural noun («سياسيون», «مغردون») with its
  // plural adjectives, within 40 tokens of this unit.
  Speaker PluralSubjectBefore(uint32_t cue) const {
    Speaker sp;
    auto in_mention = [&](uint32_t t) {
      for (size_t m : mentions_) {
        const Mention& mm = text_.mentions[m];
        if (mm.first_token <= t && t < mm.end_token) return true;
      }
      return false;
    };
    auto text_of = [&](uint32_t b, uint32_t e) {
      return std::string(
          Span{u_.tokens.tokens[b].span.begin, u_.tokens.tokens[e - 1].span.end}
              .Of(u_.text));
    };
    if (cue > 1 && IsWord(cue - 1) && Norm(cue - 1) == "الذين") {
      uint32_t b = cue - 1;
      while (b > 0 && cue - 1 - b < 4 && IsWord(b - 1) &&
             !IsBreakWord(Norm(b - 1)) &&
             ClassifyCue(Norm(b - 1)) == CueKind::kNone && !in_mention(b - 1)) {
        --b;
      }
      if (b < cue - 1) sp.text = text_of(b, cue - 1);
      return sp;
    }
    // In this unit, then at the end of the one before («اتفق سياسيون
    // أردنيون على …» ¶ «واعتبروا في تصريحات …»).
    auto scan = [&](uint32_t ui, uint32_t from, uint32_t floor) -> bool {
      const TextUnit& u = text_.units[ui];
      auto word = [&](uint32_t t) {
        return t < u.size() &&
               u.tokens.tokens[t].kind == TokenKind::kArabicWord;
      };
      auto named = [&](uint32_t t) {
        for (const Mention& mm : text_.mentions) {
          if (mm.unit == ui && mm.first_token <= t && t < mm.end_token) {
            return true;
          }
        }
        return false;
      };
      static const WordSet kGroups(
          {"عدد", "بعض", "مجموعة", "عشرات", "مئات", "آلاف", "جموع"});
      for (uint32_t t = from; t-- > floor;) {
        if (!word(t) || named(t)) continue;
        const std::string_view w = StripConjunction(u.Norm(t));
        // «عدد من أبناء عدن»: a part of a group, up to the group's name.
        if (kGroups.Contains(w) && word(t + 1) && u.Norm(t + 1) == "من" &&
            t + 2 < from && word(t + 2)) {
          // The noun after «من» and its definite genitive («أبناء المدينة»).
          uint32_t e = t + 3;
          if (e < from && word(e) && u.Norm(e).starts_with("ال") &&
              !IsBreakWord(u.Norm(e))) {
            ++e;
          }
          sp.text = std::string(Span{u.tokens.tokens[t].span.begin,
                                     u.tokens.tokens[e - 1].span.end}
                                    .Of(u.text));
          return true;
        }
        // «سياسيون», «مغردون», and «إماراتيين» (a people, after «أن»).
        const bool people = w.ends_with("يين") && Letters(w) >= 6;
        if ((!w.ends_with("ون") && !people) || Letters(w) < 5 ||
            LooksLikeImperfectVerb(w) || w.starts_with("ت") ||
            w.starts_with("ال")) {
          continue;
        }
        // «سياسيون أردنيون»: back to the noun of the adjective found.
        while (t > floor && word(t - 1) && !named(t - 1) &&
               StripConjunction(u.Norm(t - 1)).ends_with("ون") &&
               Letters(u.Norm(t - 1)) >= 5 &&
               !LooksLikeImperfectVerb(u.Norm(t - 1))) {
          --t;
        }
        // (After «أن» it is the clause's subject: «إلا أن إماراتيين رفضوا».)
        if (t > 0 && word(t - 1) && IsBreakWord(u.Norm(t - 1)) &&
            !IsComplementizer(u.Norm(t - 1))) {
          continue;
        }
        uint32_t e = t + 1;
        while (e < from && word(e) && !named(e) &&
               StripConjunction(u.Norm(e)).ends_with("ون") &&
               !LooksLikeImperfectVerb(u.Norm(e))) {
          ++e;
        }
        sp.text = std::string(
            Span{u.tokens.tokens[t].span.begin, u.tokens.tokens[e - 1].span.end}
                .Of(u.text));
        return true;
      }
      return false;
    };
    if (scan(unit_, cue, cue > 40 ? cue - 40 : 0)) return sp;
    if (cue < 40 && unit_ > 0 &&
        text_.units[unit_ - 1].kind == UnitKind::kParagraph) {
      // The whole last sentence of the paragraph before.
      const TextUnit& prev = text_.units[unit_ - 1];
      const uint32_t n = static_cast<uint32_t>(prev.size());
      const uint32_t floor = n > 0 ? prev.SentenceOf(n - 1).first_token : 0;
      scan(unit_ - 1, n, floor);
    }
    return sp;
  }

  // Cues whose content may follow a preposition: «أكد على ضرورة …»,
  // «دعا إلى تفعيل …», «كشف عن اجتماعات …», «مشيرا إلى توفير …».
  static bool TakesPrepositionalContent(std::string_view norm) {
    static const WordSet kCues({
        "أكد",
        "أكدت",
        "شدد",
        "شددت",
        "دعا",
        "دعت",
        "حث",
        "حثت",
        "أشار",
        "أشارت",
        "لفت",
        "لفتت",
        "نوه",
        "نوهت",
        "طالب",
        "طالبت",
        "كشف",
        "كشفت",
        "مشيرا",
        "مؤكدا",
        "لافتا",
        "داعيا",
        "مشددا",
        "منوها",
        "مطالبا",
        "كاشفا",
        "مشيرة",
        "مؤكدة",
        "لافتة",
        "داعية",
        "مشددة",
        "يؤكد",
        "تؤكد",
        "يشدد",
        "تشدد",
        "يدعو",
        "تدعو",
        "يطالب",
        "تطالب",
        "أعلن",
        "أعلنت",
        "يعلن",
        "تعلن",
        // StripConjunction leaves a word of three letters whole.
        "وحث",
    });
    return kCues.Contains(StripConjunction(norm));
  }
  // Content that is a noun phrase: «أكد ضرورة عودته», «أعلنت التزامها
  // تطبيق الاتفاق», «شدد على أهمية …» (after the preposition), «طالب
  // بإصلاح الخلل», «تعهد بإصلاح …», «مطالبين إدارة المطار بالتدخل».
  static bool TakesNounContent(std::string_view norm) {
    static const WordSet kCues({
        "أكد",
        "أكدت",
        "أكدوا",
        "شدد",
        "شددت",
        "أعلن",
        "أعلنت",
        "طالب",
        "طالبت",
        "طالبوا",
        "يطالب",
        "تطالب",
        "تعهد",
        "تعهدت",
        "مبديا",
        "مبدية",
        "مؤكدا",
        "مؤكدة",
        "مشددا",
        "مشددة",
        "مطالبا",
        "مطالبة",
        "مطالبين",
        "مؤكدين",
        "متعهدا",
        "يؤكد",
        "تؤكد",
        "معتبرا",
        "معتبرة",
        "منوها",
        "منوهة",
        "نوه",
        "نوهت",
        // «اقترح تأجيل البطولة …».
        "اقترح",
        "اقترحت",
        // «وتوقع رفع حجم التعاون …», «متوقعين نقلة نوعية …».
        "توقع",
        "توقعت",
        "متوقعا",
        "متوقعة",
        "متوقعين",
        // «وأوصى المفتي المسلمين باغتنام أيام الشهر …».
        "أوصى",
        "أوصت",
    });
    return kCues.Contains(StripConjunction(norm));
  }
  // «عمهما», «شقيقه», «والدتها»: a word of kinship with a possessive
  // pronoun.
  static bool IsKinWithPronoun(std::string_view norm) {
    static const WordSet kKin({"عم",  "عمت",  "خال",   "خالت", "شقيق", "شقيقت",
                               "ابن", "ابنت", "نجل",   "نجلت", "والد", "والدت",
                               "زوج", "زوجت", "جد",    "جدت",  "أخ",   "أخو",
                               "أخت", "حفيد", "حفيدت", "صهر",  "أرملت"});
    for (std::string_view end : {"هما", "هم", "هن", "ها", "ه"}) {
      if (norm.size() > end.size() && norm.ends_with(end) &&
          kKin.Contains(norm.substr(0, norm.size() - end.size()))) {
        return true;
      }
    }
    return false;
  }
  // «سموه», «جلالته», «معاليه»: a person named by his honorific.
  static bool IsHonorificPronoun(std::string_view norm) {
    static const WordSet kPronouns({"سموه", "معاليه", "سعادته", "فخامته",
                                    "سماحته", "فضيلته", "جلالته", "سموها",
                                    "معاليها", "سعادتها", "جلالتها"});
    return kPronouns.Contains(StripConjunction(norm));
  }
  static bool IsStatementNoun(std::string_view norm) {
    // «أكد عدم نية بلاده …», «أعلنت عدم تماثل أي مرضى للشفاء».
    // «وأكد تضامن دولة الإمارات …», «أكد وقوع انفجار …»: what happened
    // or stands, not who speaks.
    static const WordSet kNouns(
        {"ضرورة",   "أهمية", "استمرار", "التزام", "حرص", "رفض", "عزم",
         "استعداد", "تمسك",  "دعم",     "مواصلة", "حق",  "عدم", "تضامن",
         "شن",      "وقوع",  "حدوث",    "وجود",   "نية", "صحة", "مقتل"});
    std::string_view w = StripConjunction(norm);
    if (kNouns.Contains(w)) return true;
    // With a possessive pronoun: «التزامها», «حرصه», «رفضهم».
    for (std::string_view end : {"ها", "هم", "ه", "نا"}) {
      if (w.size() > end.size() + 4 && w.ends_with(end) &&
          kNouns.Contains(w.substr(0, w.size() - end.size()))) {
        return true;
      }
    }
    return false;
  }
  // «بإصلاح», «بالتدخل»: a ب-prefixed noun (not a name) after «طالب»,
  // «تعهد».
  static bool IsBaPhrase(std::string_view norm) {
    if (!norm.starts_with("ب") || Letters(norm) < 4 || IsComplementizer(norm)) {
      return false;
    }
    // «بمطار …», «بالمدينة المنورة», «بوزارة …»: where, not what.
    static const WordSet kPlaces(
        {"مطار",  "مدينة", "منطقة", "محافظة", "مستشفى", "جامعة", "مركز",
         "وزارة", "مكتب",  "شركة",  "مدرسة",  "مملكة",  "دولة",  "ولاية",
         "قرية",  "حي",    "مقر",   "صالة",   "ميناء",  "بلدية", "إمارة"});
    std::string_view w = norm.substr(2);  // without ب
    if (w.starts_with("ال")) w.remove_prefix(4);
    return !kPlaces.Contains(w);
  }
  // A word that can open a noun phrase (not a preposition, particle or
  // verb of the break list).
  bool StartsNounPhrase(uint32_t k) const {
    return IsWord(k) && !IsBreakWord(Norm(k));
  }
  // A complementizer among the next few words, before any comma or cue.
  bool ComplementizerSoon(uint32_t from, const Sentence& s) const {
    for (uint32_t k = from; k < s.end_token && k < from + 5; ++k) {
      if (!IsWord(k)) return false;
      if (IsComplementizer(Norm(k))) return true;
      if (ClassifyCue(Norm(k)) != CueKind::kNone) return false;
    }
    return false;
  }
  static bool IsHeadlineAnnouncing(std::string_view norm) {
    static const WordSet kHeadlineAnnounce(
        {"يعلن", "تعلن", "يؤكد", "تؤكد", "ينفي", "تنفي"});
    return kHeadlineAnnounce.Contains(norm);
  }
  bool NounContentAt(uint32_t t, uint32_t cue, const Sentence& s) const {
    // Headlines summarise («سموتريتش يطالب بالنصر الكامل في غزة»); the
    // statement itself is in the body.
    // (But «"صحة عسير" تنفي حدوث …»: see `headline_noun` below.)
    const bool headline_cue = u_.kind == UnitKind::kTitle && t == cue + 1 &&
                              IsHeadlineAnnouncing(StripConjunction(Norm(cue)));
    if (u_.kind != UnitKind::kParagraph && !headline_cue) return false;
    // (Not past the headline's next item: «مقتل حسن نصرالله.. والجيش
    // الإسرائيلي: …».)
    if (u_.kind == UnitKind::kTitle) {
      for (uint32_t k = t; k < s.end_token; ++k) {
        if (!IsWord(k) && (Norm(k) == ".." || Norm(k) == "…" ||
                           Norm(k) == ":" || Norm(k) == "...")) {
          return false;
        }
      }
    }
    if ((!headline_cue && !TakesNounContent(Norm(cue))) || !IsWord(t)) {
      return false;
    }
    // «وكيل وزارة المياه والكهرباء لشؤون الكهرباء رئيس …»: the office
    // goes on («for the affairs of»); no statement starts there.
    static const WordSet kAffairs({"لشؤون", "لشئون", "للشؤون", "للشئون"});
    if (kAffairs.Contains(Norm(t))) return false;
    // «وأكد عمهما عبد الله السيد أن …»: a relative by his pronoun, then
    // his name, is the subject, not what was said.
    if (IsKinWithPronoun(StripConjunction(Norm(t))) && PersonStartsAt(t + 1)) {
      return false;
    }
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (mm.first_token <= t && t < mm.end_token) return false;
    }
    const std::string_view c = StripConjunction(Norm(cue));
    const bool ba_cue = c.find("طالب") != std::string_view::npos ||
                        c.find("اوص") != std::string_view::npos ||
                        c.find("تعهد") != std::string_view::npos ||
                        c.find("نوه") != std::string_view::npos;
    bool considers = c.starts_with("معتبر");  // «معتبرا طبيعة …»
    // «وكان الاتحاد الكويتي اقترح تأجيل البطولة …»: the proposal right
    // after the verb.
    if (c.starts_with("اقترح") && IsWord(cue + 1)) {
      const std::string_view next = StripConjunction(Norm(cue + 1));
      considers = !next.starts_with("ال") && Letters(next) >= 3 &&
                  !IsRoleHead(Norm(cue + 1)) && !IsHonorific(Norm(cue + 1)) &&
                  !IsPersonNameToken(next) && !IsComplementizer(next) &&
                  ClassifyCue(Norm(cue + 1)) == CueKind::kNone;
    }
    // «وتوقع رفع حجم التعاون …»: a forecast of an indefinite verbal noun
    // right after the cue; not a subject («وتوقع الخبراء …», «وتوقع
    // مراقبون …», «توقعت الوكالة …»).
    if (c.find("توقع") != std::string_view::npos && IsWord(cue + 1)) {
      const std::string_view next = StripConjunction(Norm(cue + 1));
      static const WordSet kMeasures(
          {"بنحو", "بحوالي", "بنسبة", "بقيمة", "بما", "بأن", "بمعدل"});
      considers = !next.starts_with("ال") && !next.ends_with("ون") &&
                  !kMeasures.Contains(next) && !next.ends_with("ين") &&
                  Letters(next) >= 3 && !IsRoleHead(Norm(cue + 1)) &&
                  !IsHonorific(Norm(cue + 1)) && !IsPersonNameToken(next) &&
                  !LooksLikeImperfectVerb(Norm(cue + 1)) &&
                  ClassifyCue(Norm(cue + 1)) == CueKind::kNone;
      // «وتوقع رجل الأعمال زياد البسام أن …»: the subject before «أن».
      for (uint32_t k = cue + 1; considers && k < s.end_token && k < cue + 10;
           ++k) {
        considers = !(IsWord(k) && IsComplementizer(Norm(k)));
      }
    }
    // «أعلنت شركة المياه الوطنية انتهائها من …»: a verbal noun with the
    // subject's pronoun, right after the subject.
    bool after_subject = t == cue + 1;
    bool after_name = false;
    bool after_name_apart = false;  // a day, a comma or an adjunct between
    auto is_comma = [&](uint32_t k) {
      return !IsWord(k) && (Norm(k) == "،" || Norm(k) == ",");
    };
    // «وأعلنت قيادة عمليات بغداد في وقت سابق تحرير …», «… مؤخرا …»: a
    // time adjunct between the subject and its verbal noun.
    static const WordSet kWhenWords({"سابق", "لاحق", "متأخر", "مبكر"});
    static const WordSet kLately({"مؤخرا", "سابقا", "أيضا", "رسميا"});
    auto time_adjunct = [&](uint32_t from) {
      if (from + 3 == t && IsWord(from) && Norm(from) == "في" &&
          IsWord(from + 1) && Norm(from + 1) == "وقت" && IsWord(from + 2) &&
          kWhenWords.Contains(Norm(from + 2))) {
        return true;
      }
      return from + 1 == t && IsWord(from) && kLately.Contains(Norm(from));
    };
    // «أعلنت مفوضية حقوق الإنسان في العراق أمس إصابة …», «… السعودية،
    // إطلاق …», «… شيفرون أمس تراجع …»: only a day, a time of day or a
    // comma between the subject and its verbal noun.
    auto only_when = [&](uint32_t from) {
      if (from >= t || t - from > 6 || IsDateToken(t) || IsTimeOfDay(Norm(t))) {
        return false;
      }
      for (uint32_t k = from; k < t; ++k) {
        if (!IsDateToken(k) && !is_comma(k) &&
            !(IsWord(k) && IsTimeOfDay(Norm(k)))) {
          return false;
        }
      }
      return true;
    };
    // «وأعلن الاتحاد القطري لكرة القدم، في بيان، تنظيم …»: an adjunct of
    // where or how, set off by commas.
    // «وأكد دونيس خلال المؤتمر الصحفي، جاهزية …»: or right after the
    // name, closed by a comma.
    auto adjunct_between = [&](uint32_t from) {
      return (from + 2 < t && t <= from + 10 && is_comma(from) &&
              is_comma(t - 1) && IsWord(from + 1) && OpensAdjunct(from + 1)) ||
             (from + 2 < t && t <= from + 8 && is_comma(t - 1) &&
              IsWord(from) && OpensAdjunct(from));
    };
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (mm.first_token <= cue) continue;
      if (mm.end_token == t || time_adjunct(mm.end_token)) after_name = true;
      if (only_when(mm.end_token) || adjunct_between(mm.end_token)) {
        after_name_apart = true;
      }
      // «أعلن وزير الصحة الدكتور سعد جابر، مساء الاثنين، تسجيل …»: a day
      // set off by commas may come between.
      // So may the subject's office («أكد الإسباني فيليكس سانشيز، المدير
      // الفني لمنتخبنا الوطني، جاهزية …»).
      // A day with its date in brackets runs longer («اليوم السبت (18
      // كانون الأول 2021)،»).
      if (mm.end_token + 2 < t &&
          (t <= mm.end_token + 8 ||
           (t <= mm.end_token + 14 && IsDateToken(mm.end_token + 1))) &&
          is_comma(mm.end_token) && is_comma(t - 1)) {
        after_name = after_name || (IsWord(mm.end_token + 1) &&
                                    IsRoleHead(Norm(mm.end_token + 1)));
        for (uint32_t k = mm.end_token + 1; k + 1 < t; ++k) {
          after_name = after_name || IsDateToken(k);
        }
      }
    }
    after_subject = after_subject || after_name;
    // «أعلن الجيش السوداني سيطرته الكاملة على …»: a definite subject of
    // one or two words the tagger did not name.
    bool after_definite = t > cue + 1 && t <= cue + 3;
    for (uint32_t k = cue + 1; after_definite && k < t; ++k) {
      after_definite = IsWord(k) && StripConjunction(Norm(k)).starts_with("ال");
    }
    // «قد أعلنت فجر الأحد 8 ديسمبر دخولها العاصمة»: only the day between.
    // «وكانت وزارة الخزانة قد أعلنت، الخميس، فرض …»: set off by commas.
    bool after_day = t > cue + 1 && !IsDateToken(t) && !IsTimeOfDay(Norm(t)) &&
                     (IsDateToken(t - 1) ||
                      (t > cue + 2 && is_comma(t - 1) && IsDateToken(t - 2)));
    for (uint32_t k = cue + 1; after_day && k < t; ++k) {
      after_day =
          IsDateToken(k) || is_comma(k) || (IsWord(k) && IsTimeOfDay(Norm(k)));
    }
    const bool day_only = after_day;
    after_definite = after_definite || after_day;
    after_subject = after_subject || after_definite;
    // («وأكد جلالته أن …»: the honorific pronoun is the subject.)
    // («أعلنت الهيئة فوزه بنسبة …»: a short event noun with its pronoun.)
    static const WordSet kEventNouns(
        {"فوز", "وفاة", "مقتل", "مصرع", "رحيل", "سقوط", "وصول", "نجاح", "فشل"});
    auto short_event = [&](std::string_view w) {
      for (std::string_view end : {"ه", "ها", "هم"}) {
        if (w.ends_with(end) &&
            kEventNouns.Contains(w.substr(0, w.size() - end.size()))) {
          return true;
        }
      }
      return false;
    };
    const bool own_noun = after_subject && StartsNounPhrase(t) &&
                          ((Letters(Norm(t)) >= 5 && HasPossessive(Norm(t))) ||
                           short_event(Norm(t))) &&
                          !IsHonorificPronoun(Norm(t));
    // «أعلنت … برنامجا بقيمة …», «… قائمتها القصيرة»: not an indefinite
    // accusative or a possessed noun when the subject stands apart.
    const std::string_view plain = StripConjunction(Norm(t));
    const bool plain_noun = !IsStopword(plain) && !HasPossessive(plain) &&
                            !GovernsWithB(plain) &&
                            !(plain.ends_with("ا") && !plain.ends_with("اء") &&
                              Letters(plain) >= 4);
    const bool apart_ok = after_name_apart && plain_noun;
    // «أكد الناطق … العقيد عاطي القرشي ضبط عدد من المتهمين …»: an
    // indefinite verbal noun right after the named subject of «أكد» /
    // «أعلن» is what was announced (not a role, an honorific, a name
    // word or a verb).
    static const WordSet kAnnounce(
        {"أكد", "أكدت", "أكدوا", "أعلن", "أعلنت", "يؤكد", "تؤكد"});
    const std::string_view w = StripConjunction(Norm(t));
    // «أعلن نادي الهلال، مساء أمس، التعاقد مع …», «أعلنت السلطات الصحية
    // تسجيل …»: after a subject the tagger did not name, or with the
    // article, only a word of a verbal noun's shape.
    // («أعلن الجيش التشادي وفاة الرئيس …»: and the nouns of an event
    // that news announces.)
    static const WordSet kPlainNouns({"القبض", "البدء", "وفاة", "مقتل", "مصرع",
                                      "رحيل", "سقوط", "فوز", "هزيمة", "نجاح",
                                      "فشل", "وصول"});
    const bool noun_shape =
        (HasVerbalNounShape(w) && w == Norm(t)) ||
        kPlainNouns.Contains(Norm(t));  // («وفاة» keeps its و)
    // «، مؤكدة فوز الرئيس …», «، معلنا تسجيل …»: a participle of
    // announcing with its verbal noun right after it.
    static const WordSet kAnnouncing(
        {"مؤكدا", "مؤكدة", "مؤكدين", "معلنا", "معلنة", "معلنين"});
    const bool participle_noun =
        kAnnouncing.Contains(c) && t == cue + 1 && noun_shape;
    // «وأكد إعداد خطة تنفيذية لكل عام …»: with no subject, a bare
    // verbal noun governing a noun right after the verb is what was
    // confirmed (not a report or a poll that confirms: «أكد تقرير …»).
    static const WordSet kDocumentNouns({"تقرير", "تحقيق", "تحليل", "استطلاع",
                                         "احصاء", "اعلان", "اتفاق", "استبيان"});
    const bool bare_noun =
        t == cue + 1 && c.find("كد") != std::string_view::npos && noun_shape &&
        w == Norm(t) && !w.starts_with("ال") && !kDocumentNouns.Contains(w) &&
        StartsNounPhrase(t + 1);
    const bool announced_noun =
        (after_name || apart_ok || (day_only && plain_noun) ||
         (after_definite && noun_shape) || participle_noun || bare_noun) &&
        (kAnnounce.Contains(c) || participle_noun) && StartsNounPhrase(t) &&
        Letters(w) >= 3 && (!w.starts_with("ال") || noun_shape) &&
        !IsRoleHead(Norm(t)) && !IsHonorific(Norm(t)) &&
        !IsPersonNameToken(w) && !IsPersonNameToken(Norm(t)) &&
        !LooksLikeImperfectVerb(Norm(t)) && !IsDateToken(t) &&
        ClassifyCue(Norm(t)) == CueKind::kNone &&
        // «أكد خبيران عسكريان واستراتيجيان أن …», «أكد جميل سعيد أحد
        // المقيمين اليمنيين أن …»: words of the subject before «أن».
        !ComplementizerSoon(t + 1, s);
    // «"صحة عسير" تنفي حدوث تجاوزات …», ««ولادة مكة» تعلن نجاح عملية
    // …»: a headline's name (or quoted name) right before a present verb
    // of announcing or denying, its verbal noun right after it.
    bool headline_noun = false;
    if (headline_cue && cue > s.first_token && noun_shape && Letters(w) >= 3 &&
        !IsPersonNameToken(w) && ClassifyCue(Norm(t)) == CueKind::kNone) {
      for (size_t m : mentions_) {
        headline_noun |= text_.mentions[m].end_token == cue;
      }
      headline_noun |= u_.tokens.tokens[cue - 1].kind == TokenKind::kQuote;
    }
    // «منوهاً بدعم ومتابعة أمير منطقة تبوك», «ونوه بالجهات الخاصة …»:
    // «نوه ب» praising someone's support or efforts says nothing (the
    // annotators' convention); «منوها بأهمية …», «بضرورة …» does.
    bool praise = false;
    if (c.find("نوه") != std::string_view::npos && IsWord(t) &&
        Norm(t).starts_with("ب")) {
      static const WordSet kPraised(
          {"دعم", "جهود", "دور", "الجهات", "حرص", "اهتمام", "متابعة", "إسهام",
           "إسهامات", "مساهمة", "عطاء", "تعاون", "مبادرة",
           // «ونوه … بالمشروعات التنموية …».
           "مشروعات", "مشاريع", "حضور", "مساهمات", "إنجازات", "جهد", "تجاوب"});
      std::string_view w = Norm(t).substr(2);
      if (w.starts_with("ال") && !kPraised.Contains(w)) w.remove_prefix(4);
      praise = kPraised.Contains(w);
    }
    // «وأعلنت الهند حدادا رسميا», «أعلن حالة الطوارئ», «أعلنت السلطات
    // حظر التجول»: a mourning, an emergency or a curfew declared is an
    // act, not a statement.
    static const WordSet kDeclaredActs({"حداد", "حدادا", "الحداد", "حالة",
                                        "حظر", "الحظر", "النفير", "التعبئة",
                                        "عطلة", "العطلة"});
    if (c.find("علن") != std::string_view::npos &&
        kDeclaredActs.Contains(StripConjunction(Norm(t)))) {
      return false;
    }
    // (A headline's noun content is only that: no possessed noun, «يعلن
    // فوزه», «تعلن بعدها …».)
    if (u_.kind == UnitKind::kTitle) {
      return headline_noun && ContentEnd(t, s) >= t + 3;
    }
    if (!IsStatementNoun(Norm(t)) &&
        !(ba_cue && IsBaPhrase(Norm(t)) && !praise) &&
        !(considers && t == cue + 1 && StartsNounPhrase(t)) && !own_noun &&
        !announced_noun) {
      return false;
    }
    return ContentEnd(t, s) >= t + 3;
  }

  static bool IsTimeOfDay(std::string_view norm) {
    static const WordSet kParts(
        {"فجر", "صباح", "مساء", "ظهر", "عصر", "ليلة", "ظهيرة"});
    return kParts.Contains(StripConjunction(norm));
  }

  static bool HasPossessive(std::string_view norm) {
    for (std::string_view end : {"ها", "هم", "هما"}) {
      if (norm.ends_with(end)) return true;
    }
    // «رفضه», «استعداده» (not «وجه», «انتباه»: the word must be long).
    return norm.ends_with("ه") && Letters(norm) >= 6;
  }

  // «داعيا», «مطالبة»: a participle that calls for something.
  // A participle of calling or insisting («داعيا إلى», «مشددا على»).
  static bool IsCall(std::string_view norm) {
    static const WordSet kCalls({"داعيا", "داعية", "داعين", "مطالبا", "مطالبة",
                                 "مطالبين", "مشددا", "مشددة", "مشددين"});
    return kCalls.Contains(StripConjunction(norm));
  }

  // A noun that reads as feminine: «الحكومة», «القوات», «قوات».
  static bool LooksFeminine(std::string_view norm) {
    const std::string_view w = StripProclitics(norm);
    return w.ends_with("ة") || (w.ends_with("ات") && Letters(w) >= 4);
  }

  // Calls and threats whose content follows a preposition («حث … على»,
  // «دعا … إلى», «طالب … بـ», «هدد بـ»).
  static bool IsJoinedCall(std::string_view norm) {
    // («وحث»: StripConjunction leaves a word of three letters whole.)
    static const WordSet kCalls(
        {"حث", "وحث", "حثت", "حثوا", "دعا", "دعت", "دعوا", "طالب", "طالبت",
         "طالبوا", "ناشد", "ناشدت", "هدد", "هددت", "هددوا", "توعد", "توعدت"});
    return kCalls.Contains(norm);
  }

  // The subject of «وتحدثت صحيفة X عن …», «وكتب الكاتب X …» before a
  // joined call at `cue` in sentence `s`: the verb agrees with the call in
  // gender, no statement cue stands between, and a speaker's name starts
  // within two words after the verb. -1 when there is none.
  int32_t JoinedActivitySubject(const Sentence& s, uint32_t cue) const {
    static const WordSet kActivity(
        {"تحدث",  "تحدثت", "كتب",    "كتبت",  "نشر",   "نشرت", "عنون",
         "عنونت", "تناول", "تناولت", "تطرق",  "تطرقت", "خصص",  "خصصت",
         "أفرد",  "أفردت", "هاجم",   "هاجمت", "احتفى", "احتفت"});
    const bool feminine = Norm(cue).ends_with("ت");
    for (uint32_t k = cue; k-- > s.first_token && k + 25 > cue;) {
      if (!IsWord(k)) continue;
      const std::string_view w = StripConjunction(Norm(k));
      if (k + 1 < cue && ClassifyCue(Norm(k)) != CueKind::kNone) return -1;
      if (!kActivity.Contains(w)) continue;
      if (w.ends_with("ت") != feminine) return -1;
      for (size_t m : mentions_) {
        const Mention& mm = text_.mentions[m];
        if (mm.unit == unit_ && mm.first_token > k && mm.first_token <= k + 2 &&
            mm.first_token < cue && IsSpeakerType(m) &&
            !IsObjectOfPreposition(m)) {
          return EntityOf(m);
        }
      }
      return -1;
    }
    return -1;
  }

  static bool IsDemonstrative(std::string_view norm) {
    static const WordSet kThis({"ذلك", "هذا", "هذه", "تلك", "ذاك"});
    return kThis.Contains(norm);
  }
  static bool IsContentPreposition(std::string_view norm) {
    static const WordSet kPreps({"على", "إلى", "عن"});
    return kPreps.Contains(norm);
  }

  // True when reported content starts at the preposition at `t`: a word
  // that is not a name follows and some words come after it.
  // «حذر من …», «محذرا من استمرار …»: a warning's content follows «من».
  static bool IsWarning(std::string_view norm) {
    return StripConjunction(norm).find("حذر") != std::string_view::npos;
  }
  bool PrepositionalContentAt(uint32_t t, const Sentence& s,
                              bool warning = false) const {
    const bool prep = IsContentPreposition(Norm(t)) ||
                      (warning && StripConjunction(Norm(t)) == "من");
    if (!prep || !IsWord(t + 1)) return false;
    if (IsComplementizer(Norm(t + 1))) return false;
    // «أكد التقرير الإحصائي الصادر عن الهيئات …»: who issued the subject.
    if (t > 0 && IsWord(t - 1) && IsIssued(Norm(t - 1))) {
      return false;
    }
    // «كشف المشرف العام على العلاقات العامة … علي الغامدي، أن …»,
    // «المسؤول عن الملف»: the preposition belongs to an office.
    static const WordSet kInCharge({"المشرف", "المشرفة", "المشرفين", "القائم",
                                    "القائمة", "القائمين", "المسؤول",
                                    "المسؤولة", "المسؤولين", "الوصي"});
    if (t > 0 && IsWord(t - 1) &&
        (kInCharge.Contains(StripConjunction(Norm(t - 1))) ||
         (t > 1 && Norm(t - 1) == "العام" && IsWord(t - 2) &&
          kInCharge.Contains(StripConjunction(Norm(t - 2)))))) {
      return false;
    }
    // «مؤكدة … على هامش القمة أن …»: where it was said, not what.
    static const WordSet kWhere({"هامش", "خلفية", "لسان", "صعيد", "وقع"});
    if (NormIs(t, "على") && kWhere.Contains(Norm(t + 1))) return false;
    // «لم تعلن أي جهة على الفور …», «إذ تعلن عن ذلك»: not what was said.
    if (Norm(t + 1) == "الفور" || IsDemonstrative(Norm(t + 1))) return false;
    // («علي الغامدي»: the given name, written like «على» once
    // normalised.)
    for (size_t m : mentions_) {
      if (text_.mentions[m].first_token == t + 1 ||
          text_.mentions[m].first_token == t) {
        return false;
      }
    }
    return ContentEnd(t + 1, s) >= t + 4;
  }

  // «يذكر», «يقول», «وتقول»: a verb in the imperfect (a clause, not a
  // title). «يوم» is not one.
  static bool LooksLikeImperfectVerb(std::string_view norm) {
    const std::string_view w = StripConjunction(norm);
    return w.starts_with("ي") && Letters(w) >= 3 && w != "يوم";
  }

  // «وبدوره أكد», «من جهته قال», «فيما أكد»: words that open a new
  // clause right before a cue.
  bool OpensClause(uint32_t cue) const {
    static const WordSet kOpeners({"بدوره", "بدورها", "بدورهم", "كما", "فيما",
                                   "بينما", "جهته", "جهتها", "جانبه", "جانبها",
                                   "ناحيته", "ناحيتها", "إذ", "حيث"});
    // As written too: «فيما» is no «ف» + «يما».
    return cue > 0 && IsWord(cue - 1) &&
           (kOpeners.Contains(Norm(cue - 1)) ||
            kOpeners.Contains(StripConjunction(Norm(cue - 1))));
  }

  static bool IsTemporalConjunction(std::string_view norm) {
    static const WordSet kWords({"بعد", "قبل", "منذ", "دون", "رغم", "حتى",
                                 "بدل", "بمجرد", "عقب", "لحين", "إلا"});
    return kWords.Contains(StripConjunction(norm));
  }

  // «لفت انتباه الزوار إلى …» draws attention; it reports no speech.
  bool DrawsAttention(uint32_t cue) const {
    static const WordSet kDraw({"لفت", "لفتت", "يلفت", "تلفت"});
    static const WordSet kAttention(
        {"انتباه", "الانتباه", "الأنظار", "أنظار", "نظر"});
    if (!kDraw.Contains(StripConjunction(Norm(cue)))) return false;
    for (uint32_t k = cue + 1; k < u_.size() && k <= cue + 5; ++k) {
      if (IsWord(k) && kAttention.Contains(Norm(k))) return true;
    }
    return false;
  }

  // «فيقول نحن في موسم أعياد …», «ويقول عبدالعزيز الزهراني تشهد المطابخ
  // …»: «يقول» with the speaker's words right after it (or after the
  // speaker's name), no complementizer, no colon, no quotation marks.
  // The words must open a clause: a first-person pronoun, or a verb in
  // the imperfect after the name.
  bool UnmarkedSpeechAt(uint32_t cue, uint32_t t) const {
    static const WordSet kSay(
        {"قال", "قالت", "يقول", "تقول", "قالوا", "يقولون", "أقول", "نقول"});
    if (!kSay.Contains(StripConjunction(Norm(cue)))) return false;
    static const WordSet kFirstPerson(
        {"نحن", "أنا", "إننا", "إنني", "إني",
         // «قال أعتقد أنها مناسبة»: the speaker's own "I think"
         "أعتقد", "أرى", "أظن", "أتمنى", "أتوقع", "أشكر", "آمل", "نعتقد", "نرى",
         "نتمنى", "نتوقع", "نأمل", "نشكر"});
    const std::string_view w = StripConjunction(Norm(t));
    if (t == cue + 1) return kFirstPerson.Contains(w);
    bool after_name = false;
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (mm.first_token == cue + 1 && mm.end_token == t &&
          a_->canonical[EntityOf(m)].type == "PER") {
        after_name = true;
      }
    }
    if (!after_name || t + 2 >= u_.size() || !IsWord(t + 1)) return false;
    if (kFirstPerson.Contains(w)) return true;
    return (w.starts_with("ي") || w.starts_with("ت")) && Letters(w) >= 4 &&
           !w.ends_with("ة") && !w.ends_with("ات") && !IsBreakWord(w) &&
           !w.starts_with("تصريح") && !w.starts_with("تعليق");
  }

  // A subject right after a verb: a name, or a definite noun.
  bool ExplicitSubjectAt(uint32_t t) const {
    if (!IsWord(t)) return false;
    for (size_t m : mentions_) {
      if (text_.mentions[m].first_token == t) return true;
    }
    return StripConjunction(Norm(t)).starts_with("ال");
  }
  // The words [b, e) are a person's or body's name, at most two definite
  // words («الفرنسي», «الرئيس») before it: a subject with no predicate yet.
  bool OnlyNameBetween(uint32_t b, uint32_t e) const {
    for (size_t m : mentions_) {
      const auto& mention = text_.mentions[m];
      if (mention.end_token != e || !IsSpeakerType(m) ||
          mention.first_token < b || mention.first_token > b + 2) {
        continue;
      }
      bool definite_words = true;
      for (uint32_t k = b; k < mention.first_token; ++k) {
        if (!IsWord(k) || !Norm(k).starts_with("ال")) definite_words = false;
      }
      if (definite_words) return true;
    }
    return false;
  }
  // A person or body's name ends right before token t.
  bool NameEndsAt(uint32_t t) const {
    for (size_t m : mentions_) {
      if (text_.mentions[m].end_token == t && IsSpeakerType(m)) return true;
    }
    return false;
  }

  // «، غير بيدرسن، الذي قال …» at cue («قال»): a verb of saying after
  // «الذي» (or a feminine one after «التي»), a comma and a person's name
  // before it. (Not «تصريحات … علي خامنئي، التي أكد فيها»: «التي» with a
  // masculine verb is the statements.)
  bool RelativeAfterApposition(uint32_t cue) const {
    if (cue < 3 || IsWord(cue - 2) || Norm(cue - 2) != "،" ||
        !NameEndsAt(cue - 2) || ClassifyCue(Norm(cue)) != CueKind::kVerb) {
      return false;
    }
    const bool feminine = Norm(cue).ends_with("ت");
    if (Norm(cue - 1) != (feminine ? "التي" : "الذي")) return false;
    // (A person: «اجتماع لجنة السوق المفتوحة، الذي اختتم …» is the
    // meeting.)
    for (size_t m : mentions_) {
      if (text_.mentions[m].end_token == cue - 2 && IsSpeakerType(m) &&
          a_->canonical[EntityOf(m)].type == "PER") {
        return true;
      }
    }
    return false;
  }

  // The person named right before «، مستشار/نائب/مساعد …» when the
  // mention ending at `end` closes that apposition, else -1.
  int32_t PersonBeforeRelationalApposition(uint32_t end) const {
    static const WordSet kRelational(
        {"مستشار", "مستشاري", "مستشارة", "كبير", "كبيرة", "نائب", "نائبة",
         "مساعد", "مساعدة", "زوجة", "زوج", "ابن", "ابنة", "نجل", "شقيق",
         "شقيقة", "صهر", "مبعوث", "ممثل"});
    uint32_t name_start = end;
    for (size_t m : mentions_) {
      if (text_.mentions[m].end_token == end && IsSpeakerType(m)) {
        name_start = text_.mentions[m].first_token;
      }
    }
    for (uint32_t k = name_start; k-- > 0 && k + 10 > name_start;) {
      if (IsWord(k)) continue;
      if (Norm(k) != "،" || k + 1 >= name_start || !IsWord(k + 1) ||
          !kRelational.Contains(Norm(k + 1))) {
        return -1;
      }
      for (size_t m : mentions_) {
        if (text_.mentions[m].end_token == k && IsSpeakerType(m) &&
            a_->canonical[EntityOf(m)].type == "PER") {
          return EntityOf(m);
        }
      }
      return -1;
    }
    return -1;
  }

  // «في إشارة منه إلى أن …» at t («إشارة»).
  bool IsGloss(uint32_t t, const Sentence& s) const {
    static const WordSet kGloss({"إشارة"});
    if (!kGloss.Contains(Norm(t)) || t <= s.first_token ||
        Norm(t - 1) != "في") {
      return false;
    }
    static const WordSet kTo({"إلى"});
    for (uint32_t k = t + 1; k + 1 < s.end_token && k <= t + 3; ++k) {
      if (IsWord(k) && kTo.Contains(Norm(k))) {
        return IsWord(k + 1) && IsComplementizer(Norm(k + 1));
      }
    }
    return false;
  }

  // The words inside `r` are one name the tagger found.
  bool IsQuotedName(const Region& r) const {
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (mm.first_token == r.open + 1 && mm.end_token == r.close) return true;
    }
    return KindAndName(r.open + 1, r.close);
  }
  // Tokens [b, e) are a kind of body and a name the tagger found without
  // it: «"مركز فلب فلاب فن"» tagged «فلب فلاب فن».
  bool KindAndName(uint32_t b, uint32_t e) const {
    static const WordSet kKinds({"مركز",   "شركة",   "مؤسسة", "جمعية", "مجموعة",
                                 "مصنع",   "مطعم",   "نادي",  "فندق",  "متجر",
                                 "مستشفى", "بنك",    "مصرف",  "موقع",  "صحيفة",
                                 "قناة",   "مجلة",   "وكالة", "منظمة", "هيئة",
                                 "حملة",   "مبادرة", "برنامج"});
    if (b + 1 >= e || !IsWord(b) ||
        !kKinds.Contains(StripConjunction(Norm(b)))) {
      return false;
    }
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (mm.first_token == b + 1 && mm.end_token == e) return true;
    }
    return false;
  }

  // Verb and participle cues: find the content after the cue.
  void FromVerb(uint32_t cue, const Sentence& s) {
    if (DrawsAttention(cue)) return;
    // «يتوقع أن يكون …», «ويرجح أن …»: "it is expected that", the
    // writer's own forecast with no one saying it.
    static const WordSet kImpersonal({"يتوقع", "يرجح", "يفترض", "ينتظر"});
    if (kImpersonal.Contains(StripConjunction(Norm(cue))) && IsWord(cue + 1) &&
        IsComplementizer(Norm(cue + 1))) {
      return;
    }
    // «لم تعلن أي جهة مسؤوليتها …», «لن يعلن …»: nothing was announced.
    static const WordSet kNegations({"لم", "لن", "لا", "ولم", "ولن", "ولا"});
    static const WordSet kAnnouncing({"يعلن", "تعلن"});
    if (cue > s.first_token &&
        kAnnouncing.Contains(StripConjunction(Norm(cue))) && IsWord(cue - 1) &&
        kNegations.Contains(Norm(cue - 1))) {
      return;
    }
    // «على أن يعلن عن الحكومة الجديدة …»: "to be announced", no one
    // speaking.
    if (cue > s.first_token && kAnnouncing.Contains(Norm(cue)) &&
        IsWord(cue - 1) && IsComplementizer(Norm(cue - 1)) && IsWord(cue + 1) &&
        Norm(cue + 1) == "عن") {
      return;
    }
    const uint32_t limit =
        std::min<uint32_t>(s.end_token, cue + 1 + options_.max_zone_tokens);
    const bool prep_ok = TakesPrepositionalContent(Norm(cue));
    // «الداخلية تعلن القبض على عصابة …»: what is announced comes «عن»,
    // never «على».
    const bool announces = IsAnnouncingVerb(Norm(cue));
    const Region* short_region = nullptr;
    // A quotation close to the cue, or opened by a colon, a comma or a
    // complementizer: what was said. Farther, after a plain word, a short
    // one is a term («وختم حديثه بمطالبته المطاعم … بالمشاركة في تفعيل
    // الأدوار التي لا تقتصر على فئة “ذوي الاحتياجات الخاصة”»).
    auto near_cue = [&](const Region& r) {
      if (r.open <= cue + 6) return true;
      const uint32_t k = r.open - 1;
      return !IsWord(k) ? (Norm(k) == ":" || Norm(k) == "،" || Norm(k) == ",")
                        : IsComplementizer(Norm(k));
    };
    uint32_t short_at = 0;
    for (uint32_t t = cue + 1; t < limit; ++t) {
      if (consumed_[t]) break;
      // «قال عون، وفق بيان للرئاسة اللبنانية، إن …»: an attribution set
      // off by commas before the content.
      if (t > cue + 1 && !IsWord(t - 1) &&
          (Norm(t - 1) == "،" || Norm(t - 1) == ",") && IsWord(t) &&
          ClassifyCue(Norm(t)) == CueKind::kAttribution) {
        uint32_t k = t + 1;
        while (k < limit && k < t + 10 && IsWord(k)) ++k;
        if (k + 1 < limit && (Norm(k) == "،" || Norm(k) == ",") &&
            IsWord(k + 1) && IsComplementizer(Norm(k + 1))) {
          t = k;
          continue;
        }
      }
      if (const uint32_t relay_end = RelayEnd(t); relay_end > 0) {
        t = relay_end - 1;  // the words relayed through are no content
        continue;
      }
      const Token& tk = u_.tokens.tokens[t];
      // «ونقلت شبكة سي إن إن عن …»: «إن» inside a name opens nothing.
      if (t > cue + 1 && IsWord(t) && IsComplementizer(Norm(t)) &&
          InMention(t) && InMention(t - 1)) {
        continue;
      }
      // «إذ تعلن عن ذلك لتؤكد …»: the content was told before.
      if (IsWord(t) && IsContentPreposition(Norm(t)) && t + 1 < limit &&
          IsWord(t + 1) && IsDemonstrative(Norm(t + 1))) {
        break;
      }
      if (const Region* r = RegionOpeningAt(t)) {
        if (r->close <= r->open + 1) return;
        // «ووصف الهجوم بـ"العمل الإرهابي"»: a description in a word or
        // two after «بـ» names the act, it quotes no statement (every
        // annotated «وصف» statement comes after «بأنه/بأنها»).
        if (t > cue + 1 && IsDetachedB(t - 1) &&
            (StripConjunction(Norm(cue)).starts_with("وصف") ||
             Norm(cue).starts_with("واصف")) &&
            r->close - r->open - 1 <= 3) {
          return;
        }
        // «وقالت مصادر لـ"سكاي نيوز عربية" إن …»: the outlet told, not what
        // was said; «قال المتحدث باسم "الإطار الاستراتيجي الدائم …"، …،
        // محمد المولود رمضان إن …»: what a spokesman speaks for is a name.
        if (t > cue + 1 &&
            (IsDetachedLam(t - 1) || OpensAddressee(t - 1) ||
             (IsWord(t - 1) && Norm(t - 1) == "باسم")) &&
            r->close + 1 < s.end_token) {
          t = r->close;
          continue;
        }
        // «رئيسة استراتيجية السلع في "آر بي سي كابيتال ماركتس"، إن …»: a
        // quoted name after a preposition, with «أن» still to come, is
        // where the speaker works.
        static const WordSet kNamePreps(
            {"في", "من", "لدى", "عن", "مع", "بشركة", "شركة", "مجموعة", "منصة"});
        if (t > cue + 1 && IsWord(t - 1) && kNamePreps.Contains(Norm(t - 1)) &&
            r->close - r->open - 1 <= 5 && r->close + 1 < s.end_token) {
          uint32_t k = r->close + 1;
          while (k < s.end_token && k < r->close + 12 &&
                 !(IsWord(k) && IsComplementizer(Norm(k))) &&
                 RegionOpeningAt(k) == nullptr) {
            ++k;
          }
          if (k < s.end_token && IsWord(k) && IsComplementizer(Norm(k))) {
            t = r->close;
            continue;
          }
        }
        // «وقال اللواء د.أحمد عبد الحليم «رئيس مركز الشرق الأوسط …» إن
        // …»: the quoted office of the person just named, then «إن».
        // («وأوضحت أم محمد «أرملة وأم لطفلين» أنها …»: or a short
        // description of the one who speaks.)
        if (t > cue + 1 && r->open + 1 < r->close && IsWord(r->open + 1) &&
            ((IsRoleHead(Norm(r->open + 1)) && NameEndsAt(r->open)) ||
             (r->close <= r->open + 7 && IsWord(r->open - 1))) &&
            r->close + 1 < s.end_token) {
          uint32_t k = r->close + 1;
          // («… "الدكتور عبدالكريم العبدالكريم"؛ أن …»: a semicolon too.)
          if (k < s.end_token && !IsWord(k) &&
              (Norm(k) == "،" || Norm(k) == "," || Norm(k) == "؛")) {
            ++k;
          }
          if (k < s.end_token && IsWord(k) && IsComplementizer(Norm(k))) {
            t = r->close;
            continue;
          }
        }
        bool quoted_name = KindAndName(r->open + 1, r->close);
        for (size_t m : mentions_) {
          const Mention& mm = text_.mentions[m];
          quoted_name |= mm.first_token <= r->open + 1 &&
                         mm.end_token >= r->close && mm.first_token > r->open;
        }

        if ((r->close - r->open - 1 < options_.min_quoted_content_tokens ||
             quoted_name) &&
            r->close + 1 < s.end_token) {
          // A quoted name («لـ"الوطن"», «بنك "يو بي إس"») before the
          // content: go on.
          if (short_region == nullptr) {
            short_region = r;
            short_at = t;
          }
          t = r->close;
          continue;
        }
        // «ودعا … إلى “إعادة روسيا إلى رشدها” والمساعدة في …»: a
        // quotation after the call's preposition with more coordinated
        // after it is the start of what was said, not all of it.
        if (t > cue + 1 && IsWord(t - 1) &&
            (IsContentPreposition(Norm(t - 1)) || IsDetachedB(t - 1)) &&
            r->close + 2 < s.end_token && IsWord(r->close + 1) &&
            Norm(r->close + 1).starts_with("و") &&
            Letters(Norm(r->close + 1)) >= 4) {
          Finish(Quote::Kind::kMixed, r->open, ContentEnd(r->open, s), cue, t,
                 s);
          return;
        }
        // «أكد السيسي "دعم مصر الكامل" للعراق في مواجهة الإرهاب», «دعا …
        // إلى «ضخ 28 مليار دولار إضافية» لتمويل …»: a quoted phrase as the
        // object, with its complement in «لـ» after it, is the start of
        // what was said.
        if (t > cue + 1 && Norm(t - 1) != ":" && r->close - r->open - 1 <= 8 &&
            r->close + 1 < s.end_token && IsWord(r->close + 1)) {
          const std::string_view next = Norm(r->close + 1);
          if (next.starts_with("ل") && !next.starts_with("ال") &&
              ProcliticLetters(next) >= 1 && Letters(next) >= 4 &&
              ClassifyCue(next) == CueKind::kNone) {
            Finish(Quote::Kind::kMixed, r->open, ContentEnd(r->open, s), cue, t,
                   s);
            return;
          }
          // «شدد على "بطلان وعدم شرعية" القرار الأمريكي …»: after the
          // call's preposition, a definite word is the quoted noun's
          // complement; «أكد البيان "مركزية القضية" والتمسك بمبادرة …»: a
          // definite noun joined by «و» is more of the object. (Not a
          // name, an office or a day: «… "…" الرئيس», «… "…" الاثنين».)
          const bool after_preposition =
              IsWord(t - 1) &&
              (IsContentPreposition(Norm(t - 1)) || IsDetachedB(t - 1));
          const bool complement =
              after_preposition && next.starts_with("ال") && Letters(next) >= 5;
          const bool joined = next.starts_with("وال") && Letters(next) >= 6;
          if ((complement || joined) && !IsDateToken(r->close + 1) &&
              !IsRoleHead(next) && !IsHonorific(next) && !IsTimeOfDay(next) &&
              ClassifyCue(next) == CueKind::kNone &&
              MentionsIn(r->close + 1, r->close + 2).empty()) {
            Finish(Quote::Kind::kMixed, r->open, ContentEnd(r->open, s), cue, t,
                   s);
            return;
          }
        }
        Finish(Quote::Kind::kDirect, r->open + 1, r->close, cue, t, s);
        return;
      }
      if (tk.kind == TokenKind::kPunctuation && Norm(t) == ":") {
        if (const Region* r = RegionOpeningAt(t + 1)) {
          Finish(Quote::Kind::kDirect, r->open + 1, r->close, cue, t, s);
        } else if (t + 1 < s.end_token) {
          uint32_t b = t + 1;
          // «قائلا: إن …»: the complementizer is not content.
          if (IsWord(b) && IsComplementizer(Norm(b))) ++b;
          Finish(Quote::Kind::kDirect, b, ContentEnd(b, s), cue, t, s);
        } else if (t + 1 == u_.size() && u_.kind == UnitKind::kParagraph) {
          // The words are in the next paragraph: keep the speaker.
          colon_at_end_ = true;
          Finish(Quote::Kind::kDirect, t + 1, t + 1, cue, t, s);
          colon_at_end_ = false;
        }
        return;
      }
      // «مؤكدة في تصريحات لقناة «العربية» على هامش القمة أن …»: where and
      // to whom, then «أن»: the words before it are no content.
      if (tk.kind == TokenKind::kArabicWord && OpensAdjunct(t)) {
        if (const uint32_t k = ComplementizerAhead(t, limit); k > 0) {
          t = k - 1;
          continue;
        }
        // «أكدت قوات الدعم السريع، في بيان نشرته على منصة إكس، التزامها
        // …»: an adjunct between commas; the content follows it.
        if (t > cue + 1 && (Norm(t - 1) == "،" || Norm(t - 1) == ",")) {
          uint32_t k = t + 1;
          while (k < limit && k <= t + 10 && IsWord(k) &&
                 ClassifyCue(Norm(k)) == CueKind::kNone &&
                 !IsComplementizer(Norm(k))) {
            ++k;
          }
          if (k < limit && k <= t + 10 && (Norm(k) == "،" || Norm(k) == ",")) {
            t = k;
            continue;
          }
        }
      }
      if (tk.kind == TokenKind::kArabicWord && UnmarkedSpeechAt(cue, t)) {
        Finish(Quote::Kind::kDirect, t, ContentEnd(t, s), cue, t, s);
        return;
      }
      if (tk.kind == TokenKind::kArabicWord) {
        // «بعد أن», «قبل أن», «منذ أن»: a time clause, not what was said.
        if (IsComplementizer(Norm(t)) && t > cue + 1 &&
            IsTemporalConjunction(Norm(t - 1))) {
          continue;
        }
        if (IsComplementizer(Norm(t))) {
          const uint32_t end = ContentEnd(t + 1, s);
          Finish(HasRegion(t + 1, end) ? Quote::Kind::kMixed
                                       : Quote::Kind::kIndirect,
                 t + 1, end, cue, t, s);
          return;
        }
        if (NounContentAt(t, cue, s)) {
          const uint32_t end = ContentEnd(t, s);
          Finish(
              HasRegion(t, end) ? Quote::Kind::kMixed : Quote::Kind::kIndirect,
              t, end, cue, t, s);
          return;
        }
        if ((prep_ok || IsWarning(Norm(cue))) &&
            (!announces || Norm(t) == "عن") &&
            PrepositionalContentAt(t, s, IsWarning(Norm(cue)))) {
          const uint32_t end = ContentEnd(t + 1, s);
          Finish(HasRegion(t + 1, end) ? Quote::Kind::kMixed
                                       : Quote::Kind::kIndirect,
                 t + 1, end, cue, t, s);
          return;
        }
        // Another cue before any content: this one has none.
        if (ClassifyCue(Norm(t)) != CueKind::kNone && !IsBetween(t) &&
            !NamesAName(t) && !IsAdjective(t) && !IsCircumstantial(t) &&
            !RelaysTheDocument(t)) {
          break;
        }
      }
    }
    // A short quotation after the cue is what was said, unless it is a
    // name («لبرنامج زميلهم «ياسر القحطاني»») or a term far into the
    // sentence.
    if (short_region != nullptr && !IsQuotedName(*short_region) &&
        near_cue(*short_region)) {
      Finish(Quote::Kind::kDirect, short_region->open + 1, short_region->close,
             cue, short_at, s);
      return;
    }
    if (PostposedQuote(cue, s)) return;
    // No content, but a named subject («وقال الحمود مغردا …، وقال: …»):
    // a following cue without subject continues with it.
    // «هدد وزير الأمن القومي الإسرائيلي إيتمار بن غفير بالانسحاب …»: so
    // does a person after his office.
    if (ClassifyCue(Norm(cue)) == CueKind::kVerb && cue + 1 < s.end_token) {
      bool named = false;
      for (size_t m :
           MentionsIn(cue + 1, std::min<uint32_t>(s.end_token, cue + 10))) {
        if (!IsSpeakerType(m)) continue;
        const Mention& mm = text_.mentions[m];
        bool subject = mm.first_token <= cue + 2;
        if (!subject && a_->canonical[EntityOf(m)].type == "PER") {
          std::optional<RoleMatch> role =
              FindRoleBefore(u_, cue + 1, mm.first_token);
          subject = role && role->first_token == cue + 1;
        }
        if (subject) {
          last_->entity = EntityOf(m);
          last_->text.clear();
          named = true;
        }
        break;
      }
      // «ورد المتحدث الإسرائيلي قائلا إن …»: the verb's subject, up to the
      // participle, speaks in the participle's statement.
      if (!named) {
        uint32_t k = cue + 1;
        while (k < s.end_token && k <= cue + options_.max_zone_tokens &&
               IsWord(k) && ClassifyCue(Norm(k)) == CueKind::kNone) {
          ++k;
        }
        if (k > cue + 1 && k < s.end_token && IsWord(k) &&
            ClassifyCue(Norm(k)) == CueKind::kParticiple) {
          int32_t unused = -1;
          const Speaker sp = SubjectIn(cue + 1, k, s, cue, &unused);
          if (sp.known()) {
            *last_ = sp;
            last_quote_sentence_ = &s;
          }
        }
      }
    }
  }

  // The cue after what was said: «"…"، قال وزير الخارجية عادل الجبير»
  // (the quotation right before the comma), «…، هذا ما أكده الوزير» (the
  // clause before «هذا ما»). The subject after the cue speaks.
  bool PostposedQuote(uint32_t cue, const Sentence& s) {
    if (ClassifyCue(Norm(cue)) != CueKind::kVerb) return false;
    uint32_t k = cue;
    bool this_is = false;
    if (k >= 2 && Norm(k - 1) == "ما") {
      const std::string_view d = StripConjunction(Norm(k - 2));
      if (d == "هذا" || d == "هو" || d == "ذلك" || d == "هذه") {
        k -= 2;
        this_is = true;
      }
    }
    // «…، أوضح ذلك الناطق الإعلامي … العقيد عبدالمنعم الحيزان.»: no
    // statement of its own (the annotators' convention: the narration
    // «ذلك» points back to is no quote), but the one named speaks next:
    // «وأشار إلى أن …» goes on with him. («أوضح ذلك … أن …» has a clause
    // of its own and is read as usual.)
    if (!this_is && cue + 2 < s.end_token && IsWord(cue + 1) &&
        Norm(cue + 1) == "ذلك" && k >= 2 &&
        (Norm(k - 1) == "،" || Norm(k - 1) == ",")) {
      for (uint32_t t = cue + 2; t < s.end_token; ++t) {
        if (Norm(t) == ":" || (IsWord(t) && IsComplementizer(Norm(t)))) {
          return false;
        }
      }
      int32_t unused = -1;
      const Speaker sp = SubjectIn(cue + 2, s.end_token, s, cue, &unused);
      if (!sp.known()) return false;
      *last_ = sp;
      return true;
    }
    if (k < 2 || !(Norm(k - 1) == "،" || Norm(k - 1) == ",")) return false;
    const uint32_t comma = k - 1;
    uint32_t b = 0, e = 0;
    Quote::Kind kind = Quote::Kind::kDirect;
    if (const Region* r = RegionClosingAt(comma - 1)) {
      b = r->open + 1;
      e = r->close;
    } else if (this_is) {
      b = s.first_token;
      e = comma;
      kind = HasRegion(b, e) ? Quote::Kind::kMixed : Quote::Kind::kIndirect;
    } else {
      return false;
    }
    if (e <= b || e - b < options_.min_quoted_content_tokens) return false;
    for (uint32_t t = b; t < e; ++t) {
      if (consumed_[t]) return false;
    }
    Finish(kind, b, e, cue, s.end_token, s);
    return true;
  }

  bool HasRegion(uint32_t b, uint32_t e) const {
    for (const Region& r : regions_) {
      if (r.open >= b && r.open < e) return true;
    }
    return false;
  }

  // The end of reported content starting at b: the sentence end, or before
  // a trailing attribution («…، حسبما قال»), or the close of a quotation
  // that runs past the sentence.
  // «مشيدا», «مستشهدا», «متطرقا»: an indefinite accusative participle
  // (م…ا) of five letters or more; «مرورا» and «مجددا» are adverbs, and
  // «مستشهدا ب…» cites as part of the statement.
  static bool IsWritersParticiple(std::string_view w) {
    static const WordSet kAdverbs({"مرورا", "مجددا", "مستقبلا", "مسبقا",
                                   "مؤخرا", "مبكرا", "مطلقا", "مجانا", "مباشرا",
                                   "متأخرا", "مثلا", "مؤقتا",
                                   // citing is part of what is said
                                   "مستشهدا", "مستدلا",
                                   // so are rankings: «، متبوعا بعلي بن
                                   // فليس», «، متقدما على …»
                                   "متبوعا", "متقدما", "متفوقا"});
    // Feminine and plural ones by name: «، متهمة الجيش بخرق …» (a fem.
    // noun after a comma is as often an apposition: «، مدينة …»).
    static const WordSet kOthers({"متهمة", "متهمين", "محملة", "محملين", "منددة",
                                  "منددين", "مرحبة", "مرحبين", "معلنة",
                                  "معلنين", "متوعدة", "ملوحة"});
    // («، مهمتها التأكد …»: a noun in ة with «ها», no participle; «موجها»
    // is one.)
    return (w.starts_with("م") && w.ends_with("ا") && !w.ends_with("تها") &&
            Letters(w) >= 5 && !kAdverbs.Contains(w)) ||
           kOthers.Contains(w);
  }
  uint32_t ContentEnd(uint32_t b, const Sentence& s) const {
    uint32_t e = s.end_token;
    for (uint32_t t = b; t < s.end_token; ++t) {
      if (!IsWord(t) || InRegion(t)) continue;
      CueKind kind = Replies(t) ? CueKind::kVerb : ClassifyCue(Norm(t));
      // «النطاق السعري جاء "بخصم مغرٍ"»: «جاء» reports only «في» a text
      // («وجاء في البيان …»); otherwise it is "came".
      if (kind == CueKind::kVerb && CameAlone(t)) kind = CueKind::kNone;
      // «…، وفقا لوزارة الخارجية», «…"، حسبما قال»: an attribution after a
      // comma closes the content; without one it is part of it («تختلف
      // حسب شطارته», «المفاضلة وفقا للدرجة»).
      if (kind == CueKind::kAttribution && t > b &&
          (Norm(t - 1) == "،" || Norm(t - 1) == "," ||
           u_.tokens.tokens[t - 1].kind == TokenKind::kQuote)) {
        e = t;
        break;
      }
      // «…، على صعيد متصل أكد مصدر …», «…، من جهة أخرى …», «…، إلى
      // ذلك …»: the writer's turn to another item ends the content.
      if (t > b + 1 && (Norm(t - 1) == "،" || Norm(t - 1) == ",") &&
          t + 1 < s.end_token && IsWord(t + 1)) {
        const std::string_view w = Norm(t), next = Norm(t + 1);
        const bool turn =
            // (Norm folds ى to ي and drops the hamza from أ, إ.)
            (w == "علي" && next == "صعيد") ||
            ((w == "في" || w == "وفي") && next == "سياق") ||
            ((w == "من" || w == "ومن") && (next == "جهة" || next == "ناحية") &&
             t + 2 < s.end_token && IsWord(t + 2) && Norm(t + 2) == "اخري") ||
            (w == "في" && next == "غضون") || (w == "الي" && next == "ذلك");
        if (turn) {
          e = t - 1;
          break;
        }
      }
      // «… في إشارة منه إلى أن …»: the writer's gloss opens a new
      // statement by the same speaker.
      static const WordSet kHint({"إشارة"});
      if (kHint.Contains(Norm(t)) && t > b + 1 && IsWord(t - 1) &&
          Norm(t - 1) == "في") {
        static const WordSet kTo({"إلى"});
        for (uint32_t k = t + 1; k < s.end_token && k <= t + 3; ++k) {
          if (IsWord(k) && kTo.Contains(Norm(k))) {
            e = t - 1;
            break;
          }
        }
        if (e == t - 1) break;
      }
      // «…، وهو ما ردت عليه طهران …», «…، وهو ما نفته …»: the writer's
      // relative on the whole statement ends it.
      // («، وهو توصيف لم يرض …»: the writer's word on the statement.)
      static const WordSet kSayingNouns(
          {"توصيف", "وصف", "تصريح", "كلام", "موقف", "اتهام", "تعليق", "رد"});
      if (t > b + 1 && (Norm(t - 1) == "،" || Norm(t - 1) == ",") &&
          (Norm(t) == "وهو" || Norm(t) == "وهي") && t + 1 < s.end_token &&
          IsWord(t + 1) &&
          (Norm(t + 1) == "ما" || kSayingNouns.Contains(Norm(t + 1)))) {
        e = t - 1;
        break;
      }
      // «قال إن “الشباب محقون في غضبهم”، لكنه دعاهم إلى “…”»: after a
      // whole quotation, «لكنه» + verb is the writer telling what the
      // speaker did next.
      static const WordSet kButHe(
          {"لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"});
      if (t >= b + 3 && (Norm(t - 1) == "،" || Norm(t - 1) == ",") &&
          kButHe.Contains(Norm(t)) && IsWord(t + 1)) {
        if (const Region* r = RegionClosingAt(t - 2);
            r != nullptr && r->open == b) {
          e = t - 1;
          break;
        }
      }
      // «… "لن يتجاوز 15 في المائة"، ما يعني إغلاق عشرات المرافق …»: the
      // writer's consequence after a comma ends the statement.
      static const WordSet kMeans({"يعني", "يهدد", "ينذر", "يشير"});
      if (t > b + 1 && (Norm(t - 1) == "،" || Norm(t - 1) == ",") &&
          Norm(t) == "ما" && IsWord(t + 1) && kMeans.Contains(Norm(t + 1))) {
        e = t - 1;
        break;
      }
      // «…، فيما نفى أويحيى التهم», «…، بينما دعا آخرون إلى …»: the writer
      // turns to another party; the content ends before the comma.
      // «…، في حين قال مسؤول أمريكي …» too.
      static const WordSet kWhile({"فيما", "بينما"});
      static const WordSet kThreatOrWas(
          {"هدد", "هددت", "توعد", "توعدت", "كان", "كانت", "كانوا"});
      // «…، كما أعلن فريق المرشح غانجار برانوو عزمه …»: «كما» and a verb
      // of saying with another party named after it.
      if (t > b + 1 && (Norm(t - 1) == "،" || Norm(t - 1) == ",") &&
          Norm(t) == "كما" && t + 2 < s.end_token && IsWord(t + 1) &&
          ClassifyCue(Norm(t + 1)) == CueKind::kVerb &&
          !Norm(t + 1).starts_with("ي") && !Norm(t + 1).starts_with("ت") &&
          (PersonStartsAt(t + 2) || BodyStartsAt(t + 2) ||
           (IsWord(t + 2) && IsRoleHead(Norm(t + 2))))) {
        e = t - 1;
        break;
      }
      const uint32_t after =
          Norm(t) == "في" && IsWord(t + 1) && Norm(t + 1) == "حين" ? t + 2
          : kWhile.Contains(Norm(t))                               ? t + 1
                                                                   : 0;
      if (after > 0 && t > b + 1 &&
          (Norm(t - 1) == "،" || Norm(t - 1) == ",") && after < s.end_token &&
          IsWord(after) &&
          // «، فيما هدد الرئيس …», «، فيما كان رئيس الحزب قد أعلن …»: a
          // threat, or the writer's pluperfect, is narration too.
          (ClassifyCue(Norm(after)) == CueKind::kVerb ||
           kThreatOrWas.Contains(Norm(after)) ||
           // «، فيما عاد انفانتينو ليؤكد …», «، بينما اكتفى كيليان مبابي
           // بتغريدة», «، فيما رحبت الجامعة العربية بالهدنة»: a past verb
           // and a named person or body, another party.
           (!Norm(after).starts_with("ي") && !Norm(after).starts_with("ت") &&
            (PersonStartsAt(after + 1) || BodyStartsAt(after + 1) ||
             // «، فيما استدعت تل أبيب سفراء الدول الثلاث»: a country or
             // its capital acting.
             PlaceStartsAt(after + 1) ||
             // «، فيما ذهب آخرون إلى …»: others.
             (IsWord(after + 1) &&
              (Norm(after + 1) == "اخرون" || Norm(after + 1) == "اخرين" ||
               Norm(after + 1) == "البعض" || Norm(after + 1) == "بعضهم")) ||
             // «، في حين اتهم مكتب رئيس الوزراء … الحركة»: a body by
             // its head word, which the tagger did not name. (Not an
             // office: «، فيما نال أمين عام الحركة 1.97 بالمائة» goes on
             // with the results.)
             (IsWord(after + 1) && IsBodyHeadWord(Norm(after + 1))) ||
             // «، فيما دان الأمين العام للأمم المتحدة …»: or by office,
             // reacting (not «، فيما حصل السكرتير الأول … على»: results).
             (IsWord(after + 1) && Norm(after + 1).starts_with("ال") &&
              IsRoleHead(Norm(after + 1)) && IsReaction(Norm(after))) ||
             // «، فيما رفضت السلطات السويدية ذلك»: an unnamed party by
             // its nationality.
             (IsWord(after + 1) && IsWord(after + 2) &&
              Norm(after + 1).starts_with("ال") &&
              FindNationality(Norm(after + 2)) != nullptr)))) &&
          // «، في حين يتوقع فرض عقوبات» is impersonal: still the content.
          !Norm(after).starts_with("ي")) {
        e = t - 1;
        break;
      }
      // «… وإعادة تشغيل أجهزة التكييف المركزية فيما تعهد مدير المطار …»:
      // without the comma, «فيما» and a verb of saying with a named party
      // or an office after it.
      if (kWhile.Contains(Norm(t)) && t > b + 3 && IsWord(t - 1) &&
          t + 2 < s.end_token && IsWord(t + 1) &&
          ClassifyCue(Norm(t + 1)) == CueKind::kVerb &&
          (PartyStartsAt(t + 2) || BodyStartsAt(t + 2))) {
        e = t;
        break;
      }
      // «…، لكن مدير وكالة الاستخبارات … جورج تينيت هدد …»: after a
      // comma, «لكن» and another party named or by office is the writer
      // turning to it.
      if (t > b + 2 && (Norm(t - 1) == "،" || Norm(t - 1) == ",") &&
          (Norm(t) == "لكن" || Norm(t) == "ولكن") && t + 1 < s.end_token &&
          IsWord(t + 1)) {
        if (PartyStartsAt(t + 1)) {
          e = t - 1;
          break;
        }
      }
      // «…، إلا أنه رفض الإفصاح عن …», «… إلا أن مكلارين تباهى …»: the
      // writer's "however" ends the reported content.
      // «…، غير أن تحقيقا نشرته هيئة الإذاعة البريطانية …»: so does «غير
      // أن» after a comma, before a name or a noun and its verb.
      static const WordSet kHowever({"إلا"});
      const bool however_comma =
          Norm(t) == "غير" && t > b + 1 &&
          (Norm(t - 1) == "،" || Norm(t - 1) == ",") && t + 3 < s.end_token &&
          IsWord(t + 1) && IsComplementizer(Norm(t + 1)) && IsWord(t + 2) &&
          (WriterTurn(t + 2) || PartyStartsAt(t + 2) ||
           (IsWord(t + 3) && Norm(t + 3).ends_with("ته") &&
            Letters(Norm(t + 3)) >= 5 && !LooksLikeImperfectVerb(Norm(t + 3))));
      if (however_comma ||
          (kHowever.Contains(Norm(t)) && t > b && t + 2 < s.end_token &&
           IsWord(t + 1) && IsComplementizer(Norm(t + 1)) &&
           WriterTurn(t + 2))) {
        e = t;
        if (e > b && (Norm(e - 1) == "،" || Norm(e - 1) == ",")) --e;
        break;
      }
      // «…، وذلك في ختام اجتماع …», «…، بعد ساعات من خطبة …»: the writer
      // adds the occasion of the statement; the content ends before the
      // comma. («، وذلك من خلال …», «، وذلك قبل الموعد» stay content.)
      static const WordSet kSpan({"ساعات", "ساعة", "ساعتين", "أيام", "يوم",
                                  "يومين", "أسبوع", "أسابيع", "دقائق"});
      if (t > b + 1 && (Norm(t - 1) == "،" || Norm(t - 1) == ",") &&
          ((Norm(t) == "وذلك" && WritersOccasion(t + 1)) ||
           (Norm(t) == "بعد" && IsWord(t + 1) && kSpan.Contains(Norm(t + 1)) &&
            IsWord(t + 2) && Norm(t + 2) == "من") ||
           // «، بعد أن رجحت وسائل الإعلام …»
           // (not «، بعد أن "درس كافة الجوانب"»: quoted, still the words)
           (Norm(t) == "بعد" && IsWord(t + 1) &&
            IsComplementizer(Norm(t + 1)) && t + 2 < s.end_token &&
            u_.tokens.tokens[t + 2].kind != TokenKind::kQuote) ||
           // «، من دون أن يذكر مايلي بالاسم», «، دون أن يحدد موعدا»: what
           // the speaker left unsaid (not «، دون أن يؤمّن الجرار»: the
           // content's own).
           LeftUnsaid(t) || WritersAppraisal(t))) {
        e = t - 1;
        break;
      }
      // «… الوضع "كارثي" على حد قوله»: the writer's tag ends the content.
      static const WordSet kHisWords({"قوله", "قولها", "تعبيره", "تعبيرها",
                                      "وصفه", "وصفها", "قولهم", "تعبيرهم"});
      if (NormIs(t, "على") && t > b && IsWord(t + 1) && Norm(t + 1) == "حد" &&
          IsWord(t + 2) && kHisWords.Contains(Norm(t + 2))) {
        e = t;
        if (e > b && (Norm(e - 1) == "،" || Norm(e - 1) == ",")) --e;
        break;
      }
      // «… أولوية للرئيس اوباما الذي تعهد باغلاق القاعدة …»: a relative
      // clause whose verb reports the named person's own statement is a
      // new statement by that person.
      // (Not when the content so far is that name alone: «اعتبر … ان
      // الفرنسي ميشال بلاتيني الذي اعلن امس ترشحه … "مرشح فريد"» — the
      // name is the subject of «أن», the relative clause describes it and
      // the predicate still comes.)
      if ((Norm(t) == "الذي" || Norm(t) == "التي") && t > b + 2 &&
          IsWord(t + 1) && ClassifyCue(Norm(t + 1)) == CueKind::kVerb &&
          NameEndsAt(t) && !OnlyNameBetween(b, t)) {
        e = t;
        break;
      }
      // «…، مشيدا بشخصية الفقيد», «…، متطرقا إلى التنظيمات …»: after a
      // comma, an indefinite participle that reports no speech is the
      // writer describing the speaker; the content ends before it.
      if (kind == CueKind::kNone && t > b + 2 &&
          (Norm(t - 1) == "،" || Norm(t - 1) == ",") && IsWord(t + 1) &&
          IsWritersParticiple(Norm(t))) {
        e = t - 1;
        break;
      }
      // «… «باشرت فورا الملاحقات»، من دون ان يتضمن بيانها …»: after a
      // quotation closed and a comma, «(من) دون أن» is the writer's remark
      // on the statement.
      if (t > b + 2 && (Norm(t - 1) == "،" || Norm(t - 1) == ",") &&
          u_.tokens.tokens[t - 2].kind == TokenKind::kQuote) {
        const uint32_t k = Norm(t) == "من" ? t + 1 : t;
        if (k + 1 < s.end_token && IsWord(k) && Norm(k) == "دون" &&
            IsWord(k + 1) && IsComplementizer(Norm(k + 1))) {
          e = t - 1;
          break;
        }
      }
      // «… لملايين الأشخاص في نحو 40 دولة، في وقت يواجه فيه …»: after a
      // comma, «في وقت» and a verb is the writer's circumstance.
      if (t > b + 2 && (Norm(t - 1) == "،" || Norm(t - 1) == ",") &&
          Norm(t) == "في" && t + 2 < s.end_token && IsWord(t + 1) &&
          Norm(t + 1) == "وقت" && IsWord(t + 2) &&
          (Norm(t + 2).starts_with("ي") || Norm(t + 2).starts_with("ت"))) {
        e = t - 1;
        break;
      }
      // «ألمانيا تدعو إلى وقف فوري للنار وبيربوك تحذر من هجوم على رفح»:
      // «و», another party's name and a verb of saying open a second
      // claim.
      if (t > b + 2 && StripConjunction(Norm(t)) != Norm(t) &&
          Norm(t).starts_with("و")) {
        for (size_t m : mentions_) {
          const Mention& mm = text_.mentions[m];
          if (mm.first_token != t || !IsSpeakerType(m) ||
              mm.end_token >= s.end_token || !IsWord(mm.end_token) ||
              ClassifyCue(Norm(mm.end_token)) != CueKind::kVerb) {
            continue;
          }
          e = t;
          break;
        }
        if (e == t) break;
      }
      // «طالبوا بإيقاف المشروع وإعادة النظر فيه، وتقدموا بشكوى …»: a
      // demand in «ب» ends at a comma and the demanders' next act (a past
      // verb in the plural, with «و»).
      if (t > b + 2 && (Norm(t - 1) == "،" || Norm(t - 1) == ",") &&
          IsWord(b) && Norm(b).starts_with("ب") && !IsComplementizer(Norm(b))) {
        const std::string_view w = Norm(t);
        const std::string_view bare = StripConjunction(w);
        if (bare != w && w.starts_with("و") && bare.ends_with("وا") &&
            Letters(bare) >= 4 && !IsStopword(bare)) {
          e = t - 1;
          break;
        }
      }
      // «ووصفتها بأنها «مروعة وعشوائية» واستنكرت استغلال …»: a quoted
      // fragment the content opens with ends it where «و» and a feminine
      // past verb (the speaker's next act) follow its closing mark.
      if (t > b + 1 && !IsWord(t - 1) && StripConjunction(Norm(t)) != Norm(t) &&
          Norm(t).starts_with("و")) {
        const Region* r = RegionClosingAt(t - 1);
        const std::string_view bare = StripConjunction(Norm(t));
        const bool opens =
            r != nullptr &&
            (r->open == b || r->open + 1 == b ||
             (r->open == b + 1 && IsWord(b) && Norm(b).starts_with("بان")));
        if (opens && bare.ends_with("ت") && !bare.ends_with("ات") &&
            Letters(bare) >= 4 && !IsStopword(bare) &&
            ClassifyCue(bare) == CueKind::kNone) {
          e = t;
          break;
        }
      }
      // «… ولمدة اثنى عشر يوما مثمناً دور الخطوط السعودية»: praise and
      // thanks end it without the comma too.
      static const WordSet kPraising({"مثمنا", "مثمنة", "مشيدا", "مشيدة",
                                      "شاكرا", "شاكرة", "مثمنين", "مشيدين"});
      if (kind == CueKind::kNone && t > b + 3 && IsWord(t - 1) &&
          IsWord(t + 1) && kPraising.Contains(Norm(t))) {
        e = t;
        break;
      }
      // «وقال مارك ريموندي المتحدث باسم الوزارة: إن وزارة العدل قالت
      // دوما إن …»: a body's statement the content opens with, its name
      // first, is part of what its spokesman said («ذكرت "سانا" أن الشرع
      // شدد على أن …» is the person's own statement the agency relays).
      if (kind == CueKind::kVerb && t > b) {
        bool nested = false;
        for (size_t m : mentions_) {
          nested |= text_.mentions[m].first_token == b &&
                    text_.mentions[m].end_token == t && EntityOf(m) >= 0 &&
                    a_->canonical[EntityOf(m)].type == "ORG";
        }
        if (nested) continue;
      }
      // «إن الحادث الغادر … يؤكد للجميع أن الفئة الضالة …»: a present
      // verb of saying inside the content, with neither «و» nor a comma
      // before it, is the content's own clause («يؤكد» = shows), no new
      // statement.
      // («بينما يقول أنصار …», «ولم يستبعد المصدر أن …», «والتي يقول:
      // إنها …» still open one.)
      static const WordSet kOpeners(
          {"بينما", "فيما", "حيث",   "كما",   "إذ",    "لكن",    "ولكن",
           "حين",   "لم",   "ولم",   "لا",    "ولا",   "لن",     "ولن",
           "التي",  "الذي", "والتي", "والذي", "الذين", "والذين", "ثم",
           "بل",    "فقد",  "وقد",   "قد"});
      if (kind == CueKind::kVerb && t > b + 1 && Norm(t).starts_with("ي") &&
          Norm(t) == StripConjunction(Norm(t)) && IsWord(t - 1) &&
          !IsComplementizer(Norm(t - 1)) && !kOpeners.Contains(Norm(t - 1)) &&
          ClassifyCue(Norm(t - 1)) == CueKind::kNone &&
          !(t + 1 < s.end_token && Norm(t + 1) == ":")) {
        continue;
      }
      // «…، مشيرا إلى أن …», «وأضاف بأن …», «كما أكد على ضرورة …»: a new
      // statement starts; a cue followed by a quotation stays inside
      // («محذرا "…"»).
      if (kind == CueKind::kVerb || kind == CueKind::kParticiple) {
        bool starts = false;
        for (uint32_t k = t + 1; k < s.end_token && k <= t + 4 && !starts;
             ++k) {
          // «وأضاف: …», «وأضاف "…"» (a participle followed by a quotation
          // stays inside: «محذرا "…"»).
          // «…، مبينا "ليس هناك أي خلافات …"»: after a comma, a
          // participle opening a quotation that runs to the sentence's end
          // is a statement of its own.
          const Region* quoted = k == t + 1 ? RegionOpeningAt(k) : nullptr;
          const bool whole_quote = quoted != nullptr &&
                                   kind == CueKind::kParticiple && t > b + 2 &&
                                   (Norm(t - 1) == "،" || Norm(t - 1) == ",") &&
                                   ContentEnd(k, s) <= quoted->close + 2;
          if (k == t + 1 &&
              (Norm(k) == ":" ||
               (kind == CueKind::kVerb && quoted != nullptr) || whole_quote)) {
            starts = true;
            break;
          }
          if (!IsWord(k)) break;
          starts =
              IsComplementizer(Norm(k)) ||
              // «… في المنطقة محذرا من أي طموحات …»: a warning
              // participle with its «من» needs no comma.
              (k == t + 1 && kind == CueKind::kParticiple &&
               IsWarning(Norm(t)) && StripConjunction(Norm(k)) == "من" &&
               IsWord(k + 1)) ||
              // «طالبت بالمرونة … وحذرت من تكرار …»: so does a warning
              // verb joined by «و».
              (k == t + 1 && kind == CueKind::kVerb &&
               Norm(t) != StripConjunction(Norm(t)) && IsWarning(Norm(t)) &&
               Norm(k) == "من" && IsWord(k + 1)) ||
              (k == t + 1 && TakesPrepositionalContent(Norm(t)) &&
               IsContentPreposition(Norm(k)) && IsWord(k + 1) &&
               !IsComplementizer(Norm(k + 1)) &&
               RegionOpeningAt(k + 1) == nullptr) ||
              // «، داعيا إلى "حوار بين السلطات والشعب"», «، ومطالباً
              // بـ«تحقيق شفاف …»»: after a comma, a call with its
              // preposition and a quotation is a statement of its own («، مشيرا
              // إلى "…"» goes on with the same one, as in the seed page).
              (k == t + 1 && kind == CueKind::kParticiple &&
               (Norm(t - 1) == "،" || Norm(t - 1) == ",") && IsCall(Norm(t)) &&
               (IsContentPreposition(Norm(k)) || IsDetachedB(k)) &&
               RegionOpeningAt(k + 1) != nullptr) ||

              // «، محذرا في الوقت نفسه …», «، منوها بضرورة …»: a
              // participle after a comma opens the speaker's next
              // statement («، محذرا "…"», «، مشيرا إلى "…"» with a
              // quotation stay inside).
              // Without the comma too: «… فى التهوية مطالبين إدارة
              // المطار بالتدخل», «… مبدياً سعادته …».
              // (Not a feminine participle right after an indefinite
              // noun, its adjective: «… من نتائج متوقعة سيكون …».)
              (k == t + 1 && kind == CueKind::kParticiple && t > b + 2 &&
               (Norm(t - 1) == "،" || Norm(t - 1) == "," ||
                (IsWord(t - 1) && !IsAdjective(t) && !AgreesWithNoun(t))) &&
               IsWord(k) && RegionOpeningAt(k + 1) == nullptr);
        }
        // «وبينما أوضح مصدر … أن …، دعا مدير جوازات المنطقة الشرقية
        // اللواء فيصل … إلى …»: after a comma, a verb of saying with its
        // own named or office subject is another party speaking.
        // «…، كما دعا رئيس الوزراء مصطفى الكاظمي إلى …»: with «كما»
        // between.
        const bool as_well = t > b + 3 && IsWord(t - 1) &&
                             Norm(t - 1) == "كما" &&
                             (Norm(t - 2) == "،" || Norm(t - 2) == ",");
        if (!starts && kind == CueKind::kVerb && t > b + 2 &&
            (Norm(t - 1) == "،" || Norm(t - 1) == "," || as_well) &&
            Norm(t) == StripConjunction(Norm(t)) && t + 1 < s.end_token &&
            IsWord(t + 1)) {
          if (PartyStartsAt(t + 1)) {
            e = as_well ? t - 2 : t - 1;
            break;
          }
        }
        // «، وقال ريجي في المؤتمر الخاص مساء أمس: …», «وقال دان ويرثايمر أحد
        // مستشاري المشروع … إن …», «، واختتم حديثه بقوله: …»: a verb that
        // opens a clause (with «و» or after a comma) and reaches its own
        // complementizer or colon within the zone before any other cue.
        if (!starts && kind == CueKind::kVerb && t > b &&
            (Norm(t) != StripConjunction(Norm(t)) || Norm(t - 1) == "،" ||
             Norm(t - 1) == "," || OpensClause(t))) {
          const uint32_t zone =
              std::min<uint32_t>(s.end_token, t + 1 + options_.max_zone_tokens);
          for (uint32_t k = t + 1; k < zone; ++k) {
            // A quoted outlet on the way («وأشار عدد منهم لـ «المدينة» إلى
            // أن …»).
            if (const Region* r = RegionOpeningAt(k);
                r != nullptr && r->close > r->open &&
                r->close - r->open - 1 <= 3) {
              k = r->close;
              continue;
            }
            if (InRegion(k)) break;
            if (Norm(k) == ":" || (IsWord(k) && IsComplementizer(Norm(k)))) {
              starts = !(IsWord(k) && IsTemporalConjunction(Norm(k - 1)));
              break;
            }
            // «، وقال عباس للصحفيين في رام الله "نحن نحضر …"»: its own
            // quotation.
            if (const Region* r = RegionOpeningAt(k);
                r != nullptr && r->close > r->open + 4) {
              starts = true;
              break;
            }
            if (Norm(k) == "." ||
                (IsWord(k) && ClassifyCue(Norm(k)) != CueKind::kNone &&
                 !NamesAName(k))) {
              break;
            }
          }
        }
        // «… "معيبة للغاية" وحث الرئيس بيير نكورونزيزا على إجراء حوار»,
        // «…، وهددت بالاعتصام»: a call or threat joined with «و» to what
        // the speaker said, its addressee (if any) and then its own
        // content after the preposition, is the speaker's next statement.
        // («وحث» keeps its «و» in StripConjunction: two letters remain.)
        const std::string_view joined =
            Norm(t).starts_with("و") ? Norm(t).substr(2) : std::string_view();
        // Not when the verb agrees in gender with the definite noun the
        // content opens with: «أن الشرطة الإسرائيلية قدمت الى المكان وهددت
        // باعتقال …» is the police's threat, told by the speaker.
        if (!starts && kind == CueKind::kVerb && t > b + 2 &&
            IsJoinedCall(joined) &&
            !(IsWord(b) && Norm(b).starts_with("ال") &&
              joined.ends_with("ت") == LooksFeminine(Norm(b)))) {
          const bool with_b = joined.find("دد") != std::string_view::npos ||
                              joined.starts_with("طالب") ||
                              joined.starts_with("توعد");
          for (uint32_t k = t + 1; k < s.end_token && k <= t + 6; ++k) {
            if (!IsWord(k) || InRegion(k) ||
                ClassifyCue(Norm(k)) != CueKind::kNone ||
                IsComplementizer(Norm(k))) {
              break;
            }
            if ((IsContentPreposition(Norm(k)) && IsWord(k + 1) &&
                 !IsComplementizer(Norm(k + 1))) ||
                (with_b && Norm(k).starts_with("ب") && Letters(Norm(k)) >= 5 &&
                 !PersonStartsAt(k))) {
              starts = true;
              break;
            }
          }
        }
        // «…، وشددت موغيريني على ضرورة …»: a verb that takes its content
        // with a preposition, its named subject, the preposition.
        if (!starts && kind == CueKind::kVerb && t > b &&
            TakesPrepositionalContent(Norm(t)) &&
            (Norm(t) != StripConjunction(Norm(t)) || Norm(t - 1) == "،" ||
             Norm(t - 1) == ",")) {
          for (size_t m : mentions_) {
            const Mention& mm = text_.mentions[m];
            if (mm.first_token != t + 1 || !IsSpeakerType(m)) continue;
            for (uint32_t k = mm.end_token;
                 k < s.end_token && k <= mm.end_token + 1 && !starts; ++k) {
              starts = IsWord(k) && IsContentPreposition(Norm(k)) &&
                       IsWord(k + 1) && !IsComplementizer(Norm(k + 1));
            }
            break;
          }
        }
        // «…، ويقول عبدالعزيز الزهراني تشهد المطابخ …»: unmarked speech.
        if (!starts && kind == CueKind::kVerb && t > b &&
            (Norm(t) != StripConjunction(Norm(t)) || Norm(t - 1) == "،" ||
             Norm(t - 1) == ",")) {
          for (uint32_t k = t + 1; k < s.end_token && k <= t + 5 && !starts;
               ++k) {
            starts = IsWord(k) && UnmarkedSpeechAt(t, k);
          }
        }
        // «إن الدكتور خالد عبدالغفار، نائب رئيس الوزراء …، أكد أن …»: the
        // content so far is the verb's own subject, a person and his
        // office; the statement nested in it is his (NestedStatement).
        if (starts && kind == CueKind::kVerb && t > b + 1 &&
            (Norm(t - 1) == "،" || Norm(t - 1) == ",")) {
          uint32_t k = b;
          while (k < t && IsRank(k)) ++k;
          for (size_t m : mentions_) {
            const Mention& mm = text_.mentions[m];
            if (mm.first_token != k ||
                a_->canonical[EntityOf(m)].type != "PER" || mm.end_token >= t ||
                !(Norm(mm.end_token) == "،" || Norm(mm.end_token) == ",") ||
                !IsWord(mm.end_token + 1) ||
                !IsRoleHead(Norm(mm.end_token + 1))) {
              continue;
            }
            bool apposition = true;
            for (uint32_t j = mm.end_token + 1; j + 1 < t && apposition; ++j) {
              apposition = IsWord(j);
            }
            if (apposition) starts = false;
            break;
          }
        }
        if (starts) {
          // Keep «كما» / «و» with the new statement's cue.
          e = t;
          static const WordSet kClauseWords(
              {"كما", "فيما", "بينما", "إذ", "حيث"});
          if (e > b && IsWord(e - 1) && kClauseWords.Contains(Norm(e - 1))) {
            --e;
          }
          break;
        }
      }
    }
    // «أتأمل الفوز وتحقيق نتيجة إيجابية.. أنا أعرف العين جيدا»: a
    // sentence that ends in an ellipsis goes on in the next one, unless
    // that one opens with a cue of its own (or, in a headline, with «و»,
    // a speaker and a colon: «أوجلان يدعو إلى إلقاء السلاح.. و"العدالة
    // والتنمية": الهدف …» is the next item's claim).
    if (e == s.end_token && ellipsis_hops_ < 3 && EndsWithEllipsis(s)) {
      for (size_t i = 0; i + 1 < u_.sentences.size(); ++i) {
        if (u_.sentences[i].first_token != s.first_token) continue;
        const Sentence& next = u_.sentences[i + 1];
        bool cue = u_.kind == UnitKind::kTitle && IsWord(next.first_token) &&
                   (Norm(next.first_token) == "و" ||
                    StripConjunction(Norm(next.first_token)) !=
                        Norm(next.first_token)) &&
                   SecondClaimColon(next.first_token) > 0;
        for (uint32_t k = next.first_token;
             k < next.end_token && k < next.first_token + 4; ++k) {
          cue = cue || (IsWord(k) && ClassifyCue(Norm(k)) != CueKind::kNone);
        }
        if (!cue && next.end_token > next.first_token) {
          ++ellipsis_hops_;
          e = ContentEnd(next.first_token, next);
          --ellipsis_hops_;
        }
        break;
      }
    }
    for (const Region& r : regions_) {
      if (r.open >= b && r.open < e && r.close > e) e = r.close;
    }
    return e;
  }

  void Finish(Quote::Kind kind, uint32_t b, uint32_t e, uint32_t cue,
              uint32_t zone_end, const Sentence& s) {
    int32_t addressee = -1;
    bool relative_clause = false;
    Speaker sp;
    static const WordSet kSourceNouns(
        {"مصدر", "مصادر", "مسؤول", "مسئول", "مسؤولون", "مسئولون", "شهود"});
    if (ClassifyCue(Norm(cue)) == CueKind::kParticiple && cue > 0 &&
        IsWord(cue - 1) &&
        kSourceNouns.Contains(StripProclitics(Norm(cue - 1)))) {
      // «علمت (الرياضي) من مصادر مؤكدة أن …»: the sources, described by
      // the participle, say it.
      sp.text = SourceText(cue - 1, cue + 1);
    } else if (ClassifyCue(Norm(cue)) == CueKind::kParticiple &&
               StripConjunction(Norm(cue)).ends_with("ين") &&
               last_->entity >= 0 &&
               a_->canonical[last_->entity].type == "PER" &&
               PluralSubjectBefore(cue).known()) {
      // «إلا أن إماراتيين رفضوا كلماته، …، مشيرين إلى أنه …»: a plural
      // participle goes with the group before it, not the one person
      // quoted last.
      sp = PluralSubjectBefore(cue);
    } else if (ClassifyCue(Norm(cue)) == CueKind::kParticiple) {
      // The one who spoke last in this sentence, else the nearest name
      // before the participle that is not a prepositional object («ليرد
      // عليه المالكي قائلا»), else the last speaker.
      // (But «ونقل الحمصاني عن رئيس الوزراء تأكيده أن «…»، مشيراً إلى أن
      // …»: a participle that adds information goes with the man who
      // relayed, the sentence's subject; a call («داعيا القوى السياسية
      // إلى التهدئة») stays with the one relayed.)
      static const WordSet kInforming(
          {"مشيرا", "موضحا", "مضيفا", "لافتا", "مبينا", "منوها", "مؤكدا"});
      if (last_quote_sentence_ == &s && last_->known() &&
          last_->reporter_masculine && last_->reporter >= 0 &&
          kInforming.Contains(StripConjunction(Norm(cue)))) {
        sp.entity = last_->reporter;
      } else if (last_quote_sentence_ == &s && last_->known()) {
        sp = *last_;
      } else {
        std::vector<size_t> before = MentionsIn(s.first_token, cue);
        // «دافع الوزير عبد العزيز بن سلمان عن قرار تحالف "أوبك+" …،
        // مؤكدا»: a masculine participle goes with the person, not the
        // body named after him.
        if (!Norm(cue).ends_with("ة")) {
          for (auto it = before.rbegin(); it != before.rend(); ++it) {
            // (Not a byline «محمد شعوان- سبق- متابعة:».)
            if (IsSpeakerType(*it) && !IsObjectOfPreposition(*it) &&
                !IsByline(*it) && a_->canonical[EntityOf(*it)].type == "PER") {
              sp.entity = EntityOf(*it);
              break;
            }
          }
        }
        for (auto it = before.rbegin(); it != before.rend() && sp.entity < 0;
             ++it) {
          if (IsSpeakerType(*it) && !IsObjectOfPreposition(*it)) {
            sp.entity = EntityOf(*it);
            break;
          }
        }
        // «ورد المتحدث الإسرائيلي قائلا إن …»: an unnamed subject after
        // the sentence's first verb.
        // («وعن مستقبله مع "أسود الأطلس"، رفض المدرب الفرنسي الحسم،
        // موضحا …»: after a topic that opens the sentence, up to its comma.)
        const uint32_t opening = AfterOpeningTopic(s, cue);
        if (sp.entity < 0 && cue > opening + 1 &&
            cue <= opening + 1 + options_.max_description_tokens) {
          int32_t unused = -1;
          const Speaker d = SubjectIn(opening + 1, cue, s, cue, &unused);
          if ((!d.text.empty() && d.text != last_->text) ||
              (d.entity >= 0 && opening > s.first_token)) {
            sp = d;
          }
        }
        // «نفى المركز الإعلامى لمجلس الوزراء، اليوم الأحد، ما تردد …،
        // مؤكدا أنه …»: far from the participle, the subject of the cue
        // that opens the sentence, up to its first comma.
        if (!sp.known() && IsWord(s.first_token) &&
            ClassifyCue(Norm(s.first_token)) == CueKind::kVerb) {
          uint32_t comma = s.first_token + 1;
          while (comma < cue && comma <= s.first_token + 8 && IsWord(comma)) {
            ++comma;
          }
          if (comma < cue && comma > s.first_token + 1 &&
              (Norm(comma) == "،" || Norm(comma) == ",")) {
            int32_t unused = -1;
            const Speaker d =
                SubjectIn(s.first_token + 1, comma, s, s.first_token, &unused);
            // (An entity only: a description goes on as below, «كشف خبير
            // بالهواتف الذكية طريقة …، مشيراً».)
            if (d.entity >= 0) sp = d;
          }
        }
        // «كشف خبير بالهواتف الذكية طريقة …، مشيراً إلى أن …», «وصف مشايخ
        // ومسؤولون في محافظة الاحساء الحادثة … . مؤكدين أن …»: with no one
        // speaking yet, the unnamed subject described after the verb that
        // opens the sentence (or the sentence before).
        // In the participle's own sentence, whoever spoke before.
        if (!sp.known() && last_->known() && cue > s.first_token + 2) {
          sp.text = DescribedSubject(s, cue);
        }
        if (!sp.known() && !last_->known()) {
          const Sentence* from = cue > s.first_token + 2 ? &s : nullptr;
          for (size_t k = 1; from == nullptr && k < u_.sentences.size(); ++k) {
            if (u_.sentences[k].first_token == s.first_token) {
              from = &u_.sentences[k - 1];
            }
          }
          if (from != nullptr) {
            sp.text =
                DescribedSubject(*from, from == &s ? cue : from->end_token);
          }
        }
        if (!sp.known()) sp = Chained();
      }
    } else if (cue > 0 && IsWord(cue - 1) &&
               (Norm(cue - 1) == "الذي" || Norm(cue - 1) == "التي") &&
               (NameEndsAt(cue - 1) || RelativeAfterApposition(cue)) &&
               !ExplicitSubjectAt(cue + 1)) {
      // «… اوباما الذي تعهد باغلاق …»: the name before «الذي» speaks
      // (not in «ولي الذي قالت الشرطة إنه …», where the police do).
      // («التقى المبعوث الأممي، غير بيدرسن، الذي قال …»: after the comma
      // that closes an apposition too.)
      const uint32_t end = NameEndsAt(cue - 1) ? cue - 1 : cue - 2;
      for (size_t m : mentions_) {
        if (text_.mentions[m].end_token == end && IsSpeakerType(m)) {
          sp.entity = EntityOf(m);
        }
      }
      // «جاريد كوشنر، كبير مستشاري الرئيس الأمريكي دونالد ترامب، الذي
      // قال»: the name closing an apposition that opens with «مستشار»,
      // «نائب» … is the genitive; the person before the apposition
      // speaks.
      if (end == cue - 2) {
        if (const int32_t head = PersonBeforeRelationalApposition(end);
            head >= 0) {
          sp.entity = head;
        }
      }
      // A statement in a relative clause is background: «وأضاف» after it
      // goes on with the sentence's own speaker.
      relative_clause = true;
    } else {
      // «وتابعت الصحيفة تقول إن …»: «يقول» after a cue and its subject;
      // the subject is between the two.
      static const WordSet kSays({"يقول", "تقول"});
      if (kSays.Contains(Norm(cue)) && cue + 1 >= zone_end) {
        for (uint32_t k = cue; k-- > s.first_token && k + 5 > cue;) {
          if (!IsWord(k)) break;
          if (ClassifyCue(Norm(k)) == CueKind::kNone) continue;
          if (k + 1 < cue) {
            int32_t unused = -1;
            sp = SubjectIn(k + 1, cue, s, k, &unused);
          }
          break;
        }
      }
      // «… "معيبة للغاية" وحث الرئيس بيير نكورونزيزا على إجراء حوار»: a
      // call joined with «و» to the statement before it in the sentence
      // goes on with that speaker; whom it names is the addressee.
      if (!sp.known() && last_quote_sentence_ == &s && last_->known() &&
          Norm(cue).starts_with("و") && IsJoinedCall(Norm(cue).substr(2)) &&
          cue > 0 && IsWord(cue + 1) &&
          // After a comma, a noun after the verb that agrees with it in
          // gender is its own subject («، ودعت الحكومة المحلية الأهالي
          // إلى», «، وطالب الموقعون بـ»); one that does not is the object
          // («، ودعت الجمهور إلى», «، وطالب قوات التحالف بـ»).
          ((Norm(cue - 1) != "،" && Norm(cue - 1) != ",") ||
           (!PersonStartsAt(cue + 1) &&
            // (Every feminine form of these calls ends in ت: «دعت».)
            Norm(cue).ends_with("ت") != LooksFeminine(Norm(cue + 1))))) {
        sp = *last_;
        for (size_t m : mentions_) {
          const Mention& mm = text_.mentions[m];
          if (mm.unit == unit_ && mm.first_token > cue &&
              mm.first_token <= cue + 2 && mm.first_token < b &&
              IsSpeakerType(m)) {
            addressee = EntityOf(m);
            break;
          }
        }
      }
      // «وتحدثت صحيفة ذي ديلي نيشن عن «ظاهرة أوباما» ودعت الكينيين إلى
      // …»: a call joined with «و» to a verb of writing or speaking that
      // states nothing (so no quote before it) goes on with that verb's
      // subject; the noun after the call is its object.
      if (!sp.known() && Norm(cue).starts_with("و") &&
          IsJoinedCall(Norm(cue).substr(2))) {
        const int32_t who = JoinedActivitySubject(s, cue);
        if (who >= 0) sp.entity = who;
      }
      // «وأكدت هيئة كبار العلماء أن … . ودعت المجتمع الدولي إلى أن …»: a
      // feminine call opening the sentence before a masculine definite
      // noun that names no person has that noun as its object; the body
      // that spoke last calls on it.
      if (!sp.known() && cue == s.first_token && last_->entity >= 0 &&
          a_->canonical[last_->entity].type == "ORG" &&
          Norm(cue).starts_with("و") && Norm(cue).ends_with("ت") &&
          IsJoinedCall(Norm(cue).substr(2)) && IsWord(cue + 1) &&
          Norm(cue + 1).starts_with("ال") && !LooksFeminine(Norm(cue + 1)) &&
          !PersonStartsAt(cue + 1) &&
          // («ودعت النائب زينب السهلاني …»: a title in the masculine form
          // before a woman's name is the subject.)
          !IsRoleHead(Norm(cue + 1)) && !IsHonorific(Norm(cue + 1)) &&
          std::none_of(mentions_.begin(), mentions_.end(), [&](size_t m) {
            const Mention& mm = text_.mentions[m];
            return mm.unit == unit_ && mm.first_token > cue &&
                   mm.first_token <= cue + 3 && IsSpeakerType(m) &&
                   a_->canonical[EntityOf(m)].type == "PER";
          })) {
        sp = *last_;
        for (size_t m : mentions_) {
          const Mention& mm = text_.mentions[m];
          if (mm.unit == unit_ && mm.first_token == cue + 1 &&
              IsSpeakerType(m)) {
            addressee = EntityOf(m);
            break;
          }
        }
      }
      if (!sp.known()) sp = SubjectIn(cue + 1, zone_end, s, cue, &addressee);
      // «ونعى … جوزاف عون الراحل، وقال في بيان صادر عن مكتب الإعلام في
      // رئاسة الجمهورية إن …»: the office that issued the statement did
      // not speak; the person the sentence is about did.
      if (sp.entity >= 0 && cue + 4 < zone_end && IsWord(cue + 1) &&
          Norm(cue + 1) == "في" && IsWord(cue + 3) && IsIssued(Norm(cue + 3)) &&
          IsWord(cue + 4) && Norm(cue + 4) == "عن") {
        const int32_t subject = SentenceSubject(s, cue);
        if (subject >= 0 && subject != sp.entity &&
            a_->canonical[subject].type == "PER") {
          sp = Speaker();
          sp.entity = subject;
        }
      }
      // «وهنأ الرئيس … محمد بخاري خلفه، وقال في بيان نشره المتحدث باسمه
      // غاربا شيحو إن …»: the one who published the statement relays it;
      // the person the sentence is about speaks.
      static const WordSet kPublished({"نشره", "نشرته", "أصدره", "أصدرته",
                                       "تلاه", "تلته", "وزعه", "وزعته", "بثه",
                                       "بثته"});
      if (sp.entity >= 0 && cue + 3 < zone_end && IsWord(cue + 1) &&
          Norm(cue + 1) == "في" && IsWord(cue + 3) &&
          kPublished.Contains(Norm(cue + 3))) {
        const int32_t subject = SentenceSubject(s, cue);
        if (subject >= 0 && subject != sp.entity &&
            a_->canonical[subject].type == "PER") {
          const int32_t publisher = sp.entity;
          sp = Speaker();
          sp.entity = subject;
          sp.reporter = publisher;
        }
      }
      // «وقال: أظهرت التقارير الفنية بأن …»: what the reports show is
      // said by the one whose words they are.

      if (cue >= 2 && last_->known() && !IsWord(cue - 1) &&
          Norm(cue - 1) == ":" && IsWord(cue - 2) &&
          ClassifyCue(Norm(cue - 2)) == CueKind::kVerb &&
          IsFindingCue(Norm(cue))) {
        sp = *last_;
      }
    }
    int32_t date = DateIn(s.first_token, b);
    const Speaker before_relative = *last_;
    if (!Add(kind, b, e, cue, cue + 1, sp, addressee, date)) return;
    if (relative_clause && before_relative.known()) {
      // «… بيك الذي أعلن … وأكّد أنه …»: the relative's own «و» chain
      // goes on to the end of the sentence.
      relative_speaker_ = *last_;
      after_relative_ = before_relative;
    }
    last_quote_sentence_ = &s;
    // A trailing attribution names who relays it.
    const uint32_t after = std::min<uint32_t>(e, u_.size());
    for (uint32_t t = after; t < s.end_token; ++t) {
      if (IsWord(t) && ClassifyCue(Norm(t)) == CueKind::kAttribution) {
        SetReporter(t, s);
        break;
      }
    }
  }

  // «حسبما قال المتحدث … ماثيو ميلر» after a quote: the reporter.
  void SetReporter(uint32_t at, const Sentence& s) {
    ConsumeAttribution(at, s);
    const int32_t who = FirstSpeaker(MentionsIn(at + 1, s.end_token));
    if (a_->quotes.empty()) return;
    Quote& q = a_->quotes.back();
    if (who >= 0 && who != q.speaker) q.reporter = who;
  }

  // Marks an attribution phrase from `at` as used, so that its verb
  // («حسبما قال») opens no statement. The phrase runs to the sentence end
  // or to a comma followed by the next cue («…، بحسب الوزارة، مشيرا إلى
  // أن …»). Returns its end.
  // A name of an entity of `type` («PER», «ORG», «LOC») starts at token
  // `t`.
  bool NameStartsAt(uint32_t t, std::string_view type) const {
    for (size_t m : mentions_) {
      if (text_.mentions[m].first_token == t && EntityOf(m) >= 0 &&
          a_->canonical[EntityOf(m)].type == type) {
        return true;
      }
    }
    return false;
  }
  bool BodyStartsAt(uint32_t t) const { return NameStartsAt(t, "ORG"); }
  // Another party, by office («مدير الجوازات …») or by a name that is not
  // the object of a preposition, starts at token `t`.
  bool PartyStartsAt(uint32_t t) const {
    if (IsWord(t) && IsRoleHead(Norm(t))) return true;
    for (size_t m : mentions_) {
      if (text_.mentions[m].first_token == t && IsSpeakerType(m) &&
          !IsObjectOfPreposition(m)) {
        return true;
      }
    }
    return false;
  }
  bool PlaceStartsAt(uint32_t t) const { return NameStartsAt(t, "LOC"); }
  bool PersonStartsAt(uint32_t t) const { return NameStartsAt(t, "PER"); }
  // «دان», «رحب», «انتقد»: a party's reaction to what was said.
  static bool IsReaction(std::string_view w) {
    static const WordSet kReactions({"دان", "دانت", "أدان", "أدانت", "ندد",
                                     "نددت", "رحب", "رحبت", "انتقد", "انتقدت",
                                     "استنكر", "استنكرت", "رفض", "رفضت"});
    return kReactions.Contains(w);
  }
  // «مكتب», «وزارة», «حكومة» …: a word that opens a body's name.
  static bool IsBodyHeadWord(std::string_view w) {
    static const WordSet kHeads({"مكتب", "وزارة", "حكومة", "مجلس", "رئاسة",
                                 "هيئة", "قيادة", "حركة", "جيش", "قوات"});
    return kHeads.Contains(w);
  }
  static bool IsWhileWord(std::string_view w) {
    return w == "فيما" || w == "بينما" || w == "وفيما" || w == "وبينما";
  }
  uint32_t ConsumeAttribution(uint32_t at, const Sentence& s) {
    uint32_t t = at;
    for (; t < s.end_token; ++t) {
      if (t > at + 1 && (Norm(t) == "،" || Norm(t) == ",") &&
          t + 1 < s.end_token && IsWord(t + 1)) {
        const CueKind next = ClassifyCue(Norm(t + 1));
        if (next == CueKind::kVerb || next == CueKind::kParticiple) break;
        // «…، بحسب نقابة الأطباء، فيما تجاوز عدد النازحين مليونا، وفقا
        // للمنظمة …»: a new clause, attributed on its own.
        if (next == CueKind::kAttribution || IsWhileWord(Norm(t + 1))) break;
      }
      // «… وفقا للأجندة الوطنية … المستخدمة لافتا إلى أنه يجري …»: a
      // participle with its «(إلى) أن» is the speaker's next statement,
      // comma or not.
      if (t > at + 1 && IsWord(t - 1) &&
          ClassifyCue(Norm(t)) == CueKind::kParticiple) {
        const bool to =
            t + 2 < s.end_token && IsContentPreposition(Norm(t + 1));
        const uint32_t c = to ? t + 2 : t + 1;
        if (c < s.end_token && IsWord(c) && IsComplementizer(Norm(c))) break;
      }
      consumed_[t] = true;
    }
    return t;
  }

  // «وحسب جيفري وايسنفيل، أحد المنظمين، فإن …»: source first, content
  // after «فإن». True when it made a quote.
  // The first word of an attribution's source, past its verb and «ما»
  // («حسبما قال المتحدث …», «بحسب ما أفادت صحيفة …»).
  uint32_t SourceStart(uint32_t at, const Sentence& s) const {
    // «بحسب ما أفاد به المصدر», «وفق آخر معطيات أعلنتها الوزارة».
    static const WordSet kSkip({"ما", "ل", "به", "بها", "آخر"});
    uint32_t k = at + 1;
    while (
        k < s.end_token && IsWord(k) &&
        (ClassifyCue(Norm(k)) != CueKind::kNone || kSkip.Contains(Norm(k)))) {
      ++k;
    }
    return k;
  }
  // «مصدر دبلوماسي», «شهود عيان», «نائب عن تحالف الفتح»: someone unnamed;
  // no body named after the word is the source, least of all the outlet
  // it spoke to.
  bool IsUnnamedSource(uint32_t k) const {
    if (!IsWord(k)) return false;
    static const WordSet kUnnamed({"مصدر", "مصادر", "مسؤول", "مسئول", "مسؤولين",
                                   "مسئولين", "مسؤولون", "مسئولون", "شهود",
                                   "خبراء", "مراقبين", "سكان", "ناشطين",
                                   "دبلوماسي", "دبلوماسيين", "أشخاص", "شخص"});
    static const WordSet kMember({"نائب", "عضو", "قيادي"});
    static const WordSet kForIn({"عن", "في"});
    std::string_view w = StripProclitics(StripConjunction(Norm(k)));
    // «مصادرها», «مصادره»: its own sources.
    if (!kUnnamed.Contains(w) && w.starts_with("مصادر")) {
      const std::string_view rest = w.substr(std::string_view("مصادر").size());
      if (rest == "ها" || rest == "ه" || rest == "هم") return true;
    }
    return kUnnamed.Contains(w) || (kMember.Contains(w) && IsWord(k + 1) &&
                                    kForIn.Contains(Norm(k + 1)));
  }
  // The end of a source described in words from k: before whom it spoke
  // to («… لوكالة فرانس برس», «… تحدثوا لـ"…"»), a break word or `limit`.
  uint32_t DescriptionEnd(uint32_t k, uint32_t limit) const {
    uint32_t end = k;
    while (end < limit && IsWord(end) &&
           end - k < options_.max_description_tokens + 2 &&
           !(end > k &&
             (OpensAddressee(end) || IsDetachedLam(end) ||
              // «نائب عن تحالف الفتح», «مصدر في الوزارة», «مصدر طبي في
              // مستشفى …», «مصدر من المديرية …»
              (IsBreakWord(Norm(end)) &&
               !(end <= k + 2 && (Norm(end) == "عن" || Norm(end) == "في" ||
                                  Norm(end) == "من"))) ||
              StripConjunction(Norm(end)).starts_with("تحدث")))) {
      ++end;
    }
    return end;
  }

  // The source of a leading attribution at `at` whose phrase ends at
  // `end`: an unnamed source with its description («وحسب مصادر مطلعة»), or
  // the first speaker named in the phrase; unknown if neither.
  Speaker LeadingSource(uint32_t at, uint32_t end, const Sentence& s) const {
    Speaker sp;
    const uint32_t source = SourceStart(at, s);
    if (IsUnnamedSource(source)) {
      sp.text = SourceText(source, DescriptionEnd(source, end));

    } else {
      sp.entity = FirstSpeaker(MentionsIn(at + 1, end));
    }
    return sp;
  }

  bool LeadingAttribution(uint32_t at, const Sentence& s) {
    // At the sentence's start, or after a comma («، وحسب المصادر، فإن …»).
    if (at > s.first_token + 1 &&
        !(IsWord(at) && Norm(at) != StripConjunction(Norm(at)) && at > 0 &&
          (Norm(at - 1) == "،" || Norm(at - 1) == ","))) {
      return false;
    }
    const uint32_t limit =
        std::min<uint32_t>(s.end_token, at + 1 + options_.max_zone_tokens);
    for (uint32_t t = at + 1; t < limit; ++t) {
      // «وبحسب "الألمانية"، فقد ذكرت شركة إكسون موبيل أن …»: a reporting
      // verb after the source says who speaks; the source only relays.
      if (IsWord(t) && t > at + 1 && ClassifyCue(Norm(t)) == CueKind::kVerb &&
          !NamesAName(t)) {
        for (uint32_t k = at; k < t; ++k) consumed_[k] = true;
        return true;
      }
      // «ووفقا لإحصاء رويترز فقد أصيب 11 شخصا», «وبحسب مدريد فقد التحق
      // …»: «فقد» opens the content as «فإن» does.
      // («وبحسب الألمانية فقد قالت …»: a verb of saying after it says who
      // speaks, as above.)
      const bool then = t > at + 1 && Norm(t) == "فقد" &&
                        !(t + 1 < limit && IsWord(t + 1) &&
                          ClassifyCue(Norm(t + 1)) != CueKind::kNone);
      if (!IsWord(t) || !(IsComplementizer(Norm(t)) || then)) {
        continue;
      }
      Speaker sp = LeadingSource(at, t, s);
      if (!sp.known()) {
        uint32_t e = at + 1;
        while (e < t && IsWord(e) && !IsBreakWord(Norm(e)) &&
               e - at <= options_.max_description_tokens) {
          ++e;
        }
        if (e > at + 1) {
          // «ووفقا للتقرير فإن …»: the source without its «ل».
          sp.text = SourceText(at + 1, e);
          // «وبحسب تقديرات الصندوق فإن …»: a body's figures.
          sp.entity = ResolveDescription(at + 1, e);
          if (sp.entity >= 0 && a_->canonical[sp.entity].type != "ORG") {
            sp.entity = -1;
          }
        }
      }
      const uint32_t end = ContentEnd(t + 1, s);
      Add(HasRegion(t + 1, end) ? Quote::Kind::kMixed : Quote::Kind::kIndirect,
          t + 1, end, at, at + 1, sp, -1, DateIn(s.first_token, t));
      // «وبحسب ما أفادت صحيفة "هآرتس"، فإن …»: the verb inside the source
      // phrase reports this same statement; it opens no second one.
      for (uint32_t k = at + 1; k <= t; ++k) consumed_[k] = true;
      return true;
    }
    // «وبحسب نص الاتفاق الذي نشرته وزارة الخارجية، يدخل وقف إطلاق النار
    // …»: no «فإن»; the source ends at the comma and the statement runs on
    // to the sentence's end. Only a named source or a described one
    // («مصادر», «التقرير»), and only at the sentence's start.
    if (at != s.first_token || RelayFrom(at)) return false;
    uint32_t comma = 0;
    for (uint32_t t = at + 2; t < limit && comma == 0; ++t) {
      // («وحسب موقع "سكاي نيوز عربية"، …»: a short quoted name in the
      // source is no quotation.)
      if (const Region* r = RegionOpeningAt(t)) {
        if (r->close > t + 5) return false;
        t = r->close;
        continue;
      }
      if (Norm(t) == ":") return false;
      if (!IsWord(t) && (Norm(t) == "،" || Norm(t) == ",")) comma = t;
    }
    if (comma == 0 || comma + 4 > s.end_token) return false;
    for (uint32_t t = comma + 1; t < s.end_token; ++t) {
      if (IsWord(t) && (IsComplementizer(Norm(t)) ||
                        ClassifyCue(Norm(t)) != CueKind::kNone)) {
        return false;
      }
    }
    Speaker sp = LeadingSource(at, comma, s);
    if (!sp.known()) {
      const uint32_t e = DescriptionEnd(at + 1, comma);
      if (e <= at + 1) return false;
      sp.text = SourceText(at + 1, e);
      if (!IsSourceDescription(sp.text)) return false;
    }
    uint32_t end = ContentEnd(comma + 1, s);
    // «…، فيما تحاصر قوات الدعم السريع الفاشر»: the writer goes on.
    for (uint32_t t = comma + 2; t + 1 < end; ++t) {
      if (!IsWord(t) && (Norm(t) == "،" || Norm(t) == ",") && IsWord(t + 1) &&
          IsWhileWord(Norm(t + 1))) {
        end = t;
        break;
      }
    }
    if (end < comma + 4) return false;
    Add(HasRegion(comma + 1, end) ? Quote::Kind::kMixed
                                  : Quote::Kind::kIndirect,
        comma + 1, end, at, at + 1, sp, -1, DateIn(s.first_token, comma));
    for (uint32_t k = at + 1; k <= comma; ++k) consumed_[k] = true;
    return true;
  }

  // «…، وفقا لوزارة الخارجية الأميركية»: the sentence before is attributed.
  void FromAttribution(uint32_t at, const Sentence& s) {
    if (LeadingAttribution(at, s)) return;
    uint32_t b = s.first_token;
    for (uint32_t t = s.first_token; t < at; ++t) {
      if (consumed_[t]) b = t + 1;
    }
    if (b > s.first_token) {
      while (b < at && !IsWord(b)) ++b;
      if (b < at && IsWhileWord(Norm(b))) ++b;
    }
    const uint32_t e = TrimEnd(b, at);
    // Mark the attribution phrase so its verb («حسبما قال») is no cue.
    const uint32_t phrase_end = ConsumeAttribution(at, s);
    if (e <= b || e - b < 3) return;
    // «من جهته، قال عون، وفق بيان للرئاسة، إن …»: the phrase sits between
    // a verb of saying and its content; the verb's statement follows.
    for (uint32_t t = e; t > b && e - t < 4; --t) {
      if (IsWord(t - 1) && ClassifyCue(Norm(t - 1)) == CueKind::kVerb &&
          !NamesAName(t - 1)) {
        return;
      }
    }
    Speaker sp;
    // The source is named at the start of the phrase («وفقا لوزارة
    // الخارجية», «بحسب ما ذكرت وكالة رويترز»), or after an office or a
    // source noun («حسبما قال المتحدث باسم الخارجية ماثيو ميلر»); a name
    // deep in «وفقا لأعلى معايير الجودة … لمدينة الطائف» is no source.
    const uint32_t k = SourceStart(at, s);
    std::vector<size_t> sources;
    const bool unnamed = k < s.end_token && IsUnnamedSource(k);
    for (size_t m : MentionsIn(at + 1, s.end_token)) {
      const uint32_t first = text_.mentions[m].first_token;
      const bool introduced =
          !unnamed && k < s.end_token && IsWord(k) &&
          (IsRoleHead(Norm(k)) ||
           IsSourceDescription(u_.tokens.tokens[k].span.Of(u_.text)));
      if (first <= k || (introduced && first <= k + 8)) sources.push_back(m);
    }
    sp.entity = FirstSpeaker(sources);
    // «بحسب ما أكد متحدث باسم الدفاع المدني»: an unnamed spokesman of a
    // body is the speaker as described (as after «وقال متحدث باسم …»),
    // and the participle after the phrase goes on with him.
    bool spokesman = false;
    if (sp.entity >= 0 && a_->canonical[sp.entity].type == "ORG" &&
        k + 2 < s.end_token && IsWord(k) && IsWord(k + 1) &&
        Norm(k + 1) == "باسم") {
      static const WordSet kSpokesman({"متحدث", "ناطق", "متحدثة", "ناطقة"});
      spokesman = kSpokesman.Contains(Norm(k));
    }
    if (spokesman) {
      const uint32_t end = DescriptionEnd(k, s.end_token);
      if (end > k + 2) {
        sp = Speaker();
        sp.text = SourceText(k, end);
      } else {
        spokesman = false;
      }
    }
    if (sp.entity < 0 && !spokesman) {
      for (size_t m : sources) {
        // A place named first: «وفقا لإسرائيل»; not one inside a body's
        // name the tagger missed («بحسب نقابة أطباء السودان»).
        if (text_.mentions[m].first_token <= k) sp.entity = EntityOf(m);
        break;
      }
    }
    if (sp.entity < 0 && !spokesman) {
      // The source as written, up to punctuation: «وفقا لمصادر مطلعة».
      const uint32_t end = DescriptionEnd(k, s.end_token);
      if (end > k) sp.text = SourceText(k, end);
      // «وفق بيان صادر عن البنك», «بحسب معطيات المندوبية السامية
      // للتخطيط»: a document of a body speaks for the body.
      if (const int32_t issuer = DocumentIssuerAt(k, end); issuer >= 0) {
        sp = Speaker();
        sp.entity = issuer;
      }
      // «وفق ما أعلنته الوزارة في بيان أمس» after «تبدأ وزارة الحج
      // والعمرة …»: a body's head word alone, or with the document it
      // spoke in, is the body the article named.
      static const WordSet kInDocument({"بيان", "تصريح", "تقرير", "تغريدة"});
      if (sp.entity < 0 && end > k &&
          (end == k + 1 || (end >= k + 3 && Norm(k + 1) == "في" &&
                            kInDocument.Contains(Norm(k + 2))))) {
        if (const int32_t org = OrganisationForDescription(k, true); org >= 0) {
          sp = Speaker();
          sp.entity = org;
        }
      }
    }
    if (!sp.known()) return;
    // «تعمل وفق الشريعة الإسلامية», «حسب النظام»: a rule, not a source. A
    // description must name one («مصادر مطلعة», «التقرير», «البيان»).
    if (sp.entity < 0 && !spokesman && !IsSourceDescription(sp.text)) {
      // Not an attribution: what follows may still be a statement
      // («… حسب مواصفات التصنيع، مؤكدا بأن …»).
      for (uint32_t t = at + 1; t < phrase_end; ++t) consumed_[t] = false;
      return;
    }
    Quote::Kind kind =
        HasRegion(b, e) ? Quote::Kind::kMixed : Quote::Kind::kIndirect;
    // «"…"، بحسب عادل الجبير»: the quotation alone is what was said.
    uint32_t qb = b, qe = e;
    if (const Region* r = RegionOpeningAt(b);
        r != nullptr && r->close + 1 >= e && r->close <= e) {
      qb = r->open + 1;
      qe = r->close;
      kind = Quote::Kind::kDirect;
    }
    // «ويوفر هذا الخيار للمستخدم بحسب البوابة العربية للأخبار التقنية
    // الخصوصية، …»: a named source in the middle of a sentence, its words
    // going on after the name, attributes the whole sentence.
    if (kind == Quote::Kind::kIndirect && sp.entity >= 0 && !spokesman &&
        qe == at) {
      uint32_t name_end = 0;
      for (size_t m : sources) {
        if (EntityOf(m) == sp.entity &&
            text_.mentions[m].first_token <= k + 1) {
          name_end = text_.mentions[m].end_token;
          break;
        }
      }
      const uint32_t end = TrimEnd(qb, s.end_token);
      if (name_end > at && name_end + 1 < end && IsWord(name_end) &&
          !IsBreakWord(Norm(name_end)) &&
          ClassifyCue(Norm(name_end)) == CueKind::kNone &&
          FindNationality(Norm(name_end)) == nullptr) {
        for (uint32_t t = name_end; t < end; ++t) consumed_[t] = true;
        qe = end;
      }
    }
    const Speaker saved = *last_;
    Add(kind, qb, qe, at, at + 1, sp, -1, DateIn(qb, qe));
    // An attribution does not start a chain of «وأضاف» (a spokesman's
    // does: «، مشيرا إلى أن …» right after it is his).
    if (sp.entity < 0 && !spokesman) *last_ = saved;
    if (spokesman) last_quote_sentence_ = &s;
  }

  // The body whose document the words [k, end) name: «بيان صادر عن
  // البنك» (the one bank the article names), «معطيات المندوبية السامية
  // للتخطيط», «بيان لوزارة الصحة». -1 when there is none.
  int32_t DocumentIssuerAt(uint32_t k, uint32_t end) const {
    static const WordSet kDocs({"بيان", "البيان", "معطيات", "بيانات", "تقرير",
                                "إحصاءات", "إحصائيات", "أرقام", "تقديرات"});
    if (k + 1 >= end || !IsWord(k) ||
        !(kDocs.Contains(Norm(k)) ||
          kDocs.Contains(StripProclitics(Norm(k))))) {
      return -1;
    }
    uint32_t j = k + 1;
    if (j + 1 < end && IsWord(j) && IsWord(j + 1) &&
        (Norm(j) == "صادر" || Norm(j) == "الصادر") && Norm(j + 1) == "عن") {
      j += 2;
    }
    if (j >= end) return -1;
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (mm.first_token == j && mm.end_token <= end && EntityOf(m) >= 0 &&
          a_->canonical[EntityOf(m)].type == "ORG") {
        return EntityOf(m);
      }
    }
    // («وفق بيانات الصندوق», «بحسب بيانات البورصة»: or the one body of
    // that kind the article names.)
    if (j + 1 == end) return OrganisationForDescription(j, true);
    return -1;
  }

  // A description that names a source of information.
  static bool IsSourceDescription(std::string_view text) {
    static const WordSet kSources(
        {"مصدر", "مصادر", "مسؤول", "مسئول", "مسؤولين", "مسئولين", "مسؤولون",
         "تقرير", "التقرير", "تقارير", "بيان", "البيان", "إحصائيات", "إحصاءات",
         "الإحصائيات", "دراسة", "الدراسة", "وكالة", "صحيفة", "موقع", "شهود",
         "مصدر", "خبراء", "مراقبين", "معلومات", "المعلومات", "بيانات",
         "البيانات", "أرقام", "الأرقام", "نتائج", "استطلاع", "تصريحات",
         "مصادره", "سكان", "ناشطين", "وسائل", "الصحيفة", "الوكالة", "الموقع",
         "المصادر", "المصدر", "معطيات", "المعطيات", "بلاغ", "البلاغ",
         // Documents and bodies: «بحسب نص الاتفاق», «وفقا لنقابة أطباء
         // السودان», «بحسب هيئة …».
         "نص", "وثيقة", "نقابة", "هيئة", "منظمة", "وزارة", "جمعية", "لجنة",
         "مرصد", "المرصد", "رابطة", "اتحاد", "مؤسسة", "شبكة", "مفوضية"});
    const std::string norm = ner::NormalizeWord(text);
    const std::string_view first =
        std::string_view(norm).substr(0, norm.find(' '));
    return kSources.Contains(first) ||
           kSources.Contains(StripProclitics(first)) ||
           ClassifyCue(first) != CueKind::kNone;
  }

  // Headlines «الجبير: لا مكان للأسد في سوريا», «"المدنية": آخر موعد …»:
  // a short speaker, a colon, a claim.
  void HeadlineQuote() {
    uint32_t colon = 0;
    for (uint32_t t = 1; t < u_.size() && t <= 7; ++t) {
      if (Norm(t) == ":") {
        colon = t;
        break;
      }
    }
    // «وزير السياحة والآثار لـ«المصرى اليوم»: …»: an office of three words
    // and the outlet told, in marks, run longer.
    for (uint32_t t = 8; colon == 0 && t < u_.size() && t <= 10; ++t) {
      if (Norm(t) != ":") continue;
      if (u_.tokens.tokens[t - 1].kind == TokenKind::kQuote) {
        for (uint32_t k = t - 2; k + 6 > t && k > 0; --k) {
          if (IsDetachedLam(k) || (IsWord(k) && Norm(k) == "ل")) colon = t;
        }
      }
      break;
    }
    // «الكوليرا تتمدد في لبنان... وزير الصحة: 220 إصابة»: the speaker of a
    // second claim starts after the ellipsis.
    uint32_t from = 0;
    for (uint32_t t = 1; t < u_.size() && from == 0; ++t) {
      if (colon != 0 && colon < t) break;
      if (Norm(t) == ".." || Norm(t) == "..." || Norm(t) == "…") {
        for (uint32_t c = t + 1; c < u_.size() && c <= t + 6; ++c) {
          if (Norm(c) == ":") {
            from = t + 1;
            colon = c;
            break;
          }
        }
        if (from == 0) break;
      }
    }
    if (colon == 0 || colon + 1 >= u_.size()) return;
    // «هسبريس: متى ينتهي العمل؟»: an interviewer's question line.
    if (Norm(u_.size() - 1) == "؟" || Norm(u_.size() - 1) == "?") return;
    for (uint32_t t = from; t < colon; ++t) {
      if (IsWord(t) && ClassifyCue(Norm(t)) != CueKind::kNone) return;
      if (IsDateToken(t)) return;
    }
    // «انتخابات البرلمان الأوروبي: ماكرون يحل …», «سد النهضة بعد الملء
    // الأول: القاهرة أمام خيارات ضيقة»: a topic before the colon (an
    // event, or a time phrase), not who speaks.
    static const WordSet kTopics(
        {"انتخابات", "الانتخابات", "سد",    "قمة",   "أزمة",    "حرب",
         "مباراة",   "ملف",        "قضية",  "معركة", "مفاوضات", "محادثات",
         "مونديال",  "كأس",        "بطولة", "زلزال", "فيضانات", "استفتاء",
         "بالفيديو", "بالصور",     "فيديو"});
    static const WordSet kWhen({"بعد", "قبل"});
    for (uint32_t t = from; t < colon; ++t) {
      if (!IsWord(t)) continue;
      if (t == from || (t == from + 1 && !IsWord(from))) {
        if (kTopics.Contains(StripConjunction(Norm(t)))) return;
      }
      // («رينارد بعد إسقاط الأرجنتين: …»: a name before it still speaks.)
      if (t > from && kWhen.Contains(Norm(t))) {
        bool named = false;
        for (size_t m : MentionsIn(from, t)) named |= IsSpeakerType(m);
        if (!named) return;
      }
    }
    Speaker sp;
    // «رئيس "الشورى": …», «رئيس وزراء البحرين: …»: an office names the
    // person who holds it, not the body or country inside it.
    if (uint32_t b = from; true) {
      while (b < colon && !IsWord(b)) ++b;
      if (b < colon && IsRoleHead(Norm(b))) {
        if (std::optional<RoleMatch> role = RoleAt(u_, b, colon)) {
          sp.entity = EntityForRole(*a_, role->title, role->country);
        }
      }
    }
    // «ومحاميه لـ«عكاظ»: سنعترض …»: the outlet told, after «لـ», does not
    // speak; the words before it do.
    uint32_t told = colon;
    for (uint32_t k = from + 1; k < colon; ++k) {
      if (IsDetachedLam(k) || (IsWord(k) && Norm(k) == "ل")) {
        told = k;
        break;
      }
    }
    for (size_t m : MentionsIn(from, told)) {
      if (sp.entity >= 0) break;
      if (IsSpeakerType(m)) {
        sp.entity = EntityOf(m);
        break;
      }
    }
    // «.. والإطار التنسيقي يرفض النتائج: …»: the speaker is the subject
    // before its present verb.
    uint32_t speaker_end = told;
    for (uint32_t k = from + 1; k < told; ++k) {
      if (IsWord(k) && LooksLikeImperfectVerb(Norm(k)) &&
          Letters(Norm(k)) >= 4) {
        speaker_end = k;
        break;
      }
    }
    if (sp.entity < 0) {
      uint32_t b = from, e = speaker_end;
      while (b < e && u_.tokens.tokens[b].kind != TokenKind::kArabicWord) ++b;
      while (e > b && u_.tokens.tokens[e - 1].kind != TokenKind::kArabicWord) {
        --e;
      }
      if (b >= e) return;
      sp.entity = ResolveDescription(b, e);
    }
    if (sp.entity < 0) {
      uint32_t b = from, e = speaker_end;
      // «.. وجهاز الضرائب: …», «.. و«أسواق المال»: …»: the «و» that
      // joins the second claim is no part of its speaker.
      while (b < e && (u_.tokens.tokens[b].kind != TokenKind::kArabicWord ||
                       (from > 0 && b == from && Norm(b) == "و"))) {
        ++b;
      }
      while (e > b && u_.tokens.tokens[e - 1].kind != TokenKind::kArabicWord) {
        --e;
      }
      if (b >= e) return;
      Span span{u_.tokens.tokens[b].span.begin,
                u_.tokens.tokens[e - 1].span.end};
      // (Words that start with «و» of their own: «وزير الصحة: …».)
      static const WordSet kOwnWaw({"وزير", "وزيرة", "وزارة", "وكالة", "وكيل",
                                    "وفد", "وحدة", "والي", "ولي", "وسائل",
                                    "وزراء", "ولاية", "وسيط", "وكلاء"});
      if (from > 0 && b == from && Norm(b).starts_with("و") &&
          StripConjunction(Norm(b)) != Norm(b) && !IsRoleHead(Norm(b)) &&
          !kOwnWaw.Contains(Norm(b))) {
        span.begin = static_cast<uint32_t>(
            span.begin + SkipLetters(u_.tokens.tokens[b].span.Of(u_.text), 1));
      }
      sp.text = std::string(span.Of(u_.text));
    }
    uint32_t b = colon + 1;
    uint32_t e = static_cast<uint32_t>(u_.size());
    // «كولر: لا نخشى أجواء رادس.. وكاردوسو يرد: الترجي لن يفرط في
    // الأرض»: an ellipsis and «و» open a second claim with its own
    // speaker.
    uint32_t second = 0;
    for (uint32_t t = b + 1; t + 1 < e; ++t) {
      // «ترامب: "سنذهب إلى المحكمة العليا" وبايدن: "نحن على الطريق"»: so
      // does «و» right after the first claim's closing mark, with its own
      // speaker and colon.
      if (const Region* r = RegionClosingAt(t);
          r != nullptr && r->open == b && IsWord(t + 1) &&
          StripConjunction(Norm(t + 1)) != Norm(t + 1) &&
          SecondClaimColon(t + 1) > 0) {
        second = t + 1;
        e = t + 1;
        break;
      }
      if (!(Norm(t) == ".." || Norm(t) == "..." || Norm(t) == "…") ||
          !IsWord(t + 1)) {
        continue;
      }
      // «قرار أوبك+ فني بحت.. وواشنطن "تشعر بخيبة أمل"», «نيمار إضافة
      // تاريخية.. و«الزعيم» يقدم نجمه»: after an ellipsis, «و» opens the
      // headline's next item, a claim of its own only with its own
      // speaker and colon.
      const bool and_next =
          StripConjunction(Norm(t + 1)) != Norm(t + 1) || Norm(t + 1) == "و";
      if (!and_next) continue;
      if (SecondClaimColon(t + 1) > 0) {
        second = t + 1;
        e = t;
        break;
      }
      if (NewSubjectAndVerb(t + 1, e)) {
        e = t;
        break;
      }
    }
    if (const Region* r = RegionOpeningAt(b);
        r != nullptr && r->close + 1 >= e) {
      b = r->open + 1;
      e = r->close;
    }
    if (e <= b) return;
    Add(Quote::Kind::kDirect, b, e, colon, colon, sp, -1, -1);
    if (second > 0) SecondHeadlineClaim(second);
  }

  // «.. وواشنطن "تشعر بخيبة أمل"», «.. وحمد الله يعد جماهير العميد»: after
  // «و» at `at`, a subject of its own (a name, or a definite noun) and a
  // verb in the present — another item of the headline, not more of the
  // claim («.. ووقعنا معه», «.. و"بنك القاهرة" على رأس القائمة» are).
  bool NewSubjectAndVerb(uint32_t at, uint32_t end) const {
    uint32_t k = at;
    if (Norm(k) == "و") ++k;
    while (k < end && u_.tokens.tokens[k].kind == TokenKind::kQuote) ++k;
    if (k >= end || !IsWord(k)) return false;
    uint32_t subject_end = 0;
    for (size_t m : mentions_) {
      if (text_.mentions[m].first_token == k) {
        subject_end = text_.mentions[m].end_token;
      }
    }
    // «.. و"العمل الإسلامي" يتصدر»: a subject in quotation marks.
    if (subject_end == 0 && k > at &&
        u_.tokens.tokens[k - 1].kind == TokenKind::kQuote) {
      if (const Region* r = RegionOpeningAt(k - 1);
          r != nullptr && r->close > k && r->close <= k + 4 && r->close < end) {
        subject_end = r->close;
      }
    }
    if (subject_end == 0) {
      if (k == at && !StripConjunction(Norm(k)).starts_with("ال")) {
        return false;
      }
      if (k != at && !Norm(k).starts_with("ال")) return false;
      subject_end = k + 1;
    }
    k = subject_end;
    while (k < end && u_.tokens.tokens[k].kind == TokenKind::kQuote) ++k;
    if (k >= end || !IsWord(k)) return false;
    const std::string_view w = Norm(k);
    return (w.starts_with("ي") || w.starts_with("ت")) && Letters(w) >= 3 &&
           w != "يوم" && !w.ends_with("ة");
  }

  // «، نقلا عن الخصاونة،», «، على لسان المتحدث باسمه،»: a relay set in
  // the zone between a cue and its content. The token after it (its
  // closing comma, or where the words stop), or 0 when none starts at t.
  // «الفريق أول», «اللواء», «الدكتور»: a rank or honorific before a name.
  bool IsRank(uint32_t t) const {
    return IsWord(t) && (IsHonorific(Norm(t)) || Norm(t) == "اول");
  }
  bool RelayFrom(uint32_t t) const {  // «نقلا عن»
    static const WordSet kRelay({"نقلا", "نقل"});
    return IsWord(t) && IsWord(t + 1) &&
           kRelay.Contains(StripConjunction(Norm(t))) && Norm(t + 1) == "عن";
  }
  bool RelayThrough(uint32_t t) const {  // «على لسان»
    static const WordSet kOn({"على"});
    static const WordSet kTongue({"لسان"});
    return IsWord(t) && IsWord(t + 1) && kOn.Contains(Norm(t)) &&
           kTongue.Contains(Norm(t + 1));
  }
  uint32_t RelayEnd(uint32_t t) const {
    if (!IsWord(t) || !IsWord(t + 1)) return 0;
    if (!RelayFrom(t) && !RelayThrough(t)) return 0;
    uint32_t k = t + 2;
    while (k < u_.size() && k < t + 16 && !IsComplementizer(Norm(k)) &&
           Norm(k) != "،" && Norm(k) != "," && Norm(k) != ":" &&
           RegionOpeningAt(k) == nullptr) {
      if (IsWord(k) && IsContentPreposition(Norm(k)) && k > t + 3) break;
      ++k;
    }
    return k;
  }

  // «(وذلك) في ختام اجتماع», «عقب لقائه», «على هامش القمة»: the occasion
  // a statement was made at, in the writer's words.
  // «من دون أن يذكر», «دون أن تحدد» at `t`: the writer on what the
  // speaker did not say.
  bool LeftUnsaid(uint32_t t) const {
    uint32_t k = t;
    if (IsWord(k) && Norm(k) == "من") ++k;
    if (!IsWord(k) || Norm(k) != "دون" || !IsWord(k + 1) ||
        !IsComplementizer(Norm(k + 1)) || !IsWord(k + 2)) {
      return false;
    }
    static const WordSet kSay({"يذكر", "تذكر", "يحدد", "تحدد", "يكشف", "تكشف",
                               "يوضح", "توضح", "يفصح", "تفصح", "يسمي", "تسمي",
                               "يشير", "تشير", "يقدم", "تقدم", "يخوض", "تخوض",
                               "يعطي", "تعطي", "يدلي", "تدلي"});
    return kSay.Contains(Norm(k + 2));
  }

  bool WritersOccasion(uint32_t t) const {
    if (!IsWord(t)) return false;
    // «، وذلك بعد أن استهدفت …», «، وذلك بعد تظاهرة أمام السفارة»: what
    // happened before, in the writer's words.
    static const WordSet kAt({"عقب", "إثر", "اثر", "بعد", "غداة", "عشية"});
    if (kAt.Contains(Norm(t))) return true;
    // («، وذلك خلال ندوة صحفية مشتركة», «، وذلك خلال زيارته …», «، وذلك
    // في مقابلة مع …»: the meeting or interview where it was said.)
    static const WordSet kOccasion(
        {"ختام",    "أعقاب",   "مستهل",  "افتتاح", "كلمة",  "تصريح",  "تصريحات",
         "بيان",    "مؤتمر",   "لقاء",   "اجتماع", "هامش",  "ندوة",   "زيارة",
         "مباحثات", "محادثات", "مقابلة", "حوار",   "اتصال", "مكالمة", "قمة",
         "منتدى",   "جلسة",    "حفل",    "محاضرة", "خطاب",  "استقبال"});
    static const WordSet kIn({"في", "على", "خلال"});
    if (!kIn.Contains(Norm(t)) || !IsWord(t + 1)) return false;
    // «، وذلك في كلمته أمام جلسة مجلس الأمن»: the occasion with the
    // speaker's pronoun.
    std::string_view w = Norm(t + 1);
    for (std::string_view end : {"ها", "ه", "هم"}) {
      if (w.ends_with(end) && Letters(w) >= Letters(end) + 3) {
        std::string bare(w.substr(0, w.size() - end.size()));
        if (bare.ends_with("ت")) bare = bare.substr(0, bare.size() - 2) + "ة";
        if (kOccasion.Contains(bare)) return true;
        break;
      }
    }
    return kOccasion.Contains(w);
  }
  // «، في أول حكومة يشهدها عهد …», «، في أكبر تقدم له منذ …», «، في عملية
  // قادها …», «، في خطوة وصفها …»: the writer sizes up what was said or
  // done.
  bool WritersAppraisal(uint32_t t) const {
    static const WordSet kFirsts({"أول", "أكبر", "أحدث", "آخر", "أعنف", "أخطر",
                                  "أبرز", "خطوة", "عملية", "سابقة", "تطور",
                                  "تصعيد", "مؤشر"});
    return IsWord(t) && Norm(t) == "في" && IsWord(t + 1) &&
           kFirsts.Contains(Norm(t + 1));
  }

  // An interview's answer: a paragraph that opens with the person's name
  // and a colon («الشرجبي: العملية نجحت بكل المقاييس. …») is what the
  // person said, to the end of the paragraph; «ج:» answers too, by the
  // person interviewed. The interviewer's lines (the outlet's name, «س:»)
  // are questions, not statements.
  void InterviewAnswer() {
    if (AnswerAfterQuestion()) return;
    uint32_t colon = 0;
    Speaker sp;
    if (u_.size() > 2 && IsWord(0) && Norm(0) == "ج" && Norm(1) == ":") {
      colon = 1;
      sp = Chained();
    }
    for (size_t m : mentions_) {
      const Mention& mm = text_.mentions[m];
      if (colon == 0 && mm.first_token == 0 && mm.end_token < u_.size() &&
          Norm(mm.end_token) == ":" && EntityOf(m) >= 0 &&
          a_->canonical[EntityOf(m)].type == "PER") {
        colon = mm.end_token;
        sp.entity = EntityOf(m);
      }
    }
    // «- عن موعد طرح بنك القاهرة: "نستهدف إتمام الطرح …"»: a list of the
    // speaker's answers by topic («أبرز تصريحاته:»), each quoted after a
    // dash and a colon, by the speaker the article is quoting.
    if (colon == 0 && u_.size() > 4 && !IsWord(0) &&
        (Norm(0) == "-" || Norm(0) == "•" || Norm(0) == "*") &&
        last_->known()) {
      for (uint32_t t = 1; t + 1 < u_.size() && t <= 12; ++t) {
        if (IsWord(t) || Norm(t) != ":") continue;
        if (const Region* r = RegionOpeningAt(t + 1);
            r != nullptr && r->close > r->open + 2) {
          Add(Quote::Kind::kDirect, r->open + 1, r->close, t, t, *last_, -1,
              -1);
        }
        return;
      }
    }
    // «ومصدر عسكري: لا تفاوض قبل …»: a sub-headline's unnamed source.
    if (colon == 0 && IsUnnamedSource(0)) {
      for (uint32_t t = 1; t < u_.size() && t <= 4; ++t) {
        if (!IsWord(t)) {
          if (Norm(t) == ":") {
            colon = t;
            sp.text = SourceText(0, t);  // without its «و»
          }
          break;
        }
      }
    }
    if (colon == 0 || !sp.known() || colon + 3 >= u_.size() ||
        Norm(u_.size() - 1) == "؟" || Norm(u_.size() - 1) == "?") {
      return;
    }
    Add(Quote::Kind::kDirect, colon + 1, static_cast<uint32_t>(u_.size()),
        colon, colon, sp, -1, -1);
  }

  // A page that presents an interview: «وكان هذا الحوار:», «وفي حواره
  // مع …», «التقت "إيلاف" …»: a word of interviewing in the title or the
  // first paragraphs.
  bool IsInterviewPage() const {
    static const WordSet kInterview(
        {"حوار", "الحوار", "حواره", "حوارها", "مقابلة", "المقابلة", "التقت",
         "التقى", "التقينا", "سألته", "سألها", "سألناه", "حاورت", "حاوره"});
    for (uint32_t ui = 0; ui < text_.units.size() && ui < 5; ++ui) {
      const TextUnit& u = text_.units[ui];
      for (uint32_t t = 0; t < u.size(); ++t) {
        if (u.tokens.tokens[t].kind == TokenKind::kArabicWord &&
            kInterview.Contains(StripConjunction(u.Norm(t)))) {
          return true;
        }
      }
    }
    return false;
  }
  // «المصرى اليوم: كيف تقيم …؟» ¶ «- البداية مبشرة. …», «ما الذي يريده
  // العراق …؟» ¶ «- العراق يريد …», «إيلاف: هل حسمت …؟» ¶ «نعم، هناك
  // توافق …»: on an interview page, the paragraph after a question is the
  // answer of the person interviewed, when it opens with a dash or the
  // question with the interviewer's name and a colon. True when it made
  // the quote.
  bool AnswerAfterQuestion() {
    if (u_.kind != UnitKind::kParagraph || unit_ == 0 || u_.size() < 4) {
      return false;
    }
    const TextUnit& q = text_.units[unit_ - 1];
    if (q.kind != UnitKind::kParagraph || q.ref.field != u_.ref.field ||
        q.size() < 3) {
      return false;
    }
    auto is_question_mark = [](std::string_view w) {
      return w == "؟" || w == "?";
    };
    uint32_t qe = static_cast<uint32_t>(q.size());
    while (qe > 0 && q.tokens.tokens[qe - 1].kind != TokenKind::kArabicWord &&
           !is_question_mark(q.Norm(qe - 1))) {
      --qe;
    }
    const std::vector<Region> quoted = PairQuotes(q);
    auto in_quote = [&](uint32_t t) {
      for (const Region& r : quoted) {
        if (r.open < t && t < r.close) return true;
      }
      return false;
    };
    bool asks = qe > 0 && is_question_mark(q.Norm(qe - 1)) && !in_quote(qe - 1);
    if (is_question_mark(Norm(u_.size() - 1))) return false;
    // («الأحمد: نتفهم هذه المخاوف …»: an answer with its speaker's name
    // and a colon is read as such below.)
    for (uint32_t t = 0; t < u_.size() && t <= 5; ++t) {
      if (Norm(t) == ":") return false;
    }
    const bool dash = !IsWord(0) && (Norm(0) == "-" || Norm(0) == "–" ||
                                     Norm(0) == "—" || Norm(0) == "ـ");
    // The interviewer's name and a colon («إيلاف:», «س:»), not a cue
    // («وتابع: "أروني أين …؟"»).
    bool labelled = false;
    for (uint32_t t = 1; t < q.size() && t <= 4 && !labelled; ++t) {
      if (q.tokens.tokens[t - 1].kind == TokenKind::kArabicWord &&
          ClassifyCue(q.Norm(t - 1)) != CueKind::kNone) {
        break;
      }
      labelled = q.Norm(t) == ":";
    }
    // («المصرى اليوم: ماذا عن المتحف؟ هناك أنباء عن تأجيل …»: a labelled
    // question may go on after its mark, outside quotation marks.)
    for (uint32_t t = 0; t < q.size() && labelled && !asks; ++t) {
      asks = is_question_mark(q.Norm(t)) && !in_quote(t);
    }
    if (!asks || (!dash && !labelled)) return false;
    if (!IsInterviewPage()) return false;
    const uint32_t b = dash ? 1 : 0;
    if (b + 3 >= u_.size()) return false;
    if (!interviewee_->known()) {
      if (last_->entity >= 0 && a_->canonical[last_->entity].type == "PER") {
        *interviewee_ = *last_;
      } else {
        // The first person the paragraphs before the first question name.
        for (size_t m = 0; m < text_.mentions.size(); ++m) {
          const Mention& mm = text_.mentions[m];
          if (mm.unit >= unit_ - 1 || mm.type != EntityType::kPerson ||
              EntityOf(m) < 0 ||
              text_.units[mm.unit].kind == UnitKind::kTitle) {
            continue;
          }
          interviewee_->entity = EntityOf(m);
          break;
        }
        if (!interviewee_->known()) *interviewee_ = Chained();
      }
    }
    if (!interviewee_->known()) return false;
    Add(Quote::Kind::kDirect, b, static_cast<uint32_t>(u_.size()), b, b,
        *interviewee_, -1, -1);
    // Others the answer quotes («… عندما قال إن "الدولة لن تغلق …"») are
    // quoted too.
    std::fill(consumed_.begin() + b, consumed_.end(), false);
    return true;
  }

  // The claim after «.. و» in a headline: a speaker of a few words (a name,
  // with or without a cue: «وكاردوسو يرد:»), a colon, the claim.
  // The colon of such a claim, after a named speaker; 0 if none.
  uint32_t SecondClaimColon(uint32_t from) const {
    for (uint32_t t = from + 1; t + 1 < u_.size() && t <= from + 5; ++t) {
      if (Norm(t) != ":") continue;
      for (size_t m : MentionsIn(from, t)) {
        if (IsSpeakerType(m)) return t;
      }
      // «.. والصحة: 18 حالة وفاة», «.. وبلجود: "…"» (a name the tagger
      // typed as a place): a speaker of one or two words no one tagged as
      // a speaker.
      bool words = t <= from + 2;
      for (uint32_t k = from; k < t && words; ++k) {
        words = IsWord(k) && ClassifyCue(Norm(k)) == CueKind::kNone;
      }
      return words && StripConjunction(Norm(from)) != Norm(from) ? t : 0;
    }
    return 0;
  }
  void SecondHeadlineClaim(uint32_t from) {
    const uint32_t colon = SecondClaimColon(from);
    if (colon == 0) return;
    Speaker sp;
    for (size_t m : MentionsIn(from, colon)) {
      if (IsSpeakerType(m)) {
        sp.entity = EntityOf(m);
        break;
      }
    }
    uint32_t cue = colon;
    for (uint32_t t = from; t < colon; ++t) {
      if (IsWord(t) && ClassifyCue(Norm(t)) != CueKind::kNone) cue = t;
    }
    if (sp.entity < 0) {
      // The words as written, past the «و» that joins the claim.
      Span span{u_.tokens.tokens[from].span.begin,
                u_.tokens.tokens[colon - 1].span.end};
      span.begin = static_cast<uint32_t>(
          span.begin + SkipLetters(u_.tokens.tokens[from].span.Of(u_.text), 1));
      sp.text = std::string(span.Of(u_.text));
    }
    uint32_t b = colon + 1;
    uint32_t e = static_cast<uint32_t>(u_.size());
    if (const Region* r = RegionOpeningAt(b);
        r != nullptr && r->close + 1 >= e && r->close > b + 1) {
      b = r->open + 1;
      e = r->close;
    }
    Add(Quote::Kind::kDirect, b, e, cue, colon, sp, -1, -1);
  }

  // A paragraph that opens with a long quotation and has no cue continues
  // the previous paragraph's speaker.
  // «وقال فان جال: “لست قلقا …”. “لا يزال لدينا روني …”. “لدينا أيضا
  // …”»: a quotation that follows a direct quote of this unit with
  // nothing but punctuation between goes on with its speaker.
  void FollowingQuotations(size_t before) {
    for (size_t i = 1; i < regions_.size(); ++i) {
      const Region& p = regions_[i - 1];
      const Region& r = regions_[i];
      if (r.open <= p.close || r.close <= r.open + 1 ||
          r.close - r.open - 1 < options_.min_continuation_tokens) {
        continue;
      }
      bool between = true;
      for (uint32_t t = p.close + 1; t < r.open && between; ++t) {
        between = u_.tokens.tokens[t].kind == TokenKind::kPunctuation &&
                  (Norm(t) == "." || Norm(t) == "،" || Norm(t) == ",");
      }
      bool taken = false;
      for (uint32_t t = r.open; t <= r.close && !taken; ++t) {
        taken = consumed_[t];
      }
      if (!between || taken) continue;
      const uint32_t at =
          u_.ref.span.begin + u_.tokens.tokens[p.open + 1].span.begin;
      const Quote* prev = nullptr;
      for (size_t q = before; q < a_->quotes.size(); ++q) {
        const Quote& c = a_->quotes[q];
        if (c.kind == Quote::Kind::kDirect && c.ref.field == u_.ref.field &&
            c.ref.span.begin == at) {
          prev = &c;
        }
      }
      if (prev == nullptr ||
          (prev->speaker < 0 && prev->speaker_text.empty())) {
        continue;
      }
      Speaker sp;
      sp.entity = prev->speaker;
      if (sp.entity < 0) sp.text = prev->speaker_text;
      const int32_t addressee = prev->addressee, date = prev->date;
      if (Add(Quote::Kind::kDirect, r.open + 1, r.close, 0, 0, sp, addressee,
              date)) {
        for (uint32_t t = r.open; t <= r.close; ++t) consumed_[t] = true;
      }
    }
  }

  void ContinuationQuote(size_t before) {
    if (a_->quotes.size() > before || !*previous_quoted_ || !last_->known() ||
        regions_.empty() || regions_[0].open != 0) {
      return;
    }
    const Region& r = regions_[0];
    if (r.close - r.open - 1 < options_.min_continuation_tokens) return;
    Add(Quote::Kind::kDirect, r.open + 1, r.close, 0, 0, *last_, -1, -1);
  }

  // The sentence's last token is «..», «...» or «…».
  bool EndsWithEllipsis(const Sentence& s) const {
    if (s.end_token == 0 || s.end_token <= s.first_token) return false;
    const std::string_view last =
        u_.tokens.tokens[s.end_token - 1].span.Of(u_.text);
    return last == ".." || last == "..." || last == "…";
  }

  const AnnotatedText& text_;
  const TextUnit& u_;
  mutable int ellipsis_hops_ = 0;
  const uint32_t unit_;
  const std::vector<DateRef>& dates_;
  Article* a_;
  const QuoteOptions& options_;
  Speaker* last_;
  // The speaker before a statement in a relative clause, back in the chain
  // at the end of its sentence.
  std::optional<Speaker> after_relative_;
  Speaker relative_speaker_;
  bool* previous_quoted_;
  Speaker* colon_speaker_;  // a cue and a colon ended the unit before
  Speaker* interviewee_;    // who answers an interview's questions
  bool colon_at_end_ = false;
  // A hadith or verse was cited in this unit: bare «قال» goes on with it.
  bool narration_ = false;
  std::vector<Region> regions_;
  std::vector<bool> consumed_;
  std::vector<size_t> mentions_;
  // Words of a name that would read as a cue or «فإن» («فان جال», «عزت
  // الرشق», «للتدريب ونقل التكنولوجيا»), with the form Norm() gives them
  // instead (a tatweel before the word: no cue, no complementizer).
  std::vector<std::pair<uint32_t, std::string>> name_words_;
  const Sentence* last_quote_sentence_ = nullptr;
  // The cue whose subject SubjectIn is looking for (Chained reads its
  // gender).
  static constexpr uint32_t kNoCue = UINT32_MAX;
  uint32_t chained_cue_ = kNoCue;
};

// «وقال مصدر دبلوماسي عربي … وأضاف المصدر»: a definite description
// («المصدر», «المسؤول», «المصادر») names the unnamed speaker an earlier
// statement introduced with the same noun; it takes that description.
namespace {

// «القطري», «القطرية», «بالقطرية» → «قطري»: a modifier compared without
// its article, preposition or feminine ending.
std::string_view ModifierStem(std::string_view w) {
  for (std::string_view p : {"بال", "لل", "ال"}) {
    if (w.starts_with(p) && Letters(w) > Letters(p) + 2) {
      w.remove_prefix(p.size());
      break;
    }
  }
  for (std::string_view e : {"ة", "ه"}) {
    if (w.ends_with(e)) w.remove_suffix(e.size());
  }
  return w;
}

// «وأوضح المسؤول القطري …» after «مسؤول في وزارة المالية القطرية»,
// «المصادر العمانية» after «مصادر في وزارة النفط والغاز العمانية»: a
// definite head with modifiers is the earlier description with that head
// and those modifiers.
bool RefersBackTo(std::string_view definite, std::string_view earlier) {
  auto words = [](std::string_view text) {
    std::vector<std::string_view> out;
    for (size_t at = 0; at <= text.size();) {
      size_t end = text.find(' ', at);
      if (end == std::string_view::npos) end = text.size();
      if (end > at) out.push_back(text.substr(at, end - at));
      at = end + 1;
    }
    return out;
  };
  const std::vector<std::string_view> d = words(definite);
  const std::vector<std::string_view> e = words(earlier);
  if (d.size() < 2 || d.size() > 3 || e.size() <= d.size() ||
      !StripConjunction(d[0]).starts_with("ال")) {
    return false;
  }
  std::string_view head = StripConjunction(d[0]);
  head.remove_prefix(4);  // ال
  if (StripConjunction(e[0]) != head) return false;
  for (size_t k = 1; k < d.size(); ++k) {
    const std::string_view want = ModifierStem(d[k]);
    bool found = false;
    for (size_t j = 1; j < e.size() && !found; ++j) {
      found = ModifierStem(StripConjunction(e[j])) == want;
    }
    if (!found) return false;
  }
  return true;
}

}  // namespace

void ResolveDefiniteDescriptions(std::vector<Quote>* quotes) {
  for (size_t i = 1; i < quotes->size(); ++i) {
    Quote& q = (*quotes)[i];
    if (q.speaker >= 0 || q.speaker_text.empty()) continue;
    const std::string norm = ner::NormalizeWord(q.speaker_text);
    std::string_view w = StripConjunction(norm);
    if (w.find(' ') != std::string_view::npos) {
      for (size_t j = i; j-- > 0;) {
        const Quote& p = (*quotes)[j];
        if (p.speaker >= 0 || p.speaker_text.empty()) continue;
        if (RefersBackTo(w, ner::NormalizeWord(p.speaker_text))) {
          q.speaker_text = p.speaker_text;
          break;
        }
      }
      continue;
    }
    if (!w.starts_with("ال") || Letters(w) < 5) continue;
    w.remove_prefix(4);
    for (size_t j = i; j-- > 0;) {
      const Quote& p = (*quotes)[j];
      if (p.speaker >= 0 || p.speaker_text.empty()) continue;
      const std::string pn = ner::NormalizeWord(p.speaker_text);
      const size_t space = pn.find(' ');
      if (space == std::string::npos) continue;
      if (StripConjunction(std::string_view(pn).substr(0, space)) == w) {
        q.speaker_text = p.speaker_text;
        break;
      }
    }
  }
}

// «وأضاف عيد أن …» after «ممدوح عيد» («عيد» read as the feast), «وقال
// الكاف في بيان» after «الاتحاد الإفريقي لكرة القدم»: a speaker the
// tagger left unnamed whose one word is the family or given name of one
// person of the article, or whose words are a tabled alias of one body it
// names.
void ResolveSpeakersByName(Article* article) {
  for (Quote& q : article->quotes) {
    if (q.speaker >= 0 || q.speaker_text.empty()) continue;
    const std::string norm = ner::NormalizeWord(q.speaker_text);
    const std::string_view w = StripConjunction(norm);
    const bool one_word = w.find(' ') == std::string_view::npos;
    const int group = KnownAliasGroup(w);
    // «"العمل الدولية": "خطوة تاريخية"» with «منظمة العمل الدولية» in the
    // body, ««الموارد البشرية والتوطين»: …» with «وزارة الموارد البشرية
    // والتوطين»: a body's name without its kind word.
    if (group <= 0 && !one_word) {
      static const WordSet kKinds({"وزارة", "منظمة", "هيئة", "جمعية", "مؤسسة",
                                   "شركة", "وكالة", "مجلس", "اتحاد", "صندوق",
                                   "مركز", "جامعة", "مجموعة", "حركة"});
      int found = -1, count = 0;
      for (size_t e = 0; e < article->canonical.size(); ++e) {
        const Entity& ent = article->canonical[e];
        if (ent.type != "ORG") continue;
        bool match = false;
        for (const std::string& v : ent.variants) {
          const std::string vn = ner::NormalizeWord(v);
          const size_t space = vn.find(' ');
          match = match || (space != std::string::npos &&
                            kKinds.Contains(vn.substr(0, space)) &&
                            std::string_view(vn).substr(space + 1) == w);
        }
        if (match) {
          found = static_cast<int>(e);
          ++count;
        }
      }
      if (count == 1) q.speaker = found;
      continue;
    }
    if (group <= 0 && (Letters(w) < 3 || IsStopword(w))) continue;
    int found = -1, count = 0;
    for (size_t e = 0; e < article->canonical.size(); ++e) {
      const Entity& ent = article->canonical[e];
      bool match = false;
      if (group > 0) {
        if (ent.type == "PER") continue;
        for (const std::string& v : ent.variants) {
          match = match || KnownAliasGroup(ner::NormalizeWord(v)) == group;
        }
      } else if (ent.type == "PER") {
        // Its family name, or its given name («وأضافت رؤى» after «الفنانة
        // رؤى الصبان»).
        const std::string name = ner::NormalizeWord(ent.name);
        const size_t last = name.rfind(' ');
        match = last != std::string::npos &&
                (std::string_view(name).substr(last + 1) == w ||
                 std::string_view(name).substr(0, name.find(' ')) == w);
        // «وقال لولا» after «لويز إيناسيو لولا دا سيلفا»: a middle word
        // the name is known by, not an Arab given name (in «محمد عبدالله
        // الحربي» «عبدالله» is his father's).
        if (!match && last != std::string::npos && Letters(w) >= 4 &&
            !IsPersonNameToken(w)) {
          for (std::string_view part : SplitAny(name, " ")) {
            match = match || part == w;
          }
        }
      }
      if (match) {
        found = static_cast<int>(e);
        ++count;
      }
    }
    if (count == 1) q.speaker = found;
  }
}

// «وقالت الوكالة إنها تشعر بالقلق» after «وكالة ستاندارد آند بورز»,
// «وقالت المؤسسة» after «مؤسسة "BBC"»: a speaker named by a body's kind
// alone is the body the text last named with that kind before it (the
// kind word before the name, or opening it).
// «كشف تقرير حديث أن …» and later «وتابع التقرير الصادر عن مؤسسة
// «إيرنست اند يونغ» أن …»: a report or study that speaks is the body the
// article says issued it («الصادر عن …», «تقرير لشركة …»), when it names
// one issuer.
void ResolveReportIssuers(const AnnotatedText& text, Article* article) {
  static const WordSet kReports({"تقرير", "التقرير", "دراسة", "الدراسة"});
  bool wanted = false;
  for (const Quote& q : article->quotes) {
    if (q.speaker >= 0 || q.speaker_text.empty()) continue;
    const std::string norm = ner::NormalizeWord(q.speaker_text);
    const std::string_view w = StripConjunction(norm);
    wanted |= kReports.Contains(w.substr(0, w.find(' ')));
  }
  if (!wanted) return;
  static const WordSet kIssued(
      {"الصادر", "صادر", "الصادرة", "صادرة", "المعد", "الذي", "التي"});
  static const WordSet kBy({"عن", "من"});
  static const WordSet kKinds({"مؤسسة", "شركة", "منظمة", "مركز", "هيئة",
                               "وكالة", "جمعية", "مجلس", "بنك", "صندوق"});
  int32_t issuer = -1;
  bool unique = true;
  const size_t n = std::min(text.mentions.size(), article->entities.size());
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = text.mentions[i];
    const EntityMention& em = article->entities[i];
    if (em.type != "ORG" || em.entity < 0) continue;
    const TextUnit& u = text.units[m.unit];
    const auto& toks = u.tokens.tokens;
    // Back from the name over quotation marks and a kind word the name
    // leaves out, then «الصادر عن» or «ل» on the kind, to the report.
    uint32_t k = m.first_token;
    auto back = [&] {
      while (k > 0 && toks[k - 1].kind == TokenKind::kQuote) --k;
    };
    back();
    bool lam = false;
    if (k > 0 && toks[k - 1].kind == TokenKind::kArabicWord) {
      const std::string_view w = u.Norm(k - 1);
      if (kKinds.Contains(w)) {
        --k;
      } else if (w.starts_with("ل") && kKinds.Contains(w.substr(2))) {
        --k;
        lam = true;
      }
    }
    // («تقرير لشركة …» written as the mention's own first word.)
    if (!lam &&
        StripProclitics(u.Norm(m.first_token)) != u.Norm(m.first_token) &&
        u.Norm(m.first_token).starts_with("ل") &&
        m.span.begin > toks[m.first_token].span.begin) {
      lam = true;
    }
    uint32_t report = 0;
    if (lam) {
      // «تقرير حديث لشركة»: the report within two words before.
      for (uint32_t j = k; j > 0 && j + 3 > k; --j) {
        if (toks[j - 1].kind == TokenKind::kArabicWord &&
            kReports.Contains(StripConjunction(u.Norm(j - 1)))) {
          report = j;
          break;
        }
      }
    } else if (k >= 3 && toks[k - 1].kind == TokenKind::kArabicWord &&
               kBy.Contains(u.Norm(k - 1)) &&
               toks[k - 2].kind == TokenKind::kArabicWord &&
               kIssued.Contains(u.Norm(k - 2)) &&
               toks[k - 3].kind == TokenKind::kArabicWord &&
               kReports.Contains(StripConjunction(u.Norm(k - 3)))) {
      report = k - 2;
    }
    // «قدّر البنك الدولي، في تقرير أصدره أمس …»: the body, then the
    // report it spoke in.
    if (report == 0) {
      uint32_t j = m.end_token;
      while (j < toks.size() && toks[j].kind == TokenKind::kQuote) ++j;
      if (j < toks.size() && toks[j].kind == TokenKind::kPunctuation &&
          (u.Norm(j) == "،" || u.Norm(j) == ",")) {
        ++j;
      }
      if (j + 1 < toks.size() && toks[j].kind == TokenKind::kArabicWord &&
          u.Norm(j) == "في" && toks[j + 1].kind == TokenKind::kArabicWord &&
          kReports.Contains(u.Norm(j + 1))) {
        report = j + 1;
      }
    }
    if (report == 0) continue;
    if (issuer >= 0 && issuer != em.entity) unique = false;
    issuer = em.entity;
  }
  if (issuer < 0 || !unique) return;
  for (Quote& q : article->quotes) {
    if (q.speaker >= 0 || q.speaker_text.empty()) continue;
    const std::string norm = ner::NormalizeWord(q.speaker_text);
    const std::string_view w = StripConjunction(norm);
    if (kReports.Contains(w.substr(0, w.find(' ')))) q.speaker = issuer;
  }
}

// «وقال وزير التعليم إن …», «وأضاف الوزير أن …» where the article gave
// the office to one person («وزير التربية والتعليم رضا حجازي»): an office
// left as the speaker's description is its one holder the article names.
void ResolveOfficesToHolders(Article* article) {
  // (No conjunction to strip: «وزير» starts with «و».)
  auto norm_of = [](std::string_view text) { return ner::NormalizeWord(text); };
  for (Quote& q : article->quotes) {
    if (q.speaker >= 0 || q.speaker_text.empty()) continue;
    const std::string want = norm_of(q.speaker_text);
    const size_t space = want.find(' ');
    std::string_view head = std::string_view(want).substr(0, space);
    // (Not «مسؤول كبير في إدارة …», «عضو …»: one of many, not an
    // office of one.)
    static const WordSet kOneOfMany({"مسؤول", "مسئول", "مصدر", "عضو", "متحدث",
                                     "ناطق", "خبير", "محلل", "مستشار", "مساعد",
                                     "نائب"});
    if (!IsRoleHead(head) || kOneOfMany.Contains(head)) continue;
    // «الوزير» alone: any office of that head; otherwise the office as
    // written or its title.
    const bool bare = space == std::string::npos && head.starts_with("ال");
    std::string_view bare_head = head;
    if (bare) bare_head.remove_prefix(4);
    int32_t holder = -1;
    bool unique = true;
    for (size_t e = 0; e < article->canonical.size() && unique; ++e) {
      const Entity& ent = article->canonical[e];
      if (ent.type != "PER") continue;
      bool match = false;
      for (const EntityRole& r : ent.roles) {
        const std::string title = norm_of(r.title);
        const std::string text = norm_of(r.text);
        if (bare) {
          const std::string_view first =
              std::string_view(title).substr(0, title.find(' '));
          match |= first == head || first == bare_head;
        } else if (title == want || text == want) {
          match = true;
        } else {
          // «وزير التعليم» for «وزير التربية والتعليم»: the same head,
          // every other word in the title.
          const std::vector<std::string_view> tw = SplitAny(title, " ");
          const std::vector<std::string_view> ww = SplitAny(want, " ");
          bool all = !tw.empty() && ww.size() > 1 && tw[0] == ww[0];
          for (size_t k = 1; all && k < ww.size(); ++k) {
            bool in = false;
            for (size_t j = 1; j < tw.size() && !in; ++j) {
              in = StripConjunction(tw[j]) == StripConjunction(ww[k]);
            }
            all = in;
          }
          match |= all;
        }
      }
      if (!match) continue;
      if (holder >= 0) unique = false;
      holder = static_cast<int32_t>(e);
    }
    if (holder >= 0 && unique) q.speaker = holder;
  }
}

void ResolveSpeakersByKind(const AnnotatedText& text, Article* article) {
  static const WordSet kKinds({"وكالة", "شركة", "مؤسسة", "منظمة", "هيئة",
                               "صحيفة", "حركة", "جماعة", "وزارة", "مجموعة",
                               "قناة", "جمعية", "مفوضية", "بعثة", "لجنة",
                               // «الموقع الإلكتروني لنادي كوينز بارك
                               // رينجرز … وقال الموقع»: the body whose
                               // site or account it is.
                               "موقع", "حساب", "صفحة"});
  for (Quote& q : article->quotes) {
    if (q.speaker >= 0 || q.speaker_text.empty()) continue;
    const std::string norm = ner::NormalizeWord(q.speaker_text);
    std::string_view w = StripConjunction(norm);
    if (!w.starts_with("ال") || w.find(' ') != std::string_view::npos) {
      continue;
    }
    w.remove_prefix(4);
    if (!kKinds.Contains(w)) continue;
    // «لجنة المعادلات بوزارة التعليم»: a body named as the seat of the
    // body before it («ب…/ل…» right after that name) is taken only when no
    // other body of the kind was named.
    int32_t found = -1, found_seat = -1;
    uint32_t found_at = 0, found_seat_at = 0;
    const size_t n = std::min(text.mentions.size(), article->entities.size());
    for (size_t i = 0; i < n; ++i) {
      const Mention& m = text.mentions[i];
      const EntityMention& em = article->entities[i];
      if (em.type != "ORG" || em.entity < 0 || em.ref.field != q.ref.field ||
          em.ref.span.begin >= q.ref.span.begin) {
        continue;
      }
      const bool seat =
          i > 0 && text.mentions[i - 1].unit == m.unit &&
          text.mentions[i - 1].end_token == m.first_token &&
          article->entities[i - 1].type == "ORG" &&
          m.span.begin >
              text.units[m.unit].tokens.tokens[m.first_token].span.begin &&
          (text.units[m.unit].Norm(m.first_token).starts_with("ب") ||
           text.units[m.unit].Norm(m.first_token).starts_with("ل"));
      // («وكالة التصنيف الائتماني "ستاندارد آند بورز"»: a description may
      // come between, not a comma.)
      const TextUnit& u = text.units[m.unit];
      bool kind_before = false;
      for (uint32_t k = m.first_token; k > 0 && k + 5 > m.first_token;) {
        --k;
        const TokenKind kk = u.tokens.tokens[k].kind;
        if (kk == TokenKind::kQuote) continue;
        if (kk != TokenKind::kArabicWord) break;
        if (u.Norm(k) == w || StripProclitics(u.Norm(k)) == w) {
          kind_before = true;
          break;
        }
      }
      // (A kind in «و» — «وزارة», «وكالة» — is compared whole too, as
      // StripProclitics reads its «و» as the conjunction.)
      const bool kind_opens = u.Norm(m.first_token) == w ||
                              StripProclitics(u.Norm(m.first_token)) == w;
      if (!kind_before && !kind_opens) continue;
      if (seat && em.ref.span.begin >= found_seat_at) {
        found_seat = em.entity;
        found_seat_at = em.ref.span.begin;
      } else if (!seat && em.ref.span.begin >= found_at) {
        found = em.entity;
        found_at = em.ref.span.begin;
      }
    }
    if (found < 0) found = found_seat;
    if (found >= 0) q.speaker = found;
  }
}

// «رابط الخبر بصحيفة الوئام: طهران: موجوداتنا المجمدة …»: an outlet that
// prints its headline again at the foot of the text, after a link line;
// the headline's claims are quoted there too.
void RepeatedHeadlineQuotes(const AnnotatedText& text, Article* article) {
  const TextUnit* title = nullptr;
  for (const TextUnit& u : text.units) {
    if (u.kind == UnitKind::kTitle) {
      title = &u;
      break;
    }
  }
  if (title == nullptr || title->text.size() < 20) return;
  std::vector<Quote> copies;
  for (const TextUnit& u : text.units) {
    if (u.kind != UnitKind::kParagraph) continue;
    const size_t link = u.text.find("رابط الخبر");
    if (link == std::string_view::npos) continue;
    const size_t at = u.text.find(title->text, link);
    if (at == std::string_view::npos) continue;
    for (const Quote& q : article->quotes) {
      if (q.ref.field != title->ref.field ||
          q.ref.span.begin < title->ref.span.begin ||
          q.ref.span.end > title->ref.span.end) {
        continue;
      }
      Quote c = q;
      const uint32_t from = u.ref.span.begin + static_cast<uint32_t>(at) +
                            (q.ref.span.begin - title->ref.span.begin);
      c.ref.field = u.ref.field;
      c.ref.span = {from, from + (q.ref.span.end - q.ref.span.begin)};
      copies.push_back(std::move(c));
    }
  }
  for (Quote& c : copies) article->quotes.push_back(std::move(c));
}

// A quotation that opens in one paragraph and closes in a later one
// («وقال الرميان: «هذا يوم تاريخي … ¶ إن الطرح … ¶ نحن ممتنون …»»): the
// direct quote that runs to the end of its paragraph after an opening mark
// with no closing one goes on to the closing mark of a following paragraph
// (at most `kMaxParagraphs` on, none opening a quotation of its own first);
// quotes found inside those paragraphs become part of it.
void JoinParagraphQuotes(const AnnotatedText& text,
                         std::vector<Quote>* quotes) {
  constexpr size_t kMaxParagraphs = 6;
  auto is_open = [](char32_t c) { return c == U'«' || c == U'“'; };
  auto is_close = [](char32_t c) { return c == U'»' || c == U'”'; };
  for (size_t qi = 0; qi < quotes->size(); ++qi) {
    Quote& q = (*quotes)[qi];
    if (q.kind != Quote::Kind::kDirect) continue;
    size_t ui = text.units.size();
    for (size_t k = 0; k < text.units.size(); ++k) {
      const TextUnit& u = text.units[k];
      if (u.kind == UnitKind::kParagraph && u.ref.field == q.ref.field &&
          u.ref.span.begin <= q.ref.span.begin &&
          q.ref.span.end <= u.ref.span.end) {
        ui = k;
        break;
      }
    }
    if (ui == text.units.size()) continue;
    const TextUnit& u = text.units[ui];
    const size_t qb = q.ref.span.begin - u.ref.span.begin;
    const size_t qe = q.ref.span.end - u.ref.span.begin;
    // An opening mark right before the words (spaces aside).
    size_t i = qb;
    while (i > 0 && u.text[i - 1] == ' ') --i;
    if (i == 0) continue;
    size_t j = i - 1;  // the mark's first byte
    while (j > 0 && (static_cast<unsigned char>(u.text[j]) & 0xC0) == 0x80) {
      --j;
    }
    {
      size_t at = j;
      if (!is_open(utf8::Decode(u.text, &at))) continue;
    }
    // Nothing but punctuation and spaces after the words, and no closing
    // mark.
    bool open_to_end = true;
    for (size_t at = qe; at < u.text.size() && open_to_end;) {
      const char32_t c = utf8::Decode(u.text, &at);
      open_to_end = !is_close(c) && c != U'"' &&
                    (c == U' ' || c == U'.' || c == U'،' || c == U',' ||
                     c == U'!' || c == U'؟' || c == U'…');
    }
    if (!open_to_end) continue;
    // The closing mark in a following paragraph.
    size_t close_unit = 0, close_at = 0;
    for (size_t k = ui + 1;
         k < text.units.size() && k <= ui + kMaxParagraphs && close_unit == 0;
         ++k) {
      const TextUnit& n = text.units[k];
      if (n.kind != UnitKind::kParagraph || n.ref.field != q.ref.field) break;
      bool stop = false;
      for (size_t at = 0; at < n.text.size();) {
        const size_t here = at;
        const char32_t c = utf8::Decode(n.text, &at);
        if (is_open(c) && here > 0) {
          stop = true;
          break;
        }
        if (is_close(c)) {
          close_unit = k;
          close_at = here;
          break;
        }
      }
      if (stop) break;
    }
    if (close_unit == 0) continue;
    // The text: the units' words, a line break between paragraphs (the
    // span in the input is exact; units are separate views).
    const TextUnit& last = text.units[close_unit];
    std::string_view tail = last.text.substr(0, close_at);
    while (!tail.empty() && (tail.back() == ' ' || tail.back() == '\n')) {
      tail.remove_suffix(1);
    }
    std::string joined(u.text.substr(qb));
    for (size_t k = ui + 1; k < close_unit; ++k) {
      absl::StrAppend(&joined, "\n", AV(text.units[k].text));
    }
    absl::StrAppend(&joined, "\n", AV(tail));
    q.text = std::move(joined);
    const uint32_t old_end = q.ref.span.end;
    const uint32_t new_end =
        last.ref.span.begin + static_cast<uint32_t>(tail.size());
    q.ref.span.end = new_end;
    // Quotes now inside this one go.
    for (size_t k = quotes->size(); k-- > qi + 1;) {
      const Quote& o = (*quotes)[k];
      if (o.ref.field == q.ref.field && o.ref.span.begin >= old_end &&
          o.ref.span.end <= new_end) {
        quotes->erase(quotes->begin() + static_cast<long>(k));
      }
    }
  }
}

// A headline's statement whose speaker the headline only describes
// («نائب الملك: الحوادث لن تثنينا …») is the body's statement with the
// same words, by the person the body names («أكد الأمير محمد بن نايف أن
// الحوادث لن تثنينا …»).
void HeadlineSpeakersFromBody(Article* article) {
  std::vector<Quote>* quotes = &article->quotes;
  const TextRef& title = article->title_ref;
  auto in_title = [&title](const Quote& q) {
    return q.ref.field == title.field && q.ref.span.begin >= title.span.begin &&
           q.ref.span.end <= title.span.end;
  };
  auto words = [](std::string_view text) {
    absl::flat_hash_set<std::string> out;
    const std::string norm = ner::NormalizeWord(text);
    for (std::string_view w : SplitAny(norm, " ")) {
      w = StripConjunction(w);
      if (Letters(w) >= 3 && !IsStopword(w)) out.emplace(w);
    }
    return out;
  };
  for (Quote& h : *quotes) {
    if (!in_title(h) || h.speaker >= 0) continue;
    // Only an office («نائب الملك»), not a group of which the body quotes
    // one («نائبان يعتصمان: …», «قيادات يمنية: …»).
    if (!h.speaker_text.empty()) {
      const std::string norm = ner::NormalizeWord(h.speaker_text);
      if (!IsRoleHead(norm.substr(0, norm.find(' ')))) continue;
    }
    const absl::flat_hash_set<std::string> want = words(h.text);
    if (want.size() < 3) continue;
    int32_t best = -1;
    size_t best_shared = 0;
    for (const Quote& b : *quotes) {
      if (in_title(b) || b.speaker < 0) continue;
      const absl::flat_hash_set<std::string> have = words(b.text);
      size_t shared = 0;
      for (const std::string& w : want) shared += have.contains(w);
      if (shared * 5 >= want.size() * 3 && shared > best_shared) {
        best_shared = shared;
        best = b.speaker;
      }
    }
    if (best >= 0) h.speaker = best;
  }
}

}  // namespace

void ExtractQuotes(const AnnotatedText& text,
                   const std::vector<std::vector<DateRef>>& dates_by_unit,
                   Article* article, const QuoteOptions& options) {
  Speaker last, colon_speaker, interviewee;
  bool previous_quoted = false;
  static const std::vector<DateRef> kNoDates;
  for (uint32_t u = 0; u < text.units.size(); ++u) {
    if (text.units[u].kind == UnitKind::kSource ||
        text.units[u].kind == UnitKind::kTags || text.units[u].size() == 0) {
      continue;
    }
    UnitQuotes q(text, u,
                 u < dates_by_unit.size() ? dates_by_unit[u] : kNoDates,
                 article, options, &last, &previous_quoted, &colon_speaker,
                 &interviewee);
    q.Run();
    // A headline sums the article up: a place or description speaking in it
    // («المنامة: …») does not go on speaking in the body's subject-less
    // cues; a person («رئيس «الشورى»: …») does.
    if (text.units[u].kind == UnitKind::kTitle &&
        (last.entity < 0 || article->canonical[last.entity].type != "PER")) {
      last = Speaker();
    }
  }
  ResolveDefiniteDescriptions(&article->quotes);
  ResolveSpeakersByName(article);
  ResolveSpeakersByKind(text, article);
  ResolveReportIssuers(text, article);
  ResolveOfficesToHolders(article);
  HeadlineSpeakersFromBody(article);
  JoinParagraphQuotes(text, &article->quotes);
  RepeatedHeadlineQuotes(text, article);
}

}  // namespace marsad::nlp
