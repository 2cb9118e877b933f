package org.sourcelight.analysis.duplicates;

import java.util.ArrayList;
import java.util.List;
import org.sourcelight.model.Duplicate;
import org.sourcelight.text.TextDocument;

/** Finds repeated passages inside one article and passages shared between articles. */
public final class DuplicateFinder {
    public static final int VERSION = 1;

    /** A document with the name the report uses for it (the file as given, or the library id). */
    public record Named(String id, String file, TextDocument doc) {}

    public static DuplicateFinder standard() { return new DuplicateFinder(); }

    /** Repeats inside one article. */
    public List<Duplicate> within(TextDocument doc) {
        return List.of();
    }

    /** For each document (same order), its repeats inside itself and its passages shared with the others. */
    public List<List<Duplicate>> across(List<Named> docs) {
        List<List<Duplicate>> out = new ArrayList<>();
        for (Named n : docs) out.add(within(n.doc()));
        return out;
    }
}
