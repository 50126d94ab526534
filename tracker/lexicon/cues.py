"""Cue words for claim extraction, per language: metrics, attribution, denial, places.

Plain data read by :mod:`tracker.claims.extract`. Every entry is a regular-expression fragment
(matched case-insensitively; write ``\\b`` yourself where a word boundary matters, since
Korean and Japanese words carry particles). A language without a table falls back to
English for the cues its reports often quote (names, "according to").

``METRIC_CUES[lang]`` maps a cue class to fragments. The class decides the metric and the
status, and its priority (lower wins) decides between classes found near one figure:

==============  ======================  =========  ========
class           metric                  status     priority
==============  ======================  =========  ========
casualties      casualties              reported   1
killed          killed                  reported   1
wounded         wounded                 reported   1
captured        captured                reported   1
other           other                   reported   1
pay             pay                     reported   2
planned         troops_planned          planned    3
transported     troops_transported      reported   4
front           troops_deployed_front   reported   5
present         troops_present          reported   6
front_place     troops_deployed_front   reported   7
==============  ======================  =========  ========

Within one priority the cue nearest the figure wins ("3,000 killed and 2,700 wounded").
``front_place`` is a place that is itself the front line ("in Kursk"): it only decides
when no verb does ("stationed in the Kursk region" is ``troops_present``).

``ATTRIBUTION[lang]`` maps an attribution class to fragments:

- ``according``: the claimant follows the cue ("according to X", "laut X") - a report;
- ``according_left``: the claimant precedes it ("X zufolge", "X에 따르면") - a report;
- ``citing``: the originator follows, the relay is the sentence's other attribution
  ("reported X, citing Y") - a report;
- ``citing_left``: the originator precedes it ("Y를 인용해");
- ``quoted_by``: the relay follows ("as quoted by X"), the speaker is the other attribution;
- ``report``: reporting verbs ("reported", "wrote", "berichtete", "보도했다");
- ``speech``: speech verbs ("said", "revealed", "estimated", "sagte", "밝혔다");
- ``deny``: denial verbs ("denied", "dismissed", "dementierte", "부인했다"), which also make
  the figure's status ``denied``;
- ``hedge``: unattributed hedges ("reportedly", "angeblich", "전해졌다").

Besides these, each language may define ``BACK_FRAMES`` (an attribution that points back to
the figures just stated), ``SCOPE_CUES``, ``REVISION_CUES``, ``MATERIEL_WORDS``,
``SOURCE_TYPES`` (a type guess for a proposed new source) and ``NO_SPACES``.

Example:
    >>> "casualties" in METRIC_CUES["en"]
    True
"""

from __future__ import annotations

from tracker.lexicon import ko
from tracker.lexicon.languages import collect

# cue class -> (metric, status, priority)
METRIC_CLASSES: dict[str, tuple[str, str, int]] = {
    "casualties": ("casualties", "reported", 1),
    "killed": ("killed", "reported", 1),
    "wounded": ("wounded", "reported", 1),
    "captured": ("captured", "reported", 1),
    "other": ("other", "reported", 1),
    "pay": ("pay", "reported", 2),
    "planned": ("troops_planned", "planned", 3),
    "transported": ("troops_transported", "reported", 4),
    "front": ("troops_deployed_front", "reported", 5),
    "present": ("troops_present", "reported", 6),
    "front_place": ("troops_deployed_front", "reported", 7),
}

METRIC_CUES: dict[str, dict[str, tuple[str, ...]]] = collect("METRIC_CUES")

ATTRIBUTION: dict[str, dict[str, tuple[str, ...]]] = collect("ATTRIBUTION")

# Korean and Japanese subjects are marked by a particle glued to the claimant's words.
SUBJECT_PARTICLE: dict[str, str] = collect("SUBJECT_PARTICLE")
SUBJECT_NEAR: dict[str, str] = collect("SUBJECT_NEAR")

# Words that describe an outlet or a speaker before its name ("the South Korean daily
# JoongAng"): the name after them is what the relay chain keeps.
DESCRIPTORS: dict[str, tuple[str, ...]] = collect("DESCRIPTORS")

# Words that end a claimant's noun phrase on the right ("said the NIS in a statement").
NP_STOP: dict[str, str] = collect("NP_STOP")

# Leading and trailing filler around a claimant's words ("Meanwhile, the NIS also said").
NP_LEAD: dict[str, str] = collect("NP_LEAD")
NP_TRAIL: dict[str, str] = collect("NP_TRAIL")

# Pronouns: a claimant named by one takes the last named claimant of the report.
PRONOUNS: dict[str, tuple[str, ...]] = collect("PRONOUNS")

# Places, for the claim's location. ``PLACE_PREP`` is the preposition class before one.
PLACES: dict[str, tuple[str, ...]] = collect("PLACES")
PLACE_PREP: dict[str, dict[str, str]] = collect("PLACE_PREP")
KO_PLACE_SUFFIX: dict[str, str] = ko.PLACE_SUFFIX

# Words that may stand between a number and its counted noun ("2,000 North Korean
# soldiers", "10,000 more troops"), besides capitalised names; the figure's words run on
# to the noun.
NOUN_MODIFIERS: frozenset[str] = frozenset(
    {
        "more",
        "additional",
        "extra",
        "further",
        "military",
        "special",
        "elite",
        "combat",
        "regular",
        "young",
        "new",
        "foreign",
        "active",
        "army",
        "infantry",
        "other",
        "armed",
        "fresh",
        "trained",
        "seasoned",
        "construction",
        "artillery",
        "ballistic",
        "weitere",
        "nordkoreanische",
        "nordkoreanischen",
        "zusätzliche",
    }
)
# Participles that are person words but end a figure's noun run ("3,000 soldiers killed").
NOUN_RUN_END: frozenset[str] = frozenset(
    {"killed", "dead", "wounded", "injured", "missing", "captured", "died"}
)
NOUN_OF: frozenset[str] = frozenset({"of", "of the", "von", "de", "из"})

