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

Example:
    >>> "casualties" in METRIC_CUES["en"]
    True
"""

from __future__ import annotations

# cue class -> (metric, status, priority)
METRIC_CLASSES: dict[str, tuple[str, str, int]] = {
    "casualties": ("casualties", "reported", 1),
    "killed": ("killed", "reported", 1),
    "wounded": ("wounded", "reported", 1),
    "captured": ("captured", "reported", 1),
    "pay": ("pay", "reported", 2),
    "planned": ("troops_planned", "planned", 3),
    "transported": ("troops_transported", "reported", 4),
    "front": ("troops_deployed_front", "reported", 5),
    "present": ("troops_present", "reported", 6),
    "front_place": ("troops_deployed_front", "reported", 7),
}

METRIC_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "casualties": (
            r"\bkilled (?:or|and) (?:wounded|injured)\b",
            r"\b(?:dead|killed) (?:or|and) (?:wounded|injured)\b",
            r"\bcasualt(?:y|ies)\b",
            r"\blosses\b",
        ),
        "killed": (
            r"\bkilled\b",
            r"\bdead\b",
            r"\bdied\b",
            r"\bdeaths?\b",
            r"\bfatalit(?:y|ies)\b",
            r"\blost their lives\b",
        ),
        "wounded": (r"\bwounded\b", r"\binjured\b", r"\binjuries\b"),
        "captured": (
            r"\bcaptured\b",
            r"\btaken prisoner\b",
            r"\bprisoners? of war\b",
            r"\bPOWs?\b",
            r"\bsurrendered\b",
        ),
        "pay": (
            r"\bpa(?:y|ys|id|ying)\b",
            r"\bsalar(?:y|ies)\b",
            r"\bwages?\b",
            r"\bearn(?:s|ed|ing)?\b",
            r"\bcompensation\b",
            r"\bpayments?\b",
            r"\breceiv(?:e|es|ed|ing)\b",
        ),
        "planned": (
            r"\bplan(?:s|ned|ning)? to\b",
            r"\bwill (?:be )?(?:send|deploy|dispatch|sent|deployed|dispatched|add|transfer)",
            r"\b(?:is|are) (?:expected|set|due|likely) to\b",
            r"\bexpected to (?:be )?(?:send|deploy|reach|arrive|sent|deployed)",
            r"\bintends? to\b",
            r"\baims? to\b",
            r"\bcould (?:send|deploy|dispatch|reach)\b",
            r"\bwould (?:send|deploy|dispatch)\b",
            r"\bto be (?:sent|deployed|dispatched)\b",
            r"\bprepar(?:es|ing|ed) to (?:send|deploy|dispatch)\b",
        ),
        "transported": (
            r"\btransport(?:ed|ing)\b",
            r"\bmoved\b",
            r"\bmoving\b",
            r"\barriv(?:ed|ing|als?)\b",
            r"\bshipped\b",
            r"\bferried\b",
            r"\bflown\b",
            r"\bairlifted\b",
            r"\btransferred\b",
            r"\brelocated\b",
            r"\bby (?:train|rail|ship|sea|air|plane)\b",
            r"\ben route\b",
            r"\bleaving\b",
            r"(?-i:\bleft (?=[A-Z]|the port|port))",
            r"\bdepart(?:ed|ing)\b",
            r"\bcross(?:ed|ing)\b",
        ),
        "front": (
            r"\bfront ?lines?\b",
            r"\bat the front\b",
            r"\bto the front\b",
            r"\bcombat\b",
            r"\bfighting\b",
            r"\bbattles?\b",
            r"\bassaults?\b",
            r"\bbattlefield\b",
        ),
        "present": (
            r"\bsent\b",
            r"\bsend(?:s|ing)?\b",
            r"\bdispatch(?:ed|es|ing)?\b",
            r"\bdeploy(?:ed|s|ing|ment)?\b",
            r"\bstationed\b",
            r"\bin Russia\b",
            r"\bserving\b",
        ),
        "front_place": (r"\b(?:in|into|to) (?:the )?Kursk\b",),
    },
    "de": {
        "casualties": (
            r"\bgetötet (?:oder|und) verwundet\b",
            r"\btot (?:oder|und) verwundet\b",
            r"\bVerluste\b",
            r"\bOpfer\b",
        ),
        "killed": (r"\bgetötet\b", r"\bgefallen\b", r"\btot\b", r"\bTote\b", r"\bums Leben\b"),
        "wounded": (r"\bverwundet\b", r"\bverletzt\b", r"\bVerwundete\b"),
        "captured": (r"\bgefangen(?:genommen)?\b", r"\bKriegsgefangen\w*"),
        "pay": (r"\bzahlt\b", r"\bbezahlt\b", r"\bSold\b", r"\bGehalt\b", r"\bLohn\b"),
        "planned": (
            r"\bplan(?:t|en) ",
            r"\bwill\b",
            r"\bwerden\b.*\b(?:schicken|entsenden|verlegen)\b",
            r"\bsollen\b[^.]{0,60}\b(?:folgen|eintreffen|kommen|verlegt werden|entsandt werden)\b",
            r"\bbeabsichtigt\b",
            r"\bvoraussichtlich\b",
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
    },
    "ko": {
        "casualties": (r"사상자", r"사상", r"死傷", r"손실"),
        "killed": (r"전사", r"사망"),
        "wounded": (r"부상",),
        "captured": (r"포로", r"생포"),
        "pay": (r"월급", r"급여", r"봉급", r"지급", r"받는"),
        "planned": (r"예정", r"계획", r"할 것으로", r"보낼", r"파병할", r"추가 파병"),
        "transported": (r"이동", r"수송", r"도착", r"이송", r"열차"),
        "front": (r"전선", r"전투", r"최전방", r"실전"),
        "present": (r"파병", r"파견", r"배치", r"주둔", r"보냈"),
        "front_place": (r"쿠르스크",),
    },
    "fr": {
        "casualties": (r"\btués ou blessés\b", r"\bpertes\b", r"\bvictimes\b"),
        "killed": (r"\btués?\b", r"\bmorts?\b"),
        "wounded": (r"\bblessés?\b",),
        "captured": (r"\bcapturés?\b", r"\bprisonniers?\b"),
        "pay": (r"\bpa(?:ie|yé|yés)\b", r"\bsalaires?\b", r"\bsolde\b"),
        "planned": (r"\bprévoit\b", r"\benverra\b", r"\bdevrait\b", r"\bdevraient\b"),
        "transported": (r"\btransportés?\b", r"\barrivés?\b", r"\bacheminés?\b"),
        "front": (r"\bfront\b", r"\bcombats?\b"),
        "present": (r"\benvoyés?\b", r"\bdéployés?\b", r"\bstationnés?\b", r"\ben Russie\b"),
        "front_place": (r"\bKoursk\b",),
    },
    "es": {
        "casualties": (r"\bmuertos o heridos\b", r"\bbajas\b", r"\bpérdidas\b"),
        "killed": (r"\bmuertos?\b", r"\bfallecidos?\b"),
        "wounded": (r"\bheridos?\b",),
        "captured": (r"\bcapturados?\b", r"\bprisioneros?\b"),
        "pay": (r"\bpaga\b", r"\bsalarios?\b", r"\bsueldos?\b"),
        "planned": (r"\bplanea\b", r"\benviará\b", r"\bprevé\b"),
        "transported": (r"\btransportados?\b", r"\bllegaron\b", r"\btrasladados?\b"),
        "front": (r"\bfrente\b", r"\bcombates?\b"),
        "present": (r"\benviados?\b", r"\bdesplegados?\b", r"\ben Rusia\b"),
        "front_place": (r"\bKursk\b",),
    },
    "ru": {
        "casualties": (r"убиты\w* (?:или|и) ранены\w*", r"\bпотер\w*"),
        "killed": (r"\bубит\w*", r"\bпогиб\w*"),
        "wounded": (r"\bранен\w*",),
        "captured": (r"\bплен\w*",),
        "pay": (r"\bплат\w*", r"\bзарплат\w*", r"\bжалован\w*"),
        "planned": (r"\bпланиру\w*", r"\bнамерен\w*", r"\bотправит\b"),
        "transported": (r"\bперебро\w*", r"\bприбыл\w*", r"\bдоставлен\w*"),
        "front": (r"\bфронт\w*", r"\bбо[еёи]\w*"),
        "present": (r"\bотправ\w*", r"\bразвернут\w*", r"\bнаход\w*", r"\bв России\b"),
        "front_place": (r"\bКурск\w*",),
    },
    "uk": {
        "casualties": (r"вбит\w* (?:або|і|та) поранен\w*", r"\bвтрат\w*"),
        "killed": (r"\bвбит\w*", r"\bзагин\w*", r"\bзагибл\w*"),
        "wounded": (r"\bпоранен\w*",),
        "captured": (r"\bполон\w*",),
        "pay": (r"\bплат\w*", r"\bзарплат\w*"),
        "planned": (r"\bпланує\w*", r"\bмає намір\b", r"\bнаправить\b"),
        "transported": (r"\bперекин\w*", r"\bприбул\w*", r"\bперевез\w*"),
        "front": (r"\bфронт\w*", r"\bбо[її]\w*"),
        "present": (r"\bвідправ\w*", r"\bрозгорн\w*", r"\bперебува\w*", r"\bв Росії\b"),
        "front_place": (r"\bКурськ\w*",),
    },
    "ja": {
        "casualties": (r"死傷",),
        "killed": (r"死亡", r"戦死"),
        "wounded": (r"負傷",),
        "captured": (r"捕虜", r"拘束"),
        "pay": (r"月給", r"給与", r"報酬"),
        "planned": (r"予定", r"計画", r"見通し"),
        "transported": (r"移動", r"輸送", r"到着"),
        "front": (r"前線", r"戦闘"),
        "present": (r"派遣", r"派兵", r"配置"),
        "front_place": (r"クルスク",),
    },
}

ATTRIBUTION: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "according": (
            r"\baccording to\b",
            r"\bas (?:reported|revealed|estimated) by\b",
            r"(?-i:\bper (?=the\b|[A-Z]))",
        ),
        "citing": (r"\bciting\b", r"\bquoting\b", r"\bwith reference to\b"),
        "quoted_by": (r"\bas quoted by\b", r"\bas cited by\b", r"\bquoted by\b"),
        "report": (
            r"\breported\b",
            r"\breports that\b",
            r"\bwr(?:ote|ites)\b",
            r"\bnot(?:ed|es)\b",
            r"\bpublished\b",
            r"\bbroadcast\b",
        ),
        "speech": (
            r"\bsa(?:id|ys)\b",
            r"\btold\b",
            r"\breveal(?:ed|s)\b",
            r"\bstated\b",
            r"\bstates that\b",
            r"\bestimat(?:ed|es)\b",
            r"\bclaim(?:ed|s)\b",
            r"\bannounc(?:ed|es)\b",
            r"\bconfirm(?:ed|s)\b",
            r"\badd(?:ed|s)\b",
            r"\bbelieves?\b",
            r"\bassess(?:ed|es)\b",
            r"\bwarn(?:ed|s)\b",
            r"\bdisclos(?:ed|es)\b",
            r"\bexplain(?:ed|s)\b",
            r"\bbriefed\b",
            r"\bdeclared\b",
            r"\binsist(?:ed|s)\b",
            r"\bput (?:the|their) (?:number|figure|toll|estimate)\b",
        ),
        "deny": (
            r"\bden(?:ied|ies|y)\b",
            r"\bdismiss(?:ed|es)\b",
            r"\brejected\b",
            r"\brefut(?:ed|es)\b",
            r"\bcalled (?:the )?(?:reports?|claims?) (?:fake|false|groundless|baseless)",
        ),
        "hedge": (
            r"\breportedly\b",
            r"\ballegedly\b",
            r"\b(?:is|are|were|was) (?:said|reported|believed|thought) to\b",
        ),
    },
    "de": {
        "according": (
            r"\blaut\b",
            r"\bnach Angaben (?:von|des|der)\b",
            r"\bnach Informationen (?:von|des|der)\b",
        ),
        "according_left": (r"\bzufolge\b",),
        "citing": (r"\bunter Berufung auf\b", r"\bmit Verweis auf\b"),
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
        ),
        "deny": (r"\bdementierte?\b", r"\bbestritt\b", r"\bwies\b[^.]{0,80}\bzurück\b"),
        "hedge": (r"\bangeblich\b", r"\bBerichten zufolge\b", r"\bsollen\b", r"\bsoll\b"),
    },
    "ko": {
        "according_left": (r"에 따르면", r"에 의하면"),
        "citing_left": (r"[을를] 인용해", r"[을를] 인용하여", r"[을를] 인용한"),
        "report": (r"보도했다", r"보도했습니다", r"전했다", r"보도에 따르면"),
        "speech": (
            r"밝혔다",
            r"말했다",
            r"주장했다",
            r"추정했다",
            r"발표했다",
            r"설명했다",
            r"덧붙였다",
            r"파악했다",
            r"밝혔습니다",
            r"강조했다",
        ),
        "deny": (r"부인했다", r"일축했다", r"부인했습니다"),
        "hedge": (r"전해졌다", r"알려졌다", r"것으로 알려"),
    },
    "fr": {
        "according": (r"\bselon\b", r"\bd'après\b"),
        "citing": (r"\bcitant\b",),
        "report": (r"\ba rapporté\b", r"\brapporte\b", r"\bécrit\b"),
        "speech": (
            r"\ba (?:déclaré|affirmé|indiqué|estimé|annoncé|confirmé)\b",
            r"\bdéclare\b",
            r"\baffirme\b",
        ),
        "deny": (r"\ba démenti\b", r"\bdément\b", r"\ba nié\b"),
        "hedge": (r"\bauraient\b", r"\baurait\b"),
    },
    "es": {
        "according": (r"\bsegún\b", r"\bde acuerdo con\b"),
        "citing": (r"\bcitando a\b", r"\bcitando\b"),
        "report": (r"\binformó\b", r"\breportó\b", r"\bpublicó\b"),
        "speech": (r"\bdijo\b", r"\bafirmó\b", r"\bdeclaró\b", r"\bestimó\b", r"\bconfirmó\b"),
        "deny": (r"\bnegó\b", r"\bdesmintió\b", r"\brechazó\b"),
        "hedge": (r"\bsupuestamente\b", r"\bpresuntamente\b"),
    },
    "ru": {
        "according": (r"\bпо данным\b", r"\bпо словам\b", r"\bпо информации\b", r"\bкак сообщ\w+"),
        "citing": (r"\bсо ссылкой на\b",),
        "report": (r"\bсообщ(?:ил|ила|или|ает)\b", r"\bпишет\b", r"\bпередает\b"),
        "speech": (r"\bзаяви(?:л|ла|ли)\b", r"\bоцени(?:л|ла|ли)\b", r"\bзаявляет\b"),
        "deny": (r"\bопроверг\w*", r"\bотрица\w*"),
        "hedge": (r"\bякобы\b", r"\bпредположительно\b"),
    },
    "uk": {
        "according": (r"\bза даними\b", r"\bза словами\b", r"\bза інформацією\b"),
        "citing": (r"\bз посиланням на\b",),
        "report": (r"\bповідоми(?:в|ла|ли)\b", r"\bпише\b"),
        "speech": (r"\bзаяви(?:в|ла|ли)\b", r"\bоцінив\b"),
        "deny": (r"\bспростува\w*", r"\bзаперечи\w*"),
        "hedge": (r"\bнібито\b", r"\bймовірно\b"),
    },
    "ja": {
        "according_left": (r"によると", r"によれば"),
        "report": (r"報じた", r"伝えた"),
        "speech": (r"明らかにした", r"発表した", r"述べた", r"推計した"),
        "deny": (r"否定した",),
        "hedge": (r"とされる", r"という"),
    },
}

# Korean and Japanese subjects are marked by a particle glued to the claimant's words.
SUBJECT_PARTICLE: dict[str, str] = {"ko": r"(?:은|는|이|가)", "ja": r"(?:は|が)"}

# Words that describe an outlet or a speaker before its name ("the South Korean daily
# JoongAng"): the name after them is what the relay chain keeps.
DESCRIPTORS: dict[str, tuple[str, ...]] = {
    "en": (
        "daily",
        "newspaper",
        "news agency",
        "agency",
        "outlet",
        "broadcaster",
        "channel",
        "magazine",
        "paper",
        "website",
        "wire",
        "tabloid",
    ),
    "de": ("Zeitung", "Tageszeitung", "Nachrichtenagentur", "Sender", "Agentur", "Blatt"),
    "ko": ("일간지", "신문", "통신"),
}

# Words that end a claimant's noun phrase on the right ("said the NIS in a statement").
NP_STOP: dict[str, str] = {
    "en": r"\s(?:in an?|on|that|which|who|while|after|as|when|adding|citing|quoting|with)\s",
    "de": r"\s(?:am|in|im|dass|welche|wie|unter|nach|sind|ist|hat|haben|habe|wurden|wurde|"
    r"werden|seien|sei|sollen|soll)\s",
    "fr": r"\s(?:que|qui|dans|à)\s",
    "es": r"\s(?:que|en|el|a)\s",
    "ru": r"\s(?:что|в|о)\s",
    "uk": r"\s(?:що|в|у|про)\s",
}

# Leading and trailing filler around a claimant's words ("Meanwhile, the NIS also said").
NP_LEAD: dict[str, str] = {
    "en": r"^(?:(?:and|but|meanwhile|however|also|earlier|later|separately|now|then|so|yet)"
    r"[\s,]+)+",
    "de": r"^(?:(?:und|aber|auch|zudem|inzwischen|wie)[\s,]+)+",
}
NP_TRAIL: dict[str, str] = {
    "en": r"(?:[\s,]+(?:also|has|have|had|earlier|previously|later|now|recently|officially|"
    r"publicly|on \w+day|reportedly|further|first|then|again|separately))+$",
    "de": r"(?:[\s,]+(?:auch|zudem|bereits|am \w+tag|hat|habe|hatte))+$",
}

# Pronouns: a claimant named by one takes the last named claimant of the report.
PRONOUNS: dict[str, tuple[str, ...]] = {
    "en": (
        "he",
        "she",
        "they",
        "it",
        "the agency",
        "the spy agency",
        "the ministry",
        "the military",
        "the army",
        "the official",
        "officials",
        "the newspaper",
        "the daily",
        "the report",
    ),
    "de": ("er", "sie", "es"),
    "ko": ("그는", "그녀는", "그"),
}

# Places, for the claim's location. ``PLACE_PREP`` is the preposition class before one.
PLACES: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:the )?Kursk(?: region| oblast| Oblast)?",
        r"(?:the )?Russian Far East",
        r"Russia's Far East",
        r"(?:the )?Far East",
        r"(?:the )?European part of (?:the country|Russia)",
        r"(?:the )?(?:Donetsk|Luhansk|Zaporizhzhia|Kherson|Belgorod|Bryansk|Kharkiv)"
        r"(?: region| oblast| Oblast)?",
        r"(?:the )?(?:Primorsky|Primorye|Khabarovsk|Amur)(?: region| Krai)?",
        r"(?:the )?port of [A-Z][\w-]+",
        r"Chongjin",
        r"Rason",
        r"Wonsan",
        r"Vladivostok",
        r"Ussuriysk",
        r"Pokrovsk",
        r"Ukraine",
        r"North Korea",
        r"Russia",
    ),
    "de": (
        r"(?:der )?Region Kursk",
        r"(?:dem )?Gebiet Kursk",
        r"Kursk",
        r"(?:dem )?Fernen Osten(?: Russlands)?",
        r"Russland",
        r"(?:die |der )?Ukraine",
        r"Nordkorea",
    ),
    "ko": (
        r"쿠르스크(?:\s?지역|\s?주)?",
        r"러시아\s?극동(?:\s?지역)?",
        r"우크라이나",
        r"러시아",
        r"북한",
    ),
    "fr": (r"(?:la région de )?Koursk", r"Russie", r"Ukraine"),
    "es": (r"(?:la región de )?Kursk", r"Rusia", r"Ucrania"),
    "ru": (r"Курск\w*(?: област\w*)?", r"Росси\w+", r"Украин\w+"),
    "uk": (r"Курськ\w*(?: област\w*)?", r"Росі\w+", r"Україн\w+"),
    "ja": (r"クルスク(?:州)?", r"ロシア", r"ウクライナ"),
}
PLACE_PREP: dict[str, dict[str, str]] = {
    "en": {
        "from": r"\b(?:from|leaving|left|departing) ",
        "to": r"\b(?:to|into|toward|towards) ",
        "in": r"\b(?:in|at|near) ",
    },
    "de": {"from": r"\baus ", "to": r"\bnach |\bin die ", "in": r"\b(?:in|im|an|bei) "},
    "ko": {},  # particles follow the place: 로/으로 = to, 에서 = from/in, 에 = in
    "fr": {"from": r"\bde ", "to": r"\bvers |\ben ", "in": r"\bdans |\ben |\bà "},
    "es": {"from": r"\bdesde ", "to": r"\bhacia |\ba ", "in": r"\ben "},
    "ru": {"from": r"\bиз ", "to": r"\bв |\bна ", "in": r"\bв |\bна "},
    "uk": {"from": r"\bз ", "to": r"\bдо |\bна ", "in": r"\bв |\bу |\bна "},
    "ja": {},
}
KO_PLACE_SUFFIX: dict[str, str] = {"to": r"(?:로|으로)", "from": r"에서", "in": r"(?:에|에서)"}

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
WORKER_WORDS: dict[str, str] = {
    "en": r"\b(?:workers?|labou?rers?|builders|construction)\b",
    "de": r"\b(?:Arbeiter|Arbeitskräfte|Bauarbeiter)\b",
    "ko": r"(?:노동자|근로자|인력)",
    "ru": r"\b(?:рабоч\w+|строител\w+)\b",
    "uk": r"\b(?:робітник\w*|будівельник\w*)\b",
}
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
    r"\b(?:KN|Hwasong|Iskander|Su|MiG|T|Ka|Mi)\s?$",
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
)
