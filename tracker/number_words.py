"""Number-word tables per language: units, hundreds, scale words, articles, separators.

Pure data (Python literals) read by :mod:`tracker.numerals`. Keys are lower-case.

* ``UNITS[lang]``: words with an additive value ("seven": 7, "twenty": 20, "doscientos": 200).
* ``HUNDREDS[lang]``: multipliers below a thousand ("hundred": 100, "dozen": 12).
* ``SCALES[lang]``: multipliers from a thousand up, words and abbreviations ("tys.", "mln").
* ``ARTICLES[lang]``: words worth 1 only before a multiplier ("a hundred", "ein Tausend").
* ``HALVES[lang]``: words worth one half before a multiplier ("half a million").
* ``AND_WORDS[lang]``: the word joining number words ("hundred and six").
* ``COMPOUNDING``: languages that write numbers as one word ("dreitausend", "duemila").
* ``APPROX_NOUNS[lang]``: approximate numeral nouns ("una trentina" ~ 30).
* ``DECIMAL_POINT_LANGS``: languages where "." is always the decimal mark.

Example:
    >>> UNITS["en"]["twenty"]
    20
"""

from __future__ import annotations


def _forms(pairs: dict[str, float]) -> dict[str, float]:
    """Expand "stem|suffix1|suffix2" keys into one entry per inflected form."""
    out: dict[str, float] = {}
    for key, value in pairs.items():
        stem, _, rest = key.partition("|")
        if not rest:
            out[stem] = value
            continue
        for suffix in rest.split("|"):
            out[stem + suffix] = value
    return out


_EN_UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}

_DE_MORPHS = {
    "null": 0, "eins": 1, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1,
    "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40,
    "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}

_NL_MORPHS = {
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
    "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
}

_IT_MORPHS = {
    "zero": 0, "uno": 1, "una": 1, "un": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4,
    "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11,
    "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16,
    "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20, "vent": 20,
    "trenta": 30, "trent": 30, "quaranta": 40, "quarant": 40, "cinquanta": 50,
    "cinquant": 50, "sessanta": 60, "sessant": 60, "settanta": 70, "settant": 70,
    "ottanta": 80, "ottant": 80, "novanta": 90, "novant": 90,
}

_FR_UNITS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
    "octante": 80, "nonante": 90,
}

_ES_UNITS = {
    "cero": 0, "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21,
    "veintiún": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28,
    "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
    "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500,
    "seiscientos": 600, "seiscientas": 600, "setecientos": 700, "setecientas": 700,
    "ochocientos": 800, "ochocientas": 800, "novecientos": 900, "novecientas": 900,
}

_PT_UNITS = {
    "zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4,
    "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11,
    "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16,
    "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19,
    "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50,
    "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100,
    "duzentos": 200, "duzentas": 200, "trezentos": 300, "trezentas": 300,
    "quatrocentos": 400, "quatrocentas": 400, "quinhentos": 500, "quinhentas": 500,
    "seiscentos": 600, "seiscentas": 600, "setecentos": 700, "setecentas": 700,
    "oitocentos": 800, "oitocentas": 800, "novecentos": 900, "novecentas": 900,
}

