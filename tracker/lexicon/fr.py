"""French (fr) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

from tracker.lexicon._build import forms

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = {
    "aucun": 0,
    "zéro": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}

HUNDREDS: dict[str, float] = {"cent": 100, "cents": 100, "douzaine": 12, "douzaines": 12}

SCALES: dict[str, float] = {
    "mille": 1e3,
    "mil": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e12,
    "billions": 1e12,
    "md": 1e9,
    "mds": 1e9,
}

DENOMINATORS: dict[str, float] = forms(
    {
        "demi||s": 2,
        "tiers": 3,
        "quart||s": 4,
        "cinquième||s": 5,
        "sixième||s": 6,
        "septième||s": 7,
        "huitième||s": 8,
        "neuvième||s": 9,
        "dixième||s": 10,
        "centième||s": 100,
        "millième||s": 1000,
        "unième||s": 1,
    }
)

# Ordinal endings making denominators of number words (numbers.DENOMINATOR_SUFFIXES).
DENOMINATOR_SUFFIXES: dict[str, str] = {"ièmes": "", "ième": "", "iemes": "", "ieme": ""}

POINT_WORDS: str = "virgule"

# The number one inside a number ("vingt et un"), an article alone ("un accident").
LONE_ARTICLES: frozenset[str] = frozenset({"un", "une"})

ARTICLES: frozenset[str] = frozenset({"un", "une"})

HALVES: frozenset[str] = frozenset({"demi"})

AND_WORDS: frozenset[str] = frozenset({"et"})

APPROX_NOUNS: dict[str, float] = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
}

# A lone "," is always a decimal mark ("4,800" = 4.8); "." and spaces group thousands.
DECIMAL_COMMA: bool = True

# Spoken minus before a number ("minus 1,200").
MINUS_WORDS: tuple[str, ...] = ("négatif", "négative")  # not "moins": "au moins 30" = at least

# Multipliers that are a number on their own ("thousand" = 1,000).
ALONE_OK: frozenset[str] = frozenset({"mille", "cent"})

# AND_WORDS join any two unit words ("vingt et un", "soixante et onze").
AND_JOINS_UNITS: bool = True

# Counting by twenties: "soixante-dix" = 70, "quatre-vingts" = 80, "quatre-vingt-douze".
VIGESIMAL: bool = True

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "au moins": "at_least",
    "pas moins de": "at_least",
    "au minimum": "at_least",
    "plus de": "more_than",
    "au-delà de": "more_than",
    "davantage que": "more_than",
    "jusqu'à": "up_to",
    "jusqu’à": "up_to",
    "au plus": "at_most",
    "au maximum": "at_most",
    "moins de": "less_than",
    "près de": "nearly",
    "presque": "nearly",
    "quasiment": "nearly",
    "environ": "approx",
    "quelque": "approx",
    "quelques": "approx",
    "autour de": "approx",
    "approximativement": "approx",
    "à peu près": "approx",
    "un peu plus de": "more_than",
    "un peu moins de": "nearly",
    "estimés à": "approx",
    "estimé à": "approx",
    "entre": "between",
    "supérieur à": "more_than",
    "supérieure à": "more_than",
    "supérieurs à": "more_than",
    "supérieures à": "more_than",
    "plus grand que": "more_than",
    "plus grande que": "more_than",
    "plus haut que": "more_than",
    "plus que": "more_than",
    "inférieur à": "less_than",
    "inférieure à": "less_than",
    "inférieurs à": "less_than",
    "inférieures à": "less_than",
    "plus petit que": "less_than",
    "plus petite que": "less_than",
    "plus bas que": "less_than",
    "en dessous de": "less_than",
    "supérieur ou égal à": "at_least",
    "supérieure ou égale à": "at_least",
    "supérieurs ou égaux à": "at_least",
    "supérieures ou égales à": "at_least",
    "égal ou supérieur à": "at_least",
    "plus de ou égal à": "at_least",
    "au moins ou égal à": "at_least",
    "au moins de": "at_least",
    "inférieur ou égal à": "at_most",
    "inférieure ou égale à": "at_most",
    "inférieurs ou égaux à": "at_most",
    "inférieures ou égales à": "at_most",
    "égal ou inférieur à": "at_most",
    "plus petits ou égaux à": "at_most",
    "pas plus de": "at_most",
    "de": "from",
    "pourrait atteindre": "up_to",
    "pourraient atteindre": "up_to",
    "pourrait monter à": "up_to",
}

# A share of a stated whole ("half of its 6,000 troops" = 3,000 approx) and the words joining
# it to the whole; words marking the head figure of a phrase ("a total of").
SHARE_WORDS: dict[str, float] = {
    "la moitié": 0.5,
    "moitié": 0.5,
    "un tiers": 1 / 3,
    "un quart": 0.25,
    "les deux tiers": 2 / 3,
    "deux tiers": 2 / 3,
}
SHARE_OF: tuple[str, ...] = ("de ses", "de leurs", "des", "de", "de quelque", "d'environ")
TOTAL_CUES: tuple[str, ...] = ("au total", "un total de", "en tout")

POST_CUES: dict[str, str] = {
    "ou plus": "at_least",
    "ou moins": "at_most",
    "environ": "approx",
    "au moins": "at_least",
}

RANGE_TO: tuple[str, ...] = ("à",)

RANGE_AND: tuple[str, ...] = ("et",)

VAGUE_WORDS: dict[str, str] = {
    "des milliers": "thousands",
    "milliers": "thousands",
    "plusieurs milliers": "several_thousand",
    "quelques milliers": "few_thousand",
    "des dizaines de milliers": "tens_of_thousands",
    "dizaines de milliers": "tens_of_thousands",
    "des centaines de milliers": "hundreds_of_thousands",
    "des centaines": "hundreds",
    "centaines": "hundreds",
    "plusieurs centaines": "several_hundred",
    "quelques centaines": "few_hundred",
    "des dizaines": "dozens",
    "plusieurs dizaines": "several_dozen",
    "des millions": "millions",
    "plusieurs millions": "several_million",
}

NONE_CUES: tuple[str, ...] = ("un nombre indéterminé", "un nombre inconnu", "combien")

# A digit followed by "e", "è", "º", "ª" or "°" is an ordinal ("2e", "3º").
ORDINAL_E: bool = True

# Calendar (assembled in tracker.lexicon.calendar) ------------------------------------------------

MONTHS: tuple[str, ...] = (
    "janvier janv janv. jan",
    "février fevrier févr févr.",
    "mars",
    "avril avr avr.",
    "mai",
    "juin",
    "juillet juil juil.",
    "août aout",
    "septembre sept sept.",
    "octobre oct oct.",
    "novembre nov nov.",
    "décembre decembre déc déc.",
)

WEEKDAYS: tuple[str, ...] = (
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
)

SEASONS: dict[str, str] = {
    "printemps": "spring",
    "été": "summer",
    "automne": "autumn",
    "hiver": "winter",
}

TIME_UNITS: dict[str, str] = {
    "jour jours": "day",
    "semaine semaines": "week",
    "mois": "month",
    "an ans année années": "year",
    "trimestre trimestres": "quarter",
    "semestre moitié": "half",
    "week-end": "weekend",
}

TIME_WORDS: tuple[tuple[str, object, tuple[str, ...]], ...] = (
    ("P", "early", ("début", "au début", "debut", "en début", "dès le début")),
    ("P", "mid", ("mi", "mi-", "milieu", "à la mi-", "à la mi")),
    ("P", "late", ("fin", "à la fin", "en fin")),
    (
        "L",
        -1,
        ("dernier", "dernière", "derniers", "précédent", "précédente", "passé", "passée"),
    ),
    ("T", 0, ("ce", "cet", "cette", "en cours")),
    ("X", 1, ("prochain", "prochaine", "suivant", "suivante")),
    (
        "R",
        -1,
        ("les derniers", "les dernières", "au cours des derniers", "au cours des dernières"),
    ),
    ("K", 1, ("les prochains", "les prochaines", "dans les prochains", "dans les prochaines")),
    ("Z", 0, ("aujourd'hui", "aujourd’hui")),
    ("Z", -1, ("hier",)),
    ("Z", 1, ("demain",)),
    ("Z", -2, ("avant-hier",)),
    ("A", "ago", ("il y a",)),
    ("V", "recent", ("récemment", "dernièrement")),
    ("V", "sofar", ("jusqu'à présent", "jusqu’à présent", "jusqu'ici", "à ce jour")),
    ("V", "now", ("actuellement", "maintenant")),
    ("V", "soon", ("bientôt", "prochainement")),
    (
        "b",
        None,
        (
            "d'ici",
            "d’ici",
            "avant",
            "jusqu'à",
            "jusqu’à",
            "jusqu'au",
            "jusqu’au",
            "au plus tard",
        ),
    ),
    ("s", None, ("depuis", "à partir de", "dès")),
    ("n", None, ("dans",)),
    ("i", None, ("en", "à", "au", "le", "pendant", "durant", "lors de", "courant")),
    ("w", None, ("dans les", "sous")),
    ("x", None, ("entre",)),
    ("&", None, ("et", "à", "au", "-", "–")),
    ("o", None, ("ou",)),
    ("f", None, ("au", "en date du", "à la date du")),
    ("_", None, ("la", "l'", "l’", "les", "de", "d'", "d’", "du", "des", "année")),
    ("N", 1, ("un", "une")),
    ("N", 2, ("deux",)),
    ("N", 3, ("trois", "quelques")),
    ("N", 4, ("quatre",)),
    ("N", 5, ("cinq",)),
    ("N", 6, ("six",)),
    ("O", 1, ("premier", "première", "1er")),
    ("O", 2, ("deuxième", "second", "seconde")),
    ("O", 3, ("troisième",)),
    ("O", 4, ("quatrième",)),
)

COMPOUNDS: dict[str, tuple[tuple[str, object], ...]] = {
    "fin d'année": (("P", "late"), ("U", "year")),
    "fin d’année": (("P", "late"), ("U", "year")),
}

AMBIGUOUS: frozenset[str] = frozenset(
    ["mars", "mai", "été"]
)  # "été" is also "been": "ont été envoyés"

FUTURE_MARKERS: tuple[str, ...] = (
    " va ",
    " vont ",
    " sera ",
    " seront ",
    " devrait ",
    " devraient ",
)

# Named events of the domain: phrase -> event id (dates: data/events.csv, passed in).
EVENT_WORDS: dict[str, str] = {
    "le début de l'invasion à grande échelle": "full-scale-invasion",
    "début de l'invasion à grande échelle": "full-scale-invasion",
    "l'invasion à grande échelle": "full-scale-invasion",
    "l'incursion dans la région de koursk": "kursk-incursion",
    "l'incursion de koursk": "kursk-incursion",
}

# Claim cues (assembled in tracker.lexicon.cues) --------------------------------------------------

METRIC_CUES: dict[str, tuple[str, ...]] = {
    "casualties": (
        r"\btués ou blessés\b",
        r"\bmorts ou blessés\b",
        r"\btués et blessés\b",
        r"\bpertes\b",
        r"\bvictimes\b",
    ),
    "killed": (
        r"\bbilan\b",
        r"\btués?\b",
        r"\bmorts?\b",
        r"\bdécédés?\b",
        r"\bpéri\b",
        r"\bont péri\b",
    ),
    "wounded": (r"\bblessés?\b",),
    "captured": (r"\bcapturés?\b", r"\bprisonniers?\b", r"\bfaits? prisonniers?\b"),
    "other": (r"\bdisparus\b", r"\bdéserteurs?\b", r"\brentrés\b", r"\brotations?\b"),
    "pay": (r"\bsolde\b", r"\bsalaires?\b", r"\bpayés?\b"),
    "planned": (
        r"\bprévoit\b",
        r"\benverra\b",
        r"\bva envoyer\b",
        r"\benvisage\w* d'envoyer\b",
        r"\bvenue prochaine\b",
        r"\bdevrai(?:en)?t\b",
        r"\bdécidé d'envoyer\b",
        r"\bseront\b",
    ),
    "transported": (r"\btransportés?\b", r"\barrivés?\b", r"\btransférés?\b", r"\bacheminés?\b"),
    "front": (r"\bfront\b", r"\bcombats?\b", r"\bcombattre\b"),
    "present": (r"\benvoyés?\b", r"\bdéployés?\b", r"\ben Russie\b", r"\bstationnés?\b"),
    "front_place": (r"\bKoursk\b",),
}

ATTRIBUTION: dict[str, tuple[str, ...]] = {
    "according": (
        r"\bselon\b",
        r"\bd'après\b",
        r"\bd’après\b",
        r"\bde source\b",
        r"\b(?:estimations?|évaluations?) (?:de|du|des)\b",
        r"\b(?:annoncé|rapporté|communiqué|publié)e?s? par\b",
    ),
    "citing": (r"\bcitant\b", r"\bciant\b"),
    "report": (r"\brapporte\b", r"\ba rapporté\b", r"\bindique\b"),
    "speech": (
        r"\ba déclaré\b",
        r"\ba affirmé\b",
        r"\ba annoncé\b",
        r"\ba indiqué\b",
        r"\ba estimé\b",
        r"\bestime\b",
        r"\bévalue\b",
        r"\ba précisé\b",
        r"\ba assuré\b",
        r"\bdéclare\b",
        r"\baffirme\b",
        r"\ba dit\b",
        r"\ba expliqué\b",
        r"\ba ajouté\b",
        r"\ba souligné\b",
        r"\baffirment\b",
        r"\bestiment\b",
        r"\bindiquent\b",
        r"\bchiffrait\b",
    ),
    "deny": (r"\ba démenti\b", r"\bdément\b", r"\bnie\b", r"\ba nié\b"),
    "hedge": (r"\bauraient\b", r"\bserait\b", r"\bseraient\b"),
}

NP_STOP: str = r"\s(?:que|qu'|en|a|au|dans|ce|cette|mardi|lundi)\s"

# Words before a speaker named after the verb ("a expliqué aux journalistes le député X").
NP_LEAD: str = (
    r"^(?:(?:aux journalistes|à la presse|sur (?:Telegram|X|les réseaux sociaux)|"
    r"ce \w+ \d+ \w+)[\s,]+)+"
)

PRONOUNS: tuple[str, ...] = ("il", "elle", "ils", "elles", "le ministre", "l'agence", "le service")

PLACES: tuple[str, ...] = (r"(?:la région de )?Koursk", r"Russie", r"Ukraine")

PLACE_PREP: dict[str, str] = {
    "from": r"\bde |\bdepuis ",
    "to": r"\ben |\bvers |\bà ",
    "in": r"\ben |\bà |\bdans ",
}

WORKER_WORDS: str = (
    r"\b(?:ouvriers?|travailleurs?|bâtisseurs|sapeurs?|démineurs?|génie|déminage|"
    r"constructeurs militaires)\b"
)

# New cue tables (read by tracker.claims.extract) -------------------------------------------------

BACK_FRAMES: str = r"C'est ce qu'a|C’est ce qu’a|Ce qu'a"

SCOPE_CUES: dict[str, str] = {
    "increment": r"\b(?:supplémentaires?|autres|de plus|nouveaux|additionnels?)\b",
}

REVISION_CUES: str = r"\b(?:contre|au lieu de|après|auparavant)\b"

MATERIEL_WORDS: str = r"\b(?:obus|missiles?|roquettes?|munitions|conteneurs?|obusiers?)\b"

# The counted noun of a figure about other armies (not a claim).
FOREIGN_TROOPS: str = r"(?:soldats|militaires|troupes)\s+(?:russes|ukrainiens)"

# Counted nouns that are not the deployment ("fifty countries").
OTHER_THINGS: str = r"\b(?:pays|bases|villages|usines|pour cent|fois)\b"

# Time words pointing back to the previous sentence's time ("the same day").
SAME_TIME: str = r"\b(?:le même jour|la même période|au cours de la même période)\b"

# Contrast words: a time phrase before one stays with the figure before it.
CONTRAST: str = r"\b(?:mais|cependant|désormais)\b"

# Words joining a part to its whole ("1,000 of the 12,000").
WHOLE_OF: str = r"\s+(?:des|sur les|parmi les)\s+(?:quelque |environ )?"

# Titles and role words that end a speaker's phrase ("Pentagon spokesman"): dropped when
# the phrase resolves to no registry name, so the name before them is tried.
TITLES: str = r"\s+(?:porte-parole|chef|ministre)$"

SOURCE_TYPES: dict[str, str] = {
    "media": r"(?:agence|journal|quotidien|chaîne|médias?)",
    "intelligence": r"(?:renseignement\w*)",
    "military": r"(?:armée|militaire\w*|état-major)",
    "government": r"(?:ministre|ministère|gouvernement|président|député)",
}

PERSON_WORDS: str = r"\b(?:soldats|troupes|militaires|hommes|combattants)\b"
