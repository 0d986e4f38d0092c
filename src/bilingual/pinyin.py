"""Chinese characters in toneless pinyin, one at a time: how a name written
in the English (陈清扬 "Chen Qingyang", 九台 "Jiutai") is recognized."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path


@cache
def syllable(char: str) -> str:
    """Toneless pinyin of one Chinese character ("" for anything else).

    Per character and cached: whole-sentence conversion with phrase context
    costs ten times more and only helps with heteronyms, rare in names. Read
    from pypinyin's table of single characters, whose first reading is what
    ``lazy_pinyin`` gives for every character of U+4E00 to U+9FFF (checked),
    without loading its phrase tables (half a second a process).
    """
    if not ("\u3400" <= char <= "\u9fff"):
        return ""
    reading = _pinyin_table().get(ord(char))
    if not reading:
        return ""
    decomposed = unicodedata.normalize("NFD", reading.split(",")[0]).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _pinyin_table() -> dict[int, str]:
    """pypinyin's table of single characters, read without the package's
    ``__init__``, which loads its phrase tables (0.4 s against 0.08 s)."""
    import importlib.util

    spec = importlib.util.find_spec("pypinyin")
    folders = list(spec.submodule_search_locations or ()) if spec else []
    table = Path(folders[0]) / "pinyin_dict.py" if folders else None
    if table is not None and table.is_file():
        module_spec = importlib.util.spec_from_file_location("_bilingual_pinyin_table", table)
        if module_spec is not None and module_spec.loader is not None:
            module = importlib.util.module_from_spec(module_spec)
            module_spec.loader.exec_module(module)
            return module.pinyin_dict  # type: ignore[no-any-return]
    from pypinyin.pinyin_dict import pinyin_dict  # another layout: the usual import

    return pinyin_dict  # type: ignore[no-any-return]
