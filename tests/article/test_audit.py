"""`touchline audit`: the seed's empty table filled with proposals, its claims checked; a hand-typed article
with three wrong cells and one wrong date, exactly those four found; an encyclopedia-markup article."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import mwparserfromhell

from tests.article.conftest import ARTICLES
from touchline.article.audit import Audit, Verdict, audit_article
from touchline.article.parse import parse_article
from touchline.article.report import audit_output, corrected_wikitext
from touchline.store import Store, open_store

COVERED = ["Esbjerg fB (caretaker)", "Esbjerg fB", "FC Midtjylland", "Gent", "Genk", "Copenhagen", "FC Augsburg"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "touchline", *args], capture_output=True, text=True)


def _claim(audit: Audit, line: int, quote: str) -> tuple[str | None, Verdict, str]:
    (found,) = [c for c in audit.claims if c.claim.line == line and c.claim.quote == quote]
    return found.spell, found.verdict, found.answer


def test_the_seed_every_cell_empty_seven_spells_proposed(seed: Path, focused: Store) -> None:
    audit = audit_article(focused, seed)
    assert audit.person is not None and audit.person.id == "jess-thorup"
    verdicts = {r.label: {c.verdict for c in r.cells} for r in audit.rows}
    assert [label for label, v in verdicts.items() if v == {Verdict.EMPTY}] == COVERED
    assert verdicts["Denmark U-21"] == verdicts["Al-Ahly"] == {Verdict.NOT_CHECKABLE}
    # every record column is proposed, not only the G, W, D the rendering's header kept
    proposals = {r.label: {c.key: c.data for c in r.cells} for r in audit.rows}
    assert proposals["Genk"] == {
        "g": "5",
        "w": "3",
        "d": "2",
        "l": "0",
        "gf": "11",
        "ga": "5",
        "gd": "+6",
        "win_pct": "60.00",
    }
    assert proposals["FC Augsburg"]["g"] == "65" and proposals["FC Augsburg"]["gd"] == "\u221214"
    denmark = next(r for r in audit.rows if r.label == "Denmark U-21")
    assert denmark.cells[0].reason.startswith("no data: the store has no matches of this team between 2013-06-01")
    esbjerg = next(r for r in audit.rows if r.label == "Esbjerg fB")
    assert "partial data: no league matches of this team in 2011-12" in esbjerg.cells[0].reason
    assert {c.verdict for c in audit.total} == {Verdict.EMPTY}
    assert audit.findings == ["line 36: 'for only six games': 5 matches in the data"]


def test_the_seed_claims(seed: Path, focused_db: str) -> None:
    with open_store(focused_db, create=False) as store:
        audit = audit_article(store, seed)
    assert _claim(audit, 15, "for three games")[:2] == ("Esbjerg fB (caretaker)", Verdict.AGREES)
    spell, verdict, answer = _claim(audit, 36, "for only six games")
    assert (spell, verdict) == ("Genk", Verdict.DIFFERS) and answer == "5 matches in the data"
    genk = next(c for c in audit.claims if c.claim.line == 36)
    assert genk.evidence[0] == "touchline matches --club 'KRC Genk' --from 2020-09-24 --to 2020-11-02"
    assert len(genk.evidence) == 6 and genk.evidence[1].startswith("2020-09-28 be.1 2020-21: KRC Genk 2–2 KV Oostende")
    # someone else's three games (László Bölöni's) are not Thorup's
    assert _claim(audit, 34, "after only three games")[1] is Verdict.NOT_CHECKABLE
    assert _claim(audit, 48, "15th place") == (
        "FC Augsburg",
        Verdict.AGREES,
        "15th of 18 (Bundesliga 2023-24, table of 14 October 2023)",
    )
    assert _claim(audit, 48, "11th place")[1:] == (
        Verdict.AGREES,
        "11th of 18 (Bundesliga 2023-24, table of 18 May 2024)",
    )
    assert _claim(audit, 50, "12th place")[1] is Verdict.AGREES
    assert _claim(audit, 24, "seventh in the league table")[:2] == ("Gent", Verdict.AGREES)
    assert _claim(audit, 26, "finishing fifth") == (
        "Gent",
        Verdict.AGREES,
        "5th of 16 (Belgian First Division A 2018-19, Playoff I, table of 19 May 2019)",
    )
    assert _claim(audit, 32, "lying second")[1] is Verdict.AGREES
    assert _claim(audit, 41, "third place")[:2] == ("Copenhagen", Verdict.AGREES)
    # aggregates and titles go through the ties/honours hook (tests/article/test_facts.py)
    assert _claim(audit, 45, "defeating Trabzonspor 2–1 on aggregate")[:2] == ("Copenhagen", Verdict.AGREES)
    titles = [c for c in audit.claims if c.claim.kind.value == "title" and c.claim.other is None]
    assert len([c for c in titles if c.reading == "honours line"]) == 8


def test_three_wrong_cells_and_one_wrong_date_are_exactly_what_is_found(focused: Store) -> None:
    audit = audit_article(focused, ARTICLES / "thorup-typed.txt")
    assert audit.findings == [
        "line 19: FC Midtjylland From: article 1 July 2015, people file 12 July 2015",
        "line 20: Gent W: article 40, data 39",
        "line 21: Genk G: article 6, data 5",
        "line 23: FC Augsburg GA: article 97, data 98",
    ]
    genk = next(r for r in audit.rows if r.label == "Genk")
    assert [c.key for c in genk.cells if c.verdict is Verdict.AGREES] == ["w", "d", "l", "gf", "ga", "gd", "win_pct"]
    assert genk.matches_command == "touchline matches --club 'KRC Genk' --from 2020-09-24 --to 2020-11-02"
    # partial spells whose figures the data matches agree; no data, no verdict
    esbjerg = next(r for r in audit.rows if r.label == "Esbjerg fB")
    assert {c.verdict for c in esbjerg.cells} == {Verdict.AGREES}
    assert {c.verdict for c in audit.total} == {Verdict.AGREES}
    # the prose claim agrees
    assert _claim(audit, 11, "15th place")[1] is Verdict.AGREES


def test_the_encyclopedia_markup_article(focused_db: str) -> None:
    with open_store(focused_db, create=False) as store:
        audit = audit_article(store, ARTICLES / "juergen-klopp.wiki")
    rows = {r.label: r for r in audit.rows}
    assert list(rows) == ["Mainz 05", "Borussia Dortmund", "Liverpool"]
    # the data is partial for all three: a higher figure cannot be settled, a lower one is wrong
    mainz = {c.key: (c.verdict, c.data) for c in rows["Mainz 05"].cells}
    assert mainz["g"] == (Verdict.NOT_CHECKABLE, "250")
    dortmund = {c.key: (c.verdict, c.article, c.data) for c in rows["Borussia Dortmund"].cells}
    assert dortmund["d"] == (Verdict.DIFFERS, "60", "68")
    assert dortmund["g"][0] is Verdict.NOT_CHECKABLE
    # {{WDL}} computes GD and win %: they are not the article's to check
    assert {c.key for c in rows["Liverpool"].cells} == {"g", "w", "d", "l", "gf", "ga"}
    assert _claim(audit, 20, "14th place")[1:] == (
        Verdict.DIFFERS,
        "17th of 18 (2. Bundesliga 2000-01, table of 27 February 2001)",
    )
    assert _claim(audit, 23, "finished sixth")[:2] == ("Borussia Dortmund", Verdict.AGREES)
    assert audit.findings == [
        "line 44: Borussia Dortmund D: article 60, data 68",
        "line 20: '14th place': 17th of 18 (2. Bundesliga 2000-01, table of 27 February 2001)",
    ]
    # the corrected table keeps figures the partial data cannot settle, and says what it contradicts
    wiki = corrected_wikitext(audit)
    assert (
        "Borussia Dortmund: as the article gives it;" in wiki and "the data contradicts D (the data holds 68)" in wiki
    )
    assert "|| 319 || 179 || 60 || 70 || 622 || 333 || +289 || 56.11" in wiki


def test_the_corrected_table_parses_and_audits_clean(seed: Path, focused_db: str, tmp_path: Path) -> None:
    out = tmp_path / "corrected.wiki"
    result = run("audit", str(seed), "--db", focused_db, "--wiki-out", str(out))
    assert result.returncode == 0, result.stderr
    wiki = out.read_text(encoding="utf-8")
    assert wiki in result.stdout
    genk = '| style="text-align: left" | Genk || 24 September 2020 || 2 November 2020 || '
    assert genk + "5 || 3 || 2 || 0 || 11 || 5 || +6 || 60.00" in wiki
    code = mwparserfromhell.parse(wiki)
    assert [str(t.tag) for t in code.filter_tags(recursive=False)] == ["table"]
    # the corrected table, put in the article's place, audits with every figure agreeing
    text = seed.read_text(encoding="utf-8")
    start = text.index("| Team | From | To |")
    end = text.index("| Total | | |") + len("| Total | | |")
    with open_store(focused_db, create=False) as store:
        from touchline.article.audit import audit

        again = audit(store, parse_article(text[:start] + wiki + text[end:], "corrected.wiki"))
    verdicts = {c.verdict for r in again.rows for c in r.cells}
    assert verdicts == {Verdict.AGREES, Verdict.NOT_CHECKABLE}
    assert not [f for f in again.findings if "article" in f and "data" in f and "line 36" not in f]


def test_the_three_formats(seed: Path, focused_db: str) -> None:
    result = run("audit", str(seed), "--db", focused_db, "--format", "json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["person"] == "jess-thorup" and len(payload["rows"]) == 9
    genk = next(r for r in payload["rows"] if r["team"] == "Genk")
    assert genk["coverage"] == "full" and genk["cells"][0] == {
        "column": "g",
        "article": "",
        "data": "5",
        "verdict": "empty",
        "reason": None,
    }
    assert payload["findings"] == ["line 36: 'for only six games': 5 matches in the data"]
    assert payload["corrected_wikitext"].startswith('{| class="wikitable sortable"')
    with open_store(focused_db, create=False) as store:
        markdown = audit_output(audit_article(store, seed), "md")
    assert "**Managerial statistics of Jess Thorup" in markdown and "```wikitext" in markdown
    text = run("audit", str(seed), "--db", focused_db).stdout
    assert "Claims of Jess Thorup that data can settle" in text and " 1 finding " in text


def test_a_cell_the_data_cannot_check_is_still_caught_when_its_row_does_not_add_up(
    focused_db: str, tmp_path: Path
) -> None:
    # Mainz 05's record is partial in the focused data: a W typed higher (112 for 109) cannot be settled by
    # the data, but the row's own figures then add up to 273 games, not 270
    text = (ARTICLES / "juergen-klopp.wiki").read_text(encoding="utf-8")
    edited = tmp_path / "klopp.wiki"
    edited.write_text(text.replace("{{WDL|270|109|78|83|", "{{WDL|270|112|78|83|", 1), encoding="utf-8")
    with open_store(focused_db, create=False) as store:
        audit = audit_article(store, edited)
    mainz = next(r for r in audit.rows if r.label == "Mainz 05")
    assert {c.key: c.verdict for c in mainz.cells}["w"] is Verdict.NOT_CHECKABLE
    assert f"line {mainz.row.line}: Mainz 05: the row does not add up: W + D + L = 273, not G 270" in audit.findings
