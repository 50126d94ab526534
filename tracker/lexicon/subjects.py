"""Subject words of the archive scan's relevance prefilter, one plain table per language.

Each table has two word lists, written in lower case and matched as substrings of the
lower-cased text (a prefilter may let too much through; extraction decides afterwards):

- ``subject``: North Korea, the DPRK, Pyongyang, Kim Jong Un, in the language's spellings
  and the inflected forms a substring does not cover;
- ``troops``: troops, soldiers, servicemen, army, forces.

An article is relevant when it holds at least one word of each list (see
:mod:`tracker.scan.prefilter`). Stems are used where the language inflects ("truppe",
"żołnierz", "войск"); CJK words are short because they are whole words there.

Example:
    >>> from tracker.lexicon.subjects import SUBJECTS
    >>> "north korea" in SUBJECTS["en"]["subject"]
    True
    >>> sorted(SUBJECTS)[:4]
    ['de', 'en', 'es', 'fr']
"""

from __future__ import annotations

EN: dict[str, tuple[str, ...]] = {
    "subject": (
        "north korea",
        "n. korea",
        "n.korea",
        "dprk",
        "pyongyang",
        "kim jong un",
        "kim jong-un",
    ),
    "troops": (
        "troop",
        "soldier",
        "servicem",
        "military personnel",
        "army",
        "forces",
        "fighters",
        "mercenar",
    ),
}

DE: dict[str, tuple[str, ...]] = {
    "subject": ("nordkorea", "dvrk", "pjöngjang", "pjongjang", "kim jong un", "kim jong-un"),
    "troops": ("truppe", "soldat", "militär", "streitkräfte", "armee", "kämpfer"),
}

FR: dict[str, tuple[str, ...]] = {
    "subject": (
        "corée du nord",
        "nord-coré",
        "nord-core",
        "rpdc",
        "pyongyang",
        "kim jong-un",
        "kim jong un",
    ),
    "troops": ("troupe", "soldat", "militaire", "armée", "forces", "combattant"),
}

ES: dict[str, tuple[str, ...]] = {
    "subject": (
        "corea del norte",
        "norcorean",
        "rpdc",
        "pyongyang",
        "piongyang",
        "kim jong-un",
        "kim jong un",
    ),
    "troops": ("tropa", "soldado", "militar", "ejército", "efectivos", "fuerzas", "combatiente"),
}

IT: dict[str, tuple[str, ...]] = {
    "subject": (
        "corea del nord",
        "nordcorean",
        "rpdc",
        "pyongyang",
        "kim jong-un",
        "kim jong un",
    ),
    "troops": ("truppe", "soldat", "militari", "esercito", "forze", "combattent"),
}

PL: dict[str, tuple[str, ...]] = {
    "subject": (
        "korea północna",
        "korei północnej",
        "koreą północną",
        "koreę północną",
        "północnokorea",
        "kndr",
        "pjongjang",
        "kim dzong un",
        "kim dzong-un",
        "kim jong un",
    ),
    "troops": ("żołnierz", "wojsk", "armi", "oddział", "bojownik"),
}

PT: dict[str, tuple[str, ...]] = {
    "subject": (
        "coreia do norte",
        "norte-corean",
        "rpdc",
        "pyongyang",
        "pionguiangue",
        "kim jong-un",
        "kim jong un",
    ),
    "troops": ("tropa", "soldado", "militar", "exército", "efetivos", "forças", "combatente"),
}

RU: dict[str, tuple[str, ...]] = {
    "subject": (
        "северная корея",
        "северной коре",
        "северную корею",
        "северокоре",
        "кндр",
        "пхеньян",
        "ким чен ын",
    ),
    "troops": ("войск", "военн", "солдат", "бойц", "армии", "армия"),
}

UK: dict[str, tuple[str, ...]] = {
    "subject": (
        "північна корея",
        "північної кореї",
        "північну корею",
        "північній кореї",
        "північнокоре",
        "кндр",
        "пхеньян",
        "кім чен ин",
    ),
    "troops": ("військ", "солдат", "бійц", "армі"),
}

KO: dict[str, tuple[str, ...]] = {
    "subject": ("북한", "북측", "조선민주주의인민공화국", "평양", "김정은"),
    "troops": ("병력", "군인", "군대", "파병", "병사", "장병", "북한군", "부대"),
}

JA: dict[str, tuple[str, ...]] = {
    "subject": ("北朝鮮", "朝鮮民主主義人民共和国", "平壌", "ピョンヤン", "金正恩"),
    "troops": ("兵", "部隊", "軍"),
}

ZH: dict[str, tuple[str, ...]] = {
    "subject": ("朝鲜", "朝鮮", "北韩", "北韓", "平壤", "金正恩"),
    "troops": ("兵", "军", "軍", "部队", "部隊"),
}

SUBJECTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": EN,
    "de": DE,
    "fr": FR,
    "es": ES,
    "it": IT,
    "pl": PL,
    "pt": PT,
    "ru": RU,
    "uk": UK,
    "ko": KO,
    "ja": JA,
    "zh": ZH,
}
