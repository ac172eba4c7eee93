package no.samskap.gateway.ideas.staff;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.writes.ReadYourWrites;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Holds the page's redirect after a successful staff write until the inbox shows it, so the inbox the person is
 * sent back to no longer lists what they just handled. Writes that change an idea's status are awaited on the idea
 * board before this; moderation leaves the status as it was, so the inbox's own table is what tells. When the time
 * is up the person is sent back anyway: the live updates will bring the change.
 */
@Singleton
class InboxCatchUp {

    private final StaffInbox inbox;
    private final ReadYourWrites readYourWrites;

    InboxCatchUp(StaffInbox inbox, ReadYourWrites readYourWrites) {
        this.inbox = inbox;
        this.readYourWrites = readYourWrites;
    }

    Mono<ReadYourWrites.ReadModel> awaitShowing(StaffAction action, UUID item) {
        var condition = conditionFor(action);
        if (condition == null) {
            return Mono.just(ReadYourWrites.ReadModel.UP_TO_DATE);
        }
        return readYourWrites.awaitShowing(action + " of " + item, () -> inbox.shows(condition, item));
    }

    private static String conditionFor(StaffAction action) {
        return switch (action) {
            case HIDE -> "select 1 from staff_inbox_idea where id = ? and hidden_at is not null";
            case RESTORE -> "select 1 from staff_inbox_idea where id = ? and hidden_at is null";
            case DECIDE_APPEAL -> "select 1 from staff_inbox_idea where id = ? and appealed_at is null";
            case HIDE_COMMENT -> "select 1 from staff_inbox_comment where id = ? and hidden_at is not null";
            case RESTORE_COMMENT -> "select 1 from staff_inbox_comment where id = ? and hidden_at is null";
            case DECIDE_COMMENT_APPEAL -> "select 1 from staff_inbox_comment where id = ? and appealed_at is null";
            default -> null;
        };
    }
}
