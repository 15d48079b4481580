#include "nlp/ner/conll.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "base/strings.h"
#include "nlp/ner/labels.h"

namespace marsad::ner {

absl::StatusOr<std::vector<ConllSentence>> ParseConll(std::string_view text,
                                                      std::string_view name) {
  std::vector<ConllSentence> out;
  ConllSentence cur;
  bool document_start = false;
  auto flush = [&] {
    if (cur.words.empty()) return;
    cur.document_start = document_start;
    document_start = false;
    out.push_back(std::move(cur));
    cur = ConllSentence();
  };
  size_t line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    std::string_view t = Trim(line);
    if (t.empty()) {
      flush();
      if (nl == text.size()) break;
      continue;
    }
    if (t.starts_with("-DOCSTART-")) {
      flush();
      document_start = true;
      if (nl == text.size()) break;
      continue;
    }
    size_t sp = t.find_last_of(" \t");
    if (sp == std::string_view::npos) continue;  // a tag with a lost token
    std::string_view word = Trim(t.substr(0, sp));
    std::string_view tag = t.substr(sp + 1);
    std::optional<int> label = ParseLabel(tag);
    if (!label) {
      return absl::InvalidArgumentError(absl::StrCat(
          AV(name), ":", line_no, ": unknown NER tag '", AV(tag), "'"));
    }
    cur.words.emplace_back(word);
    cur.tags.emplace_back(LabelName(*label));
    if (nl == text.size()) break;
  }
  flush();
  return out;
}

absl::StatusOr<std::vector<ConllSentence>> ReadConll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ParseConll(ss.str(), path);
}

std::vector<Mention> MentionsOf(const std::vector<std::string>& tags) {
  std::vector<Mention> out;
  std::string open;  // type of the open mention, "" when none
  for (uint32_t i = 0; i <= tags.size(); ++i) {
    std::string_view tag = i < tags.size() ? std::string_view(tags[i]) : "O";
    char bio = tag.empty() ? 'O' : tag[0];
    std::string_view type = tag.size() > 2 ? tag.substr(2) : "";
    bool starts = bio == 'B' || (bio == 'I' && type != open);
    bool ends_prev =
        !open.empty() && (bio == 'O' || bio == 'B' || type != open);
    if (ends_prev) {
      out.back().end = i;
      open.clear();
    }
    if (starts) {
      out.push_back(Mention{i, i + 1, std::string(type)});
      open = std::string(type);
    }
  }
  return out;
}

void ConllScorer::Add(const std::vector<std::string>& gold,
                      const std::vector<std::string>& pred) {
  tokens_ += gold.size();
  for (size_t i = 0; i < gold.size() && i < pred.size(); ++i) {
    token_correct_ += gold[i] == pred[i];
  }
  std::vector<Mention> g = MentionsOf(gold), p = MentionsOf(pred);
  std::set<Mention> pset(p.begin(), p.end()), gset(g.begin(), g.end());
  for (const Mention& m : g) {
    if (pset.count(m)) {
      per_type_[m.type].tp++;
      continue;
    }
    per_type_[m.type].fn++;
    bool same_span = false, overlap = false;
    for (const Mention& q : p) {
      if (q.begin == m.begin && q.end == m.end) {
        same_span_[{m.type, q.type}]++;
        same_span = true;
      } else if (q.begin < m.end && m.begin < q.end) {
        overlap = true;
      }
    }
    if (!same_span) (overlap ? boundary_ : missed_)++;
  }
  for (const Mention& q : p) {
    if (gset.count(q)) continue;
    per_type_[q.type].fp++;
    bool overlap = false;
    for (const Mention& m : g) {
      if (q.begin < m.end && m.begin < q.end) overlap = true;
    }
    if (!overlap) spurious_++;
  }
}

ConllScorer::Counts ConllScorer::Micro() const {
  Counts c;
  for (const auto& [type, k] : per_type_) {
    c.tp += k.tp;
    c.fp += k.fp;
    c.fn += k.fn;
  }
  return c;
}

std::string ConllScorer::Report() const {
  std::string out =
      absl::StrFormat("%-6s %9s %9s %9s %7s %7s %7s\n", "type", "precision",
                      "recall", "F1", "gold", "pred", "correct");
  auto row = [&](const std::string& name, const Counts& c) {
    out += absl::StrFormat("%-6s %9.4f %9.4f %9.4f %7d %7d %7d\n", name,
                           c.Precision(), c.Recall(), c.F1(), c.tp + c.fn,
                           c.tp + c.fp, c.tp);
  };
  for (const auto& [type, c] : per_type_) row(type, c);
  row("micro", Micro());
  out += absl::StrFormat("tokens %d, token accuracy %.4f\n", tokens_,
                         tokens_ ? double(token_correct_) / tokens_ : 0.0);
  out += "confusion (gold mentions not found exactly):\n";
  for (const auto& [k, n] : same_span_) {
    out += absl::StrFormat("  same span, %s tagged as %s: %d\n", k.first,
                           k.second, n);
  }
  out += absl::StrFormat("  wrong boundaries (overlapping prediction): %d\n",
                         boundary_);
  out += absl::StrFormat("  missed (no overlapping prediction): %d\n", missed_);
  out += absl::StrFormat("  spurious predictions (no overlapping gold): %d\n",
                         spurious_);
  return out;
}

}  // namespace marsad::ner
