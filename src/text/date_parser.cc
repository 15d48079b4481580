// Absolute-date finder: a small lexer (numbers, folded words, punctuation)
// over the first kMaxScanBytes of the line, then a handful of token patterns
// tried at every token, leftmost match wins.
//
// Choices worth knowing:
//  * Numeric d/m/y is read in European order (08/10/2023 = 8 October): Arabic
//    outlets write it that way. Only when the middle number cannot be a month
//    (10/25/2023) is it read as month/day/year.
//  * A numeric date whose year lies in the Hijri range (1300..1500) is
//    Hijri, with or without the هـ marker (١٤٤٥/٣/٢٣هـ, «18-9-1436» in Saudi
//    copy): no Gregorian year that early is read. A named Hijri month
//    (٢٣ ربيع الأول ١٤٤٥) needs no marker either.
//  * Two-digit years are never accepted (08/10/23 is ambiguous).
//  * The span starts at a leading weekday and extends over the era marker
//    (هـ, م), a following clock time and a time zone ("GMT", "Z", "+03:00").
#include "marsad/date_parser.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "unicode/calendar.h"
#include "unicode/locid.h"
#include "unicode/timezone.h"
#include "unicode/utypes.h"

namespace marsad {

std::string CivilDate::ToIso() const {
  char buf[48];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  return buf;
}

namespace {

// Only this many leading bytes of the argument are scanned: dates sit near
// the start of a date line, and the cap bounds the work on huge lines.
constexpr size_t kMaxScanBytes = 16 * 1024;

constexpr int kMinGregorianYear = 1900;
constexpr int kMaxGregorianYear = 2100;
constexpr int kMinHijriYear = 1300;
constexpr int kMaxHijriYear = 1500;

// ---------------------------------------------------------------------------
// Character classes and folding.

bool IsSpace(char32_t c) {
  return c <= 0x20 || c == 0x7F || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

// Invisible format characters that pages sprinkle inside dates (bidi marks
// around digits, ZWJ after هـ): skipped without separating tokens.
bool IsIgnorable(char32_t c) {
  return c == 0x061C || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0xFEFF || c == 0x00AD;
}

int DigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0x0660 && c <= 0x0669) return static_cast<int>(c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return static_cast<int>(c - 0x06F0);
  return -1;
}

bool IsAsciiLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsArabicLetter(char32_t c) {
  return (c >= 0x0620 && c <= 0x064A) || c == 0x066E || c == 0x066F ||
         (c >= 0x0671 && c <= 0x06D3) || c == 0x06D5 || c == 0x06EE ||
         c == 0x06EF || (c >= 0x06FA && c <= 0x06FC) || c == 0x06FF;
}

// Harakat, Quranic marks, superscript alef and tatweel: part of a word,
// dropped when folding (تشرينُ الأوَّل, هـ).
bool IsArabicMark(char32_t c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) ||
         c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640;
}

// The accented Latin letters of French month and weekday names («août»,
// «décembre»), folded to their bare letter.
char FoldLatinAccent(char32_t c) {
  if (c < 0xC0 || c > 0xFF || c == 0xD7 || c == 0xF7) return 0;
  if (c >= 0xE0) c -= 0x20;  // lower → upper
  if (c <= 0xC5) return 'a';
  if (c == 0xC7) return 'c';
  if (c >= 0xC8 && c <= 0xCB) return 'e';
  if (c >= 0xCC && c <= 0xCF) return 'i';
  if (c >= 0xD2 && c <= 0xD6) return 'o';
  if (c >= 0xD9 && c <= 0xDC) return 'u';
  return 0;
}

bool IsWordChar(char32_t c) {
  return IsAsciiLetter(c) || IsArabicLetter(c) || IsArabicMark(c) ||
         FoldLatinAccent(c) != 0;
}

// Appends the folded form of one word character: ASCII lower case; Arabic
// without marks, with أ إ آ ٱ → ا, ى ی → ي, ة ە → ه, ک → ك, ڤ → ف.
void AppendFolded(char32_t c, std::string* out) {
  if (c >= 'A' && c <= 'Z') {
    out->push_back(static_cast<char>(c - 'A' + 'a'));
    return;
  }
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
    return;
  }
  if (const char bare = FoldLatinAccent(c); bare != 0) {
    out->push_back(bare);
    return;
  }
  if (IsArabicMark(c)) return;
  switch (c) {
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671:
    case 0x0672:
    case 0x0673:
      c = 0x0627;
      break;
    case 0x0649:
    case 0x06CC:
      c = 0x064A;
      break;
    case 0x0629:
    case 0x06D5:
    case 0x06C1:
      c = 0x0647;
      break;
    case 0x06A9:
      c = 0x0643;
      break;
    case 0x06A4:
      c = 0x0641;
      break;
    default:
      break;
  }
  utf8::Append(c, out);
}

