package org.sourcelight.analysis.sources;

import static org.sourcelight.analysis.sources.SentenceSources.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourcelight.analysis.sources.SentenceSources.X;
import static org.sourcelight.analysis.sources.SentenceSources.doc;
import static org.sourcelight.analysis.sources.SentenceSources.only;
import static org.sourcelight.analysis.sources.SentenceSources.sources;
import static org.sourcelight.analysis.sources.SentenceSources.speakerText;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ResolvedBy;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Who the speaker is (issue 12, speaker side): grading, spans, pronoun and role-noun resolution, each on sentences
 * written for this test (not from any corpus).
 */
class SpeakerRulesTest {
    @Test
    void aPronounMeansTheSubjectOfTheNearestSentenceNamingSomeoneOfItsGender() {
        TextDocument d = doc("Donald Smith thanked his campaign manager, Peter Jones, and his spokeswoman.",
                "\"We are going to build it,\" he said.");
        Source he = saying(d, X.extract(d), "he");
        assertEquals("Donald Smith", he.speaker());
        assertEquals(ResolvedBy.PRONOUN, he.mentions().get(0).resolvedBy(), he.toString());
    }

    @Test
    void aDescriptionEndingInAPlaceBeforeANameDescribesTheNamedPerson() {
        TextDocument d = doc("The former governor of Texas, Tom Reyes, said the plan was sound.",
                "The mayor of Dayton, Ann Decker, said it would cost more.");
        List<Source> all = X.extract(d);
        Source reyes = saying(d, all, "The former governor of Texas, Tom Reyes");
        assertEquals("Tom Reyes", reyes.speaker(), all.toString());
        assertEquals(SourceKind.NAMED, reyes.kind());
        assertEquals("former governor of Texas", reyes.role());
        Source decker = saying(d, all, "The mayor of Dayton, Ann Decker");
        assertEquals("Ann Decker", decker.speaker(), all.toString());
        assertEquals(null, decker.mentions().get(0).resolvedBy(), decker.toString());
        // a description before the name and one after it; the second predicate is the same person, never another
        // governor named before
        TextDocument g = doc("The former governor of Texas, Tom Reyes, praised the plan.",
                "Ohio's governor, Ann Decker, a Democrat, said Tuesday that she had voted for it, but cautioned that it would cost more.");
        List<Source> gs = X.extract(g);
        Source ohio = saying(g, gs, "Ohio's governor, Ann Decker, a Democrat");
        assertEquals("Ann Decker", ohio.speaker(), gs.toString());
        assertEquals("Ohio's governor", ohio.role());
        assertEquals(2, ohio.mentions().size(), ohio.toString());
    }

    @Test
    void aTitleWrittenWithoutItsDotOpensTheNameAndJoinsTheFullNameGivenBefore() {
        // British and Australian style: "Mr Okafor", "Det Insp Ruth Hale"; the same person as the full name
        TextDocument d = doc("Premier Daniel Okafor announced a flood levy on Wednesday.",
                "Mr Okafor said the state could not wait for federal money.",
                "Det Insp Ruth Hale said two roads were closed.");
        List<Source> all = X.extract(d);
        Source mr = saying(d, all, "Mr Okafor");
        assertEquals("Daniel Okafor", mr.speaker(), all.toString());
        assertEquals(2, mr.mentions().size(), mr.toString());
        assertEquals("Ruth Hale", saying(d, all, "Det Insp Ruth Hale").speaker(), all.toString());
        // a name's own suffix and a saint's "St" stay in the name
        TextDocument j = doc("Harold Finch Jr said the mill would reopen.");
        assertEquals("Harold Finch Jr", saying(j, X.extract(j), "Harold Finch Jr").speaker());
    }

    @Test
    void aBodyNamedForItsCountryIsAnOrganisationAndABodyNounNeverMeansAPerson() {
        TextDocument d = doc("Environment Canada said wind gusts reached 110 km/h near the coast.",
                "Statistics Canada said the rate fell in October.",
                "Resident Tom Becker said a tree fell onto his garage.",
                "The utility said customers should stay away from downed lines.",
                "Say Mexico demanded proof before it would accept anyone back.");
        List<Source> all = X.extract(d);
        Source env = saying(d, all, "Environment Canada");
        assertEquals(SourceKind.ORGANIZATION, env.kind(), env.toString());
        assertEquals("Environment Canada", env.speaker());
        assertEquals(SourceKind.ORGANIZATION, saying(d, all, "Statistics Canada").kind());
        Source utility = saying(d, all, "The utility");
        assertNotEquals("Tom Becker", utility.speaker(), utility.toString());
        assertEquals(SourceKind.ORGANIZATION, utility.kind(), utility.toString());
        for (Source s : all) assertNotEquals("Say Mexico", s.speaker(), all.toString());
    }

