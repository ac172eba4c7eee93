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
                        List<String> ideaIds, boolean open, boolean signedIn, String csrf,
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

    /** A volunteer shift with the places left; {@code mine} says the viewer is on it, or waiting for it. */
    public record Shift(String id, String role, String when, String whenIso, Content placesLeft,
                        @Nullable Content requirements, @Nullable Content ageConfirmation, @Nullable Content mine,
                        @Nullable Content refusal) {
    }
}
