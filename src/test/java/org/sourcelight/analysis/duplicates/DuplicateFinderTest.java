package org.sourcelight.analysis.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.analysis.duplicates.DuplicateFinder.Named;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.DuplicateKind;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.LexiconSet;
import org.sourcelight.text.TextDocument;

class DuplicateFinderTest {
    private final DuplicateFinder finder = DuplicateFinder.standard();

    private static TextDocument doc(String text) {
        return DocumentBuilder.standard().build(text, ArticleMeta.empty());
    }

    private List<List<Match>> samples(String pressTvGroup) {
        List<Named> docs = new ArrayList<>();
        for (String n : Samples.ALL) {
            String group = n.equals(Samples.S004) ? "Rudaw" : pressTvGroup;
            docs.add(new Named(n, n, Samples.doc(n), group));
        }
        return finder.matchesAcross(docs);
    }

    @Test
    void sample004CarriesItsSecondHalfTwice() {
        TextDocument d = Samples.doc(Samples.S004);
        List<Duplicate> dups = finder.within(d);
        assertEquals(2, dups.size(), dups.toString());
        Duplicate first = dups.get(0), second = dups.get(1);
        assertEquals(new Duplicate(265, 3540, DuplicateKind.EXACT, 1.0, null, "", 3542, 6817), first);
        assertEquals(new Duplicate(3542, 6817, DuplicateKind.EXACT, 1.0, null, "", 265, 3540), second);
        assertTrue(first.withinArticle());
        assertEquals(d.text().substring(265, 3540), d.text().substring(3542, 6817));
        assertTrue(d.text().substring(265, 3540).startsWith("\"The presence of the US forces"));
        assertTrue(d.text().substring(265, 3540).endsWith("declared they had taken the town."));
    }

    @Test
    void pressTvFooterIsBoilerplateInSamples000To003() {
        for (String group : new String[] {"Press TV", null}) { // by outlet, and by the footer blocks alone
            List<List<Match>> all = samples(group);
            for (int i = 0; i < 4; i++) {
                TextDocument d = Samples.doc(Samples.ALL.get(i));
                int footer = d.text().indexOf("Press TV's website can also be accessed at the following alternate addresses:");
                List<String> others = new ArrayList<>();
                for (Match m : all.get(i)) {
                    Duplicate x = m.duplicate();
                    if (x.kind() != DuplicateKind.BOILERPLATE) continue;
                    assertEquals(footer, x.start(), "boilerplate starts at the footer of " + i);
                    assertTrue(m.passage().startsWith("Press TV's website can also be accessed"));
                    assertEquals(3, m.copies());
                    assertTrue(m.explanation().contains("template"), m.explanation());
                    others.add(x.otherFile());
                }
                List<String> expected = new ArrayList<>(Samples.ALL.subList(0, 4));
                expected.remove(i);
                assertEquals(expected, others.stream().sorted().toList(), "footer shared with the other three Press TV samples");
            }
            for (Match m : all.get(4)) assertFalse(m.duplicate().kind() == DuplicateKind.BOILERPLATE);
        }
    }

