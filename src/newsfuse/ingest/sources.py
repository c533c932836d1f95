"""Where bytes come from: files (size-checked before reading), directories (walked
lazily in sorted order), stdin."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO, Iterator

from newsfuse.model import InputRejected, Rejection


def walk(root: Path) -> Iterator[Path]:
    """Entries under ``root`` that are not directories, depth first, each directory's
    entries sorted by name.

    Lazy: only one directory listing (names, not contents) is held per level, so a
    directory of 10,000 articles streams. Hidden entries (``.git``, ``.DS_Store``) are
    skipped; symlinked directories are not followed (no loops) but yielded, like a
    dangling or looping link, a FIFO or a socket, so that the reader reports each one
    (`not_a_file`) instead of passing over it in silence.
    """
    try:
        with os.scandir(root) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from walk(Path(entry.path))
        else:
            yield Path(entry.path)


def not_a_file(path: Path) -> str | None:
    """Why ``path`` (found in a directory) is no file to read, or None when it is one."""
    try:
        mode = path.stat().st_mode  # follows a link: a loop or a dangling one raises
    except OSError as exc:
        return exc.strerror or repr(exc)
    if stat.S_ISDIR(mode):
        return "a link to a directory (not followed)"
    if not stat.S_ISREG(mode):
        return "not a regular file (a FIFO, socket or device)"
    return None


def read_file(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; a file over ``max_bytes`` is refused from its size alone."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputRejected(Rejection(origin, "too-large", f"{size:,} bytes > limit {max_bytes:,}"))
        with path.open("rb") as fh:
            return read_stream(fh, origin, max_bytes, expected=size)
    except OSError as exc:
        raise InputRejected(Rejection(origin, "unreadable", exc.strerror or repr(exc))) from None


READ_CHUNK = 1 << 20


def read_stream(stream: BinaryIO, origin: str, max_bytes: int, expected: int = 0) -> bytes:
    """All of a stream up to ``max_bytes``, in chunks: ``read(n)`` would allocate ``n``
    bytes up front, 20 MB for every small file."""
    chunks, total = [], 0
    size = min(expected, max_bytes) + 1 if expected else READ_CHUNK
    while chunk := stream.read(size):
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:  # stdin, or a file that grew while we looked
            raise InputRejected(Rejection(origin, "too-large", f"> limit {max_bytes:,} bytes"))
        size = min(READ_CHUNK, max_bytes + 1 - total)
    return b"".join(chunks)


def limited_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The stream's lines; ``None`` stands for a line over ``max_bytes`` (skipped
    without holding it in memory)."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(max_bytes + 1)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line
