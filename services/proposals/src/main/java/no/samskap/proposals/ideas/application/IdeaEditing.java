package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.SettingsOfMunicipalities;

import java.util.Optional;

/** The author rewrites their idea until it is answered, within what their municipality offers. */
@Singleton
public class IdeaEditing {

    private final IdeaSteps steps;
    private final SettingsOfMunicipalities settings;

    IdeaEditing(IdeaSteps steps, SettingsOfMunicipalities settings) {
        this.steps = steps;
        this.settings = settings;
    }

    @Transactional
    public Idea edit(SignedInPerson author, EditIdea command) {
        var idea = steps.loadVisibleTo(Optional.of(author), command.ideaId());
        steps.requireNotBlocked(author, idea.municipality());
        idea.checkEditableBy(author.subject());
        var newPlace = command.clearPlace() ? null : command.place();
        var revised = idea.classification().revisedWith(settings.of(idea.municipality()), command.serviceArea(),
            command.strategicValues(), command.targetGroups(), command.costModel(), newPlace);
        if (command.clearPlace()) {
            revised = revised.withoutPlace(command.place());
        }
        return steps.record(idea.edit(new Actor(author.subject()), command.title(), command.body(), revised, steps.now(),
            IdeaSteps.newEventId()));
    }
}
