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

# Multipliers that are a number on their own ("thousand" = 1,000).
ALONE_OK: frozenset[str] = frozenset({"tysiąc", "sto"})

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

# Claim cues (assembled in tracker.lexicon.cues) --------------------------------------------------

METRIC_CUES: dict[str, tuple[str, ...]] = {
    "casualties": (
        r"\bzabit\w* lub rann\w*",
        r"\bzabit\w* i rann\w*",
        r"\bstrat\w*",
        r"\bofiar\w*",
    ),
    "killed": (r"\bzgin\w*", r"\bzabit\w*", r"\bpoleg\w*", r"\bśmier\w*"),
    "wounded": (r"\brann\w*",),
    "captured": (r"\bjeń\w*", r"\bjeńc\w*", r"\bwzięt\w* do niewoli", r"\bniewol\w*"),
    "other": (r"\bzaginion\w*", r"\bdezerter\w*", r"\bpowróci\w*", r"\brotacj\w*"),
    "pay": (r"\bżołd\w*", r"\bpensj\w*", r"\bwynagrodzen\w*"),
    "planned": (r"\bzamierza\w*", r"\bplanuje\w*", r"\bwyśle\b", r"\bma zamiar\b"),
    "transported": (r"\bprzerzuc\w*", r"\bprzybył\w*", r"\bprzetransportowa\w*"),
    "front": (r"\bfront\w*", r"\bwalk\w*", r"\bstarci\w*"),
    "present": (r"\bwysła\w*", r"\brozmie\w*", r"\bstacjon\w*", r"\bw Rosji\b"),
    "front_place": (r"\bKursk\w*",),
}

ATTRIBUTION: dict[str, tuple[str, ...]] = {
    "according": (r"\bwedług\b", r"\bjak podaje\b", r"\bjak przekazał\w*", r"\bzdaniem\b"),
    "citing": (r"\bpowołując się na\b", r"\bna któr\w+ powołuje się\b"),
    "report": (r"\bpodał\w*", r"\bpoinformował\w*", r"\bprzekazał\w*", r"\bnapisał\w*"),
    "speech": (
        r"\bpowiedział\w*",
        r"\bocenia\b",
        r"\boszacował\w*",
        r"\boświadczył\w*",
        r"\bstwierdził\w*",
        r"\bpotwierdził\w*",
        r"\bzaznaczył\w*",
    ),
    "deny": (r"\bzaprzeczył\w*", r"\bzdementował\w*"),
    "hedge": (r"\brzekomo\b", r"\bprawdopodobnie\b"),
}

NP_STOP: str = r"\s(?:że|w|na|o)\s"

# Words before a speaker named after the verb ("a expliqué aux journalistes le député X").
NP_LEAD: str = r"^(?:(?:dziennikarzom|w mediach społecznościowych|na Telegramie)[\s,]+)+"

PRONOUNS: tuple[str, ...] = ("on", "ona", "oni", "minister", "agencja", "resort")

PLACES: tuple[str, ...] = (r"(?:obwodzie |rejonie )?Kursk\w*", r"Rosji", r"Ukrain\w+")

PLACE_PREP: dict[str, str] = {"from": r"\bz ", "to": r"\bdo |\bna ", "in": r"\bw |\bna "}

WORKER_WORDS: str = r"\b(?:robotnik\w*|pracownik\w*|saper\w*|inżynier\w*|rozminow\w*|budowla\w*)\b"

# New cue tables (read by tracker.claims.extract) -------------------------------------------------

BACK_FRAMES: str = r"O tym|Tak"

SCOPE_CUES: dict[str, str] = {"increment": r"\b(?:kolejn\w+|dodatkow\w+|następn\w+)\b"}

REVISION_CUES: str = r"\b(?:wobec|zamiast|po)\b"

MATERIEL_WORDS: str = r"\b(?:pocisk\w*|rakiet\w*|amunicj\w*|kontener\w*|haubic\w*)\b"

# The counted noun of a figure about other armies (not a claim).
FOREIGN_TROOPS: str = r"(?:rosyjsk|ukraińsk)\w*\s+(?:żołnierzy|wojsk)"

# Counted nouns that are not the deployment ("fifty countries").
OTHER_THINGS: str = r"\b(?:kraj\w*|państw\w*|baz\w*|wsi|fabryk\w*|procent\w*|razy)\b"

# Time words pointing back to the previous sentence's time ("the same day").
SAME_TIME: str = r"\b(?:tego samego dnia|w tym samym okresie)\b"

# Contrast words: a time phrase before one stays with the figure before it.
CONTRAST: str = r"\b(?:ale|jednak|teraz)\b"

# Words joining a part to its whole ("1,000 of the 12,000").
WHOLE_OF: str = r"\s+z(?:e)?\s+(?:około )?"

# Titles and role words that end a speaker's phrase ("Pentagon spokesman"): dropped when
# the phrase resolves to no registry name, so the name before them is tried.
TITLES: str = r"\s+(?:rzecznik|szef|minister)$"

SOURCE_TYPES: dict[str, str] = {
    "media": r"(?:agencj\w*|dziennik\w*|gazet\w*|portal\w*|media|\.pl\b)",
    "intelligence": r"(?:wywiad\w*)",
    "military": r"(?:armi\w*|wojsk\w*|sztab\w*)",
    "government": r"(?:minist\w*|rząd\w*|prezydent\w*)",
}

# Words for people counted in a claim (regex).
PERSON_WORDS: str = r"\b(?:żołnierz\w*|wojskow\w*|oddział\w*|ludzi)\b"
