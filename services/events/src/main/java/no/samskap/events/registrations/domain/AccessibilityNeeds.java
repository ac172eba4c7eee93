package no.samskap.events.registrations.domain;

import no.samskap.events.events.domain.Refusal;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a registrant needs to take part, as codes the organisers can plan for and a short note in their own words.
 * Only the organisers of the event see it; it never leaves the service in a message.
 */
public record AccessibilityNeeds(List<String> codes, String note) {

    public static final List<String> CODES = List.of("wheelchair-space", "companion-seat", "sign-language",
        "hearing-loop", "step-free-seat", "quiet-space");
    public static final int NOTE_MAX = 300;
    public static final AccessibilityNeeds NONE = new AccessibilityNeeds(List.of(), "");

    public AccessibilityNeeds {
        codes = codes == null ? List.of() : List.copyOf(new LinkedHashSet<>(codes));
        if (!CODES.containsAll(codes)) {
            throw Refusal.invalid("accessibilityNeeds.codes", "must be among " + String.join(", ", CODES));
        }
        note = note == null ? "" : note.strip();
        if (note.length() > NOTE_MAX) {
            throw Refusal.invalid("accessibilityNeeds.note", "must be at most " + NOTE_MAX + " characters");
        }
    }

    public boolean isEmpty() {
        return codes.isEmpty() && note.isEmpty();
    }
}
