package org.sourcelight.report;

import org.sourcelight.model.Outlet;

/** Wording shared by the reports. */
public final class ReportText {
    private ReportText() {}

    /** "Iran, State-controlled media (SC), rated 2023" or "not in the registry" — never "independent" by default. */
    public static String outletLabel(Outlet o) {
        if (o == null) return "not in the registry";
        StringBuilder sb = new StringBuilder();
        if (!o.country().isEmpty()) sb.append(o.country()).append(", ");
        sb.append(o.labelInWords());
        if (o.typology() != null) sb.append(" (").append(o.typology().name()).append(")");
        if (o.year() > 0) sb.append(", rated ").append(o.year());
        return sb.toString();
    }

    public static String clip(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
