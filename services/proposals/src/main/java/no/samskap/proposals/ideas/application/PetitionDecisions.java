package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.Petition;
import no.samskap.proposals.ideas.domain.Petitions;

import java.util.List;

/**
 * The municipality's staff record what the council did with a sent innbyggerforslag, or refuse it as a matter the
 * council treated in the same election period. The idea's followers are told either way.
 */
@Singleton
public class PetitionDecisions {

    private final IdeaSteps steps;
    private final Petitions petitions;
    private final PetitionMessages messages;
    private final Notifier notifier;

    PetitionDecisions(IdeaSteps steps, Petitions petitions, PetitionMessages messages, Notifier notifier) {
        this.steps = steps;
        this.petitions = petitions;
        this.messages = messages;
        this.notifier = notifier;
    }

    /** {@code meetingDate} comes as typed, so one that is no date is refused naming its field. */
    @Transactional
    public Petition recordTreatment(SignedInPerson staff, String ideaId, String meetingDate, String decision,
                                    String caseUrl) {
        var idea = IdeaAccess.requireStaffOf(staff, steps.load(ideaId));
        var petition = IdeaPetitions.petitionOf(idea, petitions.lock(idea.id()))
            .recordTreatment(TypedDates.parse("meetingDate", meetingDate), decision, caseUrl, steps.today(), steps.now());
        return decided(idea, petition);
    }

    @Transactional
    public Petition refuse(SignedInPerson staff, String ideaId, String reason) {
        var idea = IdeaAccess.requireStaffOf(staff, steps.load(ideaId));
        var petition = IdeaPetitions.petitionOf(idea, petitions.lock(idea.id()))
            .refuseAsTreatedThisElectionPeriod(reason, steps.now());
        return decided(idea, petition);
    }

    private Petition decided(Idea idea, Petition petition) {
        petitions.save(petition);
        messages.handled(petition);
        notifier.tellFollowersAnd(idea, List.of(), Notifier.PETITION_HANDLED, petition.decision().outcome().code(),
            petition.decision().recordedAt());
        return petition;
    }
}
