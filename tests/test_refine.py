"""The sentence check of paragraph beads (align/refine.py), on vectors built by hand.

Each sentence is a unit vector; a translation is the same direction with a
little noise, so which sentence matches which is known exactly.
"""

import numpy as np

from bilingual.align.refine import Sentences, deficits, least_support, mutual_share, refine
from bilingual.model import Bead

DIM = 16


def _unit(k: int, noise: int = 0) -> np.ndarray:
    v = np.zeros(DIM)
    v[k] = 1.0
    if noise:
        v[(k + noise) % DIM] = 0.2  # a translation: near its source, not equal
    return v / np.linalg.norm(v)


def _side(paragraphs: list[list[np.ndarray]], lengths: list[float] | None = None) -> Sentences:
    vectors = np.array([v for p in paragraphs for v in p])
    lengths = np.array(lengths, dtype=float) if lengths else np.full(len(vectors), 30.0)
    starts = np.cumsum([0, *(len(p) for p in paragraphs)])
    return Sentences(vectors, lengths, starts)


def test_the_rest_of_a_split_paragraph_joins_its_bead():
    # Chinese paragraph 0 has sentences 0, 1, 2; the English split it after
    # the second sentence, and the DP left the third alone.
    zh = _side([[_unit(0), _unit(1), _unit(2)], [_unit(3)]])
    en = _side([[_unit(0, 1), _unit(1, 1)], [_unit(2, 1)], [_unit(3, 1)]])
    found = [Bead((0,), (0,)), Bead((), (1,)), Bead((1,), (2,))]
    beads, losses = refine(found, [0.4, 0.0, 0.5], zh, en)
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0, 1)), ((1,), (2,))]
    assert losses == [0.0, 0.5]  # the changed bead is not one the DP chose: loss 0


def test_a_dropped_paragraph_between_does_not_keep_a_split_piece_from_its_bead():
    # Chinese paragraph 1 lost its translation (1-0); the first piece of the
    # split translation of paragraph 2 was left alone before it (0-1).
    zh = _side([[_unit(0)], [_unit(4)], [_unit(1), _unit(2)]])
    en = _side([[_unit(0, 1)], [_unit(1, 1)], [_unit(2, 1)]])
    found = [Bead((0,), (0,)), Bead((), (1,)), Bead((1,), ()), Bead((2,), (2,))]
    beads, _ = refine(found, [0.4, 0.0, 0.0, 0.5], zh, en)
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0,)), ((1,), ()), ((2,), (1, 2))]


def test_boilerplate_stays_alone():
    # The lone English paragraph matches nothing in the bead beside it.
    zh = _side([[_unit(0), _unit(1)], [_unit(3)]])
    en = _side([[_unit(0, 1), _unit(1, 1)], [_unit(9)], [_unit(3, 1)]])
    found = [Bead((0,), (0,)), Bead((), (1,)), Bead((1,), (2,))]
    beads, losses = refine(found, [0.4, 0.0, 0.5], zh, en)
    assert beads == found and losses == [0.4, 0.0, 0.5]


def test_a_paragraph_half_matched_is_not_attached():
    # One of the two sentences of the lone paragraph matches; the other
    # translates a Chinese sentence elsewhere (paragraph 1): not attached.
    zh = _side([[_unit(0), _unit(1), _unit(2)], [_unit(5), _unit(6)]])
    en = _side([[_unit(0, 1), _unit(1, 1)], [_unit(2, 1), _unit(6, 1)], [_unit(5, 1)]])
    found = [Bead((0,), (0,)), Bead((), (1,)), Bead((1,), (2,))]
    beads, _ = refine(found, [0.4, 0.0, 0.5], zh, en)
    assert beads == found


def test_the_rest_of_a_split_paragraph_joins_with_an_editor_line_after_it():
    # The piece ends with an English-only line (a credit, a source) that is
    # no Chinese sentence's best match anywhere: it counts neither way, so
    # the piece joins however long the line.
    zh = _side([[_unit(0), _unit(1), _unit(2)], [_unit(5)]])
    for lengths in ([30, 30, 90, 25, 30], [30, 30, 60, 60, 30], [30, 30, 20, 90, 30]):
        en = _side([[_unit(0, 1), _unit(1, 1)], [_unit(2, 1), _unit(10)], [_unit(5, 1)]], lengths)
        found = [Bead((0,), (0,)), Bead((), (1,)), Bead((1,), (2,))]
        beads, _ = refine(found, [0.4, 0.0, 0.5], zh, en)
        assert [(b.src, b.tgt) for b in beads] == [((0,), (0, 1)), ((1,), (2,))]


