"""Ukrainian (uk) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

from tracker.lexicon._build import forms

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = forms(
    {
        "нуль": 0,
        "один": 1,
        "одна": 1,
        "одно": 1,
        "одного": 1,
        "однієї": 1,
        "одну": 1,
        "два": 2,
        "дві": 2,
        "двох": 2,
        "двом": 2,
        "двома": 2,
        "двоє": 2,
        "три": 3,
        "трьох": 3,
        "трьом": 3,
        "трьома": 3,
        "троє": 3,
        "чотири": 4,
        "чотирьох": 4,
        "чотирьом": 4,
        "чотирма": 4,
        "четверо": 4,
        "п'ят|ь|и|ьох|ьом|ома": 5,
        "п’ят|ь|и|ьох|ьом|ома": 5,
        "п'ятеро": 5,
        "п’ятеро": 5,
        "шіст|ь|и|ьох|ьом": 6,
        "шестеро": 6,
        "сім": 7,
        "сем|и|ох|ома": 7,
        "семеро": 7,
        "вісім": 8,
        "восьм|и|ох|ома": 8,
        "восьмеро": 8,
        "дев'ят|ь|и|ьох|ьом": 9,
        "дев’ят|ь|и|ьох|ьом": 9,
        "дев'ятеро": 9,
        "дев’ятеро": 9,
        "десят|ь|и|ьох|ьом": 10,
        "десятеро": 10,
        "одинадцят|ь|и|ьох": 11,
        "дванадцят|ь|и|ьох": 12,
        "тринадцят|ь|и|ьох": 13,
        "чотирнадцят|ь|и|ьох": 14,
        "шістнадцят|ь|и|ьох": 16,
        "сімнадцят|ь|и|ьох": 17,
        "вісімнадцят|ь|и|ьох": 18,
        "дев'ятнадцят|ь|и|ьох": 19,
        "п'ятнадцят|ь|и|ьох": 15,
        "п’ятнадцят|ь|и|ьох": 15,
        "двадцят|ь|и|ьох": 20,
        "тридцят|ь|и|ьох": 30,
        "сорок||а": 40,
        "п'ятдесят": 50,
        "п’ятдесят": 50,
        "шістдесят": 60,
        "сімдесят": 70,
        "вісімдесят": 80,
        "дев'яносто": 90,
        "дев’яносто": 90,
        "сто": 100,
        "ста": 100,
        "двісті": 200,
        "двохсот": 200,
        "триста": 300,
        "трьохсот": 300,
        "чотириста": 400,
        "п'ятсот": 500,
        "п’ятсот": 500,
        "шістсот": 600,
        "сімсот": 700,
        "вісімсот": 800,
        "дев'ятсот": 900,
        "дев’ятсот": 900,
    }
)

HUNDREDS: dict[str, float] = {"дюжина": 12}

SCALES: dict[str, float] = forms(
    {
        "тис.": 1e3,
        "тис": 1e3,
        "тисяч|а|і|у|ею|ами|ах": 1e3,
        "тисяч": 1e3,
        "млн": 1e6,
        "млн.": 1e6,
        "мільйон|": 1e6,
        "мільйон|а|ів|ами|у|і": 1e6,
        "млрд": 1e9,
        "млрд.": 1e9,
        "мільярд|": 1e9,
        "мільярд|а|ів|у|и": 1e9,
    }
)

POINT_WORDS: str = "кома"

# A decimal mark between spelled numbers only ("одна крапка п'ять").
DECIMAL_WORDS: tuple[str, ...] = ("крапка",)

# "дві з половиною тисячі" = 2,500: a half joined to a number.
HALF_ANDS: frozenset[str] = frozenset({"з"})
DENOMINATORS: dict[str, float] = {"половиною": 2}

HALVES: frozenset[str] = frozenset({"пів", "півтора"})

AND_WORDS: frozenset[str] = frozenset()

# Spoken minus before a number ("minus 1,200").
MINUS_WORDS: tuple[str, ...] = ("мінус",)

# Multipliers that are a number on their own ("thousand" = 1,000).
ALONE_OK: frozenset[str] = frozenset({"тисяча", "тисячу", "мільйон"})

# Words read as units besides UNITS ("півмільйона" = 500,000).
EXTRA_UNITS: dict[str, float] = {
    "півмільйона": 5e5,
    "півтисячі": 500.0,
    "півтори": 1.5,
    "півтора": 1.5,
}

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

# Currency words of this language besides CLDR's names (figure_words.CURRENCY_WORDS_BY_LANG).
CURRENCY_LOCAL: dict[str, str] = {
    "гривня": "UAH",
    "гривень": "UAH",
    "гривні": "UAH",
    "грн": "UAH",
}

PRE_CUES: dict[str, str] = {
    "щонайменше": "at_least",
    "принаймні": "at_least",
    "не менше": "at_least",
    "не менше ніж": "at_least",
    "мінімум": "at_least",
    "понад": "more_than",
    "більше": "more_than",
    "більш ніж": "more_than",
    "більше ніж": "more_than",
    "до": "up_to",
    "не більше": "at_most",
    "менше": "less_than",
    "менш ніж": "less_than",
    "майже": "nearly",
    "близько": "approx",
    "приблизно": "approx",
    "орієнтовно": "approx",
    "від": "from",
    "між": "between",
    "може зрости до": "up_to",
    "можуть зрости до": "up_to",
}

# A share of a stated whole ("half of its 6,000 troops" = 3,000 approx) and the words joining
# it to the whole; words marking the head figure of a phrase ("a total of").
SHARE_WORDS: dict[str, float] = {
    "половина": 0.5,
    "половину": 0.5,
    "третина": 1 / 3,
    "чверть": 0.25,
    "дві третини": 2 / 3,
}
SHARE_OF: tuple[str, ...] = ("з", "від", "його", "їхніх")
TOTAL_CUES: tuple[str, ...] = ("загалом", "усього", "всього", "в цілому")

POST_CUES: dict[str, str] = {"з гаком": "more_than", "і більше": "at_least"}

RANGE_TO: tuple[str, ...] = ("до",)

RANGE_AND: tuple[str, ...] = ("і", "та")

VAGUE_WORDS: dict[str, str] = {
    "тисячі": "thousands",
    "тисяч": "thousands",
    "кілька тисяч": "several_thousand",
    "кількох тисяч": "several_thousand",
    "десятки тисяч": "tens_of_thousands",
    "десятків тисяч": "tens_of_thousands",
    "сотні тисяч": "hundreds_of_thousands",
    "сотні": "hundreds",
    "сотень": "hundreds",
    "кілька сотень": "several_hundred",
    "десятки": "dozens",
    "десятків": "dozens",
    "мільйони": "millions",
}

GENITIVE_SINGULAR: dict[str, float] = {"тисячі": 1000.0, "мільйона": 1e6}

NONE_CUES: tuple[str, ...] = ("невідома кількість", "скільки")

# Calendar (assembled in tracker.lexicon.calendar) ------------------------------------------------

MONTHS: tuple[str, ...] = (
    "січень січня січні",
    "лютий лютого лютому",
    "березень березня березні",
    "квітень квітня квітні",
    "травень травня травні",
    "червень червня червні",
    "липень липня липні",
    "серпень серпня серпні",
    "вересень вересня вересні",
    "жовтень жовтня жовтні",
    "листопад листопада листопаді",
    "грудень грудня грудні",
)

WEEKDAYS: tuple[str, ...] = (
    "понеділок понеділка",
    "вівторок вівторка",
    "середа середу середи",
    "четвер четверга",
    "п'ятниця п'ятницю п’ятницю п'ятниці",
    "субота суботу суботи",
    "неділя неділю неділі",
)

SEASONS: dict[str, str] = {
    "весна навесні весною": "spring",
    "літо влітку літом": "summer",
    "осінь восени осені": "autumn",
    "зима взимку зими": "winter",
}

TIME_UNITS: dict[str, str] = {
    "день дня днів": "day",
    "тиждень тижня тижні тижнів": "week",
    "місяць місяця місяці місяців": "month",
    "рік року році років": "year",
    "квартал кварталу кварталі": "quarter",
    "півріччя півріччі половині": "half",
    "вихідні вихідних": "weekend",
}

TIME_WORDS: tuple[tuple[str, object, tuple[str, ...]], ...] = (
    ("P", "early", ("початок", "початку", "на початку", "початку")),
    ("P", "mid", ("середина", "середині", "в середині", "у середині", "середину", "середини")),
    ("P", "late", ("кінець", "кінці", "в кінці", "у кінці", "кінця", "наприкінці", "до кінця")),
    (
        "L",
        -1,
        ("минулий", "минулому", "минулого", "минулої", "минулій", "минулу", "попередній"),
    ),
    ("L", -2, ("позаминулий", "позаминулому", "позаминулого")),
    ("T", 0, ("цей", "цьому", "цього", "ця", "цю", "цій", "поточному", "поточного")),
    (
        "X",
        1,
        ("наступний", "наступному", "наступного", "наступної", "наступній", "майбутньому"),
    ),
    ("R", -1, ("останній", "останні", "за останній", "за останні", "за останню", "за минулий")),
    ("K", 1, ("найближчі", "у найближчі", "в найближчі", "найближчим часом")),
    ("Z", 0, ("сьогодні",)),
    ("Z", -1, ("вчора", "учора")),
    ("Z", 1, ("завтра",)),
    ("A", "ago", ("тому",)),
    ("V", "recent", ("нещодавно", "останнім часом")),
    ("V", "sofar", ("наразі", "на сьогодні", "досі", "на даний момент")),
    ("V", "now", ("зараз", "нині")),
    ("V", "soon", ("незабаром", "найближчим часом", "скоро")),
    ("b", None, ("до", "не пізніше", "перед")),
    ("s", None, ("з", "із", "від", "починаючи з", "зі")),
    ("n", None, ("через",)),
    ("i", None, ("в", "у", "на", "за", "протягом", "впродовж")),
    ("w", None, ("протягом", "впродовж")),
    ("x", None, ("між",)),
    ("&", None, ("і", "й", "та", "по", "-", "–", "—")),
    ("o", None, ("або", "чи")),
    ("f", None, ("станом на",)),
    ("_", None, ("р.",)),
    ("N", 1, ("один", "одну", "одного")),
    ("N", 2, ("два", "дві", "двох")),
    ("N", 3, ("три", "трьох", "кілька", "кількох")),
    ("O", 1, ("перший", "першому", "першій", "першого")),
    ("O", 2, ("другий", "другому", "другій", "другого")),
    ("O", 3, ("третій", "третьому", "третього")),
    ("O", 4, ("четвертий", "четвертому", "четвертого")),
)

FUTURE_MARKERS: tuple[str, ...] = (" буде ", " будуть ", " планує ", " планується ")

# Named events of the domain: phrase -> event id (dates: data/events.csv, passed in).
EVENT_WORDS: dict[str, str] = {
    "початку повномасштабного вторгнення": "full-scale-invasion",
    "повномасштабного вторгнення": "full-scale-invasion",
    "початку курської операції": "kursk-incursion",
    "курської операції": "kursk-incursion",
}

# Claim cues (assembled in tracker.lexicon.cues) --------------------------------------------------

METRIC_CUES: dict[str, tuple[str, ...]] = {
    "casualties": (
        r"\bвбит\w* (?:або|і|та) поранен\w*",
        r"\bзагин\w* (?:або|і|та) (?:поранен\w*|отрима\w* поранен\w*)",
        r"\bвтрат\w*",
    ),
    "killed": (r"\bвбит\w*", r"\bзагин\w*", r"\bзагибл\w*", r"\bзнищен\w*", r"\bліквідов\w*"),
    "wounded": (r"\bпоранен\w*",),
    "captured": (r"\bполон\w*",),
    "other": (r"\bзникл\w* безвісти", r"\bдезертир\w*", r"\bповерну\w*", r"\bротаці\w*"),
    "pay": (r"\bплат\w*", r"\bзарплат\w*"),
    "planned": (
        r"\bпланує\w*",
        r"\bмає намір\b",
        r"\bнаправить\b",
        r"\bбудуть\b",
        r"\bбуде\b",
        r"\bрозгляда\w* (?:можливість )?відправк\w*",
    ),
    "transported": (r"\bперекин\w*", r"\bприбул\w*", r"\bперевез\w*"),
    "front": (r"\bфронт\w*", r"\bбо[її]\w*"),
    "present": (r"\bвідправ\w*", r"\bрозгорн\w*", r"\bперебува\w*", r"\bв Росії\b", r"\bнаправ\w*"),
    "front_place": (r"\bКурськ\w*",),
}

ATTRIBUTION: dict[str, tuple[str, ...]] = {
    "according": (
        r"\bза даними\b",
        r"\bза словами\b",
        r"\bза інформацією\b",
        r"\bза оцінками\b",
        r"\bза оцінкою\b",
        r"\b(?:попередн\w+ )?оцінк(?:у|и|ою)\b",
        r"\bзгідно з\b",
        r"\bяк повідоми\w+",
    ),
    "citing": (r"\bз посиланням на\b", r"\bпосилаючись на\b"),
    "report": (r"\bповідоми(?:в|ла|ло|ли)\b", r"\bпише\b", r"\bпередає\b", r"\bрозповів\b"),
    "speech": (
        r"\bзаяви(?:в|ла|ли)\b",
        r"\bоціни(?:в|ла|ли)\b",
        r"\bсказа(?:в|ла|ли)\b",
        r"\bзазначи(?:в|ла|ли)\b",
        r"\bпідтверди(?:в|ла|ли)\b",
        r"\bзаявляють\b",
        r"\bоціню(?:є|ють)\b",
        r"\bвважа(?:є|ють)\b",
        r"\bзроби(?:в|ла|ли)\b",
    ),
    "deny": (r"\bспростува\w*", r"\bзаперечи\w*"),
    "hedge": (r"\bнібито\b", r"\bймовірно\b"),
}

NP_STOP: str = r"\s(?:що|в|у|про|на|раніше)\s"

# Words before a speaker named after the verb ("a expliqué aux journalistes le député X").
NP_LEAD: str = r"^(?:(?:журналістам|у Telegram|в соцмережах|в інтерв'ю)[\s,]+)+"

PRONOUNS: tuple[str, ...] = (
    "він",
    "вона",
    "вони",
    "його",
    "її",
    "відомство",
    "міністр",
    "агентство",
)

PLACES: tuple[str, ...] = (r"Курськ\w*(?: област\w*)?", r"Росі\w+", r"Україн\w+")

PLACE_PREP: dict[str, str] = {"from": r"\bз ", "to": r"\bдо |\bна ", "in": r"\bв |\bу |\bна "}

WORKER_WORDS: str = (
    r"\b(?:робітник\w*|будівельник\w*|сапер\w*|інженерн\w+|розмінуван\w*|розмінув\w*)\b"
)

# New cue tables (read by tracker.claims.extract) -------------------------------------------------

BACK_FRAMES: str = r"Про це|Як|Такі дані|Таку заяву|Цю заяву"

SCOPE_CUES: dict[str, str] = {"increment": r"\b(?:[Щщ]е|додатков\w+|нов\w+ партi\w+)\b"}

REVISION_CUES: str = r"\b(?:проти|замість|після|раніше)\b"

MATERIEL_WORDS: str = r"\b(?:снаряд\w*|ракет\w*|одиниц\w* техніки|технік\w*|гаубиц\w*)\b"

# The counted noun of a figure about other armies (not a claim).
FOREIGN_TROOPS: str = r"(?:російськ|українськ)\w*\s+(?:військов|солдат|бійц|військ)\w*"

# Counted nouns that are not the deployment ("fifty countries").
OTHER_THINGS: str = r"\b(?:країн\w*|баз\w*|сіл\w*|завод\w*|відсот\w*|разів)\b"

# Time words pointing back to the previous sentence's time ("the same day").
SAME_TIME: str = r"\b(?:того ж дня|за той самий період|у той самий період)\b"

# Contrast words: a time phrase before one stays with the figure before it.
CONTRAST: str = r"\b(?:але|проте|тепер)\b"

# Words joining a part to its whole ("1,000 of the 12,000").
WHOLE_OF: str = r"\s+(?:з|із)\s+(?:приблизно |близько )?"

# Titles and role words that end a speaker's phrase ("Pentagon spokesman"): dropped when
# the phrase resolves to no registry name, so the name before them is tried.
TITLES: str = r"\s+(?:речни(?:к|ця)|представник|голова)$"

SOURCE_TYPES: dict[str, str] = {
    "anonymous_officials": r"(?:джерел\w*|посадовц\w*|чиновник\w*)",
    "media": r"(?:агентств\w*|видан\w*|телеканал\w*|ЗМІ|журналіст\w*)",
    "intelligence": r"(?:розвідк\w*|ГУР)",
    "military": r"(?:Генштаб\w*|арм\w*|командуван\w*|військов\w+)",
    "government": r"(?:міністр\w*|міністерств\w*|уряд\w*|президент\w*|держсекретар\w*)",
}

PERSON_WORDS: str = r"\b(?:військов\w+|солдат\w*|бійц\w+|осіб|людей)\b"
