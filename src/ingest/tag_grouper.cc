#include "ingest/tag_grouper.h"

#include <algorithm>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "base/utf8.h"
#include "ingest/markers.h"

namespace marsad {
namespace {

bool IsWord(TokenKind k) {
  return k == TokenKind::kArabicWord || k == TokenKind::kLatinWord ||
         k == TokenKind::kNumber;
}

// Separators that make the tag line self-delimiting.
constexpr std::string_view kSeparators[] = {"،", ",", "|",  "#", "؛",
                                            ";", "/", "\t", "•"};

}  // namespace

TagGrouper::TagGrouper(const Tokenizer* tokenizer, const Stemmer* stemmer,
                       TagGrouperOptions options)
    : tokenizer_(tokenizer), stemmer_(stemmer), options_(options) {
  options_.max_words_per_tag = std::clamp(options_.max_words_per_tag, 1, 8);
}

std::string TagGrouper::Key(std::string_view normalized_word) const {
  Segments s = stemmer_->Segment(normalized_word);
  std::string_view base = s.base.empty() ? normalized_word : s.base;
  return std::string(base);
}

void TagGrouper::ClearEvidence() { ngrams_.clear(); }

void TagGrouper::AddEvidence(std::string_view text) {
  if (!utf8::Validate(text).ok()) return;
  tokenizer_->TokenizeTo(text, &scratch_);
  std::vector<std::string> window;  // keys of the current run of words
  for (const Token& t : scratch_.tokens) {
    if (!IsWord(t.kind)) {
      window.clear();
      continue;
    }
    window.push_back(Key(scratch_.Normalized(t)));
    if (static_cast<int>(window.size()) > options_.max_words_per_tag) {
      window.erase(window.begin());
    }
    // Every n-gram (n >= 2) ending at this word.
    for (size_t n = 2; n <= window.size(); ++n) {
      ngrams_.insert(absl::StrJoin(window.end() - n, window.end(), " "));
    }
  }
}

std::vector<std::string> TagGrouper::Group(std::string_view tag_line) const {
  std::vector<std::string> candidates;
  tag_line = TrimSpace(tag_line);
  bool separated = false;
  for (std::string_view sep : kSeparators) {
    if (tag_line.find(sep) != std::string_view::npos) separated = true;
  }
  if (separated) {
    std::string line(tag_line);
    for (std::string_view sep : kSeparators) {
      if (sep == ",") continue;
      size_t pos;
      while ((pos = line.find(sep)) != std::string::npos) {
        line.replace(pos, sep.size(), ",");
      }
    }
    for (absl::string_view raw : absl::StrSplit(line, ',')) {
      std::string_view piece = TrimSpace({raw.data(), raw.size()});
      if (!piece.empty()) candidates.emplace_back(piece);
    }
  } else if (utf8::Validate(tag_line).ok()) {
    TokenizedText t;
    tokenizer_->TokenizeTo(tag_line, &t);
    std::vector<const Token*> words;
    for (const Token& k : t.tokens) words.push_back(&k);
    size_t i = 0;
    while (i < words.size()) {
      size_t best = 1;
      if (IsWord(words[i]->kind)) {
        size_t max_n =
            std::min<size_t>(options_.max_words_per_tag, words.size() - i);
        for (size_t n = max_n; n >= 2; --n) {
          std::vector<std::string> keys;
          bool all_words = true;
          for (size_t k = i; k < i + n; ++k) {
            if (!IsWord(words[k]->kind)) {
              all_words = false;
              break;
            }
            keys.push_back(Key(t.Normalized(*words[k])));
          }
          if (all_words && ngrams_.contains(absl::StrJoin(keys, " "))) {
            best = n;
            break;
          }
        }
      }
      Span span{words[i]->span.begin, words[i + best - 1]->span.end};
      candidates.emplace_back(span.Of(tag_line));
      i += best;
    }
  }
  // Deduplicate by normalised form, keeping the first spelling.
  std::vector<std::string> tags;
  absl::flat_hash_set<std::string> seen;
  for (std::string& c : candidates) {
    if (tags.size() >= options_.max_tags) break;
    std::string key;
    TokenizedText t;
    tokenizer_->TokenizeTo(c, &t);
    for (const Token& k : t.tokens) {
      if (!IsWord(k.kind)) continue;
      if (!key.empty()) key.push_back(' ');
      key += Key(t.Normalized(k));
    }
    if (key.empty()) continue;
    if (seen.insert(key).second) tags.push_back(std::move(c));
  }
  return tags;
}

}  // namespace marsad
