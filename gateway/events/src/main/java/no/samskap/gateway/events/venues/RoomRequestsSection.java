package no.samskap.gateway.events.venues;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.staff.InboxSection;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

/**
 * "Søknader om lokaler": associations' applications for the municipality's rooms that wait for a decision, children's
 * and young people's activities first. Each leads to its decision page, where the service says what it collides with.
 */
@Singleton
class RoomRequestsSection implements InboxSection {

    static final String KEY = "room-bookings";

    private final Venues venues;

    RoomRequestsSection(Venues venues) {
        this.venues = venues;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public String heading(Texts texts) {
        return texts.text("ven.inbox.heading");
    }

    @Override
    public Items read(StaffMember member) {
        var waiting = venues.waiting(member.municipality());
        return new Items() {
            @Override
            public int count() {
                return waiting.size();
            }

            @Override
            public String html(InboxView view) {
                var words = new BookingWords(view.texts());
                var t = new TemplateTexts(view.texts());
                var requests = waiting.stream().map(request -> new RoomRequests.Request(request.id().toString(),
                    request.venueName(), "/lokaler/" + request.venueId(),
                    request.associationName() == null ? view.texts().text("ven.inbox.someAssociation")
                        : request.associationName(),
                    TemplateTexts.html(words.of(request.startsAt(), request.endsAt(), request.weeklyUntil())),
                    request.childrenAndYouth(), RoomDecisionsController.PATH + "/" + request.id())).toList();
                return VenueWeb.TEMPLATES.render("venues/inbox.jte", new RoomRequests(t, requests));
            }
        };
    }
}
