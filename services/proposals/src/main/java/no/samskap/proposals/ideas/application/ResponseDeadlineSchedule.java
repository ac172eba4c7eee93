package no.samskap.proposals.ideas.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Looks for response dates and the council deadlines of innbyggerforslag coming near or passed every
 * {@code samskap.response-dates.check-every} (15 minutes unless set), so a date is told of the morning it falls due
 * whichever instance runs first. Tests switch it off with {@code samskap.response-dates.enabled: false} and call
 * {@link ResponseDeadlines} and {@link PetitionDeadlines} with the day they choose.
 */
@Singleton
@Requires(property = "samskap.response-dates.enabled", notEquals = "false")
class ResponseDeadlineSchedule {

    private final ResponseDeadlines deadlines;
    private final PetitionDeadlines petitionDeadlines;

    ResponseDeadlineSchedule(ResponseDeadlines deadlines, PetitionDeadlines petitionDeadlines) {
        this.deadlines = deadlines;
        this.petitionDeadlines = petitionDeadlines;
    }

    @Scheduled(fixedDelay = "${samskap.response-dates.check-every:15m}", initialDelay = "1m")
    void tellWhatIsDue() {
        deadlines.tellWhatIsDue();
        petitionDeadlines.tellWhatIsDueOn(deadlines.today());
    }
}
