"""SPARQL with pyoxigraph (chosen by measurement: ~10x faster than rdflib on joins
and loads, far less memory) over a built graph, and a SPARQL 1.1 Protocol
endpoint on 127.0.0.1 for standard clients.

The endpoint is hardened for a machine where other local programs and web pages run:
federated queries (SERVICE) are refused unless ``--allow-service``, because they make
the server send requests on a caller's behalf; the Host header must name the loopback
address (against DNS rebinding); every query runs in a forked child that is killed at the
timeout, so an expensive query cannot keep a core busy after its client left; request
sizes are limited; and every error is an HTTP answer, never a dropped connection.
Oxigraph's own server (PyPI ``oxigraph``, ``serve-read-only``) was measured first: it has
a timeout, but it sends SERVICE requests and accepts any Host header.
"""

from __future__ import annotations

import errno
import json
import os
import re
import select
import signal
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pyoxigraph as ox

from kg.errors import OutputError, QueryError

RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}
MAX_BODY = 1_000_000  # bytes of a POSTed query
MAX_URL = 65_536
READ_TIMEOUT = 10.0  # seconds to receive a request
PARALLEL = 4  # queries evaluated at once; more wait for a slot, then get 503
# SERVICE as a keyword: outside strings, IRIs and comments, not part of a prefixed name
_STRIPPED = re.compile(r"'''.*?'''|\"\"\".*?\"\"\"|'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|<[^<>\s]*>|#[^\n]*", re.S)
_SERVICE = re.compile(r"(?<![\w:$?])SERVICE(?![\w:])", re.I)


def load_store(out: str | Path) -> ox.Store:
    """The RDF of a graph file, or of a build folder's current generation, in pyoxigraph."""
    path = Path(out)
    if path.is_dir():
        from kg import outdir

        with outdir.reading(path) as folder:
            return load_store(folder / "graph.ttl")
    if not path.exists():
        raise OutputError(f"no RDF at {path}", "run `kg build PATH --out DIR` first")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise OutputError(f"{path} is damaged or incomplete ({first[:160]})", "rebuild it with `kg build`") from exc
    return store


def run(store: ox.Store, query: str):
    try:
        return store.query(query)
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"bad SPARQL: {str(exc).splitlines()[0]}", "check the query syntax") from exc


def uses_service(query: str) -> bool:
    """Whether a query has a SERVICE clause (federation: requests to other servers)."""
    return bool(_SERVICE.search(_STRIPPED.sub(" ", query)))


def rows(results) -> tuple[list[str], list[list[str | None]]]:
    """SELECT results as (columns, rows of plain values)."""
    columns = [v.value for v in results.variables]
    return columns, [[None if term is None else term.value for term in solution] for solution in results]


def serialize(results, mime: str) -> tuple[bytes, str]:
    """Results in the requested media type (JSON by default); graphs as Turtle."""
    if isinstance(results, ox.QueryBoolean | ox.QuerySolutions):
        mime = mime if mime in RESULT_FORMATS else "application/sparql-results+json"
        return results.serialize(format=RESULT_FORMATS[mime]), mime
    mime = mime if mime in GRAPH_FORMATS else "text/turtle"
    return ox.serialize(results, format=GRAPH_FORMATS[mime]), mime


@dataclass(frozen=True)
class Settings:
    timeout: float = 5.0  # seconds per query
    allow_service: bool = False


