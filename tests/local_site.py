"""A real HTTP server on 127.0.0.1 serving pages and feeds written for the tests.

Every text here is our own invention (no article is copied). ``Site`` maps paths to
answers; a list of answers is served in turn (the last one repeats), so a test can
answer 503 once and then 200. Requests are counted and their User-Agent kept.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Answer:
    """One HTTP answer: status, body, headers, and a delay before answering."""

    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    length: bool = True  # send Content-Length (False: the body ends when the connection does)


class Site:
    """The pages of the test server, its request log, and its address once started."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Answer]] = {}
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.base = ""
        self._server: ThreadingHTTPServer | None = None

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, *answers: Answer) -> str:
        self.routes[path] = list(answers)
        return self.url(path)

    def page(self, path: str, html: str, **kwargs) -> str:
        return self.serve(path, Answer(body=html.encode("utf-8"), **kwargs))

    def redirect(self, path: str, target: str, status: int = 301) -> str:
        return self.serve(path, Answer(status=status, headers={"Location": target}))

    def start(self) -> Site:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:  # noqa: N802 (the http.server name)
                path = urlsplit(self.path).path
                site.hits[path] += 1
                site.agents.append(self.headers.get("User-Agent", ""))
                answers = site.routes.get(path)
                if not answers:
                    answer = Answer(status=404, body=b"<p>no such page</p>")
                else:
                    answer = answers.pop(0) if len(answers) > 1 else answers[0]
                if answer.delay:
                    time.sleep(answer.delay)
                try:
                    self.send_response(answer.status)
                    if answer.content_type:
                        self.send_header("Content-Type", answer.content_type)
                    if answer.length:
                        self.send_header("Content-Length", str(len(answer.body)))
                    for key, value in answer.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(answer.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        server.block_on_close = False
        threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
        self._server = server
        self.base = f"http://127.0.0.1:{server.server_address[1]}"
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


# --------------------------------------------------------------------------- our own pages


def article(
    title: str,
    paragraphs: list[str],
    *,
    lang: str | None = "en",
    site_name: str = "Harbour Ledger",
    author: str | None = "Mira Castell",
    published: str | None = "2024-11-04T08:30:00Z",
    charset: str = "utf-8",
) -> str:
    """A news page of our own: navigation, one article, a footer."""
    head = [f'<meta charset="{charset}">', f"<title>{title} | {site_name}</title>"]
    head.append(f'<meta property="og:site_name" content="{site_name}">')
    head.append(f'<meta property="og:title" content="{title}">')
    if author:
        head.append(f'<meta name="author" content="{author}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    lang_attr = f' lang="{lang}"' if lang else ""
    return (
        f"<!DOCTYPE html>\n<html{lang_attr}><head>{''.join(head)}</head><body>\n"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/sport'>Sport</a></nav>\n"
        f"<article><h1>{title}</h1>\n{body}</article>\n"
        "<footer>All rights reserved. Subscribe to our newsletter.</footer>\n</body></html>\n"
    )


RAIL_PARAGRAPHS = [
    "According to the NIS, about 2,000 soldiers were moved by train in October, the agency "
    "told a closed session of the parliamentary committee on Monday.",
    "The agency said the transfers ran at night over several weeks and that freight wagons "
    "were covered with tarpaulins at every station along the eastern line.",
    "Officials declined to say where the units were headed next, and the defence ministry "
    "gave no comment when asked about the route on Tuesday afternoon.",
]
PORT_PARAGRAPHS = [
    "Satellite pictures reviewed by analysts show two cargo ships moored at the northern "
    "port for most of last week, with lorries queuing on the quay each morning.",
    "Ukrainian military intelligence said at least 1,500 troops boarded the ships in "
    "early November, a figure that could not be checked independently.",
    "Harbour workers interviewed by our reporter described crates stacked along the pier "
    "and a ban on photographs that began in the middle of the month.",
]
CAMP_PARAGRAPHS = [
    "A training ground near the border has grown since the summer, with new tents and "
    "field kitchens visible from the road that runs beside the perimeter fence.",
    "The HUR said more than 3,000 soldiers were at the camp in late October, most of them "
    "in units that arrived by road over the preceding fortnight.",
    "Residents of the nearest village said convoys of lorries passed through at dawn and "
    "that the main road was closed to other traffic for several hours each day.",
]
GERMAN_PARAGRAPHS = [
    "Nach Angaben des Geheimdienstes wurden im Oktober etwa 2.000 Soldaten mit der Bahn "
    "in die Grenzregion verlegt, wie ein Sprecher am Montag in der Hauptstadt sagte.",
    "Die Transporte fanden demnach über mehrere Wochen hinweg nachts statt, die Waggons "
    "waren an jedem Bahnhof entlang der östlichen Strecke mit Planen abgedeckt.",
    "Das Verteidigungsministerium wollte sich auf Nachfrage nicht zu den Angaben äußern "
    "und verwies auf laufende Prüfungen der zuständigen Behörden im Land.",
]


def rss(title: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed; each item is (title, link, RFC 822 date)."""
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate></item>"
        for t, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{title}</title><link>http://127.0.0.1/</link><description>test feed</description>"
        f"{entries}</channel></rss>\n"
    )


def atom(title: str, items: list[tuple[str, str, str]]) -> str:
    """An Atom feed; each item is (title, link, ISO date-time)."""
    entries = "".join(
        f'<entry><title>{t}</title><link href="{link}"/><id>{link}</id>'
        f"<updated>{d}</updated></entry>"
        for t, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{title}</title><id>urn:test:{title}</id><updated>2024-11-05T00:00:00Z</updated>"
        f"{entries}</feed>\n"
    )


def gunzip(data: bytes) -> bytes:
    return gzip.decompress(data)


def pdf(
    lines: list[str], *, title: str, author: str, created: str, lang: str | None = "en"
) -> bytes:
    """A one-page PDF of our own (Helvetica text lines), with title, author and date."""

    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({escape(t)}) '" for t in lines) + " ET"
    lang_entry = f" /Lang ({lang})" if lang else ""
    objects = [
        f"<< /Type /Catalog /Pages 2 0 R{lang_entry} >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Title ({escape(title)}) /Author ({escape(author)}) /CreationDate ({created}) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)
