package no.samskap.gateway.accessibility;

import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * What the events service answers an organiser about one event: a published concert with a registrant who needs a
 * wheelchair space, one checked in, and a shift whose volunteer reported being ill. The organisers' pages read only
 * from the service, so the accessibility test gives them this stand-in.
 */
final class SampleOrganiserAnswers {

    static final String EVENT = UUID.nameUUIDFromBytes("sample-organised".getBytes(StandardCharsets.UTF_8)).toString();
    static final String SHIFT = UUID.nameUUIDFromBytes("sample-organised-shift".getBytes(StandardCharsets.UTF_8))
        .toString();

    static final String VENUE = UUID.nameUUIDFromBytes("sample-venue".getBytes(StandardCharsets.UTF_8)).toString();
    static final String ROOM_BOOKING = UUID.nameUUIDFromBytes("sample-room-booking".getBytes(StandardCharsets.UTF_8))
        .toString();
    private static final String OTHER_BOOKING = UUID.nameUUIDFromBytes("sample-other-booking"
        .getBytes(StandardCharsets.UTF_8)).toString();

    private SampleOrganiserAnswers() {
    }

    static StandInProposals standIn() {
        var service = StandInProposals.onAFreePort();
        var event = """
            {"id":"%s","municipality":"1833","status":"published","title":"Vårkonsert i kulturhuset","description":"",
             "hostingUnit":"kulturskole","coHostIds":[],"ideaIds":[],"startsAt":"2027-03-27T17:00:00Z",
             "endsAt":"2027-03-27T19:00:00Z","audience":"alle","targetGroups":[],"capacity":120,
             "accessibility":["step-free"],"createdAt":"2027-03-01T10:00:00Z","version":2}""".formatted(EVENT);
        service.answer("GET", "/events/" + EVENT, Answer.json(200, event));
        service.answer("GET", "/events", Answer.json(200, "[" + event + "]"));
        service.answer("GET", "/co-hosts", Answer.json(200, "[{\"id\":\"" + SHIFT + "\",\"name\":\"Mo Songkor\"}]"));
        service.answer("GET", "/venues", Answer.json(200, "[{\"id\":\"" + SHIFT + "\",\"name\":\"Rana kulturhus\"}]"));
        service.answer("GET", "/events/" + EVENT + "/registrations", Answer.json(200, """
            {"seats":{"confirmed":4,"waiting":1,"capacity":120,"free":116},"registrations":[
             {"id":"%s","personId":"p1","displayName":"Ola Nordmann","status":"confirmed","position":null,
              "companions":1,"places":2,"accessibilityNeeds":{"codes":["wheelchair-space"],"note":"Kommer tidlig"},
              "registeredAt":"2027-03-02T10:00:00Z","checkedInAt":null},
             {"id":"%s","personId":"p2","displayName":"Kari Hansen","status":"confirmed","position":null,
              "companions":1,"places":2,"accessibilityNeeds":{"codes":[],"note":""},
              "registeredAt":"2027-03-02T11:00:00Z","checkedInAt":"2027-03-27T16:50:00Z"},
             {"id":"%s","personId":"p3","displayName":"Per Olsen","status":"waiting","position":1,
              "companions":0,"places":1,"accessibilityNeeds":{"codes":[],"note":""},
              "registeredAt":"2027-03-03T11:00:00Z","checkedInAt":null}]}""".formatted(UUID.randomUUID(),
            UUID.randomUUID(), UUID.randomUUID())));
        service.answer("GET", "/events/" + EVENT + "/shifts", Answer.json(200, """
            [{"id":"%s","eventId":"%s","role":"Billettkontroll","startsAt":"2027-03-27T16:30:00Z",
              "endsAt":"2027-03-27T19:00:00Z","needed":2,"filled":1,"waiting":0,"minimumAge":16,
              "attestRequired":false}]""".formatted(SHIFT, EVENT)));
        service.answer("GET", "/shifts/" + SHIFT + "/sign-ups", Answer.json(200, """
            {"shift":{},"teamLeaderId":null,"signUps":[{"volunteerId":"v1","volunteerName":"Siri Frivillig",
             "associationId":null,"status":"placed",
             "waitingPosition":0,"signedUpAt":"2027-03-02T10:00:00Z",
             "absence":{"kind":"late","note":"","minutesLate":20,"reportedAt":"2027-03-27T08:00:00Z"},
             "checkedInAt":null}]}"""));
        volunteersAnswers(service);
        venues(service);
        return service;
    }

