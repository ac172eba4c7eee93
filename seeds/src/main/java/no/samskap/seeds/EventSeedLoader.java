package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static no.samskap.seeds.DemoAssociationLookup.elements;

/**
 * Loads the events service's demo data through its API: the municipality's staff describe the venues and draft the
 * events (co-hosted by verified demo associations, realising demo ideas found on the board by title; some made from
 * their accepted idea, which carries its accepted offers of help over), publish them, record who walked in at those
 * that took place and complete them, which marks their ideas realised; residents register, volunteers sign up for
 * shifts, association admins apply for rooms and staff approve. Each step first reads what is there (venues and events by name, a person's own
 * registrations and shifts, an association's bookings) and does only what is missing, so loading twice changes
 * nothing. Runs after the ideas, associations and politiattest sightings.
 */
public final class EventSeedLoader {

    /** {@code absent} names the capabilities the running events service does not offer yet, so left out. */
    public record Outcome(int venues, int events, int registrations, int walkIns, int shifts, int signUps,
                          int roomBookings, List<String> absent) {
    }

    private final Map<String, String> staffOfMunicipality;
    private final EventsApi api;
    private final IdeaBoard board;
    private final Map<String, Map<String, String>> boards = new HashMap<>();

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    public EventSeedLoader(SeedLoader.Endpoints endpoints, URI events, Function<String, String> passwordOf,
                           Map<String, String> staffOfMunicipality) {
        this(endpoints, events, passwordOf, staffOfMunicipality, PATIENCE);
    }

    /** {@code patience}: how long to wait for what the events service learns from other services' messages. */
    EventSeedLoader(SeedLoader.Endpoints endpoints, URI events, Function<String, String> passwordOf,
                    Map<String, String> staffOfMunicipality, Duration patience) {
        this.staffOfMunicipality = Map.copyOf(staffOfMunicipality);
        var client = new SeedClient(endpoints.tokenUrl(), endpoints.clientId(), passwordOf);
        this.api = new EventsApi(client, events, patience);
        this.board = new IdeaBoard(client, endpoints.gateway());
    }

    public Outcome load(DemoEvents data, LocalDate today) {
        var absent = new LinkedHashSet<String>();
        var venues = new VenueSeeds(api, staffOfMunicipality);
        var venuesMade = venues.load(data.venues(), absent);
        var people = new EventPeople(api, staffOfMunicipality, today);
        var eventsMade = 0;
        for (var municipality : municipalitiesOf(data.events())) {
            var staff = staffOfMunicipality.get(municipality);
            var existing = new HashMap<String, JsonNode>();
            elements(api.call(municipality, "list the events of", staff, "GET", "/events?municipality="
                + municipality, null)).forEach(event -> existing.put(event.get("title").asText(), event));
            for (var event : data.events()) {
                if (!event.municipality().equals(municipality)) {
                    continue;
                }
                var found = existing.get(event.title());
                var stored = found != null ? found
                    : event.fromIdea() ? fromIdea(event, venues, today) : draft(event, venues, today);
                eventsMade += found == null ? 1 : 0;
                stored = advance(event, stored, staff, people, absent);
                if (DemoEvents.PUBLISHED.equals(stored.path("status").asText()) && !event.past(today)) {
                    people.load(event, stored.get("id").asText(), absent);
                }
            }
        }
        var bookings = venues.loadBookings(data.roomBookings(), today, absent);
        return new Outcome(venuesMade, eventsMade, people.registered(), people.walkedIn(), people.shiftsMade(),
            people.signedUp(), bookings, List.copyOf(absent));
    }

    private JsonNode draft(DemoEvents.Event event, VenueSeeds venues, LocalDate today) {
        return api.call(what(event), "draft", staffOfMunicipality.get(event.municipality()), "POST", "/events",
            description(event, venues, today));
    }

