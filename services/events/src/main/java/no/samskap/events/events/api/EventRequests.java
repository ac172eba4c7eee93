package no.samskap.events.events.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.events.events.application.DescribeEvent;

import java.util.List;

/** The bodies of the event routes; the domain checks what the fields mean and names the one at fault. */
final class EventRequests {

    private EventRequests() {
    }

    @Serdeable
    record Describe(@Nullable String title, @Nullable String description, @Nullable String hostingUnit,
                    @Nullable List<String> coHostIds, @Nullable List<String> ideaIds, @Nullable String venueId,
                    @Nullable String startsAt, @Nullable String endsAt, @Nullable String audience,
                    @Nullable List<String> targetGroups, @Nullable Integer priceNok, @Nullable Integer capacity,
                    @Nullable List<String> accessibility) {

        DescribeEvent command() {
            return new DescribeEvent(title, description, hostingUnit, coHostIds, ideaIds, venueId, startsAt, endsAt,
                audience, targetGroups, priceNok, capacity, accessibility);
        }
    }

    @Serdeable
    record Cancel(@Nullable String reason) {
    }
}
