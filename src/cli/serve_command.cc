#include "cli/serve_command.h"

#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <memory>
#include <string>
#include <thread>

#include "server/server.h"

namespace marsad::cli {
namespace {

struct ServeArgs {
  std::string db = "marsad.db";
  std::string listen = "127.0.0.1:8080";
  std::string token;
  size_t max_body_bytes = 32u << 20;
  int threads = 8;
  int busy_timeout_ms = 5000;
  int index_poll_ms = 5000;
  bool quiet = false;
  bool no_entities = false;
  std::string ner_model;
};

// "host:port" (IPv4 or a name), "[v6]:port" or ":port" (loopback).
bool SplitListen(const std::string& listen, std::string* host, int* port) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos) return false;
  *host = listen.substr(0, colon);
  if (host->size() >= 2 && host->front() == '[' && host->back() == ']') {
    *host = host->substr(1, host->size() - 2);
  }
  if (host->empty()) *host = "127.0.0.1";
  const std::string p = listen.substr(colon + 1);
  if (p.empty() || p.size() > 5) return false;
  for (char c : p) {
    if (c < '0' || c > '9') return false;
  }
  *port = std::stoi(p);
  return *port <= 65535;
}

int RunServe(const ServeArgs& args) {
  server::ServerOptions options;
  options.db = args.db;
  if (!SplitListen(args.listen, &options.listen_host, &options.listen_port)) {
    std::fprintf(stderr,
                 "marsad serve: --listen wants HOST:PORT (e.g. "
                 "127.0.0.1:8080), got '%s'\n",
                 args.listen.c_str());
    return 2;
  }
  options.token = args.token;
  options.max_body_bytes = args.max_body_bytes;
  options.threads = args.threads;
  options.busy_timeout_ms = args.busy_timeout_ms;
  options.index_poll_ms = args.index_poll_ms;
  options.entities = !args.no_entities;
  options.ner_model = args.ner_model;
  if (!args.quiet) {
    options.access_log = [](const std::string& line) {
      std::fprintf(stderr, "marsad serve: %s\n", line.c_str());
    };
  }

  // Ctrl-C and SIGTERM stop the server from a thread of their own; every
  // other thread (the server's workers included) has them blocked.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGUSR1);  // wakes the waiter when Run fails
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  absl::StatusOr<std::unique_ptr<server::Server>> srv =
      server::Server::Create(options);
  if (!srv.ok()) {
    std::fprintf(stderr, "marsad serve: %s\n",
                 std::string(srv.status().message()).c_str());
    return 2;
  }
  absl::StatusOr<int> port = (*srv)->Bind();
  if (!port.ok()) {
    std::fprintf(stderr, "marsad serve: %s\n",
                 std::string(port.status().message()).c_str());
    return 2;
  }
  server::Server* s = srv->get();
  std::thread waiter([s, signals] {
    int sig = 0;
    sigwait(&signals, &sig);
    if (sig != SIGUSR1) {
      std::fprintf(stderr, "marsad serve: stopping\n");
      s->Stop();
    }
  });
  const std::string host = options.listen_host.find(':') != std::string::npos
                               ? "[" + options.listen_host + "]"
                               : options.listen_host;
  std::printf("marsad serve: http://%s:%d/  (store %s; Ctrl-C stops)\n",
              host.c_str(), *port, args.db.c_str());
  std::fflush(stdout);
  absl::Status run = s->Run();
  pthread_kill(waiter.native_handle(), SIGUSR1);
  waiter.join();
  if (!run.ok()) {
    std::fprintf(stderr, "marsad serve: %s\n",
                 std::string(run.message()).c_str());
    return 2;
  }
  return 0;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "serve",
      "Serve the store over HTTP: a JSON API (doc/api.md) and an Arabic web\n"
      "page for searching and reading the stored articles.");
  cmd->add_option("--db", args->db,
                  "The store (SQLite file; created if missing)")
      ->capture_default_str();
  cmd->add_option("--listen", args->listen, "HOST:PORT to listen on")
      ->capture_default_str();
  cmd->add_option("--token", args->token,
                  "Allow POST /api/ingest with 'Authorization: Bearer TOKEN' "
                  "(default: ingest over HTTP is refused)")
      ->envname("MARSAD_TOKEN");
  cmd->add_option("--max-body-bytes", args->max_body_bytes,
                  "Refuse larger request bodies with 413")
      ->check(CLI::Range(size_t{1}, size_t{1} << 30))
      ->capture_default_str();
  cmd->add_option("--threads", args->threads, "Requests served at once")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  cmd->add_option("--busy-timeout-ms", args->busy_timeout_ms,
                  "Wait this long for another writer, then answer 503")
      ->check(CLI::Range(0, 3600 * 1000))
      ->capture_default_str();
  cmd->add_option("--index-poll-ms", args->index_poll_ms,
                  "Re-index articles stored by other processes this often "
                  "(0: only after POST /api/ingest)")
      ->check(CLI::Range(0, 24 * 3600 * 1000))
      ->capture_default_str();
  cmd->add_flag("--no-entities", args->no_entities,
                "POST /api/ingest: skip named-entity recognition (faster)");
  cmd->add_option("--ner-model", args->ner_model,
                  "POST /api/ingest: NER model file (default: built in)");
  cmd->add_flag("-q,--quiet", args->quiet, "No access log on stderr");
  cmd->footer(
      "The search index is built from the store in memory at start-up (search "
      "answers 503 until it is ready) and rebuilt after every ingest.\n"
      "Exit status: 0 stopped by Ctrl-C or SIGTERM; 2 the store could not be "
      "opened or the address could not be bound.");
  cmd->callback([args, exit_code] { *exit_code = RunServe(*args); });
}

}  // namespace marsad::cli
