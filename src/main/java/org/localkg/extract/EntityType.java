package org.localkg.extract;

/** What an entity is. Reporters are people too, but never officials. */
public enum EntityType {
    OFFICIAL("Official"),
    PERSON("Person"),
    REPORTER("Reporter"),
    ENTERPRISE("Enterprise"),
    ORGANIZATION("Organization"),
    PARK("Park"),
    PROJECT("Project");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The class name in the ontology and in query results. */
    public String label() {
        return label;
    }

    public boolean isPerson() {
        return this == OFFICIAL || this == PERSON || this == REPORTER;
    }
}
