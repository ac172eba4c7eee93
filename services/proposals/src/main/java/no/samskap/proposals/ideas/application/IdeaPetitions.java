package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.Petition;
import no.samskap.proposals.ideas.domain.PetitionRefusedException;
import no.samskap.proposals.ideas.domain.Petitions;
import no.samskap.proposals.ideas.domain.Populations;
import no.samskap.proposals.ideas.domain.Signatures;

import java.util.Optional;

/**
 * An idea's author makes it an innbyggerforslag, residents of its municipality sign it (a signature is not a
 * support) and may withdraw their signature until the author sends it to the council. Signing and withdrawing are
 * idempotent; every step on one petition first locks its row, so parallel signatures of one person count once.
 */
@Singleton
public class IdeaPetitions {

    private final IdeaSteps steps;
    private final Petitions petitions;
    private final Signatures signatures;
    private final Populations populations;
    private final PetitionMessages messages;
    private final Notifier notifier;

    IdeaPetitions(IdeaSteps steps, Petitions petitions, Signatures signatures, Populations populations,
                  PetitionMessages messages, Notifier notifier) {
        this.steps = steps;
        this.petitions = petitions;
        this.signatures = signatures;
        this.populations = populations;
        this.messages = messages;
        this.notifier = notifier;
    }

    @Transactional(readOnly = true)
    public PetitionDetails find(Optional<SignedInPerson> viewer, String ideaId) {
        var idea = steps.loadVisibleTo(viewer, ideaId);
        var petition = petitionOf(idea, petitions.find(idea.id()));
        return details(viewer, petition);
    }

    @Transactional
    public PetitionDetails start(SignedInPerson author, String ideaId) {
        var idea = IdeaAccess.requireResidentOf(author, steps.loadVisibleTo(Optional.of(author), ideaId));
        steps.requireNotBlocked(author, idea.municipality());
        var population = populations.of(idea.municipality()).orElseThrow(() -> new PetitionRefusedException(
            "The municipality has not set its population, which the threshold is counted from"));
        var petition = Petition.start(idea, author.subject(), population, steps.now());
        if (!petitions.add(petition)) {
            throw new PetitionRefusedException("The idea is an innbyggerforslag already");
        }
        messages.started(petition);
        return details(Optional.of(author), petition);
    }

    /** Gives ({@code sign}) or takes back the resident's signature; returns the petition afterwards. */
    @Transactional
    public PetitionDetails changeSignature(SignedInPerson resident, String ideaId, boolean sign) {
        var idea = IdeaAccess.requireResidentOf(resident, steps.loadVisibleTo(Optional.of(resident), ideaId));
        if (sign) {
            steps.requireNotBlocked(resident, idea.municipality());
        }
        var petition = petitionOf(idea, petitions.lock(idea.id()));
        petition.checkSignable();
        var now = steps.now();
        var counted = sign ? signatures.add(idea.id(), resident.subject(), now)
            : signatures.remove(idea.id(), resident.subject());
        if (counted.isPresent()) {
            petition = petition.withSignatureCount(counted.getAsInt());
            messages.signatureCountChanged(petition, now);
        }
        return new PetitionDetails(petition, sign, false);
    }

    /** The author sends it once it has its threshold; the council's six months start today. */
    @Transactional
    public PetitionDetails send(SignedInPerson author, String ideaId) {
        var idea = steps.loadVisibleTo(Optional.of(author), ideaId);
        var sent = petitionOf(idea, petitions.lock(idea.id())).send(author.subject(), idea, steps.today(), steps.now());
        petitions.save(sent);
        messages.sent(sent);
        notifier.tellFollowersAnd(idea, java.util.List.of(), Notifier.PETITION_SENT,
            sent.councilDeadline().toString(), sent.sentAt());
        return details(Optional.of(author), sent);
    }

    private PetitionDetails details(Optional<SignedInPerson> viewer, Petition petition) {
        var signed = viewer.map(person -> signatures.hasSigned(petition.idea(), person.subject())).orElse(false);
        return new PetitionDetails(petition, signed, petition.isOverdue(steps.today()));
    }

    static Petition petitionOf(Idea idea, Optional<Petition> petition) {
        return petition.orElseThrow(() -> ProblemException.notFound("petition", idea.id().toString()));
    }
}
