"""Views: each builds one :class:`touchline.render.Report` from computed results, for every format."""
