package org.sourcelight.model;

/**
 * One attribution in the text. {@code [start, end)} covers speaker, cue and content; each part has its own span.
 * A part that is absent (a quote with no cue word) has an empty span at the attribution's start.
 *
 * @param speakerText the words naming the speaker as written ("he", "the ministry", "Maria Zakharova")
 * @param direct      true for a direct quotation, false for reported speech
 * @param resolvedBy  how the speaker was found when the text used a pronoun or role noun ("pronoun", "role noun",
 *                    "surname", "continued quote"), or null when the speaker is named at the mention
 * @param kind        a statement (words said or written) or a belief or intention the writer reports
 */
public record Mention(int start, int end, String cue, int cueStart, int cueEnd, int speakerStart, int speakerEnd,
                      int contentStart, int contentEnd, boolean direct, String speakerText, String resolvedBy,
                      MentionKind kind) {
    public Mention {
        kind = kind == null ? MentionKind.STATEMENT : kind;
        Span.check(start, end);
        Span.check(cueStart, cueEnd);
        Span.check(speakerStart, speakerEnd);
        Span.check(contentStart, contentEnd);
        cue = cue == null ? "" : cue;
        speakerText = speakerText == null ? "" : speakerText;
    }

    /** A statement (the usual case: "said", "told", "according to"). */
    public Mention(int start, int end, String cue, int cueStart, int cueEnd, int speakerStart, int speakerEnd,
                   int contentStart, int contentEnd, boolean direct, String speakerText, String resolvedBy) {
        this(start, end, cue, cueStart, cueEnd, speakerStart, speakerEnd, contentStart, contentEnd, direct, speakerText,
                resolvedBy, MentionKind.STATEMENT);
    }

    public Span span() { return new Span(start, end); }

    public Span cueSpan() { return new Span(cueStart, cueEnd); }

    public Span speakerSpan() { return new Span(speakerStart, speakerEnd); }

    public Span contentSpan() { return new Span(contentStart, contentEnd); }
}
