package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Block;
import no.samskap.proposals.ideas.domain.Blocks;
import no.samskap.proposals.ideas.domain.Municipality;

/** A municipality's admin blocks a person with a reason, and lifts the block. Both are idempotent. */
@Singleton
public class PersonBlocking {

    private final Blocks blocks;
    private final IdeaSteps steps;

    PersonBlocking(Blocks blocks, IdeaSteps steps) {
        this.blocks = blocks;
        this.steps = steps;
    }

    @Transactional
    public void block(SignedInPerson admin, String municipality, String subject, String reason) {
        blocks.put(Block.of(requireAdminOf(admin, municipality), subject, reason, new Actor(admin.subject()),
            steps.now()));
    }

    @Transactional
    public void unblock(SignedInPerson admin, String municipality, String subject) {
        blocks.lift(requireAdminOf(admin, municipality), subject);
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