    /**
     * Staff make the event from its accepted idea, so the service carries the idea's accepted offers of help over
     * (their associations become co-hosts), then describe it as the demo data does, keeping those co-hosts.
     */
    private JsonNode fromIdea(DemoEvents.Event event, VenueSeeds venues, LocalDate today) {
        if (event.ideas().size() != 1) {
            throw new SeedException(what(event) + " is made from one idea, not " + event.ideas());
        }
        var description = description(event, venues, today);
        var idea = ideaIds(event).get(0);
        var settings = new LinkedHashMap<String, Object>();
        for (var field : List.of("hostingUnit", "venueId", "startsAt", "endsAt", "audience", "capacity")) {
            putUnlessNull(settings, field, description.get(field));
        }
        var staff = staffOfMunicipality.get(event.municipality());
        var drafted = api.draftFromIdea(what(event), staff, idea, settings);
        var coHosts = new LinkedHashSet<String>();
        elements(drafted.path("coHostIds")).forEach(id -> coHosts.add(id.asText()));
        coHosts.addAll(coHostIds(event));
        description.put("coHostIds", List.copyOf(coHosts));
        return api.call(what(event), "describe", staff, "PATCH", "/events/" + drafted.get("id").asText(),
            description);
    }

    private Map<String, Object> description(DemoEvents.Event event, VenueSeeds venues, LocalDate today) {
        var day = event.day(today);
        var body = new LinkedHashMap<String, Object>();
        body.put("title", event.title());
        body.put("description", event.description());
        body.put("hostingUnit", event.hostingUnit());
        body.put("coHostIds", coHostIds(event));
        body.put("ideaIds", ideaIds(event));
        venues.idOf(event.venue()).ifPresent(id -> body.put("venueId", id));
        body.put("startsAt", day + "T" + event.startTime());
        body.put("endsAt", day + "T" + event.endTime());
        body.put("audience", event.audience());
        body.put("targetGroups", event.targetGroups());
        putUnlessNull(body, "priceNok", event.priceNok());
        putUnlessNull(body, "capacity", event.capacity());
        body.put("accessibility", event.accessibility());
        return body;
    }

    private List<String> coHostIds(DemoEvents.Event event) {
        return ids(api.coHostIds(event.municipality(), event.coHosts()), event.coHosts(), event);
    }

    private List<String> ideaIds(DemoEvents.Event event) {
        return ids(boards.computeIfAbsent(event.municipality(), board::idsByTitle), event.ideas(), event);
    }

    /**
     * Publishes and completes as far as the demo event has come, recording those who walked in before completing it
     * (so the completion counts them); a cancelled one stays as staff left it.
     */
    private JsonNode advance(DemoEvents.Event event, JsonNode stored, String staff, EventPeople people,
                             Set<String> absent) {
        var path = "/events/" + stored.get("id").asText();
        if (!DemoEvents.DRAFT.equals(event.status()) && DemoEvents.DRAFT.equals(stored.path("status").asText())) {
            stored = api.call(what(event), "publish", staff, "POST", path + "/publication", null);
        }
        if (!event.walkIns().isEmpty() && List.of(DemoEvents.PUBLISHED, DemoEvents.COMPLETED)
            .contains(stored.path("status").asText())) {
            people.walkIns(event, stored.get("id").asText(), absent);
        }
        if (DemoEvents.COMPLETED.equals(event.status())
            && DemoEvents.PUBLISHED.equals(stored.path("status").asText())) {
            stored = api.call(what(event), "complete", staff, "POST", path + "/completion", null);
        }
        return stored;
    }

    private static List<String> ids(Map<String, String> known, List<String> names, DemoEvents.Event event) {
        var ids = new ArrayList<String>();
        for (var name : names) {
            var id = known.get(name);
            if (id == null) {
                throw new SeedException("Could not find '" + name + "' for " + what(event));
            }
            ids.add(id);
        }
        return ids;
    }

    private static Set<String> municipalitiesOf(List<DemoEvents.Event> events) {
        var municipalities = new LinkedHashSet<String>();
        events.forEach(event -> municipalities.add(event.municipality()));
        return municipalities;
    }

    static void putUnlessNull(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    static String what(DemoEvents.Event event) {
        return "the event '" + event.title() + "'";
    }
}
