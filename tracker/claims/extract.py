"""Report text -> proposed claims: figure, metric, claimant and relay, time, place, status.

:func:`extract_claims` reads a report, finds every figure
(:func:`tracker.figures.parse.find_figures`) and every time phrase
(:func:`tracker.periods.parse.find_times`), and proposes each figure that is a claim as one row of
the claims table with ``review = pending``. Decisions come from the cue tables in
:mod:`tracker.lexicon.cues`, per language, one sentence at a time:

- **language**: given, else detected (:func:`tracker.claims.language.detect_language`); an
  unsupported code is a ValueError naming the supported ones.
- **claim or not**: head counts, casualties, pay and materiel are claims; calibres, model
  numbers ("KN-23", "火星20"), ordinals, distances, durations, dates, date ranges before a
  month name, years, counts of other things ("fifty countries") and other armies' troops
  are not; ages only with ``ages=True``; money only as pay (a rate, or a pay word near it);
  a count under ten only with a unit or beside a loss word ("загинули дев'ять").
- **metric and status**: the cue classes near the figure, by priority then distance; a cue
  behind a clause break (comma, "and", "but", "、", "·") counts less, and a parenthetical
  relative clause (", who ... ,") is skipped. Loss words beat worker words; engineers and
  sappers are ``workers_sent``; shells and missiles after a figure ``materiel``; a part of a
  whole ("1,000 of the 12,000 ... killed") gives the loss to the part. A future deadline
  ("by the end of the year") makes a head count planned, clause by clause; a denial in the
  sentence makes the status ``denied``.
- **scope**: ``increment`` beside "another"/"more"/"추가", ``incident`` for a loss on one
  day or in one attack, else ``total`` (:func:`_scope`).
- **time**: time phrases are read only near figures (:func:`_times_near`); a time phrase
  after a relative word ("where ... over the summer") or before a contrast word stays with
  its own clause; "the same period" takes the previous sentence's time.
- **claimant and relay**: "according to X", "X said", "said X", "reported X, citing Y"
  (via ``X > Y``), "as quoted by X", "Y told X", "According to X, Y said" (via ``X > Y``),
  passive agents ("resa nota dall'esercito"), appositions ("Choïgou, secrétaire ..., a
  annoncé"); subjects before particles in Korean and Japanese and runs of characters in
  Chinese and Japanese. The nearest attribution in the sentence wins. Between sentences:

  1. a sentence with no attribution at all inherits the previous sentence's claimant
     within the paragraph (flag ``attribution-carried``), whatever verb named it;
  2. a sentence whose only attribution is a hedge ("reportedly", "allegedly") inherits the
     previous sentence's claimant only when that one was named by a *reporting* act
     (reported / according to / citing), since the hedge then relays the same report (flag
     ``attribution-inherited``); after a speech verb (said, revealed) the hedge stays
     ``unattributed``;
  3. a figure nobody attributes takes the source named in the next sentences or the next
     paragraph (:func:`_attributed_after`, flag ``attribution-after``; "Об этом сообщил X");
  4. a new paragraph starts with no claimant; pronouns, titles and role nouns ("she", "the
     agency", "Он", "그는", "他") take the last named source of their kind.

  The words resolve to a canonical claimant through the registry (whole words, quoted names,
  bracketed acronyms, words after a descriptor such as "daily", the name before a title,
  then shorter runs of the words; in Chinese and Japanese a registry name ending the
  phrase). Words that name a source the registry lacks keep the words as the claimant and
  propose a new registry row (flag ``claimant-new-source``,
  :mod:`tracker.claims.new_sources`); words that name nobody ("has", "reporters") give
  ``unattributed``.
- **revisions**: "raised its estimate to 11,000 from 10,000" gives two claims, the later
  one's ``supersedes`` naming the earlier (:func:`_revisions`).
- **copies and restatements**: a figure repeated with the same numbers, metric and period is
  proposed once; an unattributed copy of an attributed figure is dropped (flag
  ``copies-merged``); a headline or lead restating a body figure folds into its fullest
  statement, the repeats' spans noted (:func:`_fold_restatements`).

Example:
    >>> import datetime
    >>> rows = extract_claims("According to the NIS, 1,500 troops were moved in October.",
    ...                       datetime.date(2024, 10, 18))
    >>> rows[["figure_text", "metric", "claimant", "time_text"]].values.tolist()
    [['1,500 troops', 'troops_transported', 'South Korea NIS', 'in October']]
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import warnings
import weakref
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker import paths
from tracker.claims.columns import from_rows
from tracker.claims.language import checked_language, detect_language
from tracker.claims.new_sources import NEW_SOURCE_FLAG, guess_source
from tracker.claims.registry import Registry, Source, alias_key, load_registry
from tracker.claims.rows import (
    UNATTRIBUTED_SOURCE,
    ReportInfo,
    build_row,
    claim_id,
    claims_to_records,
)
from tracker.claims.vocabulary import UNATTRIBUTED
from tracker.figures.parse import find_figures, parse_figure
from tracker.lexicon import cues
from tracker.lexicon import figure_words as fw
from tracker.periods.events import Events
from tracker.periods.parse import Period, find_times, supported_date

if TYPE_CHECKING:
    import pandas as pd

    from tracker.figures.parse import Figure

MAX_CHARS = 1_000_000
MAX_SENTENCE = 1_500  # characters; longer runs are cut (see _bounded)
_CONTEXT = 600  # characters before a sentence searched for person words
_WINDOW = 300  # characters either side of a figure searched for its cues
_CHUNK = 4_000  # characters of whole sentences per find_figures call
_PERSON_UNITS = frozenset({"persons", None})
_BREAK_PENALTY = 10
_MAX_NP_WORDS = 10
_ABBREVIATIONS = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "maj",
        "adm",
        "rep",
        "sen",
        "gov",
        "st",
        "no",
        "nr",
        "vs",
        "etc",
        "approx",
        "ca",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "corp",
        "co",
        "bzw",
    )
)
_SENT_END = re.compile(
    r"[.!?]+[\"'”’»)\]]*(?=\s|$)|[。！？]"
    # sentences run together: "wounded.Rep. Lee", "않았다.우크라이나"
    r"|(?<=[a-zа-яёіїєґ가-힣])\.(?=[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ]|[가-힣])"
)
_LINE = re.compile(r"[^\n]+")
_WORD_BEFORE = re.compile(r"(\S+)$")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")
_LOWER_START = re.compile(r"\s*[a-zà-ÿ]")
# Short quoted names ("JoongAng," / «TASS») are atoms when looking for clause breaks.
_QUOTED = re.compile(r"[\"“«„]([^\"“”«»„\n]{1,60}?)[,.]?[\"”»“]")
_PARENTHETICAL = re.compile(
    r",\s*(?:who|which|where|whom|whose|der|die|das|welche|qui|que|который|которые|які|який)\b"
    r"(?:[^,;]|,(?=\d{3}))*,(?!\d{3})",  # "1,100" does not close the clause
    re.IGNORECASE,
)
_BREAKS = re.compile(
    r"[,;:(\"“”«»、，；·]|\b(?:and|but|while|whereas|although|und|aber|während|et|mais|y|pero|и|а|но|і|та)\b",
    re.IGNORECASE,
)
_NP_BREAKS = re.compile(
    r"[,;:\"“”«»]|(?<=\s)\((?![A-ZА-ЯЁ]{2,8}\))|\b(?:that|while|but|whereas|where|dass|que|что|що)\b",
    re.IGNORECASE,
)
_LIST_AND = re.compile(r"\b(?:and|und|et|y|e|i|и|і|та|oraz|og)\b", re.IGNORECASE)
_NP_RIGHT_END = re.compile(r"[;:!?()]|,(?!\d{3})|\.(?!\w)")  # "onet.pl", "11,000" are one word
_REL_START = re.compile(
    r"\s*(?:who|which|whose|qui|que|quien|quienes|che|il quale|la quale|który|która|którzy|"
    r"que|der|die|das|welche|который|которая|которые|який|яка|які)\b",
    re.IGNORECASE,
)
_LAST_WORDS = re.compile(r"(?:\S+\s+){0,4}\S+$")  # up to five words at the end
_REL_CUT = re.compile(r"\s(?:who|which|whose|der|die|welche)\s", re.IGNORECASE)
_PAREN = re.compile(r"[(（]([^()（）]{1,40})[)）]")
_SPACE = re.compile(r"\s+")
_EDGE = re.compile(r"^[\s\"'«»“”„‘’.,:;()\-–—]+|[\s\"'«»“”„‘’.,:;()\-–—]+$")
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")


@dataclass(frozen=True, slots=True)
class _Attribution:
    """Who asserted a figure: originator words, relay chain, act, and where its cue is."""

    kind: str  # report | speech | deny | hedge
    words: str
    via: tuple[str, ...] = ()
    at: int = 0
    flag: str | None = None
    back: bool = False  # "Об этом сообщил X": the source of the figures just stated


@dataclass(frozen=True, slots=True)
class _Lang:
    """Compiled cue tables of one language."""

    metric: re.Pattern[str]
    attribution: re.Pattern[str]
    places: re.Pattern[str]
    workers: re.Pattern[str] | None
    persons: re.Pattern[str]
    np_stop: re.Pattern[str] | None
    np_lead: re.Pattern[str] | None
    np_trail: re.Pattern[str] | None
    descriptors: re.Pattern[str] | None
    pronouns: frozenset[str]
    particle: re.Pattern[str] | None
    subject_particle: str | None
    near: re.Pattern[str] | None = None
    no_spaces: bool = False
    back: re.Pattern[str] | None = None
    increment: re.Pattern[str] | None = None
    incident: re.Pattern[str] | None = None
    revision: re.Pattern[str] | None = None
    materiel: re.Pattern[str] | None = None
    source_types: tuple[tuple[str, re.Pattern[str]], ...] = ()
    titles: re.Pattern[str] | None = None
    foreign: re.Pattern[str] | None = None
    contrast: re.Pattern[str] | None = None
    same_time: re.Pattern[str] | None = None
    whole_of: re.Pattern[str] | None = None


def _alternation(table: dict[str, tuple[str, ...]], order: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern with a named group per cue class (:func:`_cls` reads the class back).

    Fragments that start at a word boundary share one leading ``\\b`` (checked once per
    position instead of once per fragment: about twice as fast to scan).
    """
    bounded, free = [], []
    for name in order:
        fragments = table.get(name, ())
        inner = [f[2:] for f in fragments if f.startswith(r"\b")]
        other = [f for f in fragments if not f.startswith(r"\b")]
        if inner:
            bounded.append(f"(?P<{name}>{'|'.join(inner)})")
        if other:
            free.append(f"(?P<{name}{_FREE}>{'|'.join(other)})")
    parts = ([r"\b(?:" + "|".join(bounded) + ")"] if bounded else []) + free
    return re.compile("|".join(parts) or r"(?!x)x", re.IGNORECASE)


