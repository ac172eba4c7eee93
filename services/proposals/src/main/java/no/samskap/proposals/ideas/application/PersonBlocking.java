package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Block;
import no.samskap.proposals.ideas.domain.Blocks;
import no.samskap.proposals.ideas.domain.Comments;
import no.samskap.proposals.ideas.domain.Ideas;
import no.samskap.proposals.ideas.domain.Municipality;

/**
 * A municipality's admin blocks a person with a reason, and lifts the block. Both are idempotent. Every service learns
 * that the person is blocked, and refuses their writes (person and municipality only, on a topic the gateway does not
 * read; ADR 0023); the reason never leaves. What the public learns (the gateway's board) is that the person's public
 * ideas and comments are hidden, and shown again once the block is lifted. Content a moderator hid stays hidden.
 */
@Singleton
public class PersonBlocking {

    private final Blocks blocks;
    private final Ideas ideas;
    private final Comments comments;
    private final IdeaMessages ideaMessages;
    private final CommentMessages commentMessages;
    private final IdeaSteps steps;
    private final MunicipalityAnnouncements announcements;

    PersonBlocking(Blocks blocks, Ideas ideas, Comments comments, IdeaMessages ideaMessages,
                   CommentMessages commentMessages, IdeaSteps steps, MunicipalityAnnouncements announcements) {
        this.blocks = blocks;
        this.ideas = ideas;
        this.comments = comments;
        this.ideaMessages = ideaMessages;
        this.commentMessages = commentMessages;
        this.steps = steps;
        this.announcements = announcements;
    }

    @Transactional
    public void block(SignedInPerson admin, String municipality, String subject, String reason) {
        var where = requireAdminOf(admin, municipality);
        var by = new Actor(admin.subject());
        var now = steps.now();
        var block = Block.of(where, subject, reason, by, now);
        var alreadyBlocked = blocks.isBlocked(where, block.subject());
        blocks.put(block);
        if (alreadyBlocked) {
            return;
        }
        announcements.blocked(where, block.subject(), now);
        ideas.shownToThePublicBy(where, block.subject())
            .forEach(idea -> ideaMessages.publishHiddenWhileAuthorBlocked(idea, by, now));
        comments.shownBy(where, block.subject())
            .forEach(comment -> commentMessages.publishHiddenWhileAuthorBlocked(comment, by, now));
    }

    /**
     * Shows again what the block hid. While blocked, every public idea and visible comment of the person was hidden by
     * the block (see {@link IdeaSteps#record} for content published or restored meanwhile), so those that are public
     * and not hidden by a moderator now are exactly those.
     */
    @Transactional
    public void unblock(SignedInPerson admin, String municipality, String subject) {
        var where = requireAdminOf(admin, municipality);
        if (!blocks.isBlocked(where, subject)) {
            return;
        }
        blocks.lift(where, subject);
        var by = new Actor(admin.subject());
        var now = steps.now();
        announcements.unblocked(where, subject, now);
        ideas.shownToThePublicBy(where, subject).forEach(idea -> ideaMessages.publishShownAfterBlock(idea, by, now));
        comments.shownBy(where, subject).forEach(comment -> commentMessages.publishShownAfterBlock(comment, by, now));
    }

    private static Municipality requireAdminOf(SignedInPerson person, String municipality) {
        if (!person.municipality().equals(municipality)) {
            throw ProblemException.notFound("municipality", municipality);
        }
        if (!person.roles().contains(Roles.ADMIN)) {
            throw IdeaAccess.forbidden("Only the municipality's admins may block people.");
        }
        return new Municipality(municipality);
    }
}