_PL_UNITS = _forms({
    "zero": 0, "jeden": 1, "jedna": 1, "jedno": 1, "jednego": 1, "jednej": 1,
    "dwa": 2, "dwie": 2, "dwóch": 2, "dwu": 2, "dwoma": 2, "dwaj": 2,
    "trzy": 3, "trzech": 3, "trzema": 3, "cztery": 4, "czterech": 4, "czterema": 4,
    "pięć|": 5, "pięci|u|oma": 5, "sześć": 6, "sześci|u|oma": 6, "siedem": 7,
    "siedmi|u|oma": 7, "osiem": 8, "ośmi|u|oma": 8, "dziewięć": 9, "dziewięci|u|oma": 9,
    "dziesięć": 10, "dziesięci|u|oma": 10, "jedenaście": 11, "jedenastu": 11,
    "dwanaście": 12, "dwunastu": 12, "piętnaście": 15, "piętnastu": 15,
    "dwadzieścia": 20, "dwudziestu": 20, "trzydzieści": 30, "trzydziestu": 30,
    "czterdzieści": 40, "czterdziestu": 40, "pięćdziesiąt": 50, "pięćdziesięciu": 50,
    "sześćdziesiąt": 60, "siedemdziesiąt": 70, "osiemdziesiąt": 80,
    "dziewięćdziesiąt": 90, "sto": 100, "stu": 100, "dwieście": 200, "dwustu": 200,
    "trzysta": 300, "trzystu": 300, "czterysta": 400, "pięćset": 500, "pięciuset": 500,
    "sześćset": 600, "siedemset": 700, "osiemset": 800, "dziewięćset": 900,
})

_RU_UNITS = _forms({
    "ноль": 0, "один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "одну": 1,
    "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "двое": 2, "двоих": 2,
    "три": 3, "трех": 3, "трёх": 3, "трем": 3, "тремя": 3, "трое": 3, "троих": 3,
    "четыре": 4, "четырех": 4, "четырёх": 4, "четырьмя": 4, "четверо": 4,
    "пят|ь|и|ью": 5, "пятеро": 5, "шест|ь|и|ью": 6, "шестеро": 6, "сем|ь|и|ью": 7,
    "семеро": 7, "восем|ь|ью": 8, "восьми": 8, "девят|ь|и|ью": 9, "девятеро": 9,
    "десят|ь|и|ью": 10, "десятеро": 10, "одиннадцат|ь|и": 11, "двенадцат|ь|и": 12,
    "тринадцат|ь|и": 13, "четырнадцат|ь|и": 14, "пятнадцат|ь|и": 15,
    "шестнадцат|ь|и": 16, "семнадцат|ь|и": 17, "восемнадцат|ь|и": 18,
    "девятнадцат|ь|и": 19, "двадцат|ь|и": 20, "тридцат|ь|и": 30, "сорок|а": 40,
    "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60,
    "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80,
    "девяност|о|а": 90, "сто": 100, "ста": 100, "двести": 200, "двухсот": 200,
    "триста": 300, "трехсот": 300, "трёхсот": 300, "четыреста": 400,
    "четырехсот": 400, "пятьсот": 500, "пятисот": 500, "шестьсот": 600, "шестисот": 600,
    "семьсот": 700, "семисот": 700, "восемьсот": 800, "восьмисот": 800,
    "девятьсот": 900, "девятисот": 900,
})

_UK_UNITS = _forms({
    "нуль": 0, "один": 1, "одна": 1, "одно": 1, "одного": 1, "однієї": 1, "одну": 1,
    "два": 2, "дві": 2, "двох": 2, "двом": 2, "двома": 2, "двоє": 2,
    "три": 3, "трьох": 3, "трьом": 3, "трьома": 3, "троє": 3,
    "чотири": 4, "чотирьох": 4, "чотирьом": 4, "чотирма": 4, "четверо": 4,
    "п'ят|ь|и|ьох|ьом|ома": 5, "п’ят|ь|и|ьох|ьом|ома": 5, "п'ятеро": 5, "п’ятеро": 5,
    "шіст|ь|и|ьох|ьом": 6, "шестеро": 6, "сім": 7, "сем|и|ох|ома": 7, "семеро": 7,
    "вісім": 8, "восьм|и|ох|ома": 8, "восьмеро": 8,
    "дев'ят|ь|и|ьох|ьом": 9, "дев’ят|ь|и|ьох|ьом": 9, "дев'ятеро": 9, "дев’ятеро": 9,
    "десят|ь|и|ьох|ьом": 10, "десятеро": 10, "одинадцят|ь|и|ьох": 11,
    "дванадцят|ь|и|ьох": 12, "п'ятнадцят|ь|и|ьох": 15, "п’ятнадцят|ь|и|ьох": 15,
    "двадцят|ь|и|ьох": 20, "тридцят|ь|и|ьох": 30, "сорок|а": 40, "п'ятдесят": 50,
    "п’ятдесят": 50, "шістдесят": 60, "сімдесят": 70, "вісімдесят": 80,
    "дев'яносто": 90, "дев’яносто": 90, "сто": 100, "ста": 100, "двісті": 200,
    "двохсот": 200, "триста": 300, "трьохсот": 300, "чотириста": 400,
    "п'ятсот": 500, "п’ятсот": 500, "шістсот": 600, "сімсот": 700, "вісімсот": 800,
    "дев'ятсот": 900, "дев’ятсот": 900,
})

