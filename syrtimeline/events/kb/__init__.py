"""The bundled knowledge base as data files (actors, channels, events, countries, titles, words), and the
generator of the country data (:mod:`syrtimeline.events.kb.countries`)."""
