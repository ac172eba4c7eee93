package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.SettingsOfMunicipalities;
import no.samskap.proposals.ideas.domain.Supports;

import java.time.Instant;

import java.util.Optional;

/**
 * Residents support ideas of their municipality, once each, and may take the support back. Both are idempotent.
 * Supporting follows the idea unless the resident unfollowed it before; taking the support back keeps following.
 * The support that first brings an idea to its municipality's threshold tells everyone so, once: withdrawn supports
 * do not take it back.
 */
@Singleton
public class IdeaSupports {

    private final IdeaSteps steps;
    private final Supports supports;
    private final IdeaMessages messages;
    private final Following follows;
    private final SettingsOfMunicipalities settings;
    private final Notifier notifier;

    IdeaSupports(IdeaSteps steps, Supports supports, IdeaMessages messages, Following follows,
                 SettingsOfMunicipalities settings, Notifier notifier) {
        this.steps = steps;
        this.supports = supports;
        this.messages = messages;
        this.follows = follows;
        this.settings = settings;
        this.notifier = notifier;
    }

    /** Returns the idea's support count afterwards. */
    @Transactional
    public int support(SignedInPerson resident, String ideaId) {
        var idea = IdeaAccess.requireResidentOf(resident, steps.loadVisibleTo(Optional.of(resident), ideaId));
        steps.requireNotBlocked(resident, idea.municipality());
        idea.checkSupportableBy(resident.subject());
        var now = steps.now();
        var counted = supports.add(idea.id(), resident.subject(), now);
        counted.ifPresent(count -> messages.publishSupportGiven(idea, resident.subject(), count, now));
        follows.followAutomatically(idea, resident.subject(), now);
        counted.ifPresent(count -> tellWhenThresholdReached(idea, count, now));
        return counted.orElseGet(() -> supports.count(idea.id()));
    }

    private void tellWhenThresholdReached(Idea idea, int count, Instant now) {
        var municipality = settings.of(idea.municipality());
        if (municipality.qualifies(count) && supports.markThresholdReached(idea.id(), now)) {
            messages.publishSupportThresholdReached(idea, count, municipality.supportThreshold(), now);
            notifier.notifyThresholdReached(idea, municipality.supportThreshold(), now);
        }
    }

    @Transactional
    public int withdrawSupport(SignedInPerson resident, String ideaId) {
        var idea = IdeaAccess.requireResidentOf(resident, steps.loadVisibleTo(Optional.of(resident), ideaId));
        steps.requireNotBlocked(resident, idea.municipality());
        var now = steps.now();
        var counted = supports.remove(idea.id(), resident.subject());
        counted.ifPresent(count -> messages.publishSupportWithdrawn(idea, resident.subject(), count, now));
        return counted.orElseGet(() -> supports.count(idea.id()));
    }
}