_IS_UNITS = {
    "einn": 1, "eitt": 1, "ein": 1, "tveir": 2, "tvö": 2, "tvær": 2, "þrír": 3, "þrjú": 3,
    "þrjár": 3, "fjórir": 4, "fjögur": 4, "fjórar": 4, "fimm": 5, "sex": 6, "sjö": 7,
    "átta": 8, "níu": 9, "tíu": 10, "ellefu": 11, "tólf": 12, "tuttugu": 20, "þrjátíu": 30,
    "fjörutíu": 40, "fimmtíu": 50,
}

_AR_UNITS = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "ثلاثة": 3, "ثلاث": 3,
    "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7,
    "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10, "عشرون": 20,
    "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50,
    "خمسين": 50, "مائة": 100, "مئة": 100, "مائتين": 200, "مئتين": 200,
    "وثلاثة": 3, "وخمسة": 5, "وتسعة": 9,
}

_HI_UNITS = {
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "सात": 7,
    "आठ": 8, "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "बीस": 20, "पचास": 50, "सौ": 100,
}

_MR_UNITS = {
    "एक": 1, "दोन": 2, "तीन": 3, "चार": 4, "पाच": 5, "सहा": 6, "सात": 7, "आठ": 8,
    "नऊ": 9, "दहा": 10, "अकरा": 11, "बारा": 12, "वीस": 20, "पन्नास": 50, "शंभर": 100,
}

_CS_UNITS = {
    "jeden": 1, "jedna": 1, "dva": 2, "dvě": 2, "tři": 3, "čtyři": 4, "pět": 5, "šest": 6,
    "sedm": 7, "osm": 8, "devět": 9, "deset": 10, "dvacet": 20, "sto": 100,
}

_BG_UNITS = {
    "един": 1, "една": 1, "два": 2, "две": 2, "три": 3, "четири": 4, "пет": 5,
    "шест": 6, "седем": 7, "осем": 8, "девет": 9, "десет": 10, "сто": 100,
}

UNITS: dict[str, dict[str, float]] = {
    "en": _EN_UNITS,
    "de": _DE_MORPHS,
    "nl": _NL_MORPHS,
    "it": _IT_MORPHS,
    "fr": _FR_UNITS,
    "es": _ES_UNITS,
    "pt": _PT_UNITS,
    "pl": _PL_UNITS,
    "ru": _RU_UNITS,
    "uk": _UK_UNITS,
    "is": _IS_UNITS,
    "ar": _AR_UNITS,
    "hi": _HI_UNITS,
    "mr": _MR_UNITS,
    "cs": _CS_UNITS,
    "bg": _BG_UNITS,
    "mk": _BG_UNITS,
}

HUNDREDS: dict[str, dict[str, float]] = {
    "en": {"hundred": 100, "hundreds": 100, "dozen": 12, "dozens": 12, "dzs": 12, "doz": 12,
           "dozs": 12, "score": 20},
    "de": {"hundert": 100, "dutzend": 12},
    "nl": {"honderd": 100, "dozijn": 12},
    "it": {"cento": 100, "cent": 100, "dozzina": 12},
    "fr": {"cent": 100, "cents": 100, "douzaine": 12},
    "es": {"docena": 12},
    "pt": {"dúzia": 12},
    "pl": {"tuzin": 12},
    "ru": {"дюжина": 12},
    "uk": {"дюжина": 12},
    "is": {"hundrað": 100},
    "hi": {"सौ": 100},
    "mr": {"शंभर": 100, "शे": 100},
}

