"""The consistency index updated with the runs that changed is the index built from all runs."""

import random
from array import array

from bilingual import checkindex


def _run(rng: random.Random, size: int) -> checkindex.Columns:
    # few distinct checksums, so that many repeat within and across runs
    return (array("L", [rng.randrange(60) for _ in range(size)]),
            array("L", [rng.randrange(1 << 32) if rng.random() < 0.8 else rng.randrange(40)
                        for _ in range(size)]),
            array("L", [rng.randrange(1 << 32) for _ in range(size if rng.random() < 0.5 else 0)]))  # fmt: skip


def _answer(index: checkindex.Index, place: list[int]) -> tuple:  # type: ignore[type-arg]
    return [side.many for side in index.sides], checkindex.wanted(index, place)


def test_updates_agree_with_a_fresh_build():
    rng = random.Random(3)
    runs = {f"k{n}": _run(rng, rng.randrange(0, 30)) for n in range(40)}
    keys = [f"k{n}" for n in range(12)] + ["k0"]  # the same run twice (two identical files)
    index = checkindex.build(keys, [runs[k] for k in keys])
    assert index is not None
    for _ in range(60):
        new = list(keys)
        for _ in range(rng.randrange(1, 4)):
            what = rng.random()
            if what < 0.4 and len(new) > 2:
                del new[rng.randrange(len(new))]
            elif what < 0.8:
                new.insert(rng.randrange(len(new) + 1), rng.choice(sorted(runs)))
            else:
                new[rng.randrange(len(new))] = rng.choice(sorted(runs))
        found = checkindex.update(index, new, [runs[k] for k in new], runs.get)
        assert found is not None
        fresh = checkindex.build(new, [runs[k] for k in new])
        assert fresh is not None
        assert _answer(*found) == _answer(fresh, list(range(len(new))))
        index, keys = found[0], new
        assert all(sorted(side.records) == list(side.records) for side in index.sides)


def test_an_update_that_cannot_read_a_run_that_went_is_refused():
    rng = random.Random(4)
    runs = {f"k{n}": _run(rng, 10) for n in range(3)}
    index = checkindex.build(["k0", "k1"], [runs["k0"], runs["k1"]])
    assert index is not None
    assert (
        checkindex.update(index, ["k0", "k2"], [runs["k0"], runs["k2"]], lambda key: None) is None
    )
    kept = checkindex.update(index, ["k0", "k2"], [runs["k0"], runs["k2"]], runs.get)
    assert kept is not None and kept[1][0] == 0  # the run that stayed keeps its slot


def test_a_stored_index_reads_back_the_same():
    rng = random.Random(6)
    runs = [_run(rng, 25) for _ in range(5)]
    index = checkindex.build([f"k{n}" for n in range(5)], runs)
    assert index is not None
    again = checkindex.Index.load(index.dump())
    assert again == index and _answer(again, list(range(5))) == _answer(index, list(range(5)))
