package org.sourcelight.classroom;

import java.util.List;
import java.util.Map;
import org.sourcelight.model.DuplicateKind;

/**
 * Two articles side by side: the passages they share, who each one quotes (and who is missing from each), the
 * outlets they name with their labels, and their unsupported assertions by reason.
 */
public record ArticleComparison(Side a, Side b, List<SharedPassage> shared, List<String> speakersInBoth,
                                List<String> onlyInA, List<String> onlyInB) {
    /**
     * One article's side.
     *
     * @param publisher            who published it with its label, or "not recognised"
     * @param outlets              outlets named in the text, each "name — label"
     * @param assertionsByReason   count of unsupported assertions per reason, by its plain label ("Hidden accuser"), in first-seen order
     */
    public record Side(String title, String publisher, List<String> speakers, List<String> outlets,
                       int assertions, Map<String, Integer> assertionsByReason) {
        public Side {
            speakers = List.copyOf(speakers);
            outlets = List.copyOf(outlets);
            assertionsByReason = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assertionsByReason));
        }
    }

    /** A passage of A that also stands in B, with both ranges (normalized offsets of each article). */
    public record SharedPassage(int aStart, int aEnd, int bStart, int bEnd, String textA, String textB,
                                DuplicateKind kind, double similarity) {}

    public ArticleComparison {
        shared = List.copyOf(shared);
        speakersInBoth = List.copyOf(speakersInBoth);
        onlyInA = List.copyOf(onlyInA);
        onlyInB = List.copyOf(onlyInB);
    }
}