    @Test
    void pressTvFooterIsFoundByRecurrenceWithoutAnyFooterPattern() {
        DocumentBuilder noPatterns = DocumentBuilder.of(LexiconSet.of(Map.of("footer-patterns", List.of())));
        for (String group : new String[] {"Press TV", null}) {
            List<Named> docs = new ArrayList<>();
            for (String n : Samples.ALL) {
                docs.add(new Named(n, n, noPatterns.build(Samples.text(n), ArticleMeta.empty()), n.equals(Samples.S004) ? "Rudaw" : group));
            }
            List<List<Match>> all = finder.matchesAcross(docs);
            for (int i = 0; i < 4; i++) {
                String text = docs.get(i).doc().text();
                int footer = text.indexOf("Press TV's website can also be accessed at the following alternate addresses:");
                assertTrue(footer > 0);
                List<String> others = new ArrayList<>();
                for (Match m : all.get(i)) {
                    if (m.duplicate().kind() != DuplicateKind.BOILERPLATE) continue;
                    assertTrue(m.duplicate().start() <= footer && m.duplicate().end() > footer, m.toString());
                    assertTrue(m.why().contains("3 other articles"), m.why());
                    others.add(m.duplicate().otherFile());
                }
                List<String> expected = new ArrayList<>(Samples.ALL.subList(0, 4));
                expected.remove(i);
                assertEquals(expected, others.stream().sorted().distinct().toList(), "sample " + i);
                assertEquals(0, Duplicate.copiedPassages(all.get(i).stream()
                        .filter(m -> m.duplicate().kind() == DuplicateKind.BOILERPLATE).map(Match::duplicate).toList()));
            }
        }
    }

    @Test
    void recycledBackgroundSentencesAreNearBetween000001And003() {
        List<List<Match>> all = samples("Press TV");
        Match airstrikes = only(all.get(0), Samples.S003, DuplicateKind.NEAR);
        TextDocument d000 = Samples.doc(Samples.S000), d003 = Samples.doc(Samples.S003), d001 = Samples.doc(Samples.S001);
        int s000 = d000.text().indexOf("American warplanes have been bombing Syria");
        int s003 = d003.text().indexOf("Since September 2014, the United States");
        assertEquals(s000, airstrikes.duplicate().start());
        assertEquals(d000.text().indexOf("the country's infrastructure.") + "the country's infrastructure.".length(), airstrikes.duplicate().end());
        assertEquals(s003, airstrikes.duplicate().otherStart());
        assertEquals(d003.text().indexOf("or a UN mandate.") + "or a UN mandate.".length(), airstrikes.duplicate().otherEnd());
        assertTrue(airstrikes.passage().contains("without any authorization from Damascus or a UN mandate"));
        assertTrue(airstrikes.otherPassage().contains("without any authorization from the Damascus government or a UN mandate"));
        assertInRange(airstrikes.duplicate().similarity(), 0.3, 0.6);

        Match accused = only(all.get(1), Samples.S003, DuplicateKind.NEAR);
        assertEquals(d001.text().indexOf("The military alliance had done little"), accused.duplicate().start());
        assertEquals(d003.text().indexOf("The military alliance has repeatedly been accused"), accused.duplicate().otherStart());
        assertTrue(accused.passage().contains("repeatedly accused of targeting and killing civilians"));
        assertInRange(accused.duplicate().similarity(), 0.3, 0.6);

        // and the same pairs from 003's side
        List<Match> near003 = all.get(3).stream().filter(m -> m.duplicate().kind() == DuplicateKind.NEAR).toList();
        assertEquals(List.of(Samples.S000, Samples.S001), near003.stream().map(m -> m.duplicate().otherFile()).toList());
        assertEquals(s003, near003.get(0).duplicate().start());
        assertEquals(s000, near003.get(0).duplicate().otherStart());
    }

    @Test
    void unrelatedArticlesOnTheSameTopicShareNothing() {
        List<List<Match>> all = samples("Press TV");
        // 004 (Rudaw) has only its own repeat; 002 only the Press TV footer
        for (Match m : all.get(4)) assertTrue(m.duplicate().withinArticle(), m.toString());
        for (Match m : all.get(2)) assertEquals(DuplicateKind.BOILERPLATE, m.duplicate().kind(), m.toString());
        // 002 against 004 on their own
        List<List<Duplicate>> pair = finder.across(List.of(new Named("002", "002", Samples.doc(Samples.S002)),
                new Named("004", "004", Samples.doc(Samples.S004))));
        assertTrue(pair.get(0).isEmpty(), pair.get(0).toString());
        assertEquals(finder.within(Samples.doc(Samples.S004)), pair.get(1));
        for (String n : List.of(Samples.S000, Samples.S001, Samples.S002, Samples.S003)) {
            assertTrue(finder.within(Samples.doc(n)).isEmpty(), n + " has no repeats inside itself");
        }
    }

