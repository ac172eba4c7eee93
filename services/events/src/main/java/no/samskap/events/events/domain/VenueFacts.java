package no.samskap.events.events.domain;

import java.util.List;
import java.util.UUID;

/** Where an event takes place and what the place offers, as copied onto the event when it is described. */
public record VenueFacts(UUID id, String name, String address, Integer capacity, List<String> accessibility) {

    public VenueFacts {
        accessibility = List.copyOf(accessibility);
    }
}
