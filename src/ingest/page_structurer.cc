#include "ingest/page_structurer.h"

#include <algorithm>
#include <cstdio>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "xxhash.h"

namespace marsad {
namespace {

bool IsWordKind(TokenKind k) {
  return k == TokenKind::kArabicWord || k == TokenKind::kLatinWord ||
         k == TokenKind::kNumber;
}

// Last code point of s (s non-empty, valid UTF-8) and where it starts.
char32_t LastCodePoint(std::string_view s, size_t* start) {
  size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  *start = i;
  size_t j = i;
  return utf8::Decode(s, &j);
}

bool IsClosing(char32_t c) {
  return c == '"' || c == '\'' || c == 0xBB /*»*/ || c == 0x201D /*”*/ ||
         c == 0x2019 /*’*/ || c == ')' || c == ']' || c == 0xFD3F;
}

bool IsFinal(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x061F /*؟*/ ||
         c == 0x2026 /*…*/ || c == ':' || c == 0x061B /*؛*/ ||
         c == 0x06D4 /*۔*/;
}

// A paragraph that carries on the article before it: «وقال …», «من جهته،
// …», «في المقابل، …», «(صورة …)».
bool GoesOn(std::string_view paragraph) {
  paragraph = TrimSpace(paragraph);
  static constexpr std::string_view kOpeners[] = {
      "و",         "(",          "من جهته", "من جهتها", "من جانبه",
      "من جانبها", "في المقابل", "كما",     "بدوره",    "بدورها",
      "إلى ذلك",   "الى ذلك",    "في سياق"};
  for (std::string_view o : kOpeners) {
    if (paragraph.starts_with(o)) return true;
  }
  return false;
}

// Content words (four letters or more, normalised) that a headline and a
// paragraph share.
int SharedWordsOf(const Normalizer& normalizer, std::string_view headline,
                  std::string_view paragraph) {
  auto words = [&](std::string_view text) {
    std::vector<std::string> out;
    for (absl::string_view piece :
         absl::StrSplit(AV(text), ' ', absl::SkipEmpty())) {
      // Without the punctuation around it («الدولار.», «"الذهب"»).
      std::string_view w(piece.data(), piece.size());
      static constexpr std::string_view kMarks[] = {".",  ",", ":", "!", "?",
                                                    "\"", "'", "(", ")", "،",
                                                    "؛",  "؟", "«", "»"};
      for (bool trimmed = true; trimmed && !w.empty();) {
        trimmed = false;
        for (std::string_view m : kMarks) {
          if (w.starts_with(m)) {
            w.remove_prefix(m.size());
            trimmed = true;
          }
          if (w.ends_with(m)) {
            w.remove_suffix(m.size());
            trimmed = true;
          }
        }
      }
      std::string n = normalizer.NormalizeString(w);
      if (utf8::CodePointCount(n) >= 4) out.push_back(std::move(n));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  const std::vector<std::string> a = words(headline), b = words(paragraph);
  int shared = 0;
  for (const std::string& w : a) {
    shared += std::binary_search(b.begin(), b.end(), w) ? 1 : 0;
  }
  return shared;
}

}  // namespace

PageStructurer::PageStructurer(const Normalizer* normalizer,
                               const Tokenizer* tokenizer,
                               const Stemmer* stemmer,
                               PageStructurerOptions options)
    : normalizer_(normalizer),
      tokenizer_(tokenizer),
      stemmer_(stemmer),
      options_(options),
      markers_(normalizer) {}

bool PageStructurer::EndsSentence(std::string_view line) const {
  // «...» and "..." at the end count only if punctuation precedes them.
  bool saw_closing = false;
  while (!line.empty()) {
    size_t start;
    char32_t c = LastCodePoint(line, &start);
    if (IsFinal(c)) return true;
    if (!IsClosing(c)) return false;
    saw_closing = true;
    line = TrimSpace(line.substr(0, start));
  }
  (void)saw_closing;
  return false;
}

int PageStructurer::CountWords(std::string_view line) const {
  TokenizedText t;
  tokenizer_->TokenizeTo(line, &t);
  int n = 0;
  for (const Token& k : t.tokens) n += IsWordKind(k.kind);
  return n;
}

absl::Status PageStructurer::StructurePage(std::string_view page,
                                           uint64_t first_line,
                                           std::vector<Article>* out) const {
  std::vector<LineRef> lines;
  uint64_t number = first_line;
  size_t pos = 0;
  while (pos <= page.size()) {
    size_t nl = page.find('\n', pos);
    size_t end = nl == std::string_view::npos ? page.size() : nl;
    std::string_view raw = page.substr(pos, end - pos);
    std::string_view text = TrimSpace(raw);
    if (!text.empty()) {
      uint32_t b = static_cast<uint32_t>(text.data() - page.data());
      lines.push_back(
          {text,
           {Field::kPage, {b, b + static_cast<uint32_t>(text.size())}},
           number});
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
    ++number;
  }
  if (lines.empty()) {
    return absl::InvalidArgumentError("page has no text lines");
  }
  return Structure(lines, /*title_given=*/false, out);
}

absl::Status PageStructurer::StructureRecord(const RecordFields& record,
                                             std::vector<Article>* out) const {
  std::vector<LineRef> lines;
  std::string_view title = TrimSpace(record.title);
  if (title.empty()) return absl::InvalidArgumentError("record has no title");
  uint32_t tb = static_cast<uint32_t>(title.data() - record.title.data());
  lines.push_back(
      {title,
       {Field::kTitle, {tb, tb + static_cast<uint32_t>(title.size())}},
       0});
  std::string_view content = record.content;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    size_t end = nl == std::string_view::npos ? content.size() : nl;
    std::string_view text = TrimSpace(content.substr(pos, end - pos));
    if (!text.empty()) {
      uint32_t b = static_cast<uint32_t>(text.data() - content.data());
      lines.push_back(
          {text,
           {Field::kContent, {b, b + static_cast<uint32_t>(text.size())}},
           0});
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  size_t first = out->size();
  absl::Status s = Structure(lines, /*title_given=*/true, out);
  if (!s.ok()) return s;
  Article& main = (*out)[first];
  if (!record.date.empty() && !main.published) {
    main.published_text = record.date;
    if (std::optional<FoundDate> d = FindDate(record.date)) {
      main.published = d->date;
    }
  }
  if (!record.source.empty()) main.source = record.source;
  if (!record.url.empty()) main.url = record.url;
  if (!record.author.empty()) main.author = record.author;
  if (!record.tags.empty()) {
    std::vector<std::string> tags = main.tags;
    for (const std::string& t : record.tags) {
      std::string_view tt = TrimSpace(t);
      if (!tt.empty() &&
          std::find(tags.begin(), tags.end(), tt) == tags.end()) {
        tags.emplace_back(tt);
      }
    }
    main.tags = std::move(tags);
  }
  return absl::OkStatus();
}

absl::Status PageStructurer::Structure(const std::vector<LineRef>& lines,
                                       bool title_given,
                                       std::vector<Article>* out) const {
  struct Draft {
    Article article;
    std::vector<const LineRef*> body;
    std::vector<std::pair<std::string_view, uint64_t>> tag_lines;
    bool has_title = false;
    uint64_t title_line = 0;
  };
  std::vector<Draft> drafts(1);
  auto sub_ref = [](const LineRef& line, std::string_view part) {
    uint32_t b = line.ref.span.begin +
                 static_cast<uint32_t>(part.data() - line.text.data());
    return TextRef{line.ref.field, {b, b + static_cast<uint32_t>(part.size())}};
  };
  auto touch = [](Draft& d, const LineRef& line) {
    if (d.article.input.first_line == 0) {
      d.article.input.first_line = line.line_number;
    }
    d.article.input.last_line =
        std::max(d.article.input.last_line, line.line_number);
  };

  for (size_t i = 0; i < lines.size(); ++i) {
    const LineRef& line = lines[i];
    LineClass c;
    if (title_given && i == 0) {
      c.kind = LineKind::kText;  // the record's title field
    } else {
      c = markers_.Classify(line.text);
    }
    // «شارك الخبر» then «الأهلي الزمالك كأس السوبر المصري مارسيل كولر»:
    // an unlabelled line of names after the share buttons is the page's
    // tag line (no punctuation, a few words), not a paragraph.
    if (c.kind == LineKind::kText && i > 0 && !(title_given && i == 1)) {
      size_t p = i;
      while (p > 0 && TrimSpace(lines[p - 1].text).empty()) --p;
      const std::string_view t = TrimSpace(line.text);
      const int words = CountWords(t);
      if (p > 0 && words >= 2 && words <= 20 &&
          t.find_first_of(".,:;!?()\"") == std::string_view::npos &&
          t.find("،") == std::string_view::npos &&
          t.find("؛") == std::string_view::npos &&
          t.find("؟") == std::string_view::npos &&
          t.find("«") == std::string_view::npos &&
          markers_.Classify(lines[p - 1].text).kind == LineKind::kShare) {
        c.kind = LineKind::kTags;
        c.value = t;
      }
    }
    // «اقرأ أيضا: <headline>» in the middle of an article, which goes on
    // on the next line: a link, not the start of another article. That one
    // opens with the marker alone, gives its own date line next, or its
    // first paragraph tells the headline's story (shares its words).
    if (c.kind == LineKind::kRelated && !c.value.empty() &&
        drafts.back().has_title && !drafts.back().body.empty()) {
      bool more_text = false, dated = false, same_story = false;
      for (size_t j = i + 1; j < lines.size(); ++j) {
        const LineClass next = markers_.Classify(lines[j].text);
        if (TrimSpace(lines[j].text).empty()) continue;
        more_text = next.kind == LineKind::kText;
        dated = next.kind == LineKind::kDate;
        same_story = more_text && !GoesOn(lines[j].text) &&
                     SharedWordsOf(*normalizer_, c.value, lines[j].text) >= 2;
        break;
      }
      if (!dated && !same_story && (more_text || i + 1 == lines.size())) {
        touch(drafts.back(), line);
        drafts.back().article.links.push_back(
            {std::string(c.value), sub_ref(line, c.value)});
        continue;
      }
    }
    // «اقرأ أيضاً» alone, then a headline, then a paragraph that carries on
    // the article («وقال مصدر …»): the headline is a link and the article
    // goes on (a related article opens with its own lead, as the seed's
    // «قال رئيس الوزراء …» does).
    if (c.kind == LineKind::kRelated && c.value.empty() &&
        drafts.back().has_title && !drafts.back().body.empty()) {
      size_t h = i + 1;
      while (h < lines.size() && TrimSpace(lines[h].text).empty()) ++h;
      size_t p = h + 1;
      while (p < lines.size() && TrimSpace(lines[p].text).empty()) ++p;
      if (p < lines.size() &&
          markers_.Classify(lines[h].text).kind == LineKind::kText &&
          markers_.Classify(lines[p].text).kind == LineKind::kText &&
          lines[h].text.size() <= options_.max_title_bytes &&
          !EndsSentence(lines[h].text) && GoesOn(lines[p].text)) {
        touch(drafts.back(), line);
        touch(drafts.back(), lines[h]);
        const std::string_view headline = TrimSpace(lines[h].text);
        drafts.back().article.links.push_back(
            {std::string(headline), sub_ref(lines[h], headline)});
        i = h;
        continue;
      }
    }
    if (c.kind == LineKind::kRelated) {
      if (drafts.size() >= options_.max_articles_per_page) {
        return absl::InvalidArgumentError(absl::StrCat(
            "more than ", options_.max_articles_per_page,
            " articles in one page (line ", line.line_number, ")"));
      }
      drafts.emplace_back();
      drafts.back().article.role = ArticleRole::kRelated;
      touch(drafts.back(), line);
      if (!c.value.empty()) {
        drafts.back().article.title = std::string(c.value);
        drafts.back().article.title_ref = sub_ref(line, c.value);
        drafts.back().has_title = true;
        drafts.back().title_line = line.line_number;
      }
      continue;
    }
    Draft& d = drafts.back();
    touch(d, line);
    switch (c.kind) {
      case LineKind::kText:
        if (!d.has_title) {
          if (line.text.size() > options_.max_title_bytes) {
            if (drafts.size() == 1) {
              return absl::InvalidArgumentError(
                  absl::StrCat("page has no title: line ", line.line_number,
                               " is a ", utf8::CodePointCount(line.text),
                               "-character paragraph, too long for a title"));
            }
            // A related section without a headline: its text is body.
            d.has_title = true;
            d.body.push_back(&line);
            break;
          }
          d.article.title = std::string(line.text);
          d.article.title_ref = line.ref;
          d.has_title = true;
          d.title_line = line.line_number;
        } else {
          d.body.push_back(&line);
        }
        break;
      case LineKind::kDate:
        if (!d.article.published && !d.article.published_ref) {
          d.article.published_text = std::string(c.value);
          if (c.date) {
            d.article.published = c.date->date;
            uint32_t b =
                line.ref.span.begin +
                static_cast<uint32_t>(c.value.data() - line.text.data()) +
                c.date->span.begin;
            d.article.published_ref =
                TextRef{line.ref.field, {b, b + c.date->span.size()}};
            d.article.published_date_text = std::string(
                c.value.substr(c.date->span.begin, c.date->span.size()));
          }
        }
        break;
      case LineKind::kSource:
        if (d.article.source.empty() && !c.value.empty()) {
          d.article.source = std::string(c.value);
          d.article.source_ref = sub_ref(line, c.value);
        }
        break;
      case LineKind::kTags:
        d.tag_lines.emplace_back(c.value, line.line_number);
        if (!c.value.empty()) {
          d.article.tag_lines.push_back(
              {std::string(c.value), sub_ref(line, c.value)});
        }
        break;
      case LineKind::kAuthor:
        if (d.article.author.empty()) d.article.author = std::string(c.value);
        break;
      case LineKind::kUrl:
        if (d.article.url.empty()) d.article.url = std::string(c.value);
        break;
      case LineKind::kRelated:
      case LineKind::kShare:  // share buttons: no text of the article
        break;
    }
  }

  if (!drafts[0].has_title) {
    return absl::InvalidArgumentError(
        "page has no title: it has only metadata lines");
  }

  // «إقرأ أيضاً» followed by a list of headlines (short lines, none ending
  // a sentence) is several related articles known by their titles, not one
  // article whose paragraphs are other articles' headlines.
  for (size_t k = 1; k < drafts.size(); ++k) {
    Draft& d = drafts[k];
    if (d.body.empty() || !d.tag_lines.empty() || !d.article.source.empty() ||
        d.article.published_ref) {
      continue;
    }
    auto headline = [&](std::string_view text) {
      int w = CountWords(text);
      return w > 0 && w <= options_.max_headline_list_words &&
             !EndsSentence(text);
    };
    bool list = headline(d.article.title);
    for (const LineRef* line : d.body) list = list && headline(line->text);
    if (!list) continue;
    std::vector<Draft> split;
    for (const LineRef* line : d.body) {
      if (drafts.size() + split.size() >= options_.max_articles_per_page) {
        break;
      }
      Draft one;
      one.article.role = ArticleRole::kRelated;
      one.article.title = std::string(line->text);
      one.article.title_ref = line->ref;
      one.article.input.first_line = one.article.input.last_line =
          line->line_number;
      one.has_title = true;
      split.push_back(std::move(one));
    }
    d.body.clear();
    d.article.input.last_line = d.title_line;
    drafts.insert(drafts.begin() + k + 1,
                  std::make_move_iterator(split.begin()),
                  std::make_move_iterator(split.end()));
    k += split.size();
  }

  // Paragraphs and subheadings.
  for (Draft& d : drafts) {
    const size_t n = d.body.size();
    std::vector<int> words(n);
    std::vector<bool> ends(n);
    int long_lines = 0, long_punct = 0;
    for (size_t j = 0; j < n; ++j) {
      words[j] = CountWords(d.body[j]->text);
      ends[j] = EndsSentence(d.body[j]->text);
      if (words[j] > options_.max_subheading_words) {
        ++long_lines;
        long_punct += ends[j];
      }
    }
    // Pages that do not end paragraphs with punctuation get a stricter test.
    bool punctuated = long_lines == 0 || 2 * long_punct >= long_lines;
    int max_words = punctuated ? options_.max_subheading_words
                               : options_.max_subheading_words / 2;
    for (size_t j = 0; j < n; ++j) {
      bool sub = j + 1 < n && words[j] > 0 && words[j] <= max_words &&
                 !ends[j] && words[j + 1] > words[j] &&
                 (ends[j + 1] || words[j + 1] >= 2 * words[j]);
      if (sub) {
        d.article.subheadings.push_back(
            {std::string(d.body[j]->text), d.body[j]->ref,
             static_cast<uint32_t>(d.article.paragraphs.size())});
      } else {
        d.article.paragraphs.push_back(
            {std::string(d.body[j]->text), d.body[j]->ref});
      }
    }
  }

  // Tags: words of a space-separated tag line are joined where the page's
  // own text has them side by side.
  TagGrouper grouper(tokenizer_, stemmer_, options_.tags);
  bool have_evidence = false;
  for (Draft& d : drafts) {
    for (auto& [tag_line, number] : d.tag_lines) {
      (void)number;
      if (!have_evidence) {
        for (const Draft& e : drafts) {
          grouper.AddEvidence(e.article.title);
          for (const Paragraph& p : e.article.paragraphs)
            grouper.AddEvidence(p.text);
          for (const Subheading& s : e.article.subheadings)
            grouper.AddEvidence(s.text);
        }
        have_evidence = true;
      }
      for (std::string& t : grouper.Group(tag_line)) {
        if (std::find(d.article.tags.begin(), d.article.tags.end(), t) ==
            d.article.tags.end()) {
          d.article.tags.push_back(std::move(t));
        }
      }
    }
  }

  size_t first = out->size();
  for (Draft& d : drafts) {
    if (!d.has_title) continue;  // a marker with nothing after it
    d.article.id = ArticleId(*normalizer_, d.article);
    out->push_back(std::move(d.article));
  }
  for (size_t i = first + 1; i < out->size(); ++i) {
    (*out)[i].main_id = (*out)[first].id;
  }
  return absl::OkStatus();
}

std::string ArticleId(const Normalizer& normalizer, const Article& article) {
  std::string text = normalizer.NormalizeString(article.title);
  for (const Paragraph& p : article.paragraphs) {
    text.push_back('\n');
    normalizer.NormalizeTo(p.text, &text);
  }
  XXH128_hash_t h = XXH3_128bits(text.data(), text.size());
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx",
                static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

}  // namespace marsad
