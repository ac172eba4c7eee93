package no.samskap.gateway.events.organisers;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * Check-in at the door ({@code organisers/checkIn.jte}), made for a phone: one row per confirmed registration and per
 * placed volunteer, name first, a large button to check them in, and who is already in. Needs are shown so the
 * organisers can meet them at the door.
 */
public record CheckInPage(TemplateTexts t, String csrf, String id, String title, boolean checkedIn,
                          List<Attendee> attendees, List<ShiftCheckIn> shifts) {

    /** A confirmed registration; {@code needs} the page's words for its needs, null when none. */
    public record Attendee(String id, String name, Object places, @Nullable Content needs, boolean in) {
    }

    public record ShiftCheckIn(String id, String role, List<Volunteer> volunteers) {
    }

    /** A placed volunteer: {@code name} already escaped, {@code absence} what they reported, if anything. */
    public record Volunteer(String id, Content name, @Nullable Content absence, boolean in) {
    }

    public long attendeesIn() {
        return attendees.stream().filter(Attendee::in).count();
    }

    @SuppressWarnings("unchecked")
    static CheckInPage of(Texts texts, Map<String, Object> event, Optional<Map<String, Object>> roster,
                          List<OrganiserCalls.Shift> shifts, String done, String csrf) {
        var attendees = roster.map(found -> (List<Map<String, Object>>) found.getOrDefault("registrations",
                List.of())).orElse(List.of()).stream().filter(row -> "confirmed".equals(row.get("status")))
            .map(row -> {
                var needs = OrganiserPage.needs(texts, row);
                return new Attendee(String.valueOf(row.get("id")), OrganiserWords.name(row), row.get("places"),
                    needs.isEmpty() ? null : html(String.join(", ", needs)), row.get("checkedInAt") != null);
            }).toList();
        return new CheckInPage(new TemplateTexts(texts), csrf, String.valueOf(event.get("id")),
            String.valueOf(event.get("title")), done.equals("checkedIn"), attendees,
            shifts.stream().map(shift -> shift(texts, shift)).toList());
    }

    private static ShiftCheckIn shift(Texts texts, OrganiserCalls.Shift shift) {
        return new ShiftCheckIn(String.valueOf(shift.shift().get("id")), String.valueOf(shift.shift().get("role")),
            shift.signUps().stream()
                .filter(signUp -> "placed".equals(signUp.get("status")) || "confirmed".equals(signUp.get("status")))
                .map(signUp -> new Volunteer(String.valueOf(signUp.get("volunteerId")),
                    html(OrganiserWords.volunteer(texts, signUp)),
                    signUp.get("absence") instanceof Map<?, ?> absence
                        ? html(texts.word("evo.absence", String.valueOf(absence.get("kind")))) : null,
                    signUp.get("checkedInAt") != null))
                .toList());
    }
}