    /**
     * The resident's own place on the sample concert's shift, with the lateness they reported, and the offers of help
     * the concert carried over from its idea, as the service shows them to the concert's organisers.
     */
    private static void volunteersAnswers(StandInProposals service) {
        service.answer("GET", "/me/shifts", Answer.json(200, """
            [{"shiftId":"%s","eventId":"%s","eventTitle":"Vårkonsert","eventStatus":"published",
              "role":"Billettkontroll","startsAt":"2027-03-27T16:00:00Z","endsAt":"2027-03-27T19:00:00Z",
              "status":"placed","waitingPosition":0,"associationId":null,
              "absence":{"kind":"late","note":"Bussen","minutesLate":15},"checkedInAt":null}]"""
            .formatted(SampleEvents.SHIFT, SampleEvents.CONCERT)));
        service.answer("GET", "/events/" + SampleEvents.CONCERT + "/help-offers", Answer.json(200, """
            [{"offerId":"o1","ideaId":"%s","associationId":null,"kind":"hours","hours":3.0,
              "description":"Jeg kan bære utstyr"}]""".formatted(SampleEvents.IDEA)));
    }

    /** The venue's room calendar, the venue as staff change it, and the choir's application as staff decide it. */
    private static void venues(StandInProposals service) {
        service.answer("GET", "/venues/" + VENUE + "/calendar", Answer.json(200, """
            [{"bookingId":"%s","startsAt":"2027-03-23T17:00:00Z","endsAt":"2027-03-23T19:00:00Z","kind":"association",
              "associationId":null,"associationName":"Mo Songkor","eventId":null,"eventTitle":null},
             {"bookingId":"%s","startsAt":"2027-03-27T17:00:00Z","endsAt":"2027-03-27T19:00:00Z","kind":"event",
              "associationId":null,"associationName":null,"eventId":"%s","eventTitle":"Vårkonsert i kulturhuset"}]"""
            .formatted(OTHER_BOOKING, UUID.randomUUID(), EVENT)));
        service.answer("GET", "/venues/" + VENUE, Answer.json(200, """
            {"id":"%s","municipality":"1833","name":"Rana kulturhus, black box","address":"Kulturgata 1, Mo i Rana",
             "capacity":80,"accessibility":["step-free","hearing-loop"],"lent":true,
             "describedAt":"2027-01-02T10:00:00Z","version":1}""".formatted(VENUE)));
        var booking = """
            {"id":"%s","venueId":"%s","venueName":"Rana kulturhus, black box","municipality":"1833",
             "associationId":null,"associationName":"Mo Songkor","purpose":"Barnekorøvelse","childrenAndYouth":true,
             "kind":"weekly","startsAt":"2027-01-12T17:00:00Z","endsAt":"2027-01-12T19:00:00Z","weekday":"tuesday",
             "startTime":"18:00","endTime":"20:00","fromDate":"2027-01-12","untilDate":"2027-06-01","occurrences":[],
             "status":"pending","decisionReason":null,"cancellationReason":null,"appliedAt":"2027-01-02T10:00:00Z",
             "decidedAt":null,"collidesWith":["%s"],"clashesWith":["%s"],"version":1}""".formatted(ROOM_BOOKING, VENUE,
            OTHER_BOOKING, OTHER_BOOKING);
        service.answer("GET", "/room-bookings/" + ROOM_BOOKING, Answer.json(200, booking));
        service.answer("GET", "/room-bookings", Answer.json(200, "[" + booking + "]"));
    }
}
