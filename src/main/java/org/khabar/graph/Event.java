package org.khabar.graph;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened or is planned: an attack, a meeting, a visit, an evacuation, an agreement.
 *
 * @param id        stable id ({@code <articleId>-e<n>})
 * @param kind      attack | airstrike | meeting | talks | visit | call | evacuation | agreement | downing | ...
 * @param name      Arabic label (the trigger phrase)
 * @param cameo     nullable CAMEO code
 * @param participantIds ids of entities taking part
 * @param placeId   nullable id of the place it occurred in
 * @param date      nullable ISO date
 * @param dateText  nullable original words of the date
 * @param modality  happened / planned / possible
 * @param evidence  the sentence
 * @param confidence 0..1
 */
public record Event(String id, String kind, String name, String cameo, List<String> participantIds,
                    String placeId, String date, String dateText, Modality modality, Span evidence,
                    double confidence) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        participantIds = List.copyOf(participantIds);
    }
}
