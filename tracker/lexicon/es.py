"""Spanish (es) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

from tracker.lexicon._build import forms

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = {
    "ninguno": 0,
    "cero": 0,
    "uno": 1,
    "una": 1,
    "un": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciséis": 16,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "veintiuno": 21,
    "veintiún": 21,
    "veintidós": 22,
    "veintitrés": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiséis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
    "cien": 100,
    "ciento": 100,
    "doscientos": 200,
    "doscientas": 200,
    "trescientos": 300,
    "trescientas": 300,
    "cuatrocientos": 400,
    "cuatrocientas": 400,
    "quinientos": 500,
    "quinientas": 500,
    "seiscientos": 600,
    "seiscientas": 600,
    "setecientos": 700,
    "setecientas": 700,
    "ochocientos": 800,
    "ochocientas": 800,
    "novecientos": 900,
    "novecientas": 900,
}

HUNDREDS: dict[str, float] = {
    "docena": 12,
    "docenas": 12,
    "dz": 12,
    "dzs": 12,
    "doz": 12,
    "dozs": 12,
    "cientos": 100,
}

SCALES: dict[str, float] = {
    "mil": 1e3,
    "millón": 1e6,
    "millon": 1e6,
    "millones": 1e6,
    "millardo": 1e9,
    "millardos": 1e9,
    "billón": 1e12,
    "billones": 1e12,
}

DENOMINATORS: dict[str, float] = forms(
    {
        "medio||s": 2,
        "tercio||s": 3,
        "cuarto||s": 4,
        "quinto||s": 5,
        "sexto||s": 6,
        "séptimo||s": 7,
        "octavo||s": 8,
        "noveno||s": 9,
        "décimo||s": 10,
        "centésimo||s": 100,
        "milésimo||s": 1000,
    }
)

FRACTION_ANDS: frozenset[str] = frozenset({"con"})

# Ordinal endings making denominators of number words (numbers.DENOMINATOR_SUFFIXES).
DENOMINATOR_SUFFIXES: dict[str, str] = {
    "avos": "",
    "avo": "",
    "avas": "",
    "ava": "",
    "ésimos": "",
    "ésimo": "",
    "ésimas": "",
    "ésima": "",
    "esimos": "",
    "esimo": "",
    "esimas": "",
    "esima": "",
}

POINT_WORDS: str = "coma"

# A decimal mark between spelled numbers only ("siete con cincuenta" = 7.5).
DECIMAL_WORDS: tuple[str, ...] = ("con", "punto")

# "mil millones" are thousands of millions: a scale after "mil" multiplies it.
THOUSAND_MILLIONS: bool = True

ARTICLES: frozenset[str] = frozenset({"un", "una"})

HALVES: frozenset[str] = frozenset({"medio", "media"})

AND_WORDS: frozenset[str] = frozenset({"y"})

APPROX_NOUNS: dict[str, float] = {
    "decena": 10,
    "veintena": 20,
    "treintena": 30,
    "cuarentena": 40,
    "centenar": 100,
    "millar": 1000,
}

# Spoken minus before a number ("minus 1,200").
MINUS_WORDS: tuple[str, ...] = ("negativo",)  # not "menos": "al menos 30" = at least

# Multipliers that are a number on their own ("thousand" = 1,000).
ALONE_OK: frozenset[str] = frozenset({"mil", "millón", "millon", "billón", "billon"})

# AND_WORDS join a ten and a unit ("cuarenta y siete").
TENS_AND_UNITS: bool = True

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "al menos": "at_least",
    "por lo menos": "at_least",
    "como mínimo": "at_least",
    "no menos de": "at_least",
    "más de": "more_than",
    "mas de": "more_than",
    "hasta": "up_to",
    "como máximo": "at_most",
    "menos de": "less_than",
    "casi": "nearly",
    "cerca de": "nearly",
    "unos": "approx",
    "unas": "approx",
    "alrededor de": "approx",
    "aproximadamente": "approx",
    "en torno a": "approx",
    "aproximadamente unos": "approx",
    "entre": "between",
    "de": "from",
    "desde": "from",
    "mayor que": "more_than",
    "mayor de": "more_than",
    "mayores que": "more_than",
    "mayores de": "more_than",
    "más alto que": "more_than",
    "más alta que": "more_than",
    "menor que": "less_than",
    "menor de": "less_than",
    "menores que": "less_than",
    "más bajo que": "less_than",
    "más baja que": "less_than",
    "mayor o igual a": "at_least",
    "mayor o igual que": "at_least",
    "mayores o iguales a": "at_least",
    "igual o mayor que": "at_least",
    "igual a o mayor que": "at_least",
    "menor o igual a": "at_most",
    "menor o igual que": "at_most",
    "menores o iguales a": "at_most",
    "igual o menor que": "at_most",
    "igual a o menor que": "at_most",
    "no más de": "at_most",
    "podría llegar a": "up_to",
    "podrían llegar a": "up_to",
    "podría alcanzar": "up_to",
    "estimados": "approx",
    "estimado de": "approx",
    "se estima en": "approx",
}

# A share of a stated whole ("half of its 6,000 troops" = 3,000 approx) and the words joining
# it to the whole; words marking the head figure of a phrase ("a total of").
SHARE_WORDS: dict[str, float] = {
    "la mitad": 0.5,
    "mitad": 0.5,
    "un tercio": 1 / 3,
    "una tercera parte": 1 / 3,
    "un cuarto": 0.25,
    "dos tercios": 2 / 3,
}
SHARE_OF: tuple[str, ...] = ("de sus", "de los", "de las", "de", "de unos", "de unas")
TOTAL_CUES: tuple[str, ...] = ("en total", "un total de", "en conjunto")

POST_CUES: dict[str, str] = {
    "o más": "at_least",
    "o menos": "at_most",
    "o mayor": "at_least",
    "o menor": "at_most",
    "o superior": "at_least",
    "o inferior": "at_most",
    "al menos": "at_least",
    "por lo menos": "at_least",
    "como mínimo": "at_least",
    "como máximo": "at_most",
}

RANGE_TO: tuple[str, ...] = ("a", "hasta")

RANGE_AND: tuple[str, ...] = ("y",)

VAGUE_WORDS: dict[str, str] = {
    "miles": "thousands",
    "varios miles": "several_thousand",
    "unos miles": "few_thousand",
    "decenas de miles": "tens_of_thousands",
    "cientos de miles": "hundreds_of_thousands",
    "cientos": "hundreds",
    "centenares": "hundreds",
    "varios cientos": "several_hundred",
    "decenas": "dozens",
    "millones": "millions",
    "varios millones": "several_million",
}

NONE_CUES: tuple[str, ...] = ("un número indeterminado", "un número desconocido", "cuántos")

# A digit followed by "e", "è", "º", "ª" or "°" is an ordinal ("2e", "3º").
ORDINAL_E: bool = True

# Calendar (assembled in tracker.lexicon.calendar) ------------------------------------------------

MONTHS: tuple[str, ...] = (
    "enero ene",
    "febrero feb",
    "marzo mar",
    "abril abr",
    "mayo",
    "junio jun",
    "julio jul",
    "agosto ago",
    "septiembre setiembre sep sept",
    "octubre oct",
    "noviembre nov",
    "diciembre dic",
)

WEEKDAYS: tuple[str, ...] = (
    "lunes",
    "martes",
    "miércoles miercoles",
    "jueves",
    "viernes",
    "sábado sabado",
    "domingo",
)

SEASONS: dict[str, str] = {
    "primavera": "spring",
    "verano": "summer",
    "otoño": "autumn",
    "invierno": "winter",
}

TIME_UNITS: dict[str, str] = {
    "día días dia dias": "day",
    "semana semanas": "week",
    "mes meses": "month",
    "año años": "year",
    "trimestre trimestres": "quarter",
    "semestre mitad": "half",
    "fin de semana": "weekend",
}

TIME_WORDS: tuple[tuple[str, object, tuple[str, ...]], ...] = (
    (
        "P",
        "early",
        ("principios", "a principios", "inicios", "comienzos", "a comienzos", "inicio"),
    ),
    ("P", "mid", ("mediados", "a mediados")),
    ("P", "late", ("finales", "a finales", "fines", "a fines", "fin", "final")),
    ("L", -1, ("pasado", "pasada", "anterior", "último", "última")),
    ("T", 0, ("este", "esta", "en curso")),
    ("X", 1, ("próximo", "próxima", "proximo", "proxima", "que viene")),
    ("R", -1, ("los últimos", "las últimas", "el último", "el pasado")),
    ("K", 1, ("los próximos", "las próximas", "en los próximos", "en las próximas")),
    ("Z", 0, ("hoy",)),
    ("Z", -1, ("ayer",)),
    ("Z", 1, ("mañana",)),
    ("Z", -2, ("anteayer",)),
    ("A", "ago", ("hace",)),
    ("V", "recent", ("recientemente", "últimamente")),
    ("V", "sofar", ("hasta ahora", "hasta la fecha")),
    ("V", "now", ("actualmente", "ahora")),
    ("V", "soon", ("pronto", "próximamente")),
    ("b", None, ("para", "antes de", "hasta", "a más tardar")),
    ("s", None, ("desde", "a partir de")),
    ("i", None, ("en", "el", "durante", "a")),
    ("w", None, ("dentro de", "en un plazo de")),
    ("x", None, ("entre",)),
    ("&", None, ("y", "a", "al", "hasta", "-", "–")),
    ("o", None, ("o",)),
    ("f", None, ("a fecha de", "al")),
    ("_", None, ("la", "los", "las", "del", "de", "de la")),
    ("N", 1, ("un", "una")),
    ("N", 2, ("dos",)),
    ("N", 3, ("tres", "unos pocos")),
    ("O", 1, ("primer", "primero", "primera")),
    ("O", 2, ("segundo", "segunda")),
    ("O", 3, ("tercer", "tercero", "tercera")),
    ("O", 4, ("cuarto", "cuarta")),
)

AMBIGUOUS: frozenset[str] = frozenset(["mar", "jun", "jul", "ago", "dic"])

FUTURE_MARKERS: tuple[str, ...] = (" va a ", " van a ", " será ", " serán ", " planea ")

# Named events of the domain: phrase -> event id (dates: data/events.csv, passed in).
EVENT_WORDS: dict[str, str] = {
    "el inicio de la invasión a gran escala": "full-scale-invasion",
    "la invasión a gran escala": "full-scale-invasion",
    "la incursión en kursk": "kursk-incursion",
}

# A TIME_UNITS key with spaces is one phrase, not several forms.
TIME_UNIT_PHRASES: bool = True

# Claim cues (assembled in tracker.lexicon.cues) --------------------------------------------------

METRIC_CUES: dict[str, tuple[str, ...]] = {
    "casualties": (
        r"\bmuertos o heridos\b",
        r"\bmuertos y heridos\b",
        r"\bbajas\b",
        r"\bpérdidas\b",
        r"\bhan perdido\b",
        r"\bperdido\b",
    ),
    "killed": (r"\bmuertos?\b", r"\bfallecidos?\b", r"\bmurieron\b", r"\bmuerte\b"),
    "wounded": (r"\bheridos?\b",),
    "captured": (r"\bcapturados?\b", r"\bprisioneros?\b"),
    "other": (r"\bdesaparecidos\b", r"\bdesertores?\b", r"\bregresado\w*", r"\brotaci\w*"),
    "pay": (r"\bpaga\b", r"\bsalarios?\b", r"\bsueldos?\b"),
    "planned": (
        r"\bplanea\b",
        r"\benviará\b",
        r"\bprevé\b",
        r"\bconsidera enviar\b",
        r"\bva a enviar\b",
        r"\bdecidió enviar\b",
    ),
    "transported": (r"\btransportados?\b", r"\bllegaron\b", r"\btrasladados?\b"),
    "front": (r"\bfrente\b", r"\bcombates?\b", r"\bcombatir\b"),
    "present": (r"\benviados?\b", r"\bdesplegados?\b", r"\ben Rusia\b", r"\benvió\b"),
    "front_place": (r"\bKursk\b",),
}

ATTRIBUTION: dict[str, tuple[str, ...]] = {
    "according": (
        r"\bsegún\b",
        r"\bde acuerdo con\b",
        r"\b(?:estimaciones?|cálculos?) (?:de|del)\b",
        r"\b(?:informad|reportad|anunciad|difundid)[oa]s? por\b",
    ),
    "citing": (r"\bcitando a\b", r"\bcitando\b"),
    "report": (r"\binformó\b", r"\breportó\b", r"\bpublicó\b", r"\bescribió\b"),
    "speech": (
        r"\bdijo\b",
        r"\bafirmó\b",
        r"\bdeclaró\b",
        r"\bestimó\b",
        r"\bconfirmó\b",
        r"\baseguró\b",
        r"\bseñaló\b",
        r"\bcifró\b",
        r"\bcifra\b",
        r"\bpresume\b",
        r"\bindicó\b",
    ),
    "deny": (r"\bnegó\b", r"\bdesmintió\b", r"\brechazó\b"),
    "hedge": (r"\bsupuestamente\b", r"\bpresuntamente\b"),
}

NP_STOP: str = r"\s(?:que|en|este|esta)\s"

# Words before a speaker named after the verb ("a expliqué aux journalistes le député X").
NP_LEAD: str = (
    r"^(?:(?:a los periodistas|a la prensa|"
    r"en (?:su cuenta de |la red social )*(?:X|Telegram))[\s,]+)+"
)

PRONOUNS: tuple[str, ...] = ("él", "ella", "ellos", "el ministro", "la agencia", "el presidente")

PLACES: tuple[str, ...] = (r"(?:la región de )?Kursk", r"Rusia", r"Ucrania")

PLACE_PREP: dict[str, str] = {"from": r"\bdesde ", "to": r"\bhacia |\ba ", "in": r"\ben "}

WORKER_WORDS: str = r"\b(?:trabajadores|obreros|zapadores|ingenieros|desminado|constructores)\b"

# New cue tables (read by tracker.claims.extract) -------------------------------------------------

BACK_FRAMES: str = r"Así lo|Lo"

SCOPE_CUES: dict[str, str] = {"increment": r"\b(?:otros|otras|adicionales|más soldados)\b"}

REVISION_CUES: str = r"\b(?:frente a|desde|tras|antes)\b"

MATERIEL_WORDS: str = r"\b(?:proyectiles|obuses|misiles|cohetes|municiones|contenedores)\b"

# The counted noun of a figure about other armies (not a claim).
FOREIGN_TROOPS: str = r"(?:soldados|militares|tropas)\s+(?:rusos|rusas|ucranianos|ucranianas)"

# Counted nouns that are not the deployment ("fifty countries").
OTHER_THINGS: str = r"\b(?:países|bases|aldeas|pueblos|fábricas|por ciento|veces)\b"

# Time words pointing back to the previous sentence's time ("the same day").
SAME_TIME: str = r"\b(?:el mismo día|el mismo período|ese mismo día)\b"

# Contrast words: a time phrase before one stays with the figure before it.
CONTRAST: str = r"\b(?:pero|sin embargo|ahora)\b"

# Words joining a part to its whole ("1,000 of the 12,000").
WHOLE_OF: str = r"\s+de los\s+(?:cerca de |unos )?"

# Titles and role words that end a speaker's phrase ("Pentagon spokesman"): dropped when
# the phrase resolves to no registry name, so the name before them is tried.
TITLES: str = r"\s+(?:portavoz|jefe|ministro)$"

SOURCE_TYPES: dict[str, str] = {
    "media": r"(?:agencia|diario|periódico|cadena|medios?)",
    "intelligence": r"(?:inteligencia)",
    "military": r"(?:ejército|Estado Mayor|militar\w*|fuerzas)",
    "government": r"(?:ministro|ministerio|gobierno|presidente|potencias)",
}

# Words for people counted in a claim (regex).
PERSON_WORDS: str = r"\b(?:soldados|tropas|militares|efectivos|combatientes)\b"
