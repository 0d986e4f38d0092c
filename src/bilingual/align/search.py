"""Dynamic programming over beads, and cutting long texts into stretches first.

:func:`best_path` is the exact search: ``best[i, j]`` is the best total
score of aligning the first ``i`` Chinese and ``j`` English sentences, built
row by row with numpy (one vector operation per bead shape and row; the run
of 0-1 skips along a row is a running maximum). Time and memory are
O(n·m), so long texts are first cut into stretches by :func:`cut_points`:
a coarse alignment of blocks of sentences (same DP, block embeddings; at
most :data:`COARSE` blocks a side, so longer texts get longer blocks) finds
where the two texts correspond, and each cut is made at a pair of sentences
that are each other's best match there. Each stretch is then aligned
exactly, so the cost grows linearly with the length of the text.
"""

from __future__ import annotations

import numpy as np

from bilingual.align.embed import unit_rows
from bilingual.model import Bead

#: Texts up to this many sentences a side are aligned in one piece.
STRETCH = 800
#: Sentences per block in the coarse pass, at least.
BLOCK = 8
#: Blocks a side in the coarse pass, at most: a longer text gets longer
#: blocks, so the coarse pass's matrices stay the same size (about 25 MB)
#: and memory grows with the text, not with its square.
COARSE = 1024


def best_path(scores: dict[tuple[int, int], np.ndarray], skip: float, n: int, m: int) -> list[Bead]:
    """The highest-scoring sequence of beads covering all n and m sentences in order."""
    return _trace(_forward(scores, skip, n, m)[1], n, m)


def _forward(
    scores: dict[tuple[int, int], np.ndarray], skip: float, n: int, m: int
) -> tuple[np.ndarray, np.ndarray]:
    """``best`` (the best score of every prefix pair) and the moves that reach it."""
    best = np.full((n + 1, m + 1), -np.inf)
    best[0, 0] = 0.0
    back = np.zeros((n + 1, m + 1, 2), dtype=np.int8)
    steps = np.arange(m + 1) * skip
    for i in range(n + 1):
        row, moves = best[i], back[i]
        for (a, b), score in scores.items():
            if i < a:
                continue
            candidate = best[i - a, : m + 1 - b] + score[i - a]
            better = candidate > row[b:]
            row[b:][better] = candidate[better]
            moves[b:][better] = (a, b)
        if i:
            candidate = best[i - 1] + skip
            better = candidate > row
            row[better] = candidate[better]
            moves[better] = (1, 0)
        # 0-1 skips chain along the row: best[i, j] = max over k <= j of best[i, k] + (j-k)·skip
        chained = np.maximum.accumulate(row - steps) + steps
        better = chained > row + 1e-12
        row[better] = chained[better]
        moves[better] = (0, 1)
    return best, back


def best_path_with_losses(
    scores: dict[tuple[int, int], np.ndarray], skip: float, n: int, m: int
) -> tuple[list[Bead], list[float]]:
    """:func:`best_path` and its :func:`losses`, with the forward DP run once."""
    forward, back = _forward(scores, skip, n, m)
    beads = _trace(back, n, m)
    return beads, losses(scores, skip, n, m, beads, forward)


def losses(
    scores: dict[tuple[int, int], np.ndarray],
    skip: float,
    n: int,
    m: int,
    beads: list[Bead],
    forward: np.ndarray | None = None,
) -> list[float]:
    """For each bead of the best path, how much the best path loses without it.

    The best path that avoids a bead must cover the bead's sentences with some
    other bead, so its score is the best, over beads that overlap this one, of
    the best path through them: forward score to the bead's start, its own
    score, backward score from its end (the same DP run on the reversed
    texts). A loss near 0 means another alignment is as good: a doubtful bead.
    ``forward``: the forward DP's scores, when already computed.
    """
    if forward is None:
        forward = _forward(scores, skip, n, m)[0]
    reversed_scores = {shape: s[::-1, ::-1] for shape, s in scores.items()}
    backward = _forward(reversed_scores, skip, n, m)[0][::-1, ::-1]
    total = forward[n, m]
    through = {
        (a, b): forward[: n - a + 1, : m - b + 1] + s + backward[a:, b:]
        for (a, b), s in scores.items()
    }
    through[(1, 0)] = forward[:n, :] + skip + backward[1:, :]
    through[(0, 1)] = forward[:, :m] + skip + backward[:, 1:]
    out = []
    for bead in beads:
        i = bead.src[0] if bead.src else None
        j = bead.tgt[0] if bead.tgt else None
        rival = -np.inf
        for (a, b), t in through.items():
            if bead.src and a:  # beads sharing a Chinese sentence with this one
                lo, hi = max(0, bead.src[0] - a + 1), bead.src[-1] + 1
                block = t[lo:hi]
                if (a, b) == (len(bead.src), len(bead.tgt)) and j is not None and lo <= i < hi:
                    block = block.copy()
                    block[i - lo, j] = -np.inf  # not the bead itself
                if block.size:
                    rival = max(rival, float(block.max()))
            if bead.tgt and b:  # ... or an English one
                lo, hi = max(0, bead.tgt[0] - b + 1), bead.tgt[-1] + 1
                block = t[:, lo:hi]
                if (a, b) == (len(bead.src), len(bead.tgt)) and i is not None and lo <= j < hi:
                    block = block.copy()
                    block[i, j - lo] = -np.inf
                if block.size:
                    rival = max(rival, float(block.max()))
        out.append(float(total - rival) if np.isfinite(rival) else 1.0)
    return out


