package no.samskap.events.venues.application;

import java.util.List;
import java.util.UUID;

/** Who to tell about an association's bookings: its admins, as the organisations service's messages say. */
public interface AssociationAdmins {

    List<String> adminsOf(UUID associationId);
}
