package org.sourcelight.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG AA (4.5:1 for text) for the colours the app's own stylesheets put text on: the Sources badges in both themes
 * (dark text on pale fills) and the article paper's ink and muted text, light and dark.
 */
class ContrastTest {
    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] c = {(rgb >> 16 & 255) / 255.0, (rgb >> 8 & 255) / 255.0, (rgb & 255) / 255.0};
        for (int i = 0; i < 3; i++) c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double x = luminance(a), y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static String css(String name) throws IOException {
        return Files.readString(Path.of("resources/css", name), StandardCharsets.UTF_8);
    }

    @Test
    void sourcesBadgesAreReadableInBothThemes() throws IOException {
        String s = css("sources.css");
        Matcher text = Pattern.compile("\\.src-badge \\{[^}]*-fx-text-fill: (#[0-9a-fA-F]{6});").matcher(s);
        assertTrue(text.find(), "the badges set their own text colour, so the dark theme's white text is not used");
        Matcher fills = Pattern.compile("\\.src-kind-([a-z]+) \\{ -fx-background-color: (#[0-9a-fA-F]{6});").matcher(s);
        int n = 0;
        while (fills.find()) {
            n++;
            double c = contrast(text.group(1), fills.group(2));
            assertTrue(c >= 4.5, fills.group(1) + " badge: " + c);
        }
        assertEquals(6, n, "one fill per source kind");
    }

    @Test
    void articleInkAndMutedTextOnThePaper() throws IOException {
        String s = css("sourcelight.css");
        Map<String, Map<String, String>> themes = new LinkedHashMap<>();
        for (String[] t : new String[][]{{"light", "\\.root \\{"}, {"dark", "\\.reader\\.dark \\{"}}) {
            Matcher block = Pattern.compile(t[1] + "([^}]*)\\}").matcher(s);
            assertTrue(block.find(), t[0]);
            Map<String, String> vars = new LinkedHashMap<>();
            Matcher v = Pattern.compile("(-sl-[a-z]+): (#[0-9a-fA-F]{6});").matcher(block.group(1));
            while (v.find()) vars.put(v.group(1), v.group(2));
            themes.put(t[0], vars);
        }
        for (var e : themes.entrySet()) {
            Map<String, String> v = e.getValue();
            assertTrue(contrast(v.get("-sl-ink"), v.get("-sl-paper")) >= 4.5, e.getKey() + " ink");
            assertTrue(contrast(v.get("-sl-muted"), v.get("-sl-paper")) >= 4.5, e.getKey() + " muted (captions, key, footer)");
        }
    }
}
