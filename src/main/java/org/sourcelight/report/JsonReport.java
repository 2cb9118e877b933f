package org.sourcelight.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.outlets.OutletLabels;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.ProvenanceChain;
import org.sourcelight.model.ProvenanceLink;
import org.sourcelight.model.Source;
import org.sourcelight.model.StateCue;
import org.sourcelight.model.Trigger;

/**
 * Writes the analysis report as JSON, schema version 1 (documented in {@code docs/report-schema.md}). Field order is
 * fixed; the core fields never change meaning within a schema version, new fields may be added.
 */
public final class JsonReport {
    public static final int SCHEMA_VERSION = 1;

    /** One analysed input: the file as given on the command line (or the library id) and its analysis. */
    public record Entry(String file, ArticleAnalysis analysis) {}

    /** Thread-safe once configured; shared so that each article's generator costs no factory. */
    private static final JsonFactory FACTORY = new JsonFactory();

    private final boolean pretty;

    public JsonReport(boolean pretty) {
        this.pretty = pretty;
    }

    public void write(List<Entry> entries, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("analyzerVersion", org.sourcelight.analysis.Pipeline.VERSION);
            g.writeArrayFieldStart("articles");
            for (Entry e : entries) article(g, e);
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The compact JSON of one article, exactly as {@link #write} puts it in the {@code articles} list of a compact
     * report; independent of the other articles, so a batch can make each on its own thread.
     */
    public static String articleJson(Entry e) {
        java.io.StringWriter w = new java.io.StringWriter(2 * e.analysis().document().text().length() + 1024);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            article(g, e);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return w.toString();
    }

    /**
     * Writes a compact report of {@code count} articles whose JSON {@code articleJson} gives (from
     * {@link #articleJson}, in order; it may wait until article {@code i} is ready): the same bytes as
     * {@code new JsonReport(false).write(entries, out)}.
     */
    public static void writeCompact(int count, java.util.function.IntFunction<String> articleJson, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("analyzerVersion", org.sourcelight.analysis.Pipeline.VERSION);
            g.writeArrayFieldStart("articles");
            for (int i = 0; i < count; i++) g.writeRawValue(articleJson.apply(i));
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void article(JsonGenerator g, Entry e) throws IOException {
        ArticleAnalysis a = e.analysis();
        g.writeStartObject();
        g.writeStringField("file", e.file());
        g.writeStringField("title", a.document().title());
        g.writeStringField("text", a.document().text());
        publisher(g, a.outlet());
        g.writeArrayFieldStart("sources");
        for (Source s : a.sources()) source(g, s);
        g.writeEndArray();
        g.writeArrayFieldStart("citedOutlets");
        for (CitedOutlet c : a.citedOutlets()) cited(g, c);
        g.writeEndArray();
        g.writeArrayFieldStart("duplicates");
        for (Duplicate d : a.duplicates()) duplicate(g, d);
        g.writeEndArray();
        g.writeArrayFieldStart("assertions");
        for (Assertion x : a.assertions()) assertion(g, x);
        g.writeEndArray();
        g.writeArrayFieldStart("stateCues");
        for (StateCue c : a.stateCues()) {
            g.writeStartObject();
            g.writeStringField("cue", c.cue());
            g.writeNumberField("start", c.start());
            g.writeNumberField("end", c.end());
            g.writeStringField("explanation", c.explanation());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("provenance");
        for (ProvenanceChain c : a.provenance()) {
            g.writeStartObject();
            g.writeNumberField("start", c.start());
            g.writeNumberField("end", c.end());
            g.writeArrayFieldStart("links");
            for (ProvenanceLink l : c.links()) {
                g.writeStartObject();
                g.writeStringField("name", l.name());
                g.writeStringField("label", l.label());
                g.writeNumberField("start", l.start());
                g.writeNumberField("end", l.end());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!a.problems().isEmpty()) {
            g.writeArrayFieldStart("problems");
            for (String p : a.problems()) g.writeString(p);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void publisher(JsonGenerator g, ArticleOutlet o) throws IOException {
        if (o == null) {
            g.writeNullField("outlet");
            return;
        }
        g.writeObjectFieldStart("outlet");
        g.writeStringField("name", o.name());
        Outlet r = o.outlet();
        outletFacts(g, r);
        g.writeStringField("evidence", o.evidence());
        g.writeNumberField("confidence", o.confidence());
        g.writeNumberField("evidenceStart", o.evidenceStart());
        g.writeNumberField("evidenceEnd", o.evidenceEnd());
        g.writeEndObject();
    }

    /** An outlet the registry gives no facts for, with the label that says why. */
    private static void noFacts(JsonGenerator g, String label) throws IOException {
        g.writeNullField("country");
        g.writeNullField("typology");
        g.writeStringField("label", label);
        g.writeBooleanField("inRegistry", false);
    }

    private static void outletFacts(JsonGenerator g, Outlet r) throws IOException {
        if (r == null) {
            noFacts(g, OutletLabels.NOT_IN_REGISTRY);
            return;
        }
        g.writeStringField("country", r.country());
        if (r.typology() == null) g.writeNullField("typology");
        else g.writeStringField("typology", r.typology().name());
        g.writeStringField("label", r.labelInWords());
        g.writeBooleanField("inRegistry", true);
        g.writeStringField("owner", r.owner());
        if (r.year() > 0) g.writeNumberField("year", r.year());
        else g.writeNullField("year");
        g.writeStringField("ratingSource", r.sourceUrl());
    }

    private static void source(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        g.writeStringField("speaker", s.speaker());
        g.writeStringField("role", s.role());
        g.writeStringField("organization", s.organization());
        g.writeStringField("country", s.country());
        g.writeStringField("kind", s.kind().code());
        g.writeStringField("explanation", s.explanation());
        g.writeArrayFieldStart("mentions");
        for (Mention m : s.mentions()) {
            g.writeStartObject();
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            g.writeStringField("cue", m.cue());
            g.writeNumberField("cueStart", m.cueStart());
            g.writeNumberField("cueEnd", m.cueEnd());
            g.writeNumberField("speakerStart", m.speakerStart());
            g.writeNumberField("speakerEnd", m.speakerEnd());
            g.writeNumberField("contentStart", m.contentStart());
            g.writeNumberField("contentEnd", m.contentEnd());
            g.writeBooleanField("direct", m.direct());
            g.writeStringField("reports", m.kind() == org.sourcelight.model.MentionKind.BELIEF ? "belief" : "statement");
            g.writeStringField("speakerText", m.speakerText());
            if (m.resolvedBy() == null) g.writeNullField("resolvedBy");
            else g.writeStringField("resolvedBy", m.resolvedBy().words());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void cited(JsonGenerator g, CitedOutlet c) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        // a name in the registry several times is "not identified", not "not in the registry"
        if (OutletLabels.ambiguous(c)) noFacts(g, OutletLabels.NOT_IDENTIFIED);
        else outletFacts(g, c.outlet());
        g.writeNumberField("start", c.start());
        g.writeNumberField("end", c.end());
        g.writeStringField("how", c.how());
        g.writeStringField("note", c.note());
        g.writeArrayFieldStart("alternatives");
        for (org.sourcelight.model.Outlet o : c.alternatives()) {
            g.writeStartObject();
            g.writeStringField("name", o.name());
            outletFacts(g, o);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void duplicate(JsonGenerator g, Duplicate d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", d.start());
        g.writeNumberField("end", d.end());
        g.writeStringField("kind", d.kind().code());
        g.writeNumberField("similarity", Math.round(d.similarity() * 1000) / 1000.0);
        g.writeStringField("otherFile", d.otherFile());
        g.writeNumberField("otherStart", d.otherStart());
        g.writeNumberField("otherEnd", d.otherEnd());
        g.writeEndObject();
    }

    private static void assertion(JsonGenerator g, Assertion a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", a.start());
        g.writeNumberField("end", a.end());
        g.writeArrayFieldStart("reasons");
        for (String r : a.reasons()) g.writeString(r);
        g.writeEndArray();
        g.writeStringField("explanation", a.explanation());
        g.writeStringField("question", a.question());
        g.writeStringField("severity", a.severity().name().toLowerCase(java.util.Locale.ROOT));
        g.writeArrayFieldStart("triggers");
        for (Trigger t : a.triggers()) {
            g.writeStartObject();
            g.writeNumberField("start", t.start());
            g.writeNumberField("end", t.end());
            g.writeStringField("reason", t.reason());
            g.writeStringField("term", t.term());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
