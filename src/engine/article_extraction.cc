#include "engine/article_extraction.h"

#include <algorithm>
#include <chrono>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "marsad/date_parser.h"
#include "nlp/entities/mention_propagation.h"
#include "nlp/interactions/interaction_extractor.h"
#include "nlp/lexicon.h"
#include "nlp/ner/text_ops.h"
#include "nlp/quotes/quote_extractor.h"
#include "nlp/time/speech_time.h"
#include "nlp/time/time_expressions.h"

namespace marsad {

ArticleExtractor::ArticleExtractor(const NerTagger* ner,
                                   const Tokenizer* tokenizer,
                                   ExtractionOptions options)
    : ner_(ner), tokenizer_(tokenizer), options_(options) {}

void ArticleExtractor::BuildUnits(const Article& a) {
  size_t count = 1 + a.paragraphs.size() + a.subheadings.size() +
                 (a.source_ref ? 1 : 0) + a.tag_lines.size() + a.links.size();
  if (text_.units.size() < count) text_.units.resize(count);
  size_t k = 0;
  auto add = [&](nlp::UnitKind kind, std::string_view text,
                 const TextRef& ref) {
    nlp::TextUnit& u = text_.units[k++];
    u.kind = kind;
    u.text = text;
    u.ref = ref;
    tokenizer_->TokenizeTo(text, &u.tokens);
    u.sentences = SplitSentences(u.tokens);
  };
  add(nlp::UnitKind::kTitle, a.title, a.title_ref);
  size_t next_sub = 0;
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    for (; next_sub < a.subheadings.size() &&
           a.subheadings[next_sub].before_paragraph <= i;
         ++next_sub) {
      add(nlp::UnitKind::kSubheading, a.subheadings[next_sub].text,
          a.subheadings[next_sub].ref);
    }
    add(nlp::UnitKind::kParagraph, a.paragraphs[i].text, a.paragraphs[i].ref);
  }
  for (; next_sub < a.subheadings.size(); ++next_sub) {
    add(nlp::UnitKind::kSubheading, a.subheadings[next_sub].text,
        a.subheadings[next_sub].ref);
  }
  if (a.source_ref) add(nlp::UnitKind::kSource, a.source, *a.source_ref);
  for (const Paragraph& line : a.tag_lines) {
    add(nlp::UnitKind::kTags, line.text, line.ref);
  }
  for (const Paragraph& link : a.links) {
    add(nlp::UnitKind::kLink, link.text, link.ref);
  }
  text_.units.resize(k);
}

