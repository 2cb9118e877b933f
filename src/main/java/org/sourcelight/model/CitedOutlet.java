package org.sourcelight.model;

import java.util.List;

/**
 * An outlet named or described in the text.
 *
 * @param outlet       registry entry, or null when not in the registry ("not in the registry", never "independent")
 *                     or when several registry entries fit equally well (then {@code alternatives} lists them)
 * @param how          "name", "alias", "description" (e.g. "Syria's state-run news agency"), or "credit" (photo/wire credit)
 * @param alternatives other registry entries the same name could stand for ("ABC": the US network or Australia's
 *                     public broadcaster), empty when the name is not shared
 * @param note         a plain sentence on that choice ("ABC: probably ABC News (United States, private, not rated);
 *                     Australia's ABC is independent state-funded."), or empty
 */
public record CitedOutlet(String name, Outlet outlet, int start, int end, String how, List<Outlet> alternatives,
                          String note) {
    public CitedOutlet {
        if (name == null) throw new IllegalArgumentException("name");
        Span.check(start, end);
        how = how == null ? "name" : how;
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        note = note == null ? "" : note;
    }

    public CitedOutlet(String name, Outlet outlet, int start, int end, String how) {
        this(name, outlet, start, end, how, List.of(), "");
    }

    public Span span() { return new Span(start, end); }
}