    @Test
    void aNameWithASuffixKeepsItsSpeakerAndASentenceAdverbIsNoContent() {
        TextDocument d = doc("Donald Smith Jr. said the campaign was strong.",
                "Even so, Sanders said the plan would work.");
        List<Source> all = X.extract(d);
        Source jr = saying(d, all, "Donald Smith Jr.");
        assertEquals("Donald Smith Jr", jr.speaker());
        Mention m = saying(d, all, "Sanders").mentions().get(0);
        assertEquals("the plan would work", d.text().substring(m.contentStart(), m.contentEnd()));
    }

    @Test
    void aDescriptionThenANameThenAnAgeIsOneSpeaker() {
        TextDocument d = doc("Her son, Brian Lowe, 72, added that the road was blocked.");
        Source lowe = only(X.extract(d));
        assertEquals("Brian Lowe", lowe.speaker());
        assertEquals("son", lowe.role());
        TextDocument d2 = doc("Her neighbour, retired teacher Anna Lowe, 72, added: \"It is a disgrace.\"");
        Source anna = only(X.extract(d2));
        assertEquals("Anna Lowe", anna.speaker());
        assertTrue(anna.role().contains("retired teacher"), anna.toString());
    }

    @Test
    void aBodyOfAParticularKindIsNotGuessedFromTheLastBodyNamed() {
        TextDocument d = doc("Environment Canada said gusts reached 110 km/h near the coast.",
                "The utility said customers should stay away from downed lines.",
                "The FBI said it was reviewing the emails. The agency said it would say more later.");
        List<Source> all = X.extract(d);
        Source utility = saying(d, all, "The utility");
        assertNotEquals("Environment Canada", utility.speaker(), all.toString());
        assertEquals("FBI", saying(d, all, "The agency").speaker(), all.toString());
    }

    @Test
    void aCueWithABareObjectInsideReportedWordsIsNoSecondAttribution() {
        TextDocument d = doc("Karen Hollis, 41, said she had reported the tree five times.");
        Source hollis = only(X.extract(d));
        assertEquals(1, hollis.mentions().size(), hollis.toString());
        assertEquals("said", hollis.mentions().get(0).cue());
    }

    @Test
    void aOneWordNameWithNothingToShowAPersonComesAfterThePeopleOfItsClause() {
        TextDocument d = doc("Late header sends Rovers top",
                "City led early, but Rovers levelled before half-time.",
                "Rovers boss Anna Kowalski praised her players' effort. \"They never stopped running,\" she said.");
        assertEquals("Anna Kowalski", saying(d, X.extract(d), "she").speaker());
    }

    @Test
    void aSurnameWithATitleKeepsToItsGender() {
        TextDocument d = doc("Mary Smith said the vote was close.", "Mr. Smith said it was not close at all.");
        List<Source> all = X.extract(d);
        assertNotEquals("Mary Smith", saying(d, all, "Mr. Smith").speaker(), all.toString());
    }

    @Test
    void twoTitledPeopleJoinedByAndAreTwo() {
        TextDocument d = doc("The deal, announced by Senate Majority Leader Chuck Schumer and House Speaker Mike Johnson, passed.",
                "\"It is the bill the country needs,\" Schumer said. Johnson told reporters it buys time.");
        List<Source> all = X.extract(d);
        assertEquals("Chuck Schumer", saying(d, all, "Schumer").speaker(), all.toString());
        Source johnson = saying(d, all, "Johnson");
        assertEquals("Mike Johnson", johnson.speaker());
        assertEquals("House Speaker", johnson.role());
    }

    @Test
    void legalPapersAreDocuments() {
        TextDocument d = doc("The city broke the law, according to a lawsuit filed on Monday. The indictment alleges that he took bribes.");
        List<Source> all = X.extract(d);
        assertEquals(2, all.size(), all.toString());
        for (Source s : all) assertEquals(SourceKind.DOCUMENT, s.kind(), s.toString());
    }

    @Test
    void aCountOfAGroupIsThatGroupUnnamed() {
        TextDocument d = doc("Three people familiar with the talks said no deal was near. One of them said the vote was close.",
                "Two of the officials said the plan would pass. Some of the experts said it would not.");
        List<Source> all = X.extract(d);
        assertEquals(SourceKind.ANONYMOUS, saying(d, all, "One of them").kind(), all.toString());
        assertEquals(SourceKind.ANONYMOUS, saying(d, all, "Two of the officials").kind(), all.toString());
        assertEquals(SourceKind.VAGUE, saying(d, all, "Some of the experts").kind(), all.toString());
    }

    @Test
    void aPluralDescriptionIsAGroupNeverTheNextNamedPerson() {
        TextDocument d = doc("The city is weighing a new transit levy, according to two people familiar with the talks.",
                "The officials, who requested anonymity to discuss the plan, said no decision had been made.",
                "Transport Minister Jane Roe declined to comment during a briefing on Tuesday.");
        Source officials = saying(d, X.extract(d), "The officials, who requested anonymity to discuss the plan");
        assertNotEquals("Jane Roe", officials.speaker(), officials.toString());
        assertEquals(SourceKind.ANONYMOUS, officials.kind(), officials.toString());
    }

