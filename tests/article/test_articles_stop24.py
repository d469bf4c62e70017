"""The article writer on two defects: a person whose name is written family name first is called by it
("Hong", not "Myung-bo"), and a short tournament won by its table is not written as won "in its
play-offs" (Vélez Sarsfield's Clausura 1993), while one a liguilla decided still is; a closing
tournament of a season such as 1999-00 is named by its year (the Clausura 2000, not "1900"). Figures
from the whole corpus, each checked against the published source cited beside it."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from touchline.api.managers import Filters, spell_record
from touchline.article.audit import Verdict, audit
from touchline.article.document import short_name
from touchline.article.generate import _titles, article_text, spell_sentences
from touchline.article.parse import parse_article
from touchline.model import Role, Spell
from touchline.store import Store

# --- the short name --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "other", "nationality", "short"),
    [
        # touchline/data/people/hong-myung-bo.toml: "Hong" in every sentence of his encyclopedia
        # biography (en.wikipedia.org/wiki/Hong_Myung-bo)
        ("Hong Myung-bo", ("Hong Myong-bo", "Hong Myungbo", "Myung-bo Hong"), "KOR", "Hong"),
        ("Gao Hongbo", (), "CHN", "Gao"),
        ("Chen Kun-shan", (), "TPE", "Chen"),
        # Hungarian and Japanese names are written given name first in English: the last word
        ("Ferenc Puskás", (), "HUN", "Puskás"),
        ("Hajime Moriyasu", (), "JPN", "Moriyasu"),
        # a name the file writes given name first says so by an other name that ends it
        ("Ricardo Goulart", ("Goulart",), "CHN", "Goulart"),
        # no nationality, or another one: as before
        ("Ruud van Nistelrooy", (), "NED", "van Nistelrooy"),
        ("Jess Thorup", (), None, "Thorup"),
    ],
)
def test_the_short_name_follows_the_name_order(
    name: str, other: tuple[str, ...], nationality: str | None, short: str
) -> None:
    assert short_name(name, other, nationality) == short


def test_hong_is_called_hong(full: Store) -> None:
    # Hong Myung-bo (KOR): South Korea 2013-2014, Hangzhou Greentown 2016, Ulsan Hyundai 2021-2024, South
    # Korea since July 2024 (touchline/data/people/hong-myung-bo.toml, from en.wikipedia.org/wiki/Hong_Myung-bo,
    # which calls him "Hong" after the first mention)
    wiki = article_text(full, "Hong Myung-bo", "wiki")
    assert "Myung-bo was" not in wiki and "Myung-bo has been" not in wiki
    assert "Hong was head coach of Hangzhou Greentown from 4 January 2016 to 30 November 2016." in wiki
    assert "Hong was head coach of Ulsan Hyundai from 24 December 2020 to 10 July 2024." in wiki
    # the audit calls him the same way: an editor's "Hong won ..." is about him (Ulsan Hyundai won the
    # K League 1 2022 under Hong: en.wikipedia "2022 K League 1", champions Ulsan Hyundai), not a
    # clause "naming neither him nor his team"; the rest of the article reads back as agreeing
    ended = "In 2023 they ended the season 1st (Championship)."
    assert ended in wiki
    edited = wiki.replace(ended, ended + " Hong won the K League 1 title in 2022.")
    result = audit(full, parse_article(edited, "hong-myung-bo.wiki"))
    (title,) = [c for c in result.claims if c.claim.quote == "won the K League"]
    assert (title.verdict, title.spell) == (Verdict.AGREES, "Ulsan Hyundai"), title.answer
    assert result.claims and {c.verdict for c in result.claims} == {Verdict.AGREES}


# --- a short tournament's title ---------------------------------------------------------------------


def test_a_title_its_table_decided_has_no_play_offs(full: Store) -> None:
    # Vélez Sarsfield won the Clausura 1993 "after finishing first in the final classification, three
    # points ahead of Independiente and four of River Plate" (French Wikipedia, "Tournoi de clôture du
    # championnat d'Argentine de football 1993"); Boca Juniors the Apertura 2000 on the last day, 41
    # points to River Plate's 37 and Talleres' 36 (emol.com, 17 December 2000, "Boca terminó de ganarlo
    # todo"): both under Bianchi, both by the table, neither with play-offs
    wiki = article_text(full, "Carlos Bianchi", "wiki")
    assert "They won the Clausura 1993, finishing 1st." in wiki
    assert "They won the Apertura 2000, finishing 1st." in wiki
    assert "in its play-offs" not in wiki
    # the Clausura of 1999-00 is the Clausura 2000 (River Plate's: en.wikipedia "List of Argentine
    # football champions"), not "1900"
    assert "the Clausura 2000" in wiki and "1900" not in wiki
    # the audit reads the new sentences back as agreeing (the place at the season's end)
    result = audit(full, parse_article(wiki, "carlos-bianchi.wiki"))
    won = [c for c in result.claims if "finishing 1st" in c.claim.quote]
    assert won and all(c.verdict is Verdict.AGREES for c in won), [(c.claim.quote, c.answer) for c in won]


def test_a_title_its_play_offs_decided_keeps_the_wording(full: Store) -> None:
    # Tigres UANL won the Apertura 2011 in its liguilla (final v Santos Laguna, 11 December 2011), UNAM the
    # Clausura 2009 (final v Pachuca, 31 May 2009), both under Ferretti (ligamx.net, list of champions)
    wiki = article_text(full, "Ricardo Ferretti", "wiki")
    for title in ("the Apertura 2011", "the Clausura 2009"):
        assert re.search(rf"They won {title} in its play-offs, having finished \d+\w\w in the regular season\.", wiki)
        assert f"They won {title}, finishing" not in wiki


@pytest.mark.parametrize(
    ("coach", "team", "start", "end", "sentence"),
    [
        # Estudiantes and Boca Juniors finished the Apertura 2006 level on 44 points; Estudiantes, under
        # Diego Simeone, won the tiebreaker 2-1 on 13 December 2006 (en.wikipedia "2006 Torneo Apertura
        # Final"; elsiglodetorreon.com.mx, "Boca ve alejarse el tricampeonato": "el empate a 44 puntos")
        (
            "Diego Simeone",
            "arg-estudiantes",
            dt.date(2006, 7, 1),
            dt.date(2006, 12, 31),
            "They won the Apertura 2006 in a play-off, having finished 1st in the regular season.",
        ),
        # Boca Juniors, Tigre and San Lorenzo finished the Apertura 2008 level on 39 points; Boca, under
        # Carlos Ischia, won the triangular that followed on goal difference: "Boca, Tigre y San Lorenzo
        # terminaron también igualados a tres puntos ... los boquenses atraparon el título merced a su
        # mejor diferencia de goles" (europapress.es, 24 December 2008); the data has Boca 2nd of the
        # three in the regular season's table
        (
            "Carlos Ischia",
            "arg-boca-juniors",
            dt.date(2008, 7, 1),
            dt.date(2008, 12, 31),
            "They won the Apertura 2008 in its play-offs, having finished 2nd in the regular season.",
        ),
    ],
)
def test_a_decider_is_a_play_off(
    full: Store, coach: str, team: str, start: dt.date, end: dt.date, sentence: str
) -> None:
    # neither coach has a people file: a spell over the tournament, as the article writes its paragraph
    item = spell_record(full, Spell("probe", team, Role.HEAD_COACH, start, end), Filters(), positions=True)
    assert sentence in spell_sentences(item, coach, (), _titles(full, item))
