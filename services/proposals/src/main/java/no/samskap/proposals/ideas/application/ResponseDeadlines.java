package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.DueAnswers;
import no.samskap.proposals.ideas.domain.Ideas;
import no.samskap.proposals.ideas.domain.MunicipalityAdmins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Reminds whoever committed a response date the municipality's reminder days before it, and tells the municipality's
 * admins and the idea's followers when it passed without an answer. Each once per date (ADR 0043): a moved date is
 * told again, a repeated run or a second instance tells nobody twice.
 */
@Singleton
public class ResponseDeadlines {

    static final int BATCH = 200;
    static final String DUE_SOON = "response-date-approaching";
    static final String PASSED = "response-date-passed";
    private static final Logger LOG = LoggerFactory.getLogger(ResponseDeadlines.class);
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final DueAnswers dueAnswers;
    private final Ideas ideas;
    private final MunicipalityAdmins admins;
    private final Notifier notifier;
    private final Clock clock;

    ResponseDeadlines(DueAnswers dueAnswers, Ideas ideas, MunicipalityAdmins admins, Notifier notifier, Clock clock) {
        this.dueAnswers = dueAnswers;
        this.ideas = ideas;
        this.admins = admins;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Tells what is due today in Norway. */
    public int tellWhatIsDue() {
        return tellWhatIsDueOn(today());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(NORWAY));
    }

    /** Tells what is due on {@code day} and was not told before; gives how many ideas it told of. */
    @Transactional
    public int tellWhatIsDueOn(LocalDate day) {
        var now = clock.instant();
        var told = inBatches(() -> remind(dueAnswers.toRemindOn(day, BATCH), now))
            + inBatches(() -> tellPassed(dueAnswers.passedBy(day, BATCH), now));
        if (told > 0) {
            LOG.info("Told of {} response dates coming near or passed on {}.", told, day);
        }
        return told;
    }

    /** Runs {@code batch} until one tells fewer than {@link #BATCH}; gives how many all told of. */
    static int inBatches(java.util.function.IntSupplier batch) {
        var told = 0;
        int toldNow;
        do {
            toldNow = batch.getAsInt();
            told += toldNow;
        } while (toldNow == BATCH);
        return told;
    }

    private int remind(List<DueAnswers.Due> dueSoon, Instant now) {
        for (var due : dueSoon) {
            var idea = ideas.find(due.idea()).orElseThrow();
            if (due.committedBy() != null) {
                notifier.tell(idea, List.of(due.committedBy()), DUE_SOON, due.respondBy().toString(), now);
            }
            dueAnswers.reminded(due);
        }
        return dueSoon.size();
    }

    private int tellPassed(List<DueAnswers.Due> passed, Instant now) {
        for (var due : passed) {
            var idea = ideas.find(due.idea()).orElseThrow();
            notifier.tellFollowersAnd(idea, admins.of(idea.municipality()), PASSED, due.respondBy().toString(), now);
            dueAnswers.passingTold(due);
        }
        return passed.size();
    }
}
