package no.samskap.gateway.shell.notifications;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.Texts;

/**
 * A module the gateway does not have yet, as a test's stand-in: it words the cultural events service's events in
 * bokmål only, which is enough to tell its wording from the shell's neutral one.
 */
@Singleton
@Requires(property = CulturalEventWordingForTests.SETTING)
class CulturalEventWordingForTests implements NotificationWording {

    static final String SETTING = "samskap.test.cultural-event-wording";

    @Override
    public String service() {
        return "events";
    }

    @Override
    public String subjectType() {
        return "cultural-event";
    }

    @Override
    public String whatHappened(FeedEntry entry, Texts texts) {
        return "cancelled".equals(entry.kind()) ? "er avlyst" : "er endret";
    }
}
