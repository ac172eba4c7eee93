package no.samskap.events.venues.domain;

import no.samskap.contract.events.AccessibilityFacts;
import no.samskap.events.events.domain.FieldChecks;
import no.samskap.events.events.domain.Refusal;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * What staff say about a venue, checked as a whole; each rule names the field at fault. {@code capacity} null means
 * not stated; {@code lent} says whether associations may apply to book its rooms.
 */
public record VenueDescription(String name, String address, Integer capacity, List<String> accessibility,
                               boolean lent) {

    static final int NAME_MAX = 140;
    static final int ADDRESS_MAX = 200;

    public VenueDescription {
        name = FieldChecks.requiredText("name", name, NAME_MAX);
        address = FieldChecks.requiredText("address", address, ADDRESS_MAX);
        if (capacity != null && (capacity < 1 || capacity > 100_000)) {
            throw Refusal.invalid("capacity", "must be from 1 to 100000; leave it out when not known");
        }
        accessibility = accessibility == null ? List.of() : List.copyOf(new LinkedHashSet<>(accessibility));
        if (!AccessibilityFacts.ALL.containsAll(accessibility)) {
            throw Refusal.invalid("accessibility", "must be among " + String.join(", ", AccessibilityFacts.ALL));
        }
    }
}
