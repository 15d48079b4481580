#include "server/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <utility>

#include "absl/strings/str_cat.h"
#include "server/handlers.h"
#include "server/routes.h"
#include "server/search_service.h"
#include "server/store_pool.h"

namespace marsad::server {

struct Server::Impl {
  explicit Impl(const ServerOptions& o)
      : options(o),
        store(StoreOptionsFor(o), static_cast<size_t>(o.threads) + 1),
        search(&store,
               {.index = o.search, .poll_interval_ms = o.index_poll_ms}),
        handlers({.store = &store,
                  .search = &search,
                  .token = o.token,
                  .entities = o.entities,
                  .ner_model = o.ner_model}) {}

  static StoreOptions StoreOptionsFor(const ServerOptions& o) {
    StoreOptions s;
    s.path = o.db;
    s.busy_timeout_ms = o.busy_timeout_ms;
    return s;
  }

  const ServerOptions options;
  StorePool store;
  SearchService search;
  Handlers handlers;
  httplib::Server http;
  std::atomic<int> port{0};
  std::atomic<bool> stopping{false};
};

absl::StatusOr<std::unique_ptr<Server>> Server::Create(
    const ServerOptions& options) {
  if (options.listen_port < 0 || options.listen_port > 65535) {
    return absl::InvalidArgumentError(
        absl::StrCat("port ", options.listen_port, " is not in 0..65535"));
  }
  if (options.threads < 1 || options.threads > 256) {
    return absl::InvalidArgumentError(
        absl::StrCat("threads must be 1..256, got ", options.threads));
  }
  if (options.max_body_bytes < 1 ||
      options.max_body_bytes > (size_t{1} << 30)) {
    return absl::InvalidArgumentError(absl::StrCat("max body bytes must be 1..",
                                                   size_t{1} << 30, ", got ",
                                                   options.max_body_bytes));
  }
  if (options.busy_timeout_ms < 0) {
    return absl::InvalidArgumentError("busy timeout must be >= 0");
  }
  auto impl = std::make_unique<Impl>(options);
  {
    // Open (create, migrate) now: a bad path or a file that is not a
    // marsad store fails before anything listens.
    absl::StatusOr<StorePool::Lease> store = impl->store.Acquire();
    if (!store.ok()) return store.status();
  }
  httplib::Server& http = impl->http;
  const size_t threads = static_cast<size_t>(options.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(options.max_body_bytes);
  // httplib's default also sets SO_REUSEPORT, which would let a second
  // marsad bind the same port and silently take half the requests.
  http.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  InstallRoutes(Routes(&impl->handlers), &http, options.access_log);
  impl->search.Start();
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() { Stop(); }

absl::StatusOr<int> Server::Bind() {
  const std::string& host = impl_->options.listen_host;
  int port = impl_->options.listen_port;
  if (port == 0) {
    port = impl_->http.bind_to_any_port(host);
    if (port < 0) port = 0;
  } else if (!impl_->http.bind_to_port(host, port)) {
    port = 0;
  }
  if (port == 0) {
    return absl::UnavailableError(
        absl::StrCat("cannot listen on ", host, ":", impl_->options.listen_port,
                     " (address in use, or not an address of this machine)"));
  }
  impl_->port = port;
  return port;
}

absl::Status Server::Run() {
  if (impl_->port == 0) {
    return absl::FailedPreconditionError("Run before a successful Bind");
  }
  if (impl_->stopping) return absl::OkStatus();
  if (!impl_->http.listen_after_bind()) {
    return absl::InternalError("the listening socket failed");
  }
  return absl::OkStatus();
}

void Server::Stop() {
  impl_->stopping = true;
  impl_->http.stop();
}

int Server::port() const { return impl_->port; }

}  // namespace marsad::server
