package no.samskap.organisations.attests.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Runs the expiry reminders once a day (at 06:00 in Norway unless {@code samskap.attests.expiry.cron} says
 * otherwise). Tests switch it off with {@code samskap.attests.expiry.enabled: false} and call {@link AttestExpiry}.
 */
@Singleton
@Requires(property = "samskap.attests.expiry.enabled", notEquals = "false")
class AttestExpirySchedule {

    private final AttestExpiry expiry;

    AttestExpirySchedule(AttestExpiry expiry) {
        this.expiry = expiry;
    }

    @Scheduled(cron = "${samskap.attests.expiry.cron:0 0 6 * * *}", zoneId = "Europe/Oslo")
    void sendDueReminders() {
        expiry.sendDue();
    }
}
