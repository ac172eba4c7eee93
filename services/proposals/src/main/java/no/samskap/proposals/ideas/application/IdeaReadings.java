package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Comments;
import no.samskap.proposals.ideas.domain.FeedbackOrigins;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.Follows;
import no.samskap.proposals.ideas.domain.SettingsOfMunicipalities;
import no.samskap.proposals.ideas.domain.Supports;
import no.samskap.proposals.ideas.domain.Timelines;

import java.util.Optional;

@Singleton
public class IdeaReadings {

    private final IdeaSteps steps;
    private final Timelines timelines;
    private final Supports supports;
    private final SettingsOfMunicipalities settings;
    private final Comments comments;
    private final Follows follows;
    private final FeedbackOrigins origins;

    IdeaReadings(IdeaSteps steps, Timelines timelines, Supports supports, SettingsOfMunicipalities settings,
                 Comments comments, Follows follows, FeedbackOrigins origins) {
        this.steps = steps;
        this.timelines = timelines;
        this.supports = supports;
        this.settings = settings;
        this.comments = comments;
        this.follows = follows;
        this.origins = origins;
    }

    @Transactional(readOnly = true)
    public IdeaDetails find(Optional<SignedInPerson> viewer, String ideaId) {
        var idea = steps.loadVisibleTo(viewer, ideaId);
        return detailsOf(idea, viewer.map(SignedInPerson::subject));
    }

    /** The idea as this person (nobody: the public) sees it, read in the caller's transaction. */
    IdeaDetails detailsOf(Idea idea, Optional<String> viewerId) {
        var count = supports.count(idea.id());
        return new IdeaDetails(idea, timelines.of(idea.id()), count, idea.isOverdue(steps.today()),
            settings.of(idea.municipality()).qualifies(count),
            viewerId.map(person -> supports.hasSupported(idea.id(), person)).orElse(false),
            comments.countVisible(idea.id()),
            viewerId.map(person -> follows.isFollowing(idea.id(), person)).orElse(false),
            origins.of(idea.id()).orElse(null));
    }
}
