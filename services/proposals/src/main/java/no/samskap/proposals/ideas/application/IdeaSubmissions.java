package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Classification;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.Ideas;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.MunicipalitySettings;
import no.samskap.proposals.ideas.domain.SettingsOfMunicipalities;
import no.samskap.proposals.ideas.domain.Timelines;

/**
 * A resident submits and withdraws their ideas. Under post-moderation a submitted idea is published in the
 * same transaction; under pre-moderation it waits for a moderator. The author follows their idea from the start.
 */
@Singleton
public class IdeaSubmissions {

    private final Ideas ideas;
    private final Timelines timelines;
    private final IdeaMessages messages;
    private final SettingsOfMunicipalities settings;
    private final IdeaSteps steps;
    private final Following follows;

    IdeaSubmissions(Ideas ideas, Timelines timelines, IdeaMessages messages, SettingsOfMunicipalities settings,
                    IdeaSteps steps, Following follows) {
        this.ideas = ideas;
        this.timelines = timelines;
        this.messages = messages;
        this.settings = settings;
        this.steps = steps;
        this.follows = follows;
    }

    @Transactional
    public Idea submit(SubmitIdea command) {
        var municipality = new Municipality(command.municipality());
        if (steps.isBlocked(municipality, command.authorId())) {
            throw IdeaAccess.blocked();
        }
        var offer = settings.of(municipality);
        var classification = Classification.of(offer, command.serviceArea(), command.strategicValues(),
            command.targetGroups(), command.costModel(), command.place());
        var submitted = Idea.submit(IdeaId.random(), municipality, command.authorId(), command.title(), command.body(),
            classification, steps.now(), IdeaSteps.newEventId());
        ideas.add(submitted.idea());
        timelines.append(submitted.domainEvent());
        messages.publish(submitted.domainEvent());
        follows.followAutomatically(submitted.idea(), command.authorId(), steps.now());
        if (offer.moderation() == MunicipalitySettings.Moderation.POST) {
            var reloaded = ideas.find(submitted.idea().id()).orElseThrow();
            return steps.record(reloaded.publish(Actor.PLATFORM, steps.now(), IdeaSteps.newEventId()));
        }
        return submitted.idea();
    }

    @Transactional
    public Idea withdraw(SignedInPerson author, String ideaId) {
        var idea = steps.loadVisibleTo(java.util.Optional.of(author), ideaId);
        return steps.record(idea.withdraw(new Actor(author.subject()), steps.now(), IdeaSteps.newEventId()));
    }
}
