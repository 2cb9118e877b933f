package org.sourcelight.analysis.outlets;

import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.Typology;

/** Short plain-language labels for outlets, shared by the provenance chains, the panel and reports. */
public final class OutletLabels {
    public static final String NOT_IN_REGISTRY = "not in the registry";
    /** A name several registry entries share when the article does not say which one it means ("CBC"). */
    public static final String NOT_IDENTIFIED = "not identified: more than one outlet in the registry has this name";

    private OutletLabels() {}

    /** The model in a few words: "state-controlled", "captured private", "private, not rated". */
    public static String model(Outlet o) {
        if (o == null) return NOT_IN_REGISTRY;
        if (o.typology() != null) return model(o.typology());
        String c = o.classification().strip();
        boolean uncertain = c.startsWith("uncertain");
        if (uncertain) c = c.replaceFirst("^uncertain:?\\s*", "");
        int cut = c.indexOf(';');
        if (cut > 0) c = c.substring(0, cut).strip();
        if (c.isEmpty()) return "not rated";
        return c + (uncertain ? ", uncertain" : "") + ", not rated";
    }

    public static String model(Typology t) {
        return switch (t) {
            case SC -> "state-controlled";
            case CaPu -> "captured public/state-managed";
            case CaPr -> "captured private";
            case ISFM -> "independent state-funded and state-managed";
            case ISF -> "independent state-funded";
            case ISM -> "independent state-managed";
            case IP -> "independent public";
        };
    }

    /** Country and model: "Iran, state-controlled"; "not in the registry" for an unknown outlet. */
    public static String shortLabel(Outlet o) {
        if (o == null) return NOT_IN_REGISTRY;
        String country = o.country().isBlank() ? "country unknown" : o.country();
        return country + ", " + model(o);
    }

    /**
     * A cited outlet's label: its entry's, or {@link #NOT_IDENTIFIED} when several entries share the name and the
     * text cannot tell them apart (such a name is in the registry, so "not in the registry" would be false).
     */
    public static String shortLabel(CitedOutlet c) {
        return ambiguous(c) ? NOT_IDENTIFIED : shortLabel(c.outlet());
    }

    /**
     * What the reader is told about a cited outlet: the note on how a shared name was read when there is one ("ABC:
     * probably ABC News (…); Australia's ABC is …", "CBC: could be … or …"), so a likely pick is never shown as
     * certain; otherwise {@link #shortLabel(CitedOutlet)}.
     */
    public static String citedLabel(CitedOutlet c) {
        return c.note().isEmpty() ? shortLabel(c) : c.note();
    }

    /** True when the name stands for several registry entries and none was chosen. */
    public static boolean ambiguous(CitedOutlet c) {
        return c.outlet() == null && !c.alternatives().isEmpty();
    }

    /** What the model means in plain words, or why there is none. */
    public static String meaning(Outlet o) {
        if (o == null) {
            return "Sourcelight has no facts about this outlet. That does not mean it is independent: nobody here has checked.";
        }
        if (o.typology() != null) return o.typology().meaning();
        return "The State Media Monitor has not rated this outlet, so there is no model to show. "
                + "That does not make it independent; the registry's own words for it are: " + o.classification() + ".";
    }
}