    @Test
    void aNameInAnOpeningSubordinateClauseRanksAfterTheMainClauseSubject() {
        TextDocument d = doc("When Mary Jones pointed out the cost, Anna Lee seized upon the reference.",
                "\"It is not the same,\" she said.");
        assertEquals("Anna Lee", saying(d, X.extract(d), "she").speaker());
    }

    @Test
    void aSentenceLedByTheSamePronounPassesOverTheNamesItMentions() {
        TextDocument d = doc("Lance Beebe, 49, said the senator should be ready for questions.",
                "He attended the rally, though he is not sure whether he will vote for John Kerr.",
                "\"It is going to be hard,\" he said.");
        assertEquals("Lance Beebe", saying(d, X.extract(d), "he").speaker());
    }

    @Test
    void anAppositiveBelongsToTheSpeakerSpanButAnAdverbialAsideDoesNot() {
        TextDocument d = doc("Tara Gomes, a co-author of the report, says the numbers are up.");
        Source gomes = only(X.extract(d));
        assertEquals("Tara Gomes", gomes.speaker());
        assertEquals("Tara Gomes, a co-author of the report", speakerText(d, gomes));
        TextDocument after = doc("\"We will appeal,\" said Anna Richardson, a spokeswoman for the company.");
        assertEquals("Anna Richardson, a spokeswoman for the company", speakerText(after, only(X.extract(after))));
        TextDocument aside = doc("Corey Lewandowski, in a statement, said the team was ready.");
        assertEquals("Corey Lewandowski", speakerText(aside, only(X.extract(aside))));
        TextDocument age = doc("Marcel Lazar, 44, said that he regretted it.");
        assertEquals("Marcel Lazar, 44", speakerText(age, only(X.extract(age))));
    }

    @Test
    void aConjunctionOpeningTheClauseIsNotPartOfTheSpeaker() {
        TextDocument d = doc("The vote was close. But Cox said the count was fair.");
        Source cox = only(X.extract(d));
        assertEquals("Cox", speakerText(d, cox));
        TextDocument w = doc("While Ramos said the plan would work, others doubted it.");
        assertEquals("Ramos", speakerText(w, saying(w, X.extract(w), "Ramos")));
    }

    @Test
    void unnamedPeopleByRoleOrGroupAreAnonymousAndASpeakerIsNeverABareTitle() {
        assertEquals(SourceKind.ANONYMOUS, only(sources("Aides said the trip was off.")).kind());
        Source officials = only(sources("Both State and FBI officials said the emails were classified."));
        assertEquals(SourceKind.ANONYMOUS, officials.kind(), officials.toString());
        Source former = only(sources("Former senior law enforcement officials in both parties said the inquiry was sound."));
        assertEquals(SourceKind.ANONYMOUS, former.kind(), former.toString());
        Source sen = only(sources("Sen. Smith said the vote was rigged."));
        assertEquals("Smith", sen.speaker());
        assertEquals(SourceKind.NAMED, sen.kind());
        // the opening question is someone's (not named) and the answer Trump's
        Source asked = only(sources("Asked about the tariffs, Trump said they would stay.").stream()
                .filter(x -> x.kind() != SourceKind.VAGUE).toList());
        assertEquals("Trump", asked.speaker());
        Source friday = only(sources("Friday, Smith said the vote was rigged."));
        assertEquals("Smith", friday.speaker());
    }

    @Test
    void aBodyNamedByOneWordIsAnOrganisationByItsCompanyFormOrTheArticlesOwnUsage() {
        assertEquals(SourceKind.ORGANIZATION, only(sources("Globex Inc said it would cut jobs.")).kind());
        Source opta = only(sources("Opta said it had counted every pass."));
        assertEquals(SourceKind.ORGANIZATION, opta.kind(), opta.toString());
        Source data = only(sources("Opta, a sports data company, said the striker had scored in five straight games."));
        assertEquals(SourceKind.ORGANIZATION, data.kind(), data.toString());
        Source later = only(sources("Initech said the ruling was wrong.", "\"We will appeal,\" it added."));
        assertEquals(SourceKind.ORGANIZATION, later.kind(), later.toString());
        assertEquals(2, later.mentions().size(), later.toString());
        // a one-word name the article shows to be a person stays a named person
        Source smith = only(sources("Smith said he would appeal the ruling."));
        assertEquals(SourceKind.NAMED, smith.kind(), smith.toString());
    }

    @Test
    void peopleCloseToSomeoneAreAnonymous() {
        Source close = only(sources("People close to the governor said he would run."));
        assertEquals(SourceKind.ANONYMOUS, close.kind(), close.toString());
    }

