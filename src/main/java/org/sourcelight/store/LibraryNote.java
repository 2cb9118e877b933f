package org.sourcelight.store;

import org.sourcelight.model.Annotation;

/** An annotation found by a library-wide search, with the title of its article. */
public record LibraryNote(Annotation annotation, String articleTitle) {}
