package org.sourcelight.ui.notes;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;

/** A list row for one annotation: colour swatch, quote, note, tags and flags (unsaved, orphan); optional heading. */
final class NoteCell<T> extends ListCell<T> {
    private final Function<T, Annotation> annotation;
    private final Function<T, String> heading;
    private final Predicate<Annotation> unsaved;

    NoteCell(Function<T, Annotation> annotation, Function<T, String> heading,
             Predicate<Annotation> unsaved) {
        this.annotation = annotation;
        this.heading = heading;
        this.unsaved = unsaved;
    }

    static Region swatch(AnnotationColour c) {
        Region r = new Region();
        r.getStyleClass().addAll("note-swatch", "swatch-" + c.id());
        return r;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        Annotation a = annotation.apply(item);
        VBox lines = new VBox();
        lines.getStyleClass().add("note-cell");
        String head = heading.apply(item);
        if (head != null) lines.getChildren().add(new Label(head));
        Label quote = new Label("“" + (a.exact().length() > 160 ? a.exact().substring(0, 157) + "…" : a.exact()) + "”");
        quote.getStyleClass().add("note-quote");
        lines.getChildren().add(quote);
        if (a.hasNote()) {
            Label note = new Label(a.note());
            note.getStyleClass().add("note-text");
            lines.getChildren().add(note);
        }
        if (!a.tags().isEmpty()) {
            Label tags = new Label("Tags: " + String.join(", ", a.tags()));
            tags.getStyleClass().add("note-tags");
            lines.getChildren().add(tags);
        }
        String flag = unsaved.test(a) ? "Not saved yet" : a.orphan() ? "Passage no longer in the text" : null;
        if (flag != null) {
            Label f = new Label(flag);
            f.getStyleClass().add("note-flag");
            lines.getChildren().add(f);
        }
        lines.setMaxWidth(Double.MAX_VALUE);
        lines.prefWidthProperty().bind(widthProperty().subtract(40));
        HBox row = new HBox(6, swatch(a.colour()), lines);
        setGraphic(row);
        setAccessibleText(a.colour().label() + " highlight: " + a.exact() + (a.hasNote() ? ". Note: " + a.note() : "")
                + (flag == null ? "" : ". " + flag));
    }
}
