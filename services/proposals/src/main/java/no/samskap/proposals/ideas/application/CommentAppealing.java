package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.AppealDecision;
import no.samskap.proposals.ideas.domain.CommentAppeal;
import no.samskap.proposals.ideas.domain.CommentAppeals;
import no.samskap.proposals.ideas.domain.CommentReports;

import java.util.Optional;

/**
 * The author of a hidden comment appeals the hiding once; a moderator of the municipality other than the one who
 * hid it decides, and an upheld appeal restores the comment in the same transaction, as a restoring by staff does.
 */
@Singleton
public class CommentAppealing {

    private final IdeaSteps steps;
    private final CommentSteps commentSteps;
    private final CommentAppeals appeals;
    private final CommentReports reports;
    private final CommentMessages messages;

    CommentAppealing(IdeaSteps steps, CommentSteps commentSteps, CommentAppeals appeals, CommentReports reports,
                     CommentMessages messages) {
        this.steps = steps;
        this.commentSteps = commentSteps;
        this.appeals = appeals;
        this.reports = reports;
        this.messages = messages;
    }

    @Transactional
    public SeenComment appeal(SignedInPerson author, String ideaId, String commentId, String text) {
        var comment = commentSteps.load(steps.loadVisibleTo(Optional.of(author), ideaId), commentId);
        var now = steps.now();
        var lodged = CommentAppeal.lodge(comment, new Actor(author.subject()), text, appeals.of(comment.id()), now,
            IdeaSteps.newEventId());
        if (!appeals.add(lodged.appeal())) {
            throw AppealDecision.appealedOnce("a comment");
        }
        messages.publish(lodged.domainEvent());
        return SeenComment.by(Optional.of(author), comment, now).withAppeal(lodged.appeal());
    }

    @Transactional
    public SeenComment decide(SignedInPerson moderator, String ideaId, String commentId, boolean upheld, String reason) {
        var comment = commentSteps.load(IdeaAccess.requireStaffOf(moderator, steps.load(ideaId)), commentId);
        var appeal = appeals.of(comment.id()).orElseThrow(() -> ProblemException.notFound("appeal", commentId));
        var now = steps.now();
        var decided = appeal.decide(comment, new Actor(moderator.subject()), upheld, reason, now,
            IdeaSteps.newEventId(), IdeaSteps.newEventId());
        if (!appeals.decide(decided.appeal())) {
            throw AppealDecision.decidedOnce();
        }
        messages.publish(decided.domainEvent());
        var after = decided.reversal().map(commentSteps::record).orElse(comment);
        if (decided.reversal().isPresent()) {
            reports.closeOpenReports(after.id());
        }
        return SeenComment.by(Optional.of(moderator), after, now).withAppeal(decided.appeal());
    }
}
