"""How sure the aligner is of each pair: an estimated probability that it is right.

A bead's cosine alone does not tell right pairs from wrong ones (wrong
paragraph pairs score 0.3 to 0.7, right ones 0.3 to 0.8 on real news). What
does is how the pair compares with its alternatives. Each bead with both sides
gets the eleven features of :data:`FEATURES`:

- ``cos``: cosine of its two sides;
- ``margin``: that cosine minus the best cosine either side has with any
  *other* single unit of the other side (a pair that another unit would fit
  as well is doubtful);
- ``length``: |ln(English length / (ratio · Chinese length))|, with the
  stretch's own ratio of English to Chinese characters;
- ``dice``: dictionary overlap (:mod:`.lexicon`);
- ``numbers``: numbers the two sides share, at most 2;
- ``shape``: units in the bead beyond two (a 1-1 bead is 0, a 2-1 bead 1);
- ``beside_gap``: whether a neighbouring bead leaves a unit unpaired (a
  paragraph split or merged wrongly leaves one);
- ``grow``: how much the cosine rises when the bead takes in the unit just
  before or after it on either side (a bead that should have been larger);
- ``shrink``: how much it rises when the bead lets go of its first or last
  unit on either side (a bead that should have been smaller);
- ``loss``: how much the best alignment's score drops when this bead is
  forbidden (:func:`.search.losses`), at most 1: near 0, another
  alignment is as good;
- ``support``: for paragraphs, the least share of any one of the bead's
  paragraphs whose sentences are each other's best match within the bead
  (:func:`.refine.least_support`): a 2-1 bead whose second Chinese
  paragraph has no partner in the English is doubtful however well the
  whole compares. Sentences have no parts: 1.

The probability is a logistic function of them, ``1 / (1 + exp(-(b + w·x)))``.
The coefficients are fitted by ``benchmarks/align_accuracy.py --only
calibration`` on MAC-Dev-derived data (pseudo-paragraphs under several
perturbation mixes for paragraphs, the gold sentence beads for sentences);
the benchmark reports them out of sample (fitted on five chapters, scored on
the sixth) and prints the coefficients fitted on all six, which are these
(``--seeds 6``: six perturbations of each chapter under each mix).
They are fitted on the DP's own beads; a paragraph bead that the sentence
check (:mod:`.refine`) changed has a loss of 0, so a low probability, and
every other bead keeps the features it had on the DP's path.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

import numpy as np

from bilingual.align.refine import Sentences, least_support
from bilingual.align.scoring import Evidence, length_ratio
from bilingual.model import Bead

FEATURES = ("cos", "margin", "length", "dice", "numbers", "shape", "beside_gap", "grow", "shrink",
            "loss", "support")  # fmt: skip

#: (intercept, one weight per feature), for paragraph beads and for sentence beads.
PARAGRAPH_MODEL: tuple[float, ...] = (
    -0.102, -1.944, -0.478, -0.736, -0.379, -0.232, 0.445, -0.367, -5.192, 11.044, 40.596, 2.789,
)  # fmt: skip
SENTENCE_MODEL: tuple[float, ...] = (
    1.501, -0.025, -1.012, -1.090, -0.496, -0.504, -0.146, -0.766, -8.904, -1.033, 14.354, 0.000,
)  # fmt: skip

MODELS = {"paragraph": PARAGRAPH_MODEL, "sentence": SENTENCE_MODEL}


def features(
    ev: Evidence,
    beads: Sequence[Bead],
    losses: Sequence[float],
    sentences: tuple[Sentences, Sentences] | None = None,
    only: Set[int] | None = None,
) -> np.ndarray:
    """One row of :data:`FEATURES` for each bead of a stretch (zeros where a
    side is empty); ``sentences``, the stretch's paragraphs' sentences on
    either side, for paragraphs. With ``only``, just those beads' rows are
    filled (a bead's row depends on its neighbours, so the list is whole)."""
    rows = np.zeros((len(beads), len(FEATURES)))
    if not beads:
        return rows
    ratio = length_ratio(ev)
    gap = [not (b.src and b.tgt) for b in beads]
    for k, bead in enumerate(beads):
        if not (bead.src and bead.tgt) or (only is not None and k not in only):
            continue
        zs, es = list(bead.src), list(bead.tgt)
        z = ev.zh_vectors[zs].sum(axis=0)
        e = ev.en_vectors[es].sum(axis=0)
        z /= max(float(np.linalg.norm(z)), 1e-9)
        e /= max(float(np.linalg.norm(e)), 1e-9)
        cos = float(z @ e)
        others_en = np.delete(ev.en_vectors, es, axis=0)
        others_zh = np.delete(ev.zh_vectors, zs, axis=0)
        rival = max(
            float((others_en @ z).max()) if len(others_en) else -1.0,
            float((others_zh @ e).max()) if len(others_zh) else -1.0,
        )
        grow = shrink = 0.0
        for side, vectors, other in ((zs, ev.zh_vectors, e), (es, ev.en_vectors, z)):
            n_units = len(vectors)
            total = vectors[side].sum(axis=0)
            for extra in (side[0] - 1, side[-1] + 1):
                if 0 <= extra < n_units:
                    grow = max(grow, _cos(total + vectors[extra], other) - cos)
            if len(side) > 1:
                for drop in (side[0], side[-1]):
                    shrink = max(shrink, _cos(total - vectors[drop], other) - cos)
        zh_len = float(ev.zh_lengths[zs].sum())
        en_len = float(ev.en_lengths[es].sum())
        words = float(ev.zh_words[zs].sum() + ev.en_words[es].sum())
        rows[k] = (
            cos,
            cos - max(rival, 0.0),
            abs(np.log((en_len + 1) / (ratio * zh_len + 1))),
            2 * float(ev.dictionary[np.ix_(zs, es)].sum()) / max(words, 1.0),
            min(float(ev.numbers[np.ix_(zs, es)].sum()), 2.0),
            len(zs) + len(es) - 2,
            float((k > 0 and gap[k - 1]) or (k + 1 < len(beads) and gap[k + 1])),
            grow,
            shrink,
            min(losses[k], 1.0),
            least_support(*sentences, zs, es) if sentences else 1.0,
        )
    return rows


def _cos(a: np.ndarray, unit: np.ndarray) -> float:
    return float(a @ unit) / max(float(np.linalg.norm(a)), 1e-9)


def probabilities(rows: np.ndarray, model: Sequence[float]) -> np.ndarray:
    coef = np.asarray(model, dtype=np.float64)
    return 1.0 / (1.0 + np.exp(-(coef[0] + rows @ coef[1:])))


def fit(rows: np.ndarray, right: np.ndarray, l2: float = 1e-2, steps: int = 50) -> np.ndarray:
    """Logistic regression by Newton's method (a small ridge keeps it finite
    when the classes separate): the coefficients, intercept first."""
    x = np.hstack([np.ones((len(rows), 1)), rows])
    y = right.astype(np.float64)
    w = np.zeros(x.shape[1])
    penalty = l2 * np.eye(x.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w
