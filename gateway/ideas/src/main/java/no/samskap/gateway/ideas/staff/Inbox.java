package no.samskap.gateway.ideas.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One municipality's staff inbox as one viewer sees it: the first page of each section (or the one asked for), each
 * list oldest first, so what has waited longest comes first. {@code sections}: every section's key, how many items it
 * holds and the cursor of its next page. {@code decidedBy} is the Keycloak subject of whoever made a decision, never
 * shown publicly.
 */
@Serdeable
public record Inbox(String municipality, LocalDate today, List<IdeaToModerate> toModerate,
                    List<ReportedIdea> reportedIdeas, List<ReportedComment> reportedComments, List<HiddenIdea> hiddenIdeas,
                    List<HiddenComment> hiddenComments, List<Appeal> appeals, List<CommentAppeal> commentAppeals,
                    List<IdeaToAnswer> overdue,
                    List<IdeaToAnswer> dueSoon, List<IdeaToAssess> thresholdReached, List<IdeaToAssess> toAssess,
                    List<IdeaToAnswer> assessing, List<Section> sections) {

    /** What waits for someone: everything but the assessments whose answer is not due within a week. */
    public int count() {
        return sections.stream().filter(Section::waiting).mapToInt(Section::count).sum();
    }

    /**
     * A section's whole: {@code count} items, of which the list shows a page; {@code next}, absent on the last page,
     * asks for the following one as {@code ?section=<key>&after=<next>}. {@code waiting}: whether its items count in
     * the inbox's total.
     */
    @Serdeable
    public record Section(String key, int count, boolean waiting, @Nullable String next) {
    }

    /**
     * A published idea nobody has started to assess: the most supported first. {@code thresholdReachedAt}: when its
     * supports reached the municipality's threshold, null while they have not.
     */
    @Serdeable
    public record IdeaToAssess(String ideaId, String title, String body, int supportCount, Instant publishedAt,
                               @Nullable Instant thresholdReachedAt) {
    }

    @Serdeable
    public record IdeaToModerate(String ideaId, String title, String body, Instant submittedAt) {
    }

    /** {@code reports}: the reasons of the reports since the last review, oldest first; who reported is unknown. */
    @Serdeable
    public record HiddenIdea(String ideaId, String title, String body, String status, String reason, String hiddenBy,
                             boolean hiddenByYou, Instant hiddenAt, List<String> reports) {
    }

    @Serdeable
    public record HiddenComment(String ideaId, String ideaTitle, String commentId, String body, String reason,
                                String hiddenBy, Instant hiddenAt, List<String> reports) {
    }

    /** A visible idea people reported, fewer times than the threshold that hides it. */
    @Serdeable
    public record ReportedIdea(String ideaId, String title, String body, String status, List<String> reports) {
    }

    /** A visible comment people reported, fewer times than the threshold that hides it. */
    @Serdeable
    public record ReportedComment(String ideaId, String ideaTitle, String commentId, String body, List<String> reports) {
    }

    /** {@code mayDecide} is false when the viewer made the decision appealed against: another moderator must decide. */
    @Serdeable
    public record Appeal(String ideaId, String title, String body, String against, @Nullable String reason,
                         @Nullable String decidedBy, boolean decidedByYou, boolean mayDecide, Instant appealedAt) {
    }

    /**
     * A hidden comment whose author appealed the hiding; {@code hiddenByYou}: the viewer hid it, so another moderator
     * must decide.
     */
    @Serdeable
    public record CommentAppeal(String ideaId, String ideaTitle, String commentId, String body, String reason,
                                String hiddenBy, boolean hiddenByYou, Instant appealedAt) {
    }

    @Serdeable
    public record IdeaToAnswer(String ideaId, String title, LocalDate respondBy, long daysLeft) {
    }
}