    @Test
    void pipelineFillsTheDuplicatesOfFilesAnalysedTogether() {
        List<Named> docs = new ArrayList<>();
        for (String n : Samples.ALL) docs.add(new Named(n, n, Samples.doc(n)));
        List<org.sourcelight.analysis.ArticleAnalysis> analyses = org.sourcelight.analysis.Pipeline.standard().analyzeAll(docs);
        List<List<Duplicate>> expected = finder.across(docs);
        for (int i = 0; i < docs.size(); i++) assertEquals(expected.get(i), analyses.get(i).duplicates(), docs.get(i).file());
        assertEquals(3, analyses.get(0).duplicates().stream().filter(x -> x.kind() == DuplicateKind.BOILERPLATE).count());
        assertEquals(finder.within(Samples.doc(Samples.S004)),
                org.sourcelight.analysis.Pipeline.standard().analyze(Samples.doc(Samples.S004)).duplicates());
    }

    @Test
    void shortCommonPhrasesAreNotDuplicates() {
        TextDocument a = doc("Title one\n\nThe Syrian government said on Monday that the United States must leave. Officials in Damascus repeated the call.");
        TextDocument b = doc("Title two\n\nAnalysts doubt that the Syrian government can rebuild the country soon. The United States must leave, they argue.");
        List<List<Duplicate>> r = finder.across(List.of(new Named("a", "a", a), new Named("b", "b", b)));
        assertTrue(r.get(0).isEmpty(), r.get(0).toString());
        assertTrue(r.get(1).isEmpty(), r.get(1).toString());
    }

    private static final String BASE = "Washington has unilaterally declared a wide security zone around the desert base, and "
            + "frequently threatened to target government forces within the area. Local officials say the base is used to "
            + "train armed groups that later cross into the neighbouring provinces.";

    private Match pair(String other) {
        TextDocument a = doc("First report\n\n" + BASE + "\n\nThe rest of this story is about something else entirely today.");
        TextDocument b = doc("Second report\n\nA different opening paragraph describes the weather in the capital.\n\n" + other);
        List<List<Match>> r = finder.matchesAcross(List.of(new Named("a", "a.txt", a), new Named("b", "b.txt", b)));
        assertEquals(1, r.get(0).size(), r.get(0).toString());
        assertEquals(1, r.get(1).size(), r.get(1).toString());
        Match m = r.get(0).get(0);
        assertEquals(a.text().indexOf("Washington has"), m.duplicate().start());
        assertEquals(a.text().indexOf("neighbouring provinces.") + "neighbouring provinces.".length(), m.duplicate().end());
        assertEquals("b.txt", m.duplicate().otherFile());
        assertEquals("b", m.duplicate().otherArticle());
        assertEquals(b.text().indexOf(other.substring(0, 20).replace('\u201c', '"').replace('\u201d', '"')), m.duplicate().otherStart());
        return m;
    }

    @Test
    void changedWordIsNear() {
        Match m = pair(BASE.replace("frequently threatened", "repeatedly threatened"));
        assertEquals(DuplicateKind.NEAR, m.duplicate().kind());
        assertInRange(m.duplicate().similarity(), 0.85, 0.99);
        assertTrue(m.explanation().contains("b.txt"), m.explanation());
    }

    @Test
    void reorderedClauseIsNear() {
        String reordered = "Frequently threatening to target government forces within the area, Washington has unilaterally "
                + "declared a wide security zone around the desert base. Local officials say the base is used to train armed "
                + "groups that later cross into the neighbouring provinces.";
        Match m = pair(reordered);
        assertEquals(DuplicateKind.NEAR, m.duplicate().kind());
        assertInRange(m.duplicate().similarity(), 0.75, 0.99);
    }