def test_a_piece_a_quarter_of_which_translates_chinese_elsewhere_still_joins():
    # Three quarters of the counted text is explained inside the bead; the
    # rest translates Chinese paragraph 1: joins at 3/4, not below it.
    zh = _side([[_unit(0), _unit(1), _unit(2)], [_unit(5), _unit(6)]])
    found = [Bead((0,), (0,)), Bead((), (1,)), Bead((1,), (2,))]
    pieces = [[_unit(0, 1), _unit(1, 1)], [_unit(2, 1), _unit(6, 1)], [_unit(5, 1)]]
    joined = refine(found, [0.4, 0.0, 0.5], zh, _side(pieces, [30, 30, 90, 30, 30]))[0]
    assert [(b.src, b.tgt) for b in joined] == [((0,), (0, 1)), ((1,), (2,))]
    alone = refine(found, [0.4, 0.0, 0.5], zh, _side(pieces, [30, 30, 60, 60, 30]))[0]
    assert alone == found


def test_a_chinese_paragraph_the_english_merged_joins_the_bead():
    zh = _side([[_unit(0), _unit(1)], [_unit(2)], [_unit(4)]])
    en = _side([[_unit(0, 1), _unit(1, 1), _unit(2, 1)], [_unit(4, 1)]])
    found = [Bead((0,), (0,)), Bead((1,), ()), Bead((2,), (1,))]
    beads, losses = refine(found, [0.3, 0.0, 0.6], zh, en)
    assert [(b.src, b.tgt) for b in beads] == [((0, 1), (0,)), ((2,), (1,))]
    assert losses == [0.0, 0.6]


def test_a_dropped_chinese_paragraph_glued_to_its_neighbour_is_detached():
    # The English has no translation of Chinese paragraph 0; the DP glued it
    # to paragraph 1 as a 2-1 bead.
    zh = _side([[_unit(7), _unit(8)], [_unit(0), _unit(1)]])
    en = _side([[_unit(0, 1), _unit(1, 1)]])
    found = [Bead((0, 1), (0,))]
    beads, losses = refine(found, [0.2], zh, en)
    assert [(b.src, b.tgt) for b in beads] == [((0,), ()), ((1,), (0,))]
    assert losses == [0.0, 0.0]


def test_an_english_paragraph_with_an_extra_line_is_never_detached():
    # An English paragraph may hold a line with no Chinese (an editor's note):
    # only Chinese paragraphs leave a bead.
    zh = _side([[_unit(0), _unit(1)]])
    en = _side([[_unit(0, 1)], [_unit(1, 1)], [_unit(12)]])
    found = [Bead((0,), (0, 1, 2))]
    beads, losses = refine(found, [0.7], zh, en)
    assert beads == found and losses == [0.7]


def test_mutual_share_counts_characters_of_mutual_best_sentences():
    zh = _side([[_unit(0), _unit(1)]])
    en = Sentences(np.array([_unit(0, 1), _unit(11)]), np.array([40.0, 10.0]), np.array([0, 1, 2]))
    # English paragraph 1 (10 characters) matches nothing; paragraph 0 matches
    assert mutual_share(zh, en, [0], [0, 1], "en", 0) == 1.0
    assert mutual_share(zh, en, [0], [0, 1], "en", 1) == 0.0
    # Chinese sentence 1 has no mutual best: half of the Chinese characters
    assert mutual_share(zh, en, [0], [0, 1], "zh", 0) == 0.5


def test_beads_the_check_did_not_change_keep_their_dp_confidence():
    """Through the real encoder: a paragraph text aligned with and without
    its sentences gives the unchanged beads the same features."""
    from dataclasses import replace

    from bilingual.align import PARAGRAPH_WEIGHTS, embed_paragraphs
    from bilingual.align.core import stretches

    zh = [
        ["吉林省今年粮食产量创历史新高。", "全省粮食总产量达到四千多万吨。"],
        ["长春市新建五个科技创新平台。"],
        ["这些平台将服务本地企业。", "首批项目已经启动。"],
    ]
    en = [
        ["Jilin's grain output hit a record high this year.",
         "The province produced more than 40 million tonnes of grain."],
        ["Changchun has built five new science and technology platforms."],
        ["The platforms will serve local companies."],
        ["The first projects have started."],
    ]  # fmt: skip
    z, e = embed_paragraphs(zh), embed_paragraphs(en)
    # Without the deficit, which reads the sentences too: only the check
    # may differ between the two runs.
    weights = replace(PARAGRAPH_WEIGHTS, deficit=0.0)
    with_check = list(stretches(z, e, None, weights))
    without = list(stretches(replace(z, sentences=None), e, None, weights))
    assert len(with_check) == len(without) == 1
    checked, plain = with_check[0], without[0]
    assert plain.beads == plain.found
    assert ((2,), (2, 3)) in [(b.src, b.tgt) for b in checked.beads]
    dp_rows = {(b.src, b.tgt): r for b, r in zip(plain.beads, plain.rows, strict=True)}
    for bead, row in zip(checked.beads, checked.rows, strict=True):
        if (bead.src, bead.tgt) in dp_rows:
            assert np.array_equal(row, dp_rows[(bead.src, bead.tgt)])


