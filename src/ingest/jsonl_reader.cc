#include "ingest/jsonl_reader.h"

#include <cstring>
#include <initializer_list>

#include "absl/strings/str_cat.h"
#include "nlohmann/json.hpp"
#include "simdjson.h"

namespace marsad {
namespace {

// nlohmann's SAX interface reports where a syntax error is without throwing;
// simdjson (the fast path) only says that there is one.
struct ErrorLocator : nlohmann::json_sax<nlohmann::json> {
  size_t position = 0;
  std::string message;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t pos, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    position = pos;
    message = ex.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 5: x"
    size_t colon = message.find(": ", message.find("parse error"));
    if (colon != std::string::npos) message = message.substr(colon + 2);
    return false;
  }
};

}  // namespace

struct JsonlParser::Impl {
  simdjson::dom::parser parser;
  simdjson::padded_string buffer;
};

JsonlParser::JsonlParser() : impl_(std::make_unique<Impl>()) {}
JsonlParser::~JsonlParser() = default;

absl::Status JsonlParser::Parse(std::string_view line, RecordFields* record,
                                std::string* fetched) {
  *record = RecordFields();
  if (fetched) fetched->clear();
  if (line.empty())
    return absl::InvalidArgumentError("empty line, not a record");
  if (impl_->buffer.size() < line.size() ||
      impl_->buffer.size() > 4 * line.size() + 4096) {
    impl_->buffer = simdjson::padded_string(line.size());
  }
  // padded_string keeps SIMDJSON_PADDING zero bytes after its size; copy the
  // line and parse exactly its length.
  std::memcpy(impl_->buffer.data(), line.data(), line.size());
  simdjson::dom::element doc;
  auto err =
      impl_->parser.parse(impl_->buffer.data(), line.size(), false).get(doc);
  if (err) {
    ErrorLocator locator;
    nlohmann::json::sax_parse(line, &locator);
    if (!locator.message.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("not valid JSON at column ", locator.position, ": ",
                       locator.message));
    }
    return absl::InvalidArgumentError(
        absl::StrCat("not valid JSON: ", simdjson::error_message(err)));
  }
  simdjson::dom::object obj;
  if (doc.get(obj)) {
    return absl::InvalidArgumentError("JSON value is not an object");
  }
  auto get_string = [&](std::initializer_list<const char*> names,
                        std::string* out) -> absl::Status {
    for (const char* name : names) {
      simdjson::dom::element e;
      if (obj.at_key(name).get(e)) continue;
      if (e.is_null()) continue;
      std::string_view sv;
      if (e.get(sv)) {
        return absl::InvalidArgumentError(
            absl::StrCat("field \"", name, "\" is not a string"));
      }
      out->assign(sv);
      return absl::OkStatus();
    }
    return absl::OkStatus();
  };
  absl::Status s;
  if (!(s = get_string({"title", "headline"}, &record->title)).ok()) return s;
  if (!(s = get_string({"content", "text", "body", "article"},
                       &record->content))
           .ok())
    return s;
  if (!(s = get_string(
            {"published", "date", "published_at", "pubDate", "date_published"},
            &record->date))
           .ok())
    return s;
  if (!(s = get_string({"source", "outlet", "site", "publisher"},
                       &record->source))
           .ok())
    return s;
  if (!(s = get_string({"url", "link"}, &record->url)).ok()) return s;
  if (!(s = get_string({"author", "byline"}, &record->author)).ok()) return s;
  if (fetched) {
    if (!(s = get_string({"date_extracted", "crawled_at", "fetched"}, fetched))
             .ok())
      return s;
  }
  for (const char* name : {"tags", "keywords"}) {
    simdjson::dom::element e;
    if (obj.at_key(name).get(e) || e.is_null()) continue;
    std::string_view one;
    simdjson::dom::array arr;
    if (!e.get(one)) {
      record->tags.emplace_back(one);
    } else if (!e.get(arr)) {
      for (simdjson::dom::element t : arr) {
        std::string_view tv;
        if (t.get(tv)) {
          return absl::InvalidArgumentError(
              absl::StrCat("field \"", name, "\" has a non-string element"));
        }
        record->tags.emplace_back(tv);
      }
    } else {
      return absl::InvalidArgumentError(absl::StrCat(
          "field \"", name, "\" is neither a string nor an array"));
    }
    break;
  }
  if (record->title.empty()) {
    return absl::InvalidArgumentError("record has no \"title\"");
  }
  return absl::OkStatus();
}

}  // namespace marsad
