package no.samskap.gateway.ideas.pages;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.gateway.ideas.readmodel.PublicComment;
import no.samskap.gateway.ideas.readmodel.PublicDiscussions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The discussion a visitor reads, from the gateway's own copy (ADR 0064), so that a visit asks no service. A signed-in
 * viewer's discussion still comes from the proposals service: what they may edit, and their own hidden comments with
 * the moderator's reason, depend on who they are. An idea the board counts comments of but the copy holds none of
 * (a gateway upgraded to the copy and not yet replayed) is asked of the service as before.
 */
@Singleton
final class VisitorDiscussion {

    private final PublicDiscussions discussions;
    private final ProposalsReading proposals;

    VisitorDiscussion(PublicDiscussions discussions, ProposalsReading proposals) {
        this.discussions = discussions;
        this.proposals = proposals;
    }

    /** The discussion, and whether it came from the gateway's copy, so that a visitor's page of it may be kept. */
    Read of(HttpRequest<?> request, IdeaSummary idea) {
        var id = UUID.fromString(idea.id());
        var comments = discussions.of(id);
        if (comments.isEmpty() && idea.commentCount() > 0) {
            return new Read(proposals.comments(request, id), false);
        }
        return new Read(Optional.of(threads(comments)), true);
    }

    record Read(Optional<List<ProposalsReading.Thread>> threads, boolean fromTheCopy) {
    }

    /** Top-level comments oldest first, each with its answers oldest first, as the service gives them. */
    static List<ProposalsReading.Thread> threads(List<PublicComment> comments) {
        var answers = comments.stream().filter(comment -> comment.parentId() != null)
            .collect(Collectors.groupingBy(PublicComment::parentId));
        return comments.stream().filter(comment -> comment.parentId() == null)
            .map(comment -> new ProposalsReading.Thread(seen(comment),
                answers.getOrDefault(comment.id(), List.of()).stream().map(VisitorDiscussion::seen).toList()))
            .toList();
    }

    private static ProposalsReading.Comment seen(PublicComment comment) {
        return new ProposalsReading.Comment(comment.id().toString(),
            comment.parentId() == null ? null : comment.parentId().toString(), null, comment.official(),
            comment.body(), comment.writtenAt(), comment.editedAt(), comment.hidden(), false,
            comment.byFormerParticipant(), null, null);
    }
}
