"""Phrase rules of the time normaliser: anchors and cues -> :class:`Period`.

A text is lexed (:mod:`tracker.periods.lexer`), its tokens become :class:`Item` letters
("g" for a short gap of other words, "|" for a break), and runs of them are reduced to
anchors ("@") by the anchor rules of :mod:`tracker.periods.rules`. Phrase rules then
combine anchors with cues: "since @", "@ to @", "by @", "as of @". :func:`build_period`
resolves one phrase (both ends of a range together, an under-specified end taking its
year from the other) and applies the conventions of DESIGN §3 (deadlines, clipping of a
current period, "since" up to publication). :func:`parse_grammar` is the whole grammar
for one phrase, without the dateparser fallback.

Example:
    >>> import datetime as dt
    >>> p = parse_grammar("since mid-December", dt.date(2025, 1, 20), "en", None)
    >>> (str(p.start), str(p.end), p.kind, p.precision)
    ('2024-12-11', '2025-01-20', 'since', 'month')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from tracker.periods.anchors import Anchor, Ctx, NeedPub, Span, resolve_rolling, resolve_vague
from tracker.periods.conventions import DEFAULT_CONVENTIONS, Conventions
from tracker.periods.dates import shift
from tracker.periods.lexer import BREAK, Tok, lexicon, tokenize
from tracker.periods.period import NEEDS_PUBLICATION_DATE, PREC_RANK, Period
from tracker.periods.rules import Tokens, anchor_index


@dataclass(slots=True)
class Item:
    """One letter of a phrase: a token, a gap, a break or a reduced anchor ('@')."""

    ch: str
    start: int
    end: int
    amb: int
    anchor: Anchor | None = None


_GAP_STRIP = re.compile(r"[\s,()\[\]\"'«»“”‘’…・、/]+")
_PHRASE_RULES: tuple[tuple[str, str], ...] = (
    ("[sx][in]?@[&b][in]?@", "range"),
    ("[in&]?@[&b]@", "range"),
    ("@s[in]?@b?", "range"),
    ("[in]?@o[in]?@", "union"),
    ("sg?[in]?@", "since"),
    ("@s", "since"),
    ("[in]?b@", "deadline"),
    ("@b", "deadline"),
    ("f@", "asof"),
    ("@f", "asof"),
    ("f", "now"),
    ("[in&]?@", "plain"),
)
_PHRASE_RX = tuple((re.compile(p), kind) for p, kind in _PHRASE_RULES)
_RULE_KIND = {"range": "period", "union": "period", "now": "asof", "plain": "period"}


def _items(text: str, toks: list[Tok], script: str) -> list[Item]:
    """Tokens -> items, with 'g' for a short gap of other words and '|' for a break."""
    items: list[Item] = []
    prev_end = -1
    for tok in toks:
        if prev_end >= 0 and tok.start >= prev_end:
            gap = text[prev_end : tok.start]
            rest = _GAP_STRIP.sub("", gap)
            if rest:
                words = gap.split()
                brk = BREAK.search(gap) or "," in gap or script != "word" or len(words) > 3
                if not (items and items[-1].ch in "g|"):
                    items.append(Item("|" if brk else "g", prev_end, tok.start, 1))
            elif BREAK.search(gap.replace("...", "")):
                items.append(Item("|", prev_end, tok.start, 1))
        prev_end = max(prev_end, tok.end)
        if tok.kind != "_":
            items.append(Item(tok.kind, tok.start, tok.end, tok.amb))
    return items


def _reduce(items: list[Item], toks_by_item: list[Tok | None]) -> list[Item]:
    """Replace token runs by anchors ('@'), longest rule match first."""
    types = "".join(it.ch for it in items)
    index = anchor_index()
    out: list[Item] = []
    i = 0
    while i < len(items):
        best: tuple[int, Anchor] | None = None
        cands = []
        for order, rx, build in index.get(types[i], ()):
            m = rx.match(types, i)
            if m:
                cands.append((-m.end(), order, build))
        for neg_end, _, build in sorted(cands, key=lambda c: (c[0], c[1])):
            j = -neg_end
            toks = [t for t in toks_by_item[i:j] if t is not None]
            anchor = build(Tokens(toks))
            if anchor is not None:
                best = (j, anchor)
                break
        if best is None:
            out.append(items[i])
            i += 1
            continue
        j, anchor = best
        amb = 0 if j - i >= 2 else items[i].amb
        out.append(Item("@", items[i].start, items[j - 1].end, amb, anchor))
        i = j
    return out


def analyse(text: str, lang: str) -> list[Item]:
    """The items of a text, with token runs reduced to anchors."""
    lex = lexicon(lang)
    toks = tokenize(text, lang)
    items = _items(text, toks, lex.script)
    # map each item back to its token (markers have none)
    real = iter(t for t in toks if t.kind != "_")
    toks_by_item = [None if it.ch in "g|" else next(real) for it in items]
    return _reduce(items, toks_by_item)


def matches(red: list[Item]) -> list[tuple[int, int, str]]:
    """Longest phrase-rule matches, left to right, over the reduced items."""
    types = "".join(it.ch for it in red)
    out = []
    i = 0
    while i < len(types):
        best = None
        for rx, kind in _PHRASE_RX:
            m = rx.match(types, i)
            if m and (best is None or m.end() > best[1]):
                best = (i, m.end(), kind)
        if best is None or not _accept(red[best[0] : best[1]], whole=False):
            i += 1
            continue
        out.append(best)
        i = best[1]
    return out


def _accept(items: list[Item], whole: bool) -> bool:
    """Ambiguous words ("May") need a cue, bare numbers a real anchor beside them."""
    levels = {it.amb for it in items if it.anchor is not None}
    if not levels:
        return [it.ch for it in items] == ["f"]
    if 0 in levels:
        return True
    if levels <= {2, 3}:
        return whole and levels == {3}
    return any(it.anchor is None and it.ch not in "g|" for it in items)


def _resolve_anchor(a: Anchor, ctx: Ctx) -> Span | None:
    return a.fn(*a.args, ctx)


def _resolve_pair(a1: Anchor, a2: Anchor, ctx: Ctx) -> tuple[Span | None, Span | None]:
    """Resolve both ends; an under-specified end takes its year from the other end.

    Two under-specified ends of the same kind ("from October to January"): the first is
    resolved in the phrase's direction, the second forward from it.
    """
    if a1.under and a2.under and a1.spec == a2.spec:
        s1 = _resolve_anchor(a1, ctx)
        if s1 is None or s1.start is None:
            return s1, None
        return s1, _resolve_anchor(
            a2, replace(ctx, ref=s1.start, direction="future", source="range")
        )
    if a1.under and (not a2.under or a2.spec >= a1.spec):
        s2 = _resolve_anchor(a2, ctx)
        if s2 is None or s2.start is None:
            return None, s2
        return _resolve_anchor(a1, replace(ctx, ref=s2.start, direction="past", source="range")), s2
    s1 = _resolve_anchor(a1, ctx)
    if a2.under:
        if s1 is None or s1.start is None:
            return s1, None
        return s1, _resolve_anchor(
            a2, replace(ctx, ref=s1.start, direction="future", source="range")
        )
    return s1, _resolve_anchor(a2, ctx)


def _coarser(p1: str, p2: str) -> str:
    return p1 if PREC_RANK.get(p1, 7) >= PREC_RANK.get(p2, 7) else p2


def _direction(rule: str, tense: str | None) -> tuple[str, str]:
    if rule == "deadline":
        return ("past", "tense") if tense == "past" else ("future", "cue")
    if rule in ("since", "asof", "now"):
        return "past", "cue"
    return (tense, "tense") if tense else ("past", "default")


def build_period(
    rule: str,
    red: list[Item],
    text: str,
    pub: dt.date | None,
    tense: str | None,
    conv: Conventions = DEFAULT_CONVENTIONS,
) -> Period | None:
    """The Period of one phrase rule match, or None when it does not resolve."""
    anchors = [it.anchor for it in red if it.anchor is not None]
    words = text[red[0].start : red[-1].end]
    span_start = red[0].start
    direction, source = _direction(rule, tense)
    ctx = Ctx(pub, None, direction, source, conv=conv)
    kind = _RULE_KIND.get(rule, rule)
    prec = anchors[0].prec if anchors else "day"
    if len(anchors) == 2:
        prec = _coarser(anchors[0].prec, anchors[1].prec)
    base = {"text": words, "span_start": span_start, "span_end": red[-1].end}
    try:
        if rule == "now":
            sp = resolve_vague("now", ctx)
        elif len(anchors) == 2:
            if anchors[0].duration is not None:
                return _duration_from(anchors[0].duration, anchors[1], ctx, pub, base)
            s1, s2 = _resolve_pair(anchors[0], anchors[1], ctx)
            if s1 is None or s2 is None or s1.start is None:
                return None
            start, end = s1.start, s2.end or s2.start
            if rule == "range" and conv.range_end == "exclusive" and s2.start:
                end = s2.start - dt.timedelta(days=1) if s2.start > start else s2.end
            if rule == "union":
                start, end = (
                    min(s1.start, s2.start or s1.start),
                    max(s1.end or s1.start, end or s1.start),
                )
            if end is None or end < start:
                return None
            sp = Span(start, end, _coarser(s1.precision, s2.precision), s1.conv + s2.conv)
        elif anchors[0].duration is not None:
            # "for three months" alone: the window of that length ending at publication
            # (starting after it when the tense is future)
            n, unit = anchors[0].duration
            sign = 1 if direction == "future" and source == "tense" else -1
            sp = resolve_rolling(n, unit, sign, ctx)
            if sp is not None:
                conv_dur = "a duration alone=the window of that length ending at publication"
                sp = replace(sp, conv=(conv_dur,) if sign < 0 else sp.conv)
        else:
            sp = _resolve_anchor(anchors[0], ctx)
    except NeedPub:
        if kind == "period" and prec == "day":
            kind = "point"
        return Period(None, None, kind, prec, flag=NEEDS_PUBLICATION_DATE, **base)  # type: ignore[arg-type]
    if sp is None:
        return None
    return _finish(rule, kind, sp, pub, direction if ctx.relative else "absolute", base, conv)


def _duration_from(
    duration: tuple[int, str], a2: Anchor, ctx: Ctx, pub: dt.date | None, base: dict[str, object]
) -> Period | None:
    """'for 3 days from today', '2 weeks starting May 20th': N units from the start."""
    s2 = _resolve_anchor(a2, ctx)
    if s2 is None or s2.start is None:
        return None
    n, unit = duration
    end = shift(s2.start, n, unit) - dt.timedelta(days=1)
    conv = "N units from X=X .. X + N units - 1 day"
    span = Span(s2.start, end, "day", (conv,))
    return _finish("range", "period", span, pub, "absolute", base, ctx.conv)


def _finish(
    rule: str,
    kind: str,
    sp: Span,
    pub: dt.date | None,
    direction: str,
    base: dict[str, object],
    conventions: Conventions,
) -> Period | None:
    conv = list(sp.conv)
    start, end, flag = sp.start, sp.end, None
    if rule in ("plain", "range", "union"):
        kind = sp.kind or ("point" if sp.precision == "day" and start == end else "period")
        clip = rule == "plain" and sp.kind is None and direction == "past"
        clip = clip and conventions.clip_current
        if clip and pub and start and end and start <= pub < end:
            end = pub
            conv.append("current period clipped at publication")
    elif rule == "deadline" and sp.kind != "deadline":
        if pub is None:
            start, flag = None, NEEDS_PUBLICATION_DATE
        elif end is not None and end < pub:
            kind, start = "asof", end
            conv.append("past deadline=as of its end")
        else:
            start = pub
            conv.append("deadline=publication .. end")
    elif rule == "since":
        if start is None:
            return None
        if pub is None:
            end, flag = None, NEEDS_PUBLICATION_DATE
        elif start > pub:
            end = None
            conv.append("since a future date=open end")
        else:
            end = pub
    elif rule == "asof":
        if sp.part == "mid" and sp.precision == "month" and start:
            start = end = start.replace(day=15)
            conv.append("as of mid-month=the 15th")
        elif sp.part == "late" and sp.precision == "month":
            start = end
            conv.append("as of the end of a month=its last day")
    if start is not None and end is not None and start > end:
        return None
    uniq = list(dict.fromkeys(conv))
    return Period(
        start,
        end,
        kind,
        sp.precision if sp.precision in PREC_RANK else "unknown",
        convention="; ".join(uniq) or None,
        flag=flag,
        **base,  # type: ignore[arg-type]
    )


def parse_grammar(
    text: str,
    pub: dt.date | None,
    lang: str,
    tense: str | None,
    search: bool = True,
    conv: Conventions = DEFAULT_CONVENTIONS,
) -> Period | None:
    """The grammar alone: the whole text as one phrase, else the first phrase inside it."""
    try:
        red = analyse(text, lang)
    except Exception:  # pragma: no cover - a lexer bug must not crash a caller
        return None
    core = [it for it in red if it.ch not in "g|"]
    types = "".join(it.ch for it in core)
    if core and _accept(core, whole=True):
        for rx, rule in _PHRASE_RX:
            if rx.fullmatch(types):
                period = build_period(rule, core, text, pub, tense, conv)
                if period is not None:
                    return period
                break
    for i, j, rule in matches(red) if search else ():
        period = build_period(rule, red[i:j], text, pub, tense, conv)
        if period is not None:
            return period
    return None
