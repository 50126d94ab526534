"""Italian (it) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = {
    "zero": 0,
    "uno": 1,
    "una": 1,
    "un": 1,
    "due": 2,
    "tre": 3,
    "tré": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
    "dieci": 10,
    "undici": 11,
    "dodici": 12,
    "tredici": 13,
    "quattordici": 14,
    "quindici": 15,
    "sedici": 16,
    "diciassette": 17,
    "diciotto": 18,
    "diciannove": 19,
    "venti": 20,
    "vent": 20,
    "trenta": 30,
    "trent": 30,
    "quaranta": 40,
    "quarant": 40,
    "cinquanta": 50,
    "cinquant": 50,
    "sessanta": 60,
    "sessant": 60,
    "settanta": 70,
    "settant": 70,
    "ottanta": 80,
    "ottant": 80,
    "novanta": 90,
    "novant": 90,
}

HUNDREDS: dict[str, float] = {"cento": 100, "cent": 100, "dozzina": 12}

SCALES: dict[str, float] = {
    "mille": 1e3,
    "mila": 1e3,
    "milione": 1e6,
    "milioni": 1e6,
    "mln": 1e6,
    "miliardo": 1e9,
    "miliardi": 1e9,
    "mld": 1e9,
}

POINT_WORDS: str = "virgola"

ARTICLES: frozenset[str] = frozenset({"un", "una", "uno"})

HALVES: frozenset[str] = frozenset({"mezzo", "mezza"})

AND_WORDS: frozenset[str] = frozenset({"e"})

# Number words are written as one compound word ("dreitausend").
COMPOUNDING: bool = True

APPROX_NOUNS: dict[str, float] = {
    "decina": 10,
    "dozzina": 12,
    "quindicina": 15,
    "ventina": 20,
    "trentina": 30,
    "quarantina": 40,
    "cinquantina": 50,
    "sessantina": 60,
    "settantina": 70,
    "ottantina": 80,
    "novantina": 90,
    "centinaio": 100,
    "migliaio": 1000,
}

# Spoken minus before a number ("minus 1,200").
MINUS_WORDS: tuple[str, ...] = ("negativo",)  # not "meno": "non meno di"

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "almeno": "at_least",
    "non meno di": "at_least",
    "più di": "more_than",
    "piu di": "more_than",
    "oltre": "more_than",
    "fino a": "up_to",
    "al massimo": "at_most",
    "meno di": "less_than",
    "quasi": "nearly",
    "circa": "approx",
    "intorno ai": "approx",
    "intorno a": "approx",
    "attorno ai": "approx",
    "all'incirca": "approx",
    "approssimativamente": "approx",
    "tra": "between",
    "fra": "between",
    "tra gli": "between",
    "tra i": "between",
    "fra i": "between",
    "fra gli": "between",
    "tra le": "between",
    "da": "from",
    "dai": "from",
    "dagli": "from",
    "potrebbe salire a": "up_to",
    "potrebbero salire a": "up_to",
}

# A share of a stated whole ("half of its 6,000 troops" = 3,000 approx) and the words joining
# it to the whole; words marking the head figure of a phrase ("a total of").
SHARE_WORDS: dict[str, float] = {
    "la metà": 0.5,
    "metà": 0.5,
    "un terzo": 1 / 3,
    "un quarto": 0.25,
    "due terzi": 2 / 3,
}
SHARE_OF: tuple[str, ...] = ("dei suoi", "dei", "delle", "degli", "di")
TOTAL_CUES: tuple[str, ...] = ("in totale", "un totale di", "complessivamente")

POST_CUES: dict[str, str] = {"o più": "at_least", "circa": "approx"}

RANGE_TO: tuple[str, ...] = ("a",)

RANGE_AND: tuple[str, ...] = ("e", "ed")

VAGUE_WORDS: dict[str, str] = {
    "migliaia": "thousands",
    "diverse migliaia": "several_thousand",
    "alcune migliaia": "few_thousand",
    "qualche migliaio": "few_thousand",
    "decine di migliaia": "tens_of_thousands",
    "centinaia di migliaia": "hundreds_of_thousands",
    "centinaia": "hundreds",
    "alcune centinaia": "few_hundred",
    "diverse centinaia": "several_hundred",
    "decine": "dozens",
    "milioni": "millions",
}

NONE_CUES: tuple[str, ...] = ("un numero imprecisato", "un numero non precisato", "quanti")

# Calendar (assembled in tracker.lexicon.calendar) ------------------------------------------------

MONTHS: tuple[str, ...] = (
    "gennaio gen",
    "febbraio feb",
    "marzo mar",
    "aprile apr",
    "maggio mag",
    "giugno giu",
    "luglio lug",
    "agosto ago",
    "settembre set sett",
    "ottobre ott",
    "novembre nov",
    "dicembre dic",
)

WEEKDAYS: tuple[str, ...] = (
    "lunedì lunedi",
    "martedì martedi",
    "mercoledì mercoledi",
    "giovedì giovedi",
    "venerdì venerdi",
    "sabato",
    "domenica",
)

SEASONS: dict[str, str] = {
    "primavera": "spring",
    "estate": "summer",
    "autunno": "autumn",
    "inverno": "winter",
}

TIME_UNITS: dict[str, str] = {
    "giorno giorni": "day",
    "settimana settimane": "week",
    "mese mesi": "month",
    "anno anni": "year",
    "trimestre trimestri": "quarter",
    "semestre metà": "half",
    "fine settimana weekend": "weekend",
}

TIME_WORDS: tuple[tuple[str, object, tuple[str, ...]], ...] = (
    ("P", "early", ("inizio", "all'inizio", "all’inizio", "inizi", "agli inizi", "primi")),
    ("P", "mid", ("metà", "a metà")),
    ("P", "late", ("fine", "alla fine", "ultimi")),
    ("L", -1, ("scorso", "scorsa", "passato", "passata", "precedente")),
    ("T", 0, ("questo", "questa", "quest'", "quest’", "corrente", "in corso")),
    ("X", 1, ("prossimo", "prossima")),
    ("R", -1, ("gli ultimi", "le ultime", "l'ultimo", "l’ultimo", "l'ultima")),
    ("K", 1, ("i prossimi", "le prossime", "nei prossimi", "nelle prossime")),
    ("Z", 0, ("oggi",)),
    ("Z", -1, ("ieri",)),
    ("Z", 1, ("domani",)),
    ("Z", -2, ("l'altro ieri", "l’altro ieri", "altroieri")),
    ("A", "ago", ("fa",)),
    ("V", "recent", ("recentemente", "di recente")),
    ("V", "sofar", ("finora", "fino ad oggi", "ad oggi")),
    ("V", "now", ("attualmente", "ora", "adesso")),
    ("V", "soon", ("presto",)),
    ("b", None, ("entro", "prima di", "fino a", "fino al", "entro il", "entro la")),
    ("s", None, ("da", "dal", "dalla", "dallo", "a partire da", "a partire dal")),
    ("i", None, ("a", "in", "nel", "nella", "il", "durante", "ad")),
    ("w", None, ("entro",)),
    ("x", None, ("tra", "fra")),
    ("&", None, ("e", "a", "al", "-", "–")),
    ("o", None, ("o",)),
    ("f", None, ("al",)),
    ("_", None, ("di", "del", "della", "dell'", "dell’", "lo", "la", "l'", "l’")),
    ("N", 1, ("un", "una", "uno")),
    ("N", 2, ("due",)),
    ("N", 3, ("tre", "pochi")),
    ("O", 1, ("primo", "prima")),
    ("O", 2, ("secondo", "seconda")),
    ("O", 3, ("terzo", "terza")),
    ("O", 4, ("quarto", "quarta")),
)

AMBIGUOUS: frozenset[str] = frozenset(["mar", "giu", "ago", "set"])

FUTURE_MARKERS: tuple[str, ...] = (" sarà ", " saranno ", " dovrebbe ", " dovrebbero ")

# Named events of the domain: phrase -> event id (dates: data/events.csv, passed in).
EVENT_WORDS: dict[str, str] = {
    "l'inizio dell'invasione su larga scala": "full-scale-invasion",
    "l'invasione su larga scala": "full-scale-invasion",
    "l'incursione nel kursk": "kursk-incursion",
}
