"""Biographies: reading them, auditing their figures and claims against the data, and writing their
data-backed parts (``touchline people from-article``, ``touchline audit``, ``touchline article``).

The package sits at floor 5 (beside ``views/``); inside it, each module keeps to a floor of its own
(``tests/test_architecture.py`` checks the readers):

- floor 2, pure (text in, values out; no store): :mod:`~touchline.article.dates` (dates at an
  article's precision), :mod:`~touchline.article.document` (the :class:`Article` types),
  :mod:`~touchline.article.tables` (raw rows to a record table), :mod:`~touchline.article.layout`,
  :mod:`~touchline.article.wikitext` (mwparserfromhell) and :mod:`~touchline.article.plaintext` (the
  two readers), :mod:`~touchline.article.parse` (one article from either), and
  :mod:`~touchline.article.claims` (the prose claims data can settle);
- floor 4, like ``api/`` (store through api and store functions, no SQL):
  :mod:`~touchline.article.spells` (spells resolved, the people file written),
  :mod:`~touchline.article.audit`, :mod:`~touchline.article.hooks` (THE hook for ties and
  honours: :func:`~touchline.article.hooks.ties_and_honours`), :mod:`~touchline.article.facts` (the
  adapter it returns, over ``api.ties`` and ``api.honours``) and :mod:`~touchline.article.events` (the
  sentences on finals and European ties);
- floor 5, like ``views/``: :mod:`~touchline.article.report` (the audit as reports and the corrected
  wikitext), :mod:`~touchline.article.generate` (``touchline article``) and
  :mod:`~touchline.article.command` (the click commands ``cli.py`` registers).
"""
