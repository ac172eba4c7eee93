package no.samskap.gateway.shell.notifications.digest;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Decides the due digests and sends the due mails, every {@code samskap.mail.poll-interval}. */
@Singleton
class MailSchedule {

    private final DigestComposer composer;
    private final MailSender sender;

    MailSchedule(DigestComposer composer, MailSender sender) {
        this.composer = composer;
        this.sender = sender;
    }

    @Scheduled(fixedDelay = "${samskap.mail.poll-interval:30s}", initialDelay = "${samskap.mail.poll-interval:30s}")
    void run() {
        composer.composeDue();
        sender.sendDue();
    }
}
