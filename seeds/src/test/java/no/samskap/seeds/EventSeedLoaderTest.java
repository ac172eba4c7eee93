package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events loader against a stand-in events service and gateway board that keep venues, events, registrations,
 * shifts, sign-ups and room bookings; the demo data itself is checked in {@code DemoEventsTest}.
 */
class EventSeedLoaderTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");
    private static final Map<String, String> STAFF = Map.of("1833", "rana-staff", "4618", "ullensvang-staff");

    private final List<ObjectNode> venues = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> events = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> registrations = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> shifts = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> signUps = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> bookings = new CopyOnWriteArrayList<>();
    private boolean offersShiftsAndVenues = true;
    /** Whether the stand-in answers that the time for recording the past event's attendance is over. */
    private boolean walkInsClosed;
    private int attestRefusalsLeft;
    /** How often the stand-in answers that it has not yet heard of the idea's acceptance. */
    private int ideaRefusalsLeft;
    private StandIn service;

    @BeforeEach
    void start() {
        service = StandIn.start(this::answer);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void staffDescribeDraftPublishAndCompleteAndPeopleRegisterSignUpAndBookAsThemselves() {
        var outcome = loader().load(demo(), TODAY);

        assertEquals(new EventSeedLoader.Outcome(1, 3, 3, 2, 2, 2, 1, List.of()), outcome);
        assertTrue(service.calls.containsAll(List.of("POST /venues as rana-staff", "POST /events as rana-staff",
            "POST /ideas/idea-7/event as rana-staff", "PATCH /events/event-1 as rana-staff",
            "POST /events/event-1/publication as rana-staff", "POST /events/event-1/completion as rana-staff",
            "POST /events/event-2/registrations as rana-resident", "POST /events/event-2/shifts as rana-staff",
            "POST /shifts/shift-1/sign-ups as rana-resident-2", "POST /room-bookings as rana-association-admin",
            "POST /room-bookings/booking-1/approval as rana-staff")), service.calls.toString());
        assertEquals(List.of("completed", "published", "draft"), events.stream().map(e -> e.get("status").asText())
            .toList());
        var past = events.get(0);
        assertEquals(List.of("idea-7"), texts(past.get("ideaIds")));
        assertEquals("2026-08-14T20:00", past.get("startsAt").asText(), "the latest 14 August before today");
        var upcoming = events.get(1);
        assertEquals(List.of("assoc-1"), texts(upcoming.get("coHostIds")));
        assertEquals("venue-1", upcoming.get("venueId").asText());
        assertEquals("2026-12-18T18:00", upcoming.get("startsAt").asText());
        var registered = registrations.stream().filter(registration -> !registration.has("personId")).toList();
        assertEquals(1, registered.get(0).get("companions").asInt());
        assertEquals(List.of("quiet-space"), texts(registered.get(0).get("accessibilityNeeds").get("codes")));
        assertEquals("2026-12-18T17:30", shifts.get(0).get("startsAt").asText());
        assertTrue(shifts.get(0).get("attestRequired").asBoolean());
        assertEquals("monday", bookings.get(0).get("weekday").asText());
        assertEquals("2026-12-13", bookings.get(0).get("fromDate").asText());
    }

    @Test
    void anEventMadeFromItsIdeaKeepsTheCoHostsItsOffersOfHelpBroughtAndIsDescribedAsTheDemoSays() {
        ideaRefusalsLeft = 2;

        loader().load(demo(), TODAY);

        assertEquals(3, service.calls.stream().filter(call -> call.equals("POST /ideas/idea-7/event as rana-staff"))
            .count(), "tried again until the events service heard that the idea was accepted");
        var settings = service.bodies.stream().filter(body -> body.has("hostingUnit") && !body.has("title"))
            .findFirst().orElseThrow();
        assertEquals("kino", settings.get("hostingUnit").asText());
        assertEquals("2026-08-14T20:00", settings.get("startsAt").asText());
        var past = events.get(0);
        assertEquals(List.of("assoc-2"), texts(past.get("coHostIds")), "the co-host its accepted offer brought");
        assertEquals("Film ute", past.get("description").asText());
        assertEquals("completed", past.get("status").asText());
    }

    @Test
    void staffRecordThoseWhoWalkedInAtThePastEventByTheirIdAndNameBeforeCompletingIt() {
        loader().load(demo(), TODAY);

        var walkIns = registrations.stream().filter(registration -> registration.has("personId")).toList();
        assertEquals(List.of("rana-resident", "rana-resident-2"), walkIns.stream()
            .map(walkIn -> walkIn.get("person").asText()).toList());
        assertEquals("Name rana-resident", walkIns.get(0).get("displayName").asText());
        assertEquals(2, walkIns.get(0).get("companions").asInt());
        assertTrue(walkIns.stream().allMatch(walkIn -> walkIn.get("by").asText().equals("rana-staff")
            && walkIn.get("eventId").asText().equals("event-1")), walkIns.toString());
        assertTrue(service.calls.indexOf("POST /events/event-1/walk-ins as rana-staff")
            < service.calls.indexOf("POST /events/event-1/completion as rana-staff"), "the completion counts them");
    }

    @Test
    void walkInsAtAnEventWhoseTimeForRecordingAttendanceIsOverAreLeftOutAndNamed() {
        walkInsClosed = true;

        var outcome = loader().load(demo(), TODAY);

        assertEquals(0, outcome.walkIns());
        assertEquals(List.of("walk-ins at the event 'Sommerkino i Byparken' (its time for recording attendance is "
            + "over)"), outcome.absent());
        assertEquals("completed", events.get(0).get("status").asText());
    }

    @Test
    void loadingTwiceOnlyReads() {
        loader().load(demo(), TODAY);
        service.calls.clear();

        var second = loader().load(demo(), TODAY);

        assertEquals(new EventSeedLoader.Outcome(0, 0, 0, 0, 0, 0, 0, List.of()), second);
        assertTrue(service.calls.stream().allMatch(call -> call.startsWith("GET ")), "only reads: " + service.calls);
    }

    @Test
    void aSignUpThatNeedsASightingWaitsForItToReachTheEventsService() {
        attestRefusalsLeft = 2;

        var outcome = loader().load(demo(), TODAY);

        assertEquals(2, outcome.signUps());
        assertEquals(3, service.calls.stream().filter(call -> call.equals("POST /shifts/shift-1/sign-ups as "
            + "rana-resident-2")).count());
    }

    @Test
    void withoutVenuesAndShiftsInTheServiceTheRestIsLoadedAndTheSummaryNamesWhatIsMissing() {
        offersShiftsAndVenues = false;

        var outcome = loader().load(demo(), TODAY);

        assertEquals(new EventSeedLoader.Outcome(0, 3, 3, 2, 0, 0, 0, List.of("venues and room bookings",
            "volunteer shifts")), outcome);
        assertTrue(events.get(1).path("venueId").isMissingNode(), "no venue: " + events.get(1));
    }

    @Test
    void namesTheCoHostTheEventsServiceDoesNotKnow() {
        var stranger = new DemoEvents.Event("1833", "Ukjent", "Tekst", "kulturhus", List.of("Ingen slik forening"),
            List.of(), null, 3, null, "18:00", "19:00", "alle", null, null, null, null, "draft", null, null, false,
            null);
        var data = new DemoEvents(List.of(), List.of(stranger), List.of());

        var failure = assertThrows(SeedException.class, () -> loader().load(data, TODAY));

        assertTrue(failure.getMessage().contains("Ingen slik forening"), failure.getMessage());
    }

    private static DemoEvents demo() {
        var venue = new DemoEvents.Venue("1833", "Rana kulturhus – black box", "Ole Tobias Olsens gate 4", 120,
            List.of("step-free"), true);
        var past = new DemoEvents.Event("1833", "Sommerkino i Byparken", "Film ute", "kino", null,
            List.of("Sommerkino i Byparken"), null, null, "--08-14", "20:00", "23:30", "alle", null, null, null, null,
            "completed", null, null, true, List.of(new DemoEvents.WalkIn("rana-resident", 2),
                new DemoEvents.WalkIn("rana-resident-2", 0)));
        var eSport = new DemoEvents.Event("1833", "eSport-kveld for ungdom", "Spill", "fritid-ungdom",
            List.of("Polarsirkelen eSport"), null, venue.name(), 12, null, "18:00", "22:00", "ungdom", null, null, 4,
            null, "published", List.of(
                new DemoEvents.Registration("rana-resident", 1, new DemoEvents.Needs(List.of("quiet-space"), "Stille")),
                new DemoEvents.Registration("rana-resident-2", 2, null),
                new DemoEvents.Registration("rana-association-admin", 0, null)), List.of(
                new DemoEvents.Shift("Voksenvakt", "17:30", "22:30", 2, 18, true, List.of(
                    new DemoEvents.SignUp("rana-resident-2", null, null, true))),
                new DemoEvents.Shift("Kiosk", "17:30", "20:00", 2, null, false, List.of(
                    new DemoEvents.SignUp("rana-resident", "Polarsirkelen eSport", null, null)))), false, null);
        var draft = new DemoEvents.Event("1833", "Åpen scene for unge", "Scene", "kulturhus", null, null, null, 30,
            null, "18:00", "21:00", "ungdom", null, null, null, null, "draft", null, null, false, null);
        var booking = new DemoEvents.RoomBooking("Polarsirkelen eSport", "rana-association-admin", venue.name(),
            "Trening", true, "monday", "17:30", "19:00", 7, 190, null, true);
        return new DemoEvents(List.of(venue), List.of(past, eSport, draft), List.of(booking));
    }

    private EventSeedLoader loader() {
        var endpoints = new SeedLoader.Endpoints(service.tokenUrl(), "samskap-test-cli", service.base(),
            service.base());
        return new EventSeedLoader(endpoints, service.base(), user -> "demo-" + user, STAFF, Duration.ofSeconds(1));
    }

    private StandIn.Answer answer(String method, String path, String user, JsonNode body) {
        var json = StandIn.JSON;
        if (path.equals("/api/ideas")) {
            var board = json.createObjectNode();
            board.putArray("ideas").addObject().put("id", "idea-7").put("title", "Sommerkino i Byparken");
            return StandIn.Answer.ok(board.putNull("next"));
        }
        if (path.equals("/co-hosts")) {
            return StandIn.Answer.ok(json.createArrayNode().add(json.createObjectNode().put("id", "assoc-1")
                .put("name", "Polarsirkelen eSport")));
        }
        if (!offersShiftsAndVenues && (path.startsWith("/venues") || path.contains("shifts"))) {
            return new StandIn.Answer(404, "{\"message\":\"Not Found\"}");
        }
        if (path.equals("/venues")) {
            return method.equals("GET") ? list(venues, any -> true) : created(venues, "venue", body, null);
        }
        if (path.equals("/events")) {
            return method.equals("GET") ? list(events, any -> true) : created(events, "event", body, "draft");
        }
        if (path.equals("/ideas/idea-7/event")) {
            if (ideaRefusalsLeft-- > 0) {
                return new StandIn.Answer(422, "{\"invalidFields\":[{\"name\":\"ideaId\"}]}");
            }
            var drafted = ((ObjectNode) body.deepCopy()).put("title", "Sommerkino i Byparken")
                .put("description", "Ideens tekst");
            drafted.putArray("coHostIds").add("assoc-2");
            drafted.putArray("ideaIds").add("idea-7");
            return created(events, "event", drafted, "draft");
        }
        if (method.equals("PATCH") && path.matches("/events/[^/]+")) {
            var event = find(events, path.split("/")[2]);
            return StandIn.Answer.ok(event.setAll((ObjectNode) body));
        }
        if (path.matches("/events/[^/]+/(publication|completion)")) {
            var event = find(events, path.split("/")[2]);
            return StandIn.Answer.ok(event.put("status", path.endsWith("publication") ? "published" : "completed"));
        }
        if (path.equals("/me/registrations")) {
            return list(registrations, registration -> registration.get("person").asText().equals(user));
        }
        if (path.matches("/events/[^/]+/walk-ins")) {
            if (walkInsClosed) {
                return new StandIn.Answer(409, "{\"invalidFields\":[{\"name\":\"completedAt\"}]}");
            }
            var event = find(events, path.split("/")[2]);
            if (!event.get("status").asText().equals("published")) {
                return new StandIn.Answer(409, "{\"invalidFields\":[{\"name\":\"status\"}]}");
            }
            var person = body.get("personId").asText().substring("subject-of-".length());
            var walkIn = ((ObjectNode) body.deepCopy()).put("eventId", event.get("id").asText())
                .put("person", person).put("status", "confirmed").put("checkedIn", true).put("by", user);
            registrations.add(walkIn);
            return new StandIn.Answer(201, walkIn.toString());
        }
        if (path.matches("/events/[^/]+/registrations")) {
            var registration = ((ObjectNode) body.deepCopy()).put("eventId", path.split("/")[2]).put("person", user);
            registrations.add(registration);
            return new StandIn.Answer(201, registration.toString());
        }
        if (path.matches("/events/[^/]+/shifts")) {
            var event = path.split("/")[2];
            return method.equals("GET") ? list(shifts, shift -> shift.get("eventId").asText().equals(event))
                : created(shifts, "shift", ((ObjectNode) body.deepCopy()).put("eventId", event), null);
        }
        if (path.equals("/me/shifts")) {
            return list(signUps, signUp -> signUp.get("volunteer").asText().equals(user));
        }
        if (path.matches("/shifts/[^/]+/sign-ups")) {
            if (find(shifts, path.split("/")[2]).get("attestRequired").asBoolean() && attestRefusalsLeft-- > 0) {
                return new StandIn.Answer(422, "{\"detail\":\"this shift requires a politiattest\"}");
            }
            var signUp = ((ObjectNode) body.deepCopy()).put("shiftId", path.split("/")[2]).put("volunteer", user);
            signUps.add(signUp);
            return new StandIn.Answer(201, signUp.toString());
        }
        if (path.equals("/room-bookings")) {
            return method.equals("GET") ? list(bookings, any -> true) : created(bookings, "booking", body, "pending");
        }
        if (path.endsWith("/approval")) {
            return StandIn.Answer.ok(find(bookings, path.split("/")[2]).put("status", "approved"));
        }
        return new StandIn.Answer(404, "{}");
    }

    private static StandIn.Answer list(List<ObjectNode> kept, Predicate<ObjectNode> wanted) {
        ArrayNode list = StandIn.JSON.createArrayNode();
        kept.stream().filter(wanted).forEach(list::add);
        return StandIn.Answer.ok(list);
    }

    private static StandIn.Answer created(List<ObjectNode> kept, String kind, JsonNode body, String status) {
        var made = ((ObjectNode) body.deepCopy()).put("id", kind + "-" + (kept.size() + 1));
        if (status != null) {
            made.put("status", status);
        }
        kept.add(made);
        return new StandIn.Answer(201, made.toString());
    }

    private static ObjectNode find(List<ObjectNode> kept, String id) {
        return kept.stream().filter(node -> node.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> texts(JsonNode array) {
        return DemoAssociationLookup.elements(array).map(JsonNode::asText).toList();
    }
}
