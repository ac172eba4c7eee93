package no.samskap.events.events.application;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.EventDescription;
import no.samskap.events.events.domain.Price;
import no.samskap.events.events.domain.Refusal;

import java.util.List;
import java.util.UUID;

/**
 * Turns what organisers sent into an event description: reads ids and times, copies the venue, and checks that
 * every co-host is a verified association of the municipality.
 */
@Singleton
public class EventDescriptions {

    private final Partners partners;
    private final VenueLookup venues;

    EventDescriptions(Partners partners, VenueLookup venues) {
        this.partners = partners;
        this.venues = venues;
    }

    /** The co-hosts' ids alone, to decide who may draft before the rest is read. */
    public List<UUID> coHosts(DescribeEvent command) {
        return ids("coHostIds", command.coHostIds());
    }

    public EventDescription read(DescribeEvent command, MunicipalityNumber municipality) {
        var coHosts = coHosts(command);
        coHosts.forEach(association -> {
            if (!partners.isVerifiedIn(association, municipality)) {
                throw Refusal.unprocessable("coHostIds", "co-hosts must be associations of the municipality that "
                    + "its staff have verified; " + association + " is not");
            }
        });
        var venue = command.venueId() == null || command.venueId().isBlank() ? null
            : venues.find(id("venueId", command.venueId()), municipality).orElseThrow(() -> Refusal.unprocessable(
                "venueId", "must be one of the municipality's venues"));
        return new EventDescription(command.title(), command.description(), command.hostingUnit(), coHosts,
            ids("ideaIds", command.ideaIds()), venue, OsloTime.read("startsAt", command.startsAt()),
            OsloTime.read("endsAt", command.endsAt()), command.audience(), command.targetGroups(),
            Price.of(command.priceNok()), command.capacity(), command.accessibility());
    }

    private static List<UUID> ids(String field, List<String> texts) {
        if (texts == null) {
            return List.of();
        }
        if (texts.size() > 20) {
            throw Refusal.invalid(field, "give at most 20");
        }
        return texts.stream().map(text -> id(field, text)).toList();
    }

    private static UUID id(String field, String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, "must be ids such as 7c1b2e4a-3d5f-4a6b-8c9d-0e1f2a3b4c5d");
        }
    }
}
