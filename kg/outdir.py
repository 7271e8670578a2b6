"""An output folder whose files change together, and one writer at a time.

A build writes a whole *generation* (graph.json, graph.ttl, graph.html, the store and a
manifest) into a staging folder, renames it into place and then switches one symlink,
so a reader sees the previous complete set or the new one, never a mix, and an
interrupted build leaves the previous set as it was::

    OUT/current -> .kg/gen-000007       (switched atomically)
    OUT/graph.json -> current/graph.json (and graph.ttl, graph.html, store, kg-manifest.json)
    OUT/.kg/lock                         (held by the one writer; it holds the writer's PID)

Writers (build, load, query --write) take the lock; a second writer fails at once with
the first one's PID. Readers take no lock on the folder but a shared lock on the
generation they read, so that the next build does not delete it under them; they check
the manifest and refuse an incomplete set. Leftovers of an interrupted build (staging
folders, temporary files) are removed by the next writer.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from kg.errors import OutputError

MANIFEST = "kg-manifest.json"
LINKED = ("graph.json", "graph.ttl", "graph.html", "store", MANIFEST)
STATE = ".kg"
CURRENT = "current"
LAYOUT_VERSION = 1


class Generation:
    """A staging folder that becomes the current generation on :meth:`publish`."""

    def __init__(self, out: Path, number: int) -> None:
        self.out = out
        self.number = number
        self.path = out / STATE / f"gen-{number:06d}.staging-{os.getpid()}"

    def publish(self, info: dict) -> Path:
        """Write the manifest, rename the folder into place and switch ``current`` to it."""
        files = {}
        for name in sorted(LINKED[:-1]):
            target = self.path / name
            if target.is_file():
                files[name] = target.stat().st_size
            elif target.is_dir():
                files[name] = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
        manifest = {"layout": LAYOUT_VERSION, "generation": self.number, "files": files, **info}
        _write(self.path / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
        final = self.out / STATE / f"gen-{self.number:06d}"
        os.rename(self.path, final)
        _fsync_dir(final.parent)
        _switch(self.out, final)
        return final


@contextlib.contextmanager
def writing(out: str | Path) -> Iterator[Generation]:
    """The writer lock on ``out`` and a fresh staging generation; on success the caller
    publishes it, on failure it is removed and the previous generation stays current."""
    out = Path(out)
    with _locked(out):
        _clean(out)
        _adopt_flat(out)
        generation = Generation(out, _last_number(out) + 1)
        generation.path.mkdir(parents=True)
        try:
            yield generation
        finally:
            if generation.path.exists():
                shutil.rmtree(generation.path, ignore_errors=True)
            _prune(out)


def previous(out: str | Path) -> Path | None:
    """The folder of the current (complete) generation of ``out``, for a writer that
    builds on it (``kg build --append``); None when there is none."""
    current = Path(out) / CURRENT
    if not current.is_symlink():
        return None
    gen = (Path(out) / os.readlink(current)).resolve()
    return gen if gen.is_dir() else None


@contextlib.contextmanager
def reading(out: str | Path) -> Iterator[Path]:
    """The folder of the current generation, held (shared lock) while the caller reads it.
    A folder built by an older kg (no generations) is read as it is."""
    out = Path(out)
    current = out / CURRENT
    if not current.is_symlink():
        if not (out / STATE).exists() and any((out / name).is_file() for name in LINKED):
            yield out  # the flat layout of kg before generations
            return
        raise OutputError(f"no complete build in {out}", "run `kg build PATH --out DIR`")
    gen = (out / os.readlink(current)).resolve()
    with _shared(_reader_lock(gen)):
        check(gen)
        yield gen


@contextlib.contextmanager
def _shared(lock: Path) -> Iterator[None]:
    """A shared lock that keeps the next writer from deleting what we read (none when the
    folder is read-only: then no writer can delete it either)."""
    try:
        handle = open(lock, "a")  # noqa: SIM115
    except OSError:
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_SH)
        yield


def check(gen: Path) -> dict:
    """The manifest of a generation, after checking that every file it lists is there, whole."""
    try:
        manifest = json.loads((gen / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise OutputError(f"{gen} has no readable manifest", "rebuild with `kg build`") from exc
    for name, size in manifest.get("files", {}).items():
        path = gen / name
        actual = path.stat().st_size if path.is_file() else None
        if path.is_dir():
            actual = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        if actual != size:
            raise OutputError(f"{path} does not match its build's manifest (incomplete?)", "rebuild with `kg build`")
    return manifest


def current(out: str | Path) -> Path | None:
    """The current generation's folder, if any."""
    link = Path(out) / CURRENT
    return (Path(out) / os.readlink(link)).resolve() if link.is_symlink() else None


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    try:
        (out / STATE).mkdir(parents=True, exist_ok=True)
        handle = open(out / STATE / "lock", "a+")  # noqa: SIM115 (held for the whole block)
    except OSError as exc:
        raise OutputError(f"cannot write to {out}: {exc.strerror}", "check the folder and its permissions") from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            owner = handle.read().strip() or "?"
            raise OutputError(
                f"{out} is being written by another kg (PID {owner})", "wait for it to finish, or use another --out"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)


def _last_number(out: Path) -> int:
    numbers = [int(p.name[4:10]) for p in (out / STATE).glob("gen-*") if p.name[4:10].isdigit()]
    return max(numbers, default=0)


def _clean(out: Path) -> None:
    """Leftovers of interrupted runs: staging generations and temporary files."""
    for path in (out / STATE).glob("gen-*.staging-*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in out.glob(".*.tmp"):
        path.unlink(missing_ok=True)


def _adopt_flat(out: Path) -> None:
    """A folder built by a kg before generations becomes generation 0, so that an
    interrupted first build over it still leaves its files readable."""
    flat = [name for name in LINKED if (out / name).exists() and not (out / name).is_symlink()]
    if not flat:
        return
    gen = Generation(out, 0)
    gen.path.mkdir(parents=True)
    for name in flat:
        os.rename(out / name, gen.path / name)
    gen.publish({"adopted": True})


def _prune(out: Path) -> None:
    """Generations older than the current one, unless a reader still holds them."""
    keep = current(out)
    for gen in sorted((out / STATE).glob("gen-[0-9][0-9][0-9][0-9][0-9][0-9]")):
        if keep is not None and gen.resolve() == keep:
            continue
        with open(_reader_lock(gen), "a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a reader is on it; the next writer removes it
            shutil.rmtree(gen, ignore_errors=True)
            _reader_lock(gen).unlink(missing_ok=True)


def _reader_lock(gen: Path) -> Path:
    return gen.parent / f".{gen.name}.readers"


def _switch(out: Path, final: Path) -> None:
    tmp = out / f".{CURRENT}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    os.symlink(os.path.relpath(final, out), tmp)
    os.replace(tmp, out / CURRENT)
    for name in LINKED:
        link = out / name
        if not link.is_symlink():
            os.symlink(f"{CURRENT}/{name}", link)
    _fsync_dir(out)


def _write(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
