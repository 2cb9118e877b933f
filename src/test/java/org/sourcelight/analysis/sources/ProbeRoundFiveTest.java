package org.sourcelight.analysis.sources;

import static org.sourcelight.analysis.sources.SentenceSources.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcelight.analysis.sources.SentenceSources.X;
import static org.sourcelight.analysis.sources.SentenceSources.doc;
import static org.sourcelight.analysis.sources.SentenceSources.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;
import org.sourcelight.text.TextDocument;

/** The Sources defects that the fifth round of probe articles showed (decision 110), on sentences written for the test. */
class ProbeRoundFiveTest {

    @Test
    void aDescriptionAfterANameGivesItsRole() {
        TextDocument d = doc("\"We understand this is difficult news,\" said Verity Bowden, the library's city librarian.",
                "Dr Kate Lindqvist, a transport economist at the University of Sydney, said the state had erred.",
                "\"It was a good year,\" said Donna Lages, 39, a waitress.",
                "\"We will see,\" said Tom Reyes, who runs the shop.");
        List<Source> all = X.extract(d);
        Source bowles = saying(d, all, "Verity Bowden, the library's city librarian");
        assertEquals("Verity Bowden", bowles.speaker());
        assertEquals("library's city librarian", bowles.role());
        Source lindqvist = saying(d, all, "Dr Kate Lindqvist, a transport economist at the University of Sydney");
        assertEquals("transport economist at the University of Sydney", lindqvist.role(), "the title alone gives way to the description");
        assertEquals("waitress", saying(d, all, "Donna Lages, 39, a waitress").role());
        for (Source s : all) if (s.speaker().equals("Tom Reyes")) assertEquals("", s.role(), "a relative clause is no role");
    }

    @Test
    void aParticiplesSpeakerIsTheFullNameTheSubjectDescribes() {
        TextDocument d = doc("United legend Gary Nevin blasted the club's recruitment on television, saying: \"They have no striker.\"");
        Source s = only(X.extract(d));
        assertEquals("Gary Nevin", s.speaker());
        assertEquals(SourceKind.NAMED, s.kind());
        Mention m = s.mentions().get(0);
        assertEquals("United legend Gary Nevin", d.text().substring(m.speakerStart(), m.speakerEnd()));
    }

    @Test
    void aWordForABodyBeforeANameOrACompanyWordAfterItMakesItAnOrganisation() {
        TextDocument d = doc("Brokerage firm Motilal Oswal raised its target, saying the company was well placed.",
                "Industry body SIAM said sales rose 8 per cent.",
                "Tata Motors said in a filing that it sold 14,212 cars.",
                "Campaign spokesman Tom Reyes said the vote was close.");
        List<Source> all = X.extract(d);
        Source firm = saying(d, all, "Brokerage firm Motilal Oswal");
        assertEquals("Motilal Oswal", firm.speaker());
        assertEquals(SourceKind.ORGANIZATION, firm.kind());
        assertEquals(SourceKind.ORGANIZATION, saying(d, all, "Industry body SIAM").kind());
        assertEquals(SourceKind.ORGANIZATION, saying(d, all, "Tata Motors").kind());
        Source reyes = saying(d, all, "Campaign spokesman Tom Reyes");
        assertEquals(SourceKind.NAMED, reyes.kind(), "a role before a name keeps the person");
    }

    @Test
    void aDescriptionThatMeansNoPersonIsNotMatchedByAWordOfARole() {
        TextDocument d = doc("Rep. Anna Cole, the sponsor of the bill, said it would pass.",
                "The bill says schools must publish their results.");
        List<Source> all = X.extract(d);
        Source bill = saying(d, all, "The bill");
        assertTrue(!bill.speaker().contains("Cole"), bill.toString());
    }

    @Test
    void aNameAfterAnOfficeForAPlaceIsThePerson() {
        TextDocument d = doc("Independent MP for Sydney Alex Greenhalgh told reporters the crossbench would back the motion.",
                "Member for Londonderry Priya Nair said the tolls were too high.");
        List<Source> all = X.extract(d);
        Source g = saying(d, all, "Independent MP for Sydney Alex Greenhalgh");
        assertEquals("Alex Greenhalgh", g.speaker());
        assertEquals("Independent MP for Sydney", g.role());
        assertEquals("Priya Nair", saying(d, all, "Member for Londonderry Priya Nair").speaker());
    }

    @Test
    void aFirstNameFromAPlaceIsAPersonAndItMeansTheBodyThatOpenedTheSentenceBefore() {
        TextDocument d = doc("Sian from Swansea writes: \"Our trampoline is now in the road.\"",
                "The Environment Agency has issued 14 flood warnings. It said high tides could bring waves over the walls.");
        List<Source> all = X.extract(d);
        Source sian = saying(d, all, "Sian from Swansea");
        assertEquals(SourceKind.NAMED, sian.kind(), "a reader from a town is a person, not an organisation");
        Source it = saying(d, all, "It");
        assertEquals("Environment Agency", it.speaker());
        assertEquals(SourceKind.ORGANIZATION, it.kind());
    }

    @Test
    void aBodyOpeningAnotherParagraphIsNotWhatItMeans() {
        TextDocument d = doc("\"We are working through the night,\" the company said.",
                "The Environment Agency has issued 14 flood warnings.\n\nIt said high tides could bring waves over the walls.");
        Source it = saying(d, X.extract(d), "It");
        assertTrue(!it.speaker().equals("Environment Agency"), it.toString());
    }

    @Test
    void aClauseBeforeANameIsNoRole() {
        TextDocument d = doc("The bridges have both closed to traffic, National Highways said.");
        Source s = only(X.extract(d));
        assertEquals("National Highways", s.speaker());
        assertEquals("", s.role());
        Source p = only(X.extract(doc("The Severn Bridge and the Prince of Wales Bridge have both closed, Highways England said.")));
        assertEquals("", p.role(), "a clause naming a prince is still no role");
    }

    @Test
    void aWordForAnOutletBeforeANameMakesItMedia() {
        TextDocument d = doc("One of them told the Reformist newspaper Shargh that he had been given no reason.",
                "The Israeli newspaper Haaretz reported that the talks had stalled.");
        Source s = saying(d, X.extract(d), "The Israeli newspaper Haaretz");
        assertEquals("Haaretz", s.speaker());
        assertEquals(SourceKind.MEDIA, s.kind());
    }
}
