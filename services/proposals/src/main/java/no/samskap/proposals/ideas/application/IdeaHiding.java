package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.IdeaReports;
import no.samskap.proposals.ideas.domain.Ideas;
import no.samskap.proposals.ideas.domain.SettingsOfMunicipalities;

import java.util.Optional;

/**
 * Anyone signed in reports a published idea, once; at the municipality's threshold of open reports it is hidden
 * from the public until staff review it. Staff hide ideas with a reason the author sees, and restore hidden ones,
 * which closes their open reports.
 */
@Singleton
public class IdeaHiding {

    private final IdeaSteps steps;
    private final Ideas ideas;
    private final IdeaReports reports;
    private final SettingsOfMunicipalities settings;

    private final IdeaMessages messages;

    IdeaHiding(IdeaSteps steps, Ideas ideas, IdeaReports reports, SettingsOfMunicipalities settings,
               IdeaMessages messages) {
        this.messages = messages;
        this.steps = steps;
        this.ideas = ideas;
        this.reports = reports;
        this.settings = settings;
    }

    /** Idempotent: a second report by the same person changes nothing. */
    @Transactional
    public void report(SignedInPerson reporter, String ideaId, String reason) {
        var idea = steps.loadVisibleTo(Optional.of(reporter), ideaId);
        if (!idea.isPublic()) {
            throw IdeaAccess.notFound(idea);
        }
        steps.requireNotBlocked(reporter, idea.municipality());
        var now = steps.now();
        var report = idea.report(reporter.subject(), reason, now);
        reports.add(report).ifPresent(openReports -> {
            messages.publishReported(idea, null, report.reason(), openReports, now);
            var threshold = settings.of(idea.municipality()).reportThreshold();
            // Read again: counting took the idea's row lock, so a parallel report's hiding is visible by now.
            ideas.find(idea.id()).orElseThrow()
                .hideAfterReports(openReports, threshold, now, IdeaSteps.newEventId())
                .ifPresent(steps::record);
        });
    }

    @Transactional
    public Idea hide(SignedInPerson staff, String ideaId, String reason) {
        var idea = IdeaAccess.requireStaffOf(staff, steps.load(ideaId));
        return steps.record(idea.hide(new Actor(staff.subject()), reason, steps.now(), IdeaSteps.newEventId()));
    }

    @Transactional
    public Idea restore(SignedInPerson staff, String ideaId, String reason) {
        var idea = IdeaAccess.requireStaffOf(staff, steps.load(ideaId));
        var restored = steps.record(idea.restore(new Actor(staff.subject()), reason, steps.now(),
            IdeaSteps.newEventId()));
        reports.closeOpenReports(restored.id());
        return restored;
    }
}
