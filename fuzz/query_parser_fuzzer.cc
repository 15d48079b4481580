// libFuzzer target for the search query parser and the query path of a
// small index: any bytes as a query must give a result or a clear status,
// never a crash or an out-of-bounds read.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "fuzzer/FuzzedDataProvider.h"
#include "marsad/search.h"
#include "search/query_parser.h"

namespace {

const marsad::SearchIndex& Index() {
  static const marsad::SearchIndex* index = [] {
    auto* idx = new marsad::SearchIndex();
    marsad::SearchDocument d;
    d.id = "a";
    d.title = "الرئيس الأميركي يزور الرياض";
    d.paragraphs = {"وقال المتحدث باسم البيت الأبيض إن «الزيارة» مهمة.",
                    "أعلنت إسرائيل إغلاق المعابر."};
    d.source = "sabq";
    d.published = marsad::CivilDate{2015, 7, 20};
    d.tags = {"سياسة"};
    (void)idx->Add(d);
    d.id = "b";
    d.title = "أسعار النفط ترتفع";
    d.source = "okaz";
    (void)idx->Add(d);
    (void)idx->Finish();
    return idx;
  }();
  return *index;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 8192) return 0;
  FuzzedDataProvider in(data, size);
  marsad::search_internal::QueryParserOptions opts;
  opts.max_bytes = in.ConsumeIntegralInRange<size_t>(0, 5000);
  opts.max_items = in.ConsumeIntegralInRange<size_t>(0, 40);
  const std::string query = in.ConsumeRemainingBytesAsString();
  (void)marsad::search_internal::ParseQuery(query, opts);
  marsad::SearchRequest req;
  req.query = query;
  req.size = 3;
  (void)Index().Search(req);
  (void)Index().MatchAll(req);
  return 0;
}
