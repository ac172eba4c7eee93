package no.samskap.contract.events;

import java.time.Instant;
import java.util.List;

/**
 * A venue in the municipality, new or changed: its address, capacity, accessibility facts (codes from
 * {@link AccessibilityFacts}) and whether its rooms are lent to associations.
 */
public record VenueDescribed(String venueId, String name, String address, Integer capacity,
                             List<String> accessibility, boolean lent, Instant describedAt) {

    public VenueDescribed {
        accessibility = accessibility == null ? List.of() : List.copyOf(accessibility);
    }
}
