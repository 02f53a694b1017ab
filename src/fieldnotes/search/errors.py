"""Errors of search, saved searches and document import, worded in Danish or English.

They are ``KnownError``s: the user's to fix (a malformed query, an unreadable file), shown as one
line in the CLI and as a message in the GUI, never as a traceback.
"""

from __future__ import annotations

from typing import ClassVar

from ..core.errors import KnownError


class SearchError(KnownError):
    """A search, filter or saved search that cannot be done as asked; ``code`` picks the text."""

    messages: ClassVar[dict[str, tuple[str, str]]] = {
        "empty": (
            "Skriv et eller flere ord at søge efter.",
            "Type one or more words to search for.",
        ),
        "unclosed_quote": (
            "Anførselstegnet ved tegn {position} lukkes aldrig. Skriv en frase sådan: "
            '"fælles mål".',
            "The quote at character {position} is never closed. Write a phrase like this: "
            '"fælles mål".',
        ),
        "unclosed_paren": (
            "Parentesen ved tegn {position} lukkes aldrig. Fx: (mentor ELLER brobygger) job.",
            "The bracket at character {position} is never closed. E.g.: (mentor OR brobygger) job.",
        ),
        "stray_paren": (
            "Parentesen ved tegn {position} lukker noget, der ikke er åbnet.",
            "The bracket at character {position} closes something that was never opened.",
        ),
        "missing_operand": (
            "»{operator}« ved tegn {position} skal stå mellem to ord, fx: job {operator} praktik.",
            "'{operator}' at character {position} must stand between two words, e.g.: "
            "job {operator} praktik.",
        ),
        "only_exclusions": (
            "Søgningen udelukker kun ({operator}). Skriv også, hvad der skal findes, "
            "fx: job IKKE praktik.",
            "The search only excludes ({operator}). Also say what to find, e.g.: job NOT praktik.",
        ),
        "bad_star": (
            "»*« ved tegn {position} skal stå sidst i et ord, fx: integr*",
            "'*' at character {position} must end a word, e.g.: integr*",
        ),
        "too_long": (
            "Søgningen er for lang ({count} ord; højst {limit}).",
            "The search is too long ({count} words; at most {limit}).",
        ),
        "too_deep": (
            "Parentesen ved tegn {position} ligger for dybt (højst {limit} inden i hinanden).",
            "The bracket at character {position} is nested too deeply (at most {limit}).",
        ),
        "unknown_theme": (
            "Der findes intet tema med koden »{theme}«. Kendte koder: {known}.",
            "There is no theme with the code '{theme}'. Known codes: {known}.",
        ),
        "unknown_kind": (
            "»{kind}« er ikke en slags, der kan søges i. Mulige: {known}.",
            "'{kind}' is not a kind of item that can be searched. Possible: {known}.",
        ),
        "bad_date": (
            "»{value}« er ikke en dato (skriv ÅÅÅÅ-MM-DD, fx 2013-03-04).",
            "'{value}' is not a date (write YYYY-MM-DD, e.g. 2013-03-04).",
        ),
        "date_order": (
            "Fra-datoen {start} ligger efter til-datoen {end}.",
            "The start date {start} is after the end date {end}.",
        ),
        "no_name": (
            "En gemt søgning skal have et navn.",
            "A saved search needs a name.",
        ),
        "unknown_place": (
            "Der findes ingen kommune eller aktør ved navn »{place}«. Skriv navnet, som det står "
            "i programmet, eller en kommunekode (fx 492).",
            "There is no municipality or actor called '{place}'. Write the name as the program "
            "shows it, or a municipality code (e.g. 492).",
        ),
        "not_municipality": (
            "»{place}« er ikke en kommune, så den har ingen celle blandt kommunerne. Brug "
            "--axis actor for aktørerne.",
            "'{place}' is not a municipality, so it has no cell among the municipalities. Use "
            "--axis actor for the actors.",
        ),
        "unknown_member": (
            "Der findes intet medlem ved navn »{member}«. Kendte medlemmer: {known}.",
            "There is no member called '{member}'. Known members: {known}.",
        ),
        "unknown_saved": (
            "Der findes ingen gemt søgning ved navn »{name}«. Gemte søgninger: {known}.",
            "There is no saved search called '{name}'. Saved searches: {known}.",
        ),
        "damaged_saved": (
            "Den gemte søgning »{name}« er beskadiget (ændret uden for programmet) og kan ikke "
            "køres. Slet den, og gem søgningen igen.",
            "The saved search '{name}' is damaged (changed outside the program) and cannot be "
            "run. Remove it and save the search again.",
        ),
        "stale_saved": (
            "Den gemte søgning »{name}« bruger en kommune/aktør eller et medlem, der ikke findes "
            "længere. Søg igen med de filtre, der er nu, og gem søgningen på ny.",
            "The saved search '{name}' uses a municipality/actor or member that no longer exists. "
            "Search again with the filters there are now, and save the search anew.",
        ),
        "query_and_saved": (
            "Skriv enten en søgning (med filtre) eller --saved NAVN, ikke begge: en gemt søgning "
            "har sine egne filtre.",
            "Give either a search (with filters) or --saved NAME, not both: a saved search has "
            "its own filters.",
        ),
    }


