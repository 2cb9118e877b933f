package org.sourcelight.report;

import org.sourcelight.analysis.outlets.OutletLabels;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Outlet;

/** Wording shared by the reports. */
public final class ReportText {
    /** What the reports call the Assertions panel's findings, as the panel does. */
    public static final String ASSERTIONS_HEADING = "Sentences to question";

    private ReportText() {}

    /** "Iran, State-controlled media (SC), rated 2023" or "not in the registry" — never "independent" by default. */
    public static String outletLabel(Outlet o) {
        if (o == null) return OutletLabels.NOT_IN_REGISTRY;
        StringBuilder sb = new StringBuilder();
        if (!o.country().isEmpty()) sb.append(o.country()).append(", ");
        sb.append(o.labelInWords());
        if (o.typology() != null) sb.append(" (").append(o.typology().name()).append(")");
        if (o.year() > 0) sb.append(", rated ").append(o.year());
        return sb.toString();
    }

    /**
     * A cited outlet's label in a report: the note on how a shared name was read when there is one ("ABC: probably
     * ABC News (…)", "CBC: could be … or …; the article does not say which."), as the Provenance panel shows it, so a
     * likely pick is never printed as certain; otherwise {@link #outletLabel}.
     */
    public static String citedLabel(CitedOutlet c) {
        if (!c.note().isEmpty()) return c.note();
        return OutletLabels.ambiguous(c) ? OutletLabels.NOT_IDENTIFIED : outletLabel(c.outlet());
    }

    /** How an outlet appears in the text, in words: "named", "named (other name)", "described, not named" … */
    public static String how(String how) {
        return switch (how) {
            case "credit" -> "photo or wire credit";
            case "description" -> "described, not named";
            case "alias" -> "named by another of its names";
            default -> "named";
        };
    }

    /**
     * The text on one line in curly quotes, shortened at a word boundary to at most {@code max} characters (an
     * ellipsis says it was shortened; a word is never cut in the middle).
     */
    public static String quote(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        if (one.length() <= max) return "\u201C" + one + "\u201D";
        int cut = one.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        return "\u201C" + one.substring(0, cut).stripTrailing() + " …\u201D";
    }

    public static String clip(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
