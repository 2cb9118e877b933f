package org.sourcelight.ui.article;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.sourcelight.model.Span;
import org.sourcelight.text.TextDocument;
import org.sourcelight.ui.panel.Highlight;

/**
 * The article, read-only, in a RichTextFX area. Block styling (captions, footers …) and every panel's highlight
 * layer are merged into one set of StyleSpans; hovering a highlight shows what it means.
 */
public final class ArticleView extends StackPane {
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final HighlightLayers layers = new HighlightLayers();
    private final Popup popup = new Popup();
    private final Label popupLabel = new Label();
    private final Label empty = new Label("Choose an article in the library, or drop a file here to import it.");

    public ArticleView() {
        getStyleClass().add("article-view");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("article-text");
        area.setId("articleText");
        area.setPadding(new javafx.geometry.Insets(24, 40, 48, 40));
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        empty.getStyleClass().add("empty-hint");
        empty.setWrapText(true);
        getChildren().addAll(scroll, empty);
        popupLabel.getStyleClass().add("highlight-popup");
        popupLabel.setWrapText(true);
        popupLabel.setMaxWidth(420);
        popup.getContent().add(popupLabel);
        popup.setAutoHide(true);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            List<String> tips = layers.tooltipsAt(e.getCharacterIndex());
            if (tips.isEmpty()) return;
            popupLabel.setText(String.join("\n\n", tips));
            Point2D p = e.getScreenPosition();
            popup.show(area, p.getX() + 12, p.getY() + 16);
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
    }

    public StyleClassedTextArea area() { return area; }

    /** The hint shown while no article is open. */
    public void setEmptyText(String text) { empty.setText(text); }

    /** Shows a document (or nothing) and resets the highlight layers to its block styling. */
    public void show(TextDocument doc) {
        popup.hide();
        layers.clear();
        if (doc == null) {
            area.clear();
            empty.setVisible(true);
            return;
        }
        empty.setVisible(false);
        area.replaceText(doc.text());
        layers.set("blocks", HighlightLayers.blockHighlights(doc.blocks()));
        restyle();
        area.moveTo(0);
        area.requestFollowCaret();
    }

    public void setLayer(String layer, Collection<Highlight> highlights) {
        layers.set(layer, highlights == null ? List.of() : List.copyOf(highlights));
        restyle();
    }

    private void restyle() {
        int len = area.getLength();
        if (len == 0) return;
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (HighlightLayers.Segment s : layers.segments(len)) b.add(s.styles(), s.length());
        StyleSpans<Collection<String>> spans = b.create();
        area.setStyleSpans(0, spans);
    }

    /** Scrolls to a range and selects it. */
    public void reveal(int start, int end) {
        int len = area.getLength();
        int s = Math.max(0, Math.min(start, len));
        int e = Math.max(s, Math.min(end, len));
        area.selectRange(s, e);
        area.requestFollowCaret();
        int par = area.offsetToPosition(s, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtTop(Math.max(0, par - 2));
    }

    public Optional<Span> selection() {
        var r = area.getSelection();
        return r.getLength() == 0 ? Optional.empty() : Optional.of(new Span(r.getStart(), r.getEnd()));
    }

    public void setFontSize(int px) {
        area.setStyle("-fx-font-size: " + px + "px;");
    }
}
