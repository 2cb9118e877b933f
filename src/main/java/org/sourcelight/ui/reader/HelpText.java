package org.sourcelight.ui.reader;

/** The short guide shown by Help → How to read the panels. */
final class HelpText {
    private HelpText() {}

    static final String TEXT = """
            Sources — who gets to speak. Each voice is graded: a named person, an organisation, a document, another \
            news outlet, an anonymous source, or a vague phrase like "observers warn". Ask: who is missing?

            Provenance — who published the article and the outlets it cites, with the State Media Monitor rating \
            of each and where that rating comes from. "Not in the registry" means we have no rating, not that the \
            outlet is independent.

            Duplicates — passages repeated inside the article, the outlet's boilerplate, and text recycled from \
            other articles in your library, shown side by side.

            Assertions — sentences where the article states contested things in its own voice, hides who is \
            speaking, or uses loaded words. Each comes with a question to ask.

            Notes — your own highlights, notes and tags. Select text, then press Ctrl+H to highlight or Ctrl+M to \
            add a note.

            Keys: Ctrl+O import a file, Ctrl+F search the library, Ctrl+1…5 switch panels, F6 move between the \
            library, the article and the panels, Ctrl+plus/minus change the text size.""";
}
