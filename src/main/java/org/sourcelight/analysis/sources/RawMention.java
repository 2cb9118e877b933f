package org.sourcelight.analysis.sources;

/**
 * An attribution found in one block, before the speaker is resolved. {@code speaker} is null for a quote that
 * continues the previous speaker's words ({@code continues} then points at that earlier attribution). Offsets
 * index the normalized text; an absent cue has {@code cueStart == cueEnd}. {@code kind} says whether the cue reports
 * words said or a belief or intention ({@code +belief} cues).
 */
record RawMention(Speaker speaker, int cueStart, int cueEnd, String cue, int contentStart, int contentEnd,
                  int block, int position, RawMention continues, org.sourcelight.model.MentionKind kind) {
    /** Where the speaker is named (or the cue, or the quote): the point that sets who was mentioned last. */
    int anchor() { return position; }

    /** The same attribution with these words as its content (a colon's words in the next paragraph). */
    RawMention withContent(int start, int end) {
        return new RawMention(speaker, cueStart, cueEnd, cue, start, end, block, position, continues, kind);
    }

    /** The same attribution with a cue that starts earlier ("seemed to suggest" for "suggest"), ending where it did. */
    RawMention withCue(int start, String text) {
        return new RawMention(speaker, start, cueEnd, text, contentStart, contentEnd, block, position, continues, kind);
    }

    /** The same attribution reported as another kind ("would not say whether": a view, not words said). */
    RawMention withKind(org.sourcelight.model.MentionKind k) {
        return new RawMention(speaker, cueStart, cueEnd, cue, contentStart, contentEnd, block, position, continues, k);
    }

    /** The same attribution with its speaker phrase re-read (a wider span, see {@link SpeakerSpans}). */
    RawMention withSpeaker(Speaker s) {
        return new RawMention(s, cueStart, cueEnd, cue, contentStart, contentEnd, block, position, continues, kind);
    }
}