class QueryError(SearchError):
    """A malformed query; ``position`` (0-based, or None) is where the problem is."""

    @property
    def position(self) -> int | None:
        value = self.params.get("position")
        return int(value) - 1 if isinstance(value, int) else None


class DocumentError(KnownError):
    """A document that cannot be imported; ``code`` picks the text, ``path`` names the file."""

    messages: ClassVar[dict[str, tuple[str, str]]] = {
        "missing": (
            "Filen {path} findes ikke.",
            "The file {path} does not exist.",
        ),
        "unsupported": (
            "{path} kan ikke importeres: kun .docx, .txt og .md. Gem dokumentet som .docx "
            "(Word) eller .txt og prøv igen.",
            "{path} cannot be imported: only .docx, .txt and .md. Save the document as .docx "
            "(Word) or .txt and try again.",
        ),
        "not_docx": (
            "{path} kan ikke læses som Word-fil: den er beskadiget eller ikke en .docx-fil. Åbn "
            "den i Word, gem den som .docx og prøv igen.",
            "{path} cannot be read as a Word file: it is damaged or not a .docx file. Open it in "
            "Word, save it as .docx and try again.",
        ),
        "binary": (
            "{path} er ikke en tekstfil (den indeholder binære data). Gem noterne som .txt eller "
            ".docx og prøv igen.",
            "{path} is not a text file (it holds binary data). Save the notes as .txt or .docx "
            "and try again.",
        ),
        "no_access": (
            "{path} kan ikke læses: du har ikke adgang til filen.",
            "{path} cannot be read: you have no access to the file.",
        ),
        "read_failed": (
            "{path} kan ikke læses (systemfejl {errno}). Kopiér filen til din egen disk og prøv "
            "igen.",
            "{path} cannot be read (system error {errno}). Copy the file to your own disk and "
            "try again.",
        ),
        "encoding": (
            "{path} er ikke gemt som UTF-8 eller Windows-tekst; gem den som UTF-8 og prøv igen.",
            "{path} is not saved as UTF-8 or Windows text; save it as UTF-8 and try again.",
        ),
        "empty": (
            "{path} indeholder ingen tekst at importere.",
            "{path} holds no text to import.",
        ),
        "too_big": (
            "{path} fylder {size} MB; et dokument til ét besøg må højst fylde {limit} MB. Er det "
            "den rigtige fil?",
            "{path} takes {size} MB; a document for one visit may take at most {limit} MB. Is it "
            "the right file?",
        ),
        "too_many": (
            "{path} har {count} afsnit; ét besøg kan højst få {limit} ad gangen. Er det den "
            "rigtige fil? Del den ellers op.",
            "{path} has {count} paragraphs; one visit can take at most {limit} at a time. Is it "
            "the right file? Otherwise split it up.",
        ),
        "long_paragraph": (
            "Afsnit {number} i {path} er længere end en note kan være ({limit} tegn). Del det op "
            "i flere afsnit og prøv igen.",
            "Paragraph {number} of {path} is longer than a note can be ({limit} characters). "
            "Split it into several paragraphs and try again.",
        ),
        "visit_gone": (
            "Besøget {id} findes ikke (eller er slettet); vælg et andet besøg.",
            "The visit {id} does not exist (or was deleted); choose another visit.",
        ),
    }
