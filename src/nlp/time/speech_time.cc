#include "nlp/time/speech_time.h"

#include <string_view>

namespace marsad::nlp {
namespace {

bool Contains(const TextRef& outer, const TextRef& inner) {
  return outer.field == inner.field && inner.span.begin >= outer.span.begin &&
         inner.span.end <= outer.span.end;
}

// True when byte `at` of `text` lies inside quotation marks opened earlier
// in the same text: «…», “…” (nesting counted) or a pair of straight ".
bool InsideMarks(std::string_view text, size_t at) {
  static constexpr std::string_view kOpen[] = {"«", "“"};
  static constexpr std::string_view kClose[] = {"»", "”"};
  int depth = 0;
  bool straight = false;
  for (size_t i = 0; i < at && i < text.size();) {
    bool matched = false;
    for (int k = 0; k < 2 && !matched; ++k) {
      if (text.substr(i, kOpen[k].size()) == kOpen[k]) {
        ++depth;
        i += kOpen[k].size();
        matched = true;
      } else if (text.substr(i, kClose[k].size()) == kClose[k]) {
        if (depth > 0) --depth;
        i += kClose[k].size();
        matched = true;
      }
    }
    if (matched) continue;
    if (text[i] == '"') straight = !straight;
    ++i;
  }
  return depth > 0 || straight;
}

// «بحسب», «وفقا لـ», «نقلا عن»: an attribution to a source, not a verb of
// saying, so a day near it dates the reported event, not the statement.
bool IsSourceCue(std::string_view cue) {
  auto starts = [](std::string_view w) {
    for (std::string_view p : {"حسب", "وفق", "طبق", "نقل"}) {
      if (w.substr(0, p.size()) == p) return true;
    }
    return false;
  };
  if (starts(cue)) return true;
  for (std::string_view p : {"و", "ب", "ل"}) {
    if (cue.substr(0, p.size()) == p) {
      cue.remove_prefix(p.size());
      if (starts(cue)) return true;
    }
  }
  return false;
}

}  // namespace

void ReanchorQuotedDays(const std::vector<TextUnit>& units,
                        const std::vector<std::vector<DayExpression>>& found,
                        const std::vector<DayOrigin>& origins,
                        Article* article) {
  std::vector<TimeExpression>& dates = article->dates;
  for (const Quote& q : article->quotes) {
    if (q.date < 0 || static_cast<size_t>(q.date) >= dates.size()) continue;
    if (q.cue.empty() || IsSourceCue(q.cue)) continue;
    const TimeExpression& said = dates[q.date];
    if (!said.value || said.value == article->reference_date) continue;
    // The day must come from the attribution, not from the statement.
    if (Contains(q.ref, said.ref)) continue;
    for (size_t i = 0; i < dates.size() && i < origins.size(); ++i) {
      TimeExpression& t = dates[i];
      if (t.kind == TimeExpression::Kind::kAbsolute) continue;
      if (!Contains(q.ref, t.ref)) continue;
      const DayOrigin& o = origins[i];
      if (o.unit >= units.size() || o.unit >= found.size() ||
          o.index >= found[o.unit].size()) {
        continue;
      }
      const DayExpression& e = found[o.unit][o.index];
      if (e.anchor >= 0) continue;  // placed by another day, not by "now"
      if (q.kind != Quote::Kind::kDirect &&
          !InsideMarks(units[o.unit].text, e.span.begin)) {
        continue;
      }
      t.value = ResolveDay(e, said.value);
      if (t.value && t.weekday < 0) t.weekday = Weekday(*t.value);
    }
  }
  // «أعلن الجيش السوداني، السبت، استعادة … وقال المتحدث في بيان: "دخلت
  // قواتنا صباح اليوم …"»: a quotation that names no day of its own says
  // «اليوم» on the day of the event the article reported just before it,
  // when that was a day or two before the reference.
  if (!article->reference_date) return;
  const CivilDate ref = *article->reference_date;
  for (const Quote& q : article->quotes) {
    if (q.date >= 0 || q.cue.empty() || IsSourceCue(q.cue)) continue;
    // The last day told before the quotation, outside any quotation.
    const TimeExpression* event = nullptr;
    for (const TimeExpression& t : dates) {
      if (t.ref.field != q.ref.field || t.ref.span.end > q.ref.span.begin ||
          !t.value || t.kind == TimeExpression::Kind::kAbsolute) {
        continue;
      }
      bool quoted = false;
      for (const Quote& o : article->quotes) quoted |= Contains(o.ref, t.ref);
      if (quoted) continue;
      if (event == nullptr || t.ref.span.begin > event->ref.span.begin) {
        event = &t;
      }
    }
    if (event == nullptr || !(*event->value < ref) ||
        *event->value < AddDays(ref, -2)) {
      continue;
    }
    for (size_t i = 0; i < dates.size() && i < origins.size(); ++i) {
      TimeExpression& t = dates[i];
      if (t.kind == TimeExpression::Kind::kAbsolute ||
          !Contains(q.ref, t.ref)) {
        continue;
      }
      const DayOrigin& o = origins[i];
      if (o.unit >= units.size() || o.unit >= found.size() ||
          o.index >= found[o.unit].size()) {
        continue;
      }
      const DayExpression& e = found[o.unit][o.index];
      if (!e.is_today || e.weekday >= 0 || !e.has_offset ||
          e.offset_days != 0 || e.anchor >= 0) {
        continue;
      }
      if (q.kind != Quote::Kind::kDirect &&
          !InsideMarks(units[o.unit].text, e.span.begin)) {
        continue;
      }
      t.value = event->value;
      t.weekday = Weekday(*t.value);
    }
  }
}

}  // namespace marsad::nlp
