package no.samskap.gateway.events.notifications;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.notifications.NotificationWording;

/** The events service tells people about events they registered for and about shifts they take or lead. */
@Factory
class EventNotificationWordings {

    @Singleton
    NotificationWording events() {
        return new EventNotificationWording("event");
    }

    @Singleton
    NotificationWording shifts() {
        return new EventNotificationWording("shift");
    }
}
