package org.sourcelight.cli;

public final class Cli {
    private Cli() {}

    public static int run(String[] args) {
        System.err.println("not yet wired");
        return 2;
    }
}
