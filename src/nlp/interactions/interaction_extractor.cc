#include "nlp/interactions/interaction_extractor.h"

#include <algorithm>
#include <optional>
#include <string>

#include "nlp/entities/entity_linker.h"
#include "nlp/entities/roles.h"
#include "nlp/lexicon.h"
#include "nlp/time/time_expressions.h"

namespace marsad::nlp {
namespace {

struct CueInfo {
  const char* kind = nullptr;  // nullptr: not a cue
  bool transitive = false;     // the partner follows without «مع»
  bool phone = false;
};

bool IsPhoneWord(std::string_view norm) {
  static const WordSet kPhone(
      {"هاتفيا", "هاتفي", "هاتفية", "الهاتفي", "الهاتفية", "هاتفيًا"});
  return kPhone.Contains(norm);
}

// A role starting at `b` runs into the name at `name`, past titles
// between them («ولي العهد السعودي الأمير محمد بن سلمان»).
bool RoleReaches(const TextUnit& u, uint32_t b, uint32_t name, uint32_t end) {
  std::optional<RoleMatch> r = RoleAt(u, b, end);
  if (!r) return false;
  uint32_t k = r->end_token;
  static const WordSet kTitles(
      {"الأمير", "الأميرة", "الملك", "الشيخ", "الشيخة", "السلطان"});
  while (k < name && u.tokens.tokens[k].kind == TokenKind::kArabicWord &&
         (IsHonorific(u.Norm(k)) || kTitles.Contains(u.Norm(k)))) {
    ++k;
  }
  return k >= name;
}

CueInfo Classify(std::string_view norm) {
  static const WordSet kTalks({"محادثات", "مباحثات", "بحث", "يبحث", "سيبحث",
                               "تبحث", "ستبحث", "ناقش", "يناقش", "سيناقش",
                               "ناقشت", "تباحث", "يتباحث", "مشاورات", "مفاوضات",
                               "بحثا", "تشاور"});
  static const WordSet kCall({"مكالمة", "اتصالا", "اتصال", "هاتف", "هاتفت",
                              "اتصل", "اتصلت", "تحدث", "يتحدث", "تحدثت"});
  static const WordSet kMeet({"لقاء", "اجتماع", "اجتمع", "يجتمع", "سيجتمع",
                              "اجتمعت", "قمة", "اجتماعا", "لقاءا", "لقاء"});
  static const WordSet kMeetTransitive({"التقى", "يلتقي", "سيلتقي", "التقت",
                                        "تلتقي", "ستلتقي", "استقبل", "يستقبل",
                                        "سيستقبل", "استقبلت"});
  static const WordSet kVisit({"زار", "يزور", "سيزور", "زارت", "تزور"});
  std::string_view w = StripConjunction(norm);
  CueInfo c;
  if (kTalks.Contains(w)) {
    c.kind = "talks";
  } else if (kCall.Contains(w)) {
    c.kind = "call";
    c.phone = w != "تحدث" && w != "يتحدث" && w != "تحدثت";
  } else if (kMeet.Contains(w)) {
    c.kind = "meeting";
  } else if (kMeetTransitive.Contains(w)) {
    c.kind = "meeting";
    c.transitive = true;
  } else if (kVisit.Contains(w)) {
    c.kind = "visit";
    c.transitive = true;
  }
  return c;
}

bool IsFutureWord(std::string_view norm) {
  static const WordSet kFuture({"سوف", "المقرر", "المنتظر", "المرتقب", "المزمع",
                                "يعتزم", "تعتزم", "مقرر"});
  if (kFuture.Contains(norm) || kFuture.Contains(StripConjunction(norm))) {
    return true;
  }
  std::string_view w = StripConjunction(norm);
  // «سيبحث», «ستعقد», «سيجري»: the future prefix on a present verb.
  return w.starts_with("سي") || w.starts_with("ست") || w.starts_with("سن")
             ? Letters(w) >= 5 && Letters(w) <= 7 && !w.starts_with("سيا") &&
                   !w.starts_with("سنو") && !w.starts_with("سنه")
             : false;
}

}  // namespace

void ExtractInteractions(const AnnotatedText& text,
                         const std::vector<std::vector<DateRef>>& dates_by_unit,
                         Article* a, const InteractionOptions& options) {
  struct Found {
    Interaction in;
    bool from_title;
  };
  std::vector<Found> found;
  for (uint32_t ui = 0; ui < text.units.size(); ++ui) {
    const TextUnit& u = text.units[ui];
    if (u.kind == UnitKind::kSource || u.kind == UnitKind::kTags ||
        u.kind == UnitKind::kLink) {
      continue;
    }
    std::vector<size_t> ms;
    for (size_t m = 0; m < text.mentions.size(); ++m) {
      if (text.mentions[m].unit == ui && a->entities[m].entity >= 0) {
        ms.push_back(m);
      }
    }
    auto is_word = [&](uint32_t t) {
      return t < u.size() && u.tokens.tokens[t].kind == TokenKind::kArabicWord;
    };
    for (const Sentence& s : u.sentences) {
      for (uint32_t t = s.first_token; t < s.end_token; ++t) {
        if (!is_word(t)) continue;
        CueInfo cue = Classify(u.Norm(t));
        if (cue.kind == nullptr) continue;
        const std::string_view stripped = StripConjunction(u.Norm(t));
        // «تحدث» is a call only with «هاتفيا»; otherwise a talk.
        bool phone = cue.phone;
        uint32_t cue_end = t + 1;
        if (is_word(t + 1) && IsPhoneWord(u.Norm(t + 1))) {
          phone = true;
          cue_end = t + 2;
        }
        if (std::string_view(cue.kind) == "call" && !phone &&
            (stripped == "تحدث" || stripped == "يتحدث" ||
             stripped == "تحدثت")) {
          cue.kind = "talks";
        }
        // The partner: after «مع» (or right after a transitive cue).
        uint32_t with = 0;
        for (uint32_t k = cue_end;
             k < s.end_token && k < cue_end + options.max_partner_distance;
             ++k) {
          if (is_word(k) && StripConjunction(u.Norm(k)) == "مع") {
            with = k + 1;
            break;
          }
        }
        // «تلقى … اتصالا هاتفيا من X»: the caller follows «من».
        if (with == 0 && std::string_view(cue.kind) == "call" &&
            is_word(cue_end) && StripConjunction(u.Norm(cue_end)) == "من") {
          with = cue_end + 1;
        }
        // «التقى وزير الخارجية عادل الجبير في الرياض اليوم فيليب هاموند»:
        // after a transitive cue the first name is the subject (VSO) and
        // the partner is the next person or body after it; with no name
        // right after the cue (SVO), the first name after it.
        if (with == 0 && cue.transitive) {
          with = cue_end;
          for (size_t m : ms) {
            const Mention& mm = text.mentions[m];
            if (mm.first_token < cue_end || mm.first_token >= s.end_token ||
                mm.type == EntityType::kLocation) {
              continue;
            }
            const bool adjacent =
                mm.first_token == cue_end ||
                RoleReaches(u, cue_end, mm.first_token, s.end_token);
            if (adjacent) with = mm.end_token;
            break;
          }
        }
        // «وتحدث بايدن هاتفيا مع»: the phone word may follow the subject.
        for (uint32_t k = cue_end; k < with && !phone; ++k) {
          if (is_word(k) && IsPhoneWord(u.Norm(k))) phone = true;
        }
        if (phone && std::string_view(cue.kind) == "talks" &&
            (stripped == "تحدث" || stripped == "يتحدث" ||
             stripped == "تحدثت")) {
          cue.kind = "call";
        }
        if (with == 0) continue;
        int32_t partner = -1;
        // Adverbials of place and time may come first after a transitive
        // cue («في الرياض اليوم»).
        const uint32_t reach = cue.transitive ? 12 : 6;
        for (size_t m : ms) {
          const Mention& mm = text.mentions[m];
          if (mm.first_token >= with && mm.first_token < s.end_token &&
              mm.first_token < with + reach &&
              mm.type != EntityType::kLocation) {
            partner = a->entities[m].entity;
            break;
          }
        }
        if (partner < 0) {
          // «مع رئيس الوزراء الإسرائيلي»: a role for a person named
          // elsewhere.
          uint32_t k = with;
          while (k < s.end_token && !is_word(k)) ++k;
          if (std::optional<RoleMatch> r = RoleAt(u, k, s.end_token)) {
            partner = EntityForRole(*a, r->title, r->country);
          }
        }
        if (partner < 0) continue;
        // The subject: a name between cue and «مع» (VSO), else the nearest
        // before the cue, else the speaker of the quote around the cue.
        int32_t subject = -1;
        for (size_t m : ms) {
          const Mention& mm = text.mentions[m];
          // Right after the cue, or after a role that runs into the name
          // («وتحدث بايدن», «التقى وزير الخارجية عادل الجبير»).
          const bool adjacent =
              mm.first_token == cue_end ||
              (mm.first_token > cue_end &&
               RoleReaches(u, cue_end, mm.first_token, s.end_token));
          if (adjacent && mm.first_token < with &&
              mm.type != EntityType::kLocation &&
              a->entities[m].entity != partner) {
            subject = a->entities[m].entity;
            break;
          }
        }
        if (subject < 0) {
          for (size_t m : ms) {
            const Mention& mm = text.mentions[m];
            if (mm.first_token >= s.first_token && mm.end_token <= t &&
                mm.type != EntityType::kLocation &&
                a->entities[m].entity != partner) {
              subject = a->entities[m].entity;
            }
          }
        }
        if (subject < 0) {
          const TextRef at = u.ToRef(u.tokens.tokens[t].span);
          for (const Quote& q : a->quotes) {
            if (q.ref.field == at.field && q.ref.span.begin <= at.span.begin &&
                q.ref.span.end >= at.span.end && q.speaker >= 0) {
              subject = q.speaker;
            }
          }
        }
        if (subject < 0 || subject == partner) continue;
        Interaction in;
        in.kind = cue.kind;
        in.channel = phone ? "phone" : "";
        const Span cs{u.tokens.tokens[t].span.begin,
                      u.tokens.tokens[cue_end - 1].span.end};
        in.cue = std::string(cs.Of(u.text));
        in.ref = u.ToRef(cs);
        in.participants = {subject, partner};
        // Date: the day expression of the sentence.
        if (ui < dates_by_unit.size()) {
          for (const DateRef& d : dates_by_unit[ui]) {
            if (d.first_token >= s.first_token && d.first_token < s.end_token) {
              in.date = d.index;
              break;
            }
          }
        }
        // Place: a place after «في», or after «إلى» with a verb of motion.
        for (size_t m : ms) {
          const Mention& mm = text.mentions[m];
          if (mm.type != EntityType::kLocation || mm.first_token == 0 ||
              mm.first_token < s.first_token || mm.first_token >= s.end_token) {
            continue;
          }
          std::string_view before =
              StripConjunction(u.Norm(mm.first_token - 1));
          const bool fi = before == "في";
          bool to = false;
          static const WordSet kTo({"إلى"});
          if (kTo.Contains(before) && mm.first_token >= 2) {
            static const WordSet kMotion(
                {"توجه", "توجهه", "وصول", "وصوله", "زيارة", "زيارته", "سافر",
                 "يتوجه", "سيتوجه", "وصل", "مغادرته", "توجهها"});
            for (uint32_t k = mm.first_token - 1;
                 k > s.first_token && mm.first_token - k <= 3; --k) {
              to |= kMotion.Contains(StripConjunction(u.Norm(k - 1)));
            }
          }
          if (fi || to) {
            in.place = a->entities[m].entity;
            break;
          }
        }
        // Tense: the future prefix or a planning word near the cue; a date
        // after the reference day; else it happened.
        bool planned = IsFutureWord(u.Norm(t));
        for (uint32_t k = t; k > s.first_token && t - k < 3 && !planned; --k) {
          planned = is_word(k - 1) && IsFutureWord(u.Norm(k - 1));
        }
        if (!planned && in.date >= 0 && a->reference_date &&
            a->dates[in.date].value &&
            *a->reference_date < *a->dates[in.date].value) {
          planned = true;
        }
        in.tense = planned ? "planned" : "happened";
        found.push_back({std::move(in), u.kind == UnitKind::kTitle});
        t = cue_end - 1;
      }
    }
  }
  // Merge mentions of one pair.
  for (Found& f : found) {
    auto pair = f.in.participants;
    std::sort(pair.begin(), pair.end());
    Interaction* into = nullptr;
    for (size_t i = 0; i < a->interactions.size(); ++i) {
      auto other = a->interactions[i].participants;
      std::sort(other.begin(), other.end());
      if (other == pair) into = &a->interactions[i];
    }
    if (into == nullptr) {
      a->interactions.push_back(f.in);
      continue;
    }
    if (f.in.channel == "phone") into->channel = "phone";
    if (into->date < 0) into->date = f.in.date;
    if (into->place < 0) into->place = f.in.place;
    if (f.in.tense == "planned" && !f.from_title) into->tense = "planned";
  }
}

}  // namespace marsad::nlp