    @Test
    void aRoleNounMeansTheMostPresentNamedPersonWhenNoEarlierRoleMatches() {
        TextDocument d = doc("Ted Cruz received the endorsement of Gov. Mike Pence on Friday.",
                "But first, Pence sounded a positive note about Donald Trump.",
                "\"I want to commend him,\" the governor said.");
        Source gov = saying(d, X.extract(d), "the governor");
        assertEquals("Mike Pence", gov.speaker(), gov.toString());
    }

    @Test
    void aNameMetWithAPossessiveIsSomeoneALaterPronounMayMean() {
        TextDocument d = doc("Bill Clinton's voice was hoarser than in 1992.",
                "\"I thought she was the most amazing person,\" he said.");
        assertEquals("Bill Clinton", saying(d, X.extract(d), "he").speaker());
    }

    @Test
    void aNameFollowedByWhichIsABodyThatALaterRoleNounMayMean() {
        TextDocument d = doc("The filibuster drew attention from employers such as Monsanto, which opposed the bill.",
                "\"We call on other businesses to join us,\" the company said.");
        Source company = saying(d, X.extract(d), "the company");
        assertEquals("Monsanto", company.speaker(), company.toString());
        assertEquals(SourceKind.ORGANIZATION, company.kind());
    }

    @Test
    void titlesOfCanadianAndUsCopyAndAPartyStateTagMakeAPerson() {
        Source coun = only(sources("Coun. Lindell Smith said the lanes would make the street safer."));
        assertEquals("Lindell Smith", coun.speaker());
        assertEquals(SourceKind.NAMED, coun.kind());
        Source cst = only(sources("Const. Jane Roe said the driver was not hurt."));
        assertEquals("Jane Roe", cst.speaker());
        Source rep = only(sources("Rep. Jim Clyburn (D-S.C.) said the vote was close."));
        assertEquals("Jim Clyburn", rep.speaker());
        assertEquals(SourceKind.NAMED, rep.kind(), rep.toString());
    }

    @Test
    void anUnnamedGroupIsShownOnceAndStaffAreAnonymous() {
        Source aides = only(sources("Two Democratic aides said party leaders were weighing a change."));
        assertEquals("Two Democratic aides", aides.speaker());
        assertEquals("", aides.role(), "the description is the name: not shown twice");
        Source boyle = sources("The college said the wards were full. Its president, Adrian Boyle, said the staff were tired.")
                .stream().filter(x -> x.speaker().equals("Adrian Boyle")).findFirst().orElseThrow();
        assertEquals("president", boyle.role(), boyle.toString());
        Source staff = only(sources("Staff said construction could begin next spring."));
        assertEquals(SourceKind.ANONYMOUS, staff.kind(), staff.toString());
        TextDocument d = doc("A petition signed by more than 2,000 people called for a vote.");
        assertTrue(speakerText(d, only(X.extract(d))).contains("2,000 people"), "a number with a thousands separator is one word");
    }

    @Test
    void aGenderedRoleNounNeverMeansSomeoneOfTheOtherGender() {
        TextDocument d = doc("Rep. Jim Clyburn said the vote was close.", "The actress told reporters she never saw it coming.");
        Source actress = saying(d, X.extract(d), "The actress");
        assertNotEquals("Jim Clyburn", actress.speaker(), actress.toString());
    }

    @Test
    void aRelativePronounAfterACommaSpeaksForTheNameBeforeIt() {
        TextDocument d = doc("The bill was backed by Senator Ruth Adler, who said it would pass easily.");
        Source adler = saying(d, X.extract(d), "who");
        assertEquals("Ruth Adler", adler.speaker(), adler.toString());
        Mention m = adler.mentions().get(0);
        int who = d.text().indexOf("who said");
        assertEquals(who, m.speakerStart());
        assertEquals(who + 3, m.speakerEnd());
        assertEquals(ResolvedBy.PRONOUN, m.resolvedBy());
        assertEquals("it would pass easily", d.text().substring(m.contentStart(), m.contentEnd()));
        TextDocument agency = doc("The rule was drafted by the Federal Trade Commission, which said the fees were unfair.");
        Source ftc = saying(agency, X.extract(agency), "which");
        assertEquals("Federal Trade Commission", ftc.speaker(), ftc.toString());
        assertEquals(SourceKind.ORGANIZATION, ftc.kind());
        // "which" never stands for a person, nor "who" for a body
        TextDocument wrong = doc("The plan came from Ruth Adler, which said the fees were unfair.");
        for (Source s : X.extract(wrong)) assertNotEquals("Ruth Adler", s.speaker(), s.toString());
    }

