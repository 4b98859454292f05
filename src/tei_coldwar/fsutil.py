"""Writing outputs so that an interrupted run never leaves a half-written file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path


def temp_path(path: Path) -> Path:
    """The temporary file :func:`write_atomic` writes ``path`` through: ``.NAME.tmp`` beside it.

    A fixed name (not a random one) so that a run killed mid-write leaves at most one stray
    file per output, which the next write of that output replaces.
    """
    return path.with_name(f".{path.name}.tmp")


def _open_temp(path: Path) -> tuple[int, str]:
    tmp = temp_path(path)
    tmp.unlink(missing_ok=True)  # a leftover of a killed run (or a planted link: not followed)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        # 0o666 minus the umask: the output gets the permissions of any file the user makes
        # (mkstemp's 0o600 would hide TEI files from the web server that publishes them).
        return os.open(tmp, flags, 0o666), str(tmp)
    except FileExistsError:  # another writer of the same path got there first
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.fchmod(fd, 0o666 & ~_umask())
        return fd, name


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename.

    A reader of ``path`` sees the old file or the new one, never a part; an interrupt or a
    kill leaves at most a stray ``.NAME.tmp`` file, which the next run's write replaces.
    ``sync=False`` skips the fsync, for outputs such as thousands of HTML pages that are
    cheap to rebuild and where syncing each one doubles the time.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _open_temp(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def expand_inputs(items: Iterable[str | Path], patterns: tuple[str, ...]) -> Iterator[Path]:
    """Files named directly, and matching files found (sorted) in folders named."""
    for item in items:
        p = Path(item)
        if p.is_dir():
            found = sorted({f for pat in patterns for f in p.rglob(pat) if f.is_file()})
            yield from found
        else:
            yield p
