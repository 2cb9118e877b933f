package org.sourcelight.ui.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sourcelight.model.AppVersion;

/**
 * What Help → About says: the version the build took from the pom, the data Sourcelight ships with and their
 * licences, and every bundled library with its licence (the list the build generates from the libraries' poms).
 * No JavaFX: the dialog only lays this out.
 */
public record AboutInfo(String version, String runtime, List<String> data, List<String> libraries) {
    public AboutInfo {
        data = List.copyOf(data);
        libraries = List.copyOf(libraries);
    }

    /** The facts of this build and this JVM. */
    public static AboutInfo current() {
        String runtime = "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.vendor", "") + ")";
        if (System.getProperty("jpackage.app-path") != null) {
            runtime += ", bundled with the app: OpenJDK runtime, GPLv2 with the Classpath Exception (its notices are in the"
                    + " runtime's legal folder)";
        }
        List<String> data = List.of(
                "Outlet registry: the state-media-profiles data set of the Alliance for Securing Democracy at the German"
                        + " Marshall Fund, MIT licence, © 2023 ASD-at-GMF, with seed data from the State Media Monitor of the"
                        + " Media and Journalism Research Center (statemediamonitor.com). Every label in the Provenance panel"
                        + " names its source and year.",
                "Word lists (resources/lexicons): written for Sourcelight; each file names where its entries come from.",
                "Sample articles (samples/): five news articles on US troops in Syria, kept for teaching and testing.");
        return new AboutInfo(AppVersion.current(), runtime, data, bundledLibraries());
    }

    /** One line per bundled library, "name version — licence — url", from the generated licences/THIRD-PARTY.txt. */
    static List<String> bundledLibraries() {
        try (InputStream in = AboutInfo.class.getResourceAsStream("/licenses/THIRD-PARTY.txt")) {
            if (in == null) return List.of("The list of bundled libraries is missing from this build.");
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) out.add(line.strip());
            }
            return out;
        } catch (IOException e) {
            return List.of("The list of bundled libraries could not be read: " + e.getMessage());
        }
    }
}
