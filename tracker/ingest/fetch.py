"""One HTTP GET, with the limits a report fetch needs.

:func:`fetch` follows redirects, stops at a size limit, names the project in its
User-Agent, retries once after a 5xx answer, and turns every failure into an
:class:`IngestError` whose message names the URL and the reason in one line: a dead link
(with its status), a timeout, a refused connection, an answer that is not of the expected
type, or one that is too large.

Example:
    >>> str(IngestError("https://example.org/a", "dead link (HTTP 404 Not Found)"))
    'https://example.org/a: dead link (HTTP 404 Not Found)'
"""

from __future__ import annotations

import functools
import ssl
import time
from dataclasses import dataclass

import httpx

from tracker import __version__

#: Content types read as web pages.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: Content types read as feeds (feedparser reads RSS and Atom from any of them).
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/xml",
        "text/xml",
        "application/rdf+xml",
        "application/feed+json",
    }
)
USER_AGENT = f"tracker/{__version__} (troop-deployment claim tracker; python-httpx)"


class IngestError(ValueError):
    """A page or feed that cannot be taken in; the message is ``"<url>: <reason>"``."""

    def __init__(self, url: str, reason: str):
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


@dataclass(frozen=True)
class FetchConfig:
    """Limits of one fetch (seconds and bytes), passed to every call.

    Example:
        >>> FetchConfig().max_bytes
        5000000
    """

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    retry_delay: float = 1.0
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Fetched:
    """A successful answer: where it ended up, its media type, declared charset and bytes."""

    url: str
    final_url: str
    status: int
    media_type: str
    charset: str | None
    body: bytes
    content_language: str | None = None


def media_type(content_type: str | None) -> tuple[str, str | None]:
    """Media type (lower case) and declared charset of a ``Content-Type`` header.

    Example:
        >>> media_type('text/html; charset="ISO-8859-1"')
        ('text/html', 'ISO-8859-1')
        >>> media_type(None)
        ('', None)
    """
    if not content_type:
        return "", None
    kind, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return kind.strip().lower(), charset


def fetch(
    url: str,
    config: FetchConfig | None = None,
    accept: frozenset[str] = HTML_TYPES,
    wanted: str = "an HTML page",
) -> Fetched:
    """GET ``url`` within ``config``'s limits; raise :class:`IngestError` on any failure.

    ``accept`` lists the media types taken; anything else is refused (as not ``wanted``)
    before its body is read. A 5xx answer is tried once more after ``config.retry_delay``
    seconds.
    """
    config = config or FetchConfig()
    timeout = httpx.Timeout(config.read_timeout, connect=config.connect_timeout)
    with httpx.Client(
        timeout=timeout,
        verify=_tls_context(),
        follow_redirects=True,
        max_redirects=config.max_redirects,
        headers={"User-Agent": config.user_agent},
    ) as client:
        for attempt in (1, 2):
            try:
                return _get(client, url, config, accept, wanted)
            except _ServerError as err:
                if attempt == 2:
                    reason = f"server error (HTTP {err.status}), tried twice"
                    raise IngestError(url, reason) from None
                time.sleep(config.retry_delay)
    raise AssertionError("unreachable")  # pragma: no cover


@functools.lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    """The default TLS context of httpx (certifi CA bundle), built once, shared by every fetch.

    Loading the CA bundle costs about 15 ms; a feed of many items would pay it per item.

    Example:
        >>> _tls_context() is _tls_context()
        True
    """
    return httpx.create_ssl_context()


class _ServerError(Exception):
    def __init__(self, status: int):
        self.status = status


def _get(
    client: httpx.Client, url: str, config: FetchConfig, accept: frozenset[str], wanted: str
) -> Fetched:
    try:
        with client.stream("GET", url) as response:
            status = response.status_code
            if status >= 500:
                raise _ServerError(status)
            if status >= 400:
                phrase = response.reason_phrase or ""
                raise IngestError(url, f"dead link (HTTP {status} {phrase})".replace(" )", ")"))
            kind, charset = media_type(response.headers.get("content-type"))
            if kind not in accept:
                raise IngestError(url, f"not {wanted}: the answer is {kind or 'untyped'}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > config.max_bytes:
                raise IngestError(url, _too_large(int(declared), config))
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > config.max_bytes:
                    raise IngestError(url, _too_large(None, config))
            return Fetched(
                url=url,
                final_url=str(response.url),
                status=status,
                media_type=kind,
                charset=charset,
                body=bytes(body),
                content_language=response.headers.get("content-language"),
            )
    except httpx.TimeoutException as err:
        raise IngestError(url, f"timed out ({_timeout_kind(err, config)})") from None
    except httpx.TooManyRedirects:
        raise IngestError(url, f"more than {config.max_redirects} redirects") from None
    except httpx.InvalidURL as err:
        raise IngestError(url, f"not a valid URL ({err})") from None
    except httpx.UnsupportedProtocol:
        raise IngestError(url, "not an http(s) URL") from None
    except httpx.HTTPError as err:
        raise IngestError(url, f"could not be fetched ({type(err).__name__}: {err})") from None


def _too_large(size: int | None, config: FetchConfig) -> str:
    limit = f"{config.max_bytes:,} bytes"
    if size is None:
        return f"too large (more than the limit of {limit})"
    return f"too large ({size:,} bytes; the limit is {limit})"


def _timeout_kind(err: httpx.TimeoutException, config: FetchConfig) -> str:
    if isinstance(err, httpx.ConnectTimeout):
        return f"no connection within {config.connect_timeout:g} s"
    return f"no answer within {config.read_timeout:g} s"
