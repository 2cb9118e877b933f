package org.sourcelight.ui.assertions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourcelight.analysis.assertions.AssertionDetector;
import org.sourcelight.analysis.assertions.Lexicons;
import org.sourcelight.analysis.assertions.Reason;
import org.sourcelight.library.WordListEdits;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.Severity;
import org.sourcelight.model.Trigger;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.task.TaskRunner;

/**
 * State of the Assertions panel: the findings of the open article grouped by severity (most serious first), the
 * reason filters with their counts, and the highlight layer. Properties only; the work happens through the
 * {@link TaskRunner}. When the reader has edited the word lists, the findings are recomputed with them.
 */
public final class AssertionsViewModel {
    public static final String LAYER = "assertions";

    /** A row of the findings list: a severity heading or a finding. */
    public sealed interface Row permits Heading, Item {}

    public record Heading(Severity severity, int count) implements Row {
        public String label() {
            String what = switch (severity) {
                case HIGH -> "High: claims nobody stands behind";
                case MEDIUM -> "Medium: vague sources and loaded labels";
                case LOW -> "Low: word choices to notice";
            };
            return what + " (" + count + ")";
        }
    }

    public record Item(Assertion assertion, String sentence, String reasons) implements Row {}

    private final TaskRunner tasks;
    private final WordListEdits edits;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Highlight> highlights = FXCollections.observableArrayList();
    private final Map<Reason, BooleanProperty> shown = new EnumMap<>(Reason.class);
    private final Map<Reason, IntegerProperty> counts = new EnumMap<>(Reason.class);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No article open.");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Lexicons> lexicons = new SimpleObjectProperty<>(Lexicons.standard());
    private LoadedArticle article;
    private String text = "";
    private List<Assertion> findings = List.of();

    /** @param edits the reader's word-list edits, or null when there is no library */
    public AssertionsViewModel(TaskRunner tasks, WordListEdits edits) {
        this.tasks = tasks;
        this.edits = edits;
        for (Reason r : Reason.values()) {
            BooleanProperty p = new SimpleBooleanProperty(true);
            p.addListener((o, a, b) -> refresh());
            shown.put(r, p);
            counts.put(r, new SimpleIntegerProperty(0));
        }
        lexicons.addListener((o, a, b) -> recompute());
    }

    public ObservableList<Row> rows() { return rows; }

    public ObservableList<Highlight> highlights() { return highlights; }

    /** Whether findings for this reason are listed and highlighted. */
    public BooleanProperty shownProperty(Reason r) { return shown.get(r); }

    /** Lists and highlights only the findings with this reason (the filter buttons: one reason at a time). */
    public void showOnly(Reason only) {
        for (Reason r : Reason.values()) shown.get(r).set(r == only);
    }

    /** Lists and highlights every finding (the "All" filter). */
    public void showAll() {
        for (Reason r : Reason.values()) shown.get(r).set(true);
    }

    /** The reason shown alone, or null when every reason is shown (or some other mix). */
    public Reason shownAlone() {
        Reason alone = null;
        for (Reason r : Reason.values()) {
            if (!shown.get(r).get()) continue;
            if (alone != null) return null;
            alone = r;
        }
        return alone;
    }

    /** How many findings the open article has in all. */
    public int total() { return findings.size(); }

