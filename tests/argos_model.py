"""Build a real, tiny Argos Translate package offline: the tests' and benchmarks' model.

- a SentencePiece model trained on text written here (Chinese and English
  sentences about the example's subject);
- a CTranslate2 Transformer built through ``ctranslate2.specs`` with seeded
  random weights (it translates into nonsense, which is all a test of the
  plumbing needs; its speed is that of a real model of the same size);
- a rule-based MiniSBD sentence splitter in ``minisbd/``: an ONNX graph that
  looks each character up in a table marking 。！？；…!?; as sentence ends,
  with the metadata MiniSBD reads (so Argos' own ``translate()`` splits
  sentences offline, as with a real package);
- ``metadata.json`` naming zh→en, zipped as ``.argosmodel``.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np

CORPUS = [
    "吉林省将坚定实施创新驱动发展战略。", "Jilin Province will firmly implement the innovation-driven development strategy.",
    "全省科技进步贡献率提高到百分之五十五。", "The contribution rate of scientific and technological progress rose.",
    "高新技术企业数量翻了一番。", "The number of high-tech enterprises has doubled.",
    "技术合同成交总额突破四百亿元。", "The total turnover of technology contracts exceeded forty billion yuan.",
    "启动实施科技人才雨林计划。", "Launch the rain forest program for science and technology talents.",
    "加快长春国家自主创新示范区建设。", "Accelerate the construction of the Changchun demonstration zone.",
    "会议在长春召开，各市州科技局负责同志参加。", "The conference was held in Changchun and attended by local officials.",
    "今年全省将着力推动区域协调发展。", "This year the province will promote coordinated regional development.",
    "推进国家重点实验室建设，新建省级重点实验室。", "Promote the construction of state key laboratories and build new ones.",
    "赋予科研单位负责人更多收益权和决策权。", "Give leaders of research units more income and decision-making rights.",
]  # fmt: skip


def train_sentencepiece(folder: Path, vocab_size: int = 300) -> Path:
    import sentencepiece as spm

    text = folder / "corpus.txt"
    lines = CORPUS * 20
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    prefix = folder / "sentencepiece"
    spm.SentencePieceTrainer.train(
        input=str(text), model_prefix=str(prefix), vocab_size=vocab_size, character_coverage=1.0,
        model_type="unigram", user_defined_symbols=[f"⟦{k}⟧" for k in range(10)],
        bos_id=-1, eos_id=1, unk_id=0, pad_id=-1, hard_vocab_limit=False, minloglevel=2,
    )  # fmt: skip
    return prefix.with_suffix(".model")


def _fill(spec, d: int, ff: int, vocab: int, rng: np.random.Generator) -> None:  # type: ignore[no-untyped-def]
    """Give every unset weight of a Transformer spec a seeded random value of the right shape."""
    from ctranslate2.specs.model_spec import LayerSpec

    def walk(obj, path: str) -> None:  # type: ignore[no-untyped-def]
        if isinstance(obj, list):
            for k, item in enumerate(obj):
                walk(item, f"{path}[{k}]")
            return
        for name, value in list(vars(obj).items()):
            here = f"{path}.{name}"
            if value is None:
                setattr(obj, name, _value(here, name, obj, d, ff, vocab, rng))
            elif isinstance(value, (list, LayerSpec)):
                walk(value, here)

    walk(spec, "")


def _value(
    path: str, name: str, owner, d: int, ff: int, vocab: int, rng: np.random.Generator
) -> np.ndarray:  # type: ignore[no-untyped-def]
    scale = 0.08
    if name in ("gamma",):
        return np.ones(d, dtype=np.float32)
    if name in ("beta",):
        return np.zeros(d, dtype=np.float32)
    if path.endswith(("embeddings.weight", "projection.weight")) or ".embeddings[" in path:
        return rng.normal(0, scale, (vocab, d)).astype(np.float32)
    if ".ffn.linear_0." in path:
        return rng.normal(0, scale, (ff, d)).astype(np.float32)
    if ".ffn.linear_1." in path:
        return rng.normal(0, scale, (d, ff)).astype(np.float32)
    if ".self_attention.linear[0]" in path:
        return rng.normal(0, scale, (3 * d, d)).astype(np.float32)
    if ".attention.linear[1]" in path:
        return rng.normal(0, scale, (2 * d, d)).astype(np.float32)
    if ".linear[" in path:
        return rng.normal(0, scale, (d, d)).astype(np.float32)
    raise ValueError(f"no shape known for {path}")


ENDS = "。！？；!?;…"


def build_sentence_splitter(path: Path) -> Path:
    """A MiniSBD model that ends sentences at Chinese and ASCII terminators."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    vocab = ["<PAD>", "<UNK>", *ENDS]
    table = np.zeros((len(vocab), 5), dtype=np.float32)
    table[:, 1] = 10.0  # class 1: every character ends a token
    table[0] = [10.0, 0, 0, 0, 0]  # padding
    for k, unit in enumerate(vocab):
        if unit in ENDS:
            table[k] = [0, 0, 10.0, 0, 0]  # class 2: ends a sentence
    graph = helper.make_graph(
        [helper.make_node("Gather", ["table", "units"], ["logits"], axis=0)],
        "rule_based_sbd",
        [helper.make_tensor_value_info("units", TensorProto.INT64, ["B", "N"]),
         helper.make_tensor_value_info("features", TensorProto.FLOAT, ["B", "N", "F"])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["B", "N", 5])],
        initializer=[numpy_helper.from_array(table, "table")],
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    vocab_state = {"lang": "zh-hans", "idx": 0, "cutoff": 0, "lower": False,
                   "_unit2id": {u: i for i, u in enumerate(vocab)}, "_id2unit": vocab}  # fmt: skip
    metadata = {"lang_code": "zh-hans", "lexicon": "null", "vocab": json.dumps(vocab_state),
                "config": json.dumps({"feat_funcs": [], "max_seqlen": 1000, "batch_size": 32})}  # fmt: skip
    for key, value in metadata.items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(path))
    return path


