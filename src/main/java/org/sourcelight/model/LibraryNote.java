package org.sourcelight.model;


/** An annotation found by a library-wide search, with the title of its article. */
public record LibraryNote(Annotation annotation, String articleTitle) {}
