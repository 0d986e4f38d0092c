"""Alignment of Chinese and English: paragraphs, and sentences inside paragraphs.

Reading order: :mod:`.embed` (sentence embeddings), :mod:`.lexicon` and
:mod:`.signals` (other evidence), :mod:`.scoring` (one score per candidate
bead), :mod:`.search` (the DP, and cutting long texts), :mod:`.refine`
(paragraph beads checked against their sentences), :mod:`.confidence` (the
probability that a bead is right), :mod:`.core` (all of it put together),
:mod:`.article` (into a catalog), :mod:`.evaluate` (F1 against gold beads).
"""

from typing import Any

# Loaded on first use: numpy and the encoder are not needed by every command
# that imports this package (``check`` and ``status`` start faster).
_FROM = {
    "align": "core",
    "align_sentences": "core",
    "check_sides": "core",
    "embed_paragraphs": "core",
    "embed_sentences": "core",
    "PARAGRAPH_WEIGHTS": "scoring",
    "Weights": "scoring",
}

__all__ = [
    "PARAGRAPH_WEIGHTS",
    "Weights",
    "align",
    "align_sentences",
    "check_sides",
    "embed_paragraphs",
    "embed_sentences",
]


def __getattr__(name: str) -> Any:
    if name not in _FROM:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{_FROM[name]}"), name)
