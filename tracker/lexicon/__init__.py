"""Word tables: one module per language (``en.py``, ``de.py``, ...), assembled by topic.

:mod:`~tracker.lexicon.numbers`, :mod:`~tracker.lexicon.figure_words`,
:mod:`~tracker.lexicon.calendar` and :mod:`~tracker.lexicon.cues` hold the language-independent
tables and build the language-keyed ones from the language modules listed in
:data:`tracker.lexicon.languages.LANGUAGES`. See README.md, "Adding a language".
"""
