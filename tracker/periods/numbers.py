"""Number words inside English dates: "twenty second", "nineteen seventy eight", "the seventies".

A run of number words is cut into cardinal segments the way English writes them ("twenty
one two thousand and eighteen" -> 21, 2018), then adjacent segments are read as a year
where English dates do so ("nineteen seventy eight" -> 1978, "nineteen oh five" -> 1905,
"twenty-tens" -> the 2010s). Tables live in :mod:`tracker.lexicon.calendar`; the lexer of
:mod:`tracker.periods.parse` turns the result into tokens.

Example:
    >>> [(k, v) for k, v, *_ in read_number_run("nineteen seventy eight", 0)]
    [('Y', 1978)]
"""

from __future__ import annotations

import re

from tracker.lexicon import calendar as cw

# (kind, value, start, end, ambiguity): kinds N number, O ordinal, Y year, C decade, d day
NumTok = tuple[str, object, int, int, int]

_WORDS = {**cw.EN_CARDINALS, **cw.EN_SCALES, **cw.EN_ORDINALS, **cw.EN_DECADES}
_ALT = "|".join(sorted(_WORDS, key=len, reverse=True))
NUMBER_RUN = rf"(?<![\w'’])(?:the\s+)?(?:{_ALT})(?:(?:\s+and\s+|[\s-]+)(?:{_ALT}))*(?![\w'’])"
_WORD_RX = re.compile(rf"(?:{_ALT})", re.IGNORECASE)
_THE = re.compile(r"the\s+", re.IGNORECASE)
_DAY_END = re.compile(r"\s*$")


class _Seg:
    __slots__ = ("value", "kind", "start", "end", "last")

    def __init__(self, value: int, kind: str, start: int, end: int, last: str) -> None:
        self.value, self.kind, self.start, self.end, self.last = value, kind, start, end, last


def _fits(seg: _Seg | None, word: str) -> bool:
    """Whether word continues the cardinal segment (English number order)."""
    if seg is None or seg.kind != "N":
        return False
    last, v = seg.last, seg.value
    if word == "thousands":
        return 1 <= v <= 9
    if word in cw.EN_SCALES:
        if word == "hundred":
            return last in ("unit", "teen") and v % 1000 < 100
        return v < 1000 and last != "scale1000"
    small = v % 100
    if word in ("zero", "oh"):
        return False
    n = cw.EN_CARDINALS.get(word) or cw.EN_ORDINALS.get(word) or cw.EN_DECADES.get(word, 0)
    if last == "tens":
        return 1 <= n <= 9 and word not in cw.EN_DECADES
    if last in ("scale100", "scale1000"):
        return small == 0 and n < 100 and n != 0
    return False


def _place(n: int) -> str:
    return "tens" if n >= 20 and n % 10 == 0 else "teen" if n >= 10 else "unit"


def _segments(text: str, start: int, end: int) -> list[_Seg]:
    segs: list[_Seg] = []
    cur: _Seg | None = None
    for m in _WORD_RX.finditer(text, start, end):
        w = m.group().lower()
        s, e = m.span()
        if _fits(cur, w) and cur is not None:
            if w in cw.EN_SCALES:
                scale = cw.EN_SCALES[w]
                if scale == 100:
                    cur.value = cur.value // 1000 * 1000 + cur.value % 1000 * 100
                else:
                    cur.value *= 1000
                cur.last = f"scale{scale}"
            elif w == "thousands":
                cur.value, cur.kind = cur.value * 1000, "C"
            else:
                kind = "O" if w in cw.EN_ORDINALS else "C" if w in cw.EN_DECADES else "N"
                cur.value += _WORDS[w]
                cur.kind, cur.last = kind, _place(_WORDS[w])
            cur.end = e
            continue
        v = _WORDS[w]
        if w in cw.EN_SCALES:
            cur = None  # "hundred" alone: not a date word
            continue
        kind = "O" if w in cw.EN_ORDINALS else "C" if w in cw.EN_DECADES else "N"
        if w in ("zero", "oh"):
            kind = "Z"
        cur = _Seg(v, kind, s, e, _place(v) if kind in "NO" else "unit")
        segs.append(cur)
    return segs


def _year_pair(a: _Seg, b: _Seg) -> int | None:
    """'nineteen seventy' + 'eight' style: first group 15-20, second 10-99 (or a decade)."""
    if a.kind != "N" or not 15 <= a.value <= 20 or b.kind not in "NC":
        return None
    if b.kind == "C":
        return a.value * 100 + b.value if 10 <= b.value <= 90 else None
    return a.value * 100 + b.value if 10 <= b.value <= 99 else None


def read_number_run(text: str, start: int, end: int | None = None) -> list[NumTok]:
    """Tokens for one run of English number words matched by :data:`NUMBER_RUN`.

    Args:
        text: the whole text.
        start: offset of the run.
        end: end of the run (default: the end of the text).

    Returns:
        (kind, value, start, end, ambiguity) tuples: "N" cardinal (ambiguity 2), "O"
        ordinal, "Y" year (1 when it could be a count, "two thousand"), "C" decade
        (a value below 100 is a decade of an unnamed century), "d" a day after "the"
        at the end of the text ("the twenty second").

    Example:
        >>> [(k, v) for k, v, *_ in read_number_run("May twenty one", 4)]
        [('N', 21)]
    """
    end = len(text) if end is None else end
    the = _THE.match(text, start)
    body = the.end() if the else start
    segs = _segments(text, body, end)
    out: list[NumTok] = []
    i = 0
    while i < len(segs):
        a = segs[i]
        b = segs[i + 1] if i + 1 < len(segs) else None
        c = segs[i + 2] if i + 2 < len(segs) else None
        oh = b is not None and b.kind == "Z" and c is not None and c.kind == "N" and c.value < 10
        if oh and c is not None and a.kind == "N" and 15 <= a.value <= 20:
            out.append(("Y", a.value * 100 + c.value, a.start, c.end, 0))
            i += 3
            continue
        if b is not None and (y := _year_pair(a, b)) is not None:
            out.append(("C" if b.kind == "C" else "Y", y, a.start, b.end, 0))
            i += 2
            continue
        if a.kind == "C":
            value = a.value if a.value else 2000  # "the two thousands"
            strong = bool(the) or a.value >= 1000
            out.append(("C", value, a.start, a.end, 0 if strong else 1))
        elif a.kind == "N" and 1000 <= a.value <= 2999:
            out.append(("Y", a.value, a.start, a.end, 1))
        elif a.kind == "O":
            out.append(("O", a.value, a.start, a.end, 0))
        elif a.kind == "N":
            out.append(("N", a.value, a.start, a.end, 2))
        i += 1
    if the and len(out) == 1 and out[0][0] in "NO" and _DAY_END.match(text, end):
        day, day_end = out[0][1], out[0][3]
        if isinstance(day, int) and 1 <= day <= 31:
            return [("d", day, start, day_end, 0)]
    if the and out:  # "the" belongs to the first token, so no gap is left before it
        first = out[0]
        out[0] = (first[0], first[1], start, first[3], first[4])
    return out
