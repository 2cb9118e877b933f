package org.sourcelight.bench;

/** Runs the JMH benchmarks ({@code mvn -Pjmh test-compile exec:exec}; arguments as for JMH, e.g. a name filter). */
public final class Jmh {
    private Jmh() {}

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args);
    }
}
