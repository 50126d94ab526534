"""German (de) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = {
    "keiner": 0,
    "null": 0,
    "eins": 1,
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einem": 1,
    "einer": 1,
    "zwei": 2,
    "zwo": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}

HUNDREDS: dict[str, float] = {"hundert": 100, "dutzend": 12}

SCALES: dict[str, float] = {
    "tausend": 1e3,
    "tsd.": 1e3,
    "tsd": 1e3,
    "million": 1e6,
    "millionen": 1e6,
    "mio.": 1e6,
    "mio": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd.": 1e9,
    "mrd": 1e9,
    "billion": 1e12,
    "billionen": 1e12,
}

FRACTION_WORDS: dict[str, float] = {
    "anderthalb": 1.5,
    "eineinhalb": 1.5,
    "einundhalb": 1.5,
    "zweieinhalb": 2.5,
    "dreieinhalb": 3.5,
    "viereinhalb": 4.5,
    "fünfeinhalb": 5.5,
    "dreiviertel": 0.75,
}

DENOMINATORS: dict[str, float] = {
    "halbe": 2,
    "halbes": 2,
    "halben": 2,
    "drittel": 3,
    "viertel": 4,
    "fünftel": 5,
    "sechstel": 6,
    "siebtel": 7,
    "achtel": 8,
    "neuntel": 9,
    "zehntel": 10,
    "hundertstel": 100,
    "tausendstel": 1000,
}

POINT_WORDS: str = "komma"

ARTICLES: frozenset[str] = frozenset({"ein", "eine", "einer", "einen"})

HALVES: frozenset[str] = frozenset({"halbe", "halben", "halb"})

AND_WORDS: frozenset[str] = frozenset({"und"})

# Number words are written as one compound word ("dreitausend").
COMPOUNDING: bool = True

COMPOUND_AND: str = "und"

APPROX_NOUNS: dict[str, float] = {}

# A lone "," is always a decimal mark ("4,800" = 4.8); "." and spaces group thousands.
DECIMAL_COMMA: bool = True

# Spoken minus before a number ("minus 1,200").
MINUS_WORDS: tuple[str, ...] = ("minus", "negativ")

# Multipliers that are a number on their own ("thousand" = 1,000).
ALONE_OK: frozenset[str] = frozenset({"tausend", "hundert", "dutzend"})

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "mindestens": "at_least",
    "wenigstens": "at_least",
    "zumindest": "at_least",
    "nicht weniger als": "at_least",
    "mehr als": "more_than",
    "über": "more_than",
    "ueber": "more_than",
    "gut": "more_than",
    "weit über": "more_than",
    "bis zu": "up_to",
    "höchstens": "at_most",
    "maximal": "at_most",
    "weniger als": "less_than",
    "unter": "less_than",
    "knapp": "nearly",
    "fast": "nearly",
    "beinahe": "nearly",
    "nahezu": "nearly",
    "annähernd": "nearly",
    "rund": "approx",
    "etwa": "approx",
    "ungefähr": "approx",
    "circa": "approx",
    "ca.": "approx",
    "zirka": "approx",
    "gegen": "approx",
    "schätzungsweise": "approx",
    "geschätzte": "approx",
    "geschätzt": "approx",
    "an die": "approx",
    "zwischen": "between",
    "von": "from",
    "größer als": "more_than",
    "grösser als": "more_than",
    "höher als": "more_than",
    "kleiner als": "less_than",
    "niedriger als": "less_than",
    "größer oder gleich": "at_least",
    "kleiner oder gleich": "at_most",
    "nicht mehr als": "at_most",
    "könnte auf bis zu": "up_to",
    "könnten auf bis zu": "up_to",
}

# A share of a stated whole ("half of its 6,000 troops" = 3,000 approx) and the words joining
# it to the whole; words marking the head figure of a phrase ("a total of").
SHARE_WORDS: dict[str, float] = {
    "die hälfte": 0.5,
    "hälfte": 0.5,
    "ein drittel": 1 / 3,
    "ein viertel": 0.25,
    "zwei drittel": 2 / 3,
}
SHARE_OF: tuple[str, ...] = ("seiner", "ihrer", "der", "von den", "von", "von rund", "von etwa")
TOTAL_CUES: tuple[str, ...] = ("insgesamt", "gesamt", "in summe")

POST_CUES: dict[str, str] = {"oder mehr": "at_least", "und mehr": "at_least", "plus": "more_than"}

RANGE_TO: tuple[str, ...] = ("bis", "bis zu")

RANGE_AND: tuple[str, ...] = ("und",)

VAGUE_WORDS: dict[str, str] = {
    "tausende": "thousands",
    "mehrere tausend": "several_thousand",
    "einige tausend": "few_thousand",
    "zehntausende": "tens_of_thousands",
    "hunderttausende": "hundreds_of_thousands",
    "hunderte": "hundreds",
    "mehrere hundert": "several_hundred",
    "einige hundert": "few_hundred",
    "dutzende": "dozens",
    "millionen": "millions",
    "mehrere millionen": "several_million",
    "eine kleine zahl": "small",
    "einige": "few",
}

NONE_CUES: tuple[str, ...] = ("eine unbekannte zahl", "eine nicht genannte zahl", "wie viele")

# Calendar (assembled in tracker.lexicon.calendar) ------------------------------------------------

MONTHS: tuple[str, ...] = (
    "januar jan jan. jänner",
    "februar feb feb.",
    "märz mär mär.",
    "april apr apr.",
    "mai",
    "juni jun jun.",
    "juli jul jul.",
    "august aug aug.",
    "september sep sep. sept sept.",
    "oktober okt okt.",
    "november nov nov.",
    "dezember dez dez.",
)

WEEKDAYS: tuple[str, ...] = (
    "montag mo.",
    "dienstag di.",
    "mittwoch mi.",
    "donnerstag do.",
    "freitag fr.",
    "samstag sonnabend sa.",
    "sonntag so.",
)

SEASONS: dict[str, str] = {
    "frühling frühjahr": "spring",
    "sommer": "summer",
    "herbst": "autumn",
    "winter": "winter",
}

TIME_UNITS: dict[str, str] = {
    "tag tage tagen tages tg": "day",
    "woche wochen": "week",
    "monat monate monaten monats": "month",
    "jahr jahre jahren jahres": "year",
    "quartal quartals": "quarter",
    "hälfte halbjahr": "half",
    "wochenende": "weekend",
}

TIME_WORDS: tuple[tuple[str, object, tuple[str, ...]], ...] = (
    ("P", "early", ("anfang", "beginn", "zu beginn", "am anfang", "früh", "frühen")),
    ("P", "mid", ("mitte",)),
    ("P", "late", ("ende", "späten", "am ende", "spät")),
    (
        "L",
        -1,
        (
            "letzte",
            "letzten",
            "letzter",
            "letztes",
            "letztem",
            "vergangene",
            "vergangenen",
            "vorigen",
            "vorige",
            "voriges",
        ),
    ),
    ("L", -2, ("vorletzte", "vorletzten", "vorletztes", "vorletztem")),
    ("T", 0, ("diese", "diesen", "dieser", "dieses", "diesem", "laufenden", "des laufenden")),
    (
        "X",
        1,
        ("nächste", "nächsten", "nächster", "nächstes", "nächstem", "kommende", "kommenden"),
    ),
    ("X", 2, ("übernächste", "übernächsten", "übernächster", "übernächstes")),
    ("R", -1, ("den letzten", "den vergangenen", "im letzten", "im vergangenen")),
    ("K", 1, ("den kommenden", "den nächsten", "in den kommenden")),
    ("Z", 0, ("heute",)),
    ("Z", -1, ("gestern",)),
    ("Z", 1, ("morgen",)),
    ("Z", -2, ("vorgestern",)),
    ("Z", 2, ("übermorgen",)),
    ("E", "earlier", ("früher", "zuvor")),
    ("A", "ago", ("vor",)),
    ("H", "hence", ("später", "danach")),
    ("V", "recent", ("kürzlich", "zuletzt", "jüngst", "neulich")),
    ("V", "sofar", ("bisher", "bislang", "bis jetzt")),
    ("V", "now", ("derzeit", "aktuell", "jetzt", "zurzeit", "momentan")),
    ("V", "soon", ("bald",)),
    (
        "b",
        None,
        ("bis", "bis zum", "bis zur", "bis spätestens", "spätestens", "vor dem", "vor der"),
    ),
    ("s", None, ("seit", "ab", "von", "vom", "seit dem", "seit der", "ab dem")),
    ("n", None, ("in",)),
    ("i", None, ("im", "am", "an", "um", "während", "innerhalb des")),
    ("w", None, ("innerhalb", "binnen", "innerhalb von")),
    ("x", None, ("zwischen",)),
    ("&", None, ("und", "bis", "-", "–")),
    ("o", None, ("oder",)),
    ("f", None, ("stand", "mit stand", "stand vom")),
    ("_", None, ("der", "die", "das", "des", "dem", "den", "zum", "zur", "im jahr")),
    ("N", 1, ("ein", "einem", "einer", "eine", "einen")),
    ("N", 2, ("zwei", "zweien", "beiden")),
    ("N", 3, ("drei", "wenigen", "paar")),
    ("N", 4, ("vier",)),
    ("N", 5, ("fünf",)),
    ("N", 6, ("sechs",)),
    ("N", 7, ("sieben",)),
    ("N", 8, ("acht",)),
    ("N", 9, ("neun",)),
    ("N", 10, ("zehn",)),
    ("O", 1, ("erste", "ersten", "erster", "erstes")),
    ("O", 2, ("zweite", "zweiten", "zweiter")),
    ("O", 3, ("dritte", "dritten", "dritter")),
    ("O", 4, ("vierte", "vierten", "vierter")),
)

COMPOUNDS: dict[str, tuple[tuple[str, object], ...]] = {
    "jahresende": (("P", "late"), ("U", "year")),
    "ende des jahres": (("P", "late"), ("U", "year")),
    "monatsende": (("P", "late"), ("U", "month")),
    "jahresbeginn": (("P", "early"), ("U", "year")),
    "jahresanfang": (("P", "early"), ("U", "year")),
    "vorige woche": (("L", -1), ("U", "week")),
}

AMBIGUOUS: frozenset[str] = frozenset(
    [
        "mai",
        "mo.",
        "di.",
        "mi.",
        "do.",
        "fr.",
        "sa.",
        "so.",
        "jan",
        "feb",
        "jun",
        "jul",
        "aug",
        "sep",
        "okt",
        "nov",
        "dez",
    ]
)

FUTURE_MARKERS: tuple[str, ...] = (
    " wird ",
    " werden ",
    " soll ",
    " sollen ",
    " plant ",
    " planen ",
)

_DE_UNITS_IN = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")

_DE_ORDINAL_STEMS: tuple[str, ...] = (
    "erst",
    "zweit",
    "dritt",
    "viert",
    "fünft",
    "sechst",
    "siebt|siebent",
    "acht",
    "neunt",
    "zehnt",
    "elft",
    "zwölft",
    "dreizehnt",
    "vierzehnt",
    "fünfzehnt",
    "sechzehnt",
    "siebzehnt",
    "achtzehnt",
    "neunzehnt",
    "zwanzigst",
)


def _de_ordinals() -> tuple[tuple[str, object, tuple[str, ...]], ...]:
    """German ordinal words 1-31 in every ending: erste/ersten/erster/erstes/erstem."""
    stems: dict[int, list[str]] = {i + 1: s.split("|") for i, s in enumerate(_DE_ORDINAL_STEMS)}
    for i, unit in enumerate(_DE_UNITS_IN):
        stems[21 + i] = [f"{unit}undzwanzigst"]
    stems[30] = ["dreißigst", "dreissigst"]
    stems[31] = ["einunddreißigst", "einunddreissigst"]
    return tuple(
        ("O", n, tuple(s + end for s in forms for end in ("e", "en", "er", "es", "em")))
        for n, forms in stems.items()
    )


ORDINALS: tuple[tuple[str, object, tuple[str, ...]], ...] = _de_ordinals()

HOLIDAYS: dict[str, tuple[object, ...]] = {
    "neujahr": ("fixed", 1, 1),
    "neujahrstag": ("fixed", 1, 1),
    "heilige drei könige": ("fixed", 1, 6),
    "dreikönigstag": ("fixed", 1, 6),
    "tag der arbeit": ("fixed", 5, 1),
    "johannistag": ("fixed", 6, 24),
    "peter und paul": ("fixed", 6, 29),
    "tag der deutschen einheit": ("fixed", 10, 3),
    "allerheiligen": ("fixed", 11, 1),
    "barbaratag": ("fixed", 12, 4),
    "heiligabend": ("fixed", 12, 24),
    "heiliger abend": ("fixed", 12, 24),
    "weihnachten": ("fixed", 12, 25),
    "erster weihnachtstag": ("fixed", 12, 25),
    "ersten weihnachtstag": ("fixed", 12, 25),
    "erster weihnachtsfeiertag": ("fixed", 12, 25),
    "ersten weihnachtsfeiertag": ("fixed", 12, 25),
    "zweiter weihnachtstag": ("fixed", 12, 26),
    "zweiten weihnachtstag": ("fixed", 12, 26),
    "zweiter weihnachtsfeiertag": ("fixed", 12, 26),
    "zweiten weihnachtsfeiertag": ("fixed", 12, 26),
    "silvester": ("fixed", 12, 31),
    "ostern": ("easter", 0),
    "ostersonntag": ("easter", 0),
    "ostermontag": ("easter", 1),
    "karfreitag": ("easter", -2),
    "karsamstag": ("easter", -1),
    "palmsonntag": ("easter", -7),
    "fastnachtssamstag": ("easter", -50),
    "fastnachtssonntag": ("easter", -49),
    "rosenmontag": ("easter", -48),
    "aschermittwoch": ("easter", -46),
    "christi himmelfahrt": ("easter", 39),
    "pfingsten": ("easter", 49),
    "pfingstsonntag": ("easter", 49),
    "pfingstmontag": ("easter", 50),
    "fronleichnam": ("easter", 60),
    "erntedankfest": ("nth", 10, 1, 6),
}

# Named events of the domain: phrase -> event id (dates: data/events.csv, passed in).
EVENT_WORDS: dict[str, str] = {
    "beginn der großangelegten invasion": "full-scale-invasion",
    "dem beginn der großangelegten invasion": "full-scale-invasion",
    "beginn des großangelegten angriffskriegs": "full-scale-invasion",
    "der großangelegten invasion": "full-scale-invasion",
    "dem beginn des russischen angriffskriegs": "full-scale-invasion",
    "beginn der kursk-offensive": "kursk-incursion",
    "der kursk-offensive": "kursk-incursion",
}

# Claim cues (assembled in tracker.lexicon.cues) --------------------------------------------------

METRIC_CUES: dict[str, tuple[str, ...]] = {
    "casualties": (
        r"\bgetötet (?:oder|und) verwundet\b",
        r"\btot (?:oder|und) verwundet\b",
        r"\bgefallen (?:oder|und) verwundet\b",
        r"\bVerluste\b",
        r"\bOpfer\b",
    ),
    "killed": (
        r"\bgetötet\b",
        r"\bgefallen\w*",
        r"\btot\b",
        r"\bTote\b",
        r"\bums Leben\b",
        r"\bstarben\b",
        r"\bgestorben\b",
    ),
    "wounded": (r"\bverwundet\b", r"\bverletzt\b", r"\bVerwundete\w*"),
    "captured": (r"\bgefangen(?:genommen)?\b", r"\bKriegsgefangen\w*"),
    "other": (r"\bvermisst\w*", r"\bdesertiert\w*", r"\bzurückgekehrt\b", r"\bRotation\w*"),
    "pay": (r"\bzahlt\b", r"\bbezahlt\b", r"\bSold\b", r"\bGehalt\b", r"\bLohn\b"),
    "planned": (
        r"\bplan(?:t|en) ",
        r"\bwill\b",
        r"\bwerden\b.*\b(?:schicken|entsenden|verlegen)\b",
        r"\bsollen\b[^.]{0,60}\b(?:folgen|eintreffen|kommen|verlegt werden|entsandt werden)\b",
        r"\bbeabsichtigt\b",
        r"\bvoraussichtlich\b",
        r"\berwägt\b",
    ),
    "transported": (
        r"\btransportiert\b",
        r"\bverlegt\b",
        r"\beingetroffen\b",
        r"\bangekommen\b",
        r"\bper (?:Zug|Bahn|Schiff|Flugzeug)\b",
        r"\bmit dem Zug\b",
        r"\beintreffen\b",
    ),
    "front": (
        r"\bFront\w*",
        r"\bKampf\w*",
        r"\bkämpf\w*",
        r"\bGefecht\w*",
        r"\bim (?:Kampf)?[Ee]insatz\b",
    ),
    "present": (
        r"\bentsandt\b",
        r"\bgeschickt\b",
        r"\bstationiert\b",
        r"\bin Russland\b",
    ),
    "front_place": (r"\b(?:in|nach) (?:der Region |dem Gebiet |)Kursk\b", r"\bKursker\b"),
}

ATTRIBUTION: dict[str, tuple[str, ...]] = {
    "according": (
        r"\blaut\b",
        r"\bnach Angaben (?:von|des|der)\b",
        r"\bnach Informationen (?:von|des|der)\b",
        r"\bnach Einschätzung (?:von|des|der)\b",
        r"\bgemäß\b",
        r"\bSchätzungen? (?:von|des|der)\b",
        r"\b(?:gemeldet|veröffentlicht|bekanntgegeben|mitgeteilt) (?:von|vom|durch)\b",
    ),
    "according_left": (r"\bzufolge\b",),
    "citing": (r"\bunter Berufung auf\b", r"\bmit Verweis auf\b", r"\bund beruft sich auf\b"),
    "quoted_by": (r"\bzitiert von\b",),
    "report": (
        r"\bberichtete?\b",
        r"\bberichten\b",
        r"\bmeldete?\b",
        r"\bschrieb\b",
    ),
    "speech": (
        r"\bsagte\b",
        r"\bsagt\b",
        r"\berklärte?\b",
        r"\bteilte\b[^.]{0,80}\bmit\b",
        r"\bschätzte?\b",
        r"\bgab\b[^.]{0,80}\ban\b",
        r"\bbestätigte?\b",
        r"\bbehauptete?\b",
        r"\bmitteilte\b",
        r"\bgeht davon aus\b",
        r"\bgehen davon aus\b",
    ),
    "deny": (r"\bdementierte?\b", r"\bbestritt\b", r"\bwies\b[^.]{0,80}\bzurück\b"),
    "hedge": (r"\bangeblich\b", r"\bBerichten zufolge\b", r"\bsollen\b", r"\bsoll\b"),
}

DESCRIPTORS: tuple[str, ...] = (
    "Zeitung",
    "Tageszeitung",
    "Nachrichtenagentur",
    "Sender",
    "Agentur",
    "Blatt",
)

NP_STOP: str = (
    r"\s(?:am|in|im|dass|welche|wie|unter|nach|sind|ist|hat|haben|habe|wurden|wurde|"
    r"werden|seien|sei|sollen|soll)\s"
)

NP_LEAD: str = r"^(?:(?:und|aber|auch|zudem|inzwischen|wie)[\s,]+)+"

NP_TRAIL: str = r"(?:[\s,]+(?:auch|zudem|bereits|am \w+tag|hat|habe|hatte))+$"

PRONOUNS: tuple[str, ...] = (
    "er",
    "sie",
    "es",
    "der Minister",
    "die Behörde",
    "der Geheimdienst",
    "der Sprecher",
    "die Agentur",
)

PLACES: tuple[str, ...] = (
    r"(?:der )?Region Kursk",
    r"(?:dem )?Gebiet Kursk",
    r"Kursk",
    r"(?:dem )?Fernen Osten(?: Russlands)?",
    r"Russland",
    r"(?:die |der )?Ukraine",
    r"Nordkorea",
)

PLACE_PREP: dict[str, str] = {
    "from": r"\baus ",
    "to": r"\bnach |\bin die ",
    "in": r"\b(?:in|im|an|bei) ",
}

WORKER_WORDS: str = (
    r"\b(?:Arbeiter|Arbeitskräfte|Bauarbeiter|Pioniere?|Militärpioniere?|Minenräum\w*|"
    r"Bausoldaten|Ingenieur\w*|Baukräfte|arbeiten|arbeitet)\b"
)

# New cue tables (read by tracker.claims.extract) -------------------------------------------------

BACK_FRAMES: str = r"(?-i:Das|Dies|Davon)"

SCOPE_CUES: dict[str, str] = {"increment": r"\b(?:weitere\w*|zusätzliche\w*|noch einmal)\b"}

REVISION_CUES: str = r"\b(?:nach zuvor|nach|statt|gegenüber|zuvor)\b"

MATERIEL_WORDS: str = (
    r"\b(?:Granaten|Geschosse|Raketen|Artilleriesysteme|Haubitzen|Container|Munition|"
    r"Raketenwerfer|Fahrzeuge)\b"
)

# The counted noun of a figure about other armies (not a claim).
FOREIGN_TROOPS: str = r"(?:russische|ukrainische)\w*\s+(?:Soldaten|Truppen|Kräfte)"

# Counted nouns that are not the deployment ("fifty countries").
OTHER_THINGS: str = r"\b(?:Länder|Ländern|Staaten|Stützpunkte\w*|Dörfer\w*|Fabriken|Prozent|Mal)\b"

# Time words pointing back to the previous sentence's time ("the same day").
SAME_TIME: str = r"\b(?:am selben Tag|im selben Zeitraum|am gleichen Tag|im gleichen Zeitraum)\b"

# Contrast words: a time phrase before one stays with the figure before it.
CONTRAST: str = r"\b(?:aber|doch|jedoch|inzwischen)\b"

# Words joining a part to its whole ("1,000 of the 12,000").
WHOLE_OF: str = r"\s+(?:der|von)\s+"

# Titles and role words that end a speaker's phrase ("Pentagon spokesman"): dropped when
# the phrase resolves to no registry name, so the name before them is tried.
TITLES: str = r"\s+(?:Sprecher(?:in)?|Chef(?:in)?|Minister(?:in)?)$"

SOURCE_TYPES: dict[str, str] = {
    "media": r"(?:Agentur|Zeitung|Sender|Medien|Blatt|Portal)",
    "intelligence": r"(?:Geheimdienst\w*|Nachrichtendienst\w*)",
    "military": r"(?:Armee|Militär\w*|Generalstab|Streitkräfte|General)",
    "government": r"(?:Minister\w*|Regierung|Präsident|Abgeordnete\w*)",
}

PERSON_WORDS: str = r"\b(?:Soldaten|Truppen|Kräfte|Mann|Kämpfer|Arbeiter|Tote|Verwundete)\b"