def _trace(back: np.ndarray, n: int, m: int) -> list[Bead]:
    beads = []
    i, j = n, m
    while i > 0 or j > 0:
        a, b = int(back[i, j, 0]), int(back[i, j, 1])
        if a == 0 and b == 0:  # unreachable cell: only on degenerate input
            a, b = (1, 0) if i else (0, 1)
        beads.append(Bead(tuple(range(i - a, i)), tuple(range(j - b, j))))
        i, j = i - a, j - b
    return beads[::-1]


def cut_points(zh: np.ndarray, en: np.ndarray, skip: float = -0.2) -> list[tuple[int, int]]:
    """Where to cut two long texts so each stretch can be aligned on its own.

    Returns ``(i, j)`` pairs, increasing on both sides, meaning "Chinese
    sentences before i go with English sentences before j".
    """
    n, m = len(zh), len(en)
    if n <= STRETCH and m <= STRETCH:
        return []
    zb = max(BLOCK, -(-n // COARSE))
    eb = max(1, round(zb * m / max(n, 1)))
    zblocks = _block_vectors(zh, zb)
    eblocks = _block_vectors(en, eb)
    scores = {}
    for a, b in ((1, 1), (1, 2), (2, 1)):
        s = unit_rows(_sums(zblocks, a)) @ unit_rows(_sums(eblocks, b)).T
        s -= 0.5 * (s.max(axis=1, keepdims=True) + s.max(axis=0, keepdims=True)) / 2
        scores[(a, b)] = s
    cuts: list[tuple[int, int]] = []
    last_i, last_j = 0, 0
    for bead in best_path(scores, skip, len(zblocks), len(eblocks)):
        if not bead.src or not bead.tgt or bead.src[0] * zb - last_i < STRETCH // 2:
            continue
        cut = _anchor(zh, en, bead.src[0] * zb, bead.tgt[0] * eb, zb, eb)
        if cut and cut[0] > last_i and cut[1] > last_j:
            cuts.append(cut)
            last_i, last_j = cut
    return cuts


def _anchor(
    zh: np.ndarray, en: np.ndarray, z0: int, e0: int, zb: int, eb: int
) -> tuple[int, int] | None:
    """The most similar mutual-best sentence pair around block start (z0, e0)."""
    zs = slice(max(0, z0 - zb), min(len(zh), z0 + zb))
    es = slice(max(0, e0 - 2 * eb), min(len(en), e0 + 2 * eb))
    sim = zh[zs] @ en[es].T
    if sim.size == 0:
        return None
    rows, cols = sim.argmax(axis=1), sim.argmax(axis=0)
    mutual = [(sim[r, c], r, c) for r, c in enumerate(rows) if cols[c] == r]
    if not mutual:
        return None
    _, r, c = max(mutual)
    return zs.start + r, es.start + c


def _block_vectors(vectors: np.ndarray, size: int) -> np.ndarray:
    n = len(vectors)
    blocks = [vectors[k : k + size].sum(axis=0) for k in range(0, n, size)]
    return unit_rows(np.array(blocks))


def _sums(vectors: np.ndarray, size: int) -> np.ndarray:
    c = np.concatenate([np.zeros((1, vectors.shape[1])), np.cumsum(vectors, axis=0)])
    return c[size:] - c[:-size]
