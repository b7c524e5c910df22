package org.khabar.graph;

/** Whether a reported act happened, is planned, or is only possible. */
public enum Modality {
    HAPPENED, PLANNED, POSSIBLE;

    public String value() { return name().toLowerCase(java.util.Locale.ROOT); }
}
