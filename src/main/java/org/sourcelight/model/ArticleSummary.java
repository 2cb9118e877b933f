package org.sourcelight.model;

/** A row of the library list: what the reader sees before opening an article. Counts are -1 until analysed. */
public record ArticleSummary(long id, String title, String outlet, String published, String importedAt,
                             int sources, int outlets, int duplicates, int assertions) {}
