package org.sourcelight.ui.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The app's stylesheets, listed in {@code resources/css/index.txt} (base first, then one per panel). */
public final class Styles {
    private Styles() {}

    public static List<String> sheets() {
        List<String> out = new ArrayList<>();
        ClassLoader cl = Styles.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream("css/index.txt")) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                URL u = cl.getResource("css/" + t);
                if (u != null) out.add(u.toExternalForm());
            }
        } catch (IOException e) {
            // without styles the window still works; nothing to report to the reader
        }
        return out;
    }
}
