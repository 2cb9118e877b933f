package org.sourcelight.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A reader's highlight on an article, with an optional note and tags.
 *
 * @param id        library row id, 0 while not yet saved
 * @param uuid      stable identity across libraries; the W3C id is {@code urn:uuid:<uuid>}
 * @param articleId the article's library id
 * @param anchor    where it sits in the article's normalized text (position and quote selectors)
 * @param colour    highlight colour (with its pattern)
 * @param note      the reader's note, "" for a plain highlight
 * @param tags      tags, trimmed, without duplicates (case-insensitive), in the order given
 * @param orphan    true when the quote could not be found in the article's current text: the anchor's offsets are
 *                  then only where it used to be, and the reader sees it with its quote in a separate list
 */
public record Annotation(long id, String uuid, long articleId, TextAnchor anchor, AnnotationColour colour, String note,
                         List<String> tags, Instant created, Instant modified, boolean orphan) {
    /** Text order: placed ones by position, orphans last. */
    public static final Comparator<Annotation> TEXT_ORDER = Comparator.comparing(Annotation::orphan)
            .thenComparingInt(Annotation::start).thenComparingInt(Annotation::end).thenComparing(Annotation::created);

    public Annotation {
        if (uuid == null || uuid.isBlank()) throw new IllegalArgumentException("uuid");
        if (anchor == null) throw new IllegalArgumentException("anchor");
        if (colour == null) throw new IllegalArgumentException("colour");
        if (created == null || modified == null) throw new IllegalArgumentException("created/modified");
        note = note == null ? "" : note.strip();
        tags = cleanTags(tags);
    }

    /** A new, unsaved annotation of {@code [start, end)} of {@code text}. */
    public static Annotation create(long articleId, String text, int start, int end, AnnotationColour colour,
                                    String note, List<String> tags, Instant now) {
        return new Annotation(0, UUID.randomUUID().toString(), articleId, TextAnchor.of(text, start, end), colour, note,
                tags, now, now, false);
    }

    public int start() { return anchor.start(); }

    public int end() { return anchor.end(); }

    public String exact() { return anchor.exact(); }

    public boolean hasNote() { return !note.isEmpty(); }

    public boolean isSaved() { return id > 0; }

    public Annotation withId(long newId) {
        return new Annotation(newId, uuid, articleId, anchor, colour, note, tags, created, modified, orphan);
    }

    /** The same annotation with the reader's changes, stamped {@code now}. */
    public Annotation edited(AnnotationColour newColour, String newNote, List<String> newTags, Instant now) {
        return new Annotation(id, uuid, articleId, anchor, newColour, newNote, newTags, created, now, orphan);
    }

    /** The same annotation placed again (or orphaned) in a changed text. */
    public Annotation placed(TextAnchor newAnchor, boolean isOrphan) {
        return new Annotation(id, uuid, articleId, newAnchor, colour, note, tags, created, modified, isOrphan);
    }

    /** Parses "a, b; c" or "#a #b" into tags. */
    public static List<String> parseTags(String s) {
        if (s == null || s.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String t : s.split("[,;#\\n]+")) out.add(t);
        return cleanTags(out);
    }

    private static List<String> cleanTags(List<String> tags) {
        if (tags == null) return List.of();
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String t : tags) {
            if (t == null) continue;
            String s = t.strip().replaceAll("\\s+", " ");
            if (!s.isEmpty() && seen.add(s.toLowerCase(Locale.ROOT))) out.add(s);
        }
        return List.copyOf(out);
    }
}
