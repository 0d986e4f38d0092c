"""Alignment of Chinese and English: paragraphs, and sentences inside paragraphs.

Reading order: :mod:`.embed` (sentence embeddings), :mod:`.lexicon` and
:mod:`.signals` (other evidence), :mod:`.scoring` (one score per candidate
bead), :mod:`.search` (the DP, and cutting long texts), :mod:`.core` (the two
put together), :mod:`.article` (into a catalog), :mod:`.evaluate` (F1 against
gold beads).
"""

from bilingual.align.core import align, check_sides, embed_paragraphs, embed_sentences
from bilingual.align.scoring import PARAGRAPH_WEIGHTS, Weights

__all__ = [
    "PARAGRAPH_WEIGHTS",
    "Weights",
    "align",
    "check_sides",
    "embed_paragraphs",
    "embed_sentences",
]
