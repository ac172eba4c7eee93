package no.samskap.organisations.attests.domain;

import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * That an attest officer saw a volunteer's politiattest for a role, on a day, and until when the association lets it
 * hold. The certificate itself, and anything it says, is never part of it. A sighting holds up to the day before
 * {@code validUntil}; on that day it has expired.
 */
public record Sighting(AssociationId associationId, String volunteerId, AttestRole role, String seenBy,
                       LocalDate seenOn, LocalDate validUntil, boolean guardianConsent, Instant recordedAt,
                       LocalDate expiringSentOn, LocalDate expiredSentOn) {

    public static final int DEFAULT_VALID_YEARS = 3;
    public static final int EXPIRING_NOTICE_DAYS = 30;
    static final int MOST_VALID_YEARS = 10;

    /** What an officer states of a sighting; a null valid years means the default of three. */
    public record Seen(String volunteerId, AttestRole role, LocalDate seenOn, Integer validYears,
                       Boolean guardianConsent) {
    }

    /**
     * Records a sighting for a member whose profile says whether they are under 18; a guardian's consent is then
     * required.
     */
    public static AttestEvent.Sighted record(Association association, Seen seen, boolean volunteerIsMinor,
                                             String officerId, LocalDate today, Instant now) {
        if (seen.seenOn() == null) {
            throw Refusal.invalid("seenOn", "must be the date the certificate was seen, such as 2026-12-01");
        }
        if (seen.seenOn().isAfter(today)) {
            throw Refusal.invalid("seenOn", "must not be in the future");
        }
        var years = seen.validYears() == null ? DEFAULT_VALID_YEARS : seen.validYears();
        if (years < 1 || years > MOST_VALID_YEARS) {
            throw Refusal.invalid("validYears", "must be from 1 to " + MOST_VALID_YEARS + " years");
        }
        var consent = Boolean.TRUE.equals(seen.guardianConsent());
        if (volunteerIsMinor && !consent) {
            throw Refusal.invalid("guardianConsent", "must be true: the volunteer is under 18 and a guardian's"
                + " consent must be recorded");
        }
        var validUntil = seen.seenOn().plusYears(years);
        if (!validUntil.isAfter(today)) {
            throw Refusal.invalid("seenOn", "a certificate seen then would already have expired on " + validUntil);
        }
        var sighting = new Sighting(association.id(), seen.volunteerId(), seen.role(), officerId, seen.seenOn(),
            validUntil, consent, now, null, null);
        return new AttestEvent.Sighted(sighting, association.municipality(), now);
    }

    public boolean holdsOn(LocalDate day) {
        return day.isBefore(validUntil);
    }

    /** The reminder due on {@code today} that was not sent yet; an expiry also covers a warning never sent. */
    public Optional<Reminder> reminderDueOn(LocalDate today) {
        if (expiredSentOn != null) {
            return Optional.empty();
        }
        if (!holdsOn(today)) {
            return Optional.of(Reminder.EXPIRED);
        }
        if (expiringSentOn == null && !today.isBefore(validUntil.minusDays(EXPIRING_NOTICE_DAYS))) {
            return Optional.of(Reminder.EXPIRING);
        }
        return Optional.empty();
    }

    /** The sighting marked as reminded on {@code today}. */
    public Sighting reminded(Reminder reminder, LocalDate today) {
        return reminder == Reminder.EXPIRED
            ? new Sighting(associationId, volunteerId, role, seenBy, seenOn, validUntil, guardianConsent, recordedAt,
                expiringSentOn, today)
            : new Sighting(associationId, volunteerId, role, seenBy, seenOn, validUntil, guardianConsent, recordedAt,
                today, expiredSentOn);
    }
}
