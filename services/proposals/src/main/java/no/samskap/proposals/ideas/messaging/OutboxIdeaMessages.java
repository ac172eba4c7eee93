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
import no.samskap.contract.proposals.SupportGiven;
import no.samskap.contract.proposals.SupportWithdrawn;
import no.samskap.platform.outbox.Outbox;
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
        var ideaId = domainEvent.ideaId().toString();
        var by = domainEvent.actor().id();
        var at = domainEvent.occurredAt();
        if (domainEvent instanceof IdeaEvent.IdeaSubmitted submitted) {
            var classification = submitted.classification();
            return message(domainEvent, ProposalsMessages.IDEA_SUBMITTED, new IdeaSubmitted(ideaId, by, submitted.title(),
                submitted.body(), submitted.serviceArea().code(), at, classification.strategicValues(),
                classification.targetGroupCodes(), classification.costModel().code(), classification.place()));
        }
        if (domainEvent instanceof IdeaEvent.IdeaEdited edited) {
            var classification = edited.classification();
            return message(domainEvent, ProposalsMessages.IDEA_EDITED, new IdeaEdited(ideaId, by, edited.title(),
                edited.body(), classification.serviceArea().code(), classification.strategicValues(),
                classification.targetGroupCodes(), classification.costModel().code(), classification.place(), at));
        }
        if (domainEvent instanceof IdeaEvent.IdeaPublished) {
            return message(domainEvent, ProposalsMessages.IDEA_PUBLISHED, new IdeaPublished(ideaId, by, at));
        }
        if (domainEvent instanceof IdeaEvent.IdeaRejected rejected) {
            return message(domainEvent, ProposalsMessages.IDEA_REJECTED, new IdeaRejected(ideaId, by, rejected.reason(), at));
        }
        if (domainEvent instanceof IdeaEvent.AssessmentStarted started) {
            return message(domainEvent, ProposalsMessages.IDEA_ASSESSMENT_STARTED,
                new IdeaAssessmentStarted(ideaId, by, started.respondBy(), at));
        }
        if (domainEvent instanceof IdeaEvent.ResponseDateChanged changed) {
            return message(domainEvent, ProposalsMessages.RESPONSE_DATE_CHANGED, new ResponseDateChanged(ideaId, by,
                changed.previousRespondBy(), changed.respondBy(), changed.reason(), at));
        }
        if (domainEvent instanceof IdeaEvent.IdeaAnswered answered) {
            return message(domainEvent, ProposalsMessages.IDEA_ANSWERED,
                new IdeaAnswered(ideaId, by, answered.status().code(), answered.answer(), at));
        }
        if (domainEvent instanceof IdeaEvent.IdeaWithdrawn) {
            return message(domainEvent, ProposalsMessages.IDEA_WITHDRAWN, new IdeaWithdrawn(ideaId, by, at));
        }
        if (domainEvent instanceof IdeaEvent.IdeaRealised realised) {
            return message(domainEvent, ProposalsMessages.IDEA_REALISED,
                new IdeaRealised(ideaId, by, realised.culturalEventId(), at));
        }
        if (domainEvent instanceof IdeaEvent.IdeaHidden hidden) {
            return message(domainEvent, ProposalsMessages.IDEA_HIDDEN, new IdeaHidden(ideaId, hidden.reason(), by, at));
        }
        if (domainEvent instanceof IdeaEvent.IdeaRestored restored) {
            return message(domainEvent, ProposalsMessages.IDEA_RESTORED,
                IdeaRestored.byModerator(ideaId, by, at, restored.reason()));
        }
        if (domainEvent instanceof IdeaEvent.IdeaAppealed appealed) {
            return message(domainEvent, ProposalsMessages.IDEA_APPEALED, new IdeaAppealed(ideaId, by, appealed.against(), at));
        }
        if (domainEvent instanceof IdeaEvent.AppealDecided decided) {
            return message(domainEvent, ProposalsMessages.IDEA_APPEAL_DECIDED,
                new IdeaAppealDecided(ideaId, decided.upheld(), by, decided.reason(), at));
        }
        throw new IllegalArgumentException("No message for " + domainEvent.getClass().getSimpleName());
    }

    private static <P> OutgoingMessage<P> message(IdeaEvent domainEvent, no.samskap.contract.MessageType<P> type, P payload) {
        return new OutgoingMessage<>(type, domainEvent.eventId(), domainEvent.occurredAt(),
            domainEvent.municipality().number(), domainEvent.ideaId().toString(), payload);
    }
}
