package no.samskap.gateway.organisations.notifications;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.notifications.NotificationWording;

/** One wording per subject type the organisations service tells people about. */
@Factory
class NotificationWordings {

    @Singleton
    NotificationWording associations() {
        return new OrganisationNotificationWording("association");
    }

    @Singleton
    NotificationWording offersOfHelp() {
        return new OrganisationNotificationWording("help-offer");
    }

    @Singleton
    NotificationWording requestsForHelp() {
        return new OrganisationNotificationWording("help-request");
    }

    @Singleton
    NotificationWording hours() {
        return new OrganisationNotificationWording("hours");
    }

    @Singleton
    NotificationWording attestSightings() {
        return new OrganisationNotificationWording("attest-sighting");
    }

    @Singleton
    NotificationWording attestRequests() {
        return new OrganisationNotificationWording("attest-request");
    }
}
