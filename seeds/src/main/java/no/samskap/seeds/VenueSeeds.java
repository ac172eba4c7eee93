package no.samskap.seeds;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static no.samskap.seeds.DemoAssociationLookup.elements;
import static no.samskap.seeds.EventSeedLoader.putUnlessNull;

/**
 * The demo venues, described by the municipality's staff unless one of that name is there, and the rooms
 * associations book in them: applied for by the association's admin unless the association has a booking of that
 * venue for that purpose, and approved by staff when meant to be.
 */
final class VenueSeeds {

    static final String ABSENT = "venues and room bookings";
    private static final String PENDING = "pending";

    private record Known(String id, String municipality) {
    }

    private final EventsApi api;
    private final Map<String, String> staffOfMunicipality;
    private final Map<String, Known> byName = new HashMap<>();
    private final Set<String> listed = new HashSet<>();
    private boolean offered = true;

    VenueSeeds(EventsApi api, Map<String, String> staffOfMunicipality) {
        this.api = api;
        this.staffOfMunicipality = staffOfMunicipality;
    }

    int load(List<DemoEvents.Venue> venues, Set<String> absent) {
        var made = 0;
        for (var venue : venues) {
            var staff = staffOfMunicipality.get(venue.municipality());
            if (listed.add(venue.municipality())) {
                var theirs = api.readIfOffered(staff, "/venues?municipality=" + venue.municipality());
                if (theirs.isEmpty()) {
                    offered = false;
                    absent.add(ABSENT);
                    return made;
                }
                elements(theirs.get()).forEach(found -> byName.put(found.get("name").asText(),
                    new Known(found.get("id").asText(), venue.municipality())));
            }
            if (!byName.containsKey(venue.name())) {
                var body = new LinkedHashMap<String, Object>();
                body.put("name", venue.name());
                body.put("address", venue.address());
                putUnlessNull(body, "capacity", venue.capacity());
                body.put("accessibility", venue.accessibility());
                body.put("lent", venue.lent());
                var created = api.call("the venue '" + venue.name() + "'", "describe", staff, "POST", "/venues", body);
                byName.put(venue.name(), new Known(created.get("id").asText(), venue.municipality()));
                made++;
            }
        }
        return made;
    }

    /** Empty for an event without a venue, and while the service does not offer venues. */
    Optional<String> idOf(String name) {
        if (name == null || !offered) {
            return Optional.empty();
        }
        return Optional.of(known(name).id());
    }

    int loadBookings(List<DemoEvents.RoomBooking> bookings, LocalDate today, Set<String> absent) {
        if (!offered) {
            absent.add(ABSENT);
            return 0;
        }
        var made = 0;
        for (var booking : bookings) {
            var venue = known(booking.venue());
            var what = "the room booking of '" + booking.association() + "' in '" + booking.venue() + "'";
            var association = api.coHostIds(venue.municipality(), List.of(booking.association()))
                .get(booking.association());
            var theirs = api.call(what, "list the bookings for", booking.admin(), "GET",
                "/room-bookings?associationId=" + association, null);
            var existing = elements(theirs).filter(found -> venue.id().equals(found.path("venueId").asText())
                && booking.purpose().equals(found.path("purpose").asText())).findFirst();
            var stored = existing.orElseGet(() -> api.call(what, "apply for", booking.admin(), "POST",
                "/room-bookings", application(booking, venue, association, today)));
            made += existing.isEmpty() ? 1 : 0;
            if (booking.approved() && PENDING.equals(stored.path("status").asText())) {
                api.call(what, "approve", staffOfMunicipality.get(venue.municipality()), "POST",
                    "/room-bookings/" + stored.get("id").asText() + "/approval", Map.of());
            }
        }
        return made;
    }

    private static Map<String, Object> application(DemoEvents.RoomBooking booking, Known venue, String association,
                                                   LocalDate today) {
        var body = new LinkedHashMap<String, Object>();
        body.put("venueId", venue.id());
        body.put("associationId", association);
        body.put("purpose", booking.purpose());
        body.put("childrenAndYouth", booking.childrenAndYouth());
        if (booking.weekly()) {
            body.put("weekday", booking.weekday());
            body.put("startTime", booking.startTime());
            body.put("endTime", booking.endTime());
            body.put("fromDate", today.plusDays(booking.fromDays()).toString());
            body.put("untilDate", today.plusDays(booking.untilDays()).toString());
        } else {
            var day = today.plusDays(booking.inDays());
            body.put("startsAt", day + "T" + booking.startTime());
            body.put("endsAt", day + "T" + booking.endTime());
        }
        return body;
    }

    private Known known(String name) {
        var venue = byName.get(name);
        if (venue == null) {
            throw new SeedException("No demo venue named '" + name + "'");
        }
        return venue;
    }
}
