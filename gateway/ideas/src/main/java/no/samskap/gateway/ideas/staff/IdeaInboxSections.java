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
        return new ListSection<>("to-moderate", 100, true, inbox::toModerate, InboxItems::toModerate);
    }

    @Singleton
    InboxSection reportedIdeas() {
        return new ListSection<>("reported-ideas", 104, true, inbox::reportedIdeas, InboxItems::reportedIdea);
    }

    @Singleton
    InboxSection reportedComments() {
        return new ListSection<>("reported-comments", 106, true, inbox::reportedComments, InboxItems::reportedComment);
    }

    @Singleton
    InboxSection hiddenIdeas() {
        return new ListSection<>("hidden-ideas", 110, true, inbox::hiddenIdeas, InboxItems::hiddenIdea);
    }

    @Singleton
    InboxSection hiddenComments() {
        return new ListSection<>("hidden-comments", 120, true, inbox::hiddenComments, InboxItems::hiddenComment);
    }

    @Singleton
    InboxSection appeals() {
        return new ListSection<>("appeals", 130, true, inbox::appeals, InboxItems::appeal);
    }

    @Singleton
    InboxSection commentAppeals() {
        return new ListSection<>("comment-appeals", 135, true, inbox::commentAppeals, InboxItems::commentAppeal);
    }

    @Singleton
    InboxSection overdue() {
        return new ListSection<>("overdue", 140, true, viewer -> inbox.underAssessment(viewer, Due.OVERDUE),
            InboxItems::toAnswer);
    }

    @Singleton
    InboxSection dueSoon() {
        return new ListSection<>("due-soon", 150, true, viewer -> inbox.underAssessment(viewer, Due.SOON),
            InboxItems::toAnswer);
    }

    @Singleton
    InboxSection thresholdReached() {
        return new ListSection<>("threshold-reached", 155, true, inbox::thresholdReached, InboxItems::toAssess);
    }

    @Singleton
    InboxSection toAssess() {
        return new ListSection<>("to-assess", 160, true, inbox::toAssess, InboxItems::toAssess);
    }

    @Singleton
    InboxSection assessing() {
        return new ListSection<>("assessing", 170, false, viewer -> inbox.underAssessment(viewer, Due.LATER),
            InboxItems::toAnswer);
    }
}
