"""Write output files atomically, so an interrupted run never leaves half a page behind.

Each file goes to a temporary file in the target folder and is moved into place with
``os.replace`` (atomic within one file system): a reader sees the old page or the new one.
It uses :func:`tei_coldwar.fsutil.write_atomic` without an ``fsync`` per file: an edition is
thousands of small pages that can be rebuilt at any time, and syncing each one made rendering
more than twice as slow.
"""

from __future__ import annotations

from pathlib import Path

from .. import fsutil
from ..errors import RenderError


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (no fsync, see above); return ``path``."""
    try:
        fsutil.write_atomic(path, data, sync=False)
    except OSError as exc:
        raise RenderError(f"the file cannot be written ({exc.strerror or exc})",
                          file=str(path)) from None
    return path


def write_text_atomic(path: Path, text: str) -> Path:
    return write_atomic(path, text.encode("utf-8"))
