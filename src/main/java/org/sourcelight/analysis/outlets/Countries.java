package org.sourcelight.analysis.outlets;

/** Compares a registry country ("Iraq (Kurdistan Region)", "United Kingdom / Canada") with a plain country name. */
final class Countries {
    private Countries() {}

    static boolean matches(String registryCountry, String country) {
        if (country == null || registryCountry == null || registryCountry.isBlank()) return false;
        for (String part : registryCountry.split(" / ")) {
            int paren = part.indexOf(" (");
            String base = (paren < 0 ? part : part.substring(0, paren)).strip();
            if (base.equalsIgnoreCase(country)) return true;
            if (paren >= 0 && part.substring(paren).toLowerCase().contains(country.toLowerCase())) return true;
        }
        return false;
    }
}
