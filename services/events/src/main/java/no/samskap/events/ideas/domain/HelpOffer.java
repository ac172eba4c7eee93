package no.samskap.events.ideas.domain;

import java.util.UUID;

/**
 * An offer of help to an idea that the municipality accepted: an association's ({@code associationId}) or a
 * volunteer's own (null). {@code kind} is hours, skills, venue, equipment or know-how; {@code hours} only for hours.
 */
public record HelpOffer(UUID id, UUID ideaId, UUID associationId, String kind, Double hours, String description) {

    /** What the public is shown: who offered what kind of help, without the hours or the words of the offer. */
    public HelpOffer publicPart() {
        return new HelpOffer(id, ideaId, associationId, kind, null, null);
    }
}