    @Test
    void aOneWordNameWrittenWithItsCapitalMidSentenceIsASubjectALaterPronounMayMean() {
        TextDocument d = doc("Awards went to Nadia Okafor and Zendaya on the night.",
                "\"Change the world,\" Okafor said.",
                "Meanwhile Zendaya, who was honored with the top award, spoke about self-love. \"Love yourself,\" she said.");
        Source she = saying(d, X.extract(d), "she");
        assertEquals("Zendaya", she.speaker(), she.toString());
    }
    @Test
    void aCommaInsideTheClosingQuoteEndsTheOpeningSubordinateClause() {
        TextDocument d = doc("When Mary Jones called the plan \"a tax on everyone,\" Anna Lee seized upon the phrase.",
                "\"It is not the same,\" she said.");
        assertEquals("Anna Lee", saying(d, X.extract(d), "she").speaker());
    }

    @Test
    void aNameThatModifiesANounOrOwnsOneCountsRightForSalience() {
        // "a Smith rally" is no mention of Smith; the pronoun after "On Sunday," is the sentence's subject
        TextDocument rally = doc("Senator Paul Jones endorsed Robert Smith on Friday.",
                "Jones is a respected conservative. On Sunday, he appeared at a Smith rally where he said the party must unite.");
        Source he = saying(rally, X.extract(rally), "he");
        assertEquals("Paul Jones", he.speaker(), he.toString());
        // the owner of "Tuttle's article" is the person the next sentence's "He" means
        TextDocument owner = doc("Ian Tuttle wrote about the race for a magazine. Chris Christie endorsed Robert Smith.",
                "Tuttle's article also attacked Christie. He said the endorsement was a display of ambition.");
        assertEquals("Ian Tuttle", saying(owner, X.extract(owner), "He").speaker());
    }

    @Test
    void aBareSurnameSharedByTwoPeopleMeansTheOneIntroducedFirst() {
        TextDocument d = doc("Robert Smith held a rally in Ohio on Friday, and his son, Eric Smith, spoke before him.",
                "Smith praised the crowd. \"We are going to win,\" he said.");
        assertEquals("Robert Smith", saying(d, X.extract(d), "he").speaker());
    }

    @Test
    void aRoleOwnedByAPronounMeansThePersonNextIntroducedInThatRole() {
        TextDocument d = doc("As Robert Smith began his tour, his son said the campaign was just getting started.",
                "Eric Smith, son of the candidate, told reporters the tour would go on.");
        Source son = saying(d, X.extract(d), "his son");
        assertEquals("Eric Smith", son.speaker(), son.toString());
        assertEquals(ResolvedBy.ROLE_NOUN, son.mentions().get(0).resolvedBy());
    }

    @Test
    void aWebsiteNamedInPassingIsABodyALaterRoleNounMayMean() {
        TextDocument d = doc("A statement posted on the website Gunsale.com said listings are written by users.",
                "\"Nobody here has any relationship with the seller,\" the company wrote in its statement.");
        Source company = saying(d, X.extract(d), "the company");
        assertEquals("Gunsale.com", company.speaker(), company.toString());
        assertEquals(SourceKind.ORGANIZATION, company.kind());
    }

    @Test
    void aSurnameWithALowerCaseArticleIsAName() {
        TextDocument d = doc("In the video, the extremist cleric Anwar al-Awlaki is shown lecturing. Robert Smith appears in a clip.",
                "Footage of Al-Awlaki appears again. \"The West will turn against you,\" he says.");
        assertEquals("Anwar al-Awlaki", saying(d, X.extract(d), "he").speaker());
    }

    @Test
    void anAbbreviatedCorporateTitleIsARole() {
        Source s = only(sources("Former Globex CEO Carla Diaz said the merger was a mistake."));
        assertEquals("Carla Diaz", s.speaker(), s.toString());
    }
    @Test
    void aOneWordNameNeverWrittenAsAPersonsNameIsABodyOrTheOutletOfThatName() {
        Source opta = only(sources("Opta said the striker had scored in five straight games."));
        assertEquals(SourceKind.ORGANIZATION, opta.kind(), opta.toString());
        // an outlet name that is also a word ("Sputnik") is the outlet when nothing shows a person behind it
        Source sputnik = only(sources("Sputnik said the talks had failed."));
        assertEquals(SourceKind.MEDIA, sputnik.kind(), sputnik.toString());
        // a surname the article gives in full, after a title, or quoted saying "I" stays a person
        Source full = saying(doc("Senator Mitch Quayle spoke on Friday.", "Quayle said the talks had failed."),
                X.extract(doc("Senator Mitch Quayle spoke on Friday.", "Quayle said the talks had failed.")), "Quayle");
        assertEquals(SourceKind.NAMED, full.kind(), full.toString());
        Source titled = only(sources("The vote was put off, as Rep. Pat Quayle had asked.", "Quayle said the talks had failed."));
        assertEquals(SourceKind.NAMED, titled.kind(), titled.toString());
        Source first = only(sources("\"I have seen enough,\" Quayle said."));
        assertEquals(SourceKind.NAMED, first.kind(), first.toString());
    }

