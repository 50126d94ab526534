"""Invented article texts for the archive-scan tests and benchmark (no corpus prose).

``RELEVANT`` holds one short report per language, each with one figure the extractor
proposes; ``FILLER`` sentences make irrelevant articles and pad relevant ones to length.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

RELEVANT: list[tuple[str, str]] = [
    ("en", "According to the NIS, North Korea sent about 3,000 troops to Russia in October."),
    (
        "en",
        "Pyongyang has deployed more than 10,000 soldiers to the Kursk region, "
        "the Pentagon said on Monday.",
    ),
    (
        "de",
        "Nordkorea hat nach Angaben des Geheimdienstes rund 12.000 Soldaten nach Russland verlegt.",
    ),
    ("ko", "국정원은 북한이 러시아에 1만 2천 명의 병력을 파병했다고 밝혔다."),
    ("fr", "Selon Séoul, la Corée du Nord a envoyé environ 3 000 soldats en Russie."),
    ("es", "Corea del Norte envió al menos 1.500 soldados a Rusia en noviembre, según Kiev."),
    ("ru", "По данным разведки, КНДР направила в Россию около 11 тысяч военнослужащих."),
    ("ja", "北朝鮮は約1万人の兵士をロシアに派遣したと国家情報院が明らかにした。"),
]

FILLER: list[str] = [
    "The central bank kept its main rate unchanged on Thursday.",
    "Heavy rain is expected across the coast over the weekend.",
    "The city council approved a new budget for public libraries.",
    "Shares in the carmaker rose after it reported higher sales.",
    "A new bridge over the river will open to traffic next spring.",
    "The museum said visitor numbers had returned to their usual level.",
    "Farmers reported a good harvest of apples and pears this autumn.",
    "The home team won the final after a late goal in extra time.",
    "Train services were delayed by a signal fault near the station.",
    "The festival will feature concerts, films and street theatre.",
    "Officials said the water supply would be restored by the evening.",
    "The company plans to open more shops in the region.",
]


def filler(rng: random.Random, chars: int) -> str:
    """Irrelevant sentences, about ``chars`` characters, chosen by ``rng``."""
    out: list[str] = []
    size = 0
    while size < chars:
        sentence = rng.choice(FILLER)
        out.append(sentence)
        size += len(sentence) + 1
    return " ".join(out)


def make_articles(
    count: int, *, relevant_every: int = 10, chars: int = 2000, seed: int = 7, start: int = 0
) -> Iterator[dict[str, Any]]:
    """``count`` archive articles: every ``relevant_every``-th one relevant, the rest filler.

    Relevant articles cycle through ``RELEVANT`` (their language is given, except every
    third one, which the prefilter must guess); irrelevant ones are English filler.
    """
    rng = random.Random(seed + start)
    for n in range(start, start + count):
        day = f"2024-{10 + n % 3:02d}-{1 + n % 28:02d}"
        if relevant_every and n % relevant_every == 0:
            lang, report = RELEVANT[(n // relevant_every) % len(RELEVANT)]
            text = f"{report}\n\n{filler(rng, chars - len(report))}"
            language = None if (n // relevant_every) % 3 == 2 else lang
        else:
            text, language = filler(rng, chars), "en"
        yield {
            "url": f"https://news.example.org/{n}",
            "text": text,
            "published": day,
            "language": language,
            "outlet": f"Example {n % 5}",
        }
