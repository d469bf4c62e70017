"""One module per verb (importing, managers, tables, people, listing): what the CLI, the web app and
notebooks call. They orchestrate the store, the computations and the reference facts; no SQL lives here."""