def evaluate(store: ox.Store, query: str, mime: str, timeout: float) -> tuple[int, bytes, str]:
    """(status, body, media type) of a query evaluated in a forked child, which is killed
    at ``timeout`` (pyoxigraph cannot be interrupted from another thread)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: evaluate, write, leave without running any cleanup
        try:
            os.close(read_end)
            status, body, kind = _answer(store, query, mime)
            with os.fdopen(write_end, "wb") as out:
                out.write(json.dumps([status, kind]).encode() + b"\n" + body)
        finally:
            os._exit(0)
    os.close(write_end)
    try:
        data = _read_all(read_end, time.monotonic() + timeout)
    finally:
        os.close(read_end)
    if data is None:
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    if data is None:
        return 503, f"the query ran longer than {timeout:g} s and was stopped".encode(), "text/plain"
    head, _, body = data.partition(b"\n")
    try:
        status, kind = json.loads(head)
    except ValueError:
        return 500, b"the query failed", "text/plain"
    return status, body, kind


def _answer(store: ox.Store, query: str, mime: str) -> tuple[int, bytes, str]:
    try:
        body, kind = serialize(run(store, query), mime)
    except QueryError as exc:
        return 400, exc.message.encode(), "text/plain"
    except Exception as exc:  # noqa: BLE001 (any failure is an HTTP answer)
        return 500, f"the query failed: {type(exc).__name__}: {exc}".encode(), "text/plain"
    return 200, body, kind


def _read_all(fd: int, deadline: float) -> bytes | None:
    chunks = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return None
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


class _Handler(BaseHTTPRequestHandler):
    store: ox.Store
    settings: Settings
    slots: threading.BoundedSemaphore
    timeout = READ_TIMEOUT  # socket timeout while the request is read

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (TimeoutError, ConnectionError):
            self.close_connection = True
        except Exception as exc:  # noqa: BLE001 (an HTTP answer, never a dropped connection)
            self.close_connection = True
            self._send(500, f"internal error: {type(exc).__name__}".encode(), "text/plain")

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if len(self.path) > MAX_URL:
            return self._send(414, b"query string too long: POST it", "text/plain")
        url = urlparse(self.path)
        self._query(url.path, parse_qs(url.query).get("query", [""])[0])

    def do_POST(self) -> None:  # noqa: N802
        body = self._body()
        if body is None:
            return
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        query = body if kind == "application/sparql-query" else parse_qs(body).get("query", [""])[0]
        self._query(urlparse(self.path).path, query)

    def _refuse(self) -> None:
        self._send(405, b"use GET or POST", "text/plain")

    do_PUT = do_DELETE = do_PATCH = _refuse  # noqa: N815

    def _body(self) -> str | None:
        """The POSTed body, or None after an error answer (size, encoding, truncation)."""
        length = self.headers.get("Content-Length")
        if length is None:
            return self._send(411, b"Content-Length required", "text/plain")
        if not length.strip().isdigit():
            return self._send(400, b"bad Content-Length", "text/plain")
        if int(length) > MAX_BODY:
            return self._send(413, f"query over {MAX_BODY:,} bytes".encode(), "text/plain")
        data = self.rfile.read(int(length))
        if len(data) < int(length):
            return self._send(400, b"body shorter than its Content-Length", "text/plain")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return self._send(400, b"the body is not UTF-8", "text/plain")

    def _query(self, path: str, query: str) -> None:
        if not self._host_ok():
            return self._send(403, b"Host must name this server's loopback address", "text/plain")
        if path != "/sparql":
            return self._send(404, b"use /sparql", "text/plain")
        if not query:
            return self._send(400, b"missing query", "text/plain")
        if uses_service(query) and not self.settings.allow_service:
            message = b"SERVICE (federated queries) is disabled; start kg serve with --allow-service to allow it"
            return self._send(400, message, "text/plain")
        if not self.slots.acquire(timeout=self.settings.timeout):
            return self._send(503, b"too many queries at once; retry", "text/plain")
        try:
            status, body, mime = evaluate(self.store, query, self._accept(), self.settings.timeout)
        finally:
            self.slots.release()
        return self._send(status, body, mime)

    def _host_ok(self) -> bool:
        host = self.headers.get("Host")
        port = self.server.server_address[1]
        return host is None or host.lower() in {f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"}

    def _accept(self) -> str:
        accept = self.headers.get("Accept") or ""
        return next((m for m in (*RESULT_FORMATS, *GRAPH_FORMATS) if m in accept), "")

    def _send(self, status: int, body: bytes, mime: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{mime}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # quiet
        return


def make_server(
    out: str | Path, host: str = "127.0.0.1", port: int = 3030, settings: Settings = Settings()
) -> ThreadingHTTPServer:
    attrs = {"store": load_store(out), "settings": settings, "slots": threading.BoundedSemaphore(PARALLEL)}
    handler = type("Handler", (_Handler,), attrs)
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise OutputError(f"port {port} on {host} is already in use", "choose another with --port") from exc
        raise OutputError(f"cannot listen on {host}:{port}: {exc.strerror}", "choose another --port") from exc
    server.daemon_threads = True
    return server


def serve_in_background(out: str | Path, port: int = 0, settings: Settings = Settings()):
    server = make_server(out, port=port, settings=settings)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/sparql"
