package org.sourcelight.ui;

public final class SourcelightApp {
    public static void launchApp(String[] args) {}
}
