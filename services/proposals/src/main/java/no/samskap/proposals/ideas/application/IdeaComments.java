package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.idempotency.IdempotencyKey;
import no.samskap.platform.idempotency.IdempotentRequests;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Comment;
import no.samskap.proposals.ideas.domain.CommentAppeals;
import no.samskap.proposals.ideas.domain.CommentId;
import no.samskap.proposals.ideas.domain.Comments;
import no.samskap.proposals.ideas.domain.InvalidIdeaException;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Residents and staff discuss a public idea in threads one level deep; authors may edit for a short while. */
@Singleton
public class IdeaComments {

    private final IdeaSteps steps;
    private final CommentSteps commentSteps;
    private final Comments comments;
    private final IdempotentRequests requests;
    private final CommentAppeals appeals;

    IdeaComments(IdeaSteps steps, CommentSteps commentSteps, Comments comments, IdempotentRequests requests,
                 CommentAppeals appeals) {
        this.appeals = appeals;
        this.steps = steps;
        this.commentSteps = commentSteps;
        this.comments = comments;
        this.requests = requests;
    }

    /**
     * {@code parentId} null writes a top-level comment, otherwise an answer to that comment. A retry under the
     * {@code key} of an earlier write answers with the comment that write made.
     */
    @Transactional
    public SeenComment write(SignedInPerson person, String ideaId, String parentId, String body,
                             Optional<IdempotencyKey> key) {
        var earlier = key.flatMap(requests::earlierResult).flatMap(commentSteps::find);
        if (earlier.isPresent()) {
            return SeenComment.by(Optional.of(person), earlier.get(), steps.now());
        }
        var written = write(person, ideaId, parentId, body);
        key.ifPresent(used -> requests.remember(used, written.comment().id().toString()));
        return written;
    }

    private SeenComment write(SignedInPerson person, String ideaId, String parentId, String body) {
        var idea = steps.loadVisibleTo(Optional.of(person), ideaId);
        var official = IdeaAccess.requireCommenter(person, idea);
        steps.requireNotBlocked(person, idea.municipality());
        var author = new Actor(person.subject());
        var now = steps.now();
        var change = parentId == null
            ? Comment.write(CommentId.random(), idea, author, official, body, now, IdeaSteps.newEventId())
            : commentSteps.find(parentId).orElseThrow(() -> new InvalidIdeaException("parentId", "is no comment"))
                .answer(CommentId.random(), idea, author, official, body, now, IdeaSteps.newEventId());
        return SeenComment.by(Optional.of(person), commentSteps.add(change), now);
    }

    @Transactional
    public SeenComment edit(SignedInPerson author, String ideaId, String commentId, String body) {
        var idea = steps.loadVisibleTo(Optional.of(author), ideaId);
        steps.requireNotBlocked(author, idea.municipality());
        var now = steps.now();
        var edited = commentSteps.record(commentSteps.load(idea, commentId)
            .edit(new Actor(author.subject()), body, now, IdeaSteps.newEventId()));
        return SeenComment.by(Optional.of(author), edited, now);
    }

    @Transactional(readOnly = true)
    public List<CommentThread> threads(Optional<SignedInPerson> viewer, String ideaId) {
        var idea = steps.loadVisibleTo(viewer, ideaId);
        var now = steps.now();
        var blocked = steps.blockedIn(idea.municipality());
        var all = comments.on(idea.id());
        var appealed = appeals.on(idea.id());
        Function<Comment, SeenComment> seen = comment -> SeenComment.by(viewer, comment,
            blocked.contains(comment.authorId()), now).withAppeal(appealed.get(comment.id()));
        var answers = all.stream().filter(Comment::isAnswer).collect(Collectors.groupingBy(Comment::parentId));
        return all.stream().filter(comment -> !comment.isAnswer())
            .map(comment -> new CommentThread(seen.apply(comment),
                answers.getOrDefault(comment.id(), List.of()).stream().map(seen).toList()))
            .toList();
    }
}
