package org.sourcelight.ui.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourcelight.analysis.sources.SourceSummary;
import org.sourcelight.model.Mention;
import org.sourcelight.model.MentionKind;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;
import org.sourcelight.model.Span;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.task.TaskRunner;

/**
 * State of the Sources panel, without any Node: the sources of the open article grouped by speaker, the summary line,
 * the kind filter, the selected source, and the highlights to draw in the article (speaker, cue and quoted or
 * reported words of each mention, never overlapping). Rows are built off the FX thread through the task runner.
 */
public final class SourcesViewModel {
    public static final String LAYER = "sources";
    public static final String STYLE_SPEAKER = "src-speaker";
    public static final String STYLE_CUE = "src-cue";
    public static final String STYLE_QUOTE = "src-quote";
    public static final String STYLE_REPORTED = "src-reported";

    /** One attribution as listed under its speaker. */
    public record MentionRow(Mention mention, String label) {
        public Span span() { return mention.span(); }
    }

    /** One speaker: badge text, the line under the name, and their attributions. */
    public record SourceRow(Source source, String badge, String detail, List<MentionRow> mentions) {
        public String speaker() { return source.speaker(); }

        public SourceKind kind() { return source.kind(); }

        public int mentionCount() { return mentions.size(); }

        /** Where clicking the source takes the reader: its first attribution. */
        public Span firstSpan() { return mentions.get(0).span(); }
    }

    private record Built(String text, List<SourceRow> rows, String summary) {}

    private final TaskRunner tasks;
    private final List<SourceRow> all = new ArrayList<>();
    private String text = "";
    private final ObservableList<SourceRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noSources = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<SourceKind> kindFilter = new SimpleObjectProperty<>(null);
    private final ObjectProperty<SourceRow> selected = new SimpleObjectProperty<>(null);
    private final ReadOnlyObjectWrapper<List<Highlight>> highlights = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public SourcesViewModel(TaskRunner tasks) {
        this.tasks = tasks;
        kindFilter.addListener((o, a, b) -> refilter());
        selected.addListener((o, a, b) -> highlights.set(highlightsFor(b == null ? rows : List.of(b))));
    }

    /** Shows an article's sources (null clears the panel). */
    public void show(LoadedArticle article) {
        if (article == null) {
            apply(new Built("", List.of(), ""));
            return;
        }
        List<Source> sources = article.analysis().sources();
        String t = article.text();
        tasks.submit(LAYER, () -> build(t, sources), this::apply, e -> error.set("Sources could not be listed: " + e.getMessage()));
    }

    private static Built build(String text, List<Source> sources) {
        List<SourceRow> out = new ArrayList<>();
        for (Source s : sources) {
            List<MentionRow> ms = new ArrayList<>();
            for (Mention m : s.mentions()) ms.add(new MentionRow(m, label(text, m)));
            out.add(new SourceRow(s, s.kind().label(), detail(s), List.copyOf(ms)));
        }
        return new Built(text, out, SourceSummary.describe(sources));
    }

    private void apply(Built b) {
        text = b.text();
        all.clear();
        all.addAll(b.rows());
        error.set("");
        summary.set(b.summary());
        noSources.set(!b.text().isEmpty() && b.rows().isEmpty());
        selected.set(null);
        refilter();
    }

    private void refilter() {
        SourceKind k = kindFilter.get();
        List<SourceRow> keep = new ArrayList<>();
        for (SourceRow r : all) if (k == null || r.kind() == k) keep.add(r);
        rows.setAll(keep);
        if (selected.get() != null && !keep.contains(selected.get())) selected.set(null);
        highlights.set(highlightsFor(selected.get() == null ? rows : List.of(selected.get())));
    }

    /** "spokeswoman · Russian Foreign Ministry · Russian · 2 mentions". */
    private static String detail(Source s) {
        List<String> parts = new ArrayList<>();
        if (!s.role().isEmpty()) parts.add(s.role());
        if (!s.organization().isEmpty()) parts.add(s.organization());
        if (!s.country().isEmpty() && !String.join(" ", parts).contains(s.country())) parts.add(s.country());
        int n = s.mentions().size();
        parts.add(n == 1 ? "1 mention" : n + " mentions");
        return String.join(" · ", parts);
    }

