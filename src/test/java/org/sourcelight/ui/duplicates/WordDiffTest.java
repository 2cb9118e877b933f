package org.sourcelight.ui.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.ui.duplicates.WordDiff.Segment;

class WordDiffTest {
    private static String join(List<Segment> s) {
        StringBuilder b = new StringBuilder();
        for (Segment x : s) b.append(x.text());
        return b.toString();
    }

    @Test
    void marksTheChangedWordOnBothSides() {
        String a = "Washington has frequently threatened to target forces.";
        String b = "Washington has repeatedly threatened to target forces.";
        WordDiff.Result r = WordDiff.of(a, b);
        assertEquals(a, join(r.left()));
        assertEquals(b, join(r.right()));
        assertEquals(List.of(new Segment("Washington has ", false), new Segment("frequently", true),
                new Segment(" threatened to target forces.", false)), r.left());
        assertEquals(new Segment("repeatedly", true), r.right().get(1));
    }

    @Test
    void identicalPassagesHaveNoChanges() {
        String a = "Press TV's website can also be accessed at the following alternate addresses:\n\nPress TV News Roku";
        WordDiff.Result r = WordDiff.of(a, a);
        assertEquals(List.of(new Segment(a, false)), r.left());
        assertEquals(List.of(new Segment(a, false)), r.right());
    }

    @Test
    void addedWordsShowOnlyOnTheirSide() {
        WordDiff.Result r = WordDiff.of("without any authorization from Damascus or a UN mandate",
                "without any authorization from the Damascus government or a UN mandate");
        assertEquals("without any authorization from Damascus or a UN mandate", join(r.left()));
        assertEquals("without any authorization from the Damascus government or a UN mandate", join(r.right()));
        assertEquals(List.of("the ", "government "), r.right().stream().filter(Segment::changed).map(Segment::text).toList());
        assertEquals(0, r.left().stream().filter(Segment::changed).count());
    }

    @Test
    void paragraphsSurviveAndALineOnlyOneSideHasIsChanged() {
        String a = "Press TV's website:\n\nwww.presstv.co.uk\n\nPress TV News Roku";
        String b = "Press TV's website:\n\nPress TV News Roku";
        WordDiff.Result r = WordDiff.of(a, b);
        assertEquals(a, join(r.left()));
        assertEquals(b, join(r.right()));
        assertEquals(List.of("www.presstv.co.uk"), r.left().stream().filter(Segment::changed).map(Segment::text).toList());
        assertEquals(List.of(new Segment(b, false)), r.right());
    }
}
