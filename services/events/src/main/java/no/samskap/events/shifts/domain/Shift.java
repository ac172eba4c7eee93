package no.samskap.events.shifts.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.events.domain.Refusal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A volunteer shift at an event: a role in the organisers' words, its time, how many are needed, perhaps a team
 * leader (a subject id), a minimum age and whether a sighted politiattest is required. At most 24 hours long, since
 * its hours become logged hours of the volunteers.
 */
public record Shift(ShiftId id, EventId eventId, MunicipalityNumber municipality, String role, Instant startsAt,
                    Instant endsAt, int needed, String teamLeaderId, Integer minimumAge, boolean attestRequired,
                    String createdBy, Instant createdAt) {

    public static final int MOST_NEEDED = 500;
    static final int ROLE_LENGTH = 100;
    static final int ID_LENGTH = 200;
    private static final Duration LONGEST = Duration.ofHours(24);
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    /** The facts an organiser gives, not yet checked. */
    public record Description(String role, Instant startsAt, Instant endsAt, Integer needed, String teamLeaderId,
                              Integer minimumAge, Boolean attestRequired) {
    }

    /** What the organisers change: the role, the times, the places needed; what they leave out (null) stays. */
    public record Change(String role, Instant startsAt, Instant endsAt, Integer needed) {
    }

    public static ShiftEvent.Created create(ShiftId id, EventId eventId, MunicipalityNumber municipality,
                                            Description d, String by, Instant at) {
        return new ShiftEvent.Created(described(id, eventId, municipality, d, by, at, at), at);
    }

    /** The shift as changed, checked as a new one is; it must still start in the future. */
    Shift changed(Change change, Instant at) {
        var d = new Description(change.role() == null ? role : change.role(),
            change.startsAt() == null ? startsAt : change.startsAt(),
            change.endsAt() == null ? endsAt : change.endsAt(), change.needed() == null ? needed : change.needed(),
            teamLeaderId, minimumAge, attestRequired);
        return described(id, eventId, municipality, d, createdBy, createdAt, at);
    }

    private static Shift described(ShiftId id, EventId eventId, MunicipalityNumber municipality, Description d,
                                   String by, Instant createdAt, Instant at) {
        var role = required("role", d.role(), ROLE_LENGTH);
        if (d.startsAt() == null) {
            throw Refusal.invalid("startsAt", "say when the shift starts");
        }
        if (d.endsAt() == null) {
            throw Refusal.invalid("endsAt", "say when the shift ends");
        }
        if (!d.endsAt().isAfter(d.startsAt())) {
            throw Refusal.invalid("endsAt", "must be after the shift starts");
        }
        if (Duration.between(d.startsAt(), d.endsAt()).compareTo(LONGEST) > 0) {
            throw Refusal.invalid("endsAt", "a shift lasts at most 24 hours; make two shifts");
        }
        if (d.needed() == null || d.needed() < 1 || d.needed() > MOST_NEEDED) {
            throw Refusal.invalid("needed", "must be a number of volunteers from 1 to " + MOST_NEEDED);
        }
        if (d.minimumAge() != null && (d.minimumAge() < 1 || d.minimumAge() > 99)) {
            throw Refusal.invalid("minimumAge", "must be an age from 1 to 99, or left out");
        }
        var leader = d.teamLeaderId() == null || d.teamLeaderId().isBlank() ? null
            : required("teamLeaderId", d.teamLeaderId(), ID_LENGTH);
        if (!d.startsAt().isAfter(at)) {
            throw Refusal.unprocessable("startsAt", "a shift must start in the future");
        }
        return new Shift(id, eventId, municipality, role, d.startsAt(), d.endsAt(), d.needed(), leader,
            d.minimumAge(), Boolean.TRUE.equals(d.attestRequired()), by, createdAt);
    }

    /** The day of the shift in Norway, on which a politiattest sighting must hold. */
    public LocalDate day() {
        return LocalDate.ofInstant(startsAt, NORWAY);
    }

    public boolean isLedBy(String personId) {
        return teamLeaderId != null && teamLeaderId.equals(personId);
    }

    private static String required(String field, String text, int length) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid(field, "must not be empty");
        }
        var stripped = text.strip();
        if (stripped.length() > length) {
            throw Refusal.invalid(field, "must be at most " + length + " characters");
        }
        return stripped;
    }
}
