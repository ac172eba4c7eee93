package no.samskap.proposals.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.proposals.HidingCause;
import no.samskap.contract.proposals.IdeaAnswered;
import no.samskap.contract.proposals.IdeaAppealDecided;
import no.samskap.contract.proposals.IdeaAppealed;
import no.samskap.contract.proposals.IdeaAssessmentStarted;
import no.samskap.contract.proposals.IdeaEdited;
import no.samskap.contract.proposals.IdeaFollowed;
import no.samskap.contract.proposals.IdeaHidden;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaRealised;
import no.samskap.contract.proposals.IdeaRejected;
import no.samskap.contract.proposals.IdeaRestored;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.IdeaUnfollowed;
import no.samskap.contract.proposals.IdeaWithdrawn;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.contract.proposals.ResponseDateChanged;
import no.samskap.contract.proposals.ReportReceived;
import no.samskap.contract.proposals.SupportGiven;
import no.samskap.contract.proposals.SupportThresholdReached;
import no.samskap.contract.proposals.SupportWithdrawn;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.MessageMapping;
import no.samskap.platform.outbox.OutgoingMessage;
import no.samskap.proposals.ideas.application.IdeaMessages;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.IdeaEvent;

import java.time.Instant;
import java.util.UUID;

/** Turns the idea's domain events into messages of the public contract and appends them to the outbox. */
@Singleton
public class OutboxIdeaMessages implements IdeaMessages {

    /** The reason a blocked author's content carries on the wire; it says nothing of why they were blocked. */
    public static final String HIDDEN_WHILE_AUTHOR_BLOCKED = "Hidden while its author is blocked.";

    private static final MessageMapping<IdeaEvent> MESSAGES = MessageMapping.of(IdeaEvent.class)
        .on(IdeaEvent.IdeaSubmitted.class, OutboxIdeaMessages::submitted)
        .on(IdeaEvent.IdeaEdited.class, OutboxIdeaMessages::edited)
        .on(IdeaEvent.IdeaPublished.class, published -> message(published, ProposalsMessages.IDEA_PUBLISHED,
            new IdeaPublished(ideaId(published), by(published), published.occurredAt())))
        .on(IdeaEvent.IdeaRejected.class, rejected -> message(rejected, ProposalsMessages.IDEA_REJECTED,
            new IdeaRejected(ideaId(rejected), by(rejected), rejected.reason(), rejected.occurredAt())))
        .on(IdeaEvent.AssessmentStarted.class, started -> message(started, ProposalsMessages.IDEA_ASSESSMENT_STARTED,
            new IdeaAssessmentStarted(ideaId(started), by(started), started.respondBy(), started.occurredAt())))
        .on(IdeaEvent.ResponseDateChanged.class, changed -> message(changed, ProposalsMessages.RESPONSE_DATE_CHANGED,
            new ResponseDateChanged(ideaId(changed), by(changed), changed.previousRespondBy(), changed.respondBy(),
                changed.reason(), changed.occurredAt())))
        .on(IdeaEvent.IdeaAnswered.class, answered -> message(answered, ProposalsMessages.IDEA_ANSWERED,
            new IdeaAnswered(ideaId(answered), by(answered), answered.status().code(), answered.answer(),
                answered.occurredAt())))
        .on(IdeaEvent.IdeaWithdrawn.class, withdrawn -> message(withdrawn, ProposalsMessages.IDEA_WITHDRAWN,
            new IdeaWithdrawn(ideaId(withdrawn), by(withdrawn), withdrawn.occurredAt())))
        .on(IdeaEvent.IdeaRealised.class, realised -> message(realised, ProposalsMessages.IDEA_REALISED,
            new IdeaRealised(ideaId(realised), by(realised), realised.culturalEventId(), realised.occurredAt(),
                realised.realisingEventId() == null ? null : realised.realisingEventId().toString())))
        .on(IdeaEvent.IdeaHidden.class, hidden -> message(hidden, ProposalsMessages.IDEA_HIDDEN,
            new IdeaHidden(ideaId(hidden), hidden.reason(), by(hidden), hidden.occurredAt())))
        .on(IdeaEvent.IdeaRestored.class, restored -> message(restored, ProposalsMessages.IDEA_RESTORED,
            IdeaRestored.byModerator(ideaId(restored), by(restored), restored.occurredAt(), restored.reason())))
        .on(IdeaEvent.IdeaAppealed.class, appealed -> message(appealed, ProposalsMessages.IDEA_APPEALED,
            new IdeaAppealed(ideaId(appealed), by(appealed), appealed.against(), appealed.occurredAt())))
        .on(IdeaEvent.AppealDecided.class, decided -> message(decided, ProposalsMessages.IDEA_APPEAL_DECIDED,
            new IdeaAppealDecided(ideaId(decided), decided.upheld(), by(decided), decided.reason(),
                decided.occurredAt())))
        .build();

    private final Outbox outbox;

    OutboxIdeaMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(IdeaEvent domainEvent) {
        outbox.append(toMessage(domainEvent));
    }