    /** How many findings of the open article have this reason. */
    public IntegerProperty countProperty(Reason r) { return counts.get(r); }

    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** The word lists in use (the shipped ones plus the reader's edits). */
    public ObjectProperty<Lexicons> lexiconsProperty() { return lexicons; }

    /** Loads the reader's word-list edits from the library (once, when the panel is created). */
    public void loadLexicons() {
        if (edits == null) return;
        tasks.submit(LAYER + ":lexicons", edits::lexicons, lexicons::set,
                e -> error.set("Could not read your word lists: " + e.getMessage()));
    }

    /** Shows a newly analysed article, or clears the panel when {@code a} is null. */
    public void show(LoadedArticle a) {
        article = a;
        error.set("");
        recompute();
    }

    private void recompute() {
        LoadedArticle a = article;
        if (a == null) {
            text = "";
            apply(List.of());
            return;
        }
        Lexicons l = lexicons.get();
        if (l.equals(Lexicons.standard())) {
            text = a.text();
            apply(a.analysis().assertions());
            return;
        }
        tasks.submit(LAYER + ":detect", () -> new AssertionDetector(l).detect(a.analysis().document(), a.analysis().sources()),
                found -> {
                    if (article != a) return;
                    text = a.text();
                    apply(found);
                }, e -> error.set("Could not check the article with your word lists: " + e.getMessage()));
    }

    private void apply(List<Assertion> found) {
        findings = List.copyOf(found);
        for (Reason r : Reason.values()) counts.get(r).set(0);
        for (Assertion x : findings) for (String code : x.reasons()) {
            IntegerProperty c = counts.get(Reason.ofCode(code));
            c.set(c.get() + 1);
        }
        refresh();
    }

    private boolean visible(Assertion a) {
        for (String code : a.reasons()) if (shown.get(Reason.ofCode(code)).get()) return true;
        return false;
    }

    private void refresh() {
        List<Assertion> visible = new ArrayList<>();
        for (Assertion a : findings) if (visible(a)) visible.add(a);
        visible.sort(Comparator.comparing(Assertion::severity).reversed().thenComparingInt(Assertion::start));
        List<Row> out = new ArrayList<>();
        Severity current = null;
        for (int i = 0; i < visible.size(); i++) {
            Assertion a = visible.get(i);
            if (a.severity() != current) {
                current = a.severity();
                int n = 0;
                for (int j = i; j < visible.size() && visible.get(j).severity() == current; j++) n++;
                out.add(new Heading(current, n));
            }
            out.add(new Item(a, text.substring(a.start(), a.end()), reasonLabels(a)));
        }
        rows.setAll(out);
        highlights.setAll(highlightsOf(visible));
        summary.set(summaryOf(visible.size()));
    }

    private String summaryOf(int visible) {
        if (article == null) return "No article open.";
        if (findings.isEmpty()) return "No unsupported assertions found: every flagged kind of claim here has a source.";
        int high = 0, medium = 0, low = 0;
        for (Assertion a : findings) {
            switch (a.severity()) {
                case HIGH -> high++;
                case MEDIUM -> medium++;
                case LOW -> low++;
            }
        }
        String s = findings.size() + (findings.size() == 1 ? " sentence" : " sentences") + " to question: " + high
                + " high, " + medium + " medium, " + low + " low.";
        return visible == findings.size() ? s : s + " Showing " + visible + " with the chosen reasons.";
    }

    private static String reasonLabels(Assertion a) {
        List<String> l = new ArrayList<>();
        for (String code : a.reasons()) l.add(Reason.ofCode(code).label());
        return String.join(" · ", l);
    }

    private List<Highlight> highlightsOf(List<Assertion> visible) {
        List<Highlight> out = new ArrayList<>();
        for (Assertion a : visible) {
            out.add(new Highlight(a.start(), a.end(), sentenceStyle(a.severity()), tooltip(a)));
            for (Trigger t : a.triggers()) {
                Reason r = Reason.ofCode(t.reason());
                if (!shown.get(r).get()) continue;
                out.add(new Highlight(t.start(), t.end(), triggerStyle(r), triggerTooltip(t)));
            }
        }
        out.sort(Comparator.comparingInt(Highlight::start).thenComparing(Comparator.comparingInt(Highlight::end).reversed()));
        return out;
    }

    /** The style class of a finding's sentence: {@code assert-sentence-high|medium|low}. */
    public static String sentenceStyle(Severity s) {
        return "assert-sentence-" + s.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The style class of a triggering word: {@code assert-trigger-<reason code>}. */
    public static String triggerStyle(Reason r) {
        return "assert-trigger-" + r.code();
    }

    /** What hovering a finding's sentence shows: the explanation and the question to ask. */
    public static String tooltip(Assertion a) {
        return a.explanation() + "\nAsk: " + a.question();
    }

    private String triggerTooltip(Trigger t) {
        Reason r = Reason.ofCode(t.reason());
        String note = r == Reason.LOADED_LANGUAGE ? lexicons.get().note(Lexicons.LOADED_TERMS, t.term()) : "";
        return r.hint(text.substring(t.start(), t.end()).replace("\"", ""), note);
    }
}
