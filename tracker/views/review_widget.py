"""The review widget: every pending claim with its sentence, decided with buttons, saved at once.

Built from the library only: :func:`tracker.table.review.pending_reviews` gives the claims
and their sentences, :func:`tracker.table.review.apply_decisions` writes the decisions (only
the decided claims' lines of each report file change). The dropdowns offer the vocabularies
of :mod:`tracker.claims.vocabulary` (metric, scope), the figure qualifiers and the claimant
registry (``data/sources.csv``; other words are allowed when an alias matches).

One card per claim: the sentence with the figure marked, the reading (claimant, metric,
period, qualifier, scope), buttons *undecided / accept / reject*, and fields to correct
``metric``, ``claimant``, ``qualifier``, ``scope`` and ``when``. A changed field is saved as
a correction; a changed field on an undecided claim is saved and the claim stays pending.
*Save decisions* checks every decision first, writes them all, and lists the claims still
pending.

Example:
    >>> widget = review_widget()  # the shipped record: nothing pending
    >>> widget.cards, "No claims are pending" in widget.status.value
    ([], True)
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from tracker import paths
from tracker.claims.registry import load_registry
from tracker.claims.vocabulary import METRICS, SCOPES
from tracker.figures.parse import QUALIFIERS
from tracker.table.review import Decision, PendingClaim, apply_decisions, pending_reviews
from tracker.table.schema import ValidationError

#: The decision buttons: label shown -> decision word.
CHOICES: tuple[tuple[str, str], ...] = (
    ("undecided", "pending"),
    ("accept", "accept"),
    ("reject", "reject"),
)
#: Card borders by decision.
BORDERS: dict[str, str] = {
    "pending": "1px solid #ccc",
    "accept": "3px solid #2e7d32",
    "reject": "3px solid #c62828",
}
_WIDE = widgets.Layout(width="26em")
_LABEL = {"description_width": "6em"}


def sentence_html(claim: PendingClaim) -> str:
    """The claim's sentence as HTML, the figure in ``<mark>`` (text escaped).

    Example:
        >>> sentence_html(PendingClaim("r/1", "r.yaml", "3,000", "Some <b> ", " came."))
        '<div class="tracker-sentence">Some &lt;b&gt; <mark>3,000</mark> came.</div>'
    """
    figure = f"<mark>{html.escape(claim.figure)}</mark>"
    if not claim.has_sentence:
        return f'<div class="tracker-sentence">{figure} <i>(no stored text)</i></div>'
    body = html.escape(claim.before) + figure + html.escape(claim.after)
    return f'<div class="tracker-sentence">{body}</div>'


def _header_html(claim: PendingClaim) -> str:
    """Claim id, outlet, date, link and report file of a card."""
    parts = [f"<b>{html.escape(claim.claim_id)}</b>"]
    parts += [html.escape(v) for v in (claim.outlet, claim.published) if v]
    if claim.url:
        parts.append(f'<a href="{html.escape(claim.url)}" target="_blank">link</a>')
    parts.append(f"<code>{html.escape(claim.report_file)}</code>")
    return " · ".join(parts)


def _reading_html(claim: PendingClaim) -> str:
    """How the library reads the claim now (claimant, metric, period, qualifier, scope)."""
    who = html.escape(claim.claimant or "?")
    if claim.claimant_text and claim.claimant_text != claim.claimant:
        who += f" (words: {html.escape(claim.claimant_text)})"
    period = html.escape(claim.period or "no date")
    return (
        f"<small>claimant {who} · {html.escape(claim.metric)} · {html.escape(claim.status)} · "
        f"period {period} · qualifier {html.escape(claim.qualifier or '?')} · "
        f"scope {html.escape(claim.scope)}</small>"
    )


class ClaimCard(widgets.VBox):
    """One pending claim: sentence, reading, decision buttons and correction fields."""

    def __init__(self, claim: PendingClaim, claimants: Sequence[str]):
        self.claim = claim
        self.decision = widgets.ToggleButtons(
            options=list(CHOICES), value="pending", description="Decision", style=_LABEL
        )
        self.fields: dict[str, Any] = {
            "metric": widgets.Dropdown(
                options=list(METRICS), value=claim.metric, description="metric", style=_LABEL
            ),
            "claimant": widgets.Combobox(
                options=sorted({*claimants, claim.claimant_text} - {""}),
                value=claim.claimant_text,
                description="claimant",
                ensure_option=False,
                style=_LABEL,
                layout=_WIDE,
            ),
            "qualifier": widgets.Dropdown(
                options=list(QUALIFIERS),
                value=claim.qualifier if claim.qualifier in QUALIFIERS else None,
                description="qualifier",
                style=_LABEL,
            ),
            "scope": widgets.Dropdown(
                options=list(SCOPES), value=claim.scope, description="scope", style=_LABEL
            ),
            "when": widgets.Text(
                value=claim.when or "",
                description="when",
                placeholder="time words, e.g. in early October",
                style=_LABEL,
                layout=_WIDE,
            ),
        }
        self._initial = {key: field.value for key, field in self.fields.items()}
        super().__init__(
            [
                widgets.HTML(_header_html(claim)),
                widgets.HTML(sentence_html(claim)),
                widgets.HTML(_reading_html(claim)),
                self.decision,
                widgets.HBox([self.fields["metric"], self.fields["claimant"]]),
                widgets.HBox([self.fields["qualifier"], self.fields["scope"]]),
                self.fields["when"],
            ],
            layout=widgets.Layout(border=BORDERS["pending"], padding="6px", margin="0 0 8px 0"),
        )
        self.add_class("tracker-claim")
        self.decision.observe(self._show_decision, names="value")

    def _show_decision(self, change: dict[str, Any]) -> None:
        """Colour the card's border by its decision (green accept, red reject)."""
        self.layout.border = BORDERS.get(change["new"], BORDERS["pending"])

    def corrections(self) -> dict[str, Any]:
        """The fields the analyst changed, as report-file keys (an emptied ``when`` removes it)."""
        return {
            key: field.value
            for key, field in self.fields.items()
            if field.value != self._initial[key]
        }

    def to_decision(self) -> Decision | None:
        """The card's decision, or ``None`` when the analyst neither decided nor corrected."""
        fixes = self.corrections()
        if self.decision.value == "pending" and not fixes:
            return None
        return Decision(self.claim.claim_id, self.decision.value, fixes)


