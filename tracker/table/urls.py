"""The ledger-wide duplicate rule for addresses: one canonical form per page.

Two report URLs are the same page when their canonical forms are equal. The canonical form:
scheme ``http`` becomes ``https``; host lower-cased, without ``www.`` and without the default
port; path without a trailing slash (``/`` for the root); query without tracking parameters
(``utm_*``, ``fbclid``, ``gclid``, ``mc_cid``, ``mc_eid``, ``ocid``, ``cmpid``, ``at_*``),
the remaining parameters sorted; fragment dropped. Path case is kept (servers may treat it as
significant).

Example:
    >>> canonical_url("HTTP://WWW.Example.org/News/Story/?utm_source=x&b=2&a=1#top")
    'https://example.org/News/Story?a=1&b=2'
    >>> canonical_url("not a url") is None
    True
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

#: Query parameters that only track a click; dropped from the canonical form.
TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "ocid",
        "cmpid",
        "igshid",
        "ref_src",
    }
)
#: Prefixes of tracking parameters.
TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "at_")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: object) -> str | None:
    """The canonical form of a web address, or ``None`` when ``url`` is not an http(s) URL.

    Example:
        >>> canonical_url("https://example.org/a/") == canonical_url("http://www.EXAMPLE.org/a")
        True
    """
    if not isinstance(url, str):
        return None
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if scheme not in _DEFAULT_PORTS or not host or any(c.isspace() for c in text):
        return None
    if host.startswith("www."):
        host = host[4:]
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = parts.path.rstrip("/") or "/"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    )
    return urlunsplit(("https", netloc, path, urlencode(query), ""))
