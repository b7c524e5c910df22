package org.khabar.graph;

/** Kinds of attributed speech act; the name is the Neo4j relationship type and the JSON relation type. */
public enum SpeechType {
    STATED("010"), DENIED("016"), ACCUSED("112"), CALLED_FOR("020");

    private final String cameo;

    SpeechType(String cameo) { this.cameo = cameo; }

    /** The CAMEO event code of this kind of act. */
    public String cameo() { return cameo; }
}
