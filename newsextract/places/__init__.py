"""Places: administrative divisions (current, short and former names), home words, countries,
foreign cities and named sites, each with its division code; and where an article is about."""
