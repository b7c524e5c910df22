package org.khabar.graph;

/** The closed set of entity kinds; {@link #label()} is the Neo4j label and the JSON {@code type}. */
public enum EntityType {
    PERSON("Person"), COUNTRY("Country"), PLACE("Place"), ORGANIZATION("Organization"), EVENT("Event");

    private final String label;

    EntityType(String label) { this.label = label; }

    public String label() { return label; }

    public static EntityType fromLabel(String label) {
        for (EntityType t : values()) {
            if (t.label.equalsIgnoreCase(label)) return t;
        }
        throw new IllegalArgumentException("unknown entity type '" + label + "'");
    }
}
