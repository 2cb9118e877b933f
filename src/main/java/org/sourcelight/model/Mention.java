package org.sourcelight.model;

/**
 * One attribution in the text. {@code span} covers speaker, cue and content; each part has its own span inside it.
 * A part that is absent (a quote with no cue word) has an empty span at the attribution's start.
 *
 * @param span        the whole attribution
 * @param cue         the cue words as written ("said", "according to"), or "" when there are none
 * @param cueSpan     where the cue words are
 * @param speakerSpan where the words naming the speaker are
 * @param speakerText the words naming the speaker as written ("he", "the ministry", "Maria Zakharova")
 * @param contentSpan what the speaker said, believes or wants
 * @param direct      true for a direct quotation, false for reported speech
 * @param resolvedBy  how the speaker was found when the words at the mention do not name it in full, or null when
 *                    they do
 * @param kind        a statement (words said or written) or a view or intention the writer reports (a belief, a side taken, a refusal)
 */
public record Mention(Span span, String cue, Span cueSpan, Span speakerSpan, String speakerText, Span contentSpan,
                      boolean direct, ResolvedBy resolvedBy, MentionKind kind) {
    public Mention {
        if (span == null || cueSpan == null || speakerSpan == null || contentSpan == null)
            throw new IllegalArgumentException("a mention needs all four spans");
        inside(span, cueSpan, "cue");
        inside(span, speakerSpan, "speaker");
        inside(span, contentSpan, "content");
        kind = kind == null ? MentionKind.STATEMENT : kind;
        cue = cue == null ? "" : cue;
        speakerText = speakerText == null ? "" : speakerText;
    }

    private static void inside(Span whole, Span part, String name) {
        if (!whole.contains(part) && !(part.isEmpty() && part.start() == whole.start()))
            throw new IllegalArgumentException("the " + name + " " + part + " lies outside the mention " + whole);
    }

    /** A mention from offsets: the whole {@code [start, end)} and each part's {@code [start, end)}. */
    public static Mention of(int start, int end, String cue, int cueStart, int cueEnd, int speakerStart,
                             int speakerEnd, int contentStart, int contentEnd, boolean direct, String speakerText,
                             ResolvedBy resolvedBy, MentionKind kind) {
        return new Mention(new Span(start, end), cue, new Span(cueStart, cueEnd), new Span(speakerStart, speakerEnd),
                speakerText, new Span(contentStart, contentEnd), direct, resolvedBy, kind);
    }

    public int start() { return span.start(); }

    public int end() { return span.end(); }

    public int cueStart() { return cueSpan.start(); }

    public int cueEnd() { return cueSpan.end(); }

    public int speakerStart() { return speakerSpan.start(); }

    public int speakerEnd() { return speakerSpan.end(); }

    public int contentStart() { return contentSpan.start(); }

    public int contentEnd() { return contentSpan.end(); }

    /**
     * True when the writer hedges the cue ("seemed to suggest", "appeared to endorse"): the writer's reading of what
     * the source meant, not words or a view the source stated plainly.
     */
    public boolean hedged() {
        String c = cue.toLowerCase(java.util.Locale.ROOT);
        return (c.startsWith("seem") || c.startsWith("appear")) && c.contains(" to ");
    }
}
