"""Aligning two sequences of texts (sentences, or paragraphs) into beads."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np

from bilingual.align import confidence, lexicon, signals
from bilingual.align.embed import Encoder, default_encoder, encoder_threads, unit_rows
from bilingual.align.refine import Sentences, deficits, refine
from bilingual.align.scoring import Evidence, Weights, bead_scores
from bilingual.align.search import best_path_with_losses, cut_points
from bilingual.errors import InputError
from bilingual.model import Bead
from bilingual.normalize import cjk_ratio, for_matching
from bilingual.workers import die_with_parent


@dataclass(frozen=True)
class Texts:
    """One side of an alignment: the texts and their embeddings.

    A paragraph's embedding is the normalized sum of its sentences'
    embeddings, so only sentences are ever sent to the encoder.
    """

    texts: tuple[str, ...]
    vectors: np.ndarray
    #: For paragraphs, their sentences (:mod:`.refine` checks paragraph beads
    #: against them).
    sentences: Sentences | None = None


def embed_sentences(sentences: Sequence[str], encoder: Encoder | None = None) -> Texts:
    encoder = encoder or default_encoder()
    return Texts(tuple(sentences), encoder.encode(list(sentences)))


def embed_paragraphs(paragraphs: Sequence[Sequence[str]], encoder: Encoder | None = None) -> Texts:
    """Paragraphs given as their sentences."""
    encoder = encoder or default_encoder()
    flat = [s for p in paragraphs for s in p]
    vectors = encoder.encode(flat)
    rows, k = [], 0
    for p in paragraphs:
        rows.append(vectors[k : k + len(p)].sum(axis=0) if p else np.zeros(vectors.shape[1]))
        k += len(p)
    joined = tuple(_join(p) for p in paragraphs)
    sentences = Sentences(
        vectors,
        np.array([len(s) for p in paragraphs for s in p], dtype=np.float64),
        np.cumsum([0, *(len(p) for p in paragraphs)]),
    )
    paragraph_vectors = unit_rows(np.array(rows, dtype=np.float32).reshape(len(rows), -1))
    return Texts(joined, paragraph_vectors, sentences)


def _join(sentences: Sequence[str]) -> str:
    out = ""
    for s in sentences:
        out += s if not out or (out[-1] > "\u2e80" or s[:1] > "\u2e80") else " " + s
    return out


def check_sides(zh: Sequence[str], en: Sequence[str], where: str = "") -> None:
    """Refuse input that is clearly the wrong way round, instead of aligning garbage."""
    zh_text, en_text = " ".join(zh), " ".join(en)
    if zh_text.strip() and cjk_ratio(zh_text) < 0.3:
        raise InputError(
            "the Chinese side has almost no Chinese text (swapped files?)", where or None
        )
    if en_text.strip() and cjk_ratio(en_text) > 0.5:
        raise InputError("the English side is mostly Chinese (swapped files?)", where or None)


#: Starts a phase of work, given its name and how many items it has; returns
#: the callback for each item done (the CLI's progress).
Phases = Callable[[str, int], Callable[[str], None]]


def no_phases(_label: str, _total: int) -> Callable[[str], None]:
    """:data:`Phases` that report nothing."""
    return lambda _item: None


def align(
    zh: Texts,
    en: Texts,
    terms: dict[str, str] | None = None,
    weights: Weights | None = None,
    phases: Phases = no_phases,
) -> list[Bead]:
    """Beads covering every text of both sides exactly once, in order.

    Each bead's ``score`` is the estimated probability that it is right
    (:mod:`.confidence`; 0 for 1-0 and 0-1). ``phases`` hears of each
    stretch aligned.
    """
    weights = weights or Weights()
    n, m = len(zh.texts), len(en.texts)
    if n == 0 or m == 0:
        return [Bead((i,), ()) for i in range(n)] + [Bead((), (j,)) for j in range(m)]
    cuts = [(0, 0), *cut_points(zh.vectors, en.vectors), (n, m)]
    work = (zh, en, terms, weights, cuts)
    stretches = range(len(cuts) - 1)
    ways = _processes(len(stretches))
    step = phases("align", len(stretches)) if len(stretches) > 1 else no_phases("", 0)
    done: list[list[Bead]] = []
    if ways <= 1:
        for k in stretches:
            done.append(_stretch(work, k))
            step(f"stretch {k + 1}")
        return [bead for beads in done for bead in beads]
    # A long text's stretches are aligned in processes forked with the text,
    # a share each in order (evidence and the DP are Python-bound: threads
    # would take turns).
    global _work
    _work = work
    try:
        with mp.get_context("fork").Pool(
            ways, initializer=_aligning_worker, initargs=(os.getpid(),)
        ) as pool:
            for k, beads in enumerate(pool.imap(_forked_stretch, stretches)):
                done.append(beads)
                step(f"stretch {k + 1}")
    finally:
        _work = None
    return [bead for beads in done for bead in beads]


#: Stretches a text needs before its alignment is shared between processes.
PARALLEL_FROM = 8
_work: tuple | None = None


def _processes(stretches: int) -> int:
    """Processes for a text of ``stretches`` stretches: one per core the
    encoder may use, unless this is already a worker (one per core already)
    or the text is short."""
    if stretches < PARALLEL_FROM or mp.current_process().daemon:
        return 1
    if "fork" not in mp.get_all_start_methods():
        return 1
    return min(encoder_threads(), stretches // (PARALLEL_FROM // 2))


def _aligning_worker(parent: int) -> None:
    """Ctrl-C is the parent's to handle (it ends the pool); a killed parent
    takes the workers with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)


