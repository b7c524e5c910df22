package org.khabar.graph;

/**
 * A role a person holds as the article states it («وزير الخارجية الروسي»).
 *
 * @param title  the role words as written, e.g. «وزير الخارجية»
 * @param inId   nullable id of the organization or country the role is held in
 * @param evidence where the article says so
 */
public record Role(String title, String inId, Span evidence) {}
