"""Search: Danish full-text search, saved searches, document import and the overviews.

No Qt here; the GUI (``fieldnotes.ui.search_panel`` and friends) and the CLI
(``fieldnotes.commands.search``) call these functions with a ``Store``.
"""
