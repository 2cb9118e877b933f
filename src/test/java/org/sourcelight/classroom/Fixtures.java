package org.sourcelight.classroom;

import java.util.ArrayList;
import java.util.List;
import org.sourcelight.Samples;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.Severity;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;
import org.sourcelight.model.StateCue;
import org.sourcelight.model.Typology;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/** Constructed analyses and lessons over the samples, for classroom tests. */
public final class Fixtures {
    public static final Outlet PRESS_TV = new Outlet("presstv", "Press TV", List.of(), List.of("presstv.ir"), "Iran", "IRIB",
            Typology.SC, "state-controlled", 2023, "https://statemediamonitor.com", "", "registry");
    public static final Outlet SANA = new Outlet("sana", "SANA", List.of("Syrian Arab News Agency"), List.of("sana.sy"), "Syria", "",
            Typology.SC, "state-controlled", 2023, "https://statemediamonitor.com", "", "registry");
    public static final Outlet RUDAW = new Outlet("rudaw", "Rudaw", List.of(), List.of("rudaw.net"), "Iraq (Kurdistan Region)", "",
            null, "private", 0, "", "", "registry");

    private Fixtures() {}

    public static TextDocument doc(String sample) {
        return DocumentBuilder.standard().build(Samples.text(sample), ArticleMeta.empty());
    }

    /** A mention whose speaker is the first occurrence of {@code speaker} and whose content is the sentence around it. */
    public static Mention mention(TextDocument d, String speaker, int from) {
        int s = d.text().indexOf(speaker, from);
        if (s < 0) throw new IllegalArgumentException(speaker);
        int start = Math.max(0, d.text().lastIndexOf('\n', s) + 1);
        int end = d.text().indexOf('\n', s);
        if (end < 0) end = d.text().length();
        return Mention.of(start, end, "said", s, s, s, s + speaker.length(), start, s, true, speaker, null, null);
    }

    public static Source source(String name, SourceKind kind, Mention... ms) {
        return new Source(name, "", "", "", kind, "", List.of(ms));
    }

    public static int at(TextDocument d, String phrase) {
        int i = d.text().indexOf(phrase);
        if (i < 0) throw new IllegalArgumentException(phrase);
        return i;
    }

    /** Sample 000 (Press TV): Zakharova and Mattis quoted, Lavrov, one assertion, published by Press TV. */
    public static ArticleAnalysis analysis000() {
        TextDocument d = doc(Samples.S000);
        List<Source> sources = List.of(
                source("Maria Zakharova", SourceKind.NAMED, mention(d, "Maria Zakharova said", 0)),
                source("James Mattis", SourceKind.NAMED, mention(d, "James Mattis", 0)),
                source("Sergei Lavrov", SourceKind.NAMED, mention(d, "Sergei Lavrov", 0)));
        int a = at(d, "Russia says the US military presence");
        int aEnd = d.text().indexOf('\n', a);
        Assertion x = new Assertion(a, aEnd, List.of("agentless-accusation"), "The outlet states this in its own words.",
                "Who says so?", Severity.MEDIUM, List.of());
        int p = at(d, "(Photo by AFP)");
        return new ArticleAnalysis(d, sources, new ArticleOutlet("Press TV", PRESS_TV, "presstv.ir", 0.9, 0, 0),
                List.of(new CitedOutlet("AFP", null, p + 10, p + 13, "credit")), List.of(), List.of(), List.of(), List.of(x));
    }

    /** Sample 004 (Rudaw): Mattis by surname, an unnamed Foreign Ministry source, SANA as a state-run agency. */
    public static ArticleAnalysis analysis004() {
        TextDocument d = doc(Samples.S004);
        int sana = at(d, "SANA");
        int cue = at(d, "Syria's state-run news agency");
        List<Source> sources = List.of(
                source("an unnamed source in the Foreign Ministry", SourceKind.ANONYMOUS, mention(d, "an unnamed source", 0)),
                source("Mattis", SourceKind.NAMED, mention(d, "Mattis told", 0)));
        return new ArticleAnalysis(d, sources, new ArticleOutlet("Rudaw", RUDAW, "Rudaw English", 0.8, 0, 0),
                List.of(new CitedOutlet("SANA", SANA, sana, sana + 4, "name")),
                List.of(new StateCue(cue + 8, cue + 29, "state-run news agency", "The agency is run by the Syrian state.")),
                List.of(), List.of(), List.of());
    }

    public static LessonArticle article(ArticleAnalysis a) {
        TextDocument d = a.document();
        return new LessonArticle(d.title(), d.original(), d.meta(), KeyItems.fromAnalysis(a));
    }

    public static Lesson lesson() {
        List<LessonArticle> arts = new ArrayList<>(List.of(article(analysis000()), article(analysis004())));
        return new Lesson("lesson-1", "Who speaks about US troops in Syria?", "Compare the two outlets.", "Sourcelight 0.1.0",
                arts, List.of(new Question("Who published article 1?", "Press TV, Iranian state media"),
                        new Question("Which article names its source for the 'act of aggression' claim?", "")));
    }
}
