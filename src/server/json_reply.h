// JSON helpers shared by the handlers (nlohmann::json, never exposed in a
// public header).
#ifndef MARSAD_SERVER_JSON_REPLY_H_
#define MARSAD_SERVER_JSON_REPLY_H_

#include <optional>
#include <string>

#include "marsad/date_parser.h"
#include "nlohmann/json.hpp"
#include "server/handlers.h"

namespace marsad::server {

// A 200 reply with `j` as its body. Invalid UTF-8 cannot come from the
// store or the index, but is replaced rather than throwing if it does.
inline Reply JsonReply(const nlohmann::json& j, int status = 200) {
  Reply r;
  r.status = status;
  r.body = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

// "YYYY-MM-DD" or null.
inline nlohmann::json DateJson(const std::optional<CivilDate>& d) {
  return d ? nlohmann::json(d->ToIso()) : nlohmann::json(nullptr);
}

}  // namespace marsad::server

#endif  // MARSAD_SERVER_JSON_REPLY_H_
