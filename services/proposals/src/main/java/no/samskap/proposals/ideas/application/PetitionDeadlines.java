package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.DuePetitions;
import no.samskap.proposals.ideas.domain.Ideas;
import no.samskap.proposals.ideas.domain.MunicipalityAdmins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Watches the council's six months as {@link ResponseDeadlines} watches response dates (ADR 0043, ADR 0051): the
 * municipality's admins are reminded its reminder days before the deadline, and when it passes without a recorded
 * decision they and the idea's followers are told, each once.
 */
@Singleton
public class PetitionDeadlines {

    static final String DUE_SOON = "petition-deadline-approaching";
    static final String PASSED = "petition-deadline-passed";
    private static final Logger LOG = LoggerFactory.getLogger(PetitionDeadlines.class);

    private final DuePetitions due;
    private final Ideas ideas;
    private final MunicipalityAdmins admins;
    private final Notifier notifier;
    private final Clock clock;

    PetitionDeadlines(DuePetitions due, Ideas ideas, MunicipalityAdmins admins, Notifier notifier, Clock clock) {
        this.due = due;
        this.ideas = ideas;
        this.admins = admins;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Tells what is due on {@code day} and was not told before; gives how many petitions it told of. */
    @Transactional
    public int tellWhatIsDueOn(LocalDate day) {
        var now = clock.instant();
        var told = ResponseDeadlines.inBatches(() -> remind(due.toRemindOn(day, ResponseDeadlines.BATCH), now))
            + ResponseDeadlines.inBatches(() -> tellPassed(due.passedBy(day, ResponseDeadlines.BATCH), now));
        if (told > 0) {
            LOG.info("Told of {} council deadlines of innbyggerforslag coming near or passed on {}.", told, day);
        }
        return told;
    }

    private int remind(List<DuePetitions.Due> dueSoon, Instant now) {
        for (var petition : dueSoon) {
            var idea = ideas.find(petition.idea()).orElseThrow();
            notifier.tell(idea, admins.of(idea.municipality()), DUE_SOON, petition.councilDeadline().toString(), now);
            due.reminded(petition);
        }
        return dueSoon.size();
    }

    private int tellPassed(List<DuePetitions.Due> passed, Instant now) {
        for (var petition : passed) {
            var idea = ideas.find(petition.idea()).orElseThrow();
            notifier.tellFollowersAnd(idea, admins.of(idea.municipality()), PASSED,
                petition.councilDeadline().toString(), now);
            due.passingTold(petition);
        }
        return passed.size();
    }
}
