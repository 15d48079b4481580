#include "nlp/entities/latin_names.h"

#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "base/strings.h"
#include "nlp/entities/name_match.h"
#include "nlp/ner/text_ops.h"
#include "unicode/translit.h"
#include "unicode/unistr.h"

namespace marsad::nlp {
namespace {

struct Pair {
  const char* arabic;
  const char* latin;
};

constexpr Pair kTable[] = {
#include "nlp/entities/latin_table.inc"
};

struct Tables {
  absl::flat_hash_map<std::string, const char*> by_word;
  // Skeleton (NameMatcher) -> table words, for spellings the table lacks:
  // «نتنياهو» finds «نتانياهو» → "Netanyahu".
  absl::flat_hash_map<std::string, std::vector<std::string>> by_skeleton;
};

const Tables& GetTables() {
  static const Tables* tables = [] {
    auto* t = new Tables;
    t->by_word.reserve(sizeof(kTable) / sizeof(kTable[0]));
    for (const Pair& p : kTable) {
      std::string norm = ner::NormalizeWord(p.arabic);
      if (!t->by_word.emplace(norm, p.latin).second) continue;
      if (norm.find(' ') == std::string::npos) {
        t->by_skeleton[NameMatcher::Skeleton(norm)].push_back(norm);
      }
    }
    return t;
  }();
  return *tables;
}

std::string Capitalized(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(s[0]));
  return s;
}

}  // namespace

struct LatinNames::Icu {
  std::unique_ptr<icu::Transliterator> translit;
};

LatinNames::LatinNames() : icu_(std::make_unique<Icu>()) {
  UErrorCode status = U_ZERO_ERROR;
  icu_->translit.reset(icu::Transliterator::createInstance(
      "Arabic-Latin; Latin-ASCII", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) icu_->translit.reset();
}

LatinNames::~LatinNames() = default;

std::string LatinNames::Word(std::string_view norm) {
  const Tables& t = GetTables();
  const auto& table = t.by_word;
  if (auto it = table.find(AV(norm)); it != table.end()) return it->second;
  if (auto it = t.by_skeleton.find(NameMatcher::Skeleton(norm));
      it != t.by_skeleton.end()) {
    for (const std::string& known : it->second) {
      if (matcher_.SameWord(norm, known)) return table.find(known)->second;
    }
  }
  std::string prefix;
  std::string_view rest = norm;
  if (rest.starts_with("ال") && rest.size() > 6) {
    if (auto it = table.find(AV(rest.substr(4))); it != table.end()) {
      return std::string("al-") + it->second;
    }
    prefix = "al-";
    rest.remove_prefix(4);
  }
  if (!icu_->translit) return "";
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(rest.data(), static_cast<int32_t>(rest.size())));
  icu_->translit->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  std::string clean;
  for (char c : out) {
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '-') clean += c;
  }
  if (clean.empty()) return "";
  // ICU writes the long vowels as consonants («بلينكن» → "blynkn"); between
  // consonants they are vowels in names: "blinkn", «سموتريتش» → "smutritsh".
  auto vowel = [](char c) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  };
  for (size_t i = 1; i + 1 < clean.size(); ++i) {
    if ((clean[i] == 'y' || clean[i] == 'w') && !vowel(clean[i - 1]) &&
        !vowel(clean[i + 1]) && clean[i - 1] != '-') {
      clean[i] = clean[i] == 'y' ? 'i' : 'u';
    }
  }
  return prefix + (prefix.empty() ? Capitalized(clean) : clean);
}

std::string LatinNames::ToLatin(std::string_view name) {
  const std::string norm = ner::NormalizeWord(name);
  const auto& table = GetTables().by_word;
  if (auto it = table.find(AV(norm)); it != table.end()) return it->second;
  std::string out;
  for (std::string_view w : SplitAny(norm, " ")) {
    std::string latin = Word(w);
    if (latin.empty()) continue;
    if (!out.empty()) out += ' ';
    out += latin;
  }
  return out;
}

}  // namespace marsad::nlp
