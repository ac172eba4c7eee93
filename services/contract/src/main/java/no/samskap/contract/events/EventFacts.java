package no.samskap.contract.events;

import java.time.Instant;
import java.util.List;

/**
 * What an event is, as residents see it: the same shape in every event message that describes one. Times are
 * instants; readers show them in Europe/Oslo. {@code priceNok} is null for an event that is free ("for alle");
 * {@code capacity} null means unlimited. {@code venueName}, {@code venueAddress} and {@code accessibility} are copied
 * from the venue so that a reader needs no venue messages to show where an event is and what it offers
 * (codes from {@link AccessibilityFacts}). {@code hostingUnit} is a code from {@link HostingUnits}.
 */
public record EventFacts(String title, String description, String hostingUnit, List<String> coHostIds,
                         List<String> ideaIds, String venueId, String venueName, String venueAddress,
                         Instant startsAt, Instant endsAt, String audience, List<String> targetGroups,
                         Integer priceNok, Integer capacity, List<String> accessibility) {

    public EventFacts {
        coHostIds = coHostIds == null ? List.of() : List.copyOf(coHostIds);
        ideaIds = ideaIds == null ? List.of() : List.copyOf(ideaIds);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        accessibility = accessibility == null ? List.of() : List.copyOf(accessibility);
    }
}