class ReviewWidget(widgets.VBox):
    """The pending claims of a ledger as cards, with one *Save decisions* button."""

    def __init__(self, data_dir: Path | str | None = None):
        self.data_dir = Path(data_dir) if data_dir else paths.data_dir()
        self.status = widgets.HTML()
        self.save_button = widgets.Button(
            description="Save decisions", button_style="primary", icon="save"
        )
        self.save_button.on_click(self.save)
        self.cards: list[ClaimCard] = []
        self._claimants = _claimant_names(self.data_dir)
        super().__init__([])
        self.add_class("tracker-review")
        self.refresh()

    def refresh(self, message: str = "") -> None:
        """Reload the pending claims from the ledger and rebuild the cards."""
        self.cards = [ClaimCard(c, self._claimants) for c in pending_reviews(self.data_dir)]
        where = f"<code>{html.escape(_shown(self.data_dir))}</code>"
        count = (
            f"{len(self.cards)} pending claim(s) in {where}"
            if self.cards
            else f"No claims are pending in {where}."
        )
        self.status.value = f"{message}<p>{count}</p>" if message else f"<p>{count}</p>"
        self.children = (
            [self.status, *self.cards, self.save_button] if self.cards else [self.status]
        )

    def decisions(self) -> list[Decision]:
        """The decisions and corrections made on the cards so far."""
        return [d for d in (card.to_decision() for card in self.cards) if d is not None]

    def save(self, _button: Any = None) -> list[Path]:
        """Write every decision at once; on a problem write nothing and show it."""
        decisions = self.decisions()
        if not decisions:
            self.status.value = "<p>Nothing to save: no claim decided or corrected.</p>"
            return []
        try:
            written = apply_decisions(decisions, self.data_dir)
        except (ValidationError, ValueError, KeyError, OSError) as err:
            self.status.value = (
                f'<p class="tracker-error" style="color:#b00">Nothing saved: '
                f"{html.escape(str(err))}</p>"
            )
            return []
        files = ", ".join(f"<code>{html.escape(p.name)}</code>" for p in written)
        self.refresh(
            f'<p class="tracker-saved">Saved {len(decisions)} decision(s) in '
            f"{len(written)} file(s): {files}</p>"
        )
        return written


def _shown(folder: Path) -> str:
    """A folder as shown to the analyst: relative to the project when inside it."""
    try:
        return folder.resolve().relative_to(paths.project_root()).as_posix()
    except ValueError:
        return str(folder)


def _claimant_names(data: Path) -> list[str]:
    """Canonical claimant names of the registry (empty when the registry is missing)."""
    try:
        return sorted(load_registry(data / "sources.csv").sources)
    except (OSError, ValidationError):
        return []


def review_widget(data_dir: Path | str | None = None) -> ReviewWidget:
    """The review widget for a ledger folder (default ``data/``); display it in a notebook.

    Example:
        >>> review_widget().save()
        []
    """
    return ReviewWidget(data_dir)
