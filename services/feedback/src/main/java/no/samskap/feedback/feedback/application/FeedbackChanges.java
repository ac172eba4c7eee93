package no.samskap.feedback.feedback.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.feedback.feedback.domain.AllFeedback;
import no.samskap.feedback.feedback.domain.Author;
import no.samskap.feedback.feedback.domain.Contents;
import no.samskap.feedback.feedback.domain.Feedback;
import no.samskap.feedback.feedback.domain.FeedbackEvent;
import no.samskap.feedback.feedback.domain.FeedbackId;
import no.samskap.feedback.feedback.domain.Refusal;
import no.samskap.feedback.feedback.domain.Subject;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;

/** Giving, changing and withdrawing feedback, each in one transaction with its message. */
@Singleton
public class FeedbackChanges {

    private final AllFeedback feedback;
    private final FeedbackEligibility eligibility;
    private final EventAttendance attendance;
    private final ServiceUnits units;
    private final FeedbackPublication publication;
    private final FeedbackSettings settings;
    private final Clock clock;

    FeedbackChanges(AllFeedback feedback, FeedbackEligibility eligibility, EventAttendance attendance,
                    ServiceUnits units, FeedbackPublication publication, FeedbackSettings settings, Clock clock) {
        this.feedback = feedback;
        this.eligibility = eligibility;
        this.attendance = attendance;
        this.units = units;
        this.publication = publication;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public Feedback give(SignedInPerson person, String authorName, GiveFeedback command) {
        var contents = Contents.of(command.rating(), command.text(), command.wishNext());
        var subject = subject(command);
        var municipality = subject.isEvent() ? eventMunicipality(subject, person)
            : unitMunicipality(command.municipality(), command.unit());
        var at = clock.instant();
        var given = Feedback.give(FeedbackId.random(), municipality, subject, new Author(person.subject(), authorName),
            Boolean.TRUE.equals(command.anonymous()), contents, Boolean.TRUE.equals(command.ideaConsent()),
            settings.respondBy(at), at);
        var stored = feedback.add(given.feedback());
        publication.publish(given);
        return stored;
    }

    @Transactional
    public Feedback edit(SignedInPerson person, String feedbackId, EditFeedback command) {
        var current = locked(feedbackId);
        var contents = current.contents().changedBy(command.rating(), command.text(), command.wishNext());
        var consent = command.ideaConsent() == null ? current.ideaConsent() : command.ideaConsent();
        return stored(current.edit(person.subject(), contents, consent, settings.editableFor(), clock.instant()));
    }

    @Transactional
    public void withdraw(SignedInPerson person, String feedbackId) {
        stored(locked(feedbackId).withdraw(person.subject(), clock.instant()));
    }

    private Feedback locked(String feedbackId) {
        return FeedbackId.parse(feedbackId).flatMap(feedback::findForUpdate)
            .orElseThrow(() -> Refusal.notFound("no feedback " + feedbackId));
    }

    private Feedback stored(FeedbackEvent change) {
        var stored = feedback.update(change.feedback());
        publication.publish(change);
        return stored;
    }

    private static Subject subject(GiveFeedback command) {
        if (command.eventId() != null) {
            if (command.unit() != null || command.municipality() != null) {
                throw Refusal.invalid("unit", "give either eventId, or municipality and unit, not both");
            }
            return Subject.event(FeedbackEligibility.eventId(command.eventId()));
        }
        if (command.unit() == null || command.unit().isBlank()) {
            throw Refusal.invalid("unit", "say which event (eventId) or which service unit (unit) it is about");
        }
        return Subject.unit(command.unit().strip());
    }

    private MunicipalityNumber eventMunicipality(Subject subject, SignedInPerson person) {
        eligibility.of(subject.eventId(), person.subject()).require();
        return attendance.event(subject.eventId()).orElseThrow().municipality();
    }

    private MunicipalityNumber unitMunicipality(String municipality, String unit) {
        if (municipality == null || !MunicipalityNumber.isValid(municipality)) {
            throw Refusal.invalid("municipality", "must be a municipality number of four digits, such as 1833");
        }
        var where = new MunicipalityNumber(municipality);
        if (!units.offers(where, unit.strip())) {
            throw Refusal.rule(Refusal.Kind.UNPROCESSABLE, "unknown-unit", "unit", "the municipality has no "
                + "service unit " + unit.strip() + "; see GET /units?municipality=" + municipality);
        }
        return where;
    }
}
