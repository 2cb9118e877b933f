package org.sourcelight.model;

/** How much a finding matters for a reader. */
public enum Severity { LOW, MEDIUM, HIGH }
