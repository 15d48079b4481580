#include "eval/extraction_eval.h"

#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "marsad/analyzer.h"
#include "nlohmann/json.hpp"
#include "nlp/ner/text_ops.h"

namespace marsad::eval {
namespace {

using Json = nlohmann::json;

// The string under `key`, or "" when it is missing or null (gold records
// write `"speaker_text": null` for a named speaker and for none at all).
std::string OptString(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

// Byte offset of every code point (and of the end) of `s`.
std::vector<uint32_t> CodePointOffsets(std::string_view s) {
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
  }
  out.push_back(static_cast<uint32_t>(s.size()));
  return out;
}

struct GoldSpan {
  Field field;
  Span span;  // bytes
};

uint32_t Overlap(const Span& a, const Span& b) {
  uint32_t lo = std::max(a.begin, b.begin), hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

bool SameField(const TextRef& r, Field f) { return r.field == f; }

absl::StatusOr<std::vector<std::string>> ReadRecords(
    const std::string& path, const absl::flat_hash_map<uint64_t, int>& want) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) {
    return absl::NotFoundError(absl::StrCat("cannot open ", path));
  }
  std::vector<std::string> out(want.size());
  std::string line;
  char buf[1 << 16];
  uint64_t n = 0;
  size_t found = 0;
  bool eof = false;
  while (!eof && found < want.size()) {
    line.clear();
    for (;;) {
      if (gzgets(f, buf, sizeof buf) == nullptr) {
        eof = true;
        break;
      }
      line += buf;
      if (!line.empty() && line.back() == '\n') break;
    }
    if (eof && line.empty()) break;
    if (auto it = want.find(n); it != want.end()) {
      while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
        line.pop_back();
      }
      out[it->second] = line;
      ++found;
    }
    ++n;
  }
  gzclose(f);
  if (found < want.size()) {
    return absl::DataLossError(absl::StrCat(
        path, ": has ", n, " records; the gold names records beyond it"));
  }
  return out;
}

std::string Norm(std::string_view s) { return ner::NormalizeWord(s); }

// The first `n` code points of `s`.
std::string_view Prefix(std::string_view s, size_t n) {
  size_t i = 0;
  for (size_t k = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && k++ == n) break;
  }
  return s.substr(0, i);
}

bool Contains(const std::string& a, const std::string& b) {
  return !a.empty() && !b.empty() &&
         (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
}

// Two descriptions of one unnamed speaker: one holds the other, or one
// is the definite back-reference to the other («المصدر» after «مصدر حكومي
// رفيع»: annotators write either the short or the full form for «وأضاف
// المصدر»). Search-normalised input.
bool SameDescription(const std::string& a, const std::string& b) {
  if (Contains(a, b)) return true;
  auto definite_of = [](const std::string& word, const std::string& full) {
    if (word.find(' ') != std::string::npos || !word.starts_with("ال") ||
        word.size() <= 4) {
      return false;
    }
    const std::string bare = word.substr(4);  // «ال» is 4 bytes
    return full == bare || full.starts_with(bare + " ");
  };
  return definite_of(a, b) || definite_of(b, a);
}

// One record is one page; it may hold several articles (a related article
// after «إقرأ أيضاً»), and the gold annotates the page as a whole. The
// articles are joined into one: their mentions, quotes and dates side by
// side, and their entities linked as the store links them across documents
// (the same key; a one-word person key joins the one person whose key ends
// with it). The reference day is the main article's.
Article MergePage(std::vector<Article> got) {
  Article a = std::move(got[0]);
  for (size_t k = 1; k < got.size(); ++k) {
    Article& b = got[k];
    const auto mention_base = static_cast<uint32_t>(a.entities.size());
    const auto entity_base = static_cast<int32_t>(a.canonical.size());
    const auto date_base = static_cast<int32_t>(a.dates.size());
    // Where each of b's entities goes in `a`.
    std::vector<int32_t> to(b.canonical.size(), -1);
    for (size_t i = 0; i < b.canonical.size(); ++i) {
      const Entity& e = b.canonical[i];
      int32_t same = -1, by_last = -1;
      int last_hits = 0;
      const size_t colon = e.key.find(':');
      const bool one_word = colon != std::string::npos &&
                            e.key.find(' ', colon) == std::string::npos;
      for (int32_t j = 0; j < entity_base; ++j) {
        const std::string& key = a.canonical[j].key;
        if (!e.key.empty() && key == e.key) same = j;
        if (e.type == "PER" && one_word &&
            key.starts_with(e.key.substr(0, colon + 1)) &&
            key.ends_with(absl::StrCat(" ", e.key.substr(colon + 1)))) {
          by_last = j;
          ++last_hits;
        }
      }
      if (same < 0 && last_hits == 1) same = by_last;
      to[i] = same;
    }
    int32_t next = entity_base;
    for (size_t i = 0; i < b.canonical.size(); ++i) {
      if (to[i] < 0) {
        to[i] = next++;
        Entity e = b.canonical[i];
        e.mentions.clear();
        a.canonical.push_back(std::move(e));
      }
      for (uint32_t m : b.canonical[i].mentions) {
        a.canonical[to[i]].mentions.push_back(mention_base + m);
      }
    }
    for (EntityMention& m : b.entities) {
      if (m.entity >= 0) m.entity = to[m.entity];
      a.entities.push_back(std::move(m));
    }
    auto remap = [&](int32_t x) { return x >= 0 ? to[x] : x; };
    for (Quote& q : b.quotes) {
      q.speaker = remap(q.speaker);
      q.addressee = remap(q.addressee);
      q.reporter = remap(q.reporter);
      if (q.date >= 0) q.date += date_base;
      a.quotes.push_back(std::move(q));
    }
    for (TimeExpression& t : b.dates) a.dates.push_back(std::move(t));
  }
  return a;
}

}  // namespace

