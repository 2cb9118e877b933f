package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Source;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/** The Sources panel's findings on paragraphs written for a test, under a plain headline, with the shipped lists. */
final class SentenceSources {
    static final SourceExtractor X = SourceExtractor.standard();

    private SentenceSources() {}

    static TextDocument doc(String... paragraphs) {
        return DocumentBuilder.standard().build("A headline about the vote\n\n" + String.join("\n\n", paragraphs), ArticleMeta.empty());
    }

    static List<Source> sources(String... paragraphs) { return X.extract(doc(paragraphs)); }

    /** The one source found; fails the test when there are none or several. */
    static Source only(List<Source> all) {
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    /** The one mention of the one source of a text; fails the test otherwise. */
    static Mention mention(TextDocument d) {
        Source s = only(X.extract(d));
        assertEquals(1, s.mentions().size(), s.toString());
        return s.mentions().get(0);
    }

    /** The source whose mentions include one whose speaker phrase is {@code phrase} (the first such). */
    static Source saying(TextDocument d, List<Source> all, String phrase) {
        for (Source s : all) for (Mention m : s.mentions()) if (d.text().substring(m.speakerStart(), m.speakerEnd()).equals(phrase)) return s;
        throw new AssertionError("no speaker phrase '" + phrase + "' in " + all);
    }

    /** The mention whose cue starts at the first {@code cue} at or after the first place {@code near} stands in the text. */
    static Mention mentionAt(TextDocument d, String near, String cue) {
        int at = d.text().indexOf(near);
        assertTrue(at >= 0, near);
        int cueAt = d.text().indexOf(cue, at);
        for (Source s : X.extract(d)) for (Mention m : s.mentions()) if (m.cueSpan().start() == cueAt) return m;
        throw new AssertionError("no mention with cue \"" + cue + "\" at " + cueAt + " in " + X.extract(d));
    }

    /** Asserts a mention's cue span, and the words of its speaker and content spans. */
    static void assertMention(TextDocument d, Mention m, String cue, String speaker, String content) {
        assertSpan(d, cue, m.cueSpan().start(), m.cueSpan().end());
        assertEquals(speaker, d.text().substring(m.speakerSpan().start(), m.speakerSpan().end()));
        assertEquals(content, d.text().substring(m.contentSpan().start(), m.contentSpan().end()));
    }

    /** Asserts that {@code [start, end)} is the first place {@code expected} stands in the text. */
    static void assertSpan(TextDocument d, String expected, int start, int end) {
        int at = d.text().indexOf(expected);
        assertTrue(at >= 0, expected);
        assertEquals(at, start, "start of \"" + expected + "\" in: " + d.text().substring(start, end));
        assertEquals(at + expected.length(), end, "end of \"" + expected + "\" in: " + d.text().substring(start, end));
    }

    /** The words of {@code s}'s first mention that name the speaker. */
    static String speakerText(TextDocument d, Source s) {
        Mention m = s.mentions().get(0);
        return d.text().substring(m.speakerStart(), m.speakerEnd());
    }
}
