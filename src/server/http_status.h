// The one place where absl statuses become HTTP statuses, and where every
// error response body is written: {"error": "<reason>", "status": <code>}.
//
//   absl::Status s = store->GetArticle(id).status();   // NotFound
//   WriteError(s, &res);          // 404 {"error": "...", "status": 404}
//
// Mapping (doc/api.md):
//   InvalidArgument, OutOfRange, FailedPrecondition* -> 400
//   Unauthenticated -> 401 (with WWW-Authenticate: Bearer)
//   PermissionDenied -> 403     NotFound -> 404      AlreadyExists -> 409
//   ResourceExhausted -> 413    Unavailable, Aborted, DeadlineExceeded -> 503
//                                                      (with Retry-After)
//   Unimplemented -> 501        anything else -> 500 ("internal error: ...")
// (*) FailedPrecondition is the caller's fault in the library's contract
// (e.g. "search before Finish" cannot happen here), except for the store's
// "not a marsad store", which is reported at start-up, not per request.
//
// Error messages are the library's own (they name the document and
// position); they never contain a stack trace.
#ifndef MARSAD_SERVER_HTTP_STATUS_H_
#define MARSAD_SERVER_HTTP_STATUS_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace httplib {
struct Response;
}

namespace marsad::server {

// The HTTP status for a non-OK absl status.
int HttpStatusOf(const absl::Status& status);

// The reason phrase ("Not Found") for the codes this server sends.
const char* ReasonPhrase(int http_status);

// {"error": message, "status": http_status} (valid UTF-8: invalid bytes in
// `message` are replaced).
std::string ErrorJson(int http_status, std::string_view message);

// Sets res to the error response for `status` (body, content type, status
// code and the headers the code calls for).
void WriteError(const absl::Status& status, httplib::Response* res);
// The same for a status code decided by the HTTP layer itself (404 for an
// unknown path, 405, 413 from the body limit).
void WriteError(int http_status, std::string_view message,
                httplib::Response* res);

}  // namespace marsad::server

#endif  // MARSAD_SERVER_HTTP_STATUS_H_
