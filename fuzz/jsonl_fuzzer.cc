// Fuzzes the JSONL record parser: never crash, never accept a record
// without a title.
#include <cstdint>
#include <string_view>

#include "ingest/jsonl_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (64u << 10)) return 0;
  static marsad::JsonlParser parser;
  marsad::RecordFields record;
  std::string_view line(reinterpret_cast<const char*>(data), size);
  if (parser.Parse(line, &record).ok() && record.title.empty())
    __builtin_trap();
  return 0;
}
