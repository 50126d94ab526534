"""English (en) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = {
    "nil": 0,
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

HUNDREDS: dict[str, float] = {
    "hundred": 100,
    "hundreds": 100,
    "dozen": 12,
    "dozens": 12,
    "dzs": 12,
    "doz": 12,
    "dozs": 12,
    "score": 20,
}

SCALES: dict[str, float] = {
    "thousand": 1e3,
    "thousands": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "tln": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}

_EN_DENOMS = {
    "third": 3,
    "fourth": 4,
    "quarter": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "hundredth": 100,
    "thousandth": 1000,
}

DENOMINATORS: dict[str, float] = {**_EN_DENOMS, **{k + "s": v for k, v in _EN_DENOMS.items()}}
# "first" divides only after a tens word ("three twenty-firsts" = 3/21), never alone.
DENOMINATORS.update({"first": 1, "firsts": 1})

# Ordinal endings making denominators of number words (numbers.DENOMINATOR_SUFFIXES).
DENOMINATOR_SUFFIXES: dict[str, str] = {"ths": "", "th": "", "ieths": "y", "ieth": "y"}

POINT_WORDS: str = "point"

# A numerator above one takes a plural denominator ("two fifths"; "two millionth" is none).
PLURAL_DENOMINATORS: bool = True

ARTICLES: frozenset[str] = frozenset({"a", "an"})

HALVES: frozenset[str] = frozenset({"half"})

AND_WORDS: frozenset[str] = frozenset({"and"})

APPROX_NOUNS: dict[str, float] = {}

# "." is always a decimal mark in this language (never a thousands separator).
DECIMAL_POINT: bool = True

# Spoken minus before a number ("minus 1,200").
MINUS_WORDS: tuple[str, ...] = ("minus", "negative")

# Multipliers that are a number on their own ("thousand" = 1,000).
ALONE_OK: frozenset[str] = frozenset(
    {"hundred", "thousand", "million", "billion", "trillion", "dozen"}
)

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

# Currency words of this language besides CLDR's names (figure_words.CURRENCY_WORDS_BY_LANG).
CURRENCY_LOCAL: dict[str, str] = {
    "zloty": "PLN",
    "zlotys": "PLN",
    "ringgit": "MYR",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnyas": "UAH",
    "yuan renminbi": "CNY",
}

PRE_CUES: dict[str, str] = {
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "a minimum of": "at_least",
    "minimum of": "at_least",
    "at minimum": "at_least",
    "at the very least": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "well over": "more_than",
    "just over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "exceeds": "more_than",
    "exceeding": "more_than",
    "exceeded": "more_than",
    "exceed": "more_than",
    "surpassed": "more_than",
    "surpassing": "more_than",
    "surpass": "more_than",
    "above": "more_than",
    "greater than": "more_than",
    "larger than": "more_than",
    "bigger than": "more_than",
    "higher than": "more_than",
    "north of": "more_than",
    "topped": "more_than",
    "beyond": "more_than",
    "up to": "up_to",
    "as many as": "up_to",
    "as much as": "up_to",
    "as high as": "up_to",
    "at most": "at_most",
    "a maximum of": "at_most",
    "maximum of": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "at the most": "at_most",
    "less than or equal to": "at_most",
    "smaller or equal than": "at_most",
    "fewer than": "less_than",
    "less than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "just under": "nearly",
    "smaller than": "less_than",
    "lower than": "less_than",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "approaching": "nearly",
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "roughly": "approx",
    "some": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "estimated at": "approx",
    "circa": "approx",
    "ca.": "approx",
    "c.": "approx",
    "approx.": "approx",
    "approx": "approx",
    "reportedly about": "approx",
    "an approximate": "approx",
    "on the order of": "approx",
    "in the region of": "approx",
    "somewhere around": "approx",
    "~": "approx",
    "≈": "approx",
    "between": "between",
    "from": "from",
    "range from": "from",
    "ranging from": "from",
    "equal to": "exact",
    "equals": "exact",
    "exactly": "exact",
    "precisely": "exact",
    "higher or equal than": "at_least",
    "bigger or equal than": "at_least",
    "greater or equal than": "at_least",
    "larger or equal than": "at_least",
    "greater than or equal to": "at_least",
    "more than or equal to": "at_least",
    "equal to or more than": "at_least",
    "equal to or greater than": "at_least",
    "at least or equal to": "at_least",
    "lower or equal than": "at_most",
    "less or equal than": "at_most",
    "smaller than or equal to": "at_most",
    "equal to or less than": "at_most",
    "equal to or fewer than": "at_most",
    "less than or equal": "at_most",
    "< =": "at_most",
    "> =": "at_least",
    "equaling to": "exact",
    "equal": "exact",
    ">=": "at_least",
    "≥": "at_least",
    ">": "more_than",
    "<=": "at_most",
    "≤": "at_most",
    "<": "less_than",
    "<>": "exact",  # "not equal to": no bound
    "=>": "exact",
    "=<": "exact",
    "could rise to": "up_to",
    "could grow to": "up_to",
    "may rise to": "up_to",
    "may grow to": "up_to",
    "might rise to": "up_to",
    "could reach": "up_to",
    "could swell to": "up_to",
    "set to rise to": "up_to",
    "expected to rise to": "up_to",
}

# A share of a stated whole ("half of its 6,000 troops" = 3,000 approx) and the words joining
# it to the whole; words marking the head figure of a phrase ("a total of").
SHARE_WORDS: dict[str, float] = {
    "half": 0.5,
    "one half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "two thirds": 2 / 3,
    "three quarters": 0.75,
}
SHARE_OF: tuple[str, ...] = (
    "of its",
    "of their",
    "of the",
    "of his",
    "of her",
    "of",
    "of some",
    "of about",
    "of around",
)
TOTAL_CUES: tuple[str, ...] = (
    "a total of",
    "in total",
    "total of",
    "totalling",
    "totaling",
    "altogether",
    "overall",
)

POST_CUES: dict[str, str] = {
    "or more": "at_least",
    "and more": "at_least",
    "or over": "at_least",
    "and over": "at_least",
    "and above": "at_least",
    "or above": "at_least",
    "or greater": "at_least",
    "plus": "more_than",
    "+": "more_than",
    "or so": "approx",
    "-odd": "approx",
    "odd": "approx",
    "or thereabouts": "approx",
    "or fewer": "at_most",
    "or less": "at_most",
    "or below": "at_most",
    "at least": "at_least",
    "at most": "at_most",
    "at the most": "at_most",
    "at the least": "at_least",
    "max": "at_most",
    "maximum": "at_most",
    "-plus": "more_than",
}

POST_FAR: tuple[str, ...] = ("at least",)

RANGE_TO: tuple[str, ...] = (
    "to",
    "through",
    "-",
    "–",
    "—",
    "~",
    "〜",
    "～",
    "∼",
    "or",
    "and up to",
)

RANGE_AND: tuple[str, ...] = ("and",)

VAGUE_WORDS: dict[str, str] = {
    "thousands": "thousands",
    "several thousand": "several_thousand",
    "several thousands": "several_thousand",
    "a few thousand": "few_thousand",
    "a couple thousand": "couple_thousand",
    "a couple of thousand": "couple_thousand",
    "a couple of thousands": "couple_thousand",
    "tens of thousands": "tens_of_thousands",
    "hundreds of thousands": "hundreds_of_thousands",
    "hundreds": "hundreds",
    "several hundred": "several_hundred",
    "several hundreds": "several_hundred",
    "a few hundred": "few_hundred",
    "a couple hundred": "couple_hundred",
    "a couple of hundred": "couple_hundred",
    "dozens": "dozens",
    "several dozen": "several_dozen",
    "a few dozen": "several_dozen",
    "scores of": "scores",  # bare "scores" is mostly the verb or results
    "millions": "millions",
    "several million": "several_million",
    "a few million": "several_million",
    "tens of millions": "tens_of_millions",
    "a few": "few",
    "a handful": "few",
    "several": "several",
    "a small number": "small",
    "a fairly small number": "small",
    "a very small number": "small",
    "a relatively small number": "small",
    "limited numbers": "small",
    "a limited number": "small",
    "small numbers": "small",
    "a large number": "many",
    "large numbers": "many",
    "a significant number": "many",
}

NONE_CUES: tuple[str, ...] = (
    "an unspecified number",
    "an undisclosed number",
    "an unknown number",
    "unspecified number",
    "undisclosed number",
    "unknown number",
    "an unconfirmed number",
    "how many",
    "number was not disclosed",
    "number is unknown",
    "number remains unclear",
)

# A digit followed by "e", "è", "º", "ª" or "°" is an ordinal ("2e", "3º").
ORDINAL_E: bool = True

# Calendar (assembled in tracker.lexicon.calendar) ------------------------------------------------

MONTHS: tuple[str, ...] = (
    "january jan jan.",
    "february feb feb.",
    "march mar mar.",
    "april apr apr.",
    "may",
    "june jun jun.",
    "july jul jul.",
    "august aug aug.",
    "september sep sep. sept sept.",
    "october oct oct.",
    "november nov nov.",
    "december dec dec.",
)

WEEKDAYS: tuple[str, ...] = (
    "monday mon mon.",
    "tuesday tue tue. tues tues.",
    "wednesday wed wed.",
    "thursday thu thu. thur thurs thurs.",
    "friday fri fri.",
    "saturday sat sat.",
    "sunday sun sun.",
)

SEASONS: dict[str, str] = {
    "spring": "spring",
    "summer": "summer",
    "autumn fall": "autumn",
    "winter": "winter",
}

TIME_UNITS: dict[str, str] = {
    "day days": "day",
    "week weeks": "week",
    "fortnight": "fortnight",
    "month months": "month",
    "year years": "year",
    "quarter quarters": "quarter",
    "half": "half",
    "weekend": "weekend",
    "decade decades": "decade",
    "century centuries": "century",
}

TIME_WORDS: tuple[tuple[str, object, tuple[str, ...]], ...] = (
    (
        "P",
        "early",
        ("early", "beginning", "the beginning", "start", "the start", "earlier part"),
    ),
    ("P", "mid", ("mid", "mid-", "middle", "the middle", "mid-way")),
    ("P", "late", ("late", "end", "the end", "the close", "close", "latter part")),
    ("L", -1, ("last", "previous", "prior", "preceding")),
    ("L", -2, ("before last",)),
    ("T", 0, ("this", "current", "the current", "same", "the same", "that")),
    ("X", 1, ("next", "following", "the following", "upcoming", "coming")),
    ("R", -1, ("the last", "the past", "past", "the previous", "the preceding")),
    ("K", 1, ("the coming", "the next", "the upcoming")),
    ("Z", 0, ("today", "this day")),
    ("Z", -1, ("yesterday",)),
    ("Z", 1, ("tomorrow", "tmrw")),
    ("Z", -2, ("the day before yesterday", "day before yesterday")),
    ("Z", 2, ("the day after tomorrow", "day after tomorrow", "the day after tmrw")),
    ("E", "earlier", ("earlier",)),
    ("F", "later", ("later", "rest of", "the rest of", "remainder of", "the remainder of")),
    ("A", "ago", ("ago", "earlier", "before")),
    (
        "H",
        "hence",
        ("from now", "hence", "later", "from today", "after today", "in the future"),
    ),
    (
        "V",
        "recent",
        ("recently", "lately", "in recent weeks", "in recent months", "previously"),
    ),
    ("V", "sofar", ("so far", "to date", "thus far", "until now", "up to now")),
    ("V", "now", ("now", "currently", "at present", "presently", "at the moment")),
    ("V", "soon", ("soon",)),
    ("b", None, ("by", "before", "until", "till", "til", "no later than", "not later than")),
    (
        "s",
        None,
        ("since", "starting", "starting in", "starting from", "beginning in", "ever since"),
    ),
    ("s", "from", ("from",)),
    ("n", None, ("in",)),
    ("i", None, ("on", "at", "during", "over", "throughout", "for", "around")),
    ("w", None, ("within",)),
    ("s", None, ("commencing",)),
    ("x", None, ("between",)),
    ("&", None, ("and", "to", "through", "thru", "-", "–", "—")),
    ("o", None, ("or",)),
    ("f", None, ("as of", "as at", "dated", "as of early", "by the time of")),
    ("_", None, ("the", "of", "of the", "my")),
    ("c", "more", ("more than", "longer than")),
    ("c", "less", ("less than", "fewer than")),
    ("N", 1, ("one", "a", "an")),
    ("N", 2, ("two", "couple", "a couple of", "a couple")),
    ("N", 3, ("three", "few", "a few")),
    ("N", 4, ("four",)),
    ("N", 5, ("five",)),
    ("N", 6, ("six",)),
    ("N", 7, ("seven",)),
    ("N", 8, ("eight",)),
    ("N", 9, ("nine",)),
    ("N", 10, ("ten",)),
    ("N", 11, ("eleven",)),
    ("N", 12, ("twelve",)),
    ("O", 1, ("first",)),
    ("O", 2, ("second",)),
    ("O", 3, ("third",)),
    ("O", 4, ("fourth",)),
    ("O", 5, ("fifth",)),
)

COMPOUNDS: dict[str, tuple[tuple[str, object], ...]] = {
    "the week before last": (("L", -2), ("U", "week")),
    "week before last": (("L", -2), ("U", "week")),
    "the month before last": (("L", -2), ("U", "month")),
    "the year before last": (("L", -2), ("U", "year")),
    "year-end": (("P", "late"), ("U", "year")),
    "year end": (("P", "late"), ("U", "year")),
    "the end of the year": (("P", "late"), ("U", "year")),
    "end of the year": (("P", "late"), ("U", "year")),
    "the end of the month": (("P", "late"), ("U", "month")),
    "end of the month": (("P", "late"), ("U", "month")),
    "the weekend": (("U", "weekend"),),
    "w/c": (("U", "week"), ("s", None)),
    "the week after next": (("X", 2), ("U", "week")),
    "week after next": (("X", 2), ("U", "week")),
    "the month after next": (("X", 2), ("U", "month")),
    "the month after the next": (("X", 2), ("U", "month")),
    "the year after next": (("X", 2), ("U", "year")),
    "the weekend after next": (("X", 2), ("U", "weekend")),
    "the weekend after the next": (("X", 2), ("U", "weekend")),
    "the next day": (("Z", 1),),
    "the next day or two": (("K", 1), ("N", 2), ("U", "day")),
    "after tomorrow": (("H", "hence"), ("Z", 1)),
    "after yesterday": (("H", "hence"), ("Z", -1)),
    "business day": (("U", "business day"),),
    "business days": (("U", "business day"),),
    "working day": (("U", "business day"),),
    "working days": (("U", "business day"),),
    **{
        f"{day}s": (("G", i),)
        for i, day in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
}

AMBIGUOUS: frozenset[str] = frozenset(
    ["may", "march", "mar", "sat", "sun", "wed", "mon", "sat.", "sun.", "wed.", "mon.", "mar."]
)

FUTURE_MARKERS: tuple[str, ...] = (
    " will ",
    "'ll ",
    "’ll ",
    " shall ",
    " going to ",
    " plans to ",
    " planned to ",
    " plan to ",
    " expected to ",
    " set to ",
    " intends to ",
    " to be sent",
    " would ",
)

# Number words inside English dates ("twenty second of June", "nineteen seventy eight",
# "the seventies"), read by :mod:`tracker.periods.numbers`. Cardinals: word -> value.
DATE_CARDINALS: dict[str, int] = {
    **{word: int(value) for word, value in UNITS.items()},
    "oh": 0,  # "nineteen oh one"
}

DATE_SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000}

DATE_ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}

# Decade words: two-digit decades (resolved by direction) or a full decade year.
DECADES: dict[str, int] = {
    "tens": 10,
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
    "noughties": 2000,
    "thousands": 0,
}

HOLIDAYS: dict[str, tuple[object, ...]] = {
    "christmas": ("fixed", 12, 25),
    "christmas day": ("fixed", 12, 25),
    "xmas": ("fixed", 12, 25),
    "christmas eve": ("fixed", 12, 24),
    "boxing day": ("fixed", 12, 26),
    "new year's day": ("fixed", 1, 1),
    "new year’s day": ("fixed", 1, 1),
    "new year's eve": ("fixed", 12, 31),
    "new year’s eve": ("fixed", 12, 31),
    "easter": ("easter", 0),
    "easter sunday": ("easter", 0),
    "easter monday": ("easter", 1),
    "good friday": ("easter", -2),
    "orthodox christmas": ("fixed", 1, 7),
    "thanksgiving": ("nth", 11, 4, 3),
}

# Named events of the domain: phrase -> event id (dates: data/events.csv, passed in).
EVENT_WORDS: dict[str, str] = {
    "the start of the full-scale invasion": "full-scale-invasion",
    "the beginning of the full-scale invasion": "full-scale-invasion",
    "the start of the full-scale war": "full-scale-invasion",
    "the full-scale invasion": "full-scale-invasion",
    "the full-scale war": "full-scale-invasion",
    "the start of the war": "full-scale-invasion",  # this domain's war: the full-scale one
    "the beginning of the war": "full-scale-invasion",
    "the kursk incursion": "kursk-incursion",
    "the start of the kursk incursion": "kursk-incursion",
    "the kursk offensive": "kursk-incursion",
    "ukraine's kursk incursion": "kursk-incursion",
}

# Month and weekday names are capitalised: a lower-case AMBIGUOUS form ("may", "sat") is
# an ordinary word unless a day number follows.
CAPITALISED_NAMES: bool = True

# Numeric dates put the month first ("3/5/2025" = 5 March, "3/5" = 5 March).
MONTH_FIRST: bool = True

# "3.5" is a decimal, never a day and month.
NO_DOT_DATES: bool = True

# Claim cues (assembled in tracker.lexicon.cues) --------------------------------------------------

METRIC_CUES: dict[str, tuple[str, ...]] = {
    "casualties": (
        r"\bkilled (?:or|and) (?:wounded|injured)\b",
        r"\b(?:dead|killed) (?:or|and) (?:wounded|injured)\b",
        r"\bcasualt(?:y|ies)\b",
        r"\blosses\b",
    ),
    "killed": (
        r"\bkilled\b",
        r"\bdead\b",
        r"\bdied\b",
        r"\bdeaths?\b",
        r"\bfatalit(?:y|ies)\b",
        r"\blost their lives\b",
    ),
    "wounded": (r"\bwounded\b", r"\binjured\b", r"\binjuries\b"),
    "captured": (
        r"\bcaptured\b",
        r"\btaken prisoner\b",
        r"\bprisoners? of war\b",
        r"\bPOWs?\b",
        r"\bsurrendered\b",
    ),
    "other": (
        r"\bmissing\b",
        r"\bdesert(?:ed|ers?|ion)\b",
        r"\breturn(?:ed|ees?|ing)\b",
        r"\brotat(?:ed|ion|ions)\b",
    ),
    "pay": (
        r"\bpa(?:y|ys|id|ying)\b",
        r"\bsalar(?:y|ies)\b",
        r"\bwages?\b",
        r"\bearn(?:s|ed|ing)?\b",
        r"\bcompensation\b",
        r"\bpayments?\b",
        r"\breceiv(?:e|es|ed|ing)\b",
    ),
    "planned": (
        r"\bplan(?:s|ned|ning)? to\b",
        r"\bwill (?:be )?(?:send|deploy|dispatch|sent|deployed|dispatched|add|transfer)",
        r"\b(?:is|are) (?:expected|set|due|likely) to\b",
        r"\bexpected to (?:be )?(?:send|deploy|reach|arrive|sent|deployed)",
        r"\bintends? to\b",
        r"\baims? to\b",
        r"\bcould (?:send|deploy|dispatch|reach)\b",
        r"\bwould (?:send|deploy|dispatch)\b",
        r"\bto be (?:sent|deployed|dispatched)\b",
        r"\bprepar(?:es|ing|ed) to (?:send|deploy|dispatch)\b",
        r"\bconsider(?:s|ed|ing)? sending\b",
        r"\b(?:is|are|were|was) due\b",
        r"\bdecided to (?:send|deploy|dispatch)\b",
    ),
    "transported": (
        r"\btransport(?:ed|ing)\b",
        r"\bmoved\b",
        r"\bmoving\b",
        r"\barriv(?:ed|ing|als?)\b",
        r"\bshipped\b",
        r"\bferried\b",
        r"\bflown\b",
        r"\bairlifted\b",
        r"\btransferred\b",
        r"\brelocated\b",
        r"\bby (?:train|rail|ship|sea|air|plane)\b",
        r"\ben route\b",
        r"\bleaving\b",
        r"(?-i:\bleft (?=[A-Z]|the port|port))",
        r"\bdepart(?:ed|ing)\b",
        r"\bcross(?:ed|ing)\b",
    ),
    "front": (
        r"\bfront ?lines?\b",
        r"\bat the front\b",
        r"\bto the front\b",
        r"\bcombat\b",
        r"\bfighting\b",
        r"\bbattles?\b",
        r"\bassaults?\b",
        r"\bbattlefield\b",
    ),
    "present": (
        r"\bsent\b",
        r"\bsend(?:s|ing)?\b",
        r"\bdispatch(?:ed|es|ing)?\b",
        r"\bdeploy(?:ed|s|ing|ment)?\b",
        r"\bstationed\b",
        r"\bin Russia\b",
        r"\bserving\b",
    ),
    "front_place": (r"\b(?:in|into|to) (?:the )?Kursk\b",),
}

ATTRIBUTION: dict[str, tuple[str, ...]] = {
    "according": (
        r"\baccording to\b",
        r"\bas (?:reported|revealed|estimated|announced|stated) by\b",
        r"\b(?:was|were) (?:reported|announced|released|given|estimated) by\b",
        r"\b(?:estimates?|assessments?|figures?) (?:by|from)\b",
        r"(?-i:\bper (?=the\b|[A-Z]))",
    ),
    "citing": (r"\bciting\b", r"\bquoting\b", r"\bwith reference to\b"),
    "quoted_by": (r"\bas quoted by\b", r"\bas cited by\b", r"\bquoted by\b"),
    "report": (
        r"\breported\b",
        r"\breports that\b",
        r"\bwr(?:ote|ites)\b",
        r"\bnot(?:ed|es)\b",
        r"\bpublished\b",
        r"\bbroadcast\b",
    ),
    "speech": (
        r"\bsa(?:id|ys|y)\b",
        r"\btold\b",
        r"\breveal(?:ed|s)\b",
        r"\bstated\b",
        r"\bstates that\b",
        r"\bestimat(?:ed|es)\b",
        r"\bclaim(?:ed|s)\b",
        r"\bannounc(?:ed|es)\b",
        r"\bconfirm(?:ed|s)\b",
        r"\badd(?:ed|s)\b",
        r"\bbelieves?\b",
        r"\bassess(?:ed|es)\b",
        r"\bwarn(?:ed|s)\b",
        r"\bdisclos(?:ed|es)\b",
        r"\bexplain(?:ed|s)\b",
        r"\bbriefed\b",
        r"\bdeclared\b",
        r"\binsist(?:ed|s)\b",
        r"\bput (?:the|their) (?:number|figure|toll|estimate)\b",
        r"\braised (?:its|their|his|her) (?:estimate|figure|count)\b",
        r"\bupdated (?:its|their|his|her) (?:estimate|figure|count)\b",
    ),
    "deny": (
        r"\bden(?:ied|ies|y)\b",
        r"\bdismiss(?:ed|es)\b",
        r"\brejected\b",
        r"\brefut(?:ed|es)\b",
        r"\bcalled (?:the )?(?:reports?|claims?) (?:fake|false|groundless|baseless)",
    ),
    "hedge": (
        r"\breportedly\b",
        r"\ballegedly\b",
        r"\b(?:is|are|were|was) (?:said|reported|believed|thought) to\b",
    ),
}

DESCRIPTORS: tuple[str, ...] = (
    "daily",
    "newspaper",
    "news agency",
    "agency",
    "outlet",
    "broadcaster",
    "channel",
    "magazine",
    "paper",
    "website",
    "wire",
    "tabloid",
)

NP_STOP: str = r"\s(?:in an?|on|that|which|who|while|after|as|when|adding|citing|quoting|with)\s"

NP_LEAD: str = (
    r"^(?:(?:and|but|meanwhile|however|also|earlier|later|separately|now|then|so|yet|"
    r"(?:to )?reporters|(?:to )?journalists|on Telegram|in a statement)"
    r"[\s,]+)+"
)

NP_TRAIL: str = (
    r"(?:[\s,]+(?:also|has|have|had|earlier|previously|later|now|recently|officially|"
    r"publicly|on \w+day|reportedly|further|first|then|again|separately))+$"
)

PRONOUNS: tuple[str, ...] = (
    "he",
    "she",
    "they",
    "it",
    "the agency",
    "the spy agency",
    "the ministry",
    "the military",
    "the army",
    "the official",
    "officials",
    "the newspaper",
    "the daily",
    "the report",
    "the minister",
    "the spokesman",
    "the spokeswoman",
    "the spokesperson",
    "the president",
    "the lawmaker",
    "the general",
    "the service",
    "the department",
    "the source",
)

PLACES: tuple[str, ...] = (
    r"(?:the )?Kursk(?: region| oblast| Oblast)?",
    r"(?:the )?Russian Far East",
    r"Russia's Far East",
    r"(?:the )?Far East",
    r"(?:the )?European part of (?:the country|Russia)",
    r"(?:the )?(?:Donetsk|Luhansk|Zaporizhzhia|Kherson|Belgorod|Bryansk|Kharkiv)"
    r"(?: region| oblast| Oblast)?",
    r"(?:the )?(?:Primorsky|Primorye|Khabarovsk|Amur)(?: region| Krai)?",
    r"(?:the )?port of [A-Z][\w-]+",
    r"Chongjin",
    r"Rason",
    r"Wonsan",
    r"Vladivostok",
    r"Ussuriysk",
    r"Pokrovsk",
    r"Ukraine",
    r"North Korea",
    r"Russia",
)

PLACE_PREP: dict[str, str] = {
    "from": r"\b(?:from|leaving|left|departing) ",
    "to": r"\b(?:to|into|toward|towards) ",
    "in": r"\b(?:in|at|near) ",
}

WORKER_WORDS: str = (
    r"\b(?:workers?|labou?rers?|builders|construction|engineers?|sappers?|deminers?|"
    r"demining|mine[- ]clearing|military builders|work(?:ing|s)? (?:at|in) (?:the |a )?"
    r"(?:factory|factories|plant|plants|sites?))\b"
)

# New cue tables (read by tracker.claims.extract) -------------------------------------------------

# An attribution that points back to the figures just stated ("This was reported by X").
BACK_FRAMES: str = r"(?:this|that|these figures?|the figures?)(?: (?:was|is|were|are))?"

# Words beside a figure that make it an increment ("another 3,000", "3,000 more").
SCOPE_CUES: dict[str, str] = {
    "increment": r"\b(?:another|additional|more|further|extra|fresh|new batch of)\b",
    "incident": r"\b(?:in (?:an?|the|one) (?:attack|strike|battle|assault|ambush|raid|clash))\b",
}

# Words between a new figure and the earlier one it revises ("to 11,000 from 10,000").
REVISION_CUES: str = r"\b(?:up from|down from|from|compared (?:with|to)|after|previously)\b"

# Counted things that are materiel when they follow a figure.
MATERIEL_WORDS: str = (
    r"\b(?:shells?|rounds|missiles?|rockets?|artillery (?:systems|pieces|guns)|howitzers?|"
    r"launchers?|containers?|munitions|tanks|vehicles|pieces of (?:equipment|military equipment)"
    r"|units of (?:equipment|military equipment))\b"
)

# A guess of a new source's type from its words (type -> pattern), first match wins.
# The counted noun of a figure about other armies (not a claim).
FOREIGN_TROOPS: str = (
    r"(?:Russian|Ukrainian|Ukraine's|Russia's)\s+"
    r"(?:troops|soldiers|servicemen|forces|army|personnel)"
)

# Counted nouns that are not the deployment ("fifty countries").
OTHER_THINGS: str = (
    r"\b(?:countries|nations|bases|villages|factories|plants|towns|cities|"
    r"kilomet(?:er|re)s|percent|per cent|times)\b"
)

# Time words pointing back to the previous sentence's time ("the same day").
SAME_TIME: str = r"\b(?:the same (?:day|week|month|period|time)|that (?:day|week))\b"

# Contrast words: a time phrase before one stays with the figure before it.
CONTRAST: str = r"\b(?:but|however|whereas|while)\b"

# Words joining a part to its whole ("1,000 of the 12,000").
WHOLE_OF: str = r"\s+of(?: the)?\s+(?:about |some |around |roughly )?"

# Titles and role words that end a speaker's phrase ("Pentagon spokesman"): dropped when
# the phrase resolves to no registry name, so the name before them is tried.
TITLES: str = (
    r"\s+(?:spokes(?:man|woman|person)|press secretary|official|officer|source|sources|"
    r"chief|director|minister)$"
)

SOURCE_TYPES: dict[str, str] = {
    "media": (
        r"\b(?:news|agency|daily|times|post|tv|radio|press|media|journal|herald|newspaper|"
        r"paper|outlet|broadcaster|magazine|channel|website|tabloid)\b"
    ),
    "intelligence": r"\b(?:intelligence|spy|NIS|HUR|GUR)\b",
    "military": r"\b(?:army|military|forces|command|general staff|armed)\b",
    "anonymous_officials": r"\b(?:officials?|sources?)\b",
    "researcher": r"\b(?:institute|analysts?|researchers?|think tank|university)\b",
    "government": r"\b(?:ministry|minister|government|president|lawmaker|parliament|office)\b",
}

PERSON_WORDS: str = (
    r"\b(?:troops|soldiers|personnel|forces|men|fighters|recruits|"
    r"servicemen|special forces|workers|people|killed|wounded|casualties|captured)\b"
)