// Maps the many dashes, slashes and commas onto their ASCII forms.
char32_t NormalizePunct(char32_t c) {
  if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63 || c == 0xFF0D)
    return '-';
  if (c == 0x2044 || c == 0x2215 || c == 0xFF0F) return '/';
  if (c == 0x060C || c == 0xFF0C || c == 0x201A) return ',';
  if (c == 0x06D4 || c == 0xFF0E) return '.';
  if (c == 0xFF1A) return ':';
  return c;
}

// Folds a lexicon entry exactly as the lexer folds words (spaces kept).
std::string FoldEntry(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = utf8::Decode(s, &i);
    if (c == ' ') {
      out.push_back(' ');
    } else if (IsWordChar(c)) {
      AppendFolded(c, &out);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Lexicon.

struct MonthName {
  std::string folded;
  int month;
  bool hijri;
};

class FoldedSet {
 public:
  FoldedSet(std::initializer_list<const char*> words) {
    for (const char* w : words) words_.push_back(FoldEntry(w));
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
  }
  bool Contains(std::string_view w) const {
    return std::binary_search(words_.begin(), words_.end(), w, std::less<>());
  }

 private:
  std::vector<std::string> words_;
};

struct Lexicon {
  std::vector<MonthName> months;  // sorted by folded
  FoldedSet month_first_words{"تشرين", "كانون", "ربيع", "جمادى",
                              "جمادي", "ذو",    "ذي",   "ذى"};
  FoldedSet weekdays{
      "الأحد", "أحد", "الاثنين", "الإثنين", "اثنين", "الثلاثاء", "ثلاثاء",
      "الأربعاء", "أربعاء", "الخميس", "خميس", "الجمعة", "جمعة", "السبت", "سبت",
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
      "fri", "sat",
      // French (Maghrebi sites' date lines: «Publié le: Samedi 19 Avril
      // 2025»).
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
  FoldedSet ordinals{"st", "nd", "rd", "th"};
  // Between the day and the month: "8th of October", "8 من شهر أكتوبر".
  FoldedSet day_month_fillers{"of", "من", "شهر"};
  // Between the month and the year: "8 أكتوبر عام 2023".
  FoldedSet year_fillers{"عام", "سنة", "لعام", "لسنة"};
  FoldedSet hijri_markers{"هـ", "ه", "هجري", "هجرية", "ah"};
  FoldedSet gregorian_markers{"م", "ميلادي", "ميلادية", "ad"};
  FoldedSet time_connectors{"t", "at", "الساعة", "الساعه", "في"};
  FoldedSet meridiems{"am",    "pm",   "ص",    "م",    "صباحا",
                      "صباحاً", "مساء", "مساءً", "مساءا"};
  FoldedSet zones{"gmt", "utc", "z"};
};

const Lexicon& GetLexicon() {
  static const Lexicon* lexicon = [] {
    auto* lex = new Lexicon;
    struct Raw {
      const char* name;
      int month;
      bool hijri;
    };
    // Spelling variants are listed as written; FoldEntry merges the ones
    // that differ only in hamza/alef/ta-marbuta/alef-maqsura.
    static constexpr Raw kRaw[] = {
        // English.
        {"january", 1, false},
        {"jan", 1, false},
        {"february", 2, false},
        {"feb", 2, false},
        {"march", 3, false},
        {"mar", 3, false},
        {"april", 4, false},
        {"apr", 4, false},
        {"may", 5, false},
        {"june", 6, false},
        {"jun", 6, false},
        {"july", 7, false},
        {"jul", 7, false},
        {"august", 8, false},
        {"aug", 8, false},
        {"september", 9, false},
        {"sep", 9, false},
        {"sept", 9, false},
        {"october", 10, false},
        {"oct", 10, false},
        {"november", 11, false},
        {"nov", 11, false},
        {"december", 12, false},
        {"dec", 12, false},
        // French, with and without accents.
        {"janvier", 1, false},
        {"février", 2, false},
        {"fevrier", 2, false},
        {"mars", 3, false},
        {"avril", 4, false},
        {"mai", 5, false},
        {"juin", 6, false},
        {"juillet", 7, false},
        {"août", 8, false},
        {"aout", 8, false},
        {"septembre", 9, false},
        {"octobre", 10, false},
        {"novembre", 11, false},
        {"décembre", 12, false},
        {"decembre", 12, false},
        // Egyptian/Gulf (transliterated) names.
        {"يناير", 1, false},
        {"فبراير", 2, false},
        {"مارس", 3, false},
        {"أبريل", 4, false},
        {"إبريل", 4, false},
        {"مايو", 5, false},
        {"يونيو", 6, false},
        {"يونيه", 6, false},
        {"يوليو", 7, false},
        {"يوليه", 7, false},
        {"أغسطس", 8, false},
        {"أغسطوس", 8, false},
        {"سبتمبر", 9, false},
        {"أكتوبر", 10, false},
        {"أوكتوبر", 10, false},
        {"نوفمبر", 11, false},
        {"ديسمبر", 12, false},
        // Levantine/Iraqi (Syriac) names.
        {"كانون الثاني", 1, false},
        {"كانون ثاني", 1, false},
        {"شباط", 2, false},
        {"آذار", 3, false},
        {"نيسان", 4, false},
        {"أيار", 5, false},
        {"مايس", 5, false},
        {"حزيران", 6, false},
        {"تموز", 7, false},
        {"آب", 8, false},
        {"أيلول", 9, false},
        {"تشرين الأول", 10, false},
        {"تشرين أول", 10, false},
        {"تشرين الثاني", 11, false},
        {"تشرين ثاني", 11, false},
        {"كانون الأول", 12, false},
        {"كانون أول", 12, false},
        // Maghrebi names (Algeria/Tunisia, then Morocco).
        {"جانفي", 1, false},
        {"فيفري", 2, false},
        {"أفريل", 4, false},
        {"ماي", 5, false},
        {"جوان", 6, false},
        {"جويلية", 7, false},
        {"جويليه", 7, false},
        {"أوت", 8, false},
        {"ينير", 1, false},
        {"يوليوز", 7, false},
        {"غشت", 8, false},
        {"شتنبر", 9, false},
        {"نونبر", 11, false},
        {"دجنبر", 12, false},
        // Hijri.
        {"محرم", 1, true},
        {"صفر", 2, true},
        {"ربيع الأول", 3, true},
        {"ربيع أول", 3, true},
        {"ربيع الآخر", 4, true},
        {"ربيع آخر", 4, true},
        {"ربيع الثاني", 4, true},
        {"ربيع ثاني", 4, true},
        {"جمادى الأولى", 5, true},
        {"جمادى الأول", 5, true},
        {"جمادى أولى", 5, true},
        {"جمادى الآخرة", 6, true},
        {"جمادى الآخر", 6, true},
        {"جمادى الثانية", 6, true},
        {"جمادى الثاني", 6, true},
        {"جمادى آخرة", 6, true},
        {"جمادى ثانية", 6, true},
        {"رجب", 7, true},
        {"شعبان", 8, true},
        {"رمضان", 9, true},
        {"شوال", 10, true},
        {"ذو القعدة", 11, true},
        {"ذي القعدة", 11, true},
        {"ذو الحجة", 12, true},
        {"ذي الحجة", 12, true},
    };
    for (const Raw& r : kRaw) {
      lex->months.push_back({FoldEntry(r.name), r.month, r.hijri});
    }
    std::sort(lex->months.begin(), lex->months.end(),
              [](const MonthName& a, const MonthName& b) {
                return a.folded < b.folded;
              });
    lex->months.erase(std::unique(lex->months.begin(), lex->months.end(),
                                  [](const MonthName& a, const MonthName& b) {
                                    return a.folded == b.folded;
                                  }),
                      lex->months.end());
    return lex;
  }();
  return *lexicon;
}

const MonthName* FindMonth(const Lexicon& lex, std::string_view folded) {
  auto it = std::lower_bound(
      lex.months.begin(), lex.months.end(), folded,
      [](const MonthName& m, std::string_view w) { return m.folded < w; });
  if (it == lex.months.end() || it->folded != folded) return nullptr;
  return &*it;
}

// ---------------------------------------------------------------------------
// Lexer.

enum class Kind : uint8_t { kNumber, kWord, kPunct };

constexpr int kBigNumber = 1000000000;

struct Token {
  Kind kind = Kind::kPunct;
  bool space_before = false;  // whitespace between it and the previous token
  uint32_t begin = 0;         // bytes of the scanned text
  uint32_t end = 0;
  int value = 0;            // kNumber: value (kBigNumber past 9 digits);
                            // kPunct: normalised code point
  int digits = 0;           // kNumber
  uint32_t fold_begin = 0;  // kWord: folded form in Lexed::folded
  uint32_t fold_size = 0;
};

struct Lexed {
  std::vector<Token> tokens;
  std::string folded;
};

Lexed Lex(std::string_view text) {
  Lexed out;
  out.tokens.reserve(text.size() / 4 + 1);
  out.folded.reserve(text.size());
  const size_t n = text.size();
  size_t i = 0;
  bool space = false;
  while (i < n) {
    const size_t start = i;
    const char32_t c = utf8::Decode(text, &i);
    if (IsSpace(c)) {
      space = true;
      continue;
    }
    if (IsIgnorable(c)) continue;
    Token t;
    t.begin = static_cast<uint32_t>(start);
    t.space_before = space;
    space = false;
    if (int d = DigitValue(c); d >= 0) {
      t.kind = Kind::kNumber;
      t.value = d;
      t.digits = 1;
      while (i < n) {
        size_t k = i;
        const int d2 = DigitValue(utf8::Decode(text, &k));
        if (d2 < 0) break;
        i = k;
        ++t.digits;
        t.value = t.value < kBigNumber / 10 ? t.value * 10 + d2 : kBigNumber;
      }
      t.end = static_cast<uint32_t>(i);
    } else if (IsWordChar(c)) {
      t.kind = Kind::kWord;
      t.fold_begin = static_cast<uint32_t>(out.folded.size());
      AppendFolded(c, &out.folded);
      t.end = static_cast<uint32_t>(i);
      while (i < n) {
        size_t k = i;
        const char32_t c2 = utf8::Decode(text, &k);
        if (IsWordChar(c2)) {
          AppendFolded(c2, &out.folded);
          i = k;
          t.end = static_cast<uint32_t>(i);
        } else if (IsIgnorable(c2)) {
          i = k;  // ه‍ with a ZWJ stays one word
        } else {
          break;
        }
      }
      t.fold_size = static_cast<uint32_t>(out.folded.size() - t.fold_begin);
    } else {
      t.kind = Kind::kPunct;
      t.value = static_cast<int>(NormalizePunct(c));
      t.end = static_cast<uint32_t>(i);
    }
    out.tokens.push_back(t);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Calendar arithmetic.

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

bool IsValidGregorian(int y, int m, int d) {
  return y >= kMinGregorianYear && y <= kMaxGregorianYear && m >= 1 &&
         m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's
// civil_from_days).
CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return CivilDate{static_cast<int>(y), static_cast<int>(m),
                   static_cast<int>(d)};
}

// ICU's Umm al-Qura calendar, built once (a leaked function-local static;
// clones of it are made per conversion, which only reads it).
const icu::Calendar* UmmAlQuraPrototype() {
  static const icu::Calendar* prototype = []() -> const icu::Calendar* {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
        icu::TimeZone::getGMT()->clone(),
        icu::Locale("ar@calendar=islamic-umalqura"), status));
    if (U_FAILURE(status) || cal == nullptr ||
        std::strcmp(cal->getType(), "islamic-umalqura") != 0) {
      return nullptr;
    }
    cal->setLenient(false);
    return cal.release();
  }();
  return prototype;
}

std::optional<CivilDate> HijriToGregorianImpl(int y, int m, int d) {
  if (y < kMinHijriYear || y > kMaxHijriYear || m < 1 || m > 12 || d < 1 ||
      d > 30) {
    return std::nullopt;
  }
  const icu::Calendar* prototype = UmmAlQuraPrototype();
  if (prototype == nullptr) return std::nullopt;
  std::unique_ptr<icu::Calendar> cal(prototype->clone());
  if (cal == nullptr) return std::nullopt;
  cal->clear();
  cal->set(y, m - 1, d);
  UErrorCode status = U_ZERO_ERROR;
  const UDate t = cal->getTime(status);  // non-lenient: 30 in a 29-day month
  if (U_FAILURE(status)) return std::nullopt;
  // Round trip, in case a field was silently normalised.
  cal->setTime(t, status);
  if (U_FAILURE(status) || cal->get(UCAL_YEAR, status) != y ||
      cal->get(UCAL_MONTH, status) != m - 1 ||
      cal->get(UCAL_DATE, status) != d || U_FAILURE(status)) {
    return std::nullopt;
  }
  // t is midnight UTC of the day: ms since the epoch, a whole number of days.
  constexpr int64_t kMsPerDay = 86400000;
  const auto ms = static_cast<int64_t>(t);
  const int64_t days = (ms >= 0 ? ms : ms - (kMsPerDay - 1)) / kMsPerDay;
  return CivilFromDays(days);
}

// ---------------------------------------------------------------------------
// Patterns.

struct Match {
  CivilDate date;
  Calendar calendar = Calendar::kGregorian;
  size_t end = 0;  // one past the last token
};

class Parser {
 public:
  Parser(const Lexed& lexed, const Lexicon& lex)
      : toks_(lexed.tokens), folded_(lexed.folded), lex_(lex) {}

  std::optional<FoundDate> Run() const {
    // Every pattern has a number within kMaxLead tokens of its start
    // ("Sun . , Oct . 8"); starts farther from one are skipped unexamined.
    constexpr size_t kMaxLead = 6;
    size_t next_number = 0;
    for (size_t i = 0; i < toks_.size(); ++i) {
      if (next_number < i) {
        next_number = i;
        while (next_number < toks_.size() &&
               toks_[next_number].kind != Kind::kNumber) {
          ++next_number;
        }
        if (next_number == toks_.size()) break;
      }
      if (next_number - i > kMaxLead) continue;
      Match m;
      size_t j = SkipWeekday(i);
      if (j != i && TryAt(j, &m)) return Found(i, m);
      if (TryAt(i, &m)) return Found(i, m);
    }
    return std::nullopt;
  }

 private:
  FoundDate Found(size_t first, const Match& m) const {
    return FoundDate{m.date, m.calendar,
                     Span{toks_[first].begin, toks_[m.end - 1].end}};
  }

  bool TryAt(size_t i, Match* m) const {
    return TryNumeric(i, m) || TryDayMonthYear(i, m) || TryMonthDayYear(i, m);
  }

  // --- token predicates (all safe past the end) ---
  const Token* Tok(size_t i) const {
    return i < toks_.size() ? &toks_[i] : nullptr;
  }
  bool Adjacent(size_t i) const {
    return i < toks_.size() && !toks_[i].space_before;
  }
  const Token* Num(size_t i, int min_digits, int max_digits) const {
    const Token* t = Tok(i);
    if (t == nullptr || t->kind != Kind::kNumber || t->digits < min_digits ||
        t->digits > max_digits) {
      return nullptr;
    }
    return t;
  }
  bool IsPunct(size_t i, char32_t c) const {
    const Token* t = Tok(i);
    return t != nullptr && t->kind == Kind::kPunct &&
           t->value == static_cast<int>(c);
  }
  bool IsPunctIn(size_t i, std::string_view set) const {
    const Token* t = Tok(i);
    return t != nullptr && t->kind == Kind::kPunct && t->value < 0x80 &&
           set.find(static_cast<char>(t->value)) != std::string_view::npos;
  }
  std::string_view Word(size_t i) const {
    const Token* t = Tok(i);
    if (t == nullptr || t->kind != Kind::kWord) return {};
    return std::string_view(folded_).substr(t->fold_begin, t->fold_size);
  }
  bool IsWordIn(size_t i, const FoldedSet& set) const {
    std::string_view w = Word(i);
    return !w.empty() && set.Contains(w);
  }

  // Past a weekday and its punctuation ("الأحد،", "Sun.,"), or i.
  size_t SkipWeekday(size_t i) const {
    if (!IsWordIn(i, lex_.weekdays)) return i;
    size_t j = i + 1;
    if (IsPunct(j, '.') && Adjacent(j)) ++j;
    if (IsPunctIn(j, ",-")) ++j;
    return j;
  }

  // A month name at i (one or two words, an abbreviation's dot included):
  // the number of tokens, 0 if none.
  size_t MatchMonth(size_t i, int* month, bool* hijri) const {
    std::string_view w1 = Word(i);
    if (w1.empty()) return 0;
    if (lex_.month_first_words.Contains(w1)) {
      std::string_view w2 = Word(i + 1);
      if (!w2.empty()) {
        std::string two;
        two.reserve(w1.size() + 1 + w2.size());
        two.append(w1).push_back(' ');
        two.append(w2);
        if (const MonthName* m = FindMonth(lex_, two)) {
          *month = m->month;
          *hijri = m->hijri;
          return 2;
        }
      }
    }
    const MonthName* m = FindMonth(lex_, w1);
    if (m == nullptr) return 0;
    *month = m->month;
    *hijri = m->hijri;
    const bool latin = static_cast<unsigned char>(w1[0]) < 0x80;
    if (latin && IsPunct(i + 1, '.') && Adjacent(i + 1)) return 2;  // "Oct."
    return 1;
  }

  // "تشرين الأول/أكتوبر", "أكتوبر (تشرين الأول)": the same month in the
  // other naming system. Returns the index after it, or j.
  size_t SkipAlternateMonth(size_t j, int month, bool hijri) const {
    int m2 = 0;
    bool h2 = false;
    if (IsPunctIn(j, "/-")) {
      if (size_t n = MatchMonth(j + 1, &m2, &h2);
          n > 0 && m2 == month && h2 == hijri) {
        return j + 1 + n;
      }
    } else if (IsPunct(j, '(') || IsPunct(j, '[')) {
      if (size_t n = MatchMonth(j + 1, &m2, &h2);
          n > 0 && m2 == month && h2 == hijri &&
          (IsPunct(j + 1 + n, ')') || IsPunct(j + 1 + n, ']'))) {
        return j + 2 + n;
      }
    }
    return j;
  }

  // HH:MM[:SS[.fff]] at i: the index after it, or 0.
  size_t MatchClock(size_t i) const {
    const Token* h = Num(i, 1, 2);
    if (h == nullptr || h->value > 24 || !IsPunct(i + 1, ':') ||
        !Adjacent(i + 1) || !Adjacent(i + 2)) {
      return 0;
    }
    const Token* mi = Num(i + 2, 2, 2);
    if (mi == nullptr || mi->value > 59) return 0;
    size_t k = i + 3;
    if (IsPunct(k, ':') && Adjacent(k) && Adjacent(k + 1)) {
      if (const Token* s = Num(k + 1, 2, 2); s != nullptr && s->value <= 60) {
        k += 2;
        if (IsPunct(k, '.') && Adjacent(k) && Adjacent(k + 1) &&
            Num(k + 1, 1, 9) != nullptr) {
          k += 2;
        }
      }
    }
    return k;
  }

  // A UTC offset glued to the previous token ("+03:00", "+0300", "-5").
  size_t SkipOffset(size_t k) const {
    if (!IsPunctIn(k, "+-") || !Adjacent(k) || !Adjacent(k + 1)) return k;
    if (Num(k + 1, 1, 4) == nullptr) return k;
    k += 2;
    if (IsPunct(k, ':') && Adjacent(k) && Adjacent(k + 1) &&
        Num(k + 1, 2, 2) != nullptr) {
      k += 2;
    }
    return k;
  }

  // Extends past a clock time and a zone after a date ending before j.
  size_t ExtendTime(size_t j) const {
    size_t t = j;
    if (IsPunctIn(t, ",-|")) ++t;
    if (IsWordIn(t, lex_.time_connectors)) ++t;
    if (size_t k = MatchClock(t); k != 0) {
      if (IsWordIn(k, lex_.meridiems)) ++k;
      if (IsWordIn(k, lex_.zones)) ++k;
      return SkipOffset(k);
    }
    if (Word(j) == "gmt" || Word(j) == "utc") return SkipOffset(j + 1);
    return j;
  }

  // How the month was written.
  enum class MonthKind { kNumber, kGregorianName, kHijriName };

  // Validates and converts; `end` is the index after the year.
  bool Finish(size_t end, int y, int month, int d, MonthKind kind,
              Match* out) const {
    const bool marker = IsWordIn(end, lex_.hijri_markers);
    if (kind == MonthKind::kHijriName ||
        (kind == MonthKind::kNumber && y >= kMinHijriYear &&
         y <= kMaxHijriYear)) {
      std::optional<CivilDate> g = HijriToGregorianImpl(y, month, d);
      if (!g.has_value()) return false;
      out->date = *g;
      out->calendar = Calendar::kHijri;
      if (marker) ++end;
    } else {
      if (!IsValidGregorian(y, month, d)) return false;
      out->date = CivilDate{y, month, d};
      out->calendar = Calendar::kGregorian;
      if (IsWordIn(end, lex_.gregorian_markers)) ++end;
    }
    out->end = ExtendTime(end);
    return true;
  }

  // 2023-10-08, 2023/10/08, 08/10/2023, 08.10.2023, ١٤٤٥/٣/٢٣هـ.
  bool TryNumeric(size_t i, Match* m) const {
    const Token* a = Num(i, 1, 4);
    if (a == nullptr || !IsPunctIn(i + 1, "-/.")) return false;
    const int sep = toks_[i + 1].value;
    const Token* b = Num(i + 2, 1, 2);
    const Token* c = Num(i + 4, 1, 4);
    if (b == nullptr || c == nullptr || !IsPunct(i + 3, sep)) return false;
    // Spaces are tolerated around slashes ("2023 / 10 / 08") and around
    // dashes when one end is a four-digit year ("4 – 9 - 1436هـ", "24- 10
    // - 1436هـ"); not around dots (1. 2. 2023 is a list).
    if (sep != '/' &&
        (!Adjacent(i + 1) || !Adjacent(i + 2) || !Adjacent(i + 3) ||
         !Adjacent(i + 4)) &&
        (sep != '-' || (a->digits != 4 && c->digits != 4))) {
      return false;
    }
    // Not a piece of a longer run: 1.2.3.4, 12/08/10/2023.
    if (i >= 2 && IsPunctIn(i - 1, "-/.") && Adjacent(i) && Adjacent(i - 1) &&
        toks_[i - 2].kind == Kind::kNumber) {
      return false;
    }
    if (IsPunctIn(i + 5, "-/.") && Adjacent(i + 5) && Adjacent(i + 6) &&
        Num(i + 6, 1, 9) != nullptr) {
      return false;
    }
    int y, mo, d;
    if (a->digits == 4 && c->digits <= 2) {
      y = a->value, mo = b->value, d = c->value;
    } else if (c->digits == 4 && a->digits <= 2) {
      y = c->value, mo = b->value, d = a->value;
      if (mo > 12 && d <= 12) std::swap(mo, d);  // 10/25/2023
    } else {
      return false;
    }
    return Finish(i + 5, y, mo, d, MonthKind::kNumber, m);
  }

  // 8 October 2023, 8th, October 2023, ٨ أكتوبر ٢٠٢٣, 8 تشرين الأول/أكتوبر
  // 2023, 23 ربيع الأول 1445 هـ, 8-Oct-2023.
  bool TryDayMonthYear(size_t i, Match* m) const {
    const Token* d = Num(i, 1, 2);
    if (d == nullptr || d->value < 1 || d->value > 31) return false;
    size_t j = i + 1;
    if (IsWordIn(j, lex_.ordinals) && Adjacent(j)) ++j;
    if (IsPunctIn(j, ",-/.")) ++j;
    for (int k = 0; k < 2 && IsWordIn(j, lex_.day_month_fillers); ++k) ++j;
    int month = 0;
    bool hijri = false;
    const size_t n = MatchMonth(j, &month, &hijri);
    if (n == 0) return false;
    j = SkipAlternateMonth(j + n, month, hijri);
    if (IsPunctIn(j, ",-/.")) ++j;
    if (IsWordIn(j, lex_.year_fillers)) ++j;
    const Token* y = Num(j, 4, 4);
    if (y == nullptr) return false;
    return Finish(j + 1, y->value, month, d->value,
                  hijri ? MonthKind::kHijriName : MonthKind::kGregorianName, m);
  }

  // October 8, 2023; Oct 8th 2023; أكتوبر 8، 2023.
  bool TryMonthDayYear(size_t i, Match* m) const {
    int month = 0;
    bool hijri = false;
    const size_t n = MatchMonth(i, &month, &hijri);
    if (n == 0) return false;
    size_t j = i + n;
    const Token* d = Num(j, 1, 2);
    if (d == nullptr || d->value < 1 || d->value > 31) return false;
    ++j;
    if (IsWordIn(j, lex_.ordinals) && Adjacent(j)) ++j;
    if (IsPunct(j, ',')) ++j;
    const Token* y = Num(j, 4, 4);
    if (y == nullptr) return false;
    return Finish(j + 1, y->value, month, d->value,
                  hijri ? MonthKind::kHijriName : MonthKind::kGregorianName, m);
  }

  const std::vector<Token>& toks_;
  const std::string& folded_;
  const Lexicon& lex_;
};

}  // namespace

std::optional<FoundDate> FindDate(std::string_view text) {
  if (text.size() > kMaxScanBytes) {
    size_t cut = kMaxScanBytes;
    // Back up to a code-point boundary (at most 3 continuation bytes).
    for (int k = 0; k < 3 && cut > 0 &&
                    (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80;
         ++k) {
      --cut;
    }
    text = text.substr(0, cut);
  }
  // Every date has a digit: lines without one (most of an article) cost a
  // byte scan. Arabic-Indic and Persian digits are U+0660.. and U+06F0..,
  // two-byte sequences led by 0xD9 and 0xDB.
  bool has_digit = false;
  for (size_t i = 0; i < text.size() && !has_digit; ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= '0' && b <= '9') has_digit = true;
    if ((b == 0xD9 || b == 0xDB) && i + 1 < text.size()) {
      const auto c = static_cast<unsigned char>(text[i + 1]);
      has_digit =
          b == 0xD9 ? (c >= 0xA0 && c <= 0xA9) : (c >= 0xB0 && c <= 0xB9);
    }
  }
  if (!has_digit) return std::nullopt;
  const Lexed lexed = Lex(text);
  return Parser(lexed, GetLexicon()).Run();
}

std::optional<MonthNameMatch> MatchMonthName(std::string_view first,
                                             std::string_view second) {
  const Lexicon& lex = GetLexicon();
  const std::string w1 = FoldEntry(first);
  if (w1.empty()) return std::nullopt;
  auto match = [](const MonthName& m, int words) {
    return MonthNameMatch{
        m.month, m.hijri ? Calendar::kHijri : Calendar::kGregorian, words};
  };
  if (!second.empty() && lex.month_first_words.Contains(w1)) {
    if (const MonthName* m = FindMonth(lex, w1 + " " + FoldEntry(second))) {
      return match(*m, 2);
    }
  }
  if (const MonthName* m = FindMonth(lex, w1)) return match(*m, 1);
  return std::nullopt;
}

std::optional<CivilDate> HijriToGregorian(int year, int month, int day) {
  return HijriToGregorianImpl(year, month, day);
}

}  // namespace marsad
