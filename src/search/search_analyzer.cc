#include "search/search_analyzer.h"

#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "base/utf8.h"

namespace marsad::search_internal {
namespace {

// Search-normalised (أ إ آ -> ا, ى -> ي) function words. Only queries drop
// them; documents keep them so phrases such as «وزير الدولة للشؤون» match.
constexpr std::string_view kStopwords[] = {
    "في",  "من",  "على",  "علي",  "الى",   "الي", "عن",   "ان",   "او",
    "ما",  "لا",  "لم",   "لن",   "قد",    "هو",  "هي",   "هذا",  "هذه",
    "ذلك", "تلك", "التي", "الذي", "الذين", "كان", "كانت", "مع",   "بين",
    "ثم",  "و",   "ف",    "ب",    "ل",     "ك",   "حتى",  "عند",  "كل",
    "غير", "اي",  "انه",  "انها", "ولا",   "وفي", "ومن",  "وعلى", "الا",
    "اذا", "لقد", "منذ",  "فيه",  "فيها",  "منه", "منها", "عليه", "عليها",
    "به",  "بها", "له",   "لها",  "the",   "of",  "and",  "a"};

const absl::flat_hash_set<std::string_view>& StopwordSet() {
  static const auto* set = new absl::flat_hash_set<std::string_view>(
      std::begin(kStopwords), std::end(kStopwords));
  return *set;
}

bool IsArabicLetter(char32_t c) {
  return (c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A);
}

}  // namespace

std::string SearchAnalyzer::Skeleton(std::string_view stem, int min_letters) {
  std::u32string letters;
  size_t i = 0;
  while (i < stem.size()) {
    const char32_t c = utf8::Decode(stem, &i);
    if (!IsArabicLetter(c)) return {};
    letters.push_back(c == 0x0629 ? 0x0647 : c);  // ة -> ه
  }
  // Below four letters a key would merge unrelated words.
  if (letters.size() < 4) return {};
  // Hamza seats folded apart by the normaliser: ؤ -> و but ئ -> ي, so
  // «شؤون»/«شئون» arrive as شوون/شيون and «مسؤول»/«مسئول» as مسوول/مسيول.
  // A ي before و is such a seat: make it و.
  for (size_t k = 0; k + 1 < letters.size(); ++k) {
    if (letters[k] == 0x064A && letters[k + 1] == 0x0648) letters[k] = 0x0648;
  }
  // Medial long vowels and hamza only from `min_letters` on.
  const bool drop_vowels = static_cast<int>(letters.size()) >= min_letters;
  std::string out;
  char32_t prev = 0;
  for (size_t k = 0; k < letters.size(); ++k) {
    const char32_t c = letters[k];
    const bool medial = k > 0 && k + 1 < letters.size();
    if (drop_vowels && medial &&
        (c == 0x0627 || c == 0x0648 || c == 0x064A || c == 0x0621)) {
      continue;
    }
    if (c == prev) continue;  // اا -> ا, doubled letters written for shadda
    utf8::Append(c, &out);
    prev = c;
  }
  return out;
}

bool WithinOneEdit(std::string_view a8, std::string_view b8) {
  std::u32string a, b;
  for (size_t i = 0; i < a8.size();) a.push_back(utf8::Decode(a8, &i));
  for (size_t i = 0; i < b8.size();) b.push_back(utf8::Decode(b8, &i));
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;  // equal, or b has one more at the end
  if (a.size() == b.size()) {
    // Substitution, or a swap of i and i+1.
    if (a.compare(i + 1, std::u32string::npos, b, i + 1) == 0) return true;
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.compare(i + 2, std::u32string::npos, b, i + 2) == 0;
  }
  // b has one letter more: skip b[i].
  return a.compare(i, std::u32string::npos, b, i + 1) == 0;
}

bool SearchAnalyzer::IsStopword(std::string_view normalized_word) {
  return StopwordSet().contains(normalized_word);
}

}  // namespace marsad::search_internal
