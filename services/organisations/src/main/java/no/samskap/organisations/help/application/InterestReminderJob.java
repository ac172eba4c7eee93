package no.samskap.organisations.help.application;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Runs the reminders now and then; a reminder goes out once, however often this runs. */
@Singleton
class InterestReminderJob {

    private final UnansweredInterestReminders reminders;

    InterestReminderJob(UnansweredInterestReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelay = "${samskap.help.reminder-interval:1h}", initialDelay = "${samskap.help.reminder-delay:5m}")
    void remind() {
        reminders.remindDue();
    }
}