void ArticleExtractor::Run(Article* a) {
  BuildUnits(*a);
  // Named entities, unit by unit.
  text_.mentions.clear();
  a->entities.clear();
  for (uint32_t ui = 0; ui < text_.units.size(); ++ui) {
    nlp::TextUnit& u = text_.units[ui];
    if (u.kind == nlp::UnitKind::kSource) {
      // The outlet a «المصدر:» line names is an organisation by definition.
      nlp::Mention m;
      m.unit = ui;
      m.first_token = 0;
      m.end_token = static_cast<uint32_t>(u.size());
      m.span = {0, static_cast<uint32_t>(u.text.size())};
      m.type = EntityType::kOrganization;
      text_.mentions.push_back(m);
      a->entities.push_back({"ORG", a->source, u.ref, 1.0f, -1});
      continue;
    }
    if (u.kind == nlp::UnitKind::kTags) continue;  // names only by matching
    for (const NerSpan& e : ner_->Tag(u.tokens)) {
      nlp::Mention m;
      m.unit = ui;
      m.first_token = e.first_token;
      m.end_token = e.end_token;
      m.span = e.span;
      m.type = e.type;
      text_.mentions.push_back(m);
      a->entities.push_back({EntityTypeName(e.type),
                             std::string(e.span.Of(u.text)), u.ToRef(e.span),
                             e.confidence, -1});
    }
  }
  nlp::SplitJoinedNames(&text_, &a->entities);
  nlp::FixNameClitics(&text_, &a->entities);
  nlp::ExtendCompoundNames(&text_, &a->entities);
  nlp::FindNamesAfterRoles(&text_, &a->entities);
  nlp::FindNamesAfterOffices(&text_, &a->entities);
  nlp::DropObjectWordsAfterNames(&text_, &a->entities);
  nlp::FindTabledNames(&text_, &a->entities);
  nlp::FindQuotedNames(&text_, &a->entities);
  nlp::JoinOutletsNamedToday(&text_, &a->entities);
  nlp::FindOrganisationPhrases(&text_, &a->entities);
  nlp::FindPlacesInContext(&text_, &a->entities);
  nlp::SplitBodyAndPlace(&text_, &a->entities);
  nlp::JoinCompassRegions(&text_, &a->entities);
  nlp::DropPlaceNationality(&text_, &a->entities);
  nlp::FindNamesGivenAsNames(&text_, &a->entities);
  nlp::ReadClubWordsAsFamilyNames(&text_, &a->entities);
  nlp::ReadQuotedBodiesAfterOffices(&text_, &a->entities);
  nlp::PropagateMentions(&text_, &a->entities, a->tags);
  nlp::DropClubWordsOutsideSport(&text_, &a->entities);
  nlp::DropGenericDescriptions(&text_, &a->entities);
  nlp::DropDescriptionsBeforeNames(&text_, &a->entities);
  nlp::DropPronounWords(&text_, &a->entities);
  linker_.Link(text_, a);
  // Latin forms for people and places (organisation names are mostly
  // words to translate, not names to transliterate).
  for (Entity& e : a->canonical) {
    if (e.type == "PER" || e.type == "LOC") e.latin = latin_.ToLatin(e.name);
  }

  // Day expressions and the reference day.
  std::vector<std::vector<nlp::DayExpression>> found(text_.units.size());
  std::vector<nlp::DayExpression> all;
  std::vector<std::vector<bool>> names(text_.units.size());
  for (size_t ui = 0; ui < text_.units.size(); ++ui) {
    names[ui].assign(text_.units[ui].size(), false);
  }
  for (const nlp::Mention& m : text_.mentions) {
    if (m.unit >= names.size()) continue;
    // An outlet called «اليوم» (quoted: «لـ«اليوم»») names only that
    // occurrence; elsewhere the word is still today («اليوم أول أيام
    // رمضان» in its headline).
    const nlp::TextUnit& mu = text_.units[m.unit];
    static const std::string* const kToday =
        new std::string(ner::NormalizeWord("اليوم"));
    if (m.end_token == m.first_token + 1 && m.first_token > 0 &&
        mu.Norm(m.first_token) == *kToday &&
        mu.tokens.tokens[m.first_token - 1].kind != TokenKind::kQuote) {
      continue;
    }
    std::vector<bool>& flags = names[m.unit];
    for (uint32_t t = m.first_token; t < m.end_token && t < flags.size(); ++t) {
      flags[t] = true;
    }
  }
  nlp::MarkOutletsNamedToday(text_.units, &names);
  for (size_t ui = 0; ui < text_.units.size(); ++ui) {
    if (text_.units[ui].kind == nlp::UnitKind::kSource ||
        text_.units[ui].kind == nlp::UnitKind::kTags) {
      continue;
    }
    found[ui] = nlp::FindDayExpressions(text_.units[ui], &names[ui]);
    all.insert(all.end(), found[ui].begin(), found[ui].end());
  }
  a->reference_date.reset();
  a->reference_basis.clear();
  // A dateline with its date opening the first paragraph («بورتسودان ١٢
  // أغسطس ٢٠٢٤ — أعلن …») names the day the article speaks from.
  std::optional<CivilDate> dateline;
  for (size_t ui = 0; ui < text_.units.size() && !dateline; ++ui) {
    if (text_.units[ui].kind != nlp::UnitKind::kParagraph) continue;
    dateline = nlp::DatelineDate(text_.units[ui], found[ui]);
    break;
  }
  // Or the date the text gives its «اليوم» («أعلنت …، اليوم الثلاثاء ١٩
  // ديسمبر ٢٠٢٣، …»).
  for (size_t ui = 0; ui < text_.units.size() && !dateline; ++ui) {
    if (text_.units[ui].kind != nlp::UnitKind::kParagraph &&
        text_.units[ui].kind != nlp::UnitKind::kTitle) {
      continue;
    }
    dateline = nlp::TodaysDate(text_.units[ui], found[ui]);
  }
  // A related article's agency dateline without a year: the latest such
  // day not after the page's.
  if (!dateline && a->page_date) {
    for (size_t ui = 0; ui < text_.units.size(); ++ui) {
      if (text_.units[ui].kind != nlp::UnitKind::kParagraph) continue;
      const auto [month, day] =
          nlp::YearlessDateline(text_.units[ui], found[ui]);
      if (month > 0) {
        for (int y = a->page_date->year; y >= a->page_date->year - 1; --y) {
          const CivilDate d{y, month, day};
          const std::chrono::year_month_day ymd{std::chrono::year(y),
                                                std::chrono::month(month),
                                                std::chrono::day(day)};
          if (ymd.ok() && !(*a->page_date < d)) {
            dateline = d;
            break;
          }
        }
      }
      break;
    }
  }
  if (a->published) {
    a->reference_date = a->published;
    a->reference_basis = "published";
  } else if (dateline) {
    a->reference_date = dateline;
    a->reference_basis = "text";
  } else if (a->crawled) {
    a->reference_date =
        nlp::InferReference(all, *a->crawled, &a->reference_basis);
  }
  a->dates.clear();
  std::vector<std::vector<nlp::DateRef>> dates_by_unit(text_.units.size());
  std::vector<nlp::DayOrigin> origins;
  std::vector<std::vector<std::optional<CivilDate>>> resolved(
      text_.units.size());
  for (size_t ui = 0; ui < text_.units.size(); ++ui) {
    resolved[ui] = nlp::ResolveDays(found[ui], a->reference_date);
  }
  // «فاتح شهر ذي الحجة يوم السبت 3 غشت», «يوم عرفة سيصادف الأحد 11
  // غشت»: where the text gives a Hijri day's Gregorian date, its country's
  // sighting decides every Hijri day it names («يوم العيد» after it).
  {
    // (The first day the text fixes decides: a second country's sighting
    // later in the article does not move the first.)
    int shift = 0;
    for (size_t ui = 0; ui < text_.units.size(); ++ui) {
      if (const std::optional<int> s =
              nlp::HijriShift(text_.units[ui], found[ui], resolved[ui])) {
        shift = *s;
        break;
      }
    }
    for (size_t ui = 0; ui < text_.units.size(); ++ui) {
      // A day the text fixes is that day («وفي بلد آخر … يوم الجمعة 2
      // غشت هو فاتح شهر ذي الحجة» after another country's Saturday).
      const std::vector<std::pair<size_t, size_t>> anchors =
          nlp::HijriAnchors(text_.units[ui], found[ui], resolved[ui]);
      for (size_t di = 0; shift != 0 && di < found[ui].size(); ++di) {
        if (nlp::IsHijriReckoned(found[ui][di]) && resolved[ui][di]) {
          resolved[ui][di] = nlp::AddDays(*resolved[ui][di], shift);
        }
      }
      for (const auto& [hi, gi] : anchors) resolved[ui][hi] = resolved[ui][gi];
    }
  }
  // «صباح اليوم ذاته», «29 من الشهر ذاته»: the day, or the month, the
  // text named last.
  {
    std::optional<CivilDate> last;
    // «وصل … مساء الأربعاء، تلبية لمقترح طرحه بوتين فجر الأحد الماضي. وفي
    // اليوم التالي»: a day marked «الماضي» looks back from the story; the
    // day after goes on from the latest day the paragraph named.
    bool last_looks_back = false;
    std::optional<CivilDate> unit_latest;
    for (size_t ui = 0; ui < text_.units.size(); ++ui) {
      unit_latest.reset();
      for (size_t di = 0; di < found[ui].size(); ++di) {
        const nlp::DayExpression& e = found[ui][di];
        if (e.same_as_before && e.days_after_before > 0 && last &&
            last_looks_back && unit_latest && *last < *unit_latest) {
          resolved[ui][di] = nlp::AddDays(*unit_latest, e.days_after_before);
          last = resolved[ui][di];
          last_looks_back = false;
          unit_latest = last;
          continue;
        }
        if (e.same_as_before && e.day > 0 && last) {
          // «في 29 من الشهر ذاته»: that day of the month named last.
          const std::chrono::year_month_day ymd{std::chrono::year(last->year),
                                                std::chrono::month(last->month),
                                                std::chrono::day(e.day)};
          resolved[ui][di] = ymd.ok() ? std::optional<CivilDate>(CivilDate{
                                            last->year, last->month, e.day})
                                      : std::nullopt;
        } else if (e.same_as_before) {
          resolved[ui][di] = last && e.days_after_before != 0
                                 ? std::optional<CivilDate>(
                                       nlp::AddDays(*last, e.days_after_before))
                                 : last;
        }
        if (resolved[ui][di]) {
          last = resolved[ui][di];
          last_looks_back = e.strictly_past;
          if (!unit_latest || *unit_latest < *last) unit_latest = last;
        }
      }
    }
  }
  // «أمس السبت … عند هبوط طائرة الرئيس السبت وإقلاعها الأحد»: a weekday
  // alone that the article has already named with its day («أمس السبت»,
  // «اليوم الأحد», or the day the text says it was written) is that day,
  // not the same weekday a week off.
  {
    std::vector<std::optional<CivilDate>> named(7);
    if (a->reference_date &&
        (a->reference_basis == "text" || a->reference_basis == "published")) {
      named[nlp::Weekday(*a->reference_date)] = a->reference_date;
    }
    for (size_t ui = 0; ui < text_.units.size(); ++ui) {
      const nlp::TextUnit& u = text_.units[ui];
      for (size_t di = 0; di < found[ui].size(); ++di) {
        const nlp::DayExpression& e = found[ui][di];
        std::optional<CivilDate>& value = resolved[ui][di];
        if (e.weekday < 0 || !value) continue;
        if (e.has_offset || e.is_today || e.is_yesterday || e.is_tomorrow) {
          named[e.weekday] = value;
          continue;
        }
        // Only the weekday word itself («السبت», «يوم السبت», «مساء
        // السبت»), no «المقبل/الماضي» of its own.
        const bool alone =
            e.kind == TimeExpression::Kind::kWeekday && !e.strictly_past &&
            e.weeks_back == 0 && e.anchor < 0 && e.end_token > e.first_token &&
            nlp::WeekdayNamed(u.Norm(e.end_token - 1)) == e.weekday;
        const std::optional<CivilDate>& n = named[e.weekday];
        if (alone && n &&
            (nlp::AddDays(*n, 7) == *value || nlp::AddDays(*n, -7) == *value)) {
          value = n;
        }
      }
    }
  }
  for (size_t ui = 0; ui < text_.units.size(); ++ui) {
    const nlp::TextUnit& u = text_.units[ui];
    const std::vector<std::optional<CivilDate>>& values = resolved[ui];
    for (size_t di = 0; di < found[ui].size(); ++di) {
      const nlp::DayExpression& e = found[ui][di];
      TimeExpression t;
      t.kind = e.kind;
      t.text = std::string(e.span.Of(u.text));
      t.ref = u.ToRef(e.span);
      t.value = values[di];
      t.weekday = e.weekday;
      if (t.weekday < 0 && t.value &&
          e.kind != TimeExpression::Kind::kAbsolute) {
        t.weekday = nlp::Weekday(*t.value);
      }
      dates_by_unit[ui].push_back(
          {e.first_token, e.end_token, static_cast<int32_t>(a->dates.size())});
      a->dates.push_back(std::move(t));
      origins.push_back({static_cast<uint32_t>(ui), static_cast<uint32_t>(di)});
    }
  }

  // A headline sums the body up: a bare weekday in it («شهب الغوليات تنير
  // السماء مع بزوغ فجر الخميس») is the day the body gives that weekday
  // («… مع بزوغ فجر الخميس المقبل»).
  {
    const TextRef& title = a->title_ref;
    auto in_title = [&title](const TimeExpression& t) {
      return t.ref.field == title.field &&
             t.ref.span.begin >= title.span.begin &&
             t.ref.span.end <= title.span.end;
    };
    for (TimeExpression& h : a->dates) {
      if (!in_title(h) || h.kind != TimeExpression::Kind::kWeekday ||
          h.weekday < 0 || h.text.find(' ') != std::string::npos) {
        continue;
      }
      for (const TimeExpression& b : a->dates) {
        if (in_title(b) || !b.value || b.weekday != h.weekday ||
            b.kind == TimeExpression::Kind::kAbsolute) {
          continue;
        }
        h.value = b.value;
        break;
      }
    }
  }

  // The page's date line («تاريخ النشر: 5th, November 2024», «18-06-2024 |
  // 14:20») is a day the text names too.
  if (a->published && a->published_ref && !a->published_date_text.empty()) {
    TimeExpression t;
    t.kind = TimeExpression::Kind::kAbsolute;
    t.text = a->published_date_text;
    t.ref = *a->published_ref;
    t.value = a->published;
    a->dates.push_back(std::move(t));
    // «الأربعاء 14 ربيع الآخر 1441هـ - 11 ديسمبر 2019م»: the line's other
    // calendar names the day too.
    const size_t at = a->published_text.find(a->published_date_text);
    if (at != std::string::npos) {
      const size_t rest = at + a->published_date_text.size();
      const std::string_view tail =
          std::string_view(a->published_text).substr(rest);
      if (std::optional<FoundDate> d = FindDate(tail)) {
        const uint32_t base =
            a->published_ref->span.begin - static_cast<uint32_t>(at);
        TimeExpression other;
        other.kind = TimeExpression::Kind::kAbsolute;
        other.text = std::string(d->span.Of(tail));
        other.ref = TextRef{a->published_ref->field,
                            {base + static_cast<uint32_t>(rest) + d->span.begin,
                             base + static_cast<uint32_t>(rest) + d->span.end}};
        other.value = d->date;
        a->dates.push_back(std::move(other));
      }
    }
  }

  a->quotes.clear();
  nlp::ExtractQuotes(text_, dates_by_unit, a);
  nlp::ReanchorQuotedDays(text_.units, found, origins, a);
  a->interactions.clear();
  nlp::ExtractInteractions(text_, dates_by_unit, a);

  RankTags(a);
}

