package org.sourcelight.ui.reader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sourcelight.model.AppVersion;

class AboutInfoTest {
    @Test
    void aboutNamesTheVersionTheDataLicenceAndEveryBundledLibraryWithItsLicence() {
        AboutInfo info = AboutInfo.current();
        assertTrue(info.version().equals(AppVersion.current()));
        assertTrue(info.data().stream().anyMatch(d -> d.contains("state-media-profiles") && d.contains("MIT")));
        for (String lib : new String[] {"SQLite JDBC", "ControlsFX", "jsoup", "javafx-controls", "RichTextFX", "picocli"}) {
            assertTrue(info.libraries().stream().anyMatch(l -> l.startsWith(lib) && l.contains("—")), lib + " missing: " + info.libraries());
        }
        assertTrue(info.libraries().stream().filter(l -> l.startsWith("SQLite JDBC")).allMatch(l -> l.contains("Apache")));
    }
}
