#include "nlp/entities/name_match.h"

#include <algorithm>
#include <utility>

#include "base/utf8.h"

namespace marsad::nlp {
namespace {

char32_t Fold(char32_t c) {
  switch (c) {
    case U'ة':
      return U'ه';
    case U'ى':
      return U'ي';
    case U'أ':
    case U'إ':
    case U'آ':
    case U'ٱ':
      return U'ا';
    case U'ؤ':
      return U'و';
    case U'ئ':
      return U'ي';
    // Persian letters in names written as in Persian («مسعود پزشکیان»):
    // the Arabic letters Arabic writers use for them («بزشكيان»).
    case U'پ':
      return U'ب';
    case U'چ':
      return U'ج';
    case U'ژ':
      return U'ز';
    case U'ڤ':
      return U'ف';
    case U'گ':
    case U'ک':
      return U'ك';
    case U'ی':
      return U'ي';
    default:
      return c;
  }
}

std::u32string Letters(std::string_view s) {
  std::u32string out;
  size_t i = 0;
  while (i < s.size()) out.push_back(Fold(utf8::Decode(s, &i)));
  return out;
}

// Letters() without a heap allocation for words of up to kInline bytes
// (SameWord runs for every pair of name words a document compares).
class LetterBuffer {
 public:
  explicit LetterBuffer(std::string_view s) {
    if (s.size() > kInline) {
      heap_ = Letters(s);
      view_ = heap_;
      return;
    }
    size_t i = 0, n = 0;
    while (i < s.size()) inline_[n++] = Fold(utf8::Decode(s, &i));
    view_ = std::u32string_view(inline_, n);
  }
  LetterBuffer(const LetterBuffer&) = delete;
  LetterBuffer& operator=(const LetterBuffer&) = delete;

  std::u32string_view view() const { return view_; }