    @Test
    void aCommonWordCapitalisedAtTheStartOfASentenceIsNoSpeaker() {
        for (Source s : sources("However said nothing. Later the vote was held, and however close it was, the count stood."))
            assertNotEquals("However", s.speaker(), s.toString());
        for (Source s : sources("I'm said to be the favourite, the coach said.")) assertNotEquals("I'm", s.speaker(), s.toString());
    }

    @Test
    void partiesAndInstitutionsSpeakAsBodies() {
        for (String[] c : new String[][] {{"Labour said the plan would fail.", "Labour"}, {"The Tories said they would win.", "Tories"},
                {"Democrats said the bill was weak.", "Democrats"},
                {"The Royal College of Nursing said nurses were exhausted.", "Royal College of Nursing"}}) {
            Source s = only(sources(c[0]));
            assertEquals(c[1], s.speaker(), c[0]);
            assertEquals(SourceKind.ORGANIZATION, s.kind(), c[0]);
        }
    }
    @Test
    void aTrailingTimeOrAdverbAndAnOccasionBeforeANameAreNotPartOfTheSpeakerSpan() {
        TextDocument day = doc("Bernie Sanders on Tuesday said the race was not over.");
        assertEquals("Bernie Sanders", speakerText(day, only(X.extract(day))));
        TextDocument often = doc("Anna Lee spoke to voters. She often said the system was rigged.");
        assertEquals("She", speakerText(often, saying(often, X.extract(often), "She")));
        TextDocument occasion = doc("In a Bloomberg interview Robert Smith said the tariffs would stay.");
        Source smith = only(X.extract(occasion));
        assertEquals("Robert Smith", speakerText(occasion, smith));
        int at = occasion.text().indexOf("Robert Smith");
        assertEquals(at, smith.mentions().get(0).speakerStart());
        assertEquals(at + "Robert Smith".length(), smith.mentions().get(0).speakerEnd());
    }
    @Test
    void aSpeakerJoinedByAndToANameOrPronounOpeningTheSentenceTakesInBoth() {
        TextDocument d = doc("The talks went on for hours. She and her aides said the deal was close.");
        Source aides = only(X.extract(d));
        int at = d.text().indexOf("She and her aides");
        assertEquals(at, aides.mentions().get(0).speakerStart());
        assertEquals(at + "She and her aides".length(), aides.mentions().get(0).speakerEnd());
        TextDocument both = doc("Both the Daily Courier and the Evening Star reported that the mayor would resign.");
        assertEquals("Both the Daily Courier and the Evening Star", speakerText(both, only(X.extract(both))));
        // not after a verb or an object: "showed a photo and Clinton said"
        TextDocument photo = doc("The aide held up a photo and Clinton said it was old.");
        assertEquals("Clinton", saying(photo, X.extract(photo), "Clinton").speaker());
    }

    @Test
    void aDocumentDescribedByAParticipleAndByIsTheSourceNotTheAgentAfterBy() {
        TextDocument d = doc("A petition signed by 3,500 residents called for the council to reopen the library.");
        Source petition = only(X.extract(d));
        assertEquals(SourceKind.DOCUMENT, petition.kind(), petition.toString());
        assertEquals("A petition signed by 3,500 residents", speakerText(d, petition));
        // the same shape with a person: the one described speaks, not the agent
        TextDocument driver = doc("A driver stopped by officers said he had not been drinking.");
        Source stopped = only(X.extract(driver));
        assertEquals(SourceKind.ANONYMOUS, stopped.kind(), stopped.toString());
        assertEquals("A driver stopped by officers", speakerText(driver, stopped));
    }

    @Test
    void anAgeBeforeARoleNounDescribesThePersonNamedBefore() {
        TextDocument d = doc("Maria Lopez won the songwriting award on Sunday.",
                "The 61-year-old singer said she would keep touring.");
        Source lopez = only(X.extract(d));
        assertEquals("Maria Lopez", lopez.speaker());
        assertEquals(ResolvedBy.ROLE_NOUN, lopez.mentions().get(0).resolvedBy(), lopez.toString());
        // a count of people of that age is still a group nobody names
        assertEquals(SourceKind.ANONYMOUS, only(sources("Two 30-year-old men said the road was icy.")).kind());
    }

    @Test
    void anInvertedCueTakesAWideUnnamedSpeakerWithItsPostModifier() {
        TextDocument d = doc("\"We are close to a deal,\" said one official familiar with the negotiations.");
        Source official = only(X.extract(d));
        assertEquals(SourceKind.ANONYMOUS, official.kind(), official.toString());
        assertEquals("one official familiar with the negotiations", speakerText(d, official));
        // an object after a cue that names no kind of speaker is no inverted subject
        Source reed = only(sources("Jo Reed, a professor at the college, described the mayor's approach in terms of lowering expectations."));
        assertEquals("Jo Reed", reed.speaker());
    }