def build_package(folder: Path, layers: int = 1, d: int = 32, heads: int = 2, vocab_size: int = 300,
                  seed: int = 7, version: str = "0.1", model_vocab: int = 0, eos_bias: float = 0.0) -> Path:  # fmt: skip
    """A zh→en .argosmodel in ``folder``; returns its path."""
    import ctranslate2
    import sentencepiece as spm

    folder.mkdir(parents=True, exist_ok=True)
    work = folder / "pkg" / "translate-zh_en"
    (work / "model").mkdir(parents=True, exist_ok=True)
    sp_model = train_sentencepiece(folder, vocab_size)
    (work / "sentencepiece.model").write_bytes(sp_model.read_bytes())
    sp = spm.SentencePieceProcessor(model_file=str(sp_model))
    tokens = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    tokens = [
        "<blank>",
        "<s>",
        "</s>",
        *[t for t in tokens if t not in ("<unk>", "</s>", "<s>")],
        "<unk>",
    ]
    # A realistic model has a large vocabulary: extra entries the tokenizer never produces.
    tokens += [f"▁x{k}" for k in range(max(0, model_vocab - len(tokens)))]
    spec = ctranslate2.specs.TransformerSpec.from_config(layers, heads)
    _fill(spec, d, 4 * d, len(tokens), np.random.default_rng(seed))
    if eos_bias:
        # Random weights rarely pick </s>: a bias ends outputs at realistic lengths.
        bias = np.zeros(len(tokens), dtype=np.float32)
        bias[tokens.index("</s>")] = eos_bias
        spec.decoder.projection.bias = bias
    spec.register_source_vocabulary(tokens)
    spec.register_target_vocabulary(tokens)
    spec.validate()
    spec.save(str(work / "model"))
    metadata = {
        "package_version": version, "argos_version": "1.0", "from_code": "zh", "from_name": "Chinese",
        "to_code": "en", "to_name": "English", "type": "translate",
    }  # fmt: skip
    (work / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    build_sentence_splitter(work / "minisbd" / "zh-hans.onnx")
    (work / "README.md").write_text(
        "Test model with random weights, built by the bilingual tests.\n", encoding="utf-8"
    )
    archive = folder / f"translate-zh_en-{version.replace('.', '_')}.argosmodel"
    with zipfile.ZipFile(archive, "w") as z:
        for path in sorted(work.rglob("*")):
            z.write(path, path.relative_to(work.parent))
    return archive