absl::StatusOr<ExtractionEvalResult> EvaluateExtraction(
    const ExtractionEvalOptions& options, std::ostream* errors) {
  std::ifstream in(options.gold_path);
  if (!in) {
    return absl::NotFoundError(
        absl::StrCat("cannot open gold file ", options.gold_path));
  }
  std::vector<Json> gold;
  absl::flat_hash_map<uint64_t, int> want;
  std::string line;
  for (int lineno = 1; std::getline(in, line); ++lineno) {
    if (line.empty()) continue;
    Json g = Json::parse(line, nullptr, false);
    if (g.is_discarded() || !g.contains("record")) {
      return absl::InvalidArgumentError(
          absl::StrCat(options.gold_path, ":", lineno, ": not a gold record"));
    }
    want.emplace(g["record"].get<uint64_t>(), static_cast<int>(gold.size()));
    gold.push_back(std::move(g));
  }
  absl::StatusOr<std::vector<std::string>> records =
      ReadRecords(options.corpus_path, want);
  if (!records.ok()) return records.status();

  AnalyzerOptions ao;
  ao.ner_model = options.ner_model;
  absl::StatusOr<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create(ao);
  if (!analyzer.ok()) return analyzer.status();

  ExtractionEvalResult r;
  std::ostream& err = *errors;
  uint64_t current = 0;
  // A gold record of the wrong shape (a number where a string belongs) is
  // reported with its record number rather than ending the process.
  try {
    for (const Json& g : gold) {
      const uint64_t rec = g["record"].get<uint64_t>();
      current = rec;
      const std::string& raw = (*records)[want[rec]];
      Json record = Json::parse(raw);
      const std::string title = record.value("title", "");
      const std::string content = record.value("content", "");
      const std::vector<uint32_t> title_cp = CodePointOffsets(title);
      const std::vector<uint32_t> content_cp = CodePointOffsets(content);
      if (title_cp.size() - 1 != g["title_chars"].get<size_t>() ||
          content_cp.size() - 1 != g["content_chars"].get<size_t>()) {
        return absl::DataLossError(absl::StrCat(
            "record ", rec, " of ", options.corpus_path,
            " differs from the one annotated (lengths do not match)"));
      }
      auto to_gold = [&](const Json& s) -> GoldSpan {
        const bool is_title = s["field"] == "title";
        const auto& cp = is_title ? title_cp : content_cp;
        size_t b = std::min<size_t>(s["start"].get<size_t>(), cp.size() - 1);
        size_t e = std::min<size_t>(s["end"].get<size_t>(), cp.size() - 1);
        return {is_title ? Field::kTitle : Field::kContent, {cp[b], cp[e]}};
      };
      auto text_of = [&](const TextRef& t) -> std::string {
        const std::string& s = t.field == Field::kTitle ? title : content;
        return std::string(t.span.Of(s));
      };

      // Analyse the record as marsad would read it from a .jsonl file.
      std::vector<Article> got;
      AnalyzeStats stats;
      auto t0 = std::chrono::steady_clock::now();
      (*analyzer)->AnalyzePage(
          raw, absl::StrCat("record-", rec, ".jsonl"),
          [&](const AnalyzedArticle& a) { got.push_back(*a.article); },
          [&](const DocumentFailure& f) { err << f.message << "\n"; }, &stats);
      r.analyse_seconds +=
          std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
              .count();
      if (got.empty()) {
        return absl::InternalError(
            absl::StrCat("record ", rec, ": marsad found no article"));
      }
      const Article a = MergePage(std::move(got));
      ++r.articles;
      {
        std::istringstream ws(title + " " + content);
        std::string w;
        while (ws >> w) ++r.words;
      }

      // --- Mentions and merging.
      struct GM {
        GoldSpan s;
        std::string entity;
      };
      std::vector<GM> gm;
      absl::flat_hash_map<std::string, std::vector<GoldSpan>> gold_mentions;
      for (const Json& e : g["entities"]) {
        for (const Json& m : e["mentions"]) {
          gm.push_back({to_gold(m), e["id"]});
          gold_mentions[e["id"].get<std::string>()].push_back(gm.back().s);
        }
      }
      std::vector<int> match(gm.size(), -1);
      std::vector<bool> used(a.entities.size(), false);
      for (size_t i = 0; i < gm.size(); ++i) {
        uint32_t best = 0;
        for (size_t j = 0; j < a.entities.size(); ++j) {
          if (used[j] || !SameField(a.entities[j].ref, gm[i].s.field)) continue;
          uint32_t o = Overlap(a.entities[j].ref.span, gm[i].s.span);
          if (o > best) {
            best = o;
            match[i] = static_cast<int>(j);
          }
        }
        if (match[i] >= 0) used[match[i]] = true;
      }
      for (size_t i = 0; i < gm.size(); ++i) {
        if (match[i] >= 0) {
          ++r.mentions.tp;
        } else {
          ++r.mentions.fn;
          if (options.show_errors) {
            err << "record " << rec << ": missed mention «"
                << text_of({gm[i].s.field, gm[i].s.span}) << "»\n";
          }
        }
      }
      for (size_t j = 0; j < a.entities.size(); ++j) {
        if (!used[j] && a.entities[j].ref.field != Field::kPage)
          ++r.mentions.fp;
      }
      for (size_t i = 0; i < gm.size(); ++i) {
        if (match[i] < 0) continue;
        for (size_t k = i + 1; k < gm.size(); ++k) {
          if (match[k] < 0) continue;
          const bool gold_same = gm[i].entity == gm[k].entity;
          const bool sys_same =
              a.entities[match[i]].entity == a.entities[match[k]].entity;
          if (gold_same && sys_same) ++r.merge_pairs.tp;
          if (!gold_same && sys_same) {
            ++r.merge_pairs.fp;
            if (options.show_errors) {
              err << "record " << rec << ": merged «"
                  << text_of({gm[i].s.field, gm[i].s.span}) << "» and «"
                  << text_of({gm[k].s.field, gm[k].s.span}) << "»\n";
            }
          }
          if (gold_same && !sys_same) {
            ++r.merge_pairs.fn;
            if (options.show_errors) {
              err << "record " << rec << ": not merged «"
                  << text_of({gm[i].s.field, gm[i].s.span}) << "» and «"
                  << text_of({gm[k].s.field, gm[k].s.span}) << "»\n";
            }
          }
        }
      }

      // --- Quotes and speakers.
      const Json& gq = g["quotes"];
      std::vector<int> qmatch(gq.size(), -1);
      std::vector<bool> qused(a.quotes.size(), false);
      for (size_t i = 0; i < gq.size(); ++i) {
        GoldSpan s = to_gold(gq[i]);
        double best = 0;
        for (size_t j = 0; j < a.quotes.size(); ++j) {
          if (qused[j] || !SameField(a.quotes[j].ref, s.field)) continue;
          const Span& p = a.quotes[j].ref.span;
          const double o = Overlap(p, s.span);
          if (o >= 0.5 * s.span.size() && o >= 0.5 * p.size() && o > best) {
            best = o;
            qmatch[i] = static_cast<int>(j);
          }
        }
        if (qmatch[i] >= 0) {
          qused[qmatch[i]] = true;
          ++r.quotes.tp;
        } else {
          ++r.quotes.fn;
          if (options.show_errors) {
            err << "record " << rec << ": missed quote «"
                << text_of({s.field, s.span}) << "»\n";
          }
        }
      }
      for (size_t j = 0; j < a.quotes.size(); ++j) {
        if (!qused[j]) {
          ++r.quotes.fp;
          if (options.show_errors) {
            err << "record " << rec << ": extra quote [" << a.quotes[j].cue
                << "] «" << a.quotes[j].text << "»\n";
          }
        }
      }
      for (size_t i = 0; i < gq.size(); ++i) {
        if (qmatch[i] < 0) continue;
        const Quote& q = a.quotes[qmatch[i]];
        const Json& gs = gq[i]["speaker"];
        bool ok = false;
        std::string gold_name;
        if (!gs.is_null()) {
          ++r.named_speaker_total;
          const std::string id = gs.get<std::string>();
          for (const Json& e : g["entities"]) {
            if (e["id"] == id) gold_name = e["canonical"];
          }
          if (q.speaker >= 0) {
            for (uint32_t m : a.canonical[q.speaker].mentions) {
              for (const GoldSpan& s : gold_mentions[id]) {
                ok |= SameField(a.entities[m].ref, s.field) &&
                      Overlap(a.entities[m].ref.span, s.span) > 0;
              }
            }
            ok |= Contains(Norm(a.canonical[q.speaker].name), Norm(gold_name));
          }
          if (ok) ++r.named_speaker_correct;
        } else {
          gold_name = OptString(gq[i], "speaker_text");
          ok = q.speaker < 0 &&
               (SameDescription(Norm(q.speaker_text), Norm(gold_name)) ||
                (q.speaker_text.empty() && gold_name.empty()));
        }
        ++r.speaker_total;
        if (ok) {
          ++r.speaker_correct;
        } else if (options.show_errors) {
          err << "record " << rec << ": speaker «"
              << (q.speaker >= 0 ? a.canonical[q.speaker].name : q.speaker_text)
              << "» should be «" << gold_name << "» for «" << Prefix(q.text, 60)
              << "»\n";
        }
      }

      // --- Reference day (what relative days are resolved against).
      if (g.contains("reference_date") && g["reference_date"].is_string()) {
        ++r.reference_total;
        if (a.reference_date && a.reference_date->ToIso() ==
                                    g["reference_date"].get<std::string>()) {
          ++r.reference_correct;
        } else if (options.show_errors) {
          err << "record " << rec << ": reference day "
              << (a.reference_date ? a.reference_date->ToIso() : "none") << " ("
              << a.reference_basis << "), gold "
              << g["reference_date"].get<std::string>() << "\n";
        }
      }

      // --- Dates.
      const Json& gd = g["dates"];
      std::vector<bool> dused(a.dates.size(), false);
      for (const Json& d : gd) {
        ++r.date_gold;
        GoldSpan s = to_gold(d);
        int best = -1;
        uint32_t best_o = 0;
        for (size_t j = 0; j < a.dates.size(); ++j) {
          if (dused[j] || !SameField(a.dates[j].ref, s.field)) continue;
          uint32_t o = Overlap(a.dates[j].ref.span, s.span);
          if (o > best_o) {
            best_o = o;
            best = static_cast<int>(j);
          }
        }
        std::string want_value = d["value"].is_null() ? "" : d["value"];
        if (best < 0) {
          ++r.dates.fn;
          if (options.show_errors) {
            err << "record " << rec << ": missed date «" << d.value("text", "")
                << "» = " << (want_value.empty() ? "null" : want_value) << "\n";
          }
          continue;
        }
        dused[best] = true;
        ++r.dates.tp;
        const TimeExpression& t = a.dates[best];
        std::string got_value = t.value ? t.value->ToIso() : "";
        if (got_value == want_value) {
          ++r.date_value_correct;
        } else if (options.show_errors) {
          err << "record " << rec << ": date «" << t.text
              << "» = " << (got_value.empty() ? "null" : got_value) << ", gold "
              << (want_value.empty() ? "null" : want_value) << " (reference "
              << (a.reference_date ? a.reference_date->ToIso() : "none") << " "
              << a.reference_basis << ")\n";
        }
      }
      for (size_t j = 0; j < a.dates.size(); ++j) {
        if (!dused[j]) {
          ++r.dates.fp;
          if (options.show_errors) {
            err << "record " << rec << ": extra date «" << a.dates[j].text
                << "»\n";
          }
        }
      }
    }
  } catch (const Json::exception& e) {
    return absl::InvalidArgumentError(
        absl::StrCat(options.gold_path, ": record ", current,
                     ": malformed gold: ", e.what()));
  }
  return r;
}