def _forked_stretch(k: int) -> list[Bead]:
    assert _work is not None  # set before the fork
    return _stretch(_work, k)


@dataclass(frozen=True)
class Stretch:
    """One stretch between sure anchors, aligned.

    ``found`` and ``losses`` are the DP's beads (counted from the stretch's
    start) and what the best path loses without each (:func:`.search.losses`);
    ``beads`` are the beads after the sentence check of paragraphs
    (:mod:`.refine`; the DP's own for sentences), and ``rows`` their
    confidence features: for a bead the DP chose, the features it had on the
    DP's path, so that the check changes no other bead's confidence.
    """

    evidence: Evidence
    found: list[Bead]
    losses: list[float]
    #: The confidence features of ``found``.
    found_rows: np.ndarray
    beads: list[Bead]
    rows: np.ndarray
    start: tuple[int, int]


def stretches(
    zh: Texts, en: Texts, terms: dict[str, str] | None, weights: Weights
) -> Iterator[Stretch]:
    """Every stretch of the text, aligned."""
    cuts = [(0, 0), *cut_points(zh.vectors, en.vectors), (len(zh.texts), len(en.texts))]
    for k in range(len(cuts) - 1):
        yield _searched((zh, en, terms, weights, cuts), k)


def _searched(work: tuple, k: int) -> Stretch:
    zh, en, terms, weights, cuts = work
    (i0, j0), (i1, j1) = cuts[k], cuts[k + 1]
    ev = evidence(zh.texts[i0:i1], en.texts[j0:j1], zh.vectors[i0:i1], en.vectors[j0:j1], terms)
    sentences = None
    if zh.sentences is not None and en.sentences is not None:
        sentences = (zh.sentences.part(i0, i1), en.sentences.part(j0, j1))
        if weights.deficit:
            zh_sizes = sorted({a for a, _ in weights.shapes})
            en_sizes = sorted({b for _, b in weights.shapes})
            ev = replace(ev, deficits=deficits(*sentences, zh_sizes, en_sizes))
    found, lost = best_path_with_losses(bead_scores(ev, weights), weights.skip, i1 - i0, j1 - j0)
    found_rows = rows = confidence.features(ev, found, lost, sentences)
    beads = found
    if sentences is not None:
        beads, changed_losses = refine(found, lost, *sentences)
        if beads != found:
            chosen = {(b.src, b.tgt): row for b, row in zip(found, rows, strict=True)}
            changed = {k for k, b in enumerate(beads) if (b.src, b.tgt) not in chosen}
            now = confidence.features(ev, beads, changed_losses, sentences, changed)
            rows = np.array(
                [chosen.get((b.src, b.tgt), row) for b, row in zip(beads, now, strict=True)]
            ).reshape(len(beads), -1)
    return Stretch(ev, found, lost, found_rows, beads, rows, (i0, j0))


def _stretch(work: tuple, k: int) -> list[Bead]:
    """Stretch ``k``'s beads, counted from the text's start, with their confidence."""
    stretch = _searched(work, k)
    model = confidence.MODELS[work[3].confidence]
    p = confidence.probabilities(stretch.rows, model)
    i0, j0 = stretch.start
    beads = []
    for bead, prob in zip(stretch.beads, p, strict=True):
        score = round(float(prob), 4) if bead.src and bead.tgt else 0.0
        beads.append(_shift(replace(bead, score=score), i0, j0))
    return beads


def _shift(bead: Bead, di: int, dj: int) -> Bead:
    return replace(bead, src=tuple(i + di for i in bead.src), tgt=tuple(j + dj for j in bead.tgt))


def evidence(
    zh: Sequence[str],
    en: Sequence[str],
    zh_vectors: np.ndarray,
    en_vectors: np.ndarray,
    terms: dict[str, str] | None = None,
) -> Evidence:
    """Every signal for one stretch (see :mod:`.scoring`)."""
    zh_match = [for_matching(t) for t in zh]
    extra = {for_matching(k): tuple(lexicon.english_stems(v)) for k, v in (terms or {}).items()}
    dictionary, zh_words, en_words = lexicon.overlap_matrix(
        zh_match, en, lexicon.load_dictionary(), extra
    )
    zh_open, en_open = signals.open_quotes(zh, en)
    return Evidence(
        zh_vectors=zh_vectors,
        en_vectors=en_vectors,
        zh_lengths=np.array([len(t) for t in zh], dtype=np.float64),
        en_lengths=np.array([len(t) for t in en], dtype=np.float64),
        dictionary=dictionary,
        zh_words=zh_words,
        en_words=en_words,
        names=signals.name_matrix(zh_match, en),
        numbers=signals.number_matrix(zh, en),
        zh_open=zh_open,
        en_open=en_open,
    )


def align_sentences(
    zh: Sequence[str],
    en: Sequence[str],
    encoder: Encoder | None = None,
    phases: Phases = no_phases,
) -> list[Bead]:
    """Beads for two texts of one sentence each (corpus mode); the Chinese is
    embedded in its Simplified form, so either script aligns alike.
    ``phases`` hears of each side encoded and each stretch aligned."""
    from bilingual.normalize import to_simplified

    encoder = encoder or default_encoder()
    step = phases("encode", 2)
    zh_vectors = embed_sentences([to_simplified(s) for s in zh], encoder)
    step(f"{len(zh)} Chinese sentences")
    en_vectors = embed_sentences(en, encoder)
    step(f"{len(en)} English sentences")
    return align(zh_vectors, en_vectors, phases=phases)
