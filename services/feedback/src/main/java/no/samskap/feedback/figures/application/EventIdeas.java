package no.samskap.feedback.figures.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The ideas each event realises, kept from the events service's messages; the newest description wins. */
public interface EventIdeas {

    void described(UUID eventId, List<UUID> ideaIds, Instant at);

    void forgetAll();
}
