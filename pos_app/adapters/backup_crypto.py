"""Encrypted backup files: a streaming AES-256-GCM format, never read whole.

Layout (all integers big-endian):

    header  = MAGIC (8) | version (1) | key id (8) | nonce prefix (7) | chunk size (4)
              | plaintext length (8)
    chunk i = AES-GCM(key, nonce = prefix | i (4) | final (1),
                      plaintext[i * size : (i + 1) * size],
                      associated data = header | i (8) | final (1))

The last chunk, and only it, has `final` = 1 (an empty plaintext is one empty final
chunk). So a flipped byte anywhere (header included), chunks reordered, dropped or
appended, and a file cut at any point each fail authentication, and each is reported
by what it is (the length in the header, itself authenticated, tells a file cut short
from one altered). The key id (the first 8 bytes of SHA-256 over a label and the key) says
"made with another key" before any decryption is tried; it reveals nothing of the key.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pos_app.domain.errors import StorageCorrupt, StorageUnavailable

MAGIC = b"POSAPPBK"
VERSION = 1
CHUNK_SIZE = 1 << 20  # 1 MiB of plaintext per chunk
TAG = 16
KEY_BYTES = 32
_HEADER = struct.Struct(">8sB8s7sIQ")
HEADER_SIZE = _HEADER.size  # 36
MAX_CHUNK = 64 << 20  # a header claiming more is damaged, not a reason to allocate it


class BackupUnreadable(StorageCorrupt):
    """An encrypted backup that cannot be decrypted: damaged, cut short or not one."""


class WrongBackupKey(BackupUnreadable):
    """The backup was encrypted with another key than the one at hand."""


def key_id(key: bytes) -> bytes:
    return hashlib.sha256(b"pos_app.backup.key-id\x00" + key).digest()[:8]


def is_encrypted(path: Path) -> bool:
    """Whether `path` starts like an encrypted backup (a plain SQLite file does not)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _nonce(prefix: bytes, index: int, final: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if final else 0)


def _aad(header: bytes, index: int, final: bool) -> bytes:
    return header + struct.pack(">QB", index, 1 if final else 0)


def _read_full(fh: BinaryIO, n: int) -> bytes:
    parts: list[bytes] = []
    while n > 0:
        got = fh.read(n)
        if not got:
            break
        parts.append(got)
        n -= len(got)
    return b"".join(parts)


def _check_key(key: bytes) -> AESGCM:
    if len(key) != KEY_BYTES:
        raise ValueError("the backup key must be 32 bytes (64 hex digits)")
    return AESGCM(key)


def encrypted_size(length: int, chunk_size: int = CHUNK_SIZE) -> int:
    chunks = max(1, -(-length // chunk_size))
    return HEADER_SIZE + length + chunks * TAG


def encrypt_stream(src: BinaryIO, dst: BinaryIO, key: bytes, length: int, *,
                   chunk_size: int = CHUNK_SIZE, digest: Any = None) -> int:
    """Encrypt the `length` bytes of `src` into `dst`, one chunk in memory at a time;
    returns the number of plaintext bytes."""
    aead = _check_key(key)
    header = _HEADER.pack(MAGIC, VERSION, key_id(key), os.urandom(7), chunk_size, length)
    prefix = header[17:24]
    dst.write(header)
    index = total = 0
    chunk = _read_full(src, chunk_size)
    while True:
        following = _read_full(src, chunk_size) if len(chunk) == chunk_size else b""
        final = not following
        if index >= 0xFFFFFFFF:
            raise StorageUnavailable("the database is too large for one backup file")
        dst.write(aead.encrypt(_nonce(prefix, index, final), chunk,
                               _aad(header, index, final)))
        total += len(chunk)
        if digest is not None:
            digest.update(chunk)
        if final:
            if total != length:
                raise StorageUnavailable(f"the copy changed while it was encrypted "
                                         f"({total} bytes, {length} expected)")
            return total
        index += 1
        chunk = following


def read_header(fh: BinaryIO, *, name: str) -> tuple[bytes, bytes, int, int]:
    """(header bytes, key id, chunk size, plaintext length) of an encrypted backup, or
    BackupUnreadable."""
    header = _read_full(fh, HEADER_SIZE)
    if header[:len(MAGIC)] != MAGIC:
        raise BackupUnreadable(f"{name} is not an encrypted pos-app backup (no "
                               "POSAPPBK header).")
    if len(header) < HEADER_SIZE:
        raise BackupUnreadable(f"{name} is truncated: it ends inside its header.")
    _magic, version, kid, _prefix, size, length = _HEADER.unpack(header)
    if version != VERSION:
        raise BackupUnreadable(f"{name} is an encrypted backup of format version "
                               f"{version}; this version of pos-app reads version "
                               f"{VERSION}. Restore it with a newer pos-app.")
    if not 0 < size <= MAX_CHUNK:
        raise BackupUnreadable(f"{name} has a damaged header (chunk size {size}).")
    return header, kid, size, length


def decrypt_chunks(fh: BinaryIO, key: bytes, *, name: str) -> Iterator[bytes]:
    """The plaintext of an encrypted backup, chunk by chunk, each authenticated before
    it is yielded; raises WrongBackupKey or BackupUnreadable saying what is wrong."""
    aead = _check_key(key)
    header, kid, size, length = read_header(fh, name=name)
    if kid != key_id(key):
        raise WrongBackupKey(
            f"{name} was encrypted with another key (key id {kid.hex()}); the key at hand "
            f"has key id {key_id(key).hex()}. Give the key it was made with "
            "(--key-stdin or POS_APP_BACKUP_KEY).")
    prefix = header[17:24]
    last = max(0, -(-length // size) - 1)  # the length (authenticated) names the last
    for index in range(last + 1):
        final = index == last
        want = (size if not final else length - last * size) + TAG
        block = _read_full(fh, want)
        if len(block) < want:
            raise BackupUnreadable(
                f"{name} is truncated: it ends "
                + (f"after chunk {index - 1}" if not block and index else
                   f"inside chunk {index}")
                + f" of {last + 1} (copied or downloaded in part?).")
        try:
            plain = aead.decrypt(_nonce(prefix, index, final), block,
                                 _aad(header, index, final))
        except InvalidTag:
            raise BackupUnreadable(
                f"{name} is damaged: chunk {index} (bytes "
                f"{HEADER_SIZE + index * (size + TAG)}..) fails its authentication check "
                "(altered, corrupted, or chunks out of order).") from None
        yield plain
    if fh.read(1):
        raise BackupUnreadable(f"{name} has data after its last chunk ({last}): it was "
                               "appended to or spliced.")


def encrypt_file(src: Path, dst: Path, key: bytes) -> str:
    """Encrypt `src` into a new `dst` (0600); returns the plaintext's SHA-256."""
    digest = hashlib.sha256()
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
        encrypt_stream(fin, fout, key, os.fstat(fin.fileno()).st_size, digest=digest)
        fout.flush()
        os.fsync(fout.fileno())
    return digest.hexdigest()


def decrypt_file(src: Path, dst: Path, key: bytes) -> str:
    """Decrypt `src` into `dst` (created 0600; removed if `src` fails); returns the
    plaintext's SHA-256."""
    digest = hashlib.sha256()
    try:
        fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
            for chunk in decrypt_chunks(fin, key, name=str(src)):
                fout.write(chunk)
                digest.update(chunk)
            fout.flush()
            os.fsync(fout.fileno())
    except BaseException:
        with suppress(OSError):
            os.unlink(dst)
        raise
    return digest.hexdigest()
