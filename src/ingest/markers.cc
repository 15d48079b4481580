#include "ingest/markers.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "base/utf8.h"

namespace marsad {
namespace {

// Labels as sites write them; matched after search normalisation, so hamza,
// tanween and alef variants need not be listed twice.
struct RawLabel {
  const char* text;
  LineKind kind;
};
constexpr RawLabel kLabels[] = {
    {"إقرأ أيضاً", LineKind::kRelated},
    {"اقرأ المزيد", LineKind::kRelated},
    {"اقرأ كذلك", LineKind::kRelated},
    {"طالع أيضا", LineKind::kRelated},
    {"شاهد أيضا", LineKind::kRelated},
    {"اقرأ أيضا في", LineKind::kRelated},
    {"قد يهمك أيضا", LineKind::kRelated},
    {"قد يهمك", LineKind::kRelated},
    {"مواضيع ذات صلة", LineKind::kRelated},
    {"أخبار ذات صلة", LineKind::kRelated},
    {"مقالات ذات صلة", LineKind::kRelated},
    {"ذات صلة", LineKind::kRelated},
    {"Read also", LineKind::kRelated},
    {"Related", LineKind::kRelated},
    {"المصدر", LineKind::kSource},
    {"مصدر الخبر", LineKind::kSource},
    {"المصدر الأصلي", LineKind::kSource},
    {"Source", LineKind::kSource},
    {"كلمات دلالية", LineKind::kTags},
    {"الكلمات الدلالية", LineKind::kTags},
    {"كلمات مفتاحية", LineKind::kTags},
    {"الكلمات المفتاحية", LineKind::kTags},
    {"وسوم", LineKind::kTags},
    {"الوسوم", LineKind::kTags},
    {"الأوسمة", LineKind::kTags},
    {"Tags", LineKind::kTags},
    {"تاريخ النشر", LineKind::kDate},
    {"نشر بتاريخ", LineKind::kDate},
    {"نشر في", LineKind::kDate},
    {"تم النشر", LineKind::kDate},
    {"تاريخ الخبر", LineKind::kDate},
    {"التاريخ", LineKind::kDate},
    {"تاريخ", LineKind::kDate},
    {"آخر تحديث", LineKind::kDate},
    {"تاريخ التحديث", LineKind::kDate},
    {"Published", LineKind::kDate},
    {"Date", LineKind::kDate},
    {"كتب", LineKind::kAuthor},
    {"بقلم", LineKind::kAuthor},
    {"الكاتب", LineKind::kAuthor},
    {"كتبه", LineKind::kAuthor},
    {"By", LineKind::kAuthor},
    {"الرابط", LineKind::kUrl},
    {"رابط الخبر", LineKind::kUrl},
    {"الرابط المختصر", LineKind::kUrl},
    {"URL", LineKind::kUrl},
    {"شارك", LineKind::kShare},
    {"شارك الخبر", LineKind::kShare},
    {"شارك المقال", LineKind::kShare},
    {"شاركها", LineKind::kShare},
    {"مشاركة", LineKind::kShare},
    {"انشر", LineKind::kShare},
    {"Share", LineKind::kShare},
};

// The buttons of a share bar («فيسبوك تويتر واتساب», «نسخ الرابط»).
bool IsShareButton(std::string_view word) {
  static constexpr std::string_view kButtons[] = {
      "فيسبوك",  "فيس",      "بوك",      "تويتر",    "واتساب",   "واتس",
      "اب",      "تلغرام",   "تيليجرام", "تليجرام",  "لينكدإن",  "لينكد",
      "إن",      "إكس",      "X",        "انستغرام", "إنستغرام", "ماسنجر",
      "نسخ",     "الرابط",   "طباعة",    "البريد",   "بريد",     "Facebook",
      "Twitter", "WhatsApp", "Telegram", "LinkedIn", "Email",    "Print",
      "|",       "-",        "•",        "·",        "،",        "شارك",
      "مشاركة"};
  for (std::string_view b : kButtons) {
    if (word == b) return true;
  }
  return false;
}

// Labels are short: a longer prefix before ':' is ordinary text.
constexpr size_t kMaxLabelBytes = 64;

bool IsSpaceLike(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' ||
         c == '\f' || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200F) || c == 0x2028 || c == 0x2029 ||
         c == 0x202A || c == 0x202B || c == 0x202C || c == 0x202D ||
         c == 0x202E || c == 0x202F || c == 0x205F || c == 0x2066 ||
         c == 0x2067 || c == 0x2068 || c == 0x2069 || c == 0x3000 ||
         c == 0xFEFF || c == 0x061C;
}

bool IsUrl(std::string_view s) {
  return (s.starts_with("http://") || s.starts_with("https://") ||
          s.starts_with("www.")) &&
         s.find(' ') == std::string_view::npos;
}

}  // namespace

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty()) {
    size_t i = 0;
    char32_t c = utf8::Decode(s, &i);
    if (!IsSpaceLike(c)) break;
    s.remove_prefix(i);
  }
  while (!s.empty()) {
    size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
      --start;
    size_t i = start;
    char32_t c = utf8::Decode(s, &i);
    if (!IsSpaceLike(c)) break;
    s.remove_suffix(s.size() - start);
  }
  return s;
}