    @Test
    void quoteStyleCapitalsAndPunctuationDoNotMatter() {
        String base = BASE.replace("the base is used", "\"the base is used").replace("provinces.", "provinces.\"");
        TextDocument a = doc("First\n\n" + base);
        String curly = base.toUpperCase().replace("\"THE BASE", "\u201cTHE BASE").replace("PROVINCES.\"", "PROVINCES!\u201d")
                .replace(", AND", " \u2014 AND");
        TextDocument b = doc("Second\n\nSomething else is said first in this one.\n\n" + curly);
        List<List<Match>> r = finder.matchesAcross(List.of(new Named("a", "a", a), new Named("b", "b", b)));
        assertEquals(1, r.get(0).size(), r.get(0).toString());
        assertEquals(DuplicateKind.EXACT, r.get(0).get(0).duplicate().kind());
        assertEquals(1.0, r.get(0).get(0).duplicate().similarity());
    }

    @Test
    void nearRepeatInsideOneArticleIsReportedBothWays() {
        String again = BASE.replace("wide security zone", "broad security zone");
        TextDocument d = doc("Headline here\n\n" + BASE + "\n\nA paragraph in between with different words about the talks.\n\n" + again);
        List<Duplicate> dups = finder.within(d);
        assertEquals(2, dups.size(), dups.toString());
        Duplicate a = dups.get(0), b = dups.get(1);
        assertEquals(DuplicateKind.NEAR, a.kind());
        assertEquals(a.start(), b.otherStart());
        assertEquals(a.otherStart(), b.start());
        assertEquals(d.text().indexOf("Washington has"), a.start());
        assertEquals(d.text().lastIndexOf("Washington has"), a.otherStart());
        assertNull(a.otherArticle());
        assertInRange(a.similarity(), 0.85, 0.99);
    }

    @Test
    void aTextOfOneRepeatedWordStaysBounded() {
        String text = "Title\n\n" + "word ".repeat(20_000).strip();
        List<Duplicate> dups = finder.within(doc(text));
        // 250 chunks of 80 words: each may pair with a bounded number of others, never with all of them
        assertFalse(dups.isEmpty());
        assertTrue(dups.size() <= 2 * 250 * PassageMatcher.CANDIDATES_PER_UNIT, "findings: " + dups.size());
        for (Duplicate x : dups) assertEquals(DuplicateKind.EXACT, x.kind());
    }

    @Test
    void aQuotationAndItsSpeakerRepeatedThousandsOfTimesTileTheTextOnce() {
        // the hostile bench's "quote and speaker repeated" at 24 KB: each unit links with the same few early units,
        // so one article holds thousands of overlapping candidate passages to keep or drop (issue 15)
        String sentence = "\"Ab,\" said Cd.";
        int n = 1600;
        TextDocument d = doc("Headline\n\n" + (sentence + " ").repeat(n).strip());
        String text = d.text();
        int body = text.indexOf(sentence);
        int stride = sentence.length() + 1;
        List<Duplicate> dups = finder.within(d);
        // the opening sentences pair with each later stretch of the text, and every finding has its mirror
        assertEquals(n / 4, dups.size());
        List<Duplicate> later = new ArrayList<>();
        for (Duplicate x : dups) {
            assertEquals(DuplicateKind.EXACT, x.kind(), x.toString());
            assertTrue(x.withinArticle());
            assertEquals(text.substring(x.start(), x.end()), text.substring(x.otherStart(), x.otherEnd()));
            assertTrue(dups.contains(new Duplicate(x.otherStart(), x.otherEnd(), x.kind(), x.similarity(), null, "",
                    x.start(), x.end())), "mirror of " + x);
            if (x.start() > x.otherStart()) later.add(x);
        }
        assertEquals(n / 8, later.size());
        later.sort(java.util.Comparator.comparingInt(Duplicate::start));
        // the later copies tile the text after the opening: no sentence is reported twice, none is left out
        assertEquals(body + 4 * stride, later.get(0).start());
        assertEquals(body, later.get(0).otherStart());
        assertEquals(body + 4 * stride - 1, later.get(0).otherEnd());
        for (int i = 1; i < later.size(); i++) {
            Duplicate x = later.get(i);
            assertEquals(later.get(i - 1).end() + 1, x.start(), "stretch " + i);
            assertEquals(body, x.otherStart(), "stretch " + i + " repeats the opening");
            assertEquals(body + 8 * stride - 1, x.otherEnd(), "stretch " + i + " is 8 sentences");
        }
        assertEquals(text.length(), later.get(later.size() - 1).end());
    }

