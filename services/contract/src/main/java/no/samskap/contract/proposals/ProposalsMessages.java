package no.samskap.contract.proposals;

import no.samskap.contract.AggregateType;
import no.samskap.contract.MessageType;

/**
 * The messages the proposals service publishes, on the {@code samskap.proposals.idea} topic. Comments are about
 * an idea, so they travel keyed by its id and stay in order with it. A person's notifications travel on
 * {@code samskap.proposals.notification-feed}, keyed by the person's subject id, so each feed stays in order.
 */
public final class ProposalsMessages {

    public static final AggregateType IDEA = new AggregateType("proposals", "idea");
    public static final AggregateType NOTIFICATION_FEED = new AggregateType("proposals", "notification-feed");

    public static final MessageType<IdeaSubmitted> IDEA_SUBMITTED =
        new MessageType<>("idea-submitted", 1, IDEA, IdeaSubmitted.class);
    public static final MessageType<IdeaEdited> IDEA_EDITED =
        new MessageType<>("idea-edited", 1, IDEA, IdeaEdited.class);
    public static final MessageType<IdeaPublished> IDEA_PUBLISHED =
        new MessageType<>("idea-published", 1, IDEA, IdeaPublished.class);
    public static final MessageType<IdeaRejected> IDEA_REJECTED =
        new MessageType<>("idea-rejected", 1, IDEA, IdeaRejected.class);
    public static final MessageType<IdeaAssessmentStarted> IDEA_ASSESSMENT_STARTED =
        new MessageType<>("idea-assessment-started", 1, IDEA, IdeaAssessmentStarted.class);
    public static final MessageType<ResponseDateChanged> RESPONSE_DATE_CHANGED =
        new MessageType<>("response-date-changed", 1, IDEA, ResponseDateChanged.class);
    public static final MessageType<IdeaAnswered> IDEA_ANSWERED =
        new MessageType<>("idea-answered", 1, IDEA, IdeaAnswered.class);
    public static final MessageType<IdeaWithdrawn> IDEA_WITHDRAWN =
        new MessageType<>("idea-withdrawn", 1, IDEA, IdeaWithdrawn.class);
    public static final MessageType<IdeaRealised> IDEA_REALISED =
        new MessageType<>("idea-realised", 1, IDEA, IdeaRealised.class);
    public static final MessageType<IdeaHidden> IDEA_HIDDEN =
        new MessageType<>("idea-hidden", 1, IDEA, IdeaHidden.class);
    public static final MessageType<IdeaRestored> IDEA_RESTORED =
        new MessageType<>("idea-restored", 1, IDEA, IdeaRestored.class);
    public static final MessageType<IdeaAppealed> IDEA_APPEALED =
        new MessageType<>("idea-appealed", 1, IDEA, IdeaAppealed.class);
    public static final MessageType<IdeaAppealDecided> IDEA_APPEAL_DECIDED =
        new MessageType<>("idea-appeal-decided", 1, IDEA, IdeaAppealDecided.class);
    public static final MessageType<SupportGiven> SUPPORT_GIVEN =
        new MessageType<>("support-given", 1, IDEA, SupportGiven.class);
    public static final MessageType<SupportWithdrawn> SUPPORT_WITHDRAWN =
        new MessageType<>("support-withdrawn", 1, IDEA, SupportWithdrawn.class);
    public static final MessageType<SupportThresholdReached> SUPPORT_THRESHOLD_REACHED =
        new MessageType<>("support-threshold-reached", 1, IDEA, SupportThresholdReached.class);
    public static final MessageType<PetitionStarted> PETITION_STARTED =
        new MessageType<>("petition-started", 1, IDEA, PetitionStarted.class);
    public static final MessageType<PetitionSignatureCountChanged> PETITION_SIGNATURE_COUNT_CHANGED =
        new MessageType<>("petition-signature-count-changed", 1, IDEA, PetitionSignatureCountChanged.class);
    public static final MessageType<PetitionSent> PETITION_SENT =
        new MessageType<>("petition-sent", 1, IDEA, PetitionSent.class);
    public static final MessageType<PetitionHandled> PETITION_HANDLED =
        new MessageType<>("petition-handled", 1, IDEA, PetitionHandled.class);
    public static final MessageType<ReportReceived> REPORT_RECEIVED =
        new MessageType<>("report-received", 1, IDEA, ReportReceived.class);
    public static final MessageType<CommentAdded> COMMENT_ADDED =
        new MessageType<>("comment-added", 1, IDEA, CommentAdded.class);
    public static final MessageType<CommentEdited> COMMENT_EDITED =
        new MessageType<>("comment-edited", 1, IDEA, CommentEdited.class);
    public static final MessageType<CommentHidden> COMMENT_HIDDEN =
        new MessageType<>("comment-hidden", 1, IDEA, CommentHidden.class);
    public static final MessageType<CommentRestored> COMMENT_RESTORED =
        new MessageType<>("comment-restored", 1, IDEA, CommentRestored.class);
    public static final MessageType<CommentAppealed> COMMENT_APPEALED =
        new MessageType<>("comment-appealed", 1, IDEA, CommentAppealed.class);
    public static final MessageType<CommentAppealDecided> COMMENT_APPEAL_DECIDED =
        new MessageType<>("comment-appeal-decided", 1, IDEA, CommentAppealDecided.class);
    public static final MessageType<IdeaFollowed> IDEA_FOLLOWED =
        new MessageType<>("idea-followed", 1, IDEA, IdeaFollowed.class);
    public static final MessageType<IdeaUnfollowed> IDEA_UNFOLLOWED =
        new MessageType<>("idea-unfollowed", 1, IDEA, IdeaUnfollowed.class);
    public static final MessageType<NotificationAdded> NOTIFICATION_ADDED =
        new MessageType<>("notification-added", 1, NOTIFICATION_FEED, NotificationAdded.class);
    public static final MessageType<NotificationsRead> NOTIFICATIONS_READ =
        new MessageType<>("notifications-read", 1, NOTIFICATION_FEED, NotificationsRead.class);

    /** Who a message's "by" field names when the platform itself acted (publishing under post-moderation, say). */
    public static final String PLATFORM_ACTOR = "samskap";

    private ProposalsMessages() {
    }
}
