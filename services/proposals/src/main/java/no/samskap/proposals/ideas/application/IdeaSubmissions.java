package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.platform.idempotency.IdempotencyKey;
import no.samskap.platform.idempotency.IdempotentRequests;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.ratelimits.WriteCounts;
import no.samskap.platform.ratelimits.WriteLimits;
import no.samskap.platform.security.WritingPerson;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Classification;
import no.samskap.proposals.ideas.domain.FeedbackOrigins;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.Ideas;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.MunicipalitySettings;
import no.samskap.proposals.ideas.domain.SettingsOfMunicipalities;
import no.samskap.proposals.ideas.domain.Timelines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A resident submits and withdraws their ideas; staff's ideas made of feedback arrive by message. Under post-moderation a submitted idea is published in the
 * same transaction; under pre-moderation it waits for a moderator. The author follows their idea from the start.
 */
@Singleton
public class IdeaSubmissions {

    private static final Logger LOG = LoggerFactory.getLogger(IdeaSubmissions.class);

    private final Ideas ideas;
    private final Timelines timelines;
    private final IdeaMessages messages;
    private final SettingsOfMunicipalities settings;
    private final IdeaSteps steps;
    private final Following follows;
    private final FeedbackOrigins origins;
    private final IdempotentRequests requests;
    private final RepeatedTitles repeatedTitles;
    private final IdeaReadings readings;
    private final WriteCounts writeCounts;
    private final WriteLimits writeLimits;

    IdeaSubmissions(Ideas ideas, Timelines timelines, IdeaMessages messages, SettingsOfMunicipalities settings,
                    IdeaSteps steps, Following follows, FeedbackOrigins origins, IdempotentRequests requests,
                    RepeatedTitles repeatedTitles, IdeaReadings readings, WriteCounts writeCounts,
                    WriteLimits writeLimits) {
        this.readings = readings;
        this.writeCounts = writeCounts;
        this.writeLimits = writeLimits;
        this.requests = requests;
        this.repeatedTitles = repeatedTitles;
        this.ideas = ideas;
        this.timelines = timelines;
        this.messages = messages;
        this.settings = settings;
        this.steps = steps;
        this.follows = follows;
        this.origins = origins;
    }

    /**
     * A retry under the {@code key} of an earlier submission answers with the idea that one made; the same title from
     * the same author within the {@link RepeatedTitles} window is refused as a repeat, pointing to the first. A blocked
     * author is refused first, here rather than by the platform's filter, as the answer holds until this transaction
     * commits: a block saved meanwhile waits for it and then hides the idea. The author's write is counted against
     * their rate limit last, in the same transaction (ADR 0066): a submission over the limit rolls back, count
     * included, so only accepted submissions count.
     */
    @Transactional
    public IdeaDetails submit(SubmitIdea command, Optional<IdempotencyKey> key) {
        var municipality = new Municipality(command.municipality());
        steps.refuseBlockedWriter(municipality, command.authorId());
        var earlier = key.flatMap(requests::earlierResult).flatMap(id -> ideas.find(new IdeaId(UUID.fromString(id))));
        if (earlier.isPresent()) {
            return readings.detailsOf(earlier.get(), Optional.of(command.authorId()));
        }
        var submission = submit(command, municipality);
        key.ifPresent(used -> requests.remember(used, submission.idea().id().toString()));
        writeCounts.countAccepted(new WritingPerson(command.authorId(), new MunicipalityNumber(command.municipality())),
            writeLimits);
        return submission;
    }

    /** The new idea as its author sees it, made of what was just written rather than read back. */
    private IdeaDetails submit(SubmitIdea command, Municipality municipality) {
        var offer = settings.of(municipality);
        var classification = Classification.of(offer, command.serviceArea(), command.strategicValues(),
            command.targetGroups(), command.costModel(), command.place());
        var submitted = Idea.submit(IdeaId.random(), municipality, command.authorId(), command.title(), command.body(),
            classification, steps.now(), IdeaSteps.newEventId());
        refuseRepeat(submitted.idea());
        var idea = store(submitted, steps.now());
        var timeline = new ArrayList<>(List.of(Timelines.Step.of(submitted.domainEvent())));
        if (offer.moderation() == MunicipalitySettings.Moderation.POST) {
            var publication = idea.publish(Actor.PLATFORM, steps.now(), IdeaSteps.newEventId());
            idea = steps.recordOfUnblockedAuthor(publication);
            timeline.add(Timelines.Step.of(publication.domainEvent()));
        }
        var noSupports = 0;
        return new IdeaDetails(idea, List.copyOf(timeline), noSupports, idea.isOverdue(steps.today()),
            offer.qualifies(noSupports), false, 0, true, null);
    }

    /**
     * Staff turned a resident's feedback into an idea: it is made under the id the feedback service drew, in the name
     * of the staff member, linked to the feedback, and published at once whatever the municipality's moderation, since
     * staff wrote it. A second delivery finds the idea and changes nothing. Runs in the transaction that marks the
     * message processed.
     */
    public Optional<Idea> fromFeedback(IdeaFromFeedback command) {
        var id = new IdeaId(command.ideaId());
        if (ideas.find(id).isPresent()) {
            LOG.info("Idea {} was made of feedback {} before and stays as it is.", id, command.feedbackId());
            return Optional.empty();
        }
        var municipality = new Municipality(command.municipality());
        var classification = Classification.of(settings.of(municipality), command.serviceArea(), null, null, null,
            null);
        var staff = new Actor(command.turnedBy());
        var at = command.turnedAt().truncatedTo(ChronoUnit.MICROS);
        var submitted = Idea.fromFeedback(id, municipality, staff, command.title(), command.body(), classification,
            command.feedbackId(), at, IdeaSteps.newEventId());
        var stored = store(submitted, at);
        origins.record(id, command.feedbackId());
        return Optional.of(steps.record(stored.publish(staff, at, IdeaSteps.newEventId())));
    }

    private void refuseRepeat(Idea idea) {
        if (!repeatedTitles.checked()) {
            return;
        }
        var since = idea.submittedAt().minus(repeatedTitles.window());
        ideas.recentWithTitle(idea.municipality(), idea.authorId(), idea.title(), since)
            .ifPresent(first -> {
                throw ProblemException.conflict("repeated-idea", "You submitted an idea with this title a moment"
                    + " ago; it is at /ideas/" + first.id() + ".").pointingTo("/ideas/" + first.id());
            });
    }

    private Idea store(Idea.Submitted submitted, Instant at) {
        var stored = ideas.add(submitted.idea());
        timelines.append(submitted.domainEvent());
        messages.publish(submitted.domainEvent());
        follows.followAutomatically(stored, stored.authorId(), at);
        return stored;
    }

    @Transactional
    public Idea withdraw(SignedInPerson author, String ideaId) {
        var idea = steps.loadVisibleTo(Optional.of(author), ideaId);
        return steps.record(idea.withdraw(new Actor(author.subject()), steps.now(), IdeaSteps.newEventId()));
    }
}
