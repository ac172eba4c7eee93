package no.samskap.gateway.events.organisers;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Map;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The event's shifts for their organisers and team leaders ({@code organisers/shiftList.jte}): each with who signed
 * up, by the name their token gave the events service at sign-up, their place or place on the waitlist, what they
 * reported of being ill or late, and whether they are checked in; and the way to change a shift while the event is
 * open.
 */
public record ShiftListPage(TemplateTexts t, String id, String title, boolean open, @Nullable Content done,
                            List<ShiftTable> shifts) {

    public record ShiftTable(String id, String role, String when, Content filled, List<SignUp> signUps) {
    }

    /** A sign-up: {@code name} already escaped, {@code standing} placed or its place on the waitlist. */
    public record SignUp(Content name, Content standing, @Nullable Absence absence, boolean in) {
    }

    /** That the volunteer is ill or late, by how many minutes, in their own words. */
    public record Absence(Content kind, @Nullable Object minutesLate, @Nullable String note) {
    }

    static ShiftListPage of(Texts texts, Map<String, Object> event, List<OrganiserCalls.Shift> shifts, String done) {
        return new ShiftListPage(new TemplateTexts(texts), String.valueOf(event.get("id")),
            String.valueOf(event.get("title")), List.of("draft", "published").contains(String.valueOf(event.get("status"))),
            OrganiserPage.doneMessage(texts, done), shifts.stream().map(shift -> table(texts, shift)).toList());
    }

    private static ShiftTable table(Texts texts, OrganiserCalls.Shift shift) {
        var s = shift.shift();
        return new ShiftTable(String.valueOf(s.get("id")), String.valueOf(s.get("role")), OrganiserWords.when(texts, s),
            html(texts.text("evo.shifts.filled", s.get("filled"), s.get("needed"), s.get("waiting"))),
            shift.signUps().stream().map(signUp -> new SignUp(html(OrganiserWords.volunteer(texts, signUp)),
                html("waiting".equals(signUp.get("status"))
                    ? texts.text("evo.shiftList.waiting", signUp.get("waitingPosition"))
                    : texts.text("evo.shiftList.placed")),
                absence(texts, signUp), signUp.get("checkedInAt") != null)).toList());
    }

    private static @Nullable Absence absence(Texts texts, Map<String, Object> signUp) {
        if (!(signUp.get("absence") instanceof Map<?, ?> absence)) {
            return null;
        }
        var note = absence.get("note") == null || String.valueOf(absence.get("note")).isBlank() ? null
            : String.valueOf(absence.get("note"));
        return new Absence(html(texts.word("evo.absence", String.valueOf(absence.get("kind")))),
            absence.get("minutesLate"), note);
    }
}