    @Test
    void fingerprintsCatchASharedRunOfContentWords() {
        TextDocument a = doc("One\n\n" + BASE);
        TextDocument b = doc("Two\n\nSomething unrelated comes first. Then: declared a wide security zone around the desert base, and frequently threatened to target government forces.");
        int[] fa = finder.fingerprints(a), fb = finder.fingerprints(b);
        assertTrue(java.util.Arrays.stream(fa).anyMatch(f -> java.util.Arrays.binarySearch(fb, f) >= 0));
        for (int i = 1; i < fa.length; i++) assertTrue(fa[i - 1] < fa[i], "sorted and distinct");
    }

    @Test
    void groupComesFromMetadata() {
        TextDocument d = DocumentBuilder.standard().build("T\n\nBody text here.", new ArticleMeta("T", null, null,
                "https://www.presstv.ir/Detail/2017/11/24/543", null, null));
        assertEquals("presstv.ir", Named.defaultGroup(d));
        assertEquals("press tv", new Named("1", "f", d, "Press TV").group());
        assertNull(Named.defaultGroup(Samples.doc(Samples.S000)));
    }

    private static Match only(List<Match> matches, String other, DuplicateKind kind) {
        List<Match> m = matches.stream().filter(x -> x.duplicate().otherFile().equals(other) && x.duplicate().kind() == kind).toList();
        assertEquals(1, m.size(), matches.toString());
        return m.get(0);
    }

    private static void assertInRange(double v, double lo, double hi) {
        assertTrue(v >= lo && v <= hi, v + " not in [" + lo + ", " + hi + "]");
    }

    private static final String POLL = "Will the Senate confirm the nominee before the end of the month? Completing this poll"
            + " grants you access to our updates free of charge.";

    private static TextDocument story(String title, String body) {
        return doc(title + "\n\n" + body);
    }

    @Test
    void aLineRecurringInThreeArticlesOfOneOutletIsItsTemplateWhateverItsWords() {
        List<Named> docs = List.of(
                new Named("1", "one", story("Storm hits coast", "Heavy rain flooded the harbour district on Monday night. " + POLL), "example.com"),
                new Named("2", "two", story("Budget vote delayed", "Lawmakers postponed the vote on the spending plan again. " + POLL), "example.com"),
                new Named("3", "three", story("Team wins final", "The home side scored twice in the last ten minutes to win. " + POLL), "example.com"));
        List<List<Match>> r = finder.matchesAcross(docs);
        for (List<Match> one : r) {
            assertFalse(one.isEmpty());
            for (Match m : one) {
                assertEquals(DuplicateKind.BOILERPLATE, m.duplicate().kind(), m.toString());
                assertTrue(m.passage().startsWith("Will the Senate confirm"), m.passage());
            }
            assertEquals(0, Duplicate.copiedPassages(one.stream().map(Match::duplicate).toList()));
        }
        // the same line in only two articles of two different outlets is a copy, word for word
        List<List<Match>> two = finder.matchesAcross(List.of(docs.get(0), new Named("4", "four", docs.get(1).doc(), "other.org")));
        assertEquals(DuplicateKind.EXACT, two.get(0).get(0).duplicate().kind());
        assertEquals("all 2 sentences word for word", two.get(0).get(0).likeness());
    }