SCALES: dict[str, dict[str, float]] = {
    "en": {"thousand": 1e3, "thousands": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6,
           "mn": 1e6, "mln": 1e6, "mil": 1e6, "mm": 1e6, "billion": 1e9, "billions": 1e9,
           "bn": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "tln": 1e12,
           "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7},
    "de": {"tausend": 1e3, "tsd.": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6,
           "mio.": 1e6, "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9,
           "mrd": 1e9, "billion": 1e12, "billionen": 1e12},
    "nl": {"duizend": 1e3, "miljoen": 1e6, "mln": 1e6, "mln.": 1e6, "miljard": 1e9,
           "mld": 1e9, "mld.": 1e9},
    "it": {"mille": 1e3, "mila": 1e3, "milione": 1e6, "milioni": 1e6, "mln": 1e6,
           "miliardo": 1e9, "miliardi": 1e9, "mld": 1e9},
    "fr": {"mille": 1e3, "mil": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9,
           "milliards": 1e9, "md": 1e9, "mds": 1e9},
    "es": {"mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "millardo": 1e9,
           "millardos": 1e9, "billón": 1e12, "billones": 1e12},
    "pt": {"mil": 1e3, "milhão": 1e6, "milhões": 1e6, "milhao": 1e6, "milhoes": 1e6,
           "mi": 1e6, "bilhão": 1e9, "bilhões": 1e9, "bi": 1e9, "milhar": 1e3},
    "pl": _forms({"tys.": 1e3, "tys": 1e3, "tysiąc|": 1e3, "tysiąc|e|a|u|em": 1e3,
                  "tysięcy": 1e3, "mln": 1e6, "mln.": 1e6, "milion|": 1e6,
                  "milion|y|ów|a|ie": 1e6, "mld": 1e9, "mld.": 1e9,
                  "miliard|": 1e9, "miliard|y|ów|a": 1e9}),
    "ru": _forms({"тыс.": 1e3, "тыс": 1e3, "тысяч|а|и|у|ей|ами|ах|ью": 1e3, "тысяч": 1e3,
                  "млн": 1e6, "млн.": 1e6, "миллион|": 1e6, "миллион|а|ов|ами|у|е": 1e6,
                  "млрд": 1e9, "млрд.": 1e9, "миллиард|": 1e9, "миллиард|а|ов|у": 1e9}),
    "uk": _forms({"тис.": 1e3, "тис": 1e3, "тисяч|а|і|у|ею|ами|ах": 1e3, "тисяч": 1e3,
                  "млн": 1e6, "млн.": 1e6, "мільйон|": 1e6, "мільйон|а|ів|ами|у|і": 1e6,
                  "млрд": 1e9, "млрд.": 1e9, "мільярд|": 1e9, "мільярд|а|ів|у|и": 1e9}),
    "is": {"þúsund": 1e3, "milljón": 1e6, "milljónir": 1e6, "milljarður": 1e9},
    "ar": {"ألف": 1e3, "آلاف": 1e3, "ألفا": 1e3, "الف": 1e3, "مليون": 1e6, "ملايين": 1e6,
           "مليار": 1e9},
    "hi": {"हजार": 1e3, "हज़ार": 1e3, "लाख": 1e5, "करोड़": 1e7, "करोड": 1e7},
    "mr": {"हजार": 1e3, "लाख": 1e5, "कोटी": 1e7},
    "cs": {"tisíc": 1e3, "tisíce": 1e3, "tisící": 1e3, "tis.": 1e3, "milion": 1e6,
           "miliony": 1e6, "milionů": 1e6, "mil.": 1e6, "miliard": 1e9, "miliardy": 1e9},
    "bg": {"хиляди": 1e3, "хиляда": 1e3, "хил.": 1e3, "милиона": 1e6, "милион": 1e6},
    "mk": {"илјади": 1e3, "илјада": 1e3, "милиони": 1e6, "милион": 1e6},
    "hr": {"tisuća": 1e3, "tisuće": 1e3, "tisuću": 1e3, "tis.": 1e3, "milijun": 1e6,
           "milijuna": 1e6, "milijarda": 1e9},
    "id": {"ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "triliun": 1e12},
    "tr": {"bin": 1e3, "milyon": 1e6, "milyar": 1e9},
    "sv": {"tusen": 1e3, "miljon": 1e6, "miljoner": 1e6, "miljard": 1e9},
}

# Abbreviations glued to digits ("10k", "$20m", "2,5 Mio.") in every language.
SUFFIX_SCALES: dict[str, float] = {
    "k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "B": 1e9,
    "bln": 1e9, "tn": 1e12,
}

ARTICLES: dict[str, frozenset[str]] = {
    "en": frozenset({"a", "an"}),
    "de": frozenset({"ein", "eine", "einer", "einen"}),
    "nl": frozenset({"een"}),
    "fr": frozenset({"un", "une"}),
    "es": frozenset({"un", "una"}),
    "it": frozenset({"un", "una", "uno"}),
    "pt": frozenset({"um", "uma"}),
}

HALVES: dict[str, frozenset[str]] = {
    "en": frozenset({"half"}),
    "de": frozenset({"halbe", "halben", "halb"}),
    "nl": frozenset({"half", "halve"}),
    "fr": frozenset({"demi"}),
    "es": frozenset({"medio", "media"}),
    "it": frozenset({"mezzo", "mezza"}),
    "pt": frozenset({"meio", "meia"}),
    "pl": frozenset({"pół"}),
    "ru": frozenset({"пол", "полу"}),
    "uk": frozenset({"пів", "півтора"}),
}

AND_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"and"}),
    "de": frozenset({"und"}),
    "nl": frozenset({"en"}),
    "fr": frozenset({"et"}),
    "es": frozenset({"y"}),
    "it": frozenset({"e"}),
    "pt": frozenset({"e"}),
    "pl": frozenset(),
    "ru": frozenset(),
    "uk": frozenset(),
}