void ArticleExtractor::RankTags(Article* a) {
  // Ranked tags: the article's most salient entities, the outlet aside,
  // then key terms.
  std::vector<size_t> order;
  for (size_t i = 0; i < a->canonical.size(); ++i) {
    const Entity& e = a->canonical[i];
    if (!a->source.empty() && e.name == a->source) continue;
    order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return a->canonical[x].salience > a->canonical[y].salience;
  });
  a->ranked_tags.clear();
  for (size_t i : order) {
    if (a->ranked_tags.size() >= options_.max_ranked_tags) break;
    if (a->canonical[i].salience < 0.2f && a->ranked_tags.size() >= 3) break;
    a->ranked_tags.push_back(a->canonical[i].name);
  }
  // Key terms: the title's content words (not names, not stopwords) that
  // the body repeats, by how often; shown as the title writes them without
  // proclitics. Words of the same stem are one term.
  if (text_.units.empty()) return;
  const nlp::TextUnit& title = text_.units[0];
  absl::flat_hash_map<std::string, int> body_count;
  for (size_t ui = 1; ui < text_.units.size(); ++ui) {
    const nlp::TextUnit& u = text_.units[ui];
    for (uint32_t t = 0; t < u.size(); ++t) {
      if (u.tokens.tokens[t].kind != TokenKind::kArabicWord) continue;
      ++body_count[std::string(stemmer_.Stem(u.Norm(t)))];
    }
  }
  std::vector<bool> in_name(title.size(), false);
  for (const nlp::Mention& m : text_.mentions) {
    if (m.unit != 0) continue;
    for (uint32_t t = m.first_token; t < m.end_token && t < in_name.size();
         ++t) {
      in_name[t] = true;
    }
  }
  struct Term {
    std::string text;
    std::string stem;
    int count;
    uint32_t position;
  };
  std::vector<Term> terms;
  for (uint32_t t = 0; t < title.size(); ++t) {
    if (title.tokens.tokens[t].kind != TokenKind::kArabicWord || in_name[t]) {
      continue;
    }
    const std::string_view norm = title.Norm(t);
    if (nlp::IsStopword(norm) || nlp::Letters(norm) < 3) continue;
    std::string stem(stemmer_.Stem(norm));
    if (nlp::Letters(stem) < 3 || nlp::IsStopword(stem)) continue;
    auto it = body_count.find(stem);
    if (it == body_count.end() || it->second < options_.min_term_repeats) {
      continue;
    }
    bool seen = false;
    for (const Term& x : terms) seen |= x.stem == stem;
    if (seen) continue;
    const Token& tok = title.tokens.tokens[t];
    std::string_view orig = tok.span.Of(title.text);
    orig.remove_prefix(nlp::SkipLetters(orig, nlp::ProcliticLetters(norm)));
    terms.push_back({std::string(orig), stem, it->second, t});
  }
  std::stable_sort(
      terms.begin(), terms.end(),
      [](const Term& x, const Term& y) { return x.count > y.count; });
  size_t added = 0;
  for (const Term& term : terms) {
    if (added >= options_.max_key_terms ||
        a->ranked_tags.size() >=
            options_.max_ranked_tags + options_.max_key_terms) {
      break;
    }
    if (std::find(a->ranked_tags.begin(), a->ranked_tags.end(), term.text) !=
        a->ranked_tags.end()) {
      continue;
    }
    a->ranked_tags.push_back(term.text);
    ++added;
  }
}

}  // namespace marsad
