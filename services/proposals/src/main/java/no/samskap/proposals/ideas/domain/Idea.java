package no.samskap.proposals.ideas.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A resident's idea for the culture offer and where it stands in its life: submitted, published or
 * rejected by moderation, assessed, answered, realised or withdrawn. Methods decide and return what
 * happened; saving the idea and publishing the domain events is the application layer's job.
 */
public record Idea(IdeaId id, Municipality municipality, String authorId, String title, String body,
                   Classification classification, IdeaStatus status, Hiding hiding, Instant submittedAt, Instant publishedAt,
                   LocalDate respondBy, String answer, Long version) {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 5000;
    public static final int RESPONSE_YEARS_AHEAD = 5;
    public static final int REASON_MAX = 2000;
    public static final int ANSWER_MAX = 5000;
    public static final int REPORT_REASON_MAX = 500;

    /**
     * Why a published idea is hidden from the public pending review, by whom ({@link Actor#PLATFORM} when reports
     * hid it) and since when. Hiding is moderation beside the lifecycle, not a status: restoring leaves the status.
     */
    public record Hiding(String reason, Actor hiddenBy, Instant hiddenAt) {
    }

    public record Submitted(Idea idea, IdeaEvent.IdeaSubmitted domainEvent) {
    }

    /** The idea after a step, and the domain event that says what the step was. */
    public record Change(Idea idea, IdeaEvent domainEvent) {
    }

    public static Submitted submit(IdeaId id, Municipality municipality, String authorId, String title, String body,
                                   Classification classification, Instant now, UUID eventId) {
        return submitted(id, municipality, authorId, title, body, classification, null, now, eventId);
    }

    /**
     * With its author's consent staff turned a resident's feedback into an idea: staff are its author, the feedback
     * service drew its id, and it remembers the feedback it came from. Like any idea it is submitted first.
     */
    public static Submitted fromFeedback(IdeaId id, Municipality municipality, Actor staff, String title, String body,
                                         Classification classification, UUID feedbackId, Instant now, UUID eventId) {
        return submitted(id, municipality, staff.id(), title, body, classification, feedbackId, now, eventId);
    }

    private static Submitted submitted(IdeaId id, Municipality municipality, String authorId, String title,
                                       String body, Classification classification, UUID originFeedbackId,
                                       Instant now, UUID eventId) {
        var cleanTitle = Texts.clean(title);
        var cleanBody = Texts.clean(body);
        Texts.requireLengths(new Texts.Length("title", cleanTitle, TITLE_MIN, TITLE_MAX),
            new Texts.Length("body", cleanBody, 1, BODY_MAX));
        var idea = new Idea(id, municipality, authorId, cleanTitle, cleanBody, classification, IdeaStatus.SUBMITTED, null,
            now, null, null, null, null);
        return new Submitted(idea, new IdeaEvent.IdeaSubmitted(eventId, now, id, municipality, new Actor(authorId),
            cleanTitle, cleanBody, classification, originFeedbackId));
    }

    /** The author rewrites their idea until it is answered; a title or body left out (null) stays as it was. */
    public Change edit(Actor author, String newTitle, String newBody, Classification revised, Instant now, UUID eventId) {
        checkEditableBy(author.id());
        Texts.requireLengths(new Texts.Length("title", newTitle, TITLE_MIN, TITLE_MAX),
            new Texts.Length("body", newBody, 1, BODY_MAX));
        var cleanTitle = newTitle == null ? title : Texts.clean(newTitle);
        var cleanBody = newBody == null ? body : Texts.clean(newBody);
        var edited = new Idea(id, municipality, authorId, cleanTitle, cleanBody, revised, status, hiding, submittedAt,
            publishedAt, respondBy, answer, version);
        return new Change(edited, new IdeaEvent.IdeaEdited(eventId, now, id, municipality, author, status, cleanTitle,
            cleanBody, revised));
    }

    public Change publish(Actor moderator, Instant now, UUID eventId) {
        return new Change(moveTo(IdeaStatus.PUBLISHED).withPublishedAt(now),
            new IdeaEvent.IdeaPublished(eventId, now, id, municipality, moderator));
    }

    public Change reject(Actor moderator, String reason, Instant now, UUID eventId) {
        var cleanReason = Texts.requireLength("reason", reason, 1, REASON_MAX);
        return new Change(moveTo(IdeaStatus.REJECTED),
            new IdeaEvent.IdeaRejected(eventId, now, id, municipality, moderator, cleanReason));
    }

    public Change startAssessment(Actor staff, LocalDate respondBy, LocalDate today, Instant now, UUID eventId) {
        requireResponseDate(respondBy, today);
        var next = moveTo(IdeaStatus.UNDER_ASSESSMENT);
        return new Change(new Idea(id, municipality, authorId, title, body, classification, next.status, hiding, submittedAt,
            publishedAt, respondBy, answer, version),
            new IdeaEvent.AssessmentStarted(eventId, now, id, municipality, staff, respondBy));
    }

    /**
     * Staff move the committed response date of an idea they assess, with a reason the public reads: the new date is
     * held to the rules of the first one, and must be another day than the one committed.
     */
    public Change changeResponseDate(Actor staff, LocalDate newRespondBy, String reason, LocalDate today, Instant now,
                                     UUID eventId) {
        if (status != IdeaStatus.UNDER_ASSESSMENT) {
            throw new ResponseDateRefusedException(status);
        }
        requireResponseDate(newRespondBy, today);
        if (newRespondBy.equals(respondBy)) {
            throw new InvalidIdeaException("respondBy", "must differ from the committed date " + respondBy);
        }
        var cleanReason = Texts.requireLength("reason", reason, 1, REASON_MAX);
        return new Change(new Idea(id, municipality, authorId, title, body, classification, status, hiding, submittedAt,
            publishedAt, newRespondBy, answer, version),
            new IdeaEvent.ResponseDateChanged(eventId, now, id, municipality, staff, respondBy, newRespondBy, cleanReason));
    }

    public Change answer(Actor staff, IdeaStatus outcome, String answerText, Instant now, UUID eventId) {
        if (outcome == null || !outcome.isAnswer()) {
            throw new InvalidIdeaException("outcome", "must be accepted, not-possible or already-exists");
        }
        var cleanAnswer = Texts.requireLength("answer", answerText, 1, ANSWER_MAX);
        var next = moveTo(outcome);
        return new Change(new Idea(id, municipality, authorId, title, body, classification, next.status, hiding, submittedAt,
            publishedAt, respondBy, cleanAnswer, version),
            new IdeaEvent.IdeaAnswered(eventId, now, id, municipality, staff, outcome, cleanAnswer));
    }

    public Change withdraw(Actor author, Instant now, UUID eventId) {
        if (!author.id().equals(authorId)) {
            throw new NotTheAuthorException();
        }
        return new Change(moveTo(IdeaStatus.WITHDRAWN),
            new IdeaEvent.IdeaWithdrawn(eventId, now, id, municipality, author));
    }

    public Change realise(Actor staff, String culturalEventId, Instant now, UUID eventId) {
        var reference = Texts.requireLength("culturalEventId", culturalEventId, 1, 100);
        return new Change(moveTo(IdeaStatus.REALISED),
            new IdeaEvent.IdeaRealised(eventId, now, id, municipality, staff, reference));
    }

    /** The events service's event realised the accepted idea: it was completed. */
    public Change realiseByEvent(Actor staff, UUID realisingEventId, Instant now, UUID eventId) {
        return new Change(moveTo(IdeaStatus.REALISED), new IdeaEvent.IdeaRealised(eventId, now, id, municipality, staff,
            realisingEventId.toString(), realisingEventId));
    }

    /** Someone other than its author reports the published idea; one report per person counts. */
    public IdeaReport report(String reporterId, String reason, Instant now) {
        var cleanReason = Texts.requireLength("reason", reason, 1, REPORT_REASON_MAX);
        if (isBy(reporterId)) {
            throw new ModerationRefusedException("You cannot report your own idea");
        }
        return new IdeaReport(id, reporterId, cleanReason, now);
    }

    /** Hidden pending review once its open reports reach the municipality's threshold; otherwise nothing happens. */
    public Optional<Change> hideAfterReports(int openReports, int threshold, Instant now, UUID eventId) {
        if (isHidden() || openReports < threshold) {
            return Optional.empty();
        }
        return Optional.of(hidden(Actor.PLATFORM, "Hidden pending review after " + openReports + " reports.", now,
            eventId));
    }

    public Change hide(Actor staff, String reason, Instant now, UUID eventId) {
        var cleanReason = Texts.requireLength("reason", reason, 1, REASON_MAX);
        if (!isPublic()) {
            throw new ModerationRefusedException("Only a published idea can be hidden; reject a held one instead");
        }
        if (isHidden()) {
            throw new ModerationRefusedException("The idea is hidden already");
        }
        return hidden(staff, cleanReason, now, eventId);
    }

    /** Like hiding, restoring is a moderator's decision and carries a reason the author reads. */
    public Change restore(Actor staff, String reason, Instant now, UUID eventId) {
        var cleanReason = Texts.requireLength("reason", reason, 1, REASON_MAX);
        if (!isHidden()) {
            throw new ModerationRefusedException("Only a hidden idea can be restored");
        }
        return new Change(withHiding(null),
            new IdeaEvent.IdeaRestored(eventId, now, id, municipality, staff, status, cleanReason));
    }

    /** An upheld appeal reverses a rejection: the idea is published as if the moderator had published it. */
    public Change publishOnAppeal(Actor moderator, Instant now, UUID eventId) {
        if (status != IdeaStatus.REJECTED) {
            throw new InvalidTransitionException(status, IdeaStatus.PUBLISHED);
        }
        var published = new Idea(id, municipality, authorId, title, body, classification, IdeaStatus.PUBLISHED, hiding,
            submittedAt, now, respondBy, answer, version);
        return new Change(published, new IdeaEvent.IdeaPublished(eventId, now, id, municipality, moderator));
    }

    public ServiceArea serviceArea() {
        return classification.serviceArea();
    }

    public void checkEditableBy(String personId) {
        if (!isBy(personId)) {
            throw new NotTheAuthorException();
        }
        if (!status.isOpen()) {
            throw new EditRefusedException(status);
        }
    }

    public boolean isHidden() {
        return hiding != null;
    }

    public void checkSupportableBy(String residentId) {
        if (isBy(residentId)) {
            throw new SupportRefusedException("Authors cannot support their own idea");
        }
        if (!isPublic() || !status.isOpen()) {
            throw new SupportRefusedException("Only published ideas that are not answered yet can be supported; this one is "
                + status.code());
        }
    }

    /**
     * Open for discussion from publication on, also after the answer and the realisation, when people react to
     * them; closed once the author withdrew it, and while it is hidden. A rejected idea was never public.
     */
    public void checkOpenForComments() {
        if (isHidden()) {
            throw new CommentRefusedException("A hidden idea cannot be commented on while it waits for review");
        }
        if (!isPublic() || status == IdeaStatus.WITHDRAWN) {
            throw new CommentRefusedException(
                "Only published ideas that are not withdrawn can be commented on; this one is " + status.code());
        }
    }

    /** Public once published: a later rejection or withdrawal does not unpublish what people have seen. */
    public boolean isPublic() {
        return publishedAt != null;
    }

    /**
     * A response date is a promise to residents: one further ahead than {@value #RESPONSE_YEARS_AHEAD} years is no
     * promise, and one past the year 9999 cannot be written as the ISO date every reader of the message expects.
     */
    private static void requireResponseDate(LocalDate date, LocalDate today) {
        if (date == null || date.isBefore(today)) {
            throw new InvalidIdeaException("respondBy", "must be today or later");
        }
        var latest = today.plusYears(RESPONSE_YEARS_AHEAD);
        if (date.isAfter(latest)) {
            throw new InvalidIdeaException("respondBy", "must be at most " + RESPONSE_YEARS_AHEAD
                + " years ahead, by " + latest);
        }
    }

    public boolean isOverdue(LocalDate today) {
        return status == IdeaStatus.UNDER_ASSESSMENT && respondBy != null && today.isAfter(respondBy);
    }

    public boolean isBy(String personId) {
        return authorId.equals(personId);
    }

    private Idea moveTo(IdeaStatus next) {
        if (!status.next().contains(next)) {
            throw new InvalidTransitionException(status, next);
        }
        return new Idea(id, municipality, authorId, title, body, classification, next, hiding, submittedAt, publishedAt,
            respondBy,
            answer, version);
    }

    private Change hidden(Actor by, String reason, Instant now, UUID eventId) {
        return new Change(withHiding(new Hiding(reason, by, now)),
            new IdeaEvent.IdeaHidden(eventId, now, id, municipality, by, status, reason));
    }

    private Idea withHiding(Hiding newHiding) {
        return new Idea(id, municipality, authorId, title, body, classification, status, newHiding, submittedAt, publishedAt,
            respondBy, answer, version);
    }

    private Idea withPublishedAt(Instant when) {
        return new Idea(id, municipality, authorId, title, body, classification, status, hiding, submittedAt, when, respondBy,
            answer, version);
    }
}