# Languages whose number words are written as one compound word.
COMPOUNDING: frozenset[str] = frozenset({"de", "nl", "it"})

# Connectors inside compound words ("einundzwanzig", "eenentwintig").
COMPOUND_AND: dict[str, str] = {"de": "und", "nl": "en"}

APPROX_NOUNS: dict[str, dict[str, float]] = {
    "en": {},
    "it": {"decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30,
           "quarantina": 40, "cinquantina": 50, "sessantina": 60, "settantina": 70,
           "ottantina": 80, "novantina": 90, "centinaio": 100, "migliaio": 1000},
    "fr": {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
           "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
           "centaine": 100, "millier": 1000},
    "es": {"decena": 10, "veintena": 20, "treintena": 30, "cuarentena": 40,
           "centenar": 100, "millar": 1000},
    "pt": {"dezena": 10, "vintena": 20, "trintena": 30, "centena": 100, "milhar": 1000},
    "de": {},
}

# Languages where "." is always a decimal mark (never a thousands separator).
DECIMAL_POINT_LANGS: frozenset[str] = frozenset(
    {"en", "ko", "ja", "zh", "hi", "mr", "te", "ta", "bn", "th", "he", "ms", "tl"}
)

# CJK myriad characters and their values (Korean, Japanese, Chinese simplified/traditional).
CJK_SCALES: dict[str, float] = {
    "십": 10, "十": 10, "백": 100, "百": 100, "천": 1e3, "千": 1e3, "만": 1e4, "万": 1e4,
    "萬": 1e4, "억": 1e8, "億": 1e8, "亿": 1e8, "조": 1e12, "兆": 1e12,
}

CJK_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9,
}
