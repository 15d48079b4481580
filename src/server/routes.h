// The route table: every endpoint marsad serves, in one list (routes.cc),
// and the adapter that installs it on an httplib::Server.
//
//   Handlers handlers(config);
//   httplib::Server http;
//   InstallRoutes(Routes(&handlers), &http);
//
// The adapter is the only place that talks to httplib for a handler: it
// catches every exception (httplib's, nlohmann's, std::bad_alloc) so that a
// request can fail but the server never does, turns a handler's absl status
// into an HTTP error (http_status.h), and answers 404 for an unknown path,
// 405 (with Allow) for a known path asked with another method, and JSON
// bodies for the errors httplib raises itself (413 over the body limit, 400
// for a malformed request).
#ifndef MARSAD_SERVER_ROUTES_H_
#define MARSAD_SERVER_ROUTES_H_

#include <httplib.h>

#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "server/handlers.h"

namespace marsad::server {

struct Route {
  std::string method;   // "GET" or "POST"
  std::string pattern;  // a regex over the path; groups -> req.matches
  std::string summary;  // one line, for doc/api.md and --help
  std::function<absl::StatusOr<Reply>(const httplib::Request&)> handler;
};

// Every endpoint. `handlers` must outlive the routes.
std::vector<Route> Routes(Handlers* handlers);

// Registers `routes` and the error and exception handlers on `server`.
// `log`, when set, gets one line per request ("GET /api/stats 200 1.2ms").
void InstallRoutes(std::vector<Route> routes, httplib::Server* server,
                   std::function<void(const std::string&)> log = nullptr);

}  // namespace marsad::server

#endif  // MARSAD_SERVER_ROUTES_H_
