"""The cheap relevance test run on every article before extraction: subject words.

An article is relevant when its lower-cased text holds a subject word (North Korea, DPRK,
Pyongyang, Kim Jong Un) and a troops word of one language of
:data:`tracker.lexicon.subjects.SUBJECTS`. With a known language only that language's
words are tried (a handful of substring searches, no regular expression); with no language,
or one without a table, every table is tried and the language whose words matched most is
the article's language guess (ties: the order of the tables).

Example:
    >>> pre = Prefilter.from_tables()
    >>> pre.language("Pyongyang sent 3,000 troops in October.", "en")
    'en'
    >>> pre.language("Pjöngjang schickte 3.000 Soldaten.", None)
    'de'
    >>> pre.language("Markets rose on Tuesday.", "en") is None
    True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from tracker.lexicon.subjects import SUBJECTS


@dataclass(frozen=True, slots=True)
class Prefilter:
    """Subject and troops words per language, ready for substring search."""

    tables: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]
    any_subject: tuple[str, ...]

    @classmethod
    def from_tables(
        cls, tables: Mapping[str, Mapping[str, tuple[str, ...]]] = SUBJECTS
    ) -> Prefilter:
        """A prefilter from word tables keyed by language (default: the subjects lexicon).

        Example:
            >>> Prefilter.from_tables({"en": {"subject": ("Mars",), "troops": ("rover",)}}
            ...                       ).language("A rover on MARS.", "en")
            'en'
        """
        compiled = {
            lang: (
                tuple(dict.fromkeys(w.lower() for w in words["subject"])),
                tuple(dict.fromkeys(w.lower() for w in words["troops"])),
            )
            for lang, words in tables.items()
        }
        union = tuple(dict.fromkeys(w for subj, _ in compiled.values() for w in subj))
        return cls(compiled, union)

    def language(self, text: str, lang: str | None) -> str | None:
        """The language to read a relevant article in, or None when it is not relevant.

        A known ``lang`` is returned as given; with none, the best-matching table's language.

        Example:
            >>> Prefilter.from_tables().language("北朝鮮の兵士が派遣された", None)
            'ja'
        """
        low = text.lower()
        table = self.tables.get(lang) if lang else None
        if table is not None:
            subjects, troops = table
            for word in subjects:
                if word in low:
                    break
            else:
                return None
            for word in troops:
                if word in low:
                    return lang
            return None
        for word in self.any_subject:
            if word in low:
                break
        else:
            return None
        best, best_score = None, 0
        for code, (subjects, troops) in self.tables.items():
            hits_troops = sum(1 for w in troops if w in low)
            if not hits_troops:
                continue
            score = hits_troops + sum(1 for w in subjects if w in low)
            if score > best_score and any(w in low for w in subjects):
                best, best_score = code, score
        if best is None:
            return None
        return lang or best