    @Test
    void aQuotationTwoOutletsBothPrintIsTheSameQuoteNotACopy() {
        String quote = "\u201cWe will not accept any deal that leaves our farmers worse off than they were last year,\u201d";
        TextDocument a = story("Talks stall", "Trade talks stalled on Tuesday. " + quote + " the minister told reporters in Brussels.");
        TextDocument b = story("Minister rejects offer", "The offer was rejected. " + quote + " she said after the meeting.");
        List<List<Match>> r = finder.matchesAcross(List.of(new Named("a", "a", a, "first.example"), new Named("b", "b", b, "second.example")));
        Match m = r.get(0).get(0);
        assertEquals(DuplicateKind.SAME_QUOTE, m.duplicate().kind(), m.toString());
        assertTrue(m.explanation().contains("speaker's words"));
        assertEquals(0, Duplicate.copiedPassages(List.of(m.duplicate())));
    }

    @Test
    void aRewordedSentenceSharingOnlyANameAndATitleIsNotANearCopy() {
        TextDocument a = story("Rally", "Former Florida governor Jeb Bush and Ohio Gov. John Kasich spoke to voters at the fair on Saturday afternoon.");
        TextDocument b = story("Debate", "The debate stage will include former Florida governor Jeb Bush and Ohio Gov. John Kasich, organisers said.");
        List<List<Match>> r = finder.matchesAcross(List.of(new Named("a", "a", a, "first.example"), new Named("b", "b", b, "second.example")));
        assertTrue(r.get(0).isEmpty(), r.get(0).toString());
    }

    @Test
    void aCaptionRepeatingABodySentenceIsNotReported() {
        String sentence = "Rescue workers carried survivors from the collapsed building in the old town on Sunday morning.";
        String text = "Quake strikes city\n\n" + sentence + "\n\nOfficials said more than forty people were hurt. " + sentence;
        TextDocument plain = doc(text);
        assertFalse(finder.within(plain).isEmpty(), "two body copies are a repeat");
        TextDocument captioned = DocumentBuilder.standard().build(text, ArticleMeta.empty(), Map.of(1, BlockKind.CAPTION));
        assertTrue(finder.within(captioned).isEmpty(), finder.within(captioned).toString());
    }

    private List<Match> between(String group, String bodyA, String bodyB) {
        return between(group, group, bodyA, bodyB);
    }

    private List<Match> between(String groupA, String groupB, String bodyA, String bodyB) {
        return finder.matchesAcross(List.of(new Named("a", "a", story("First story", bodyA), groupA),
                new Named("b", "b", story("Second story", bodyB), groupB))).get(0);
    }

    private static Match only(List<Match> r) {
        assertEquals(1, r.size(), r.toString());
        return r.get(0);
    }

    @Test
    void aListOfHeadlinesTwoPagesOfOneSiteShareIsTheSiteTemplate() {
        String related = "Senate Passes Sweeping Farm Bill After Late Night Vote. Governor Signs Budget With Hours To Spare."
                + " Mayor Unveils Plan To Rebuild The Old Harbour Bridge.";
        List<Match> r = between("example.com", "Heavy rain flooded the harbour district on Monday night. " + related,
                "Lawmakers postponed the vote on the spending plan again. " + related);
        assertEquals(DuplicateKind.BOILERPLATE, only(r).duplicate().kind(), r.toString());
        assertTrue(only(r).explanation().contains("list of headlines"), only(r).explanation());
    }

    @Test
    void aSignUpLineOfOneSiteIsItsTemplateButTheSameLineInTwoOutletsIsACopy() {
        String plug = "You can receive this daily briefing every weekday morning: just click here and enter your address.";
        String a = "Heavy rain flooded the harbour district on Monday night. " + plug;
        String b = "Lawmakers postponed the vote on the spending plan again. " + plug;
        assertEquals(DuplicateKind.BOILERPLATE, only(between("example.com", a, b)).duplicate().kind());
        assertEquals(DuplicateKind.EXACT, only(between("example.com", "other.org", a, b)).duplicate().kind());
    }

