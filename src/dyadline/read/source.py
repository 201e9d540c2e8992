"""Getting a file's bytes and text, with a clear error for each bad input.

Reads a path (or bytes already in memory). Adds nothing to the document; it
raises ``ReadError`` naming the file and the fix when the file is missing, a
directory, empty, binary, or not decodable.

Encodings: UTF-8 (with or without a byte-order mark) and UTF-16 with a BOM are
accepted. Other legacy encodings are refused rather than guessed: cp1252 or
Latin-1 decode almost any bytes, so a guess would silently turn a wrong file
into wrong text; the error says how to convert the file instead.
"""

from __future__ import annotations

from pathlib import Path

from dyadline.errors import ReadError


def read_bytes(path: Path) -> bytes:
    """The bytes of a file, or a ReadError saying why it cannot be read."""
    name = str(path)
    if path.is_dir():
        raise ReadError(
            name, "is a directory, not a file", "give one file, or read each file in it"
        )
    if not path.exists():
        raise ReadError(name, "file not found", "check the path and the file name")
    try:
        data = path.read_bytes()
    except PermissionError as exc:
        raise ReadError(name, "permission denied", "make the file readable") from exc
    except OSError as exc:
        raise ReadError(name, f"cannot read the file ({exc.strerror})", "check the path") from exc
    if not data:
        raise ReadError(name, "file is empty", "give a file that contains the document's text")
    return data


def decode_text(data: bytes, name: str) -> str:
    """Text of a text file: UTF-8 (BOM or not) or UTF-16 with a BOM; never guessed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReadError(name, "broken UTF-16 text", "re-save the file as UTF-8") from exc
    else:
        if b"\x00" in data[:65536]:
            raise ReadError(
                name,
                "binary file (it contains NUL bytes), not text",
                "convert it to .txt, .md, .html or .pdf first",
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ReadError(
                name,
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                "re-save the file as UTF-8, e.g. `iconv -f cp1252 -t utf-8 FILE > NEW`",
            ) from exc
    if not text.strip():
        raise ReadError(name, "file holds only whitespace", "give a file with the document's text")
    return text
