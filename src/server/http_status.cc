#include "server/http_status.h"

#include <httplib.h>

#include "nlohmann/json.hpp"

namespace marsad::server {

int HttpStatusOf(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kOk:
      return 200;
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kOutOfRange:
    case absl::StatusCode::kFailedPrecondition:
      return 400;
    case absl::StatusCode::kUnauthenticated:
      return 401;
    case absl::StatusCode::kPermissionDenied:
      return 403;
    case absl::StatusCode::kNotFound:
      return 404;
    case absl::StatusCode::kAlreadyExists:
      return 409;
    case absl::StatusCode::kResourceExhausted:
      return 413;
    case absl::StatusCode::kUnimplemented:
      return 501;
    case absl::StatusCode::kUnavailable:
    case absl::StatusCode::kAborted:
    case absl::StatusCode::kDeadlineExceeded:
      return 503;
    default:
      return 500;
  }
}

const char* ReasonPhrase(int http_status) {
  switch (http_status) {
    case 200:
      return "OK";
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 408:
      return "Request Timeout";
    case 409:
      return "Conflict";
    case 413:
      return "Payload Too Large";
    case 414:
      return "URI Too Long";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Content";
    case 431:
      return "Request Header Fields Too Large";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 503:
      return "Service Unavailable";
    default:
      return "Error";
  }
}

std::string ErrorJson(int http_status, std::string_view message) {
  nlohmann::json j;
  j["error"] = std::string(message);
  j["status"] = http_status;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void WriteError(int http_status, std::string_view message,
                httplib::Response* res) {
  res->status = http_status;
  if (http_status == 401) {
    res->set_header("WWW-Authenticate", "Bearer realm=\"marsad\"");
  }
  if (http_status == 503) res->set_header("Retry-After", "1");
  res->set_content(ErrorJson(http_status, message),
                   "application/json; charset=utf-8");
}

void WriteError(const absl::Status& status, httplib::Response* res) {
  const int code = HttpStatusOf(status);
  std::string message(status.message());
  if (message.empty()) message = ReasonPhrase(code);
  if (code == 500) message = "internal error: " + message;
  WriteError(code, message, res);
}

}  // namespace marsad::server
