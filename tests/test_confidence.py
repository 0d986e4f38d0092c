import itertools

import numpy as np
import pytest

from bilingual.align.confidence import FEATURES, fit, probabilities
from bilingual.align.scoring import SHAPES
from bilingual.align.search import best_path, losses


def _paths(n: int, m: int):
    """Every sequence of beads (the searched shapes, 1-0 and 0-1) covering n and m."""
    if n == 0 and m == 0:
        yield []
        return
    for a, b in [*SHAPES, (1, 0), (0, 1)]:
        if a <= n and b <= m:
            for rest in _paths(n - a, m - b):
                yield [(n - a, m - b, a, b), *rest]


def _total(path, scores, skip):
    return sum(skip if a == 0 or b == 0 else scores[(a, b)][i, j] for i, j, a, b in path)


@pytest.mark.parametrize("seed", range(5))
def test_the_loss_of_each_bead_is_what_the_best_path_without_it_scores_less(seed):
    rng = np.random.default_rng(seed)
    n, m, skip = 4, 5, -0.3
    scores = {
        (a, b): rng.normal(0, 1, (n - a + 1, m - b + 1)) for a, b in SHAPES if a <= n and b <= m
    }
    beads = best_path(scores, skip, n, m)
    everything = list(_paths(n, m))
    best = max(_total(p, scores, skip) for p in everything)
    found = losses(scores, skip, n, m, beads)
    for bead, loss in zip(beads, found, strict=True):
        if not (bead.src and bead.tgt):
            continue  # a skipped unit's loss is not used
        key = (bead.src[0], bead.tgt[0], len(bead.src), len(bead.tgt))
        without = max(_total(p, scores, skip) for p in everything if key not in p)
        assert loss == pytest.approx(best - without, abs=1e-9)
        assert loss >= -1e-9
    assert any(b.src and b.tgt for b in beads)


def test_fit_recovers_a_known_logistic_model():
    rng = np.random.default_rng(3)
    x = rng.normal(0, 1, (4000, len(FEATURES)))
    truth = np.array([0.5, *np.linspace(-2, 2, len(FEATURES))])
    y = rng.random(4000) < probabilities(x, truth)
    coef = fit(x, y)
    assert np.abs(coef - truth).max() < 0.3
    p = probabilities(x, coef)
    assert ((p > 0.5) == y).mean() > 0.8


def test_scores_are_probabilities_and_a_skipped_unit_has_none():
    from bilingual.align import PARAGRAPH_WEIGHTS, align, embed_paragraphs

    zh = [["会议在长春召开。"], ["全省科技投入增长百分之十二。"], ["这是一段没有译文的中文。"]]
    en = [["The meeting was held in Changchun."], ["Provincial science spending grew 12 percent."]]
    beads = align(embed_paragraphs(zh), embed_paragraphs(en), None, PARAGRAPH_WEIGHTS)
    paired = [b for b in beads if b.src and b.tgt]
    assert paired and all(0.0 <= b.score <= 1.0 for b in paired)
    assert all(b.score == 0.0 for b in beads if not (b.src and b.tgt))
    assert list(itertools.chain.from_iterable(b.src for b in beads)) == [0, 1, 2]


def test_the_path_and_its_losses_in_one_pass_are_those_found_apart():
    from bilingual.align.search import best_path_with_losses

    rng = np.random.default_rng(9)
    n, m, skip = 7, 6, -0.2
    scores = {(a, b): rng.normal(0, 1, (n - a + 1, m - b + 1)) for a, b in SHAPES}
    beads = best_path(scores, skip, n, m)
    assert best_path_with_losses(scores, skip, n, m) == (beads, losses(scores, skip, n, m, beads))
