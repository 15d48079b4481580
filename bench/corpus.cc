#include "corpus.h"

#include <zlib.h>

#include <cstdio>
#include <cstdlib>

#include "simdjson.h"

namespace marsad::bench {

const Corpus& LoadCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    const char* env = std::getenv("MARSAD_NEWS");
    std::string path =
        env ? env
            : std::string(MARSAD_SHARED_DATA) + "/news/saudinewsnet.jsonl.gz";
    size_t limit = SIZE_MAX;
    if (const char* n = std::getenv("MARSAD_BENCH_ARTICLES")) {
      limit = std::strtoull(n, nullptr, 10);
    }
    gzFile f = gzopen(path.c_str(), "rb");
    if (f == nullptr) {
      std::fprintf(stderr, "bench: cannot open %s\n", path.c_str());
      std::exit(1);
    }
    char buf[1 << 16];
    int n;
    while ((n = gzread(f, buf, sizeof buf)) > 0) c->jsonl.append(buf, n);
    gzclose(f);
    simdjson::dom::parser parser;
    simdjson::dom::document_stream docs;
    if (parser.parse_many(c->jsonl).get(docs)) std::exit(1);
    std::string kept;
    for (auto doc : docs) {
      if (c->contents.size() >= limit) break;
      std::string_view title, content;
      if (doc["title"].get(title) || doc["content"].get(content)) continue;
      c->contents.push_back(std::string(title) + "\n" + std::string(content));
      c->bytes += c->contents.back().size();
    }
    if (limit != SIZE_MAX) {
      // Keep only the first `limit` lines of the JSONL for end-to-end runs.
      size_t pos = 0;
      for (size_t i = 0; i < limit && pos != std::string::npos; ++i) {
        pos = c->jsonl.find('\n', pos);
        if (pos != std::string::npos) ++pos;
      }
      if (pos != std::string::npos) c->jsonl.resize(pos);
    }
    return c;
  }();
  return *corpus;
}

}  // namespace marsad::bench