    @Test
    void aNationalityWordAfterAGivenNameIsASurname() {
        TextDocument d = doc("\"It is a good plan,\" said Robert English.");
        Source english = only(X.extract(d));
        assertEquals("Robert English", english.speaker());
        assertEquals(SourceKind.NAMED, english.kind());
        assertEquals("", english.country(), english.toString());
        Source french = only(sources("David French said the bill would pass."));
        assertEquals("David French", french.speaker());
        assertEquals("", french.country(), french.toString());
        // a nationality before a name still says where the person is from
        Source minister = only(sources("French Foreign Minister Anne Morel said the talks would resume."));
        assertEquals("Anne Morel", minister.speaker());
        assertEquals("French", minister.country(), minister.toString());
    }

    @Test
    void aBodyNamedByItsAcronymOrABodyWordWithAPlaceIsAnOrganisation() {
        Source nhs = only(sources("NHS England said waiting lists were falling."));
        assertEquals(SourceKind.ORGANIZATION, nhs.kind(), nhs.toString());
        assertEquals("NHS England", nhs.speaker());
        Source police = only(sources("Police Scotland said the road was closed overnight."));
        assertEquals(SourceKind.ORGANIZATION, police.kind(), police.toString());
        assertEquals("Police Scotland", police.speaker());
        // initials of one or two letters are a person's
        assertEquals(SourceKind.NAMED, only(sources("DJ Mendes said the show would go on.")).kind());
    }

    @Test
    void aDocumentNamedByItsAuthorNamesThePollCitedBeforeAndLaterReferencesMeanIt() {
        TextDocument d = doc("The mayor leads her rival, according to a new poll.",
                "The Harbour Institute poll shows the race breaking along familiar lines.",
                "But the survey shows only a small gap between men and women.");
        List<Source> all = X.extract(d);
        Source poll = saying(d, all, "a new poll");
        assertEquals("Harbour Institute poll", poll.speaker(), all.toString());
        assertEquals(SourceKind.DOCUMENT, poll.kind());
        assertEquals(poll, saying(d, all, "the survey"), all.toString());
        assertEquals(3, poll.mentions().size(), poll.toString());
    }

    @Test
    void anOutletNamedInPassingIsWhatALaterThePaperMeans() {
        TextDocument d = doc("But as the Toronto Star daily put it in an editorial, the visit went badly.",
                "As the paper noted, the mayor has not always been kind to the city.");
        Source paper = saying(d, X.extract(d), "the paper");
        assertEquals(SourceKind.MEDIA, paper.kind(), paper.toString());
        assertEquals("Toronto Star", paper.speaker(), paper.toString());
    }

    @Test
    void theDescriptionOfASpeakerTakesInRelativeClausesPossessivesRolesAndWhereTheyAreFrom() {
        // a relative clause with "in" in it is a description, not a clause of its own
        TextDocument lane = doc("\"It was a fine meeting,\" said Mr. Lane, who worked with Ms. Brown in the city office.");
        assertEquals("Mr. Lane, who worked with Ms. Brown in the city office", speakerText(lane, only(X.extract(lane))));
        TextDocument price = doc("Sam Price, its chief executive officer, said sales were up.");
        assertEquals("Sam Price, its chief executive officer", speakerText(price, only(X.extract(price))));
        // an auxiliary or adverb between the aside and the cue
        TextDocument stone = doc("Jim Stone, the former mayor of the city, has also urged the council to act.");
        assertEquals("Jim Stone, the former mayor of the city", speakerText(stone, only(X.extract(stone))));
        // after the words it reports, the description runs over its parts to the sentence's end
        TextDocument webb = doc("\"Prices are up,\" said Dan Webb, co-director of the Center for Housing Research, a small think tank.");
        assertEquals("Dan Webb, co-director of the Center for Housing Research, a small think tank", speakerText(webb, only(X.extract(webb))));
        TextDocument hill = doc("\"Prices are up,\" said Rose Hill, 20, of Riverton, Ohio.");
        assertEquals("Rose Hill, 20, of Riverton, Ohio", speakerText(hill, only(X.extract(hill))));
        // ... but not over a clause with a verb of its own
        TextDocument cole = doc("\"It was late,\" said Ann Cole, a nurse, The Courier reported.");
        assertEquals("Ann Cole, a nurse", speakerText(cole, saying(cole, X.extract(cole), "Ann Cole, a nurse")));
    }