MarkerTable::MarkerTable(const Normalizer* normalizer)
    : normalizer_(normalizer) {
  for (const RawLabel& l : kLabels) {
    labels_.push_back({normalizer_->NormalizeString(l.text), l.kind});
  }
}

std::optional<LineKind> MarkerTable::MatchLabel(std::string_view label) const {
  label = TrimSpace(label);
  if (label.empty() || label.size() > kMaxLabelBytes) return std::nullopt;
  std::string key = normalizer_->NormalizeString(label);
  // Drop trailing punctuation some sites put before the colon.
  while (!key.empty() && (key.back() == '.' || key.back() == '-' ||
                          key.back() == ' ' || key.back() == '|')) {
    key.pop_back();
  }
  for (const Label& l : labels_) {
    if (l.key == key) return l.kind;
  }
  return std::nullopt;
}

namespace {

// Runs of non-spaces in `text`.
int SpaceSeparatedWords(std::string_view text) {
  int words = 0;
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && text[i] == ' ') ++i;
    if (i < text.size()) ++words;
    while (i < text.size() && text[i] != ' ') ++i;
  }
  return words;
}

// True when `tail` is a time of day and nothing more: «09:12 ص بتوقيت
// غرينتش», «- 14:20», «06:40 م», «10:30 GMT», or only its zone
// («بتوقيت غرينتش» after a date that took the clock).
bool IsTimeOfDay(std::string_view tail) {
  auto skip_spaces = [&] {
    while (!tail.empty() && (tail.front() == ' ' || tail.front() == ',' ||
                             tail.front() == '-' || tail.front() == '|')) {
      tail.remove_prefix(1);
    }
    if (tail.starts_with("،")) tail.remove_prefix(std::string_view("،").size());
    while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
  };
  auto digits = [&] {
    size_t k = 0;
    while (k < tail.size() && k < 2 && tail[k] >= '0' && tail[k] <= '9') ++k;
    tail.remove_prefix(k);
    return k > 0;
  };
  skip_spaces();
  // The clock (FindDate may have taken it already: then the zone is left).
  if (digits()) {
    if (!tail.starts_with(":")) return false;
    tail.remove_prefix(1);
    if (!digits()) return false;
    if (tail.starts_with(":")) {  // seconds
      tail.remove_prefix(1);
      digits();
    }
  }
  while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
  for (std::string_view half :
       {"صباحاً", "صباحا", "مساءً", "مساء", "ص", "م", "AM", "PM", "am", "pm"}) {
    if (tail.starts_with(half) &&
        (tail.size() == half.size() || tail[half.size()] == ' ')) {
      tail.remove_prefix(half.size());
      break;
    }
  }
  while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
  if (tail.starts_with("بتوقيت")) {
    // «بتوقيت غرينتش», «بتوقيت مكة المكرمة»: at most three words.
    const int words = SpaceSeparatedWords(tail);
    return words <= 4;
  }
  for (std::string_view zone : {"GMT", "UTC", "(GMT)", "(UTC)"}) {
    if (tail.starts_with(zone)) tail.remove_prefix(zone.size());
  }
  while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
  return tail.empty();
}

}  // namespace

