package org.khabar.graph;

import java.util.List;
import java.util.Objects;

/**
 * One attributed speech act: {@code (speaker)-[:type]->(:Statement)}.
 *
 * @param id        stable id, unique across articles ({@code <articleId>-s<n>})
 * @param type      the most specific kind of act
 * @param speakerId id of the entity who speaks
 * @param cue       the cue word(s) as written («وأكد», «نافية»)
 * @param quote     nullable quoted or reported content
 * @param about     ids of entities the statement is about
 * @param targets   ids of the accused or called-upon parties
 * @param addresseeId nullable id of whom it was said to («أكد لافروف لكيري»)
 * @param date      nullable ISO date the act took place, resolved against the article date
 * @param dateText  nullable original words of the date
 * @param modality  happened / planned / possible
 * @param evidence  the sentence or clause that carries the act
 * @param confidence 0..1
 */
public record Statement(String id, SpeechType type, String speakerId, String cue, String quote,
                        List<String> about, List<String> targets, String addresseeId,
                        String date, String dateText, Modality modality, Span evidence, double confidence) {
    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(speakerId, "speakerId");
        Objects.requireNonNull(evidence, "evidence");
        about = List.copyOf(about);
        targets = List.copyOf(targets);
    }
}
