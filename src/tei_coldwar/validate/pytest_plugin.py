"""pytest plugin: collect TEI files as test items (filled in below)."""

from __future__ import annotations
