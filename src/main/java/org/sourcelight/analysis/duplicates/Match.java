package org.sourcelight.analysis.duplicates;

import org.sourcelight.model.Duplicate;

/**
 * A duplicated passage with what the reader needs to judge it: both texts (for the side-by-side view), how many
 * words the two share in runs of three or more, how many of its sentences are the same or reworded, and — for
 * boilerplate — in how many other articles it stands. The passages are cut from the two articles' texts only when
 * asked for, so a long repeat costs no copy of its text.
 *
 * @param text        this article's normalized text ({@code duplicate} indexes it)
 * @param otherText   the other article's normalized text (the same text for a repeat inside the article)
 * @param sharedWords words of this passage covered by runs shared with the other one
 * @param copies      other articles that carry this passage too (template text); 0 otherwise
 * @param sentences   sentences (or footer lines) of this passage
 * @param same        of those, how many stand word for word in the other passage
 * @param reworded    of those, how many stand in the other passage with words changed
 * @param runs        separate runs of shared words in this passage (a long copied stretch is one run)
 * @param why         for boilerplate, why it is the site's template, in plain words ("a list of headlines"); else ""
 * @param sameOutlet  the other article is known to be of this article's outlet (its own recycling, not another
 *                    outlet's copy); false when either outlet is unknown or for a repeat inside the article
 */
public record Match(Duplicate duplicate, String text, String otherText, int sharedWords, int copies,
                    int sentences, int same, int reworded, int runs, String why, boolean sameOutlet) {
    public Match {
        if (duplicate == null) throw new IllegalArgumentException("duplicate");
        if (text == null || otherText == null) throw new IllegalArgumentException("text");
        if (duplicate.end() > text.length() || duplicate.otherEnd() > otherText.length()) {
            throw new IllegalArgumentException("passage beyond text");
        }
        if (same < 0 || reworded < 0 || same + reworded > sentences) throw new IllegalArgumentException("sentences");
        why = why == null ? "" : why;
    }

    /** A finding with no template reason. */
    public Match(Duplicate duplicate, String text, String otherText, int sharedWords, int copies,
                 int sentences, int same, int reworded, int runs) {
        this(duplicate, text, otherText, sharedWords, copies, sentences, same, reworded, runs, "", false);
    }

    /** This article's passage, as in its normalized text. */
    public String passage() { return text.substring(duplicate.start(), duplicate.end()); }

    /** The other passage (the twin in the same article, or the passage of the other article). */
    public String otherPassage() { return otherText.substring(duplicate.otherStart(), duplicate.otherEnd()); }

    /** The same finding with another duplicate record (kind) and number of copies. */
    Match with(Duplicate d, int copies, String why) {
        return new Match(d, text, otherText, sharedWords, copies, sentences, same, reworded, runs, why, sameOutlet);
    }

    /**
     * How alike the two passages are, in words a student reads: "9 of 11 sentences the same, 2 reworded", "the
     * same sentence, reworded (14 of 18 words the same)", "word for word".
     */
    public String likeness() {
        if (same == sentences) return sentences == 1 ? "word for word" : "all " + sentences + " sentences word for word";
        if (sentences == 1) {
            return "the same sentence, reworded (" + sharedWords + " words in common)";
        }
        StringBuilder b = new StringBuilder();
        b.append(same).append(" of ").append(sentences).append(" sentences the same");
        if (reworded > 0) b.append(", ").append(reworded).append(" reworded");
        int missing = sentences - same - reworded;
        if (missing > 0) b.append(", ").append(missing).append(" not in the other");
        return b.toString();
    }

    /** Why this passage was reported, in plain words. */
    public String explanation() {
        Duplicate d = duplicate;
        String where = d.withinArticle() ? "elsewhere in this article" : "in \u201c" + d.otherFile() + "\u201d";
        return switch (d.kind()) {
            case EXACT -> "The same words in the same order also stand " + where
                    + " (capital letters, punctuation and quote marks aside)."
                    + (d.withinArticle() ? " The text repeats itself."
                            : sameOutlet ? " Both are from the same outlet: it reused its own text."
                            : " One was copied from the other, or both from a common source.");
            case NEAR -> "This passage also stands " + where + ", edited: " + likeness()
                    + ". It was reused with some words changed, added, dropped or moved"
                    + (sameOutlet ? ", by the same outlet." : ".");
            case BOILERPLATE -> "This text is the site's template (a footer, a standard line or a notice), not part of"
                    + " the story" + (why.isEmpty() ? "" : " (" + why + ")") + ": it also stands " + where
                    + (copies > 1 ? " and in " + (copies - 1) + " more article" + (copies > 2 ? "s" : "") : "")
                    + ". It is not counted as copied.";
            case SAME_QUOTE -> "Both articles print this quotation: these are the speaker's words, which several outlets"
                    + " report, not text one article copied from the other.";
        };
    }
}
