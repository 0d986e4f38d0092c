"""Machine translation with Argos Translate packages, batched through CTranslate2.

The only module that imports argostranslate and ctranslate2. Argos handles
the packages (install, list, where they live), tokenization (the package's
SentencePiece or BPE model) and, when the package ships one, sentence
splitting; translation itself goes straight to the package's CTranslate2
model so that every pending sentence of a run is translated in batches
(``translate_batch``) instead of one call per sentence.

Glossary terms are protected with placeholders: each Chinese term (and each
verbatim token such as 123N+) is replaced by ``⟦0⟧``, ``⟦1⟧``… before
translation and the approved English is put back afterwards. When the model
drops, repeats or garbles a placeholder, the sentence is translated again
with the approved English written straight into the source, any
placeholder-like text is removed, and the provenance says so: no placeholder
ever reaches a draft.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bilingual.errors import BilingualError, InputError
from bilingual.files import write_atomic
from bilingual.glossary import Glossary
from bilingual.segment import split_zh

#: 8-bit weights: CTranslate2's recommended CPU setting, about twice as fast as
#: float32 for drafts a translator reviews anyway ("default" keeps the model's own).
COMPUTE_TYPE = "int8"

#: Longest translation produced for one sentence, in tokens (the same for every
#: batch, so a sentence translates the same alone or with others).
MAX_TOKENS = 256
INSTALL_HINT = "install a zh→en model with: bilingual models install PATH.argosmodel"
_PLACEHOLDER = re.compile(r"⟦\s*(\d+)\s*⟧")
_LEFTOVER = re.compile(r"⟦[^⟧]*⟧?|⟧")


class ModelError(BilingualError):
    """No usable machine translation model."""


@dataclass(frozen=True)
class ModelInfo:
    from_code: str
    to_code: str
    version: str
    path: Path

    @property
    def name(self) -> str:
        return f"argos {self.from_code}→{self.to_code} {self.version}"


def _argos():  # type: ignore[no-untyped-def]
    try:
        from argostranslate import package
    except ImportError:
        raise ModelError(
            "machine translation needs Argos Translate: pip install 'bilingual[mt]'"
        ) from None
    return package


def installed_models() -> list[ModelInfo]:
    package = _argos()
    models = [
        ModelInfo(p.from_code, p.to_code, str(p.package_version), Path(p.package_path))
        for p in package.get_installed_packages()
        if (Path(p.package_path) / "model").is_dir()
    ]
    return sorted(models, key=lambda m: (m.from_code, m.to_code, m.version))


#: Seconds to wait for the package index: offline, the answer must come at once.
INDEX_TIMEOUT = 10


def install_from_index(from_code: str = "zh", to_code: str = "en") -> ModelInfo:
    """Download and install a model from the Argos package index (needs the network).

    The index is fetched here, with a time limit, rather than by Argos:
    Argos logs a failed fetch and then retries without end (a recursion that
    prints hundreds of lines before it fails), so offline users would wait a
    minute for an answer.
    """
    import urllib.error
    import urllib.request

    package = _argos()
    from argostranslate import settings

    url = settings.remote_package_index
    try:
        with urllib.request.urlopen(url, timeout=INDEX_TIMEOUT) as response:
            data = response.read()
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise ModelError(
            f"cannot reach the Argos package index at {url} ({reason}); without a network, "
            "download the .argosmodel file elsewhere and run: "
            "bilingual models install PATH.argosmodel"
        ) from None
    write_atomic(Path(settings.local_package_index), data)
    try:
        available = package.get_available_packages()
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"the Argos package index at {url} is not readable: {exc}") from None
    found = [p for p in available if p.from_code == from_code and p.to_code == to_code]
    if not found:
        raise ModelError(f"the Argos package index has no {from_code}→{to_code} model")
    try:
        path = Path(found[0].download())
    except Exception as exc:  # the download client raises whatever urllib raises
        raise ModelError(f"cannot download {found[0]}: {exc}") from None
    return install(path)


def install(path: Path) -> ModelInfo:
    """Install an ``.argosmodel`` file; a bad file is an :class:`InputError` naming it."""
    import zipfile

    if not path.is_file():
        raise InputError("no such file", path)
    if not zipfile.is_zipfile(path):
        raise InputError("not an Argos model (.argosmodel files are zip archives)", path)
    with zipfile.ZipFile(path) as z:
        if not any(name.endswith("metadata.json") for name in z.namelist()):
            raise InputError("not an Argos model: no metadata.json inside", path)
    before = {m.path for m in installed_models()}
    _argos().install_from_path(path)
    added = [m for m in installed_models() if m.path not in before] or installed_models()
    return added[0]


def zh_en_model() -> ModelInfo | None:
    try:
        models = installed_models()
    except ModelError:
        return None
    found = [m for m in models if m.from_code in ("zh", "zt") and m.to_code == "en"]
    return found[-1] if found else None


class ArgosEngine:
    """Translate Chinese paragraphs with an installed Argos package, in batches."""

    def __init__(self, model: ModelInfo, glossary: Glossary | None = None, beam_size: int = 4,
                 batch_size: int = 32, threads: int | None = None,
                 compute_type: str = COMPUTE_TYPE):  # fmt: skip
        import ctranslate2
        from argostranslate.package import Package

        self.model = model
        self.package = Package(model.path)  # Argos reads the tokenizer and sentence splitter
        self.tokenizer = self.package.tokenizer
        self.glossary = glossary or Glossary([])
        self.beam_size, self.batch_size = beam_size, batch_size
        self.translator = ctranslate2.Translator(
            str(model.path / "model"), device="cpu", inter_threads=1, compute_type=compute_type,
            intra_threads=threads or min(os.cpu_count() or 1, 4),
        )  # fmt: skip
        self._splitter = None
        if (model.path / "minisbd").is_dir():
            from argostranslate.sbd import MiniSBDSentencizer

            self._splitter = MiniSBDSentencizer(self.package)

    def split(self, paragraph: str) -> list[str]:
        """Sentences by the package's own splitter when it ships one, else by ours."""
        if self._splitter is None:
            return split_zh(paragraph)
        return [s for s in self._splitter.split_sentences(paragraph) if s.strip()]

    def translate_sentences(self, sentences: Sequence[str]) -> list[str]:
        """One CTranslate2 call for all sentences, longest first so batches pad little."""
        if not sentences:
            return []
        tokens = [self.tokenizer.encode(s) for s in sentences]
        order = sorted(range(len(tokens)), key=lambda k: -len(tokens[k]))
        results = self.translator.translate_batch(
            [tokens[k] for k in order], beam_size=self.beam_size, max_batch_size=self.batch_size,
            max_decoding_length=MAX_TOKENS,
        )  # fmt: skip
        out = [""] * len(sentences)
        for k, result in zip(order, results, strict=True):
            out[k] = self.tokenizer.decode(result.hypotheses[0]).strip()
        return out

    def __call__(self, paragraphs: Sequence[str]) -> list[tuple[str, str]]:
        """(English, provenance note) for each Chinese paragraph."""
        units = [[self._protect(s) for s in self.split(p)] for p in paragraphs]
        translated = iter(
            self.translate_sentences([m for sentences in units for m, _, _ in sentences])
        )
        results: list[list[str]] = []
        retry: list[tuple[int, int, str]] = []
        for n, sentences in enumerate(units):
            english = []
            for k, (_masked, terms, inlined) in enumerate(sentences):
                restored = _restore(next(translated), terms)
                if restored is None:
                    retry.append((n, k, inlined))
                english.append(restored or "")
            results.append(english)
        for (n, k, _), text in zip(
            retry, self.translate_sentences([r[2] for r in retry]), strict=True
        ):
            results[n][k] = re.sub(r" {2,}", " ", _LEFTOVER.sub("", text)).strip()
        failed = {n for n, _, _ in retry}
        lost = "; glossary placeholders lost, terms written into the source instead"
        return [
            (" ".join(s for s in sentences if s), self.model.name + (lost if n in failed else ""))
            for n, sentences in enumerate(results)
        ]

    def _protect(self, sentence: str) -> tuple[str, list[tuple[str, int]], str]:
        """The sentence with glossary terms as placeholders, each term's English and
        count, and the sentence with the English written in (the fallback)."""
        masked, inlined, terms = sentence, sentence, []
        for term in sorted(self.glossary.find(sentence), key=lambda t: -len(t.zh)):
            count = masked.count(term.zh)
            if not count:
                continue  # a Traditional or full-width variant: left to the model
            masked = masked.replace(term.zh, f"⟦{len(terms)}⟧")
            inlined = inlined.replace(term.zh, f" {term.en} ")
            terms.append((term.en, count))
        return masked, terms, inlined


def _restore(output: str, terms: list[tuple[str, int]]) -> str | None:
    """Put the approved English back; None unless each placeholder came back as often as it went."""
    found = Counter(int(m.group(1)) for m in _PLACEHOLDER.finditer(output))
    if found != Counter({k: count for k, (_, count) in enumerate(terms)}):
        return None
    text = _PLACEHOLDER.sub(lambda m: terms[int(m.group(1))][0], output)
    return None if _LEFTOVER.search(text) else re.sub(r" {2,}", " ", text)
