"""THE HOOK for two-legged ties and honours (article package, floor 4: like ``api/``).

Aggregates ("defeating Trabzonspor 2–1 on aggregate"), titles ("won the Danish Cup in 2012–13"), the
Honours section of ``touchline article`` and a spell's cup finals and deciding European ties need
``touchline.api.ties`` and ``touchline.api.honours``, which are being built. Until they exist, every
one of those answers is "not checkable yet: ties/honours not available" and ``touchline article``
writes no Honours section and no sentence about finals or ties: nothing is guessed.

To plug them in, change only :func:`ties_and_honours` to return an object with the four methods of
:class:`TiesAndHonours`; the audit and the article generator call nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from touchline.api.managers import SpellRecord
from touchline.article.claims import AggregateClaim, TitleClaim
from touchline.article.document import Career
from touchline.model import Person
from touchline.store.base import Store

NOT_YET = "not checkable yet: ties/honours not available"


@dataclass(frozen=True, slots=True)
class HookAnswer:
    """The data's answer to an aggregate or title claim: ``checkable`` False (with ``answer`` saying
    why) or ``agrees`` True/False, the answer in words, and the matches behind it (``file:line``
    strings or ``touchline ...`` command lines)."""

    checkable: bool
    agrees: bool | None
    answer: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HonourEntry:
    """One line of an Honours section: whose career, the club, what was won (``Danish Cup: 2012–13``)
    and the matches behind it (a final, a last table)."""

    career: Career
    club: str
    text: str
    evidence: tuple[str, ...] = ()


class TiesAndHonours(Protocol):
    """What the ties and honours modules answer for biographies."""

    def aggregate(self, claim: AggregateClaim, spell: SpellRecord | None) -> HookAnswer:
        """Whether a two-legged tie of the spell ended as the claim says (its legs as evidence)."""
        ...

    def title(self, claim: TitleClaim, spell: SpellRecord | None) -> HookAnswer:
        """Whether the spell's club won (or, ``claim.runner_up``, lost the final of) the competition."""
        ...

    def honours(self, person: Person, spells: Sequence[SpellRecord]) -> tuple[HonourEntry, ...] | None:
        """The Honours section (as manager, by club, from the spells' matches); ``None`` when unknown."""
        ...

    def spell_events(self, spell: SpellRecord) -> tuple[str, ...]:
        """Sentences of fact about a spell's cup finals and the tie that decided each European campaign."""
        ...


class NotYetAvailable:
    """The stand-in until ``touchline.api.ties`` and ``touchline.api.honours`` exist: nothing checkable."""

    def aggregate(self, claim: AggregateClaim, spell: SpellRecord | None) -> HookAnswer:
        """Not checkable yet."""
        return HookAnswer(False, None, NOT_YET)

    def title(self, claim: TitleClaim, spell: SpellRecord | None) -> HookAnswer:
        """Not checkable yet."""
        return HookAnswer(False, None, NOT_YET)

    def honours(self, person: Person, spells: Sequence[SpellRecord]) -> tuple[HonourEntry, ...] | None:
        """Unknown yet."""
        return None

    def spell_events(self, spell: SpellRecord) -> tuple[str, ...]:
        """None yet."""
        return ()


def ties_and_honours(store: Store) -> TiesAndHonours:
    """THE HOOK: what answers aggregate and title claims, the Honours section and a spell's finals and
    European ties. Returns :class:`NotYetAvailable` until the lead's ``touchline.api.ties`` and
    ``touchline.api.honours`` land; replace this body with an adapter over them."""
    return NotYetAvailable()
