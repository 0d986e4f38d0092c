"""How good a candidate bead is: every signal combined into one score.

For a bead pairing Chinese sentences ``Z`` with English sentences ``E``:

    score = (cos(Z, E) - margin · (best_z + best_e) / 2) · lp(Z, E)
            + w_dict · dice(Z, E) + w_names · min(names(Z, E), 1)
            + w_numbers · min(numbers(Z, E), 2) - w_quotes · min(|open(Z) - open(E)|, 2)
            - prior(|Z|, |E|) - w_deficit · (deficit_zh(Z, E) + deficit_en(Z, E)) / 2

- ``cos(Z, E)``: cosine of the sums of the sentence embeddings on each side
  (the encoder averages word features, so a sum is close to embedding the
  joined text, and costs nothing); ``best_z`` and ``best_e`` are each span's
  best cosine with any single sentence of the other side (a margin in the
  sense of Artetxe & Schwenk 2019, as in Bertalign, with k = 1), which keeps
  sentences that resemble everything from pairing with anything;
- ``lp``: the length term of Bertalign, log2(1 + min/max) of the English
  length and the Chinese length times the document's own ratio of English
  to Chinese characters (literary English runs 3.4 to 5 characters per
  Chinese one, news about 3.5: the ratio is measured, not assumed);
- ``dice``: dictionary overlap (:mod:`.lexicon`), 2·matches / (Chinese words
  + English words), glossary terms included;
- ``names``, ``numbers``, ``open``: see :mod:`.signals`;
- ``deficit``, for paragraphs only: how far the bead falls short of holding
  the partners of its sentences (each sentence's mutual best match among the
  sentences of the stretch; :func:`.refine.deficits`), each side's
  length-weighted mean. A paragraph's summed vector hardly moves when a
  short piece of its translation is left out, or a neighbour's paragraph is
  taken in; its sentences' partners say so plainly.

The DP maximizes the sum of bead scores; a skipped sentence (1-0 or 0-1)
scores ``skip``. The weights were set once on MAC-Dev, all chapters
together (``benchmarks/align_accuracy.py`` measures them), and are the same
for every document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from bilingual.align.embed import unit_rows

#: Bead shapes searched: up to 3-1/1-3, 2-2, and the 1-4, 2-3, 3-2 that
#: literary translation produces.
SHAPES: tuple[tuple[int, int], ...] = (
    (1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2), (1, 4), (2, 3), (3, 2),
)  # fmt: skip


@dataclass(frozen=True)
class Weights:
    """The scoring constants (see the module docstring for the formula)."""

    margin: float = 0.5
    skip: float = -0.12
    dictionary: float = 0.3
    names: float = 0.05
    numbers: float = 0.1
    quotes: float = 0.02
    prior: dict[tuple[int, int], float] = field(
        default_factory=lambda: {(2, 1): 0.03, (2, 2): 0.05, (3, 2): 0.03}
    )
    #: The weight of the paragraph beads' deficit (0 for sentences, which
    #: have no parts).
    deficit: float = 0.0
    #: The bead shapes searched.
    shapes: tuple[tuple[int, int], ...] = SHAPES
    #: Which calibrated model gives the beads' confidence (:mod:`.confidence`).
    confidence: str = "sentence"


@dataclass(frozen=True)
class Evidence:
    """Everything known about the sentences of one stretch of text."""

    zh_vectors: np.ndarray
    en_vectors: np.ndarray
    zh_lengths: np.ndarray
    en_lengths: np.ndarray
    dictionary: np.ndarray
    zh_words: np.ndarray
    en_words: np.ndarray
    names: np.ndarray
    numbers: np.ndarray
    zh_open: np.ndarray
    en_open: np.ndarray
    #: For paragraphs, each candidate bead's deficits (:func:`.refine.deficits`).
    deficits: tuple[dict, dict] | None = None


#: Paragraphs are long, so a wrong pairing shows plainly in the similarity and
#: the length: skipping a paragraph costs nothing and the margin is stronger.
#: Set once on the paragraph benchmark (pseudo-paragraphs built from MAC-Dev);
#: ``deficit`` (1, on a plateau from 0.7 to 2) and the 4-1 shape (with the
#: 3-1's prior; English sites merge short Chinese paragraphs) were chosen
#: later on perturbations the benchmark never reports (seeds 100 to 103).
PARAGRAPH_WEIGHTS = Weights(
    margin=0.6,
    skip=0.0,
    dictionary=0.5,
    names=0.05,
    numbers=0.05,
    quotes=0.02,
    prior={(2, 2): 0.05, (3, 1): 0.03, (3, 2): 0.03, (4, 1): 0.03},
    deficit=1.0,
    shapes=(*SHAPES, (4, 1)),
    confidence="paragraph",
)


def _runs(values: np.ndarray, size: int) -> np.ndarray:
    """Sums of every run of ``size`` consecutive entries (or rows)."""
    return _run_sums(_prefix(values), size)


def _prefix(values: np.ndarray) -> np.ndarray:
    """Running sums along the first axis, after a row of zeros."""
    return np.concatenate(
        [np.zeros((1, *values.shape[1:]), values.dtype), np.cumsum(values, axis=0)]
    )


def _run_sums(prefix: np.ndarray, size: int) -> np.ndarray:
    return prefix[size:] - prefix[:-size]


def _table(matrix: np.ndarray) -> np.ndarray:
    """The summed-area table of a sentence-pair matrix, after a row and column of zeros."""
    c = np.zeros((matrix.shape[0] + 1, matrix.shape[1] + 1), dtype=np.float64)
    c[1:, 1:] = matrix.cumsum(0).cumsum(1)
    return c


def _blocks(table: np.ndarray, a: int, b: int) -> np.ndarray:
    """Sums of every a×b block of the matrix whose summed-area table is ``table``."""
    c = table
    return c[a:, b:] - c[:-a, b:] - c[a:, :-b] + c[:-a, :-b]


#: English characters per Chinese one that translation produces: news about
#: 3.5, literary text 3.4 to 5.2 (MAC-Dev's chapters). A stretch measured
#: outside these bounds is not a translation throughout (an English appendix
#: with no Chinese, a Chinese table left untranslated), and its ratio would
#: make the length term favour any bead that soaks up the surplus.
RATIO_BOUNDS = (2.0, 8.0)


def length_ratio(ev: Evidence) -> float:
    """The stretch's English characters per Chinese one, within :data:`RATIO_BOUNDS`."""
    ratio = float(ev.en_lengths.sum()) / max(float(ev.zh_lengths.sum()), 1.0)
    return min(max(ratio, RATIO_BOUNDS[0]), RATIO_BOUNDS[1])


