// marsad's HTTP server: the JSON API and the web page over one store.
//
//   marsad::server::ServerOptions options;
//   options.db = "marsad.db";
//   options.listen_port = 0;                    // any free port (tests)
//   auto server = marsad::server::Server::Create(options);   // StatusOr
//   absl::StatusOr<int> port = (*server)->Bind();
//   std::thread t([&] { (void)(*server)->Run(); });          // blocks
//   ... GET http://127.0.0.1:<port>/api/stats ...
//   (*server)->Stop(); t.join();
//
// Endpoints: src/server/routes.cc (the table) and doc/api.md. The server
// opens the store per worker thread (WAL: requests read while an ingest
// writes), builds the search index from the store in the background
// (search answers 503 until the first build is done) and rebuilds it after
// each ingest that stored new articles.
//
// Thread-safety: Create, Bind and Run from one thread; Stop from any thread
// (e.g. a signal-handling thread). Errors are statuses; nothing throws.
#ifndef MARSAD_SERVER_SERVER_H_
#define MARSAD_SERVER_SERVER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "marsad/search.h"

namespace marsad::server {

struct ServerOptions {
  // The store (SQLite file); created if missing.
  std::string db = "marsad.db";
  // Where to listen. Port 0 picks a free port (see Bind's result).
  std::string listen_host = "127.0.0.1";
  int listen_port = 8080;
  // POST /api/ingest requires "Authorization: Bearer <token>". Empty (the
  // default): ingest over HTTP is refused with 401.
  std::string token;
  // Request bodies above this many bytes are refused with 413. Default
  // 32 MiB; at most 1 GiB.
  size_t max_body_bytes = 32u << 20;
  // How long a write waits for another writer before the request fails
  // with 503 (milliseconds).
  int busy_timeout_ms = 5000;
  // Worker threads (concurrent requests); 1..256.
  int threads = 8;
  // Look for articles stored by other processes this often and re-index
  // (milliseconds); 0: only after POST /api/ingest.
  int index_poll_ms = 5000;
  SearchIndexOptions search;
  // Analysis of POST /api/ingest bodies: named entities (off is faster,
  // and the entity facet stays empty) and the NER model file (empty: the
  // model compiled into marsad).
  bool entities = true;
  std::string ner_model;
  // One line per request (method, path, status), e.g. to stderr; unset:
  // no access log.
  std::function<void(const std::string&)> access_log;
};

class Server {
 public:
  // Checks the options and opens the store (creating or migrating it), so
  // that a bad --db fails here, before anything listens. Starts building
  // the search index. InvalidArgument for bad options; the store's errors.
  static absl::StatusOr<std::unique_ptr<Server>> Create(
      const ServerOptions& options);
  ~Server();  // stops if running

  // Binds the listening socket; returns the port (useful with port 0).
  // Unavailable when the address is in use or cannot be bound.
  absl::StatusOr<int> Bind();

  // Serves until Stop. REQUIRES: Bind succeeded.
  absl::Status Run();

  // Makes Run return (in-flight requests finish first). Thread-safe.
  void Stop();

  // The bound port, or 0 before Bind.
  int port() const;

  struct Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::server

#endif  // MARSAD_SERVER_SERVER_H_
