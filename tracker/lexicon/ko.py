"""Korean (ko) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Language ----------------------------------------------------------------------------------------

# Writing system: "ko" (Hangul with particles) or "cjk" (Chinese characters, kana);
# languages without SCRIPT are written in words separated by spaces. CJK languages read
# each other's figure cues.
SCRIPT: str = "ko"


# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

# "." is always a decimal mark in this language (never a thousands separator).
DECIMAL_POINT: bool = True

# Sino-Korean digit syllables below are read as numbers in this language.
HANGUL_NUMBERS: bool = True

# Sino-Korean digit syllables, read only in Korean text and only inside a chain with a scale
# ("이십만" = 200,000), never alone: 이, 사, 구 ... are common syllables of other words.
HANGUL_DIGITS: dict[str, int] = {
    "일": 1,
    "이": 2,
    "삼": 3,
    "사": 4,
    "오": 5,
    "육": 6,
    "칠": 7,
    "팔": 8,
    "구": 9,
    "영": 0,
}

# Syllables that may follow a Hangul number ("이십만 명", "삼천여", particles); any other
# Hangul syllable right after it makes the chain part of a word ("이만큼").
HANGUL_NUMBER_SUFFIXES: str = "명여원개대척발달년월세살배번회의을를가은는에과와로으도씩째차톤입"

# Words that read as Hangul numbers but are names ("이천" Icheon, "이백" Li Bai).
HANGUL_NUMBER_FALSE_FRIENDS: frozenset[str] = frozenset({"이천", "사천", "오천", "이백"})

# Counters: a lone digit syllable or a bare scale ("삼 명", "백 명", "만여 명") is a number only
# when one of these follows (a space apart at most) or when it is the whole phrase.
NUMBER_COUNTERS: tuple[str, ...] = (
    "명",
    "여",
    "개",
    "대",
    "척",
    "발",
    "세",
    "살",
    "번",
    "회",
    "차",
    "배",
    "톤",
    "곳",
    "마리",
    "원",
    "달러",
    "유로",
    "엔",
    "위안",
    "파운드",
    "루블",
)

# Native Korean numbers: tens and units, read when a counter follows or alone ("열 명",
# "스물다섯 명", "하나"). The short forms before a counter ("한 명", "두 척") are listed too.
NATIVE_TENS: dict[str, int] = {
    "열": 10,
    "스물": 20,
    "스무": 20,
    "서른": 30,
    "마흔": 40,
    "쉰": 50,
    "예순": 60,
    "일흔": 70,
    "여든": 80,
    "아흔": 90,
}
NATIVE_UNITS: dict[str, int] = {
    "하나": 1,
    "한": 1,
    "둘": 2,
    "두": 2,
    "셋": 3,
    "세": 3,
    "석": 3,
    "넷": 4,
    "네": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
}
# Short forms read only before a counter ("두 척"; "네가" is "you"), and the particles that
# may follow the full forms ("하나만", "셋에", "쉰둘이").
NATIVE_COUNTER_ONLY: tuple[str, ...] = ("한", "두", "세", "석", "네", "스무")
NATIVE_PARTICLES: tuple[str, ...] = (
    "이",
    "은",
    "는",
    "을",
    "를",
    "에",
    "만",
    "의",
    "도",
    "과",
    "와",
)

# Fractions: denominator, this word, numerator ("삼분의 이" = 2/3); joiners of a whole number
# and a fraction ("일과 이분의 일" = 1.5).
FRACTION_OF: tuple[str, ...] = ("분의",)
FRACTION_JOINERS: tuple[str, ...] = ("과", "와")

# Spoken minus before a number.
MINUS_WORDS: tuple[str, ...] = ("마이너스", "음수")

# Decimal point word between digit syllables ("삼점사" = 3.4).
CJK_POINT: tuple[str, ...] = ("점",)

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

# Currency words of this language besides CLDR's names (figure_words.CURRENCY_WORDS_BY_LANG).
CURRENCY_LOCAL: dict[str, str] = {
    "원": "KRW",
    "위안화": "CNY",
    "북한 원": "KPW",
}

PRE_CUES: dict[str, str] = {
    "최소": "at_least",
    "적어도": "at_least",
    "최대": "up_to",
    "최다": "up_to",
    "약": "approx",
    "대략": "approx",
    "거의": "nearly",
    "무려": "exact",
}

# A share of a stated whole ("half of its 6,000 troops" = 3,000 approx) and the words joining
# it to the whole; words marking the head figure of a phrase ("a total of").
SHARE_WORDS: dict[str, float] = {}
SHARE_OF: tuple[str, ...] = ()
TOTAL_CUES: tuple[str, ...] = ("총", "모두", "전체", "합계")

POST_CUES: dict[str, str] = {
    "여": "approx",
    # words that start like the "-odd" suffix 여 but are nouns: "2개 여단" (two brigades)
    "여단": "exact",
    "여객": "exact",
    "여성": "exact",
    "보다 크다": "more_than",
    "보다 크고": "more_than",
    "보다 큰": "more_than",
    "보다 높다": "more_than",
    "보다 높고": "more_than",
    "보다 높은": "more_than",
    "보다 높거나": "more_than",
    "보다 많다": "more_than",
    "보다 많고": "more_than",
    "보다 많은": "more_than",
    "보다 작다": "less_than",
    "보다 작고": "less_than",
    "보다 작은": "less_than",
    "보다 낮다": "less_than",
    "보다 낮고": "less_than",
    "보다 낮은": "less_than",
    "보다 적다": "less_than",
    "보다 적은": "less_than",
    "아래": "less_than",
    "보다 크거나 같다": "at_least",
    "보다 크거나 같은": "at_least",
    "보다 높거나 같다": "at_least",
    "보다 많거나 같다": "at_least",
    "혹은 그 이상": "at_least",
    "또는 그 이상": "at_least",
    "이거나 그 이상": "at_least",
    "이거나 그보다 크다": "at_least",
    "이거나 그보다 많다": "at_least",
    "보다 작거나 같다": "at_most",
    "보다 작거나 같은": "at_most",
    "보다 적거나 같다": "at_most",
    "과 같거나 작은": "at_most",
    "또는 그 미만": "at_most",
    "또는 그보다 작은": "at_most",
    "이거나 그보다 작다": "at_most",
    "이거나 그보다 적다": "at_most",
    "이상": "more_than",
    "초과": "more_than",
    "미만": "less_than",
    "이하": "at_most",
    "남짓": "approx",
    "안팎": "approx",
    "정도": "approx",
    "가량": "approx",
    "내외": "approx",
    "에 이르": "approx",
    "에 달하": "approx",
    "에 달한": "approx",
    "에 이른": "approx",
    "에 육박": "nearly",
    "쯤": "approx",
    "여명": "approx",
    "선": "approx",
    "수준": "approx",
    "까지 늘어날": "up_to",
    "까지 늘 수": "up_to",
}

RANGE_TO: tuple[str, ...] = ("에서", "부터")

VAGUE_WORDS: dict[str, str] = {
    "수천": "several_thousand",
    "수만": "tens_of_thousands",
    "수십만": "hundreds_of_thousands",
    "수백": "several_hundred",
    "수십": "dozens",
    "수백만": "several_million",
    "수천여": "several_thousand",
    "일부": "small",
    "소수": "small",
    "몇천": "several_thousand",
    "몇만": "tens_of_thousands",
    "몇백": "several_hundred",
    "몇십": "dozens",
}

NONE_CUES: tuple[str, ...] = ("규모 미상", "미상", "얼마나")

# Calendar (assembled in tracker.lexicon.calendar) ------------------------------------------------

MONTHS: tuple[str, ...] = ("",) * 12  # read from digits: "10월"

WEEKDAYS: tuple[str, ...] = ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")

SEASONS: dict[str, str] = {"봄": "spring", "여름": "summer", "가을": "autumn", "겨울": "winter"}

TIME_UNITS: dict[str, str] = {
    "주": "week",
    "주일": "week",
    "주간": "week",
    "개월": "month",
    "달": "month",
    "분기": "quarter",
}

TIME_WORDS: tuple[tuple[str, object, tuple[str, ...]], ...] = (
    ("P", "early", ("초", "상순", "초순", "초반")),
    ("P", "mid", ("중순", "중반")),
    ("P", "late", ("말", "하순", "말경", "후반")),
    ("L", -1, ("지난", "지난번")),
    ("T", 0, ("이번", "올", "금")),
    ("X", 1, ("다음", "오는", "내달", "다가오는")),
    ("R", -1, ("지난",)),
    ("K", 1, ("향후", "앞으로")),
    ("Z", 0, ("오늘", "금일")),
    ("Z", -1, ("어제", "전날")),
    ("Z", 1, ("내일",)),
    ("A", "ago", ("전",)),
    ("H", "hence", ("후", "뒤")),
    ("V", "recent", ("최근", "최근에", "앞서")),
    ("V", "sofar", ("현재까지", "지금까지", "이제까지")),
    ("V", "now", ("현재", "지금")),
    ("V", "soon", ("곧",)),
    ("b", None, ("까지", "전까지", "이전", "안에", "내")),
    ("s", None, ("부터", "이후", "이래", "께부터", "에서")),
    ("i", None, ("동안",)),
    ("w", None, ()),
    ("&", None, ("~", "〜", "-", "–", "와", "과", "및")),
    ("o", None, ("또는", "혹은")),
    ("f", None, ("기준", "현재")),
    ("_", None, ("경", "쯤", "께", "에", "에는", "엔", "의", "중", "간", "년간", "에도")),
    ("O", 1, ("첫", "첫째", "1째")),
    ("O", 2, ("둘째", "두번째", "두 번째")),
    ("O", 3, ("셋째", "세번째", "세 번째")),
    ("N", 1, ("한",)),
    ("N", 2, ("두",)),
    ("N", 3, ("세", "몇")),
)

COMPOUNDS: dict[str, tuple[tuple[str, object], ...]] = {
    "올해": (("T", 0), ("U", "year")),
    "금년": (("T", 0), ("U", "year")),
    "작년": (("L", -1), ("U", "year")),
    "지난해": (("L", -1), ("U", "year")),
    "재작년": (("L", -2), ("U", "year")),
    "내년": (("X", 1), ("U", "year")),
    "이달": (("T", 0), ("U", "month")),
    "이번 달": (("T", 0), ("U", "month")),
    "지난달": (("L", -1), ("U", "month")),
    "지난 달": (("L", -1), ("U", "month")),
    "다음 달": (("X", 1), ("U", "month")),
    "다음달": (("X", 1), ("U", "month")),
    "이번 주": (("T", 0), ("U", "week")),
    "이번주": (("T", 0), ("U", "week")),
    "지난주": (("L", -1), ("U", "week")),
    "지난 주": (("L", -1), ("U", "week")),
    "다음 주": (("X", 1), ("U", "week")),
    "다음주": (("X", 1), ("U", "week")),
    "연말": (("P", "late"), ("U", "year")),
    "연초": (("P", "early"), ("U", "year")),
    "월말": (("P", "late"), ("U", "month")),
    "월초": (("P", "early"), ("U", "month")),
    "상반기": (("Q", ("half", 1)),),
    "하반기": (("Q", ("half", 2)),),
}

SUFFIX_ONLY: frozenset[str] = frozenset(
    [
        "초",
        "상순",
        "초순",
        "초반",
        "중순",
        "중반",
        "말",
        "하순",
        "말경",
        "후반",
        "경",
        "쯤",
        "께",
        "에",
        "에는",
        "엔",
        "의",
        "중",
        "간",
        "에도",
        "까지",
        "부터",
        "이후",
        "이래",
        "께부터",
        "에서",
        "전까지",
        "이전",
        "안에",
        "내",
        "전",
        "후",
        "뒤",
        "동안",
        "기준",
        "현재",
        "와",
        "과",
    ]
)

FUTURE_MARKERS: tuple[str, ...] = ("예정", "계획", "할 것", "방침")

# Named events of the domain: phrase -> event id (dates: data/events.csv, passed in).
EVENT_WORDS: dict[str, str] = {
    "전면 침공": "full-scale-invasion",
    "쿠르스크 진격": "kursk-incursion",
    "쿠르스크 공세": "kursk-incursion",
}

# Claim cues (assembled in tracker.lexicon.cues) --------------------------------------------------

METRIC_CUES: dict[str, tuple[str, ...]] = {
    "casualties": (r"사상자", r"사상", r"死傷", r"손실", r"피해"),
    "killed": (r"전사", r"사망", r"숨졌", r"숨진", r"목숨"),
    "wounded": (r"부상",),
    "captured": (r"포로", r"생포"),
    "other": (r"실종", r"탈영", r"귀국", r"복귀", r"교대", r"순환"),
    "pay": (r"월급", r"급여", r"봉급", r"지급", r"받는"),
    "planned": (
        r"예정",
        r"계획",
        r"할 것으로",
        r"보낼",
        r"파병할",
        r"추가 파병",
        r"하기로",
        r"보낸다",
        r"검토",
    ),
    "transported": (r"이동", r"수송", r"도착", r"이송", r"열차"),
    "front": (r"전선", r"전투", r"최전방", r"실전"),
    "present": (r"파병", r"파견", r"배치", r"주둔", r"보냈"),
    "front_place": (r"쿠르스크",),
}

ATTRIBUTION: dict[str, tuple[str, ...]] = {
    "according_left": (r"에 따르면", r"에 의하면", r"등에 따르면"),
    "citing_left": (r"[을를] 인용해", r"[을를] 인용하여", r"[을를] 인용한"),
    "report": (r"보도했다", r"보도했습니다", r"전했다", r"보도에 따르면", r"보고했다"),
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
        r"평가했다",
        r"분석했다",
        r"판단했다",
        r"전망했다",
    ),
    "deny": (r"부인했다", r"일축했다", r"부인했습니다"),
    "hedge": (
        r"전해졌다",
        r"알려졌다",
        r"것으로 알려",
        r"파악됐다",
        r"추정된다",
        r"판단된다",
        r"관측된다",
        r"한다\.",
    ),
}

SUBJECT_PARTICLE: str = r"(?:은|는|이|가)"

# The subject particle of a word right before the verb ("서기가 밝혔다"); 은/는 there is more
# often an adjective ("같은 내용을"), so the topic is looked for at the sentence start instead.
SUBJECT_NEAR: str = r"(?:이|가)"

DESCRIPTORS: tuple[str, ...] = ("일간지", "신문", "통신", "매체", "방송")

PRONOUNS: tuple[str, ...] = ("그는", "그녀는", "그", "이 의원", "이들은", "당국은")

PLACES: tuple[str, ...] = (
    r"쿠르스크(?:\s?지역|\s?주)?",
    r"러시아\s?극동(?:\s?지역)?",
    r"우크라이나",
    r"러시아",
    r"북한",
)

PLACE_PREP: dict[str, str] = {}  # particles follow the place: 로/으로 = to, 에서 = from/in, 에 = in

PLACE_SUFFIX: dict[str, str] = {"to": r"(?:로|으로)", "from": r"에서", "in": r"(?:에|에서)"}

WORKER_WORDS: str = r"(?:노동자|근로자|인력|공병|건설|지뢰|재건)"

# New cue tables (read by tracker.claims.extract) -------------------------------------------------

BACK_FRAMES: str = r"이같이|이 같이|이 같은 내용을|이런 내용을|이를"

SCOPE_CUES: dict[str, str] = {"increment": r"(?:추가|더|또)"}

REVISION_CUES: str = r"(?:에서|보다|였던)"

MATERIEL_WORDS: str = r"(?:포탄|미사일|로켓|방사포|곡사포|자주포|컨테이너|탄약)"

# The counted noun of a figure about other armies (not a claim).
FOREIGN_TROOPS: str = r"\s?(?:명의\s)?(?:러시아군|우크라이나군|러시아\s군|우크라이나\s군)"

# Counted nouns that are not the deployment ("fifty countries").
OTHER_THINGS: str = r"(?:개국|개 국가|개 기지|개 마을|개 공장|배)"

# Time words pointing back to the previous sentence's time ("the same day").
SAME_TIME: str = r"(?:같은 기간|같은 날|이 기간|이날)"

# Contrast words: a time phrase before one stays with the figure before it.
CONTRAST: str = r"(?:하지만|그러나|이제)"

# Words joining a part to its whole ("1,000 of the 12,000").
WHOLE_OF: str = r"\s?(?:명\s)?(?:가운데|중)\s?"

# Titles and role words that end a speaker's phrase ("Pentagon spokesman"): dropped when
# the phrase resolves to no registry name, so the name before them is tried.
TITLES: str = r"\s*(?:서기|장관|대변인|의원|대통령|국장|원장|실장|차관|위원장|관계자|소식통)$"

SOURCE_TYPES: dict[str, str] = {
    "media": r"(?:통신|신문|일보|방송|매체|언론|뉴스)",
    "intelligence": r"(?:정보|국정원)",
    "military": r"(?:군|합참|국방)",
    "government": r"(?:정부|장관|대통령|의원|서기)",
}

PERSON_WORDS: str = r"(?:병력|군인|병사|장병|명|특수부대|사상자|전사자|부상자)"
