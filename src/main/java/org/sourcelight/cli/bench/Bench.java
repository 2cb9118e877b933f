package org.sourcelight.cli.bench;

/** Small helpers shared by the whole-program benchmarks. */
public final class Bench {
    private Bench() {}

    /** One line describing the machine, for the figures to be read against. */
    public static String machine() {
        return "machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }
}
