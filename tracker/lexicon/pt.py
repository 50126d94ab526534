"""Portuguese (pt) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = {
    "zero": 0,
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "três": 3,
    "tres": 3,
    "quatro": 4,
    "cinco": 5,
    "seis": 6,
    "sete": 7,
    "oito": 8,
    "nove": 9,
    "dez": 10,
    "onze": 11,
    "doze": 12,
    "treze": 13,
    "catorze": 14,
    "quatorze": 14,
    "quinze": 15,
    "dezesseis": 16,
    "dezasseis": 16,
    "dezessete": 17,
    "dezassete": 17,
    "dezoito": 18,
    "dezenove": 19,
    "dezanove": 19,
    "vinte": 20,
    "trinta": 30,
    "quarenta": 40,
    "cinquenta": 50,
    "sessenta": 60,
    "setenta": 70,
    "oitenta": 80,
    "noventa": 90,
    "cem": 100,
    "cento": 100,
    "duzentos": 200,
    "duzentas": 200,
    "trezentos": 300,
    "trezentas": 300,
    "quatrocentos": 400,
    "quatrocentas": 400,
    "quinhentos": 500,
    "quinhentas": 500,
    "seiscentos": 600,
    "seiscentas": 600,
    "setecentos": 700,
    "setecentas": 700,
    "oitocentos": 800,
    "oitocentas": 800,
    "novecentos": 900,
    "novecentas": 900,
}

HUNDREDS: dict[str, float] = {"dúzia": 12}

SCALES: dict[str, float] = {
    "mil": 1e3,
    "milhão": 1e6,
    "milhões": 1e6,
    "milhao": 1e6,
    "milhoes": 1e6,
    "mi": 1e6,
    "bilhão": 1e9,
    "bilhões": 1e9,
    "bi": 1e9,
    "milhar": 1e3,
}

POINT_WORDS: str = "vírgula"

# "mil millones" are thousands of millions: a scale after "mil" multiplies it.
THOUSAND_MILLIONS: bool = True

ARTICLES: frozenset[str] = frozenset({"um", "uma"})

HALVES: frozenset[str] = frozenset({"meio", "meia"})

AND_WORDS: frozenset[str] = frozenset({"e"})

APPROX_NOUNS: dict[str, float] = {
    "dezena": 10,
    "vintena": 20,
    "trintena": 30,
    "centena": 100,
    "milhar": 1000,
}

# Spoken minus before a number ("minus 1,200").
MINUS_WORDS: tuple[str, ...] = ("negativo",)  # not "menos": "al menos 30" = at least

# Multipliers that are a number on their own ("thousand" = 1,000).
ALONE_OK: frozenset[str] = frozenset({"mil"})

# AND_WORDS join a ten and a unit ("trinta e cinco").
TENS_AND_UNITS: bool = True

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "pelo menos": "at_least",
    "ao menos": "at_least",
    "no mínimo": "at_least",
    "mais de": "more_than",
    "acima de": "more_than",
    "até": "up_to",
    "no máximo": "at_most",
    "menos de": "less_than",
    "quase": "nearly",
    "perto de": "nearly",
    "cerca de": "approx",
    "aproximadamente": "approx",
    "uns": "approx",
    "umas": "approx",
    "em torno de": "approx",
    "entre": "between",
    "de": "from",
}

# A share of a stated whole ("half of its 6,000 troops" = 3,000 approx) and the words joining
# it to the whole; words marking the head figure of a phrase ("a total of").
SHARE_WORDS: dict[str, float] = {
    "a metade": 0.5,
    "metade": 0.5,
    "um terço": 1 / 3,
    "um quarto": 0.25,
    "dois terços": 2 / 3,
}
SHARE_OF: tuple[str, ...] = ("dos seus", "das suas", "de seus", "de suas", "dos", "das", "de")
TOTAL_CUES: tuple[str, ...] = ("no total", "um total de", "ao todo")

POST_CUES: dict[str, str] = {"ou mais": "at_least"}

RANGE_TO: tuple[str, ...] = ("a",)

RANGE_AND: tuple[str, ...] = ("e",)

VAGUE_WORDS: dict[str, str] = {
    "milhares": "thousands",
    "vários milhares": "several_thousand",
    "alguns milhares": "few_thousand",
    "dezenas de milhares": "tens_of_thousands",
    "centenas de milhares": "hundreds_of_thousands",
    "centenas": "hundreds",
    "dezenas": "dozens",
    "milhões": "millions",
}

NONE_CUES: tuple[str, ...] = ("um número indeterminado", "um número desconhecido", "quantos")

# A digit followed by "e", "è", "º", "ª" or "°" is an ordinal ("2e", "3º").
ORDINAL_E: bool = True

# Calendar (assembled in tracker.lexicon.calendar) ------------------------------------------------

MONTHS: tuple[str, ...] = (
    "janeiro jan",
    "fevereiro fev",
    "março marco mar",
    "abril abr",
    "maio mai",
    "junho jun",
    "julho jul",
    "agosto ago",
    "setembro set",
    "outubro out",
    "novembro nov",
    "dezembro dez",
)

WEEKDAYS: tuple[str, ...] = (
    "segunda-feira segunda",
    "terça-feira terça terca-feira",
    "quarta-feira quarta",
    "quinta-feira quinta",
    "sexta-feira sexta",
    "sábado sabado",
    "domingo",
)

SEASONS: dict[str, str] = {
    "primavera": "spring",
    "verão": "summer",
    "outono": "autumn",
    "inverno": "winter",
}

TIME_UNITS: dict[str, str] = {
    "dia dias": "day",
    "semana semanas": "week",
    "mês mes meses": "month",
    "ano anos": "year",
    "trimestre trimestres": "quarter",
    "semestre metade": "half",
    "fim de semana": "weekend",
}

TIME_WORDS: tuple[tuple[str, object, tuple[str, ...]], ...] = (
    ("P", "early", ("início", "no início", "inicio", "começo", "no começo", "princípios")),
    ("P", "mid", ("meados", "em meados")),
    ("P", "late", ("fim", "final", "no final", "no fim", "finais")),
    ("L", -1, ("passado", "passada", "anterior", "último", "última")),
    ("T", 0, ("este", "esta", "deste", "desta", "neste", "nesta")),
    ("X", 1, ("próximo", "próxima", "que vem")),
    ("R", -1, ("os últimos", "as últimas", "o último")),
    ("K", 1, ("os próximos", "as próximas", "nos próximos", "nas próximas")),
    ("Z", 0, ("hoje",)),
    ("Z", -1, ("ontem",)),
    ("Z", 1, ("amanhã",)),
    ("A", "ago", ("atrás",)),
    ("V", "recent", ("recentemente", "recente")),
    ("V", "sofar", ("até agora", "até hoje", "até o momento")),
    ("V", "now", ("atualmente", "agora")),
    ("b", None, ("até", "antes de", "até ao", "até o")),
    ("s", None, ("desde", "a partir de")),
    ("i", None, ("em", "no", "na", "durante")),
    ("w", None, ("dentro de",)),
    ("x", None, ("entre",)),
    ("&", None, ("e", "a", "ao", "-", "–")),
    ("o", None, ("ou",)),
    ("_", None, ("o", "a", "os", "as", "de", "do", "da")),
    ("N", 1, ("um", "uma")),
    ("N", 2, ("dois", "duas")),
    ("N", 3, ("três",)),
    ("O", 1, ("primeiro", "primeira")),
    ("O", 2, ("segundo", "segunda")),
    ("O", 3, ("terceiro", "terceira")),
    ("O", 4, ("quarto", "quarta")),
)

AMBIGUOUS: frozenset[str] = frozenset(["mar", "mai", "set"])

FUTURE_MARKERS: tuple[str, ...] = (" vai ", " vão ", " será ", " serão ")

# Claim cues (assembled in tracker.lexicon.cues) --------------------------------------------------

METRIC_CUES: dict[str, tuple[str, ...]] = {
    "casualties": (
        r"\bficaram feridos ou foram mortos\b",
        r"\bmorreram ou ficaram feridos\b",
        r"\bmortos ou feridos\b",
        r"\bmortos e feridos\b",
        r"\bferidos ou mortos\b",
        r"\bbaixas\b",
        r"\bperdas\b",
    ),
    "killed": (r"\bmortos?\b", r"\bmorreram\b", r"\bmorte\b", r"\bfalecidos\b"),
    "wounded": (r"\bferidos?\b",),
    "captured": (r"\bcapturados?\b", r"\bprisioneiros?\b"),
    "other": (r"\bdesaparecidos\b", r"\bdesertores?\b", r"\bregressaram\b", r"\brotaç\w+"),
    "pay": (r"\bsalários?\b", r"\bsoldo\b", r"\bpagamentos?\b"),
    "planned": (r"\bplaneia\b", r"\benviará\b", r"\bpretende\b", r"\bvai enviar\b"),
    "transported": (r"\btransportados?\b", r"\bchegaram\b", r"\btransferidos?\b"),
    "front": (r"\bfrente\b", r"\bcombat\w+", r"\bcombates?\b"),
    "present": (r"\benviados?\b", r"\bmobilizados?\b", r"\bdestacados?\b", r"\bna Rússia\b"),
    "front_place": (r"\bKursk\b", r"\bzona fronteiriça\b"),
}

ATTRIBUTION: dict[str, tuple[str, ...]] = {
    "according": (
        r"\bsegundo\b",
        r"\bde acordo com\b",
        r"\bconforme\b",
    ),
    "citing": (r"\bcitando\b", r"\bcitad\w+ por\b"),
    "report": (r"\bescreveu\b", r"\binformou\b", r"\breportou\b", r"\bnoticiou\b"),
    "speech": (
        r"\bgarantiram\b",
        r"\bgarantiu\b",
        r"\bdisse\b",
        r"\bafirmou\b",
        r"\bdeclarou\b",
        r"\bestimou\b",
        r"\bconfirmou\b",
        r"\bdenunciou\b",
        r"\bindicou\b",
        r"\bafirmaram\b",
        r"\bdisseram\b",
    ),
    "deny": (r"\bnegou\b", r"\bdesmentiu\b", r"\brejeitou\b"),
    "hedge": (r"\balegadamente\b", r"\bsupostamente\b"),
}

NP_STOP: str = r"\s(?:que|em|no|na|hoje)\s"

# Words before a speaker named after the verb ("a expliqué aux journalistes le député X").
NP_LEAD: str = r"^(?:(?:nas redes sociais|aos jornalistas|à imprensa|no Telegram)[\s,]+)+"

PRONOUNS: tuple[str, ...] = ("ele", "ela", "eles", "o ministro", "a agência", "o presidente")

PLACES: tuple[str, ...] = (r"(?:região (?:russa )?de )?Kursk", r"Rússia", r"Ucrânia")

PLACE_PREP: dict[str, str] = {
    "from": r"\bde |\bdesde ",
    "to": r"\bpara |\ba ",
    "in": r"\bem |\bna |\bno ",
}

WORKER_WORDS: str = r"\b(?:trabalhadores|operários|sapadores|engenheiros|desminagem|construtores)\b"

# New cue tables (read by tracker.claims.extract) -------------------------------------------------

BACK_FRAMES: str = r"Foi o que|O"

SCOPE_CUES: dict[str, str] = {"increment": r"\b(?:outros|outras|mais|adicionais)\b(?! de)"}

REVISION_CUES: str = r"\b(?:contra|face a|após|depois de)\b"

MATERIEL_WORDS: str = r"\b(?:projéteis|obuses|mísseis|foguetes|munições|contentores)\b"

# The counted noun of a figure about other armies (not a claim).
FOREIGN_TROOPS: str = r"(?:soldados|militares|tropas)\s+(?:russos|russas|ucranianos|ucranianas)"

# Counted nouns that are not the deployment ("fifty countries").
OTHER_THINGS: str = r"\b(?:países|bases|aldeias|fábricas|por cento|vezes)\b"

# Time words pointing back to the previous sentence's time ("the same day").
SAME_TIME: str = r"\b(?:no mesmo dia|no mesmo período)\b"

# Contrast words: a time phrase before one stays with the figure before it.
CONTRAST: str = r"\b(?:mas|porém|agora)\b"

# Words joining a part to its whole ("1,000 of the 12,000").
WHOLE_OF: str = r"\s+d(?:os|as)\s+(?:cerca de )?"

# Titles and role words that end a speaker's phrase ("Pentagon spokesman"): dropped when
# the phrase resolves to no registry name, so the name before them is tried.
TITLES: str = r"\s+(?:porta-voz|chefe|ministro)$"

SOURCE_TYPES: dict[str, str] = {
    "media": r"(?:agência|jornal|diário|canal|media|imprensa)",
    "intelligence": r"(?:informações|inteligência|serviços secretos)",
    "military": r"(?:exército|militar\w*|forças)",
    "government": r"(?:ministr\w*|governo|presidente|Administração|países)",
}

# A TIME_UNITS key with spaces is one phrase, not several forms.
TIME_UNIT_PHRASES: bool = True

# Words for people counted in a claim (regex).
PERSON_WORDS: str = r"\b(?:soldados|militares|tropas|combatentes)\b"
