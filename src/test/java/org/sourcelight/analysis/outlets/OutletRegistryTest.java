package org.sourcelight.analysis.outlets;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.Typology;

class OutletRegistryTest {
    private final OutletRegistry registry = OutletRegistry.shipped();

    @Test
    void loadsBothSourcesMerged() {
        assertTrue(registry.size() > 1000, "size " + registry.size());
        Outlet press = registry.byId("press-tv");
        assertEquals("Press TV", press.name());
        assertTrue(press.owner().contains("IRIB"), press.owner());
        assertEquals(Typology.SC, press.typology());
        assertEquals(2023, press.year());
        assertEquals("https://statemediamonitor.com/2023/08/islamic-republic-of-iran-broadcasting-irib/", press.sourceUrl());
        assertEquals("registry", press.origin());
        assertTrue(press.domains().containsAll(List.of("presstv.ir", "presstv.co.uk")));
        assertTrue(press.aliases().contains("PressTV"));
    }

    @Test
    void findsOutletsByDomainIncludingSubdomains() {
        assertEquals("press-tv", registry.byDomain("www.presstv.co.uk").id());
        assertEquals("sana", registry.byDomain("sana.sy").id());
        assertNull(registry.byDomain("example.org"));
    }

    @Test
    void keepsCaveatsAndNeverInventsAModel() {
        Outlet rudaw = registry.byId("rudaw");
        assertNull(rudaw.typology());
        assertTrue(rudaw.note().contains("UNVERIFIED): rudaw.net"), rudaw.note());
        assertTrue(registry.byId("sana").note().contains("Assad"));
        Outlet manar = registry.byId("al-manar");
        assertNull(manar.typology(), "the reference wins over the ASD code for Al-Manar");
        assertTrue(manar.note().contains("ASD lists SC"));
        Outlet sabah = registry.outlets().stream().filter(o -> o.name().equals("Anadolu Agency")).findFirst().orElseThrow();
        assertEquals(Typology.SC, sabah.typology());
        assertEquals("state-controlled", OutletLabels.model(sabah));
        assertEquals("news agency", registry.kindOf(registry.byId("sana")));
        assertEquals("broadcaster", registry.kindOf(registry.byId("press-tv")));
    }

    @Test
    void aStateMediaMonitorOnlyEntryCarriesTheAsdSource() {
        Outlet tishreen = registry.outlets().stream().filter(o -> o.name().equals("Tishreen")).findFirst().orElseThrow();
        assertEquals("Syria", tishreen.country());
        assertEquals(Typology.SC, tishreen.typology());
        assertEquals(2023, tishreen.year());
        assertTrue(tishreen.sourceUrl().startsWith("https://github.com/ASD-at-GMF/state-media-profiles/"));
    }

    @Test
    void overlayAddsAndReplaces() {
        Outlet added = new Outlet("foo-daily", "Foo Daily", List.of(), List.of("foo.example"), "Freedonia", "Foo Inc.",
                null, "private", 0, "", "", "user");
        OutletRegistry r = registry.withOverlay(List.of(added));
        assertEquals(registry.size() + 1, r.size());
        assertEquals("foo-daily", r.byDomain("news.foo.example").id());
        assertNull(registry.byId("foo-daily"));
        assertEquals("newspaper", r.kindOf(added));
    }

    @Test
    void speakerNamesAreTheRegistrysSafeNamesShownWithWhatAnAcronymStandsFor() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (org.sourcelight.model.OutletName n : OutletRegistry.shipped().speakerNames()) names.putIfAbsent(n.name(), n.shownAs());
        assertEquals("Syrian Arab News Agency (SANA)", names.get("SANA"));
        assertEquals("Syrian Arab News Agency (SANA)", names.get("Syrian Arab News Agency"));
        assertEquals("Agence France-Presse (AFP)", names.get("AFP"));
        assertEquals("Associated Press", names.get("AP"), "a two-letter alias of a hand-checked outlet");
        assertEquals("Interfax", names.get("Interfax"));
        assertNull(names.get("HR"), "a two-letter name only the State Media Monitor data lists");
        assertNull(names.get("Sputnik"), "also an ordinary word (outlet-ambiguous-names)");
        assertEquals("Sputnik", names.get("Sputnik News"));
        assertNull(names.get("Iran"), "a country");
    }

    @Test
    void speakerNamesIncludeTheReadersOwnEntriesFirst() {
        Outlet mine = new Outlet("sana", "SANA", List.of("Syrian news agency"), List.of(), "Syria", "", null, "state", 0, "", "",
                "user");
        org.sourcelight.model.OutletName first = registry.withOverlay(List.of(mine)).speakerNames().get(0);
        assertEquals(new org.sourcelight.model.OutletName("SANA", "SANA"), first);
    }
}
