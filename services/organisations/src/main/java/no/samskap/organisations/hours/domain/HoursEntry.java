package no.samskap.organisations.hours.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.help.domain.FreeText;
import no.samskap.organisations.help.domain.HelpOffer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Hours a volunteer worked on one day in a role, against an accepted offer of help or in a shift at an event they
 * were checked in for ({@code shift}; then there is no offer). An admin of the association approves or rejects them
 * ({@code associationId}); the municipality's staff do so for a volunteer's own offer. Nobody decides on their own
 * hours.
 */
public record HoursEntry(UUID id, MunicipalityNumber municipality, UUID offerId, AssociationId associationId,
                         String volunteerId, LocalDate date, double hours, String role, String note,
                         HoursStatus status, Decision decision, Instant loggedAt, EventShift shift) {

    public static final double FEWEST_HOURS = 0.25;
    public static final double MOST_HOURS = 24;
    static final int ROLE_LENGTH = 100;
    static final int NOTE_LENGTH = 1000;

    /** Who approved or rejected the hours, when, and why they were rejected (empty when approved). */
    public record Decision(String by, Instant at, String reason) {
    }

    public static HoursEvent.Logged log(UUID id, HelpOffer offer, String volunteerId, LocalDate date, Double hours,
                                        String role, String note, LocalDate today, Instant now) {
        if (!offer.isAccepted()) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, "offerId", "hours are logged only against accepted offers");
        }
        if (date == null || date.isAfter(today)) {
            throw Refusal.invalid("date", "must be a day that has come");
        }
        var entry = new HoursEntry(id, offer.municipality(), offer.id(), offer.associationId(), volunteerId, date,
            checkedHours(hours), FreeText.required("role", role, ROLE_LENGTH),
            FreeText.optional("note", note, NOTE_LENGTH), HoursStatus.LOGGED, null, now, null);
        return new HoursEvent.Logged(entry, now);
    }

    /**
     * The hours of a shift the volunteer was checked in for, rounded to quarter hours. Without an association they
     * are approved at once: the event's organisers or its team leader saw the volunteer at work when they checked
     * them in. For an association they wait for its admins, as hours on its offers do: the association answers for
     * what stands on its record.
     */
    public static List<HoursEvent> fromShift(UUID id, MunicipalityNumber municipality, ShiftWork work,
                                             AssociationId associationId, String volunteerId, Instant now) {
        var entry = new HoursEntry(id, municipality, null, associationId, volunteerId, work.day(),
            work.quarterHours(), work.role(), "", HoursStatus.LOGGED, null, now, work.shift());
        var logged = new HoursEvent.Logged(entry, now);
        if (associationId != null) {
            return List.of(logged);
        }
        return List.of(logged, entry.approve(ShiftWork.APPROVED_BY_CHECK_IN, now));
    }

    public boolean isApprovedByAnAssociation() {
        return associationId != null;
    }

    public HoursEvent.Approved approve(String by, Instant now) {
        return new HoursEvent.Approved(decided(HoursStatus.APPROVED, new Decision(by, now, "")), now);
    }

    public HoursEvent.Rejected reject(String by, String reason, Instant now) {
        var decision = new Decision(by, now, FreeText.required("reason", reason, NOTE_LENGTH));
        return new HoursEvent.Rejected(decided(HoursStatus.REJECTED, decision), now);
    }

    private HoursEntry decided(HoursStatus answer, Decision decision) {
        if (decision.by().equals(volunteerId)) {
            throw Refusal.forbidden("nobody approves or rejects their own hours: another admin must do it");
        }
        if (status != HoursStatus.LOGGED) {
            throw Refusal.conflict(null, "these hours are already " + status.code());
        }
        return new HoursEntry(id, municipality, offerId, associationId, volunteerId, date, hours, role, note, answer,
            decision, loggedAt, shift);
    }

    private static double checkedHours(Double hours) {
        if (hours == null || hours < FEWEST_HOURS || hours > MOST_HOURS || hours * 4 != Math.rint(hours * 4)) {
            throw Refusal.invalid("hours", "must be between 0.25 and 24 in quarter hours, such as 1.5 or 3.75");
        }
        return hours;
    }
}
