"""Chinese (zh) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

# "." is always a decimal mark in this language (never a thousands separator).
DECIMAL_POINT: bool = True

# Counters and cue characters around a number written only with digit characters or only
# with a scale ("一", "三七", "万"): such a number is read when it is the whole phrase, or when
# a counter follows and nothing but a cue character or punctuation comes before.
NUMBER_COUNTERS: tuple[str, ...] = tuple(
    "名人个個位架艘辆輛枚门門次岁歲支座多余餘来來条條件台臺吨噸发發"
)
NUMBER_PREFIXES: str = "约約近超逾达達有共计計和及或至到派、，,（( "

# Fractions: denominator, this word, numerator ("三分之一" = 1/3); mixed numbers ("一又二分之一").
FRACTION_OF: tuple[str, ...] = ("分之",)
# "百分之三十" is 30 percent, not 0.3.
PERCENT_OF: tuple[str, ...] = ("百分之",)
FRACTION_JOINERS: tuple[str, ...] = ("又",)

# Tenths after a number: "3割" / "三成" = 30 percent.
TENTHS: tuple[str, ...] = ("成",)

MINUS_WORDS: tuple[str, ...] = ("负", "負")

# Decimal point between digit characters ("三点五" = 3.5).
CJK_POINT: tuple[str, ...] = ("点", "點")

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

# Currency words of this language besides CLDR's names (figure_words.CURRENCY_WORDS_BY_LANG).
CURRENCY_LOCAL: dict[str, str] = {
    "人民币": "CNY",
    "人民幣": "CNY",
    "韩元": "KRW",
    "韓元": "KRW",
    "朝鲜元": "KPW",
}

PRE_CUES: dict[str, str] = {
    "至少": "at_least",
    "至少有": "at_least",
    "最少": "at_least",
    "约有": "approx",
    "超过": "more_than",
    "超過": "more_than",
    "逾": "more_than",
    "多达": "up_to",
    "多達": "up_to",
    "最多": "up_to",
    "约": "approx",
    "約": "approx",
    "大约": "approx",
    "大約": "approx",
    "近": "nearly",
    "将近": "nearly",
    "將近": "nearly",
    "不到": "less_than",
    "可能增至": "up_to",
    "或增至": "up_to",
}

# A share of a stated whole ("half of its 6,000 troops" = 3,000 approx) and the words joining
# it to the whole; words marking the head figure of a phrase ("a total of").
SHARE_WORDS: dict[str, float] = {}
SHARE_OF: tuple[str, ...] = ()
TOTAL_CUES: tuple[str, ...] = ("共", "共计", "總計", "总计", "总共", "總共", "合计")

POST_CUES: dict[str, str] = {
    "多": "approx",
    "余": "approx",
    "餘": "approx",
    "以上": "more_than",
    "左右": "approx",
    "上下": "approx",
    "以下": "at_most",
    "之多": "exact",
}

RANGE_TO: tuple[str, ...] = ("至", "到")

VAGUE_WORDS: dict[str, str] = {
    "数千": "several_thousand",
    "數千": "several_thousand",
    "几千": "several_thousand",
    "幾千": "several_thousand",
    "数万": "tens_of_thousands",
    "數萬": "tens_of_thousands",
    "数百": "several_hundred",
    "數百": "several_hundred",
    "数十": "dozens",
    "數十": "dozens",
    "几十": "dozens",
    "幾十": "dozens",
    "上千": "thousands",
    "成千上万": "tens_of_thousands",
}

NONE_CUES: tuple[str, ...] = ("人数不详", "不详")

# Calendar (assembled in tracker.lexicon.calendar) ------------------------------------------------

MONTHS: tuple[str, ...] = tuple(
    f"{m}月" for m in ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
)

WEEKDAYS: tuple[str, ...] = (
    "星期一 周一 週一 礼拜一",
    "星期二 周二 週二 礼拜二",
    "星期三 周三 週三 礼拜三",
    "星期四 周四 週四 礼拜四",
    "星期五 周五 週五 礼拜五",
    "星期六 周六 週六 礼拜六",
    "星期日 星期天 周日 週日 礼拜天",
)

SEASONS: dict[str, str] = {
    "春季 春天": "spring",
    "夏季 夏天": "summer",
    "秋季 秋天": "autumn",
    "冬季 冬天": "winter",
}

TIME_UNITS: dict[str, str] = {
    "周": "week",
    "星期": "week",
    "个月": "month",
    "個月": "month",
    "季度": "quarter",
}

TIME_WORDS: tuple[tuple[str, object, tuple[str, ...]], ...] = (
    ("P", "early", ("初", "上旬", "年初", "月初", "初期")),
    ("P", "mid", ("中旬", "中")),
    ("P", "late", ("底", "末", "下旬", "年底", "月底", "末期")),
    ("L", -1, ("上", "去", "上个", "上個")),
    ("T", 0, ("本", "今", "这个", "這個")),
    ("X", 1, ("下", "明", "下个", "下個")),
    ("R", -1, ("过去", "過去", "近")),
    ("K", 1, ("未来", "未來", "今后", "今後")),
    ("Z", 0, ("今天", "今日")),
    ("Z", -1, ("昨天", "昨日")),
    ("Z", 1, ("明天", "明日")),
    ("b", None, ("前", "之前", "以前", "到", "至")),
    ("A", "ago", ("前",)),
    ("H", "hence", ("后", "後")),
    ("V", "recent", ("最近", "近日", "日前")),
    ("V", "sofar", ("至今", "迄今", "目前为止", "目前為止")),
    ("V", "now", ("目前", "现在", "現在", "当前", "當前")),
    ("V", "soon", ("即将", "即將", "不久")),
    ("s", None, ("以来", "以來", "起", "开始", "開始", "从", "從", "自")),
    ("i", None, ("在", "于", "於")),
    ("w", None, ("以内", "以內", "内", "內")),
    ("&", None, ("~", "〜", "～", "-", "至", "到")),
    ("o", None, ("或",)),
    ("f", None, ("截至", "截止")),
    ("_", None, ("的",)),
)

COMPOUNDS: dict[str, tuple[tuple[str, object], ...]] = {
    "今年": (("T", 0), ("U", "year")),
    "去年": (("L", -1), ("U", "year")),
    "前年": (("L", -2), ("U", "year")),
    "明年": (("X", 1), ("U", "year")),
    "本月": (("T", 0), ("U", "month")),
    "这个月": (("T", 0), ("U", "month")),
    "這個月": (("T", 0), ("U", "month")),
    "上个月": (("L", -1), ("U", "month")),
    "上個月": (("L", -1), ("U", "month")),
    "上月": (("L", -1), ("U", "month")),
    "下个月": (("X", 1), ("U", "month")),
    "下個月": (("X", 1), ("U", "month")),
    "本周": (("T", 0), ("U", "week")),
    "本週": (("T", 0), ("U", "week")),
    "这周": (("T", 0), ("U", "week")),
    "上周": (("L", -1), ("U", "week")),
    "上週": (("L", -1), ("U", "week")),
    "下周": (("X", 1), ("U", "week")),
    "下週": (("X", 1), ("U", "week")),
    "年底": (("P", "late"), ("U", "year")),
    "年末": (("P", "late"), ("U", "year")),
    "年初": (("P", "early"), ("U", "year")),
    "月底": (("P", "late"), ("U", "month")),
    "月初": (("P", "early"), ("U", "month")),
    "上半年": (("Q", ("half", 1)),),
    "下半年": (("Q", ("half", 2)),),
}

SUFFIX_ONLY: frozenset[str] = frozenset(
    [
        "初",
        "上旬",
        "中旬",
        "中",
        "底",
        "末",
        "下旬",
        "初期",
        "末期",
        "前",
        "之前",
        "以前",
        "以来",
        "以來",
        "起",
        "开始",
        "開始",
        "后",
        "後",
        "以内",
        "以內",
        "内",
        "內",
        "的",
        "到",
        "至",
    ]
)

FUTURE_MARKERS: tuple[str, ...] = ("将", "將", "计划", "計劃")

# Named events of the domain: phrase -> event id (dates: data/events.csv, passed in).
EVENT_WORDS: dict[str, str] = {
    "全面入侵": "full-scale-invasion",
    "库尔斯克攻势": "kursk-incursion",
}
