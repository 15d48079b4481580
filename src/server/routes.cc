#include "server/routes.h"

#include <cstdio>
#include <exception>
#include <memory>
#include <regex>
#include <utility>

#include "absl/strings/str_cat.h"
#include "server/http_status.h"

namespace marsad::server {

std::vector<Route> Routes(Handlers* h) {
  auto bind =
      [h](absl::StatusOr<Reply> (Handlers::*fn)(const httplib::Request&)) {
        return [h, fn](const httplib::Request& req) { return (h->*fn)(req); };
      };
  // The whole HTTP API (doc/api.md). Patterns are full-path regexes.
  return {
      {"GET", "/healthz", "liveness and search index state",
       bind(&Handlers::GetHealth)},
      {"GET", "/api/search", "full-text search with filters and facets",
       bind(&Handlers::SearchArticles)},
      {"GET", "/api/articles/([^/]+)", "one stored article, with spans",
       bind(&Handlers::GetArticle)},
      {"GET", "/api/entities/([^/]+)",
       "one entity: spellings, roles, mentions by day, quotes by and about",
       bind(&Handlers::GetEntity)},
      {"GET", "/api/quotes", "statements by speaker, words and dates",
       bind(&Handlers::FindQuotes)},
      {"GET", "/api/sources", "outlets with article counts",
       bind(&Handlers::ListSources)},
      {"GET", "/api/stats", "store counts and index state",
       bind(&Handlers::GetStats)},
      {"POST", "/api/ingest", "analyse and store pages or JSONL (token)",
       bind(&Handlers::IngestDocuments)},
      {"GET", "/", "the web page", bind(&Handlers::GetIndexPage)},
      {"GET", "/static/(.+)", "the page's script, style and fonts",
       bind(&Handlers::GetWebAsset)},
  };
}

namespace {

void WriteReply(const Reply& reply, httplib::Response* res) {
  res->status = reply.status;
  for (const auto& [k, v] : reply.headers) res->set_header(k, v);
  res->set_content(reply.body, reply.content_type);
}

// Runs a handler; nothing it throws escapes.
void Dispatch(const Route& route, const httplib::Request& req,
              httplib::Response* res) {
  absl::StatusOr<Reply> reply;
  try {
    reply = route.handler(req);
  } catch (const std::bad_alloc&) {
    reply = absl::ResourceExhaustedError("out of memory");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "marsad serve: %s %s: exception: %s\n",
                 req.method.c_str(), req.path.c_str(), e.what());
    reply = absl::InternalError("the request could not be handled");
  } catch (...) {
    reply = absl::InternalError("the request could not be handled");
  }
  if (reply.ok()) {
    WriteReply(*reply, res);
  } else {
    WriteError(reply.status(), res);
  }
}

}  // namespace

void InstallRoutes(std::vector<Route> routes, httplib::Server* server,
                   std::function<void(const std::string&)> log) {
  auto table = std::make_shared<const std::vector<Route>>(std::move(routes));
  for (size_t i = 0; i < table->size(); ++i) {
    const Route& route = (*table)[i];
    auto fn = [table, i](const httplib::Request& req, httplib::Response& res) {
      Dispatch((*table)[i], req, &res);
    };
    if (route.method == "GET") {
      server->Get(route.pattern, fn);
    } else if (route.method == "POST") {
      server->Post(route.pattern, fn);
    }
  }

  // Errors httplib decides (no route, body over the limit, bad request)
  // arrive here with an empty body; handler errors already have one.
  auto patterns =
      std::make_shared<std::vector<std::pair<std::regex, std::string>>>();
  for (const Route& r : *table) {
    patterns->emplace_back(std::regex(r.pattern), r.method);
  }
  server->set_error_handler(httplib::Server::HandlerWithResponse(
      [patterns](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty())
          return httplib::Server::HandlerResponse::Unhandled;
        try {
          if (res.status == 404) {
            std::string allow;
            for (const auto& [re, method] : *patterns) {
              if (method != req.method && std::regex_match(req.path, re)) {
                if (!allow.empty()) allow += ", ";
                allow += method;
              }
            }
            if (!allow.empty()) {
              res.set_header("Allow", allow);
              WriteError(405,
                         absl::StrCat(req.method, " is not allowed on ",
                                      req.path, "; use ", allow),
                         &res);
            } else {
              WriteError(404, absl::StrCat("no such endpoint: ", req.path),
                         &res);
            }
          } else if (res.status == 413) {
            WriteError(413,
                       "the request body is larger than the server's limit "
                       "(marsad serve --max-body-bytes)",
                       &res);
          } else {
            WriteError(res.status, ReasonPhrase(res.status), &res);
          }
        } catch (...) {
          res.status = 500;
          res.set_content("{\"error\":\"internal error\",\"status\":500}",
                          "application/json; charset=utf-8");
        }
        return httplib::Server::HandlerResponse::Handled;
      }));
  server->set_exception_handler([](const httplib::Request&,
                                   httplib::Response& res, std::exception_ptr) {
    WriteError(500, "internal error: the request could not be handled", &res);
  });
  if (log) {
    server->set_logger(
        [log](const httplib::Request& req, const httplib::Response& res) {
          log(absl::StrCat(req.method, " ", req.path, " ", res.status));
        });
  }
}

}  // namespace marsad::server
