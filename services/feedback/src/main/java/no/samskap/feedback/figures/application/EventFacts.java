package no.samskap.feedback.figures.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the service knows of the events that got feedback, from the events service's messages. */
public interface EventFacts {

    record Facts(String title, List<UUID> ideaIds) {
    }

    /** The facts of those of the events the service has heard of. */
    Map<UUID, Facts> of(Collection<UUID> eventIds);
}
