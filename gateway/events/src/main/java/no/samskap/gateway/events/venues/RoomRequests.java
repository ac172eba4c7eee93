package no.samskap.gateway.events.venues;

import gg.jte.Content;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/** What {@code venues/inbox.jte} lists: the applications for rooms that wait for the staff. */
public record RoomRequests(TemplateTexts t, List<Request> requests) {

    /** One application, with the names the read model knows. */
    public record Request(String id, String venueName, String venueHref, String associationName, Content when,
                         boolean childrenAndYouth, String decideHref) {
    }
}