_FREE = "__free"


def _cls(m: re.Match[str]) -> str:
    """The cue class of a match of an :func:`_alternation` pattern."""
    return (m.lastgroup or "").removesuffix(_FREE)


_ATTRIBUTION_ORDER = (
    "hedge",
    "quoted_by",
    "according",
    "according_left",
    "citing",
    "citing_left",
    "deny",
    "report",
    "speech",
)


@functools.lru_cache(maxsize=16)
def _lang(lang: str) -> _Lang:
    """The compiled cue tables of ``lang`` (English where the language has none)."""
    key = lang if lang in cues.METRIC_CUES else "en"
    akey = lang if lang in cues.ATTRIBUTION else "en"
    xkey = lang if lang in cues.BACK_FRAMES or lang in cues.SCOPE_CUES else "en"
    places = cues.PLACES.get(key, cues.PLACES["en"])
    place_rx = "|".join(f"(?:{p})" for p in places)
    preps = cues.PLACE_PREP.get(key, {})
    if preps:
        prep = "|".join(f"(?P<{name}>{rx})" for name, rx in preps.items())
        places_pattern = rf"(?:{prep})(?P<place>{place_rx})(?![\w])"
    else:  # particles follow the place (Korean, Japanese)
        suffix = "|".join(f"(?P<{n}>{rx})" for n, rx in cues.KO_PLACE_SUFFIX.items())
        places_pattern = rf"(?P<place>{place_rx})(?:\s?(?:{suffix})|(?P<bare>)(?![이가은는의과와]))"
    descriptors = cues.DESCRIPTORS.get(key)
    particle = cues.SUBJECT_PARTICLE.get(lang)

    def opt(table: dict[str, str], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
        rx = table.get(key)
        return re.compile(rx, flags) if rx else None

    return _Lang(
        metric=_alternation(cues.METRIC_CUES[key], tuple(cues.METRIC_CLASSES)),
        attribution=_alternation(cues.ATTRIBUTION[akey], _ATTRIBUTION_ORDER),
        places=re.compile(places_pattern),
        workers=opt(cues.WORKER_WORDS),
        persons=re.compile(cues.PERSON_WORDS.get(key, cues.PERSON_WORDS["en"]), re.IGNORECASE),
        np_stop=opt(cues.NP_STOP),
        np_lead=opt(cues.NP_LEAD),
        np_trail=opt(cues.NP_TRAIL),
        descriptors=re.compile(
            r"\b(?:" + "|".join(re.escape(d) for d in descriptors) + r")\s+", re.IGNORECASE
        )
        if descriptors
        else None,
        pronouns=frozenset(p.casefold() for p in cues.PRONOUNS.get(key, ())),
        particle=re.compile(rf"^(.+?){particle}$") if particle else None,
        near=re.compile(rf"^(.+?){cues.SUBJECT_NEAR.get(lang, particle)}$") if particle else None,
        subject_particle=particle,
        no_spaces=lang in cues.NO_SPACES,
        back=opt(cues.BACK_FRAMES),
        increment=_maybe(cues.SCOPE_CUES.get(xkey, {}).get("increment")),
        incident=_maybe(cues.SCOPE_CUES.get(xkey, {}).get("incident")),
        revision=opt(cues.REVISION_CUES),
        materiel=_maybe(
            rf"\s*(?:[^\W\d_][\w'’-]*\s+){{0,3}}?(?:{cues.MATERIEL_WORDS[key]})"
            if key in cues.MATERIEL_WORDS
            else None
        ),
        titles=opt(cues.TITLES),
        foreign=_maybe(
            rf"(?:\s|\w){{0,12}}?(?:{cues.FOREIGN_TROOPS[key]})"
            if key in cues.FOREIGN_TROOPS
            else None
        ),
        whole_of=opt(cues.WHOLE_OF),
        contrast=opt(cues.CONTRAST),
        same_time=opt(cues.SAME_TIME),
        source_types=tuple(
            (kind, re.compile(rx, re.IGNORECASE))
            for kind, rx in cues.SOURCE_TYPES.get(key, cues.SOURCE_TYPES["en"]).items()
        ),
    )


def _maybe(rx: str | None) -> re.Pattern[str] | None:
    return re.compile(rx, re.IGNORECASE) if rx else None


_NOT_BEFORE = re.compile("|".join(f"(?:{p})" for p in cues.NOT_A_COUNT_BEFORE))
_NOT_AFTER = re.compile("|".join(f"(?:{p})" for p in cues.NOT_A_COUNT_AFTER), re.IGNORECASE)


# --------------------------------------------------------------------------- registry


@functools.lru_cache(maxsize=4)
def _default_registry(path: str, mtime: float) -> Registry | None:
    return load_registry(path)


def _registry(registry: Registry | None) -> Registry | None:
    if registry is not None:
        return registry
    path = paths.data_dir() / "sources.csv"
    if not path.exists():
        return None
    return _default_registry(str(path), path.stat().st_mtime)


# --------------------------------------------------------------------------- sentences


def split_sentences(text: str) -> list[tuple[int, int, int]]:
    """Sentences of a text as ``(start, end, paragraph)``; each line is a paragraph.

    A full stop ends a sentence when space follows and the next word does not start in
    lower case; abbreviations ("Gen.", "U.S.") and decimals do not end one.

    Example:
        >>> split_sentences("Gen. Kim left. Troops came.\\nNew line.")
        [(0, 14, 0), (15, 27, 0), (28, 37, 1)]
    """
    out: list[tuple[int, int, int]] = []
    for para, line in enumerate(_LINE.finditer(text)):
        start, end = line.start(), line.end()
        cursor = start
        for m in _SENT_END.finditer(text, start, end):
            stop = m.end()
            if m.group()[:1] == "." and not _ends_sentence(text, cursor, m.start(), stop, end):
                continue
            if text[cursor:stop].strip():
                out.append(_trimmed(text, cursor, stop, para))
            cursor = stop
        if text[cursor:end].strip():
            out.append(_trimmed(text, cursor, end, para))
    return _bounded(text, out)


def _ends_sentence(text: str, cursor: int, dot: int, stop: int, end: int) -> bool:
    word = _WORD_BEFORE.search(text, cursor, dot)
    if word:
        token = word.group(1).rstrip(".").casefold()
        if token in _ABBREVIATIONS or _INITIALS.match(word.group(1)):
            return False
    return stop >= end or not _LOWER_START.match(text, stop, min(end, stop + 4))


def _trimmed(text: str, start: int, end: int, para: int) -> tuple[int, int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end, para


def _bounded(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Cut run-on "sentences" (tables, junk) into pieces of at most MAX_SENTENCE characters.

    Keeps the work per sentence bounded, so a text without full stops stays linear.
    """
    out = []
    for start, end, para in spans:
        while end - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut if cut > start else start + MAX_SENTENCE
            out.append((start, cut, para))
            start = cut
        out.append((start, end, para))
    return out


# --------------------------------------------------------------------------- noun phrases


def _clean(words: str) -> str:
    out = _SPACE.sub(" ", _EDGE.sub("", words)).strip()
    if out.count("(") > out.count(")") and words.rstrip().endswith(")"):
        out += ")"  # "Service(NIS)": the bracket closes a name, not the phrase
    return out


class _Sentence:
    """One sentence under analysis: its text, masked copy, figures and time spans."""

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        cfg: _Lang,
        times: list[Period],
        figures: list[Figure],
    ):
        self.text, self.start, self.end, self.cfg = text, start, end, cfg
        self.para_start = start  # set by the caller: where the sentence's paragraph begins
        self.figures = figures
        self.figure_starts = [f.start for f in figures]
        # figures that can be claims (not an article read as "one": "un balance", "ein")
        self.claim_starts = [
            f.start
            for f in figures
            if any(c.isdigit() for c in f.text) or (f.best is not None and f.best >= 10)
        ]
        body = text[start:end]
        # quoted names become atoms; parenthetical relative clauses are set aside
        masked = _QUOTED.sub(  # a quoted name is one atom; a quoted figure is not a name
            lambda m: m.group() if any(c.isdigit() for c in m.group()) else "Q" * len(m.group()),
            body,
        )
        self.masked = masked
        self.skips = [(start + m.start(), start + m.end()) for m in _PARENTHETICAL.finditer(masked)]
        self.times = times

    def skipped(self, a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in self.skips)

    def breaks_between(self, a: int, b: int) -> int:
        """Clause breaks between offsets ``a < b`` (outside parentheticals)."""
        if b <= a:
            return 0
        count = 0
        for m in _BREAKS.finditer(self.masked, a - self.start, b - self.start):
            at = self.start + m.start()
            if not self.skipped(at, at + 1):
                count += 1
        return count

    def np_left(self, verb_at: int, lo: int | None = None) -> tuple[str, int] | None:
        """The noun phrase ending just before ``verb_at`` (back to the last clause break)."""
        lo = self.start if lo is None else lo
        begin = lo
        for m in _NP_BREAKS.finditer(self.masked, lo - self.start, verb_at - self.start):
            begin = self.start + m.end()
        found = self._left_words(begin, verb_at)
        if found is None:  # a quoted phrase ran on ("... weeks,” the Pentagon said")
            for m in _NP_BREAKS.finditer(self.text, begin, verb_at):
                begin = m.end()
            found = self._left_words(begin, verb_at)
        return found

    def _apposed(self, lo: int, verb_at: int) -> tuple[str, int] | None:
        """The speaker before an apposition or relative clause.

        "Choïgou, secrétaire du Conseil, qui ..., a annoncé" and "el Estado Mayor, que el
        lunes reportó": the nearest comma-separated segment before the verb that is not a
        relative clause, its last words.
        """
        segments = list(
            re.finditer(r"[^,;:]+", self.masked[lo - self.start : verb_at - self.start])
        )
        for seg in reversed(segments):
            a, b = lo + seg.start(), lo + seg.end()
            piece = self.text[a:b]
            if not piece.strip() or _REL_START.match(piece):
                continue
            if any(a <= f < b for f in self.claim_starts):
                return None
            tail = _LAST_WORDS.search(piece.rstrip())
            found = self._finish(tail.group(), a + tail.start()) if tail else None
            if found is not None and _is_name(found[0], self.cfg):
                return found  # else an adverbial ("своєю чергою", "in turn"): look further left
        return None

    def _left_words(self, begin: int, verb_at: int) -> tuple[str, int] | None:
        words = self.text[begin:verb_at]
        cut = _REL_CUT.search(words)
        if cut:
            words = words[: cut.start()]
        return self._finish(words, begin)

    def np_right(self, after: int, lists: bool = False) -> tuple[str, int] | None:
        """The noun phrase starting just after ``after`` (up to the next clause break).

        With ``lists``, a comma that opens a coordinated list ("за даними південнокорейських,
        українських і західних джерел") does not end the phrase.
        """
        stop = self.end
        m = _NP_RIGHT_END.search(self.masked, after - self.start)
        if m:
            stop = min(stop, self.start + m.start())
            if lists and m.group() == ",":
                stop = min(self.end, self._list_end(m))
        if self.cfg.np_stop:
            s = self.cfg.np_stop.search(self.text, after, stop)
            if s:
                stop = s.start()
        for t in self.times:
            if t.span_start is not None and after <= t.span_start < stop:
                stop = t.span_start
        for f in self.claim_starts:
            if after <= f < stop:
                stop = f
        return self._finish(self.text[after:stop], after)

    def _list_end(self, m: re.Match[str]) -> int:
        """Where a list opened by the comma ``m`` ends ("the US, Ukraine, and South Korea").

        Up to three short items, the last joined by "and" (capitalised words after it, in a
        cased script); else the comma itself.
        """
        cur = m
        for _ in range(3):
            nxt = _NP_RIGHT_END.search(self.masked, cur.end())
            begin = self.start + cur.end()
            upto = self.start + (nxt.start() if nxt else len(self.masked))
            piece = self.text[begin:upto]
            conj = _LIST_AND.match(piece.lstrip())
            if conj:  # the last item: "and" and the name after it
                at = begin + len(piece) - len(piece.lstrip()) + conj.end()
                words = list(re.finditer(r"\S+", self.text[at:upto]))
                end = at
                for w in words[:4]:
                    if w.group()[:1].islower() or any(c.isdigit() for c in w.group()):
                        break
                    end = at + w.end()
                return end if end > at else self.start + m.start()
            if len(piece) > 60 or any(begin <= f < upto for f in self.claim_starts):
                return self.start + m.start()
            if _LIST_AND.search(piece):
                return upto
            if len(piece.split()) > 4 or nxt is None or nxt.group() != ",":
                return self.start + m.start()
            cur = nxt
        return self.start + m.start()

    def _finish(self, words: str, at: int) -> tuple[str, int] | None:
        cfg = self.cfg
        for t in self.times:  # time words inside the phrase ("the NIS on Thursday") go
            if t.span_start is not None and at <= t.span[0] < at + len(words):
                a, b = t.span[0] - at, min(len(words), t.span[1] - at)
                words = words[:a] + " " * (b - a) + words[b:]
        if cfg.np_lead:
            words = cfg.np_lead.sub("", words.strip())
        if cfg.np_trail:
            words = cfg.np_trail.sub("", words.strip())
        words = _clean(words)
        if not words or len(words.split()) > _MAX_NP_WORDS or not any(c.isalpha() for c in words):
            return None
        if words[0].isdigit():
            return None
        return words, at


# --------------------------------------------------------------------------- attribution


def _attributions(sent: _Sentence, lang: str) -> list[_Attribution]:
    """Attributions in one sentence, relays merged into chains (outermost first)."""
    cfg = sent.cfg
    found: list[tuple[str, str, int, str]] = []  # (class, words, at, verb)
    for m in cfg.attribution.finditer(sent.text, sent.start, sent.end):
        cls = _cls(m)
        if sent.skipped(m.start(), m.end()):
            continue
        if cls == "hedge":
            found.append((cls, _clean(m.group()), m.start(), m.group()))
            continue
        if cls in ("according", "citing", "quoted_by"):
            np = sent.np_right(m.end(), lists=True)
        elif cls in ("according_left", "citing_left"):
            if cfg.no_spaces:
                np = _np_left_run(sent, m.start())
            elif cfg.subject_particle:
                np = _np_left_cjk(sent, m.start())
            else:
                np = sent.np_left(m.start())
        else:  # a verb: subject on the left, else inverted ("..., said the NIS")
            if cfg.no_spaces:
                np = _subject_run(sent, m.start())
            elif cfg.subject_particle:
                np = _subject_cjk(sent, m.start())
            else:
                np = sent.np_left(m.start())
                if np is not None and cfg.back and cfg.back.fullmatch(np[0]):  # "Об этом сообщил X"
                    np = sent.np_right(m.end())
                    if np is not None:
                        found.append(("back", np[0], m.start(), m.group()))
                        continue
                if np is None and m.group().casefold() != "told":  # "told X": X listens
                    np = sent.np_right(m.end())  # "..., said the NIS"
                    if np is None or not _is_name(np[0], cfg) or _holds_figure(sent, np):
                        np = sent._apposed(sent.start, m.start()) or np
                elif (
                    np is not None and m.group().casefold() == "told"
                ):  # "an official told Reuters"
                    outer = sent.np_right(m.end())
                    if outer:
                        found.append(("told", outer[0], m.start(), "told"))
        if np is not None and not _holds_figure(sent, np):
            found.append((cls, np[0], m.start(), m.group()))
    return _chain(found)


def _holds_figure(sent: _Sentence, np: tuple[str, int]) -> bool:
    """Whether a claimant phrase contains one of the sentence's figures (then it is not one)."""
    words, at = np
    return any(at <= f < at + len(words) + 2 for f in sent.claim_starts)


def _np_left_cjk(sent: _Sentence, at: int) -> tuple[str, int] | None:
    """Up to four words before a particle cue ("군 소식통을 인용해", "국정원에 따르면")."""
    begin = sent.start
    for m in _NP_BREAKS.finditer(sent.masked, 0, at - sent.start):
        begin = sent.start + m.end()
    words = sent.text[begin:at].split()[-4:]
    return sent._finish(" ".join(words), begin) if words else None


def _subject_cjk(sent: _Sentence, verb_at: int) -> tuple[str, int] | None:
    """Korean/Japanese subject: the particle-marked word right before the verb, else the topic."""
    cfg = sent.cfg
    words = sent.text[sent.start : verb_at].split()
    near = words[-3:]
    if words and _QUOTATIVE.search(words[-1]):  # "X은 ... Y가 ...다고 평가했다": X speaks
        near = []
    for k, word in enumerate(reversed(near)):
        m = cfg.near.match(word) if cfg.near else None
        if m and not any(ch.isdigit() for ch in word):
            i = len(words) - 1 - k  # the marked word; its modifiers stand before it
            j = i
            while j > 0 and i - j < 4 and not _CLAUSE_END.search(words[j - 1]):
                j -= 1
            return _clean(" ".join([*words[j:i], m.group(1)])), verb_at
    first = cfg.particle.match(words[0]) if cfg.particle and words else None
    if first and len(words) > 2 and not any(ch.isdigit() for ch in words[0]):
        return _clean(first.group(1)), sent.start  # "연합뉴스가 ... 보도했다"
    topic = _TOPIC
    for i, word in enumerate(words[:8]):
        if word[:1] in "\"“'‘«「":
            break  # a quotation starts: its words are not the speaker
        m = topic.match(word)
        if m and not any(ch.isdigit() for ch in word):
            j = i
            while j > 0 and i - j < 4 and not _CLAUSE_END.search(words[j - 1]):
                j -= 1
            return _clean(" ".join([*words[j:i], m.group(1)])), sent.start
    return None


_TOPIC = re.compile(r"^(.{1,30}?)(?:은|는|は)$")
_QUOTATIVE = re.compile(r"(?:다고|라고|냐고|자고|[\"”’']고)$")
# A Korean word that ends a clause or marks an object/place: a subject's modifiers stop there.
_CLAUSE_END = re.compile(r"(?:다고|라고|고|며|면서|서|다|을|를|에|에게|로|으로|[.,\"”)])$")
# Clause edges in languages written without spaces (Chinese, Japanese).
_RUN_BREAK = re.compile(r"[，,、。；;：:「」『』“”\"【】!?！？]|と、|(?<=[てでし])、")
_RUN_TOPIC = re.compile(r"(.{1,40}?)(?<![でにと])(?:は|が)(?=[、,]|[^はが]{0,3}$|[0-9０-９])")
_RUN_ADVERBS = re.compile(
    r"(?:也|还|還|此前|曾|稍早|同样|同樣|都|亦|已|首度|首次|今天|今日|昨日|昨天|则|則|又|均|"
    r"[0-9０-９]+日|\([^)]*\)|（[^）]*）)+$"
)


def _subject_run(sent: _Sentence, verb_at: int) -> tuple[str, int] | None:
    """Subject of a verb in a language without spaces: the clause just before the verb.

    Japanese: the last は/が-marked chunk of that clause, else the sentence's first topic
    ("国家情報院は、...と明らかにした"); Chinese: the clause itself ("韩国防部表示").
    """
    cfg = sent.cfg
    begin = sent.start
    for m in _RUN_BREAK.finditer(sent.text, sent.start, verb_at):
        begin = m.end()
    clause = sent.text[begin:verb_at]
    if cfg.subject_particle:
        chunks = list(_RUN_TOPIC.finditer(clause))
        if chunks:
            m = chunks[-1]
            return sent._finish(_RUN_ADVERBS.sub("", m.group(1)), begin + m.start())
        head = sent.text[sent.start : verb_at]
        topic = re.search(r"(?:^|[、,】])([^、,】]{1,40}?)(?<![でにと])(?:は|が)", head)
        if topic:
            return sent._finish(topic.group(1), sent.start + topic.start(1))
        return None
    words = _RUN_ADVERBS.sub("", clause.strip())
    return sent._finish(words, begin) if 1 < len(words) <= 40 else None


def _np_left_run(sent: _Sentence, at: int) -> tuple[str, int] | None:
    """The run of characters before a particle cue ("RIAノーボスチ通信によると")."""
    begin = sent.start
    for m in _RUN_BREAK.finditer(sent.text, sent.start, at):
        begin = m.end()
    words = sent.text[begin:at][-30:]
    return sent._finish(words, at - len(words)) if words.strip() else None


def _chain(found: list[tuple[str, str, int, str]]) -> list[_Attribution]:
    base = [
        f
        for f in found
        if f[0] in ("according", "according_left", "report", "speech", "deny", "back")
    ]
    out: list[_Attribution] = []
    used: set[int] = set()
    for cls, words, at, _verb in base:
        kind = {"according": "report", "according_left": "report"}.get(cls, cls)
        frame = "according" if cls.startswith("according") else None
        if cls == "back":
            out.append(_Attribution("report", words, (), at, None, back=True))
        else:
            out.append(_Attribution(kind, words, (), at, frame))
    for cls, words, at, _verb in found:
        if cls in ("citing", "citing_left"):
            i = _nearest(out, at, used)
            if i is None:
                out.append(_Attribution("report", words, (), at))
            else:
                outer = out[i]
                out[i] = replace(outer, kind="report", words=words, via=(outer.words, words))
                used.add(i)
        elif cls in ("quoted_by", "told"):
            i = _nearest(out, at, used)
            if i is None:
                out.append(_Attribution("report", words, (), at))
            else:
                inner = out[i]
                out[i] = replace(inner, via=(words, *(inner.via or (inner.words,))))
                used.add(i)
    out = _relayed(out)
    out += [_Attribution("hedge", words, (), at) for cls, words, at, _v in found if cls == "hedge"]
    return out


def _relayed(atts: list[_Attribution]) -> list[_Attribution]:
    """Relays: "According to X, Y said ..." gives originator Y, ``via`` X > Y.

    Applies when one "according to" frame comes before a speech or report verb of the same
    sentence and neither is already a chain.
    """
    frames = [a for a in atts if a.kind == "report" and not a.via and a.flag == "according"]
    verbs = [a for a in atts if a.kind in ("speech", "report") and a.flag != "according"]
    if len(frames) != 1 or not verbs:
        return [replace(a, flag=None) if a.flag == "according" else a for a in atts]
    outer = frames[0]
    inner = next((v for v in verbs if v.at > outer.at and not v.via), None)
    out = []
    for a in atts:
        if a is outer and inner is not None:
            continue
        if a is inner:
            a = replace(a, kind="report", via=(outer.words, a.words))
        out.append(replace(a, flag=None) if a.flag == "according" else a)
    return out


def _nearest(atts: list[_Attribution], at: int, used: set[int]) -> int | None:
    best = None
    for i, a in enumerate(atts):
        if i in used or a.kind == "hedge":
            continue
        if best is None or abs(a.at - at) < abs(atts[best].at - at):
            best = i
    return best


def _short_name(words: str, registry: Registry | None, cfg: _Lang) -> str:
    """The name a relay chain keeps for an outlet ("the daily JoongAng" -> "JoongAng")."""
    quoted = _QUOTED.search(words)
    if quoted:
        return _clean(quoted.group(1))
    matched = _resolve(words, registry, cfg)[1]
    if matched and registry is not None and registry.resolve(matched):
        return _clean(_ARTICLE.sub("", matched))
    if cfg.descriptors:
        parts = cfg.descriptors.split(words)
        if len(parts) > 1 and _clean(parts[-1]):
            return _clean(parts[-1])
    return _clean(_ARTICLE.sub("", words))


def _new_name(words: str, cfg: _Lang) -> str:
    """The name a new source is proposed under: after a descriptor ("the daily X" -> "X")."""
    if cfg.descriptors:
        parts = cfg.descriptors.split(words)
        if len(parts) > 1 and _clean(parts[-1]) and _is_name(_clean(parts[-1]), cfg):
            return _clean(parts[-1])
    return _clean(_ARTICLE.sub("", words))


_ARTICLE = re.compile(
    r"^(?:the|an?|die|der|das|le|la|les|el|los|las|il|lo|gli|os|as|o|a)\s+", re.IGNORECASE
)


_RESOLVED: weakref.WeakKeyDictionary[Registry, dict[tuple[str, int], tuple[Source | None, str]]] = (
    weakref.WeakKeyDictionary()
)


def _resolve(words: str, registry: Registry | None, cfg: _Lang) -> tuple[Source | None, str]:
    """The registry row named by ``words`` or by a run of them, and the words that matched.

    Results are remembered per registry (the same phrase recurs in a report).
    """
    if registry is None:
        return _resolve_words(words, registry, cfg)
    memo = _RESOLVED.setdefault(registry, {})
    key = (words, id(cfg))
    found = memo.get(key)
    if found is None:
        if len(memo) > 10_000:
            memo.clear()
        found = memo[key] = _resolve_words(words, registry, cfg)
    return found


def _resolve_words(words: str, registry: Registry | None, cfg: _Lang) -> tuple[Source | None, str]:
    words = _clean(words)
    if cfg.particle:
        m = cfg.particle.match(words)
        if m and registry is not None and registry.resolve(m.group(1)):
            words = m.group(1)
    if registry is None or not words:
        return None, words
    candidates = [words]
    candidates += [_clean(m.group(1)) for m in _QUOTED.finditer(words)]
    candidates += [_clean(m.group(1)) for m in _PAREN.finditer(words)]
    if cfg.descriptors:
        parts = cfg.descriptors.split(words)
        if len(parts) > 1:
            candidates.append(_clean(parts[-1]))
    if cfg.titles is not None and cfg.titles.search(words):  # "the Pentagon spokesman"
        shorter = _clean(cfg.titles.sub("", words))
        candidates += _runs(shorter, suffixes_only=True) if shorter else []
    if not (_LIST_AND.search(words) and "," in words):  # a list names several sources
        candidates += _runs(words, suffixes_only=False)
    for cand in candidates:
        if cand and (src := registry.resolve(cand)) is not None:
            return src, cand
    if cfg.no_spaces:
        src, name = _contained(words, registry)
        if src is not None:
            return src, name
    return None, words


def _runs(words: str, suffixes_only: bool) -> list[str]:
    """Runs of a phrase's words, longest first: suffixes, then prefixes of two words or more.

    Suffixes: "the daily JoongAng" -> "JoongAng". A lone first word is a modifier and is not
    tried ("러시아" in "러시아 국가안보회의의 세르게이 쇼이구").
    """
    tokens = _clean(_PAREN.sub(" ", words)).split()
    n = len(tokens)
    out = []
    for size in range(n, 0, -1):
        out.append(_clean(" ".join(tokens[n - size :])))
        if not suffixes_only and (size > 1 or n == 1):
            out.append(_clean(" ".join(tokens[:size])))
    return out


_ALIAS_INDEX: weakref.WeakKeyDictionary[Registry, re.Pattern[str]] = weakref.WeakKeyDictionary()


def _alias_pattern(registry: Registry) -> re.Pattern[str]:
    """One pattern of every registry name and alias of 2+ characters, longest first."""
    rx = _ALIAS_INDEX.get(registry)
    if rx is None:
        names = {w for src in registry.sources.values() for w in (src.name, *src.aliases)}
        parts = sorted((re.escape(w) for w in names if len(w) >= 2), key=len, reverse=True)
        rx = re.compile("|".join(parts) or r"(?!x)x", re.IGNORECASE)
        _ALIAS_INDEX[registry] = rx
    return rx


def _contained(words: str, registry: Registry) -> tuple[Source | None, str]:
    """In a language without spaces, the registry name inside the words ("美国国防部的发言人").

    Only a name ending the words counts (the head comes last); a name inside them is a
    modifier ("乌克兰" in "乌克兰情报机构") and is not taken.
    """
    best: tuple[int, int, str] | None = None
    for m in _alias_pattern(registry).finditer(words):
        name = m.group()
        key = (m.end() == len(words), len(name), name)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None or not best[0]:  # a name inside, not at the end, is a modifier
        return None, words
    src = registry.resolve(best[2])
    return (src, best[2]) if src is not None else (None, words)


def _is_name(words: str, cfg: _Lang) -> bool:
    """Whether claimant words name a source (not a stray word such as "has" or "Як").

    Words that a language's ``SOURCE_TYPES`` recognise ("intelligence", "агентство") are a
    source; otherwise a cased script needs a capitalised word (one of two letters only in
    capitals: "AP"), a caseless script three characters.
    """
    w = words.strip()
    if len(w) < 2 or w.casefold() in cfg.pronouns:
        return False
    if any(rx.search(w) for _, rx in cfg.source_types):
        return True
    if not any(c.lower() != c.upper() for c in w):
        return len(w) >= 3
    tokens = w.split()
    if len(tokens) == 1 and len(w) <= 2:
        return w.isupper()
    return any(t[:1].isupper() for t in tokens)


# --------------------------------------------------------------------------- figures


_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_][\w'’-]*)")
_OF = re.compile(
    r"[ \t\u00a0]+(?:"
    + "|".join(re.escape(w) for w in sorted(cues.NOUN_OF, reverse=True))
    + r")(?=[ \t\u00a0])",
    re.IGNORECASE,
)
_AGE_TAIL = re.compile(r"[ \t\u00a0]+old\b", re.IGNORECASE)
_STEMS = tuple(s for s in (*fw.PERSON_STEMS, *fw.COUNTED_STEMS) if " " not in s and len(s) > 3)
_SHORT_STEMS = frozenset(s for s in (*fw.PERSON_STEMS, *fw.COUNTED_STEMS) if len(s) <= 3)
_SHORT_STEMS |= frozenset(s + "s" for s in _SHORT_STEMS)


def _is_noun(word: str) -> bool:
    low = word.casefold()
    return low in _SHORT_STEMS or (len(low) > 3 and low.startswith(_STEMS))


def _with_noun(fig: Figure, text: str, lang: str, ages: bool) -> Figure:
    """The figure's words run on to its counted noun ("about 2,000" -> "... soldiers").

    The longer words are kept only when they read as the same figure, since the ledger
    re-derives the numbers from them.
    """
    end = None
    if fig.unit in cues.AGE_UNITS:
        tail = _AGE_TAIL.match(text, fig.end)
        end = tail.end() if tail else None
    elif fig.currency is None and fig.unit not in cues.NON_CLAIM_UNITS and fig.unit != "percent":
        pos = fig.end
        of = _OF.match(text, pos)
        if of:
            pos = of.end()
        for _ in range(6):
            w = _NEXT_WORD.match(text, pos)
            if w is None:
                break
            word = w.group(1)
            low = word.casefold()
            if _is_noun(word) and not (end is not None and low in cues.NOUN_RUN_END):
                end = pos = w.end()
            elif end is None and low in cues.NOUN_RUN_END:
                break
            elif word[0].isupper() or low in cues.NOUN_MODIFIERS:
                pos = w.end()
            else:
                break
    if end is None:
        return fig
    words = text[fig.start : end]
    again = parse_figure(words, lang, vague_rule=fig.vague_rule or fw_default(), ages=ages)
    if again is None or (again.low, again.best, again.high, again.qualifier) != (
        fig.low,
        fig.best,
        fig.high,
        fig.qualifier,
    ):
        return fig
    return replace(fig, text=words, end=end)


def fw_default() -> str:
    """The default vague-word rule of :mod:`tracker.figures.parse`."""
    from tracker.figures.parse import DEFAULT_VAGUE_RULE

    return DEFAULT_VAGUE_RULE


@functools.lru_cache(maxsize=32)
def _month_after(lang: str) -> re.Pattern[str]:
    """A month name right after a number: the number is a day ("27-28 октября")."""
    names = {w for entry in collect_months().get(lang, ()) for w in entry.split() if len(w) > 2}
    alt = "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))
    return re.compile(rf"\s?(?:{alt})\b" if alt else r"(?!x)x", re.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _other_things(lang: str) -> re.Pattern[str] | None:
    """Counted nouns that are not the deployment ("50 countries", "three bases")."""
    rx = cues.OTHER_THINGS.get(lang)
    return re.compile(rf"\s*(?:[^\W\d_][\w'’-]*\s+){{0,2}}?(?:{rx})", re.IGNORECASE) if rx else None


def collect_months() -> dict[str, tuple[str, ...]]:
    """Month words of every language (the calendar tables)."""
    from tracker.lexicon.languages import collect

    return collect("MONTHS")


def _is_count(fig: Figure, text: str, times: list[Period], ages: bool, lang: str = "en") -> bool:
    """False for calibres, model numbers, ordinals, distances, durations, dates and years.

    Also not counts: figure words that give no number ("how many"), a lone "one"/"ein"
    written as a word (an article, not a claim), a day before a month name.
    """
    unit = fig.unit
    if unit in cues.AGE_UNITS:
        return ages
    if fig.best is None and fig.qualifier != "vague":
        return False
    if fig.best == 1 and fig.qualifier == "exact" and not any(c.isdigit() for c in fig.text):
        return False
    if fig.high is not None and fig.high <= 31 and _month_after(lang).match(text, fig.end):
        return False
    if unit in cues.NON_CLAIM_UNITS:
        return False
    if _NOT_BEFORE.search(text, max(0, fig.start - 10), fig.start):
        before = text[max(0, fig.start - 10) : fig.start]
        if _NOT_BEFORE.search(before):
            return False
    if _NOT_AFTER.match(text[fig.end : fig.end + 16]):  # (its patterns anchor with ^)
        return False
    things = _other_things(lang)
    if things is not None and (
        things.match(text, fig.end, fig.end + 40) or things.search(fig.text)
    ):
        return False
    if fig.best is not None and fig.low == fig.high and (unit is None or fig.text.isdigit()):
        digits = re.sub(r"\D", "", fig.text)
        if _YEAR.match(digits) and not re.search(r"[,.\s']\d{3}", fig.text):
            return False
    if unit is None:  # a bare number inside a date ("October 31", "2024")
        for t in times:
            if t.span_start is not None and t.span[0] < fig.end and fig.start < t.span[1]:
                return False
    return True


def _metric(fig: Figure, sent: _Sentence, lo: int, hi: int, text: str) -> tuple[str, str] | None:
    """The metric and status of one figure from the cues in its segment [lo, hi)."""
    cfg = sent.cfg
    unit = fig.unit
    best_key: tuple[int, int] | None = None
    best_cls = None
    for m in cfg.metric.finditer(text, lo, hi):
        if sent.skipped(m.start(), m.end()):
            continue
        if fig.start <= m.start() < fig.end:
            distance, breaks = 0, 0
        elif m.end() <= fig.start:
            distance, breaks = fig.start - m.end(), sent.breaks_between(m.end(), fig.start)
        else:
            distance, breaks = m.start() - fig.end, sent.breaks_between(fig.end, m.start())
        cls = _cls(m)
        key = (cues.METRIC_CLASSES[cls][2] + _BREAK_PENALTY * breaks, distance)
        if best_key is None or key < best_key:
            best_key, best_cls = key, cls
    if unit in cues.AGE_UNITS:
        return "other", "reported"
    if fig.currency or (unit and unit.isupper() and len(unit) == 3):
        if fig.per or best_cls == "pay":
            return "pay", "reported"
        return None
    if cfg.foreign and (
        cfg.foreign.match(text, fig.end, min(len(text), fig.end + 40))
        or cfg.foreign.search(fig.text)
    ):
        return None  # "tens of thousands of Russian troops": not the deployment's figure
    if unit in cues.MATERIEL_UNITS or (
        cfg.materiel
        and (
            cfg.materiel.match(text, fig.end, min(len(text), fig.end + 40))
            or cfg.materiel.search(fig.text)  # the counted noun is in the figure's words
        )
    ):
        return "materiel", "planned" if best_cls == "planned" else "reported"
    if unit in cues.OTHER_CLAIM_UNITS:
        return "other", "reported"
    if unit == "percent":
        if best_cls in ("casualties", "killed", "wounded", "captured"):
            return cues.METRIC_CLASSES[best_cls][:2]
        return None
    if unit not in _PERSON_UNITS:
        return None
    near_loss = (
        best_cls in _LOSS_CLASSES
        and best_key is not None
        and best_key[1] <= 40
        and best_key[0] < _BREAK_PENALTY
    )  # "загинули дев'ять", "Neun ... gefallene Pioniere": a small loss count
    if unit is None and (
        (fig.best is not None and fig.best < 10 and not near_loss)
        or (
            best_cls is None
            and not cfg.persons.search(text, max(sent.para_start, sent.start - _CONTEXT), sent.end)
        )
    ):
        return None
    loss = best_cls in _LOSS_CLASSES
    if (
        not loss
        and cfg.workers
        and cfg.workers.search(text, max(lo, fig.start - 40), min(hi, fig.end + 40))
    ):
        return "workers_sent", "reported"
    if best_cls is None or best_cls == "pay":
        return "troops_present", "reported"
    metric, status, _ = cues.METRIC_CLASSES[best_cls]
    return metric, status


# A relative word between a figure and a later time phrase: the time dates something else.
_RELATIVE = re.compile(
    r"\b(?:where|which|whom|whose|wo|où|donde|dove|onde|gdzie|где|де|куда|куди)\b", re.IGNORECASE
)
_BORROWED = "back-reference"
_LOSS_CLASSES = frozenset({"casualties", "killed", "wounded", "captured", "other"})


def _place(sent: _Sentence, lo: int, hi: int, metric: str) -> str | None:
    cfg = sent.cfg
    found: dict[str, str] = {}
    for m in cfg.places.finditer(sent.text, lo, hi):
        if sent.skipped(m.start(), m.end()):
            continue
        kind = next((k for k in ("from", "to", "in") if m.groupdict().get(k)), "bare")
        found.setdefault(kind, _clean(_ARTICLE.sub("", m.group("place"))))
    if "from" in found and "to" in found:
        return f"{found['from']} to {found['to']}"
    order = ("to", "in") if metric == "troops_transported" else ("in", "to")
    return next((found[k] for k in (*order, "from", "bare") if k in found), None)


def _time(sent: _Sentence, fig: Figure, lo: int, hi: int) -> Period | None:
    best: tuple[int, int] | None = None
    chosen = None
    for t in sent.times:
        ts, te = t.span
        if t.span_start is None or sent.skipped(ts, te):
            continue
        if ts < fig.end and fig.start < te:
            continue
        if (
            t.kind == "deadline" and ts >= hi and any(fig.end <= f < ts for f in sent.figure_starts)
        ):  # a deadline beyond the next figure is that plan's ("... and 8,000 more by spring")
            continue
        if ts >= fig.end and _RELATIVE.search(sent.text, fig.end, ts):
            continue  # "... to Kursk, a border area where ... over the summer": another event
        if (
            te <= lo
            and sent.cfg.contrast is not None
            and sent.cfg.contrast.search(sent.text, te, fig.start)
            and any(te <= f < fig.start for f in sent.figure_starts)
        ):
            continue  # "In April ... 600, but now ... 2,000": the time stays with the 600
        outside = 0 if lo <= ts < hi else 1
        distance = fig.start - te if te <= fig.start else ts - fig.end
        key = (outside, abs(distance))
        if best is None or key < best:
            best, chosen = key, t
    return chosen


# --------------------------------------------------------------------------- main


def extract_claims(
    text: str,
    published: dt.date | str | None,
    lang: str | None = "en",
    report_id: str | None = None,
    *,
    registry: Registry | None = None,
    ages: bool = False,
    max_chars: int = MAX_CHARS,
    events: Events | None = None,
) -> pd.DataFrame:
    """Propose every figure claim in a report as a pending row of the claims table.

    Args:
        text: the report's text (``str``; decode bytes first).
        published: publication date (``date`` or ISO string) or None when unknown.
        lang: ISO 639-1 language of the text; None detects it
            (:func:`tracker.claims.language.detect_language`). Cue tables: en de fr es it pl
            pt ru uk ko ja zh is; other supported languages use English cues. An unsupported
            code is a ValueError naming the supported codes.
        report_id: the report's id for ``claim_id``; ``"draft"`` when None.
        registry: claimant registry; default ``data/sources.csv``.
        ages: also propose ages ("around 20 years old") as metric ``other``.
        events: named events (:func:`tracker.table.events.load_events`), so that "since the
            start of the full-scale invasion" reads as a period.
        max_chars: a longer text gives an empty table and a warning (a report is not a book).

    Returns:
        A DataFrame with the claims-table columns (:data:`tracker.table.schema.COLUMN_NAMES`),
        one row per proposed claim in text order, ``review = pending``.

    Any ``str`` gives a table, never an exception: a ``published`` that is not a date in
    1900-2100 (junk, "2024-02-30") counts as unknown (rows flagged ``no-publication-date``);
    a text longer than ``max_chars`` gives an empty table and a warning.

    Raises:
        TypeError: ``text`` is not a string.

    Example:
        >>> import datetime
        >>> extract_claims("No numbers here.", datetime.date(2024, 11, 1)).empty
        True
    """
    rows = propose(
        text,
        published,
        lang,
        report_id,
        registry=registry,
        ages=ages,
        max_chars=max_chars,
        events=events,
    )
    return from_rows(rows)


def propose(
    text: str,
    published: dt.date | str | None,
    lang: str | None = "en",
    report_id: str | None = None,
    *,
    registry: Registry | None = None,
    ages: bool = False,
    max_chars: int = MAX_CHARS,
    events: Events | None = None,
) -> list[dict[str, Any]]:
    """:func:`extract_claims` as a list of row dicts (no pandas); same arguments.

    The steps: check the input, find the figures, then per sentence carry the attribution
    (:class:`_Attributor`), keep the figures that are counts, decide each one's metric,
    status and time (:func:`_decide`) and build its row; finally merge copies and number
    the claim ids.

    Example:
        >>> propose("", None)
        []
    """
    day = _checked_input(text, published)
    lang = checked_language(lang)
    if len(text) > max_chars:
        warnings.warn(
            f"text is {len(text):,} characters; extract_claims reads at most {max_chars:,} "
            "(one report) and proposed nothing: split it into reports",
            stacklevel=3,
        )
        return []
    if not text.strip():
        return []
    if lang is None:
        lang = detect_language(text)
    if day is None:  # "Seoul, 14 March 2025 — ...": the dateline gives the publication date
        day = dateline_date(text, lang)
    reading = _Reading(text, lang, _lang(lang), _registry(registry), day, ages, report_id)
    reading.events = events
    if not reading.figures:
        return []
    founds: list[_Found] = []
    voices: list[_Voice] = []
    attributor = _Attributor(reading.cfg, reading.reg)
    para = -1
    for s_start, s_end, s_para in reading.sentences:
        if s_para != para:
            para = s_para
            attributor.new_paragraph(s_start)
        sent = reading.sentence(s_start, s_end, attributor)
        if sent is None:
            continue
        attributor.read(sent, lang)
        found = _sentence_found(reading, sent, attributor, len(voices))
        back = any(a.back for a in attributor.explicit)
        voices.append(_Voice(s_para, tuple(attributor.explicit), bool(found), back))
        founds += found
    founds = _attributed_after(founds, voices)
    rows = [_row(f, text, reading, reading.cfg) for f in founds]
    earlier = {id(rows[i]): rows[i + 1] for i, f in enumerate(founds) if f.revises}
    rows = _numbered(_merge_copies(rows))
    kept = {id(r) for r in rows}
    for row in rows:  # the revised figure is kept as its own claim, ranked below this one
        old = earlier.get(id(row))
        if old is not None and id(old) in kept:
            row["supersedes"] = old["claim_id"]
            row["flags"] = ";".join(filter(None, [row["flags"], "revises-earlier-figure"]))
    return rows


@dataclass(frozen=True)
class _Voice:
    """What one read sentence says about who speaks: for attribution after the figure."""

    para: int
    explicit: tuple[_Attribution, ...]
    has_claims: bool
    points_back: bool


def _attributed_after(founds: list[_Found], voices: list[_Voice]) -> list[_Found]:
    """Figures nobody attributed take the source named just after them.

    The source may stand in one of the next three sentences, in the same paragraph or the
    next one ("... 8,000 soldiers are in Kursk.\n\nThis was said by X."): the first such
    sentence that names a source and either states no figure of its own or points back
    ("Об этом сообщил", "이 같은 내용"). A sentence with its own figures and its own source
    ends the search. Flag ``attribution-after``.
    """
    out = []
    for f in founds:
        if f.att is not None:
            out.append(f)
            continue
        here = voices[f.sent_no]
        for voice in voices[f.sent_no + 1 : f.sent_no + 4]:
            if voice.para - here.para > 2:  # the next paragraph (a caption may stand between)
                break
            named = [a for a in voice.explicit if a.kind != "deny"]
            if named and (voice.points_back or not voice.has_claims):
                f = replace(f, att=replace(named[0], flag="attribution-after"))
                break
            if named and voice.has_claims:
                break
        out.append(f)
    return out


def _checked_input(text: Any, published: dt.date | str | None) -> dt.date | None:
    """The publication date (junk, impossible or out-of-range dates: unknown).

    A text that is not a ``str`` is a TypeError: the caller must decode bytes first.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"extract_claims needs the report text as str, got {type(text).__name__}"
            + ("; decode it first (e.g. data.decode('utf-8'))" if isinstance(text, bytes) else "")
        )
    return supported_date(published)


class _Reading:
    """One report being read: its text, language tables, registry, figures and sentences."""

    def __init__(
        self,
        text: str,
        lang: str,
        cfg: _Lang,
        reg: Registry | None,
        published: dt.date | None,
        ages: bool,
        report_id: str | None,
    ) -> None:
        self.text, self.lang, self.cfg, self.reg = text, lang, cfg, reg
        self.published, self.ages = published, ages
        self.events: Events | None = None  # named events, for time words
        self.sentences = split_sentences(text)
        self.figures = _figures(text, self.sentences, lang, ages)
        self.fig_starts = [f.start for f in self.figures]
        self.prev: tuple[int, int] | None = None  # the last sentence read
        self.report = ReportInfo(
            report_id=report_id or "draft",
            report_file=f"data/reports/{report_id}.yaml" if report_id else None,
            published=published,
            published_precision="day" if published else "unknown",
            language=lang,
        )

    def _borrowed(self, start: int, end: int) -> list[Period]:
        """Back-references ("같은 기간", "the same day"): the previous time phrase, placed here."""
        assert self.cfg.same_time is not None and self.prev is not None
        m = self.cfg.same_time.search(self.text, start, end)
        if m is None:
            return []
        earlier = _times(self.text, *self.prev, self.published, self.lang, self.events)
        if not earlier:
            return []
        last = earlier[-1]
        words = self.text[last.span[0] : last.span[1]]
        return [replace(last, span_start=m.start(), span_end=m.end(), text=words, source=_BORROWED)]

    def sentence(self, start: int, end: int, attributor: _Attributor) -> _Sentence | None:
        """The sentence with its figures and time phrases, or None when it adds nothing."""
        i = bisect.bisect_left(self.fig_starts, start)
        j = bisect.bisect_left(self.fig_starts, end)
        idle = i == j and attributor.state is None  # no figure and no claimant to carry
        if idle and not self.cfg.attribution.search(self.text, start, end):
            self.prev = (start, end)
            return None
        # time phrases matter only where there are figures: read them sentence by sentence
        times = _times_near(
            self.text, start, end, self.figures[i:j], self.published, self.lang, self.events
        )
        times = _no_dateline(self.text, start, times)
        if i < j and self.cfg.same_time is not None and self.prev is not None:
            times += self._borrowed(start, end)
        self.prev = (start, end)
        sent = _Sentence(self.text, start, end, self.cfg, times, self.figures[i:j])
        sent.para_start = attributor.para_start
        return sent


class _Attributor:
    """Who speaks, carried from sentence to sentence within a paragraph (see the rules above)."""

    def __init__(self, cfg: _Lang, reg: Registry | None = None) -> None:
        self.cfg, self.reg = cfg, reg
        self.state: _Attribution | None = None
        self.last_named: _Attribution | None = None
        self.para_start = 0
        self.explicit: list[_Attribution] = []
        self.fallback: _Attribution | None = None
        self.named: list[_Attribution] = []  # the last named sources, oldest first

    def new_paragraph(self, start: int) -> None:
        """A new paragraph starts with no claimant (pronouns still reach the last named)."""
        self.state, self.para_start = None, start

    def read(self, sent: _Sentence, lang: str) -> None:
        """Take the sentence's attributions; set ``explicit`` and the ``fallback`` claimant."""
        atts = [self._named(x) for x in _attributions(sent, lang)]
        atts = [x for x in atts if x.kind == "hedge" or x.flag or self._names_source(x.words)]
        self.explicit = [x for x in atts if x.kind != "hedge"]
        hedge = next((x for x in atts if x.kind == "hedge"), None)
        state = self.state
        if self.explicit:
            self.fallback = None
            self.state = self.last_named = self.explicit[-1]
            self.named = [*self.named, *(x for x in self.explicit if not x.flag)][-8:]
        elif hedge is not None:
            if state is not None and state.kind == "report" and state.flag is None:
                self.fallback = replace(state, flag="attribution-inherited")
            else:
                self.fallback = hedge
            self.state = self.fallback
        else:
            self.fallback = replace(state, flag="attribution-carried") if state else None
            self.state = self.fallback

    def _named(self, att: _Attribution) -> _Attribution:
        """A pronoun, title or role noun takes the last named source of its kind.

        "The ministry said" takes the last named government source, "the agency" the last
        named media or intelligence one (the kind from the role noun's words, per language
        ``SOURCE_TYPES``); a bare pronoun ("he", "Он", "그는") the last named source.
        """
        found = _named(att, self.last_named, self.cfg)
        if found is att or found.flag != "claimant-from-pronoun":
            return found
        kinds = {kind for kind, rx in self.cfg.source_types if rx.search(att.words)}
        if kinds:
            for earlier in reversed(self.named):
                if self._kind(earlier.words) in kinds:
                    return replace(earlier, at=att.at, kind=att.kind, flag=found.flag)
        return found

    def _kind(self, words: str) -> str:
        src = _resolve(words, self.reg, self.cfg)[0]
        if src is not None:
            return src.type
        return next((kind for kind, rx in self.cfg.source_types if rx.search(words)), "")

    def _names_source(self, words: str) -> bool:
        """Whether attribution words name a source (stray words such as "has" do not)."""
        return _is_name(words, self.cfg) or _resolve(words, self.reg, self.cfg)[0] is not None

    @property
    def denied(self) -> bool:
        """Whether the sentence's speaker denies (status ``denied`` for its figures)."""
        return any(x.kind == "deny" for x in self.explicit)

    def claimant_of(self, fig: Figure) -> _Attribution | None:
        """The nearest explicit attribution of the sentence, else the carried one."""
        if self.explicit:
            return min(self.explicit, key=lambda x: abs(x.at - fig.start))
        return self.fallback


def _sentence_found(
    reading: _Reading, sent: _Sentence, who: _Attributor, sent_no: int
) -> list[_Found]:
    """The claims of one sentence: its counted figures, each decided (rows come later)."""
    text = reading.text
    sent_figs = [f for f in sent.figures if f.end <= sent.end]
    counted = [
        _with_noun(f, text, reading.lang, reading.ages)
        for f in sent_figs
        if _is_count(f, text, sent.times, reading.ages, reading.lang)
    ]
    # a time phrase inside a head count ("around 20" years old) is not a time
    sent.times = [
        t for t in sent.times if not any(f.start < t.span[1] and t.span[0] < f.end for f in counted)
    ]
    wholes = _wholes(counted, text, sent.cfg)
    out: list[_Found] = []
    for k, fig in enumerate(counted):
        lo = max(counted[k - 1].end if k else sent.start, fig.start - _WINDOW)
        hi = min(counted[k + 1].start if k + 1 < len(counted) else sent.end, fig.end + _WINDOW)
        if k in wholes:  # "1,000 of the 12,000 soldiers ... were killed": the part reads on
            hi = min(counted[k + 2].start if k + 2 < len(counted) else sent.end, fig.end + _WINDOW)
        found = _decide(fig, sent, lo, hi, reading.published, who)
        if found is not None and k - 1 in wholes and found.metric in _LOSS_METRICS:
            found = replace(found, metric="troops_present", status="reported", scope="total")
        if found is not None:
            out.append(replace(found, sent_no=sent_no))
    return _revisions(out, text, sent.cfg)


_LOSS_METRICS = frozenset({"casualties", "killed", "wounded", "captured"})


def _wholes(counted: list[Figure], text: str, cfg: _Lang) -> set[int]:
    """Indexes k where figure k is part of figure k+1 ("more than 1,000 of the 12,000").

    The loss words after the whole ("... were killed") count for the part; the whole is
    a head count.
    """
    if cfg.whole_of is None:
        return set()
    out = set()
    for k in range(len(counted) - 1):
        gap = text[counted[k].end : counted[k + 1].start]
        if len(gap) <= 20 and cfg.whole_of.fullmatch(gap):
            out.add(k)
    return out


def _revisions(found: list[_Found], text: str, cfg: _Lang) -> list[_Found]:
    """Revisions: "raised its estimate to 11,000 from 10,000" - the later figure revises.

    Two figures of one sentence with the same metric and a revision word between them
    ("from", "up from", "против", "에서") are two claims; the first supersedes the second,
    which keeps its own time words ("up from about 400 in March").
    """
    if cfg.revision is None or len(found) < 2:
        return found
    out = list(found)
    for k in range(len(out) - 1):
        new, old = out[k], out[k + 1]
        if new.metric != old.metric or new.revises is not None:
            continue
        lead = re.match(r"\D*", old.fig.text)  # "from" may open the earlier figure's words
        gap = text[new.fig.end : old.fig.start] + (lead.group() if lead else "")
        if len(gap) <= 60 and cfg.revision.search(gap) and new.fig.best != old.fig.best:
            out[k] = replace(new, revises=1)
    return out


def _decide(
    fig: Figure, sent: _Sentence, lo: int, hi: int, published: dt.date | None, who: _Attributor
) -> _Found | None:
    """Metric, status, claimant, time and place of one counted figure (None: not a claim).

    A head count whose time is a deadline after publication ("by the end of the year") is
    a plan; a denial in the sentence makes the status ``denied``.
    """
    decided = _metric(fig, sent, lo, hi, sent.text)
    if decided is None:
        return None
    metric, status = decided
    when = _time(sent, fig, lo, hi)
    if (
        status == "reported"
        and metric.startswith("troops")
        and when is not None
        and when.kind == "deadline"
        and published is not None
        and when.end is not None
        and when.end > published
    ):
        metric, status = "troops_planned", "planned"
    if who.denied:
        status = "denied"
    scope = _scope(fig, sent, lo, hi, metric, when)
    place = _place(sent, lo, hi, metric)
    return _Found(fig, metric, status, who.claimant_of(fig), when, place, scope)


_INCIDENT_METRICS = frozenset({"killed", "wounded", "casualties", "captured"})


def _scope(fig: Figure, sent: _Sentence, lo: int, hi: int, metric: str, when: Period | None) -> str:
    """``increment`` beside "another"/"more"/"추가", ``incident`` for one event, else ``total``.

    An increment word must stand right before the figure or right after its words, in the
    same clause. A loss figure is an incident when an incident cue is near ("in one
    attack") or its time words name a single day or weekend ("killed three soldiers on
    Sunday"); a standing or cumulative number is a total.
    """
    cfg, text = sent.cfg, sent.text
    if cfg.increment is not None:
        before = cfg.increment.search(text, max(lo, fig.start - 20), fig.start)
        skip = (
            fig.end + len(text[fig.end : fig.end + 3]) - len(text[fig.end : fig.end + 3].lstrip())
        )
        after = cfg.increment.match(text, skip, min(hi, fig.end + 12)) or (
            cfg.increment.search(text, fig.end, min(hi, fig.end + 12))
            if cfg.no_spaces or cfg.subject_particle  # particles glue on: "2000여 명을 더"
            else None
        )
        if (before and not _BREAK_CHARS.search(text, before.end(), fig.start)) or (
            after and not re.match(r"\s*(?:than|that)\b", text[after.end() : after.end() + 6])
        ):
            return "increment"
    if metric in _INCIDENT_METRICS:
        if cfg.incident is not None and cfg.incident.search(text, lo, hi):
            return "incident"
        if when is not None and when.kind != "asof" and when.precision == "day":
            return "incident"
        if when is not None and when.start and when.end and 0 < (when.end - when.start).days <= 2:
            return "incident"
    return "total"


_BREAK_CHARS = re.compile(r"[,;:.()]")


def _numbered(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each row its stable claim id (repeats of the same words count up)."""
    seen: dict[str, int] = {}
    for row in rows:
        n = seen.get(row["figure_text"], 0)
        seen[row["figure_text"]] = n + 1
        row["claim_id"] = claim_id(row["report_id"], row["figure_text"], n)
    return rows


# A time span that ran on past a comma ("since August, a") ends at the comma.
_TIME_TAIL = re.compile(r",\s*(?:a|an|the)\s*$|[\s,;:]+$", re.IGNORECASE)
_DATELINE_END = re.compile(r"\s*(?:[-–—]|\([A-Z][^)]{0,30}\)\s*[-–—])")


_DATELINE_LINES = 5
_DATE_LINE_REST = re.compile(r"[^\W\d_]{2,}")


def dateline_date(text: str, lang: str = "en") -> dt.date | None:
    """The publication date a report's dateline or date line states, else None.

    A dateline is a full date near the start of one of the first lines followed by a dash
    ("Seoul, 14 March 2025 — ..."); a date line is a line that is little more than a full
    date ("2024-12-19 12:10", "Posted: 2025-06-17"). Used when no publication date is given.

    Example:
        >>> dateline_date("SEOUL, 14 March 2025 - The ministry said ...")
        datetime.date(2025, 3, 14)
        >>> dateline_date("No date here.") is None
        True
    """
    for n, line in enumerate(_LINE.finditer(text[:2000])):
        if n >= _DATELINE_LINES:
            break
        head = line.group()[:120]
        for t in find_times(head, None, lang):
            if t.precision != "day" or t.start is None or t.start != t.end:
                continue
            a, b = t.span
            rest = head[:a] + " " + head[b:]
            if (a < 40 and _DATELINE_END.match(head, b)) or len(_DATE_LINE_REST.findall(rest)) <= 2:
                return t.start
    return None


def _no_dateline(text: str, start: int, times: list[Period]) -> list[Period]:
    """Drop a dateline ("Seoul, Nov 5 -"): the report's date, not the figure's."""
    return [
        t
        for t in times
        if not (
            t.span[0] - start < 40
            and _DATELINE_END.match(text, t.span[1])
            and "\n" not in text[start : t.span[0]]
        )
    ]


def _figures(
    text: str, sentences: list[tuple[int, int, int]], lang: str, ages: bool
) -> list[Figure]:
    """Figures of the text, read in chunks of whole sentences (about _CHUNK characters).

    Chunks keep the cost linear in the text's length whatever find_figures does per call.
    """
    out: list[Figure] = []
    chunks: list[tuple[int, int]] = []
    for start, end, _ in sentences:
        if chunks and end - chunks[-1][0] <= _CHUNK:
            chunks[-1] = (chunks[-1][0], end)
        else:
            chunks.append((start, end))
    for a, b in chunks:
        for f in find_figures(text[a:b], lang, ages=ages):
            out.append(replace(f, start=f.start + a, end=f.end + a))
    out.sort(key=lambda f: f.start)
    return out


_TIME_REACH = _WINDOW  # characters either side of a figure read for time phrases


def _times_near(
    text: str,
    start: int,
    end: int,
    figures: list[Figure],
    published: dt.date | None,
    lang: str,
    events: Events | None = None,
) -> list[Period]:
    """Time phrases of a sentence, read only within reach of its figures.

    Each window runs from _TIME_REACH characters before a figure to as far after it, widened
    to the next space so no word is cut, and overlapping windows merge: the cost of the
    time parser grows with the figures, not with the length of the text.
    """
    windows: list[list[int]] = []
    for f in figures:
        a = max(start, f.start - _TIME_REACH)
        b = min(end, f.end + _TIME_REACH)
        if a > start:
            space = text.rfind(" ", start, a)
            a = space + 1 if space >= start else start
        if b < end:
            space = text.find(" ", b, end)
            b = space if space != -1 else end
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    out: list[Period] = []
    for a, b in windows:
        for c, d in _anchored(text, a, b, lang):
            out += _times(text, c, d, published, lang, events)
    return out


# Time-word kinds of the period lexer that never make a time phrase alone (fillers,
# prepositions, conjunctions, counts): a window without any other time word has no time.
_TIME_FILLERS = frozenset({"_", "i", "&", "o", "b", "s", "f", "x", "w", "n", "N", "O"})
_DATEISH = re.compile(
    r"(?<![\d.,])(?:1[5-9]|20)\d\d(?![\d.,]\d)|(?<![\d.,])\d{1,2}[./-]\d{1,2}(?![\d,])"
    r"|\d{1,2}(?:st|nd|rd|th)\b|['’]\d\d|\d0s"
)
_WORDS = re.compile(r"[^\W\d_]+")
_ANCHOR_REACH = 32  # characters either side of a time word handed to the time parser


@functools.lru_cache(maxsize=64)
def _time_anchors(lang: str) -> re.Pattern[str] | None:
    """One pattern of the words that can carry a time phrase in ``lang``, and date-like digits.

    Months, weekdays, units, "yesterday", "currently" ...; None for scripts without spaces
    (the parser reads the whole window there).
    """
    from tracker.periods.lexer import lexicon

    lex = lexicon(lang)
    if lex.script != "word":
        return None
    strong: set[str] = set()
    weak: set[str] = set()
    for key, entries in lex.words.items():
        tokens = _WORDS.findall(key)
        if any(kind not in _TIME_FILLERS for kind, _ in entries):
            strong.update(tokens)
        elif len(tokens) == 1:
            weak.update(tokens)
    words = sorted(strong - weak, key=len, reverse=True)
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    alts = "|".join(f"{re.escape(k)}(?:{'|'.join(v)})" for k, v in by_first.items())
    # every alternative starts after a non-word character or on a non-letter: positions
    # inside words and on spaces fail at once (speed only, same matches)
    gate = r"(?=\S)(?:(?<!\w)|(?![^\W\d_]))"
    return re.compile(rf"{gate}(?:(?<!\w)(?:{alts})(?!\w)|{_DATEISH.pattern})", re.IGNORECASE)


def _anchored(text: str, a: int, b: int, lang: str) -> list[tuple[int, int]]:
    """The parts of [a, b) around time words and date-like digits, merged; [] if none.

    Keeps the time parser's work proportional to the time words, not to the window.
    """
    anchors = _time_anchors(lang)
    if anchors is None:
        return [(a, b)]
    hits = [m.span() for m in anchors.finditer(text, a, b)]
    if not hits:
        return []
    spans: list[list[int]] = []
    for s, e in hits:
        lo, hi = max(a, s - _ANCHOR_REACH), min(b, e + _ANCHOR_REACH)
        if lo > a:
            space = text.rfind(" ", a, lo)
            lo = space + 1 if space >= a else a
        if hi < b:
            space = text.find(" ", hi, b)
            hi = space if space != -1 else b
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    return [(s, e) for s, e in spans]


def _times(
    text: str,
    start: int,
    end: int,
    published: dt.date | None,
    lang: str,
    events: Events | None = None,
) -> list[Period]:
    """Time phrases of one sentence, with offsets into the whole text."""
    out = []
    for t in find_times(text[start:end], published, lang, events=events):
        if t.span_start is not None and t.span_end is not None:
            out.append(replace(t, span_start=t.span_start + start, span_end=t.span_end + start))
    return out


def _named(att: _Attribution, last: _Attribution | None, cfg: _Lang) -> _Attribution:
    """A pronoun claimant ("she said") takes the last named claimant of the report."""
    if att.kind == "hedge" or last is None:
        return att
    words = att.words.casefold()
    if words in cfg.pronouns or (
        cfg.no_spaces
        and any(words.startswith(p) and len(words) - len(p) <= 3 for p in cfg.pronouns)
    ):  # "据我们掌握": "we"
        return replace(last, at=att.at, kind=att.kind, flag="claimant-from-pronoun")
    return att


@dataclass(frozen=True)
class _Found:
    """One counted figure of a sentence with what was decided about it."""

    fig: Figure
    metric: str
    status: str
    att: _Attribution | None
    when: Period | None
    location: str | None
    scope: str = "total"
    sent_no: int = 0
    revises: int | None = None  # 1: this figure revises the next one of its sentence


def _row(found: _Found, text: str, reading: _Reading, cfg: _Lang) -> dict[str, Any]:
    """The proposal's row, built by the one row builder from the words the report will keep."""
    report, reg = reading.report, reading.reg
    att = found.att
    flags: list[str] = []
    if att is None:
        words, via, source = UNATTRIBUTED, None, None
        flags.append("no-attribution")
    else:
        source, words = _resolve(att.words, reg, cfg)
        via = None
        if att.via:
            chain = [_short_name(w, reg, cfg) for w in att.via[:-1]]
            via = " > ".join([*chain, words])
        if att.flag:
            flags.append(att.flag)
    if source is None and att is not None and alias_key(words) != alias_key(UNATTRIBUTED):
        if _is_name(words, cfg):  # a named source the registry lacks: propose its row
            source = guess_source(_new_name(words, cfg), report.language, words)
            flags.append(NEW_SOURCE_FLAG)
        else:
            words, via = UNATTRIBUTED, None
            flags.append("no-attribution")
    if source is None:
        source = (reg.sources.get(UNATTRIBUTED) if reg else None) or UNATTRIBUTED_SOURCE
    when = found.when
    time_text = None
    if when is not None:
        time_text = _TIME_TAIL.sub("", text[when.span_start : when.span_end]) or when.text
        if when.source == _BORROWED:  # "the same period": the words it points back to
            time_text = when.text
    claim = {
        "figure": found.fig.text,
        "when": time_text,
        "metric": found.metric,
        "status": found.status,
        "claimant": words,
        "via": via,
        "location": found.location,
        "review": "pending",
        "scope": found.scope,
    }
    row = build_row(report, claim, source, events=reading.events)
    row.update(span_start=found.fig.start, span_end=found.fig.end, overridden="", claim_id="")
    row["flags"] = ";".join(dict.fromkeys([*flags, *row["flags"]]))
    return row


def _merge_copies(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One proposal per claim: repeats with the same numbers, metric and period collapse."""
    groups: dict[tuple[Any, ...], list[int]] = {}
    for n, row in enumerate(rows):
        key = tuple(
            row.get(k)
            for k in (
                "metric",
                "status",
                "low",
                "best",
                "high",
                "qualifier",
                "unit",
                "per",
                "period_start",
                "period_end",
            )
        )
        groups.setdefault(key, []).append(n)
    drop: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        named = [n for n in members if rows[n]["claimant"] != UNATTRIBUTED]
        keep_by_claimant: dict[str, int] = {}
        for n in members:
            claimant = rows[n]["claimant"]
            if named and claimant == UNATTRIBUTED:
                drop.add(n)
                continue
            if claimant in keep_by_claimant:
                drop.add(n)
            else:
                keep_by_claimant[claimant] = n
        if drop & set(members):
            for n in keep_by_claimant.values():
                flags = [f for f in rows[n]["flags"].split(";") if f]
                rows[n]["flags"] = ";".join([*flags, "copies-merged"])
    return _fold_restatements([row for n, row in enumerate(rows) if n not in drop])


def _fold_restatements(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A headline, lead or summary repeating a figure folds into the fullest statement of it.

    Rows with the same metric, status and numbers are one claim when each repeat names no
    other claimant (it is ``unattributed`` or the same one) and no other time (no time
    words, or the same period). The kept row is the one with a claimant, then with time
    words, then the first; it keeps the repeats' spans in its ``note`` and the flag
    ``restatement-folded``. Figures that differ, or the same figure from two claimants or
    for two periods, stay separate claims.
    """
    groups: dict[tuple[Any, ...], list[int]] = {}
    for n, row in enumerate(rows):
        key = tuple(row.get(k) for k in ("metric", "status", "low", "best", "high", "unit", "per"))
        groups.setdefault(key, []).append(n)
    drop: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = min(
            members,
            key=lambda n: (rows[n]["claimant"] == UNATTRIBUTED, not rows[n].get("time_text"), n),
        )
        k = rows[keep]
        spans = []
        for n in members:
            r = rows[n]
            if n == keep or r.get("supersedes") or k.get("supersedes") == r.get("claim_id"):
                continue
            same_voice = r["claimant"] in (UNATTRIBUTED, k["claimant"])
            same_time = not r.get("time_text") or (
                (r.get("period_start"), r.get("period_end"))
                == (k.get("period_start"), k.get("period_end"))
            )
            if same_voice and same_time:
                drop.add(n)
                spans.append(f"{r['span_start']}-{r['span_end']}")
        if spans:
            note = f"restated at characters {', '.join(spans)}"
            k["note"] = "; ".join(filter(None, [k.get("note"), note]))
            k["flags"] = ";".join(filter(None, [k["flags"], "restatement-folded"]))
    return [row for n, row in enumerate(rows) if n not in drop]


def to_report_claims(proposals: Any) -> list[dict[str, Any]]:
    """Report-file claims (ledger keys) from proposals, ready for :func:`tracker.add_report`.

    A claimant the registry lacks keeps its words (the proposal's ``claimant`` is the
    proposed registry name): append the rows of
    :func:`tracker.claims.new_sources.new_source_rows` to ``sources.csv`` first
    (:func:`tracker.claims.new_sources.append_sources`), so the report file loads. A note
    says the source was proposed. A named source is never saved as ``unattributed``.

    Example:
        >>> to_report_claims([])
        []
    """
    rows = proposals.to_dict(orient="records") if hasattr(proposals, "to_dict") else proposals
    records = claims_to_records(rows)
    for record, row in zip(records, rows, strict=True):
        record.setdefault("review", "pending")
        if NEW_SOURCE_FLAG in str(row.get("flags") or "").split(";"):
            record["claimant"] = row["claimant"]
            words = f"claimant {row['claimant']!r} proposed as a new registry row"
            record["note"] = "; ".join(filter(None, [record.get("note"), words]))
    return records


def load_text(path: Path | str) -> str:
    """Read a report text file as UTF-8 (a clear error for binary files).

    Example:
        >>> load_text(__file__)[3:14]
        'Report text'
    """
    raw = Path(path).read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ValueError(f"{path}: not UTF-8 text ({err})") from None
