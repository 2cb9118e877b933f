package org.sourcelight.ui.outlets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.outlets.OutletAnalyzer;
import org.sourcelight.analysis.outlets.OutletLabels;
import org.sourcelight.analysis.outlets.OutletRegistry;
import org.sourcelight.library.OutletCorrections;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.ProvenanceChain;
import org.sourcelight.model.ProvenanceLink;
import org.sourcelight.model.StateCue;
import org.sourcelight.model.Typology;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.task.TaskRunner;

/**
 * State of the Provenance panel: the publisher card, cited outlets, state cues, provenance chains and the highlight
 * layer. Properties and lists only. The outlet analysis is re-run off the FX thread with the reader's corrections
 * (their registry entries and publisher choice, read through {@link OutletCorrections}) laid over the shipped registry.
 */
public final class OutletsViewModel {
    public static final String LAYER = "outlets";

    /** A cited outlet as listed: name, "Syria, state-controlled", how it was found, the words in the text. */
    public record CitedRow(String name, String label, String how, String words, int start, int end) {
        @Override public String toString() { return name + " (" + label + ") — " + how; }
    }

    public record CueRow(String cue, String explanation, int start, int end) {
        @Override public String toString() { return "\"" + cue + "\": " + explanation; }
    }

    public record ChainRow(String text, int start, int end) {
        @Override public String toString() { return text; }
    }

    private final TaskRunner tasks;
    private final OutletCorrections corrections; // null when there is no library (nothing can be saved)
    private final OutletRegistry base;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty meaning = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty sourceUrl = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty evidence = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty hasPublisher = new SimpleBooleanProperty(false);
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final BooleanProperty publisherEditable = new SimpleBooleanProperty(false);
    private final ObservableList<CitedRow> cited = FXCollections.observableArrayList();
    private final ObservableList<CueRow> cues = FXCollections.observableArrayList();
    private final ObservableList<ChainRow> chains = FXCollections.observableArrayList();
    private final ObservableList<Highlight> highlights = FXCollections.observableArrayList();

    private LoadedArticle article;
    private OutletRegistry registry;
    private ArticleOutlet publisher;

    public OutletsViewModel(TaskRunner tasks, OutletCorrections corrections, OutletRegistry base) {
        this.tasks = tasks;
        this.corrections = corrections;
        this.base = base;
        this.registry = base;
    }

    private record Computed(OutletRegistry registry, OutletAnalyzer.Result result) {}

    /** Shows an article (null clears the panel). */
    public void show(LoadedArticle a) {
        this.article = a;
        if (a == null) {
            clear("No article is open.");
            return;
        }
        ArticleAnalysis analysis = a.analysis();
        long id = a.id();
        tasks.submit(LAYER, () -> {
            OutletRegistry reg = corrections == null ? base : corrections.registry(base);
            ArticleOutlet override = corrections == null || id < 0 ? null : corrections.publisher(id, reg);
            return new Computed(reg, new OutletAnalyzer(reg).analyze(analysis.document(), analysis.sources(), override));
        }, c -> apply(c.registry(), c.result()), e -> clear("The outlets could not be analysed: " + e.getMessage()));
    }

    private void clear(String why) {
        publisher = null;
        hasPublisher.set(false);
        editable.set(false);
        publisherEditable.set(false);
        for (StringProperty p : List.of(name, country, model, meaning, owner, year, sourceUrl, note, evidence)) p.set("");
        cited.clear();
        cues.clear();
        chains.clear();
        highlights.clear();
        message.set(why);
    }

    private void apply(OutletRegistry reg, OutletAnalyzer.Result r) {
        registry = reg;
        publisher = r.publisher();
        editable.set(corrections != null);
        publisherEditable.set(corrections != null && article != null && article.id() >= 0);
        message.set("");
        card(r.publisher());
        List<CitedRow> rows = new ArrayList<>();
        List<Highlight> hl = new ArrayList<>();
        for (CitedOutlet c : r.cited()) {
            // two registry entries fit: say so ("ABC: probably ABC News (United States, private …); Australia's ABC is …")
            String label = OutletLabels.citedLabel(c);
            rows.add(new CitedRow(c.name(), label, how(c.how()), article.text().substring(c.start(), c.end()), c.start(), c.end()));
            hl.add(new Highlight(c.start(), c.end(), styleFor(c), c.name() + " (" + label + ")"));
        }
        List<CueRow> cueRows = new ArrayList<>();
        for (StateCue q : r.cues()) {
            cueRows.add(new CueRow(q.cue(), q.explanation(), q.start(), q.end()));
            hl.add(new Highlight(q.start(), q.end(), "outlet-cue", q.explanation()));
        }
        List<ChainRow> chainRows = new ArrayList<>();
        for (ProvenanceChain c : r.chains()) chainRows.add(new ChainRow(render(c), c.start(), c.end()));
        hl.sort((x, y) -> Integer.compare(x.start(), y.start()));
        cited.setAll(rows);
        cues.setAll(cueRows);
        chains.setAll(chainRows);
        highlights.setAll(hl);
        if (publisher == null) message.set("Sourcelight could not tell who published this article. Use Edit to set it.");
    }

