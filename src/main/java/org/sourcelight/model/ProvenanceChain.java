package org.sourcelight.model;

import java.util.List;

/**
 * How a claim reached the reader: publisher → relaying outlet(s) → original source. {@code [start, end)} is the
 * attribution in the text that carries the chain.
 */
public record ProvenanceChain(int start, int end, List<ProvenanceLink> links) {
    public ProvenanceChain {
        Span.check(start, end);
        links = List.copyOf(links);
    }
}
