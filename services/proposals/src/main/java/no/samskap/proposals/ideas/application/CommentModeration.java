package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.CommentReports;
import no.samskap.proposals.ideas.domain.Comments;
import no.samskap.proposals.ideas.domain.SettingsOfMunicipalities;

import java.util.Optional;

/**
 * Anyone signed in reports a comment, once; at the municipality's threshold of open reports it is hidden until
 * staff review it. Staff hide comments with a reason and restore hidden ones, which closes their open reports.
 */
@Singleton
public class CommentModeration {

    private final IdeaSteps steps;
    private final CommentSteps commentSteps;
    private final Comments comments;
    private final CommentReports reports;
    private final SettingsOfMunicipalities settings;
    private final IdeaMessages messages;

    CommentModeration(IdeaSteps steps, CommentSteps commentSteps, Comments comments, CommentReports reports,
                      SettingsOfMunicipalities settings, IdeaMessages messages) {
        this.messages = messages;
        this.steps = steps;
        this.commentSteps = commentSteps;
        this.comments = comments;
        this.reports = reports;
        this.settings = settings;
    }

    /** Idempotent: a second report by the same person changes nothing. */
    @Transactional
    public void report(SignedInPerson reporter, String ideaId, String commentId, String reason) {
        var idea = steps.loadVisibleTo(Optional.of(reporter), ideaId);
        steps.requireNotBlocked(reporter, idea.municipality());
        var comment = commentSteps.load(idea, commentId);
        var now = steps.now();
        var report = comment.report(reporter.subject(), reason, now);
        reports.add(report).ifPresent(openReports -> {
            messages.publishReported(idea, comment.id().toString(), report.reason(), openReports, now);
            var threshold = settings.of(idea.municipality()).reportThreshold();
            // Read again: counting took the comment's row lock, so a parallel report's hiding is visible by now.
            comments.find(comment.id()).orElseThrow()
                .hideAfterReports(openReports, threshold, now, IdeaSteps.newEventId())
                .ifPresent(commentSteps::record);
        });
    }

    @Transactional
    public SeenComment hide(SignedInPerson staff, String ideaId, String commentId, String reason) {
        var idea = IdeaAccess.requireStaffOf(staff, steps.load(ideaId));
        var now = steps.now();
        var hidden = commentSteps.record(commentSteps.load(idea, commentId)
            .hide(new Actor(staff.subject()), reason, now, IdeaSteps.newEventId()));
        return SeenComment.by(Optional.of(staff), hidden, now);
    }

    @Transactional
    public SeenComment restore(SignedInPerson staff, String ideaId, String commentId, String reason) {
        var idea = IdeaAccess.requireStaffOf(staff, steps.load(ideaId));
        var now = steps.now();
        var restored = commentSteps.record(commentSteps.load(idea, commentId)
            .restore(new Actor(staff.subject()), reason, now, IdeaSteps.newEventId()));
        reports.closeOpenReports(restored.id());
        return SeenComment.by(Optional.of(staff), restored, now);
    }
}
