// Loads the benchmark corpus: the `content` (and `title`) fields of
// ../shared/data/news/saudinewsnet.jsonl.gz (27,714 articles, 78 MB).
#ifndef MARSAD_BENCH_CORPUS_H_
#define MARSAD_BENCH_CORPUS_H_

#include <string>
#include <vector>

namespace marsad::bench {

struct Corpus {
  std::string jsonl;                  // the decompressed file
  std::vector<std::string> contents;  // title + "\n" + content per article
  size_t bytes = 0;                   // sum of contents' sizes
};

// Path from $MARSAD_NEWS or the default next to the source tree; at most
// $MARSAD_BENCH_ARTICLES articles (default: all). Exits on a missing file:
// a benchmark without its data has nothing to say.
const Corpus& LoadCorpus();

}  // namespace marsad::bench

#endif  // MARSAD_BENCH_CORPUS_H_
