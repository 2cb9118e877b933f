package org.sourcelight.model;

/**
 * An outlet named or described in the text.
 *
 * @param outlet registry entry, or null when not in the registry ("not in the registry", never "independent")
 * @param how    "name", "alias", "description" (e.g. "Syria's state-run news agency"), or "credit" (photo/wire credit)
 */
public record CitedOutlet(String name, Outlet outlet, int start, int end, String how) {
    public CitedOutlet {
        if (name == null) throw new IllegalArgumentException("name");
        Span.check(start, end);
        how = how == null ? "name" : how;
    }

    public Span span() { return new Span(start, end); }
}
