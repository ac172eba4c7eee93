package no.samskap.gateway.events.notifications;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.notifications.NotificationWording;

/**
 * The events service tells people about events they registered for, about shifts they take or lead, and associations'
 * admins about their applications for rooms.
 */
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

    /** An association's admins hear what became of its application for a room; the notice links the venue's page. */
    @Singleton
    NotificationWording roomBookings() {
        return new EventNotificationWording("room-booking");
    }
}
