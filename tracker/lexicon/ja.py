"""Japanese (ja) words for the tracker's parsers.

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
# with a scale ("三", "万"): read when it is the whole phrase, or when a counter follows and
# nothing but a cue character or punctuation comes before.
NUMBER_COUNTERS: tuple[str, ...] = tuple("人名機隻両発台基回歳才件個余超強弱")
NUMBER_PREFIXES: str = "約計計およ、，,（( 最大最低少なくとも"

# Fractions: denominator, this word, numerator ("3分の1" = 1/3).
FRACTION_OF: tuple[str, ...] = ("分の",)
FRACTION_JOINERS: tuple[str, ...] = ()

# Tenths after a number: "3割" / "三成" = 30 percent.
TENTHS: tuple[str, ...] = ("割",)

MINUS_WORDS: tuple[str, ...] = ("マイナス",)

CJK_POINT: tuple[str, ...] = ("点",)

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "少なくとも": "at_least",
    "最低": "at_least",
    "最大": "up_to",
    "最大で": "up_to",
    "約": "approx",
    "およそ": "approx",
    "推定": "approx",
    "ほぼ": "nearly",
    "超": "more_than",
    "計約": "approx",
}

# A share of a stated whole ("half of its 6,000 troops" = 3,000 approx) and the words joining
# it to the whole; words marking the head figure of a phrase ("a total of").
SHARE_WORDS: dict[str, float] = {}
SHARE_OF: tuple[str, ...] = ()
TOTAL_CUES: tuple[str, ...] = ("計", "合計", "総勢", "全体で")

POST_CUES: dict[str, str] = {
    "以上": "more_than",
    "超": "more_than",
    "強": "more_than",
    "余り": "approx",
    "余": "approx",
    "あまり": "approx",
    "未満": "less_than",
    "以下": "at_most",
    "弱": "nearly",
    "近く": "nearly",
    "前後": "approx",
    "程度": "approx",
    "ほど": "approx",
    "ばかり": "approx",
    "規模": "exact",
}

RANGE_TO: tuple[str, ...] = ("から",)

VAGUE_WORDS: dict[str, str] = {
    "数千": "several_thousand",
    "数万": "tens_of_thousands",
    "数十万": "hundreds_of_thousands",
    "数百": "several_hundred",
    "数十": "dozens",
    "数百万": "several_million",
    "何千": "thousands",
    "何万": "tens_of_thousands",
}

NONE_CUES: tuple[str, ...] = ("人数は不明", "不明")

# Calendar (assembled in tracker.lexicon.calendar) ------------------------------------------------

MONTHS: tuple[str, ...] = ("",) * 12  # read from digits: "10月"

WEEKDAYS: tuple[str, ...] = (
    "月曜日 月曜",
    "火曜日 火曜",
    "水曜日 水曜",
    "木曜日 木曜",
    "金曜日 金曜",
    "土曜日 土曜",
    "日曜日 日曜",
)

SEASONS: dict[str, str] = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}

TIME_UNITS: dict[str, str] = {
    "週間": "week",
    "週": "week",
    "か月": "month",
    "ヶ月": "month",
    "カ月": "month",
}

TIME_WORDS: tuple[tuple[str, object, tuple[str, ...]], ...] = (
    ("P", "early", ("上旬", "初旬", "初め", "はじめ", "初頭", "前半")),
    ("P", "mid", ("中旬", "半ば")),
    ("P", "late", ("下旬", "末", "後半", "終わり")),
    ("L", -1, ("前", "先")),
    ("T", 0, ("今", "本")),
    ("X", 1, ("来", "翌")),
    ("R", -1, ("過去", "この")),
    ("K", 1, ("今後",)),
    ("Z", 0, ("今日", "本日")),
    ("Z", -1, ("昨日",)),
    ("Z", 1, ("明日",)),
    ("A", "ago", ("前",)),
    ("H", "hence", ("後",)),
    ("V", "recent", ("最近", "先ごろ", "このほど")),
    ("V", "sofar", ("これまで", "今まで", "現在まで")),
    ("V", "now", ("現在", "現時点")),
    ("V", "soon", ("近く", "まもなく")),
    ("b", None, ("まで", "までに", "迄")),
    ("s", None, ("から", "以来", "以降")),
    ("i", None, ("に", "中")),
    ("w", None, ("以内",)),
    ("&", None, ("~", "〜", "～", "-", "－", "から")),
    ("o", None, ("か", "または")),
    ("f", None, ("時点", "現在", "時点で")),
    ("_", None, ("には", "は", "の", "頃", "ごろ", "ころ", "にかけて", "で", "に入って")),
    ("O", 1, ("第1", "最初の")),
)

COMPOUNDS: dict[str, tuple[tuple[str, object], ...]] = {
    "今年": (("T", 0), ("U", "year")),
    "本年": (("T", 0), ("U", "year")),
    "昨年": (("L", -1), ("U", "year")),
    "去年": (("L", -1), ("U", "year")),
    "一昨年": (("L", -2), ("U", "year")),
    "来年": (("X", 1), ("U", "year")),
    "今月": (("T", 0), ("U", "month")),
    "先月": (("L", -1), ("U", "month")),
    "来月": (("X", 1), ("U", "month")),
    "今週": (("T", 0), ("U", "week")),
    "先週": (("L", -1), ("U", "week")),
    "来週": (("X", 1), ("U", "week")),
    "年末": (("P", "late"), ("U", "year")),
    "年初": (("P", "early"), ("U", "year")),
    "月末": (("P", "late"), ("U", "month")),
    "上半期": (("Q", ("half", 1)),),
    "下半期": (("Q", ("half", 2)),),
}

SUFFIX_ONLY: frozenset[str] = frozenset(
    [
        "上旬",
        "初旬",
        "初め",
        "はじめ",
        "初頭",
        "前半",
        "中旬",
        "半ば",
        "下旬",
        "末",
        "後半",
        "終わり",
        "には",
        "は",
        "の",
        "頃",
        "ごろ",
        "ころ",
        "にかけて",
        "で",
        "に",
        "まで",
        "までに",
        "迄",
        "から",
        "以来",
        "以降",
        "時点",
        "時点で",
        "現在",
        "前",
        "後",
        "以内",
        "中",
        "か",
        "に入って",
    ]
)

FUTURE_MARKERS: tuple[str, ...] = ("予定", "見通し", "計画")

# Named events of the domain: phrase -> event id (dates: data/events.csv, passed in).
EVENT_WORDS: dict[str, str] = {
    "全面侵攻": "full-scale-invasion",
    "クルスク侵攻": "kursk-incursion",
}

# Claim cues (assembled in tracker.lexicon.cues) --------------------------------------------------

METRIC_CUES: dict[str, tuple[str, ...]] = {
    "casualties": (r"死傷", r"損失", r"被害"),
    "killed": (r"死亡", r"戦死", r"死者", r"命を落と"),
    "wounded": (r"負傷",),
    "captured": (r"捕虜", r"拘束"),
    "other": (r"行方不明", r"脱走", r"帰国", r"交代"),
    "pay": (r"月給", r"給与", r"報酬"),
    "planned": (r"予定", r"計画", r"見通し", r"ことを決め", r"決定", r"送る", r"送り込む", r"検討"),
    "transported": (r"移動", r"輸送", r"到着"),
    "front": (r"前線", r"戦闘"),
    "present": (r"派遣", r"派兵", r"配置"),
    "front_place": (r"クルスク",),
}

ATTRIBUTION: dict[str, tuple[str, ...]] = {
    "according_left": (r"によると", r"によれば", r"の報道では"),
    "report": (r"報じた", r"伝えた", r"報告した"),
    "speech": (
        r"明らかにした",
        r"発表した",
        r"述べた",
        r"推計した",
        r"説明した",
        r"指摘した",
        r"評価した",
        r"分析した",
        r"語った",
    ),
    "deny": (r"否定した",),
    "hedge": (r"とされる", r"という", r"とみられる", r"と推定される"),
}

SUBJECT_PARTICLE: str = r"(?:は|が)"

NO_SPACES: bool = True

NP_STOP: str = r"(?:の報道|は|が|、)"

PRONOUNS: tuple[str, ...] = ("彼は", "同氏は", "同省は", "同院は")

PLACES: tuple[str, ...] = (r"クルスク(?:州)?", r"ロシア", r"ウクライナ")

PLACE_PREP: dict[str, str] = {}

WORKER_WORDS: str = r"(?:工兵|建設要員|建設部隊|建設|地雷|復旧)"

# New cue tables (read by tracker.claims.extract) -------------------------------------------------

BACK_FRAMES: str = r"これは|このことは"

SCOPE_CUES: dict[str, str] = {"increment": r"(?:追加|さらに)"}

REVISION_CUES: str = r"(?:から|より)"

MATERIEL_WORDS: str = r"(?:砲弾|ミサイル|ロケット|弾薬|コンテナ|榴弾砲)"

# The counted noun of a figure about other armies (not a claim).
FOREIGN_TROOPS: str = r"(?:人の)?(?:ロシア兵|ウクライナ兵|ロシア軍|ウクライナ軍)"

# Counted nouns that are not the deployment ("fifty countries").
OTHER_THINGS: str = r"(?:カ国|か国|ヶ国|の基地|カ所|か所|倍)"

# Time words pointing back to the previous sentence's time ("the same day").
SAME_TIME: str = r"(?:同日|同期間|同じ期間|この日)"

# Contrast words: a time phrase before one stays with the figure before it.
CONTRAST: str = r"(?:しかし|だが|現在は)"

# Words joining a part to its whole ("1,000 of the 12,000").
WHOLE_OF: str = r"(?:人)?(?:のうち|中)"

# Titles and role words that end a speaker's phrase ("Pentagon spokesman"): dropped when
# the phrase resolves to no registry name, so the name before them is tried.
TITLES: str = r"(?:書記|長官|報道官|議員|大統領|局長|国務委員長|委員長|関係者)$"

SOURCE_TYPES: dict[str, str] = {
    "media": r"(?:通信|新聞|日報|放送|メディア|ニュース)",
    "intelligence": r"(?:情報)",
    "military": r"(?:軍|参謀)",
    "government": r"(?:政府|省|大臣|大統領|書記|議員)",
}

# Words for people counted in a claim (regex).
PERSON_WORDS: str = r"(?:兵|部隊|人|要員)"
