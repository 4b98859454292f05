"""Write output files atomically, so an interrupted run never leaves half a page behind.

Each file goes to a temporary file in the target folder and is moved into place with
``os.replace`` (atomic within one file system): a reader sees the old page or the new one.
Unlike :func:`tei_coldwar.fsutil.write_atomic` there is no ``fsync`` per file: an edition is
thousands of small pages that can be rebuilt at any time, and syncing each one made rendering
more than twice as slow.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import RenderError


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file and ``os.replace``; return ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise RenderError(f"the output folder cannot be written ({exc.strerror or exc})",
                          file=str(path.parent)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise RenderError(f"the file cannot be written ({exc.strerror or exc})",
                          file=str(path)) from None
    return path


def write_text_atomic(path: Path, text: str) -> Path:
    return write_atomic(path, text.encode("utf-8"))
