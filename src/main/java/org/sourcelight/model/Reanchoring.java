package org.sourcelight.model;

import java.util.List;

/**
 * An article's annotations after anchoring them to its current text.
 *
 * @param annotations all of them in text order, orphans last
 * @param moved       how many were found by quote or fuzzy match at another place than stored (and saved there)
 * @param fuzzy       how many of those matched only approximately (their quote now reads as the new text)
 * @param orphans     the ones whose quote is no longer in the text; they keep their quote and old place
 */
public record Reanchoring(List<Annotation> annotations, int moved, int fuzzy, List<Annotation> orphans) {
    public Reanchoring {
        annotations = List.copyOf(annotations);
        orphans = List.copyOf(orphans);
    }
}