 private:
  static constexpr size_t kInline = 64;  // bytes ≥ code points
  char32_t inline_[kInline];
  std::u32string heap_;
  std::u32string_view view_;
};

bool IsVowelLetter(char32_t c) {
  return c == U'ا' || c == U'و' || c == U'ي' || c == U'ء';
}

// Letters that transliterate one foreign sound in different spellings.
int SoundClass(char32_t c) {
  switch (c) {
    case U'ج':
    case U'غ':
    case U'ق':
    case U'ك':
    // Spanish j and German/Russian kh: «خيسوس» / «جيسوس», «ميخائيل» /
    // «ميكائيل».
    case U'خ':
      return 1;  // g
    case U'ت':
    case U'ط':
      return 2;  // t
    case U'س':
    case U'ص':
    case U'ث':
    // Portuguese and German s is sh: «غوتيريش» / «غوتيريس», «هوكشتاين» /
    // «هوكستين».
    case U'ش':
      return 3;  // s
    case U'د':
    case U'ض':
      return 4;  // d
    case U'ز':
    case U'ذ':
      return 5;  // z
    case U'ه':
    case U'ح':
      return 6;  // h
    case U'ف':
    case U'ب':
      return 7;  // p/v written ب or ف
    default:
      return 0;
  }
}

std::u32string_view WithoutArticle(std::u32string_view w) {
  if (w.size() > 4 && w[0] == U'ا' && w[1] == U'ل') return w.substr(2);
  return w;
}

struct Cell {
  float total;
  float consonant;
};

}  // namespace

NameMatcher::NameMatcher(NameMatchOptions options) : options_(options) {}

namespace {

Cell EditCost(std::u32string_view a, std::u32string_view b,
              const NameMatchOptions& o) {
  // Cost of dropping a[i] (or inserting it): cheap for vowel letters and
  // for the second of a doubled letter.
  // A long vowel written or dropped inside a word is a spelling variant
  // («نتانياهو» / «نتنياهو»); at the end it is another name or gender
  // («كاستيلانو» / «كاستيلان», «فولكوف» / «فولكوفا»), and one long vowel for
  // another is another vowel («روزنر» / «ريزنر»): full edits.
  auto indel = [&](std::u32string_view s, size_t i) -> Cell {
    const bool inner = i > 0 && i + 1 < s.size();
    if ((IsVowelLetter(s[i]) && inner) || (i > 0 && s[i - 1] == s[i])) {
      return {o.vowel_cost, 0};
    }
    // ch written تش or ش («لوتشيسكو» / «لوشيسكو», «تشافي» / «شافي»).
    if (s[i] == U'ت' && i + 1 < s.size() && s[i + 1] == U'ش') {
      return {o.correspondence_cost, 0};
    }
    return {1, 1};
  };
  // Turkish ç written ج or تش («كليجدار» / «كيليتشدار»): ش after a ت
  // (which indel drops cheaply) is ج.
  auto tsh = [](std::u32string_view s, size_t k) {
    return s[k] == U'ش' && k > 0 && s[k - 1] == U'ت';
  };
  auto sub = [&](size_t i, size_t j, bool last) -> Cell {
    const char32_t x = a[i], y = b[j];
    if (x == y) return {0, 0};
    if ((x == U'ج' && tsh(b, j)) || (y == U'ج' && tsh(a, i))) {
      return {o.correspondence_cost, 0};
    }
    if (x == U'ء' || y == U'ء') {
      if (IsVowelLetter(x) && IsVowelLetter(y)) return {o.vowel_cost, 0};
    }
    int cx = SoundClass(x);
    if (cx != 0 && cx == SoundClass(y)) return {o.correspondence_cost, 0};
    // th written ت or ث («باتيلي» / «باثيلي»), a final s written ز or س
    // («بيرنز» / «بيرنس»).
    if ((x == U'ت' && y == U'ث') || (x == U'ث' && y == U'ت') ||
        (x == U'ز' && y == U'س') || (x == U'س' && y == U'ز') ||
        // A final Portuguese s written ش or ز («كيروش» / «كيروز»).
        (last && ((x == U'ز' && y == U'ش') || (x == U'ش' && y == U'ز')))) {
      return {o.correspondence_cost, 0};
    }
    return {1, 1};
  };
  const size_t n = a.size(), m = b.size();
  std::vector<Cell> prev(m + 1), cur(m + 1);
  prev[0] = {0, 0};
  for (size_t j = 1; j <= m; ++j) {
    Cell c = indel(b, j - 1);
    prev[j] = {prev[j - 1].total + c.total,
               prev[j - 1].consonant + c.consonant};
  }
  for (size_t i = 1; i <= n; ++i) {
    Cell d = indel(a, i - 1);
    cur[0] = {prev[0].total + d.total, prev[0].consonant + d.consonant};
    for (size_t j = 1; j <= m; ++j) {
      Cell s = sub(i - 1, j - 1, i == n && j == m);
      Cell best = {prev[j - 1].total + s.total,
                   prev[j - 1].consonant + s.consonant};
      Cell up = {prev[j].total + d.total, prev[j].consonant + d.consonant};
      Cell ins = indel(b, j - 1);
      Cell left = {cur[j - 1].total + ins.total,
                   cur[j - 1].consonant + ins.consonant};
      for (const Cell& c : {up, left}) {
        if (c.total < best.total ||
            (c.total == best.total && c.consonant < best.consonant)) {
          best = c;
        }
      }
      cur[j] = best;
    }
    std::swap(prev, cur);
  }
  return prev[m];
}

}  // namespace

float NameMatcher::Cost(std::string_view a, std::string_view b) const {
  std::u32string x = Letters(a), y = Letters(b);
  return EditCost(x, y, options_).total;
}

bool NameMatcher::SameWord(std::string_view a, std::string_view b) const {
  if (a == b) return true;
  const LetterBuffer xb(a), yb(b);
  const std::u32string_view x = xb.view(), y = yb.view();
  if (x == y) return true;
  // The kunya in its three cases: «أبو محمد», «أبي محمد», «أبا محمد».
  auto kunya = [](std::u32string_view w) {
    return w == U"ابو" || w == U"ابي" || w == U"ابا";
  };
  if (kunya(x) && kunya(y)) return true;
  if (x.empty() || y.empty()) return false;
  const size_t shorter = std::min(x.size(), y.size());
  if (static_cast<int>(shorter) < options_.min_fuzzy_letters) return false;
  // A final -a written ة or ا («بنزيمة» / «بنزيما», «فاطمة» / «فاطما»).
  if (x.size() == y.size() && x.size() >= 5 &&
      ((x.back() == U'ه' && y.back() == U'ا') ||
       (x.back() == U'ا' && y.back() == U'ه')) &&
      x.substr(0, x.size() - 1) == y.substr(0, y.size() - 1)) {
    return true;
  }
  // A final -é written يه or ي («بيليه» / «بيلي»); not an adjective with
  // the article in its two genders («السيادي» / «السيادية»).
  auto final_e = [](std::u32string_view w, std::u32string_view v) {
    return w.size() >= 5 && w.size() == v.size() + 1 && w.back() == U'ه' &&
           WithoutArticle(w).size() == w.size() && w[w.size() - 2] == U'ي' &&
           w.substr(0, v.size()) == v;
  };
  if (final_e(x, y) || final_e(y, x)) return true;
  // A prosthetic alif before «س» and a consonant (the Latin st-, sk-, sp-):
  // «استوكهولم» / «ستوكهولم», «اسكتلندا» / «سكتلندا».
  auto prosthetic = [](std::u32string_view w) {
    return w.size() >= 5 && w[0] == U'ا' && w[1] == U'س' &&
           !IsVowelLetter(w[2]);
  };
  if (prosthetic(x) != prosthetic(y)) {
    const std::u32string_view longer = prosthetic(x) ? x : y;
    const std::u32string_view other = prosthetic(x) ? y : x;
    if (longer.substr(1) == other) return true;
  }
  // The first letter carries the name; a vowel-letter start (ا/ي/و) may
  // differ (أوباما/اوباما are folded already). With the article on both,
  // the first letter after it («الشمالية» is not «الجنوبية»).
  std::u32string_view fx = x, fy = y;
  if (WithoutArticle(fx).size() < fx.size() &&
      WithoutArticle(fy).size() < fy.size()) {
    fx = WithoutArticle(fx);
    fy = WithoutArticle(fy);
  }
  // (ç at the start: «جاويش» / «تشاووش».)
  auto ch_start = [](std::u32string_view p, std::u32string_view q) {
    return p[0] == U'ج' && q.size() > 1 && q[0] == U'ت' && q[1] == U'ش';
  };
  if (fx[0] != fy[0] && !(IsVowelLetter(fx[0]) && IsVowelLetter(fy[0])) &&
      !(SoundClass(fx[0]) != 0 && SoundClass(fx[0]) == SoundClass(fy[0])) &&
      !ch_start(fx, fy) && !ch_start(fy, fx)) {
    return false;
  }
  Cell c = EditCost(x, y, options_);
  const float budget =
      std::max(options_.min_budget,
               options_.budget_per_letter * static_cast<float>(shorter));
  return c.total <= budget && c.consonant <= options_.max_hard_edits;
}

namespace {

// «هينيس-بلاسخارت», «جان-إيف»: the parts of a hyphenated name are words.
std::vector<std::string_view> HyphenSplit(
    const std::vector<std::string_view>& words) {
  std::vector<std::string_view> out;
  out.reserve(words.size());
  for (std::string_view w : words) {
    size_t at;
    while ((at = w.find('-')) != std::string_view::npos) {
      if (at > 0) out.push_back(w.substr(0, at));
      w.remove_prefix(at + 1);
    }
    if (!w.empty()) out.push_back(w);
  }
  return out;
}

std::string Joined(std::string_view a, std::string_view b) {
  std::string out(a);
  out.append(b);
  return out;
}

}  // namespace

bool NameMatcher::IsPartOf(
    const std::vector<std::string_view>& part_words,
    const std::vector<std::string_view>& whole_words) const {
  const std::vector<std::string_view> part = HyphenSplit(part_words);
  const std::vector<std::string_view> whole = HyphenSplit(whole_words);
  if (part.empty() || whole.empty()) return false;
  // «سلمان» after «بن» in «محمد بن سلمان» is the father, not this man: a
  // word after «بن/ابن/بنت» is part of the name only after the word
  // before the link («محمد سلمان» for «محمد بن سلمان»).
  auto after_link = [&](size_t j) {
    return j > 0 && (whole[j - 1] == "بن" || whole[j - 1] == "ابن" ||
                     whole[j - 1] == "بنت");
  };
  auto is_link = [](std::string_view w) {
    return w == "بن" || w == "ابن" || w == "بنت";
  };
  size_t i = 0, j = 0;
  long last = -1;       // the whole's word the previous part word matched
  bool linked = false;  // the previous part word is «بن» («بن سبرة»)
  while (i < part.size()) {
    bool found = false;
    for (; j < whole.size(); ++j) {
      if (after_link(j) && !linked && last != static_cast<long>(j) - 1 &&
          last != static_cast<long>(j) - 2) {
        continue;
      }
      // One word, or written in two («ود مدني» / «ودمدني», «لو دريان» /
      // «لودريان», «عبد العزيز» / «عبدالعزيز»).
      size_t take_part = 0, take_whole = 0;
      // «ابن مساعد» for «عبدالله بن مساعد»: «ابن» and «بن» are one link.
      const bool son = (part[i] == "بن" || part[i] == "ابن") &&
                       (whole[j] == "بن" || whole[j] == "ابن");
      if (son || SameWord(part[i], whole[j])) {
        take_part = take_whole = 1;
      } else if (j + 1 < whole.size() &&
                 SameWord(part[i], Joined(whole[j], whole[j + 1]))) {
        take_part = 1;
        take_whole = 2;
      } else if (i + 1 < part.size() &&
                 SameWord(Joined(part[i], part[i + 1]), whole[j])) {
        take_part = 2;
        take_whole = 1;
      }
      if (take_part == 0) continue;
      last = static_cast<long>(j + take_whole - 1);
      linked = is_link(part[i + take_part - 1]);
      i += take_part;
      j += take_whole;
      found = true;
      break;
    }
    if (!found) return false;
  }
  return true;
}

bool NameMatcher::SameJoined(const std::vector<std::string_view>& a,
                             const std::vector<std::string_view>& b) const {
  std::string x, y;
  for (std::string_view w : HyphenSplit(a)) x.append(w);
  for (std::string_view w : HyphenSplit(b)) y.append(w);
  return !x.empty() && SameWord(x, y);
}

bool NameMatcher::SameName(const std::vector<std::string_view>& a,
                           const std::vector<std::string_view>& b) const {
  return a.size() <= b.size() ? IsPartOf(a, b) : IsPartOf(b, a);
}

namespace {

// The word without ال, with doubled letters collapsed and the letters
// `drop` says are spelling noise removed after the first letter.
template <typename Drop>
std::string Folded(std::string_view word, Drop drop) {
  std::u32string w = Letters(word);
  std::u32string_view v = WithoutArticle(w);
  std::string out;
  char32_t last = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    const char32_t c = v[i];
    if ((i > 0 && drop(c)) || c == last) continue;
    last = c;
    utf8::Append(c, &out);
  }
  return out;
}

}  // namespace

std::string NameMatcher::Skeleton(std::string_view word) {
  return Folded(word, IsVowelLetter);
}

std::string NameMatcher::Key(std::string_view word) {
  return Folded(word, [](char32_t c) { return c == U'ا'; });
}

}  // namespace marsad::nlp
