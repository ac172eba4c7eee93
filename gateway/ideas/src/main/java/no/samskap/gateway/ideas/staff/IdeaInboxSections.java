package no.samskap.gateway.ideas.staff;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.staff.InboxSection;

/**
 * The ideas module's sections of the staff inbox, first in the inbox: moderation, then what people reported below
 * the threshold that hides it, with their reasons, then what was hidden and
 * appealed, then answers by how soon they are due, then ideas that reached the support threshold before the other
 * published ones. Ideas under assessment whose answer is due later than a week are
 * listed but do not count as waiting.
 */
@Factory
class IdeaInboxSections {

    private final StaffInbox inbox;

    IdeaInboxSections(StaffInbox inbox) {
        this.inbox = inbox;
    }

    @Singleton
    InboxSection toModerate() {
        return new ListSection<>(IdeaSection.TO_MODERATE, 100, inbox::toModerate, InboxItems::toModerate);
    }

    @Singleton
    InboxSection reportedIdeas() {
        return new ListSection<>(IdeaSection.REPORTED_IDEAS, 104, inbox::reportedIdeas, InboxItems::reportedIdea);
    }

    @Singleton
    InboxSection reportedComments() {
        return new ListSection<>(IdeaSection.REPORTED_COMMENTS, 106, inbox::reportedComments, InboxItems::reportedComment);
    }

    @Singleton
    InboxSection hiddenIdeas() {
        return new ListSection<>(IdeaSection.HIDDEN_IDEAS, 110, inbox::hiddenIdeas, InboxItems::hiddenIdea);
    }

    @Singleton
    InboxSection hiddenComments() {
        return new ListSection<>(IdeaSection.HIDDEN_COMMENTS, 120, inbox::hiddenComments, InboxItems::hiddenComment);
    }

    @Singleton
    InboxSection appeals() {
        return new ListSection<>(IdeaSection.APPEALS, 130, inbox::appeals, InboxItems::appeal);
    }

    @Singleton
    InboxSection commentAppeals() {
        return new ListSection<>(IdeaSection.COMMENT_APPEALS, 135, inbox::commentAppeals, InboxItems::commentAppeal);
    }

    @Singleton
    InboxSection overdue() {
        return new ListSection<>(IdeaSection.OVERDUE, 140,
            (viewer, after) -> inbox.underAssessment(viewer, Due.OVERDUE, after),
            InboxItems::toAnswer);
    }

    @Singleton
    InboxSection dueSoon() {
        return new ListSection<>(IdeaSection.DUE_SOON, 150,
            (viewer, after) -> inbox.underAssessment(viewer, Due.SOON, after),
            InboxItems::toAnswer);
    }

    @Singleton
    InboxSection thresholdReached() {
        return new ListSection<>(IdeaSection.THRESHOLD_REACHED, 155, inbox::thresholdReached, InboxItems::toAssess);
    }

    @Singleton
    InboxSection toAssess() {
        return new ListSection<>(IdeaSection.TO_ASSESS, 160, inbox::toAssess, InboxItems::toAssess);
    }

    @Singleton
    InboxSection assessing() {
        return new ListSection<>(IdeaSection.ASSESSING, 170,
            (viewer, after) -> inbox.underAssessment(viewer, Due.LATER, after),
            InboxItems::toAnswer);
    }
}
