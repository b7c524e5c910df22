package org.khabar.graph;

import java.util.Objects;

/**
 * A meeting, talks, visit or phone call between two parties: {@code (a)-[:MET_WITH]->(b)}, one per pair.
 *
 * @param id       stable id ({@code <articleId>-m<n>})
 * @param aId      id of the first party (the one named first or the host)
 * @param bId      id of the other party
 * @param kind     meeting | talks | visit | call | consultation
 * @param cue      the cue word(s) as written
 * @param placeId  nullable id of where it happens
 * @param eventId  nullable id of the Event entity it belongs to
 * @param date     nullable ISO date
 * @param dateText nullable original words of the date
 * @param modality happened / planned / possible
 * @param evidence the sentence or clause
 * @param confidence 0..1
 */
public record Meeting(String id, String aId, String bId, String kind, String cue, String placeId,
                     String eventId, String date, String dateText, Modality modality, Span evidence,
                     double confidence) {
    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(aId, "aId");
        Objects.requireNonNull(bId, "bId");
        Objects.requireNonNull(evidence, "evidence");
    }
}