    @Test
    void anOutletsRunningSentenceWithNewFiguresIsItsTemplateNotANearCopy() {
        List<Match> r = between("example.com",
                "The count went on all night. Including superdelegates, Smith has 503 delegates and Jones has 70. It takes"
                        + " 2,383 delegates to win the nomination.",
                "Voting ended early in the north. Including superdelegates, Smith now has at least 882 delegates. Jones has"
                        + " at least 232. It takes 2,383 delegates to win.");
        for (Match m : r) assertEquals(DuplicateKind.BOILERPLATE, m.duplicate().kind(), m.toString());
        assertFalse(r.isEmpty());
        assertEquals(0, Duplicate.copiedPassages(r.stream().map(Match::duplicate).toList()));
    }

    @Test
    void aLineInWhichTheOutletNamesItselfIsItsTemplate() {
        String a = "Heavy rain flooded the harbour district on Monday night. The survey is part of Daily Example's Open"
                + " Town project, a series of public forums across the region on the issues that matter most this year.";
        String b = "Lawmakers postponed the vote on the spending plan again. The survey, the second this year, is part of"
                + " Daily Example's Open Town project, a series of public forums across the country on the issues that"
                + " matter most this year.";
        assertEquals(DuplicateKind.BOILERPLATE, only(between("dailyexample.com", a, b)).duplicate().kind());
        assertEquals(DuplicateKind.NEAR, only(between("first.example", "second.example", a, b)).duplicate().kind());
    }

    @Test
    void placeholderTextIsNotProseAndNotACopy() {
        String lorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore"
                + " et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut"
                + " aliquip ex ea commodo consequat.";
        assertEquals(DuplicateKind.BOILERPLATE, only(between("first.example", "second.example", lorem, lorem)).duplicate().kind());
    }

    @Test
    void aPageHeaderRepeatedThroughOneDocumentWithItsPageNumberChangedIsItsTemplate() {
        StringBuilder b = new StringBuilder("Storage protocol draft");
        String[] topics = {"The server stores each document under a path chosen by the client application.",
                "A client discovers the server through a lookup of the user address before it connects.",
                "Every request carries a bearer token that the user granted to the application earlier.",
                "Folders list their documents with a version tag that changes whenever a document changes.",
                "Conditional requests let two clients edit the same folder without losing each other's changes.",
                "Servers answer cross-origin requests so that applications on any host can reach them."};
        for (int page = 1; page <= topics.length; page++) {
            // a page of text between two headers (two sentences: passages join links one unit apart)
            b.append("\n\n").append(topics[page - 1]).append(" Section ").append(page).append(" tells the details.")
                    .append("\n\nde Jong Expires June 2015 [Page ").append(page)
                    .append("] Internet-Draft remoteStorage December 2014");
        }
        TextDocument d = doc(b.toString());
        List<Duplicate> dups = finder.within(d);
        assertFalse(dups.isEmpty());
        for (Duplicate x : dups) {
            assertEquals(DuplicateKind.BOILERPLATE, x.kind(), x.toString());
            assertTrue(d.text().substring(x.start(), x.end()).startsWith("de Jong"), d.text().substring(x.start(), x.end()));
        }
    }

    @Test
    void titlesInLowerCaseCountLikeNamesNotAsRecycledWords() {
        // one outlet, two sentences sharing only "former secretary of state ... and former president ..."
        List<Match> r = between("example.com",
                "His targets included former secretary of state Colin Powell, relatives of former president George Bush and"
                        + " a host of celebrities, and his aim seemed to be to embarrass them.",
                "They included celebrities, business executives and political figures such as confidants of former"
                        + " president George Bush and former secretary of state Colin Powell.");
        assertTrue(r.isEmpty(), r.toString());
    }
}
