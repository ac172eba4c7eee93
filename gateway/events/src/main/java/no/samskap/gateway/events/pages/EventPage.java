package no.samskap.gateway.events.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/**
 * What {@code event.jte} shows: the event's facts in plain words, the ideas it realises, the viewer's own
 * registration or the form to register, the volunteer shifts, and the calendar links.
 */
public record EventPage(TemplateTexts t, String id, String title, @Nullable Content status,
                        @Nullable String cancellationReason, String when, String whenIso, Content unit,
                        List<String> coHosts, @Nullable String venue, Content audience, List<Content> accessibility,
                        Content price, @Nullable Content capacity, Content seats, List<String> description,
                        List<String> ideaIds, List<Help> help, boolean open, boolean signedIn, String csrf,
                        @Nullable Content confirmation, @Nullable Mine mine, boolean standingUnknown,
                        RegistrationForm form, List<Shift> shifts, String icsHref, String feedHref,
                        String liveStream) {

    /** The viewer's own registration: in words, with the way to cancel it. */
    public record Mine(Content state, @Nullable Content position, Content party) {
    }

    /** The registration form with what the viewer typed and, when refused, the field at fault. */
    public record RegistrationForm(String companions, List<CalendarPage.Option> needs, String note,
                                   @Nullable CalendarPage.Refused refused, @Nullable Content general) {

        public boolean refusedAt(String fieldId) {
            return refused != null && refused.fieldId().equals(fieldId);
        }

        public @Nullable String invalid(String fieldId) {
            return refusedAt(fieldId) ? "true" : null;
        }

        public String describedBy(String fieldId, String hint) {
            return refusedAt(fieldId) ? hint + " " + fieldId + "-error" : hint;
        }
    }

    /**
     * A volunteer shift with the places left; {@code mine} says the viewer is on it, or waiting for it, and
     * {@code reported} what they said of being ill or late. {@code mayLeave} and {@code mayReport} (a place, not a
     * waitlist) until they are checked in or the shift is over.
     */
    public record Shift(String id, String role, String when, String whenIso, Content placesLeft,
                        @Nullable Content requirements, @Nullable Content ageConfirmation, @Nullable Content mine,
                        @Nullable Content refusal, @Nullable Content reported, boolean mayLeave,
                        boolean mayReport) {
    }

    /**
     * An offer of help carried over from the idea: by an association (its name) or a volunteer, its kind, and for the
     * event's organisers only (the service leaves them out for anyone else) the hours and the words of the offer.
     */
    public record Help(String by, Content kind, @Nullable Content hours, @Nullable String description) {
    }
}
