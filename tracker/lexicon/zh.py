"""Chinese (zh) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Language ----------------------------------------------------------------------------------------

# Writing system: "ko" (Hangul with particles) or "cjk" (Chinese characters, kana);
# languages without SCRIPT are written in words separated by spaces. CJK languages read
# each other's figure cues.
SCRIPT: str = "cjk"


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
    "約有": "approx",
    "大约有": "approx",
    "大約有": "approx",
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

# Claim cues (assembled in tracker.lexicon.cues) --------------------------------------------------

METRIC_CUES: dict[str, tuple[str, ...]] = {
    "casualties": (r"死伤", r"死傷", r"伤亡", r"傷亡", r"损失", r"損失"),
    "killed": (r"死亡", r"丧生", r"喪生", r"丧命", r"喪命", r"阵亡", r"陣亡", r"战死", r"戰死"),
    "wounded": (r"受伤", r"受傷", r"负伤", r"負傷"),
    "captured": (r"俘虏", r"俘虜", r"被俘"),
    "other": (r"失踪", r"失蹤", r"逃兵", r"回国", r"回國", r"轮换", r"輪換"),
    "pay": (r"薪水", r"工资", r"工資", r"月薪", r"报酬", r"報酬"),
    "planned": (r"计划", r"計劃", r"将派", r"將派", r"准备", r"準備", r"考虑", r"考慮"),
    "transported": (r"抵达", r"抵達", r"运送", r"運送", r"转往", r"轉往", r"调往", r"調往"),
    "front": (r"前线", r"前線", r"作战", r"作戰", r"参战", r"參戰", r"战场", r"戰場"),
    "present": (r"派出", r"派遣", r"部署", r"身处", r"身處", r"在俄罗斯", r"在俄羅斯"),
    "front_place": (r"库斯克", r"庫斯克", r"库尔斯克", r"庫爾斯克"),
}

ATTRIBUTION: dict[str, tuple[str, ...]] = {
    "according": (r"据", r"據", r"根据", r"根據"),
    "citing": (r"援引", r"引述"),
    "report": (r"报导", r"報導", r"报道", r"報道", r"通报", r"通報"),
    "speech": (
        r"补充表示",
        r"補充表示",
        r"表示",
        r"指出",
        r"声称",
        r"聲稱",
        r"证实",
        r"證實",
        r"证實",
        r"确认",
        r"確認",
        r"透露",
        r"估计",
        r"估計",
        r"(?<![援引据據])称",
        r"(?<![援引据據])稱",
        r"说(?!法)",
        r"說(?!法)",
    ),
    "deny": (r"否认", r"否認"),
    "hedge": (r"据悉", r"據悉", r"据报", r"據報"),
}

NO_SPACES: bool = True

# Words before a speaker that are not part of the name ("据国家情报院称").
NP_LEAD: str = r"^(?:据|據|根据|根據|另外|此外|然而|但是|不过|不過|随后|隨後)"

NP_STOP: str = r"(?:的报导|的報導|的报道|的報道|报导|報導|报道|報道|称|稱|消息|表示|指出)"

PRONOUNS: tuple[str, ...] = (
    "他",
    "她",
    "他们",
    "他們",
    "该部",
    "該部",
    "我们",
    "我們",
    "该机构",
    "該機構",
)

PLACES: tuple[str, ...] = (r"库斯克|庫斯克|库尔斯克|庫爾斯克", r"俄罗斯|俄羅斯", r"乌克兰|烏克蘭")

PLACE_PREP: dict[str, str] = {"in": r"在", "to": r"前往|到", "from": r"从|從"}

WORKER_WORDS: str = r"(?:工兵|建设|建設|工人|排雷|扫雷|掃雷)"

# New cue tables (read by tracker.claims.extract) -------------------------------------------------

BACK_FRAMES: str = r"上述说法|上述說法|上述"

SCOPE_CUES: dict[str, str] = {"increment": r"(?:另外|另有|又有|再有|额外|額外|再派|增派|追加)"}

REVISION_CUES: str = r"(?:此前|先前|从|從)"

MATERIEL_WORDS: str = r"(?:炮弹|砲彈|导弹|導彈|飞弹|飛彈|火箭|弹药|彈藥)"

# The counted noun of a figure about other armies (not a claim).
FOREIGN_TROOPS: str = r"(?:名)?(?:俄军|俄軍|乌军|烏軍|俄罗斯士兵|乌克兰士兵)"

# Counted nouns that are not the deployment ("fifty countries").
OTHER_THINGS: str = r"(?:个国家|個國家|国|個軍事基地|个军事基地|个基地|個基地|座|倍)"

# Time words pointing back to the previous sentence's time ("the same day").
SAME_TIME: str = r"(?:同日|同一天|同期|同一期间|同一期間)"

# Contrast words: a time phrase before one stays with the figure before it.
CONTRAST: str = r"(?:但|然而|如今|目前)"

# Words joining a part to its whole ("1,000 of the 12,000").
WHOLE_OF: str = r"(?:名)?(?:中的|之中)"

# Titles and role words that end a speaker's phrase ("Pentagon spokesman"): dropped when
# the phrase resolves to no registry name, so the name before them is tried.
TITLES: str = r"(?:的)?(?:发言人|發言人|部长|部長|总统|總統|顾问|顧問|官员|官員)$"

SOURCE_TYPES: dict[str, str] = {
    "media": r"(?:社|报|報|媒体|媒體|电视|電視)",
    "intelligence": r"(?:情报|情報)",
    "military": r"(?:军|軍|国防|國防)",
    "government": r"(?:政府|部|总统|總統|白宫|白宮)",
}

# Words for people counted in a claim (regex).
PERSON_WORDS: str = r"(?:士兵|官兵|军人|軍人|部队|部隊|兵力|名)"
