"""Machine translation and memory benchmark.

    python benchmarks/mt_benchmark.py [--sentences 240] [--memory 100000]

1. Translation throughput on a realistic-size model built here (6 encoder
   and 6 decoder layers, d_model 512, 8 heads, a 32,000-entry vocabulary,
   seeded random weights; an end-of-sentence bias keeps outputs at a
   realistic length): Argos Translate's own ``translate()`` called once per
   sentence (the baseline, as it ships: float32; and again with int8
   weights, like ours) against our batched path (every sentence in one
   ``translate_batch`` call, int8), in the same run, at beam 4 and beam 1.
   All sentences are distinct, since Argos caches translations by text.
2. Translation memory: N stored units, fuzzy lookup latency per segment and
   the process's peak memory.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def sentences(n: int) -> list[str]:
    from check_corpus import CORRECT

    rng = random.Random(3)
    base = [zh for zh, _ in CORRECT]
    # Every sentence distinct: Argos caches translations by text.
    return [f"{rng.choice(base)[:-1]}，涉及第{k + 1}批项目。" for k in range(n)]


def throughput(n: int) -> None:
    home = Path(tempfile.mkdtemp(prefix="bilingual-mt-bench-"))
    os.environ.update({"XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
                       "ARGOS_PACKAGES_DIR": str(home / "packages"), "ARGOS_PACKAGE_INDEX": "http://127.0.0.1:9/"})  # fmt: skip
    from tests.argos_model import build_package

    started = time.perf_counter()
    package = build_package(
        home / "build", layers=6, d=512, heads=8, model_vocab=32000, eos_bias=8.4
    )
    from argostranslate import settings, translate

    from bilingual import mt

    model = mt.install(package)
    texts = sentences(n)
    print(f"\n## Translation: {n} sentences, 6+6 layers, d_model 512, 32k vocabulary "
          f"(model built in {time.perf_counter() - started:.0f} s)\n")  # fmt: skip
    for beam in (4, 1):
        settings.beam_size = beam
        rates = {}
        for compute in ("auto", "int8"):
            # Argos as it ships (float32 weights), then with the int8 weights our path uses.
            settings.compute_type = compute
            translate.get_installed_languages.cache_clear()  # new translators, new settings
            translate.translate("预热。", "zh", "en")  # load the model before timing
            start = time.perf_counter()
            for text in texts:
                translate.translate(text, "zh", "en")
            rates[compute] = n / (time.perf_counter() - start)
        engine = mt.ArgosEngine(model, beam_size=beam, batch_size=64)
        engine.translate_sentences(["预热。"])
        start = time.perf_counter()
        out = engine.translate_sentences(texts)
        ours = n / (time.perf_counter() - start)
        tokens = statistics.mean(len(engine.tokenizer.encode(t)) for t in out)
        print(f"beam {beam}: Argos translate() per sentence {rates['auto']:5.1f} sentences/s (baseline), "
              f"{rates['int8']:5.1f} with int8 weights; ours batched {ours:5.1f} sentences/s = "
              f"{ours / rates['auto']:.1f}× the baseline, {ours / rates['int8']:.1f}× Argos with int8 "
              f"(mean output {tokens:.0f} tokens)")  # fmt: skip


def memory(n: int) -> None:
    from check_corpus import CORRECT

    from bilingual.memory import Memory

    rng = random.Random(5)
    pool = "科技创新发展吉林长春产业企业研究平台基地工程中心项目服务合作开放数字智能绿色制造材料能源装备会议推进建设"
    pairs = []
    for k in range(n):
        zh, en = CORRECT[k % len(CORRECT)]
        noise = "".join(rng.choice(pool) for _ in range(rng.randint(4, 12)))
        pairs.append((f"{noise}{zh}", en, f"tm/{k}"))
    start = time.perf_counter()
    tm = Memory(pairs)
    built = time.perf_counter() - start
    queries = [p[0][:-2] + "新。" for p in rng.sample(pairs, 200)]
    start = time.perf_counter()
    hits = sum(tm.fuzzy(q, 75) is not None for q in queries)
    per = (time.perf_counter() - start) / len(queries)
    start = time.perf_counter()
    for q in queries:
        tm.exact(q)
    exact = (time.perf_counter() - start) / len(queries)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n## Translation memory: {len(tm):,} units (built in {built:.1f} s)\n")
    print(
        f"fuzzy lookup: {per * 1000:.1f} ms per segment ({hits} of {len(queries)} found at ≥ 75%); "
        f"exact lookup {exact * 1e6:.0f} µs; peak memory of this process {peak:.0f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sentences", type=int, default=240)
    parser.add_argument("--memory", type=int, default=100_000)
    parser.add_argument("--only", choices=["translation", "memory"])
    args = parser.parse_args()
    if args.only in (None, "memory"):
        memory(args.memory)
    if args.only in (None, "translation"):
        throughput(args.sentences)


if __name__ == "__main__":
    main()
