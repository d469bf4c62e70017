"""THE HOOK for two-legged ties and honours (article package, floor 4: like ``api/``).

Aggregates ("defeating Trabzonspor 2–1 on aggregate"), titles ("won the Danish Cup in 2012–13"), the
Honours section of ``touchline article`` and a spell's cup finals and deciding European ties are
answered by :func:`ties_and_honours`; the audit and the article generator call nothing else. It
returns :class:`~touchline.article.facts.MatchFacts`, an adapter over ``touchline.api.ties`` and
``touchline.api.honours``: nothing is guessed, and what the data cannot settle is "not checkable"
with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from touchline.api.managers import SpellRecord
from touchline.article.claims import AggregateClaim, TitleClaim
from touchline.article.facts import HonourEntry, HookAnswer, MatchFacts
from touchline.model import Person
from touchline.store.base import Store

__all__ = ["HonourEntry", "HookAnswer", "TiesAndHonours", "ties_and_honours"]


class TiesAndHonours(Protocol):
    """What the ties and honours modules answer for biographies."""

    def aggregate(self, claim: AggregateClaim, spell: SpellRecord | None) -> HookAnswer:
        """Whether a two-legged tie of the spell ended as the claim says (its legs as evidence)."""
        ...

    def title(self, claim: TitleClaim, spell: SpellRecord | None) -> HookAnswer:
        """Whether the spell's club won (or, ``claim.runner_up``, lost the final of) the competition."""
        ...

    def honours(self, person: Person, spells: Sequence[SpellRecord]) -> tuple[HonourEntry, ...] | None:
        """The Honours section (as player and as manager, by club); ``None`` when unknown."""
        ...

    def spell_events(self, spell: SpellRecord) -> tuple[str, ...]:
        """Sentences of fact about a spell's cup finals and the tie that decided each European campaign."""
        ...


def ties_and_honours(store: Store) -> TiesAndHonours:
    """THE HOOK: what answers aggregate and title claims, the Honours section and a spell's finals and
    European ties: :class:`~touchline.article.facts.MatchFacts` over the store."""
    return MatchFacts(store)
