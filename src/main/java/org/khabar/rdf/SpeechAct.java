package org.khabar.rdf;

/** How each Neo4j speech-act type ({@code STATED|DENIED|ACCUSED|CALLED_FOR}) is written in RDF. */
enum SpeechAct {
    STATED("Assertion", "stated", "010"),
    DENIED("Denial", "denied", "016"),
    ACCUSED("Accusation", "accused", "112"),
    CALLED_FOR("Appeal", "calledFor", "020");

    private final String className;
    private final String shortcut;
    private final String cameo;

    SpeechAct(String className, String shortcut, String cameo) {
        this.className = className;
        this.shortcut = shortcut;
        this.cameo = cameo;
    }

    String className() { return className; }

    /** The plain property from speaker to statement, e.g. {@code kg:denied}. */
    String shortcut() { return shortcut; }

    String cameo() { return cameo; }

    static SpeechAct of(String type, String statementId) {
        if (type != null) {
            for (SpeechAct a : values()) if (a.name().equals(type)) return a;
        }
        throw new IllegalStateException("statement " + statementId + " has type '" + type
                + "' (expected STATED, DENIED, ACCUSED or CALLED_FOR)");
    }
}
