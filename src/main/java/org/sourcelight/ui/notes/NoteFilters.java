package org.sourcelight.ui.notes;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.sourcelight.model.AnnotationColour;

/** The Notes panel's search field, colour filter and tag filter, and the colour box its editor shares. */
final class NoteFilters {
    /** The first entry of the tag filter: every note, whatever its tags (a value, so the box shows it). */
    static final String ALL_TAGS = "All tags";

    private NoteFilters() {}

    /** Search, colour and tag filters in a row that wraps in a narrow panel. */
    static FlowPane row(NotesViewModel vm) {
        TextField search = new TextField();
        search.setPromptText("Search notes, quotes, tags");
        search.textProperty().bindBidirectional(vm.searchProperty());
        ComboBox<AnnotationColour> colourFilter = colourBox(true);
        colourFilter.valueProperty().bindBidirectional(vm.colourFilterProperty());
        ComboBox<String> tagFilter = tagFilter(vm);
        colourFilter.setMinWidth(Region.USE_PREF_SIZE);
        tagFilter.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(120);
        FlowPane filters = new FlowPane(4, 4, search, colourFilter, tagFilter);
        search.prefWidthProperty().bind(filters.widthProperty().subtract(8));
        filters.getStyleClass().add("notes-filters");
        return filters;
    }

    /** The colours with their swatches; {@code withAll} adds "All colours" (the value null) first. */
    static ComboBox<AnnotationColour> colourBox(boolean withAll) {
        ComboBox<AnnotationColour> box = new ComboBox<>();
        if (withAll) box.getItems().add(null);
        box.getItems().addAll(AnnotationColour.values());
        box.setCellFactory(l -> colourCell());
        box.setButtonCell(colourCell());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(AnnotationColour c) { return c == null ? "All colours" : c.label(); }

            @Override
            public AnnotationColour fromString(String s) { return AnnotationColour.fromId(s); }
        });
        return box;
    }

    private static ListCell<AnnotationColour> colourCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(AnnotationColour c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty ? null : c == null ? "All colours" : c.label());
                setGraphic(empty || c == null ? null : NoteCell.swatch(c));
            }
        };
    }

    /**
     * The tag filter: "All tags" and the article's tags. "All tags" is a real entry (not an empty value), so the box
     * never goes blank when the tags change after a note is saved.
     */
    private static ComboBox<String> tagFilter(NotesViewModel vm) {
        ComboBox<String> box = new ComboBox<>();
        box.setPromptText(ALL_TAGS);
        box.getItems().setAll(ALL_TAGS);
        box.setValue(ALL_TAGS);
        vm.tags().addListener((ListChangeListener<String>) ch -> {
            String keep = vm.tagFilterProperty().get();
            List<String> items = new ArrayList<>();
            items.add(ALL_TAGS);
            for (String t : vm.tags()) if (!t.equals(ALL_TAGS)) items.add(t);
            box.getItems().setAll(items);
            box.setValue(keep == null || keep.isEmpty() || !items.contains(keep) ? ALL_TAGS : keep);
        });
        box.valueProperty().addListener((o, a, v) -> {
            if (v == null) return; // the list is being replaced: the listener above chooses again
            vm.tagFilterProperty().set(v.equals(ALL_TAGS) ? "" : v);
        });
        vm.tagFilterProperty().addListener((o, a, v) -> box.setValue(v == null || v.isEmpty() ? ALL_TAGS : v));
        return box;
    }
}