LineClass MarkerTable::Classify(std::string_view line) const {
  LineClass out;
  line = TrimSpace(line);
  if (line.empty()) return out;

  // "Label: value" (ASCII or full-width colon).
  size_t colon = line.find(':');
  size_t colon_len = 1;
  size_t fw = line.find("\xEF\xBC\x9A");  // U+FF1A
  if (fw != std::string_view::npos && fw < colon) {
    colon = fw;
    colon_len = 3;
  }
  std::optional<LineKind> kind;
  std::string_view value;
  if (colon != std::string_view::npos && colon <= kMaxLabelBytes) {
    kind = MatchLabel(line.substr(0, colon));
    if (kind) value = TrimSpace(line.substr(colon + colon_len));
  }
  if (!kind) {
    // "Label - value" with a dash instead of a colon («المصدر - وكالات»).
    for (std::string_view dash : {" - ", " \u2013 ", " \u2014 "}) {
      size_t at = line.find(dash);
      if (at == std::string_view::npos || at > kMaxLabelBytes) continue;
      std::optional<LineKind> k = MatchLabel(line.substr(0, at));
      if (k && *k != LineKind::kRelated) {
        kind = k;
        value = TrimSpace(line.substr(at + dash.size()));
      }
      break;
    }
  }
  if (!kind) {
    // Markers without a colon: «إقرأ أيضاً» alone on its line.
    std::optional<LineKind> whole = MatchLabel(line);
    if (whole == LineKind::kRelated || whole == LineKind::kTags ||
        whole == LineKind::kShare) {
      kind = whole;
    }
  }
  if (!kind && line.size() <= 160) {
    // A bar of share buttons: two or more of them and nothing else.
    int buttons = 0;
    bool only = true;
    size_t i = 0;
    while (i < line.size() && only) {
      while (i < line.size() && line[i] == ' ') ++i;
      size_t j = line.find(' ', i);
      if (j == std::string_view::npos) j = line.size();
      if (j > i) {
        only = IsShareButton(line.substr(i, j - i));
        buttons += only;
      }
      i = j;
    }
    if (only && buttons >= 2) kind = LineKind::kShare;
  }
  if (kind) {
    out.kind = *kind;
    out.value = value;
    if (*kind == LineKind::kDate) out.date = FindDate(value);
    if (*kind == LineKind::kSource && IsUrl(value)) out.kind = LineKind::kUrl;
    return out;
  }
  if (IsUrl(line)) {
    out.kind = LineKind::kUrl;
    out.value = line;
    return out;
  }
  // A short line that is nothing but a date (and a weekday or "GMT"), or
  // the same day in both calendars: «الأحد 23 ربيع الأول 1445 هـ الموافق
  // 8 أكتوبر 2023 م». The first date written is the one reported.
  if (line.size() <= 160) {
    if (std::optional<FoundDate> d = FindDate(line)) {
      size_t covered = d->span.size();
      if (std::optional<FoundDate> second =
              FindDate(line.substr(d->span.end))) {
        if (second->date == d->date) covered += second->span.size();
      }
      size_t rest = line.size() - covered;
      // «رووداو ديجيتال - 15-12-2021», «الرياض | 18-06-2024»: a byline or
      // a place, a dash or a bar, then the date ending the line.
      bool byline = false;
      if (rest > 24 && d->span.end == line.size() && d->span.begin > 0) {
        std::string_view head = line.substr(0, d->span.begin);
        while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
        for (std::string_view sep : {"-", "–", "|"}) {
          if (!head.ends_with(sep)) continue;
          head.remove_suffix(sep.size());
          const int words = SpaceSeparatedWords(head);
          byline =
              words >= 1 && words <= 4 &&
              head.find_first_of("0123456789.:,") == std::string_view::npos &&
              head.find("،") == std::string_view::npos;
          break;
        }
      }
      // «الجمعة، 06 ديسمبر 2024 09:12 ص بتوقيت غرينتش», «22 ديسمبر 2024
      // 06:40 م»: the date, then the time of day and its zone.
      bool timed = false;
      if (rest > 24 && d->span.begin <= 24) {
        timed = IsTimeOfDay(line.substr(d->span.end));
      }
      if (rest <= 24 || byline || timed) {
        out.kind = LineKind::kDate;
        out.value = line;
        out.date = d;
      }
    }
  }
  return out;
}

}  // namespace marsad