# Counted nouns (Figure.unit) that make a figure a claim of another metric, and those
# that never make a claim (measures, durations, calibres).
MATERIEL_UNITS = frozenset(
    {
        "shells",
        "rounds",
        "missiles",
        "rockets",
        "artillery",
        "howitzers",
        "launchers",
        "guns",
        "tanks",
        "drones",
        "containers",
        "munitions",
        "ammunition",
        "vehicles",
        "systems",
        "tons",
        "pieces",
        "Granaten",
        "Raketen",
        "포탄",
        "미사일",
        "砲弾",
    }
)
OTHER_CLAIM_UNITS = frozenset(
    {
        "ships",
        "trains",
        "flights",
        "aircraft",
        "helicopters",
        "convoys",
        "wagons",
        "battalions",
        "brigades",
        "units",
    }
)
WORKER_WORDS: dict[str, str] = collect("WORKER_WORDS")

# Languages written without spaces between words (claimant phrases are runs of characters).
NO_SPACES: frozenset[str] = frozenset(code for code, flag in collect("NO_SPACES").items() if flag)

# Words standing where a source would that point back to the figures just stated ("Об этом"
# сообщил X, "This was" reported by X): the source is then read on the right.
BACK_FRAMES: dict[str, str] = collect("BACK_FRAMES")

# Scope cues beside a figure: ``increment`` ("another 3,000"), ``incident`` (one event).
SCOPE_CUES: dict[str, dict[str, str]] = collect("SCOPE_CUES")

# Words between a new figure and the earlier one it revises ("to 11,000 from 10,000").
REVISION_CUES: dict[str, str] = collect("REVISION_CUES")

# Counted things after a figure that make it materiel ("24 ballistic missiles").
MATERIEL_WORDS: dict[str, str] = collect("MATERIEL_WORDS")

# The counted noun of a figure about other armies ("Russian troops"): not a claim.
FOREIGN_TROOPS: dict[str, str] = collect("FOREIGN_TROOPS")

# Counted nouns that are not the deployment ("fifty countries", "three bases").
OTHER_THINGS: dict[str, str] = collect("OTHER_THINGS")

# Time words that point back to the previous sentence's time ("the same day", "같은 기간").
SAME_TIME: dict[str, str] = collect("SAME_TIME")

# Contrast words: a time phrase before one belongs to the figure before it ("In April ...
# 600, but now ... 2,000").
CONTRAST: dict[str, str] = collect("CONTRAST")

# The words joining a part to its whole ("1,000 of the 12,000"), the whole gap matched.
WHOLE_OF: dict[str, str] = collect("WHOLE_OF")

# Titles and role words ending a speaker's phrase, dropped to find the name before them.
TITLES: dict[str, str] = collect("TITLES")

# A guess of a proposed new source's type from its words (type -> pattern).
SOURCE_TYPES: dict[str, dict[str, str]] = collect("SOURCE_TYPES")

# Words for people counted in a claim (regex), per language.
PERSON_WORDS: dict[str, str] = collect("PERSON_WORDS")
NON_CLAIM_UNITS = frozenset(
    {
        "mm",
        "cm",
        "m",
        "km",
        "kilometres",
        "kilometers",
        "miles",
        "metres",
        "meters",
        "kg",
        "days",
        "weeks",
        "months",
        "hours",
        "minutes",
        "years",
        "calibre",
        "caliber",
        "Kilometer",
        "Tage",
        "Wochen",
        "Monate",
        "Jahre",
        "일",
        "주",
        "개월",
        "년",
        "세",
        "살",
    }
)
AGE_UNITS = frozenset({"years_of_age"})

# Text right before or after a figure that says it is not a count: model numbers
# ("KN-23", "Hwasong-11", "T-72"), calibres ("152mm", "152-millimetre"), units and
# ordinals ("the 11th Corps", "Unit 8455").
NOT_A_COUNT_BEFORE = (
    r"[A-Za-z][A-Za-z]?-$",
    r"[A-Za-z]{2,}-$",
    r"\b(?:Unit|No\.|Nr\.|Number|number|Brigade|Corps|Division|Regiment|Article|Resolution)\s$",
    r"\b(?:KN|Hwasong|Iskander|Su|MiG|T|Ka|Mi|M|BTR|BMP)\s?$",
    r"(?:火星|화성|北極星|북극성)[-\s]?\Z",
    r"(?<!\w)(?:БТР|БМП|Т|М|Су|Ми|Ка)-?\Z",
    r"[A-Za-zА-Яа-я]{1,4}\Z",
)
NOT_A_COUNT_AFTER = (
    r"^-?\s?(?:mm|millimet(?:er|re)s?|cm|calib(?:er|re)|kal\.|Kaliber)\b",
    r"^(?:st|nd|rd|th)\b",
    r"^-(?:series|class|type)\b",
    r"^-[A-Za-z]",
    r"^\s?(?:km|kilomet(?:er|re)s?|miles?|metres?|meters?)\b",
    r"^\s?(?:mm|km|㎜|㎞)",
    r"^\s?(?:days?|weeks?|months?|hours?|minutes?)\b",
    r"^\s?(?:Tage|Wochen|Monate|Stunden|Kilometer)\b",
    r"^\s?(?:일간|주간|개월|시간|킬로미터|밀리)",
    r"^[)）]?[日号號](?![本])",
    r"^[)）]일",
)
