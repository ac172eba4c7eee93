package no.samskap.seeds;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static no.samskap.seeds.DemoAssociationLookup.elements;
import static no.samskap.seeds.EventSeedLoader.putUnlessNull;
import static no.samskap.seeds.EventSeedLoader.what;

/**
 * The people of an upcoming published event: residents register (in the order given, so the last of a small
 * event's registrants waits), staff add the volunteer shifts and volunteers sign up. At a past event, staff record
 * those who walked in. A person's own registrations and
 * shifts are read first, so nobody registers or signs up twice (nor registers again after cancelling).
 */
final class EventPeople {

    static final String ABSENT_SHIFTS = "volunteer shifts";
    static final String ABSENT_WALK_INS = "walk-ins";

    private final EventsApi api;
    private final Map<String, String> staffOfMunicipality;
    private final LocalDate today;
    private int registered;
    private int walkedIn;
    private int shiftsMade;
    private int signedUp;

    EventPeople(EventsApi api, Map<String, String> staffOfMunicipality, LocalDate today) {
        this.api = api;
        this.staffOfMunicipality = staffOfMunicipality;
        this.today = today;
    }

    void load(DemoEvents.Event event, String eventId, Set<String> absent) {
        for (var registration : event.registrations()) {
            register(event, eventId, registration);
        }
        if (event.shifts().isEmpty()) {
            return;
        }
        var staff = staffOfMunicipality.get(event.municipality());
        var listed = api.readIfOffered(staff, "/events/" + eventId + "/shifts");
        if (listed.isEmpty()) {
            absent.add(ABSENT_SHIFTS);
            return;
        }
        var byRole = new HashMap<String, String>();
        elements(listed.get()).forEach(shift -> byRole.put(shift.get("role").asText(), shift.get("id").asText()));
        for (var shift : event.shifts()) {
            var id = byRole.get(shift.role());
            if (id == null) {
                id = create(event, eventId, shift, staff);
                shiftsMade++;
            }
            for (var signUp : shift.signUps()) {
                signUp(event, id, shift, signUp);
            }
        }
    }

    private void register(DemoEvents.Event event, String eventId, DemoEvents.Registration registration) {
        var person = registration.person();
        var theirs = api.call(what(event), "read the registrations of " + person + " before", person, "GET",
            "/me/registrations", null);
        if (elements(theirs).anyMatch(mine -> eventId.equals(mine.path("eventId").asText()))) {
            return;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("companions", registration.companions());
        if (registration.needs() != null) {
            body.put("accessibilityNeeds", Map.of("codes", registration.needs().codes(),
                "note", registration.needs().note() == null ? "" : registration.needs().note()));
        }
        api.call(what(event), "register " + person + " for", person, "POST", "/events/" + eventId + "/registrations",
            body);
        registered++;
    }

    /**
     * Staff record those who came to a past event without registering, by the id and name they show at the door; a
     * person the event already has a registration of is left alone. An events service without walk-ins, or one whose
     * time for recording this event's attendance is over, is named in {@code absent}.
     */
    void walkIns(DemoEvents.Event event, String eventId, Set<String> absent) {
        var staff = staffOfMunicipality.get(event.municipality());
        for (var walkIn : event.walkIns()) {
            var person = walkIn.person();
            var theirs = api.call(what(event), "read the registrations of " + person + " at", person, "GET",
                "/me/registrations", null);
            if (elements(theirs).anyMatch(mine -> eventId.equals(mine.path("eventId").asText()))) {
                continue;
            }
            var who = api.personOf(person);
            var response = api.exchange(staff, "POST", "/events/" + eventId + "/walk-ins", Map.of("personId",
                who.subject(), "displayName", who.name(), "companions", walkIn.companions()));
            if (response.statusCode() == 404) {
                absent.add(ABSENT_WALK_INS);
                return;
            }
            if (response.statusCode() == 409 && response.body().contains("completedAt")) {
                absent.add(ABSENT_WALK_INS + " at " + what(event) + " (its time for recording attendance is over)");
                return;
            }
            if (response.statusCode() / 100 != 2) {
                throw new SeedException("Could not record " + person + " walking in at " + what(event) + " as "
                    + staff + ": HTTP " + response.statusCode() + " " + response.body());
            }
            walkedIn++;
        }
    }

    private String create(DemoEvents.Event event, String eventId, DemoEvents.Shift shift, String staff) {
        var day = event.day(today);
        var body = new LinkedHashMap<String, Object>();
        body.put("role", shift.role());
        body.put("startsAt", day + "T" + shift.startTime());
        body.put("endsAt", day + "T" + shift.endTime());
        body.put("needed", shift.needed());
        putUnlessNull(body, "minimumAge", shift.minimumAge());
        body.put("attestRequired", shift.attestRequired());
        return api.call(what(event), "add the shift '" + shift.role() + "' to", staff, "POST",
            "/events/" + eventId + "/shifts", body).get("id").asText();
    }

    private void signUp(DemoEvents.Event event, String shiftId, DemoEvents.Shift shift, DemoEvents.SignUp signUp) {
        var volunteer = signUp.volunteer();
        var theirs = api.call(what(event), "read the shifts of " + volunteer + " at", volunteer, "GET", "/me/shifts",
            null);
        if (elements(theirs).anyMatch(mine -> shiftId.equals(mine.path("shiftId").asText()))) {
            return;
        }
        var body = new LinkedHashMap<String, Object>();
        if (signUp.association() != null) {
            body.put("associationId", api.coHostIds(event.municipality(), List.of(signUp.association()))
                .get(signUp.association()));
        }
        putUnlessNull(body, "birthYear", signUp.birthYear());
        putUnlessNull(body, "confirmsMinimumAge", signUp.confirmsMinimumAge());
        api.signUp("the shift '" + shift.role() + "' of " + what(event), volunteer, shiftId, body);
        signedUp++;
    }

    int registered() {
        return registered;
    }

    int walkedIn() {
        return walkedIn;
    }

    int shiftsMade() {
        return shiftsMade;
    }

    int signedUp() {
        return signedUp;
    }
}
