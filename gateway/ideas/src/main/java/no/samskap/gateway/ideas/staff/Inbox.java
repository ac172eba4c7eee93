package no.samskap.gateway.ideas.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One municipality's staff inbox as one viewer sees it. Each list is oldest first, so what has waited longest
 * comes first. {@code decidedBy} is the Keycloak subject of whoever made a decision, never shown publicly.
 */
@Serdeable
public record Inbox(String municipality, LocalDate today, List<IdeaToModerate> toModerate, List<HiddenIdea> hiddenIdeas,
                    List<HiddenComment> hiddenComments, List<Appeal> appeals, List<IdeaToAnswer> overdue,
                    List<IdeaToAnswer> dueSoon, List<IdeaToAssess> toAssess, List<IdeaToAnswer> assessing) {

    /** What waits for someone: everything but the assessments whose answer is not due within a week. */
    public int count() {
        return toModerate.size() + hiddenIdeas.size() + hiddenComments.size() + appeals.size() + overdue.size()
            + dueSoon.size() + toAssess.size();
    }

    /** A published idea nobody has started to assess: the most supported first. */
    @Serdeable
    public record IdeaToAssess(String ideaId, String title, String body, int supportCount, Instant publishedAt) {
    }

    @Serdeable
    public record IdeaToModerate(String ideaId, String title, String body, Instant submittedAt) {
    }

    @Serdeable
    public record HiddenIdea(String ideaId, String title, String body, String status, String reason, String hiddenBy,
                             boolean hiddenByYou, Instant hiddenAt) {
    }

    @Serdeable
    public record HiddenComment(String ideaId, String ideaTitle, String commentId, String body, String reason,
                                String hiddenBy, Instant hiddenAt) {
    }

    /** {@code mayDecide} is false when the viewer made the decision appealed against: another moderator must decide. */
    @Serdeable
    public record Appeal(String ideaId, String title, String body, String against, @Nullable String reason,
                         @Nullable String decidedBy, boolean decidedByYou, boolean mayDecide, Instant appealedAt) {
    }

    @Serdeable
    public record IdeaToAnswer(String ideaId, String title, LocalDate respondBy, long daysLeft) {
    }
}
