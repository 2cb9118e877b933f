package org.sourcelight.analysis.duplicates;

import org.sourcelight.model.Duplicate;

/**
 * A duplicated passage with what the reader needs to judge it: both texts (for the side-by-side view), how many
 * words the two share in runs of three or more, and — for boilerplate — in how many other articles of the same
 * outlet it stands.
 *
 * @param passage      this article's passage, as in its normalized text
 * @param otherPassage the other passage (the twin in the same article, or the passage of the other article)
 * @param sharedWords  words of this passage covered by runs shared with the other one
 * @param copies       other articles (of the same outlet, or sharing the site footer) that carry this passage; 0 within
 */
public record Match(Duplicate duplicate, String passage, String otherPassage, int sharedWords, int copies) {
    public Match {
        if (duplicate == null) throw new IllegalArgumentException("duplicate");
        if (passage == null || otherPassage == null) throw new IllegalArgumentException("passage");
    }

    /** Why this passage was reported, in plain words. */
    public String explanation() {
        Duplicate d = duplicate;
        String where = d.withinArticle() ? "elsewhere in this article" : "in \u201c" + d.otherFile() + "\u201d";
        return switch (d.kind()) {
            case EXACT -> "The same words in the same order also stand " + where
                    + " (capital letters, punctuation and quote marks aside)."
                    + (d.withinArticle() ? " The text repeats itself." : " One was copied from the other, or both from a common source.");
            case NEAR -> sharedWords + " of the words of this passage also stand " + where
                    + " in runs of three or more, with some words changed, added, dropped or moved. It was reused and edited.";
            case BOILERPLATE -> "This text belongs to the outlet's template (a site footer or a standard line), not to"
                    + " the story: it also stands " + where
                    + (copies > 1 ? " and in " + (copies - 1) + " more article" + (copies > 2 ? "s" : "") : "")
                    + " from the same outlet.";
            case SAME_QUOTE -> "Both articles print this quotation: these are the speaker's words, which several outlets"
                    + " report, not text one article copied from the other.";
        };
    }
}