def test_support_is_the_least_matched_paragraph_of_a_bead():
    # A 2-1 bead: Chinese paragraph 1's one sentence has its translation in
    # the English; paragraph 2's has none there, so the bead's support is 0.
    zh = _side([[_unit(0), _unit(1)], [_unit(2)], [_unit(7)]])
    en = _side([[_unit(0, 1), _unit(1, 1), _unit(2, 1)]])
    assert least_support(zh, en, [0, 1], [0]) == 1.0
    assert least_support(zh, en, [0, 1, 2], [0]) == 0.0
    # Half of an English paragraph (by characters) has its source in the bead.
    en = _side([[_unit(0, 1), _unit(11)]])
    assert least_support(zh, en, [0], [0]) == 0.5


def _mix(*parts: tuple[int, float]) -> np.ndarray:
    v = np.zeros(DIM)
    for k, weight in parts:
        v[k] = weight
    return v / np.linalg.norm(v)


def test_a_sentence_that_completes_its_neighbours_translation_is_attached():
    # One Chinese sentence (directions 0 and 1) translated as two English
    # sentences; the split left the second alone. It is no one's mutual best,
    # but the two together are nearer the Chinese than the first alone.
    zh = _side([[_unit(5), _mix((0, 0.8), (1, 0.6))], [_unit(9)]])
    en = _side([[_unit(5, 1), _unit(0)], [_unit(1)], [_unit(9, 1)]])
    found = [Bead((0,), (0,)), Bead((), (1,)), Bead((1,), (2,))]
    beads, _ = refine(found, [0.4, 0.0, 0.5], zh, en)
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0, 1)), ((1,), (2,))]


def test_an_unrelated_line_after_a_paragraph_is_not_a_completion():
    # The lone line is nearest that Chinese sentence too, faintly: added to
    # its neighbour, it moves the pair away from the Chinese.
    zh = _side([[_unit(5), _mix((0, 0.8), (1, 0.6))], [_unit(9)]])
    en = _side([[_unit(5, 1), _unit(0)], [_mix((1, 0.1), (12, 1.0))], [_unit(9, 1)]])
    found = [Bead((0,), (0,)), Bead((), (1,)), Bead((1,), (2,))]
    beads, _ = refine(found, [0.4, 0.0, 0.5], zh, en)
    assert beads == found


def test_a_bead_that_leaves_out_the_rest_of_a_split_paragraph_owes_its_sentences():
    # Chinese paragraph 0 (sentences 0, 1, 2) went into English paragraphs 0
    # and 1; Chinese paragraph 1 into English paragraph 2.
    zh = _side([[_unit(0), _unit(1), _unit(2)], [_unit(3)]])
    en = _side([[_unit(0, 1), _unit(1, 1)], [_unit(2, 1)], [_unit(3, 1)]])
    zh_def, en_def = deficits(zh, en, [1, 2], [1, 2])
    assert zh_def[(1, 2)][0, 0] == 0.0 and en_def[(1, 2)][0, 0] == 0.0  # the gold bead
    # 1-1 leaves sentence 2's partner out: it is owed its cosine with the
    # partner less its best inside the bead, a third of the Chinese side
    owed = float(_unit(2) @ _unit(2, 1)) - float(_unit(2) @ _unit(1, 1))
    assert owed > 0.5 and np.isclose(zh_def[(1, 1)][0, 0], owed / 3)
    assert en_def[(1, 1)][0, 0] == 0.0  # its English sentences' partners are all inside
    # taking in the next Chinese paragraph but not its English owes that
    # paragraph's sentence: a quarter of the Chinese side
    owed_3 = float(_unit(3) @ _unit(3, 1)) - float(_unit(3) @ _unit(2, 1))
    assert np.isclose(zh_def[(2, 2)][0, 0], owed_3 / 4)
    assert en_def[(2, 2)][0, 0] == 0.0


def test_sentences_with_no_partner_are_owed_nothing():
    # An editor's line (9) matches no Chinese sentence mutually; the lengths
    # weigh the mean.
    zh = _side([[_unit(0), _unit(1)]])
    en = _side([[_unit(0, 1)], [_unit(9), _unit(1, 1)]], lengths=[30, 10, 30])
    zh_def, en_def = deficits(zh, en, [1], [1, 2])
    assert en_def[(1, 2)][0, 0] == 0.0
    assert en_def[(1, 1)][0, 1] == 0.0  # the line and sentence 1 beside it: 1 is inside
    owed = float(_unit(0) @ _unit(0, 1)) - float(_unit(0) @ _unit(1, 1))
    assert np.isclose(zh_def[(1, 1)][0, 1], owed / 2)
