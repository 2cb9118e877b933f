package org.sourcelight.ui.classroom;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.classroom.ArticleComparer;
import org.sourcelight.classroom.ArticleComparison;
import org.sourcelight.library.LibraryService;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.ui.task.TaskRunner;

/** "Compare articles…": two library articles side by side. */
public final class CompareViewModel {
    private final LibraryService library;
    private final TaskRunner tasks;
    private final ArticleComparer comparer;
    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final ObjectProperty<ArticleComparison> comparison = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("Choose two articles to compare.");
    private final ObjectProperty<org.sourcelight.text.TextDocument> documentA = new SimpleObjectProperty<>();
    private final ObjectProperty<org.sourcelight.text.TextDocument> documentB = new SimpleObjectProperty<>();

    /** The texts compared, shown side by side (null before the first comparison). */
    public ObjectProperty<org.sourcelight.text.TextDocument> documentAProperty() { return documentA; }

    public ObjectProperty<org.sourcelight.text.TextDocument> documentBProperty() { return documentB; }

    private record Compared(ArticleComparison comparison, org.sourcelight.text.TextDocument a, org.sourcelight.text.TextDocument b) {}

    /** The shared passages as highlights of text A ({@code sideA}) or text B, drawn with the Duplicates panel's styles. */
    public static List<org.sourcelight.ui.panel.Highlight> sharedHighlights(ArticleComparison c, boolean sideA) {
        List<org.sourcelight.ui.panel.Highlight> out = new java.util.ArrayList<>();
        if (c == null) return out;
        for (ArticleComparison.SharedPassage p : c.shared()) {
            String style = p.kind() == org.sourcelight.model.DuplicateKind.EXACT ? "dup-exact" : "dup-near";
            String why = p.kind().label() + ", " + Math.round(p.similarity() * 100) + "% alike: this passage stands in both articles.";
            out.add(sideA ? new org.sourcelight.ui.panel.Highlight(p.aStart(), p.aEnd(), style, why)
                    : new org.sourcelight.ui.panel.Highlight(p.bStart(), p.bEnd(), style, why));
        }
        out.sort(java.util.Comparator.comparingInt(org.sourcelight.ui.panel.Highlight::start));
        return out;
    }

    public CompareViewModel(LibraryService library, TaskRunner tasks) {
        this.library = library;
        this.tasks = tasks;
        this.comparer = new ArticleComparer(library.pipeline().duplicates()::across);
    }

    public ObservableList<ArticleSummary> articles() { return articles; }

    public ObjectProperty<ArticleComparison> comparisonProperty() { return comparison; }

    public StringProperty messageProperty() { return message; }

    public void load() {
        tasks.submit("compare-library", () -> library.list(null), articles::setAll, e -> message.set(e.getMessage()));
    }

    public void compare(long a, long b) {
        if (a == b) {
            message.set("Choose two different articles.");
            return;
        }
        tasks.submit("compare", () -> {
            ArticleAnalysis x = library.analyze(a).orElseThrow(() -> new IllegalStateException("The first article is no longer in the library."));
            ArticleAnalysis y = library.analyze(b).orElseThrow(() -> new IllegalStateException("The second article is no longer in the library."));
            return new Compared(comparer.compare(String.valueOf(a), x, String.valueOf(b), y), x.document(), y.document());
        }, r -> {
            ArticleComparison c = r.comparison();
            documentA.set(r.a());
            documentB.set(r.b());
            comparison.set(c);
            message.set(c.shared().size() + (c.shared().size() == 1 ? " shared passage, " : " shared passages, ")
                    + c.speakersInBoth().size() + (c.speakersInBoth().size() == 1 ? " speaker" : " speakers") + " quoted in both.");
        }, e -> message.set(e.getMessage()));
    }

    /** The comparison as plain lines (for the view's lists and for copying). */
    public static List<String> speakerLines(ArticleComparison c) {
        return List.of("In both: " + join(c.speakersInBoth()), "Only in A: " + join(c.onlyInA()), "Only in B: " + join(c.onlyInB()));
    }

    static String join(List<String> xs) {
        return xs.isEmpty() ? "nobody" : String.join("; ", xs);
    }
}
