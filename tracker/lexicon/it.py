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

# Multipliers that are a number on their own ("thousand" = 1,000).
ALONE_OK: frozenset[str] = frozenset({"mille", "cento"})

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

# A digit followed by "e", "è", "º", "ª" or "°" is an ordinal ("2e", "3º").
ORDINAL_E: bool = True

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

# Claim cues (assembled in tracker.lexicon.cues) --------------------------------------------------

METRIC_CUES: dict[str, tuple[str, ...]] = {
    "casualties": (
        r"\buccisi o feriti\b",
        r"\bmorti o feriti\b",
        r"\buccisi e feriti\b",
        r"\bperdite\b",
        r"\bvittime\b",
    ),
    "killed": (r"\buccisi\b", r"\bmorti\b", r"\bdeceduti\b", r"\buccisione\b"),
    "wounded": (r"\bferiti\b",),
    "captured": (r"\bcatturati\b", r"\bprigionieri\b"),
    "other": (r"\bdispersi\b", r"\bdisertori\b", r"\brientrati\b", r"\brotazion\w+"),
    "pay": (r"\bpaga\b", r"\bstipendi?o?\b", r"\bsalari?o?\b"),
    "planned": (
        r"\bsi sta preparando a\b",
        r"\bmanderà\b",
        r"\bprevede\b",
        r"\bintende\b",
        r"\bpotrebbe inviare\b",
    ),
    "transported": (r"\btrasportati\b", r"\barrivati\b", r"\btrasferiti\b"),
    "front": (r"\bfronte\b", r"\bcombatt\w+", r"\bscontri\b"),
    "present": (
        r"\binviati\b",
        r"\bschierati\b",
        r"\bdispiegati\b",
        r"\bin Russia\b",
        r"\bmandat\w",
    ),
    "front_place": (r"\bKursk\b",),
}

ATTRIBUTION: dict[str, tuple[str, ...]] = {
    "according": (
        r"\bsecondo\b",
        r"\bstando a\b",
        r"\b(?:resa|reso|rese|resi) not[aoei](?: \w+)? (?:da|dal|dall['’]|dalla|dai|dagli)\s*",
        r"\b(?:riferit|annunciat|comunicat)[aoei](?: \w+)? (?:da|dal|dall['’]|dalla|dai|dagli)\s*",
    ),
    "citing": (r"\bcitando\b",),
    "report": (r"\bha riferito\b", r"\briporta\b", r"\bha scritto\b"),
    "speech": (
        r"\bha affermato\b",
        r"\bha detto\b",
        r"\bha dichiarato\b",
        r"\bha stimato\b",
        r"\bha confermato\b",
        r"\bha annunciato\b",
        r"\bafferma\b",
        r"\bdice\b",
    ),
    "deny": (r"\bha smentito\b", r"\bha negato\b", r"\bsmentisce\b"),
    "hedge": (r"\bpresumibilmente\b", r"\bsarebbero\b", r"\brisulterebbero\b"),
}

NP_STOP: str = r"\s(?:che|in|nella|lunedì)\s"

# Words before a speaker named after the verb ("a expliqué aux journalistes le député X").
NP_LEAD: str = r"^(?:(?:ai giornalisti|alla stampa|su (?:Telegram|X))[\s,]+)+"

PRONOUNS: tuple[str, ...] = ("lui", "lei", "il ministro", "l'agenzia", "il presidente")

PLACES: tuple[str, ...] = (r"(?:la regione (?:russa )?di )?Kursk", r"Russia", r"Ucraina")

PLACE_PREP: dict[str, str] = {
    "from": r"\bda |\bdalla ",
    "to": r"\bin |\bverso ",
    "in": r"\bin |\bnella ",
}

WORKER_WORDS: str = r"\b(?:lavoratori|operai|genieri|sminatori|ingegneri|sminamento|costruttori)\b"

# New cue tables (read by tracker.claims.extract) -------------------------------------------------

BACK_FRAMES: str = r"Lo"

SCOPE_CUES: dict[str, str] = {"increment": r"\b(?:altri|altre|ulteriori|aggiuntivi)\b"}

REVISION_CUES: str = r"\b(?:rispetto a|contro|dopo)\b"

MATERIEL_WORDS: str = r"\b(?:proiettili|missili|razzi|munizioni|container|obici)\b"

# The counted noun of a figure about other armies (not a claim).
FOREIGN_TROOPS: str = r"(?:soldati|militari|truppe)\s+(?:russi|russe|ucraini|ucraine)"

# Counted nouns that are not the deployment ("fifty countries").
OTHER_THINGS: str = r"\b(?:paesi|basi|villaggi|fabbriche|per cento|volte)\b"

# Time words pointing back to the previous sentence's time ("the same day").
SAME_TIME: str = r"\b(?:lo stesso giorno|nello stesso periodo)\b"

# Contrast words: a time phrase before one stays with the figure before it.
CONTRAST: str = r"\b(?:ma|però|ora)\b"

# Words joining a part to its whole ("1,000 of the 12,000").
WHOLE_OF: str = r"\s+(?:dei|degli|delle)\s+(?:circa |oltre )?"

# Titles and role words that end a speaker's phrase ("Pentagon spokesman"): dropped when
# the phrase resolves to no registry name, so the name before them is tried.
TITLES: str = r"\s+(?:portavoce|capo|ministro)$"

SOURCE_TYPES: dict[str, str] = {
    "media": r"(?:agenzia|quotidiano|giornale|media|emittente)",
    "intelligence": r"(?:intelligence|servizi segreti)",
    "military": r"(?:esercito|militar\w*|forze armate|stato maggiore)",
    "government": r"(?:ministr\w*|governo|presidente)",
}

# A TIME_UNITS key with spaces is one phrase, not several forms.
TIME_UNIT_PHRASES: bool = True

# Words for people counted in a claim (regex).
PERSON_WORDS: str = r"\b(?:soldati|militari|truppe|uomini|combattenti)\b"