    @Test
    void aRoleBeforeTheNameAndADescriptionBeforeARelativeClauseBelongToTheSpeaker() {
        TextDocument cook = doc("The account was closed in May. Lane's press secretary, Peter Cook, told the paper that it was an error.");
        Source peter = only(X.extract(cook));
        assertEquals("Peter Cook", peter.speaker());
        assertEquals("Lane's press secretary, Peter Cook", speakerText(cook, peter));
        TextDocument minor = doc("Willie Minor, an actor in Dallas, who runs a small theater company, recalled that the lenders never called back.");
        Source willie = saying(minor, X.extract(minor), "Willie Minor, an actor in Dallas, who runs a small theater company");
        assertEquals("Willie Minor", willie.speaker());
    }

    @Test
    void aTitleCaseHeadlineNameStartsAtItsGivenName() {
        TextDocument d = DocumentBuilder.standard().build("Navy Widow Dorothy Hale Defends The Senator\n\n"
                + "Dorothy Hale spoke at the rally on Friday. \"He has been kind to us,\" she said.", ArticleMeta.empty());
        Source hale = only(X.extract(d));
        assertEquals("Dorothy Hale", hale.speaker(), hale.toString());
        assertEquals(2, hale.mentions().size(), hale.toString()); // the headline's "Defends" and "she said"
    }

    @Test
    void aCountAndWhatQualifiesItArePartOfTheSpeaker() {
        String[][] cases = {
                {"The crowd thinned by noon. The two voters said the lines were long.", "The two voters"},
                {"The hall was cold. All the attendees said they would come back.", "All the attendees"},
                {"The vote is on Friday, and at least four senators said they would vote no.", "at least four senators"},
                {"Outside the hall, nearly 100 protesters said the plan was unfair.", "nearly 100 protesters"},
                {"The results came late. A Harbour/Mills poll found the race was tied.", "A Harbour/Mills poll"},
                {"The plan changed. Pres. Obama said it would work.", "Pres. Obama"}};
        for (String[] c : cases) {
            TextDocument d = doc(c[0]);
            assertEquals(c[1], speakerText(d, only(X.extract(d))), c[0]);
        }
    }

    @Test
    void aRoleOwnedByAPronounMeansThePersonIntroducedInThatRoleByALaterAppositive() {
        TextDocument d = doc("As Peter Hale began his tour of the state, his son said the campaign was just getting started.",
                "Mark Hale, son of the senator, talked about the race on Monday on a morning show.");
        Source son = saying(d, X.extract(d), "his son");
        assertEquals("Mark Hale", son.speaker(), son.toString());
        assertEquals(ResolvedBy.ROLE_NOUN, son.mentions().get(0).resolvedBy());
    }

    @Test
    void aParticiplePhraseBetweenADocumentAndItsVerbDescribesTheDocument() {
        TextDocument d = doc("The race is close. A national poll taken last week found the mayor two points ahead.");
        Source poll = only(X.extract(d));
        assertEquals(SourceKind.DOCUMENT, poll.kind(), poll.toString());
        assertEquals("A national poll taken last week", speakerText(d, poll));
    }
    @Test
    void theNounPhraseARelativeClauseHangsOnIsTheSpeakerNotTheNounInsideTheClause() {
        TextDocument d = doc("The council met on Tuesday.",
                "Some residents who spoke at the meeting questioned whether the arena should come first.",
                "Marlene Dufour told the council that her street had flooded twice.");
        List<Source> all = X.extract(d);
        Source residents = saying(d, all, "Some residents who spoke at the meeting");
        assertEquals(SourceKind.VAGUE, residents.kind(), all.toString());
        Mention m = residents.mentions().get(0);
        assertEquals(d.text().indexOf("Some residents"), m.speakerStart());
        assertEquals(d.text().indexOf(" questioned"), m.speakerEnd());
        assertEquals("whether the arena should come first", d.text().substring(m.contentStart(), m.contentEnd()));
        Source dufour = saying(d, all, "Marlene Dufour");
        assertEquals("", dufour.role(), dufour.toString()); // the meeting is no role of hers
        assertEquals(1, dufour.mentions().size(), dufour.toString());
    }

    @Test
    void aDescriptionThatMeansNoPersonIsNeverGuessedToBeThePersonNamedNearIt() {
        TextDocument d = doc("Karen Holt, the mayor, spoke first. \"We will not wait,\" Holt said.",
                "The deal showed how far both sides had moved.",
                "\"It is a start,\" she said.");
        List<Source> all = X.extract(d);
        Source deal = saying(d, all, "The deal");
        assertNotEquals("Karen Holt", deal.speaker(), all.toString());
        assertEquals(SourceKind.ANONYMOUS, deal.kind(), all.toString());
        Source she = saying(d, all, "she");
        assertEquals("Karen Holt", she.speaker(), all.toString()); // and no "she" means the deal
        int at = d.text().lastIndexOf("she said");
        assertEquals(ResolvedBy.PRONOUN, she.mentions().stream().filter(x -> x.speakerStart() == at).findFirst().orElseThrow().resolvedBy());
    }
}
