"""Page builders: one module per kind of page, each a function ``(Context, path values, query values) ->
Page`` that calls the same library functions as the CLI (:mod:`touchline.api`, :mod:`touchline.views`,
:mod:`touchline.store.read`) and adds the links behind every figure."""
