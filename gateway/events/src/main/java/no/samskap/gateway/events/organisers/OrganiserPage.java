package no.samskap.gateway.events.organisers;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The organisers' page of one event ({@code organisers/organiser.jte}): where it stands and what can be done next
 * (change, publish, cancel with a reason, complete), who registered with their needs, the volunteer shifts with a
 * form for a new one, and the way to check-in. A published event may be completed once it has begun. Everything here comes from the events service, asked with the
 * organiser's own token.
 */
public record OrganiserPage(TemplateTexts t, String csrf, String id, String title, String status,
                            Content statusWord, String when, boolean completable, @Nullable Content done,
                            FormMessages messages,
                            @Nullable Registrations registrations, List<ShiftLine> shifts) {

    static final List<String> SHIFT_FIELDS = List.of("role", "startsAt", "endsAt", "needed", "minimumAge");
    static final List<String> CANCEL_FIELDS = List.of("reason");

    /** The seats taken, waited for and offered, and one row per registration. */
    public record Registrations(Content seats, List<Registration> rows) {
    }

    /** A registration: needs are the page's words for the codes, the note the person's own words. */
    public record Registration(String name, String places, Content status, @Nullable String position, Content needs,
                               boolean needsEmpty, @Nullable String note) {
    }

    /** A shift in short: how many are placed, needed and waiting, and how many said they are ill or late. */
    public record ShiftLine(String role, String when, Content filled, boolean attestRequired, long absent) {
    }

    /** Whether the event may still be changed or cancelled: a draft or published. */
    public boolean open() {
        return draft() || published();
    }

    public boolean draft() {
        return status.equals("draft");
    }

    public boolean published() {
        return status.equals("published");
    }

    public boolean cancelled() {
        return status.equals("cancelled");
    }

    static OrganiserPage of(Texts texts, Map<String, Object> event, Optional<Map<String, Object>> roster,
                            List<OrganiserCalls.Shift> shifts, Optional<FormRefusal> refusal, String done,
                            String csrf) {
        var status = String.valueOf(event.get("status"));
        return new OrganiserPage(new TemplateTexts(texts), csrf, String.valueOf(event.get("id")),
            String.valueOf(event.get("title")), status, html(texts.word("evo.status", status)),
            OrganiserWords.when(texts, event),
            status.equals("published") && !Instant.parse(String.valueOf(event.get("startsAt"))).isAfter(Instant.now()),
            doneMessage(texts, done),
            FormRefusal.messages(texts, refusal, Stream.concat(SHIFT_FIELDS.stream(), CANCEL_FIELDS.stream()).toList(),
                List.of()),
            roster.map(found -> registrations(texts, found)).orElse(null),
            shifts.stream().map(shift -> shiftLine(texts, shift)).toList());
    }

    static @Nullable Content doneMessage(Texts texts, String done) {
        return !done.isEmpty() && texts.has("evo.done." + done) ? html(texts.text("evo.done." + done)) : null;
    }

    @SuppressWarnings("unchecked")
    private static Registrations registrations(Texts texts, Map<String, Object> roster) {
        var seats = (Map<String, Object>) roster.getOrDefault("seats", Map.of());
        var rows = (List<Map<String, Object>>) roster.getOrDefault("registrations", List.of());
        return new Registrations(html(texts.text("evo.registrations.seats", seats.get("confirmed"), seats.get("waiting"),
            seats.get("capacity") == null ? texts.text("evo.registrations.unlimited") : seats.get("capacity"))),
            rows.stream().map(row -> {
                var codes = needs(texts, row);
                var note = String.valueOf(((Map<String, Object>) row.getOrDefault("accessibilityNeeds", Map.of()))
                    .getOrDefault("note", ""));
                return new Registration(OrganiserWords.name(row), String.valueOf(row.get("places")),
                    html(texts.word("evo.registration", String.valueOf(row.get("status")))),
                    row.get("position") == null ? null : String.valueOf(row.get("position")),
                    html(String.join(", ", codes)), codes.isEmpty(),
                    note.isBlank() || note.equals("null") ? null : note);
            }).toList());
    }

    /** The page's words for a registration's accessibility needs, already escaped. */
    @SuppressWarnings("unchecked")
    static List<String> needs(Texts texts, Map<String, Object> row) {
        var needs = (Map<String, Object>) row.getOrDefault("accessibilityNeeds", Map.of());
        return ((List<String>) needs.getOrDefault("codes", List.of())).stream()
            .map(code -> texts.word("evo.need", code)).toList();
    }

    private static ShiftLine shiftLine(Texts texts, OrganiserCalls.Shift shift) {
        var s = shift.shift();
        return new ShiftLine(String.valueOf(s.get("role")), OrganiserWords.when(texts, s),
            html(texts.text("evo.shifts.filled", s.get("filled"), s.get("needed"), s.get("waiting"))),
            Boolean.TRUE.equals(s.get("attestRequired")),
            shift.signUps().stream().filter(signUp -> signUp.get("absence") != null).count());
    }
}