def bead_scores(ev: Evidence, w: Weights) -> dict[tuple[int, int], np.ndarray]:
    """``scores[(a, b)][i, j]``: the bead of ``zh[i:i+a]`` and ``en[j:j+b]``."""
    n, m = len(ev.zh_lengths), len(ev.en_lengths)
    ratio = length_ratio(ev)
    zh_sizes = {a for a, _ in w.shapes if a <= n}
    en_sizes = {b for _, b in w.shapes if b <= m}
    zh_spans = {a: unit_rows(_runs(ev.zh_vectors, a)) for a in zh_sizes}
    en_spans = {b: unit_rows(_runs(ev.en_vectors, b)) for b in en_sizes}
    zh_best = {a: (v @ ev.en_vectors.T).max(axis=1) for a, v in zh_spans.items()}
    en_best = {b: (v @ ev.zh_vectors.T).max(axis=1) for b, v in en_spans.items()}
    # Every shape sums runs of the same rows and blocks of the same matrices:
    # the running sums are taken once.
    sides = {
        "zh": [_prefix(x) for x in (ev.zh_lengths, ev.zh_words, ev.zh_open)],
        "en": [_prefix(x) for x in (ev.en_lengths, ev.en_words, ev.en_open)],
    }
    zh_runs = {a: [_run_sums(c, a) for c in sides["zh"]] for a in zh_sizes}
    en_runs = {b: [_run_sums(c, b) for c in sides["en"]] for b in en_sizes}
    dictionary, names, numbers = (_table(x) for x in (ev.dictionary, ev.names, ev.numbers))
    scores = {}
    for a, b in w.shapes:
        if a > n or b > m:
            continue
        (zh_len, zh_words, zh_open), (en_len, en_words, en_open) = zh_runs[a], en_runs[b]
        sim = zh_spans[a] @ en_spans[b].T
        sim -= w.margin * (zh_best[a][:, None] + en_best[b][None, :]) / 2
        x = ratio * zh_len[:, None]
        y = en_len[None, :]
        score = sim * np.log2(1 + np.minimum(x, y) / np.maximum(np.maximum(x, y), 1e-9))
        words = zh_words[:, None] + en_words[None, :]
        score += w.dictionary * 2 * _blocks(dictionary, a, b) / np.maximum(words, 1)
        score += w.names * np.minimum(_blocks(names, a, b), 1)
        score += w.numbers * np.minimum(_blocks(numbers, a, b), 2)
        opened = zh_open[:, None] - en_open[None, :]
        score -= w.quotes * np.minimum(np.abs(opened), 2)
        score -= w.prior.get((a, b), 0.0)
        if w.deficit and ev.deficits is not None:
            zd, ed = ev.deficits
            score -= w.deficit * (zd[(a, b)] + ed[(a, b)]) / 2
        scores[(a, b)] = score
    return scores