std::string FormatExtractionTable(const ExtractionEvalResult& r) {
  auto pct = [](uint64_t a, uint64_t b) {
    return b == 0 ? 0.0 : double(a) / double(b);
  };
  std::string out = absl::StrFormat(
      "%d articles, %d words, analysed in %.2f s\n\n"
      "| figure | P | R | F1 / accuracy | n (gold) | target |\n"
      "|---|---|---|---|---|---|\n",
      r.articles, r.words, r.analyse_seconds);
  absl::StrAppendFormat(&out,
                        "| quotes (overlap >= 50%%) | %.3f | %.3f | **%.3f** "
                        "| %d | F1 >= 0.90 |\n",
                        r.quotes.P(), r.quotes.R(), r.quotes.F1(),
                        r.quotes.tp + r.quotes.fn);
  absl::StrAppendFormat(&out,
                        "| speaker attribution (matched quotes) | | | **%.3f** "
                        "| %d | >= 0.85 |\n",
                        pct(r.speaker_correct, r.speaker_total),
                        r.speaker_total);
  absl::StrAppendFormat(&out, "| — named speakers only | | | %.3f | %d | |\n",
                        pct(r.named_speaker_correct, r.named_speaker_total),
                        r.named_speaker_total);
  absl::StrAppendFormat(
      &out, "| day expressions found | %.3f | %.3f | %.3f | %d | |\n",
      r.dates.P(), r.dates.R(), r.dates.F1(), r.date_gold);
  absl::StrAppendFormat(
      &out,
      "| date resolution (right day / gold) | | | **%.3f** | %d | >= 0.95 |\n",
      pct(r.date_value_correct, r.date_gold), r.date_gold);
  absl::StrAppendFormat(
      &out, "| date resolution (right day / found) | | | %.3f | %d | |\n",
      pct(r.date_value_correct, r.dates.tp), r.dates.tp);
  absl::StrAppendFormat(
      &out, "| reference day (publication day inferred) | | | %.3f | %d | |\n",
      pct(r.reference_correct, r.reference_total), r.reference_total);
  absl::StrAppendFormat(&out,
                        "| variant merging, pairwise | %.3f | %.3f | **%.3f** "
                        "| %d pairs | F1 >= 0.95 |\n",
                        r.merge_pairs.P(), r.merge_pairs.R(),
                        r.merge_pairs.F1(),
                        r.merge_pairs.tp + r.merge_pairs.fn);
  absl::StrAppendFormat(
      &out, "| entity mentions found (overlap) | %.3f | %.3f | %.3f | %d | |\n",
      r.mentions.P(), r.mentions.R(), r.mentions.F1(),
      r.mentions.tp + r.mentions.fn);
  return out;
}

}  // namespace marsad::eval
