package org.sourcelight.model;

/**
 * One hop in a chain of relayed claims: who passed the claim on, and what is known about them.
 *
 * @param name  "Press TV", "SANA", "civil sources"
 * @param label "Iran, state-controlled", "anonymous", "not in the registry"
 */
public record ProvenanceLink(String name, String label, int start, int end) {
    public ProvenanceLink {
        if (name == null) throw new IllegalArgumentException("name");
        label = label == null ? "" : label;
        Span.check(start, end);
    }
}