    /** "she added: “They are there against the will …” (who: pronoun)". */
    private static String label(String text, Mention m) {
        String cue = m.cue().isEmpty() ? "continues" : m.cue();
        String who = m.speakerText().isEmpty() || m.speakerText().equalsIgnoreCase(m.cue()) ? "" : m.speakerText() + " ";
        String content = m.contentEnd() > m.contentStart() ? text.substring(m.contentStart(), m.contentEnd()) : "";
        if (content.length() > 90) {
            int cut = content.lastIndexOf(' ', 87);
            content = content.substring(0, cut > 45 ? cut : 87).strip() + " …"; // never a word cut in two
        }
        String how = m.resolvedBy() == null ? "" : " (found by " + m.resolvedBy().words() + ")";
        // "Trump thinks: …" is the writer's account of a view, not words Trump said: the label says so
        if (m.kind() == MentionKind.BELIEF) how = " (" + m.kind().label() + ", as the writer reports it)" + how;
        // "seemed to suggest": the writer's guess at what was meant, which a reader may weigh differently
        if (m.hedged()) how = " (the writer's impression of what was meant, not certain)" + how;
        // "he, claiming: …" — a participle after a bare pronoun or name reads as a sentence only with a comma
        String joint = !who.isEmpty() && cue.endsWith("ing") ? ", " : "";
        return (joint.isEmpty() ? who : who.strip() + joint) + cue + (content.isEmpty() ? "" : ": " + content) + how;
    }

    /** Speaker, cue and words of each mention; where parts overlap, the speaker wins over the cue over the words. */
    private List<Highlight> highlightsFor(List<SourceRow> shown) {
        List<Highlight> wanted = new ArrayList<>();
        for (SourceRow r : shown) {
            String who = r.speaker() + (r.source().role().isEmpty() ? "" : ", " + r.source().role()) + " (" + r.kind().label() + ")";
            for (MentionRow mr : r.mentions()) {
                Mention m = mr.mention();
                if (m.speakerEnd() > m.speakerStart()) {
                    wanted.add(new Highlight(m.speakerStart(), m.speakerEnd(), STYLE_SPEAKER, "Speaker: " + who));
                }
                if (m.cueEnd() > m.cueStart()) {
                    wanted.add(new Highlight(m.cueStart(), m.cueEnd(), STYLE_CUE, "Attribution cue \"" + m.cue() + "\" for " + r.speaker()));
                }
                if (m.contentEnd() > m.contentStart()) {
                    String what = m.kind() == MentionKind.BELIEF ? "View or intention the writer gives to "
                            : m.direct() ? "Quoted words of " : "Reported words of ";
                    wanted.add(new Highlight(m.contentStart(), m.contentEnd(), m.direct() ? STYLE_QUOTE : STYLE_REPORTED, what + who));
                }
            }
        }
        return flatten(wanted);
    }

    private static int rank(String style) {
        return switch (style) {
            case STYLE_SPEAKER -> 0;
            case STYLE_CUE -> 1;
            default -> 2;
        };
    }

    /** Cuts lower-ranked highlights around higher-ranked ones, so no two highlights of the layer overlap. */
    private static List<Highlight> flatten(List<Highlight> wanted) {
        List<Highlight> sorted = new ArrayList<>(wanted);
        sorted.sort(Comparator.comparingInt((Highlight h) -> rank(h.styleClass())).thenComparingInt(Highlight::start));
        List<Highlight> placed = new ArrayList<>();
        for (Highlight h : sorted) {
            List<int[]> pieces = new ArrayList<>(List.of(new int[] {h.start(), h.end()}));
            for (Highlight p : placed) {
                List<int[]> next = new ArrayList<>();
                for (int[] x : pieces) {
                    if (p.end() <= x[0] || p.start() >= x[1]) { next.add(x); continue; }
                    if (p.start() > x[0]) next.add(new int[] {x[0], p.start()});
                    if (p.end() < x[1]) next.add(new int[] {p.end(), x[1]});
                }
                pieces = next;
            }
            for (int[] x : pieces) if (x[1] > x[0]) placed.add(new Highlight(x[0], x[1], h.styleClass(), h.tooltip()));
        }
        placed.sort(Comparator.comparingInt(Highlight::start));
        return List.copyOf(placed);
    }

    public ObservableList<SourceRow> rows() { return rows; }

    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    /** True when an article is open and nobody in it is given as a source (shown as a finding). */
    public ReadOnlyBooleanProperty noSourcesProperty() { return noSources.getReadOnlyProperty(); }

    /** The kind shown, or null for all kinds. */
    public ObjectProperty<SourceKind> kindFilterProperty() { return kindFilter; }

    /** The source whose attributions are highlighted, or null to highlight every shown source. */
    public ObjectProperty<SourceRow> selectedProperty() { return selected; }

    public ReadOnlyObjectProperty<List<Highlight>> highlightsProperty() { return highlights.getReadOnlyProperty(); }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** The article text the rows index (for tests and labels). */
    public String text() { return text; }
}