    private void card(ArticleOutlet p) {
        hasPublisher.set(p != null);
        if (p == null) {
            for (StringProperty s : List.of(name, country, model, meaning, owner, year, sourceUrl, note, evidence)) s.set("");
            return;
        }
        Outlet o = p.outlet();
        name.set(p.name() + (o != null && o.origin().equals("user") ? " (your entry)" : ""));
        country.set(o == null ? "" : o.country());
        model.set(o == null ? OutletLabels.NOT_IN_REGISTRY : o.typology() != null ? o.typology().label() + " (" + o.typology().name() + ")"
                : OutletLabels.model(o));
        meaning.set(OutletLabels.meaning(o));
        owner.set(o == null ? "" : o.owner());
        year.set(o == null || o.year() <= 0 ? "" : "Rating for " + o.year());
        sourceUrl.set(o == null ? "" : o.sourceUrl());
        note.set(o == null ? "" : o.note());
        evidence.set(p.evidence() + (p.confidence() < 1 ? ". Sourcelight is " + Math.round(p.confidence() * 100) + "% sure." : ""));
    }

    static String how(String how) {
        return org.sourcelight.report.ReportText.how(how);
    }

    private static String styleFor(CitedOutlet c) {
        if (c.how().equals("credit")) return "outlet-credit";
        Outlet o = c.outlet();
        if (o != null && o.typology() != null && o.typology().editorialControl()) return "outlet-cited-state";
        return "outlet-cited";
    }

    /**
     * One line per step, in plain words and without nested brackets: "Press TV: Iran, state-controlled",
     * "→ from SANA: Syria, state-controlled", "→ from civil sources: anonymous".
     */
    public static String render(ProvenanceChain c) {
        StringBuilder b = new StringBuilder();
        for (ProvenanceLink l : c.links()) {
            if (b.length() > 0) b.append("\n→ from ");
            b.append(l.name());
            if (!l.label().isEmpty()) b.append(": ").append(l.label());
        }
        return b.toString();
    }

    /** The registry entry the edit dialog starts from: the publisher's, or an empty one named after it. */
    public Outlet draft() {
        if (publisher != null && publisher.outlet() != null) return publisher.outlet();
        String n = publisher == null ? "" : publisher.name();
        return new Outlet(idFor(n), n.isEmpty() ? "New outlet" : n, List.of(), List.of(), "", "", null, "", 0, "", "", "user");
    }

    /** A stable id for a new outlet name: "Foo Daily" → "foo-daily". */
    public static String idFor(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "user-outlet" : s;
    }

    /** Builds the reader's entry from the dialog's fields (lists comma-separated; model code or empty). */
    public static Outlet entryFrom(String id, String name, String aliases, String domains, String country, String owner,
                                   String typologyCode, String classification, String year, String sourceUrl, String note) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("The outlet needs a name.");
        int y = 0;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The year must be a number such as 2024.");
            }
        }
        Typology t = Typology.fromCode(typologyCode);
        return new Outlet(id == null || id.isBlank() ? idFor(name) : id.strip(), name.strip(), split(aliases), split(domains),
                country, owner, t, classification, y, sourceUrl, note, "user");
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String p : s.split(",")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    /** Saves the reader's registry entry, then runs {@code onSaved} (the panel asks the host to re-analyse). */
    public void saveEntry(Outlet entry, Runnable onSaved) {
        if (corrections == null) throw new IllegalStateException("no library to save to");
        tasks.run(LAYER + "-save", () -> corrections.save(entry), () -> {
            message.set("Saved your entry for " + entry.name() + ".");
            onSaved.run();
        }, e -> message.set("Could not save: " + e.getMessage()));
    }

    /** Sets who published the open article: a registry outlet if the name is one, else just the name. */
    public void savePublisher(String publisherName, Runnable onSaved) {
        if (corrections == null || article == null || article.id() < 0) throw new IllegalStateException("no stored article");
        if (publisherName == null || publisherName.isBlank()) throw new IllegalArgumentException("The publisher needs a name.");
        long id = article.id();
        Outlet o = registry.byName(publisherName);
        tasks.run(LAYER + "-save", () -> corrections.setPublisher(id, o == null ? null : o.id(), publisherName.strip()), () -> {
            message.set("Publisher set to " + (o == null ? publisherName.strip() + " (not in the registry)" : o.name()) + ".");
            onSaved.run();
        }, e -> message.set("Could not save: " + e.getMessage()));
    }

    public ReadOnlyStringProperty nameProperty() { return name; }
    public ReadOnlyStringProperty countryProperty() { return country; }
    public ReadOnlyStringProperty modelProperty() { return model; }
    public ReadOnlyStringProperty meaningProperty() { return meaning; }
    public ReadOnlyStringProperty ownerProperty() { return owner; }
    public ReadOnlyStringProperty yearProperty() { return year; }
    public ReadOnlyStringProperty sourceUrlProperty() { return sourceUrl; }
    public ReadOnlyStringProperty noteProperty() { return note; }
    public ReadOnlyStringProperty evidenceProperty() { return evidence; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty hasPublisherProperty() { return hasPublisher; }
    /** True when the reader can save registry entries (a library is open). */
    public ReadOnlyBooleanProperty editableProperty() { return editable; }
    /** True when the reader can set this article's publisher (it is stored in the library). */
    public ReadOnlyBooleanProperty publisherEditableProperty() { return publisherEditable; }
    public ObservableList<CitedRow> cited() { return cited; }
    public ObservableList<CueRow> cues() { return cues; }
    public ObservableList<ChainRow> chains() { return chains; }
    public ObservableList<Highlight> highlights() { return highlights; }
}