    @Override
    public void publishSupportGiven(Idea idea, String supporterId, int count, Instant now) {
        outbox.append(new OutgoingMessage<>(ProposalsMessages.SUPPORT_GIVEN, UUID.randomUUID(), now,
            idea.municipality().number(), idea.id().toString(), new SupportGiven(idea.id().toString(), supporterId, count, now)));
    }

    @Override
    public void publishSupportWithdrawn(Idea idea, String supporterId, int count, Instant now) {
        outbox.append(new OutgoingMessage<>(ProposalsMessages.SUPPORT_WITHDRAWN, UUID.randomUUID(), now,
            idea.municipality().number(), idea.id().toString(),
            new SupportWithdrawn(idea.id().toString(), supporterId, count, now)));
    }

    @Override
    public void publishReported(Idea idea, String commentId, String reason, int openReports, Instant now) {
        outbox.append(new OutgoingMessage<>(ProposalsMessages.REPORT_RECEIVED, UUID.randomUUID(), now,
            idea.municipality().number(), idea.id().toString(),
            new ReportReceived(idea.id().toString(), commentId, reason, openReports, now)));
    }

    @Override
    public void publishSupportThresholdReached(Idea idea, int count, int threshold, Instant now) {
        outbox.append(new OutgoingMessage<>(ProposalsMessages.SUPPORT_THRESHOLD_REACHED, UUID.randomUUID(), now,
            idea.municipality().number(), idea.id().toString(),
            new SupportThresholdReached(idea.id().toString(), count, threshold, now)));
    }

    @Override
    public void publishFollowed(Idea idea, String followerId, Instant now) {
        outbox.append(new OutgoingMessage<>(ProposalsMessages.IDEA_FOLLOWED, UUID.randomUUID(), now,
            idea.municipality().number(), idea.id().toString(), new IdeaFollowed(idea.id().toString(), followerId, now)));
    }

    @Override
    public void publishUnfollowed(Idea idea, String followerId, Instant now) {
        outbox.append(new OutgoingMessage<>(ProposalsMessages.IDEA_UNFOLLOWED, UUID.randomUUID(), now,
            idea.municipality().number(), idea.id().toString(), new IdeaUnfollowed(idea.id().toString(), followerId, now)));
    }

    @Override
    public void publishHiddenWhileAuthorBlocked(Idea idea, Actor actor, Instant now) {
        var ideaId = idea.id().toString();
        outbox.append(new OutgoingMessage<>(ProposalsMessages.IDEA_HIDDEN, UUID.randomUUID(), now,
            idea.municipality().number(), ideaId,
            new IdeaHidden(ideaId, HIDDEN_WHILE_AUTHOR_BLOCKED, actor.id(), now, HidingCause.AUTHOR_BLOCKED)));
    }

    @Override
    public void publishShownAfterBlock(Idea idea, Actor admin, Instant now) {
        var ideaId = idea.id().toString();
        outbox.append(new OutgoingMessage<>(ProposalsMessages.IDEA_RESTORED, UUID.randomUUID(), now,
            idea.municipality().number(), ideaId, new IdeaRestored(ideaId, admin.id(), now, HidingCause.AUTHOR_BLOCKED)));
    }

    static OutgoingMessage<?> toMessage(IdeaEvent domainEvent) {
        return MESSAGES.toMessage(domainEvent);
    }

    private static OutgoingMessage<?> submitted(IdeaEvent.IdeaSubmitted submitted) {
        var classification = submitted.classification();
        return message(submitted, ProposalsMessages.IDEA_SUBMITTED, new IdeaSubmitted(ideaId(submitted), by(submitted),
            submitted.title(), submitted.body(), submitted.serviceArea().code(), submitted.occurredAt(),
            classification.strategicValues(), classification.targetGroupCodes(), classification.costModel().code(),
            classification.place(),
            submitted.originFeedbackId() == null ? null : submitted.originFeedbackId().toString()));
    }

    private static OutgoingMessage<?> edited(IdeaEvent.IdeaEdited edited) {
        var classification = edited.classification();
        return message(edited, ProposalsMessages.IDEA_EDITED, new IdeaEdited(ideaId(edited), by(edited), edited.title(),
            edited.body(), classification.serviceArea().code(), classification.strategicValues(),
            classification.targetGroupCodes(), classification.costModel().code(), classification.place(),
            edited.occurredAt()));
    }

    private static String ideaId(IdeaEvent domainEvent) {
        return domainEvent.ideaId().toString();
    }

    private static String by(IdeaEvent domainEvent) {
        return domainEvent.actor().id();
    }

    private static <P> OutgoingMessage<P> message(IdeaEvent domainEvent, no.samskap.contract.MessageType<P> type, P payload) {
        return new OutgoingMessage<>(type, domainEvent.eventId(), domainEvent.occurredAt(),
            domainEvent.municipality().number(), domainEvent.ideaId().toString(), payload);
    }
}
