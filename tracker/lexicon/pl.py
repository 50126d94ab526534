"""Polish (pl) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

from tracker.lexicon._build import forms

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = forms(
    {
        "zero": 0,
        "jeden": 1,
        "jedna": 1,
        "jedno": 1,
        "jednego": 1,
        "jednej": 1,
        "dwa": 2,
        "dwie": 2,
        "dwóch": 2,
        "dwu": 2,
        "dwoma": 2,
        "dwaj": 2,
        "trzy": 3,
        "trzech": 3,
        "trzema": 3,
        "cztery": 4,
        "czterech": 4,
        "czterema": 4,
        "pięć|": 5,
        "pięci|u|oma": 5,
        "sześć": 6,
        "sześci|u|oma": 6,
        "siedem": 7,
        "siedmi|u|oma": 7,
        "osiem": 8,
        "ośmi|u|oma": 8,
        "dziewięć": 9,
        "dziewięci|u|oma": 9,
        "dziesięć": 10,
        "dziesięci|u|oma": 10,
        "jedenaście": 11,
        "jedenastu": 11,
        "dwanaście": 12,
        "dwunastu": 12,
        "piętnaście": 15,
        "piętnastu": 15,
        "dwadzieścia": 20,
        "dwudziestu": 20,
        "trzydzieści": 30,
        "trzydziestu": 30,
        "czterdzieści": 40,
        "czterdziestu": 40,
        "pięćdziesiąt": 50,
        "pięćdziesięciu": 50,
        "sześćdziesiąt": 60,
        "siedemdziesiąt": 70,
        "osiemdziesiąt": 80,
        "dziewięćdziesiąt": 90,
        "sto": 100,
        "stu": 100,
        "dwieście": 200,
        "dwustu": 200,
        "trzysta": 300,
        "trzystu": 300,
        "czterysta": 400,
        "pięćset": 500,
        "pięciuset": 500,
        "sześćset": 600,
        "siedemset": 700,
        "osiemset": 800,
        "dziewięćset": 900,
    }
)

HUNDREDS: dict[str, float] = {"tuzin": 12}

SCALES: dict[str, float] = forms(
    {
        "tys.": 1e3,
        "tys": 1e3,
        "tysiąc|": 1e3,
        "tysiąc|e|a|u|em": 1e3,
        "tysięcy": 1e3,
        "mln": 1e6,
        "mln.": 1e6,
        "milion|": 1e6,
        "milion|y|ów|a|ie": 1e6,
        "mld": 1e9,
        "mld.": 1e9,
        "miliard|": 1e9,
        "miliard|y|ów|a": 1e9,
    }
)

HALVES: frozenset[str] = frozenset({"pół"})

AND_WORDS: frozenset[str] = frozenset()

# Spoken minus before a number ("minus 1,200").
MINUS_WORDS: tuple[str, ...] = ("minus",)

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

# Currency words of this language besides CLDR's names (figure_words.CURRENCY_WORDS_BY_LANG).
CURRENCY_LOCAL: dict[str, str] = {
    "złotych": "PLN",
    "złote": "PLN",
    "złoty": "PLN",
    "zł": "PLN",
    "zlotych": "PLN",
}

PRE_CUES: dict[str, str] = {
    "co najmniej": "at_least",
    "przynajmniej": "at_least",
    "minimum": "at_least",
    "ponad": "more_than",
    "przeszło": "more_than",
    "powyżej": "more_than",
    "więcej niż": "more_than",
    "do": "up_to",
    "aż": "up_to",
    "maksymalnie": "at_most",
    "mniej niż": "less_than",
    "poniżej": "less_than",
    "prawie": "nearly",
    "niemal": "nearly",
    "blisko": "nearly",
    "około": "approx",
    "ok.": "approx",
    "ok": "approx",
    "mniej więcej": "approx",
    "szacunkowo": "approx",
    "między": "between",
    "od": "from",
}

POST_CUES: dict[str, str] = {"z okładem": "more_than", "i więcej": "at_least"}

RANGE_TO: tuple[str, ...] = ("do",)

RANGE_AND: tuple[str, ...] = ("a",)

VAGUE_WORDS: dict[str, str] = {
    "tysiące": "thousands",
    "tysięcy": "thousands",
    "kilka tysięcy": "several_thousand",
    "kilkanaście tysięcy": "teen_thousands",
    "dziesiątki tysięcy": "tens_of_thousands",
    "setki tysięcy": "hundreds_of_thousands",
    "setki": "hundreds",
    "kilkaset": "several_hundred",
    "dziesiątki": "dozens",
    "miliony": "millions",
}

GENITIVE_SINGULAR: dict[str, float] = {"tysiąca": 1000.0}

# Calendar (assembled in tracker.lexicon.calendar) ------------------------------------------------

MONTHS: tuple[str, ...] = (
    "styczeń stycznia styczniu",
    "luty lutego lutym",
    "marzec marca marcu",
    "kwiecień kwietnia kwietniu",
    "maj maja maju",
    "czerwiec czerwca czerwcu",
    "lipiec lipca lipcu",
    "sierpień sierpnia sierpniu",
    "wrzesień września wrześniu",
    "październik października październiku",
    "listopad listopada listopadzie",
    "grudzień grudnia grudniu",
)

WEEKDAYS: tuple[str, ...] = (
    "poniedziałek poniedziałku",
    "wtorek wtorku",
    "środa środę środy",
    "czwartek czwartku",
    "piątek piątku",
    "sobota sobotę soboty",
    "niedziela niedzielę niedzieli",
)

SEASONS: dict[str, str] = {
    "wiosna wiosną wiosny": "spring",
    "lato latem lata": "summer",
    "jesień jesienią jesieni": "autumn",
    "zima zimą zimy": "winter",
}

TIME_UNITS: dict[str, str] = {
    "dzień dni dnia": "day",
    "tydzień tygodnia tygodniu tygodnie tygodni": "week",
    "miesiąc miesiąca miesiącu miesiące miesięcy": "month",
    "rok roku lata lat": "year",
    "kwartał kwartale kwartału": "quarter",
    "półrocze półroczu połowie połowa": "half",
    "weekend": "weekend",
}

TIME_WORDS: tuple[tuple[str, object, tuple[str, ...]], ...] = (
    ("P", "early", ("początek", "początku", "na początku", "z początkiem")),
    ("P", "mid", ("połowie", "w połowie", "połowa", "połowy")),
    ("P", "late", ("koniec", "końcu", "pod koniec", "na końcu", "końca")),
    (
        "L",
        -1,
        (
            "zeszły",
            "zeszłym",
            "zeszłego",
            "zeszłej",
            "ubiegły",
            "ubiegłym",
            "ubiegłego",
            "ubiegłej",
            "poprzedni",
            "poprzednim",
            "ostatni",
        ),
    ),
    ("T", 0, ("tym", "tego", "ten", "ta", "tej", "bieżącym", "bieżącego", "obecnym")),
    (
        "X",
        1,
        (
            "przyszły",
            "przyszłym",
            "przyszłego",
            "przyszłej",
            "następny",
            "następnym",
            "kolejnym",
        ),
    ),
    (
        "R",
        -1,
        ("ostatnich", "ostatnim", "w ciągu ostatnich", "w ciągu ostatniego", "w ostatnim"),
    ),
    ("K", 1, ("najbliższych", "w najbliższych", "kolejnych", "w ciągu najbliższych")),
    ("Z", 0, ("dziś", "dzisiaj")),
    ("Z", -1, ("wczoraj",)),
    ("Z", 1, ("jutro",)),
    ("A", "ago", ("temu",)),
    ("V", "recent", ("niedawno", "ostatnio")),
    ("V", "sofar", ("dotychczas", "do tej pory", "dotąd")),
    ("V", "now", ("obecnie", "teraz")),
    ("b", None, ("do", "przed", "najpóźniej do")),
    ("s", None, ("od", "począwszy od")),
    ("n", None, ("za",)),
    ("i", None, ("w", "we", "na", "podczas")),
    ("w", None, ("w ciągu", "w ciągu najbliższych")),
    ("x", None, ("między", "pomiędzy")),
    ("&", None, ("i", "a", "-", "–")),
    ("o", None, ("lub", "albo")),
    ("_", None, ("r.",)),
    ("N", 1, ("jeden", "jednego")),
    ("N", 2, ("dwa", "dwóch", "dwie")),
    ("N", 3, ("trzy", "trzech", "kilka", "kilku")),
    ("O", 1, ("pierwszy", "pierwszym", "pierwszej", "pierwszego", "i")),
    ("O", 2, ("drugi", "drugim", "drugiej", "drugiego", "ii")),
    ("O", 3, ("trzeci", "trzecim", "trzeciej", "trzeciego", "iii")),
    ("O", 4, ("czwarty", "czwartym", "czwartej", "czwartego", "iv")),
)

FUTURE_MARKERS: tuple[str, ...] = (" będzie ", " będą ", " planuje ")

# Named events of the domain: phrase -> event id (dates: data/events.csv, passed in).
EVENT_WORDS: dict[str, str] = {
    "początku pełnoskalowej inwazji": "full-scale-invasion",
    "pełnoskalowej inwazji": "full-scale-invasion",
    "ofensywy kurskiej": "kursk-incursion",
}
