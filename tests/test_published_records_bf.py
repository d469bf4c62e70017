"""Published records of managers of probe BF (South American club football), against the whole corpus
(``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or the
store's figure and the one match it does not hold (a friendly), named and counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters
from touchline.store import Store


def _figures(full: Store, name: str, team: str, filters: Filters | None = None) -> tuple[int, ...]:
    """G, W, D, L, GF, GA of the manager's spell at ``team``, which the store must hold whole."""
    spell = spell_of(full, name, team, filters)
    assert spell.coverage == "full"
    r = spell.record
    return (r.played, r.won, r.drawn, r.lost, r.goals_for, r.goals_against)


def test_roger_machado_at_palmeiras_2018(full: Store) -> None:
    # gazetaesportiva.com, July 2018, the night he was sacked ("Palmeiras anuncia saída de Roger Machado
    # após derrota contra o Flu"): "deixa o Palmeiras com um retrospecto de 24 vitórias, nove empates e oito
    # derrotas, com 69 gols marcados e 31 sofridos". (Other papers that day gave 44 games, 27 wins, 9 draws,
    # 8 defeats: three wins more than the competitions the store holds, unexplained here.)
    assert _figures(full, "Roger Machado", "Palmeiras") == (41, 24, 9, 8, 69, 31)


def test_roger_machado_at_fluminense_2021_from_the_fla_flu(full: Store) -> None:
    # odia.ig.com.br and portaldoholanda.com.br (UOL-Folhapress), 21 August 2021: "comandou o Flu em 42
    # jogos, com 19 vitórias, 12 empates e 11 derrotas, um aproveitamento de 54,7%". Counted from his
    # first match, the Fla-Flu of 14 March 2021 (canalflunews.com, 8 March 2021: the under-23 side under
    # Aílton Ferraz lost the first two Carioca matches); from his start on 27 February it would be 44.
    assert _figures(full, "Roger Machado", "Fluminense RJ")[:4] == (42, 19, 12, 11)


def test_mauricio_barbieri_at_flamengo_is_the_clubs_figure_less_a_friendly(full: Store) -> None:
    # Flamengo's statement of 28 September 2018 (dgabc.com.br, veja.abril.com.br): "39 jogos, sendo 19
    # vitórias, 12 empates e oito derrotas". One of them is the friendly at Atlético Goianiense, won 3-1 on
    # 7 April 2018, his first match (extra.globo.com, 7 April 2018: "a estreia de Mauricio Barbieri ainda
    # como interino ... em amistoso"), which no competition of the store holds: a win counted by hand.
    spell = spell_of(full, "Maurício Barbieri", "Flamengo RJ")
    assert spell.coverage == "full"
    found = (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)
    assert found == (38, 18, 12, 8)
    friendly = (1, 1, 0, 0)
    assert tuple(a + b for a, b in zip(found, friendly, strict=True)) == (39, 19, 12, 8)


def test_abel_braga_at_flamengo_2019(full: Store) -> None:
    # colunadofla.com, 29 May 2019 ("Jornalista avalia demissão de Abel Braga como injusta"): "Em seus 30
    # jogos, Abel Braga somou 18 vitórias, sete empates e cinco derrotas ... sofreu 27 gols ... balançou as
    # redes em 56 oportunidades" (the Florida Cup friendlies of January not counted).
    assert _figures(full, "Abel Braga", "Flamengo RJ") == (30, 18, 7, 5, 56, 27)


def test_luis_castro_at_botafogo_in_2022(full: Store) -> None:
    # mg.superesportes.com.br, 29 June 2023: "No primeiro ano de trabalho, foram 41 jogos, com 17
    # vitórias, oito empates e 16 derrotas" (from his first match, at Ceará on 17 April 2022).
    figures = _figures(full, "Luís Castro", "Botafogo RJ", Filters(date_to=dt.date(2022, 12, 31)))
    assert figures[:4] == (41, 17, 8, 16)


def test_gustavo_alvarez_unbeaten_in_his_first_ten_league_matches_at_universidad_de_chile(full: Store) -> None:
    # reportediario.cl, 29 April 2024, after the 4-0 at Huachipato of 28 April: "los Azules acumulan siete
    # victorias y tres empates en el torneo local".
    filters = Filters(competitions=("cl.1",), date_to=dt.date(2024, 4, 28))
    assert _figures(full, "Gustavo Álvarez", "Universidad de Chile", filters)[:4] == (10, 7, 3, 0)


def test_ariel_holan_at_santos_2021(full: Store) -> None:
    # portaldeangola.com, 26 April 2021: "comandou o Peixe em 12 partidas na temporada – 5 na
    # Libertadores e 7 no Paulistão –, com 4 vitórias, 3 empates e 5 derrotas. Foram 12 gols marcados e 19
    # sofridos." From his first match, 0-4 at São Paulo on 6 March 2021 (alvonoticias.com and
    # portaldoholanda.com.br, 6 March 2021).
    assert _figures(full, "Ariel Holan", "Santos FC") == (12, 4, 3, 5, 12, 19)


def test_paulo_pezzolano_at_cruzeiro_in_2022(full: Store) -> None:
    # mg.superesportes.com.br, 8 November 2022: "Pezzolano comandou o Cruzeiro em 58 partidas neste ano
    # ... foram 35 vitórias, dez empates e 13 derrotas, além de 94 gols marcados e 48 sofridos"
    # (Mineiro 9-1-4, Copa do Brasil 3-0-3, Série B 23-9-6).
    figures = _figures(full, "Paulo Pezzolano", "Cruzeiro", Filters(date_to=dt.date(2022, 12, 31)))
    assert figures == (58, 35, 10, 13, 94, 48)


def test_pablo_repetto_at_atletico_nacional_from_his_debut(full: Store) -> None:
    # nacionalespasion.com.co, 27 August 2024 ("Los números del DT Pablo Repetto", data by Oscar Yamit
    # Quiróz): "17 partidos dirigidos, 8 victorias, 4 empates, 5 derrotas, 21 goles a favor, 15 goles en
    # contra". Counted from his debut, 0-0 against Bucaramanga on 10 March 2024 (caracol.com.co, 9 March
    # 2024: Juan Camilo Pérez took the matches before it, the 0-0 at Junior of 2 March among them).
    assert _figures(full, "Pablo Repetto", "Atlético Nacional") == (17, 8, 4, 5, 21, 15)
