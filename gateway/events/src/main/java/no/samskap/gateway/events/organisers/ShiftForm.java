package no.samskap.gateway.events.organisers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form that changes a shift, as typed: the role, {@code datetime-local} times (Norwegian wall-clock time, which
 * the events service reads as such) and the places needed. The service decides the rest, such as never fewer places
 * than are taken.
 */
public record ShiftForm(String role, String startsAt, String endsAt, String needed) {

    static final List<String> FIELDS = List.of("role", "startsAt", "endsAt", "needed");

    static ShiftForm of(Map<String, Object> shift) {
        return new ShiftForm(text(shift.get("role")), local(text(shift.get("startsAt"))),
            local(text(shift.get("endsAt"))), text(shift.get("needed")));
    }

    static ShiftForm from(FormFields fields) {
        return new ShiftForm(fields.get("role"), fields.get("startsAt"), fields.get("endsAt"), fields.get("needed"));
    }

    /** The first field the gateway can tell is unreadable before asking the service. */
    Optional<String> unreadableField() {
        if (number().isEmpty()) {
            return Optional.of("needed");
        }
        for (var time : List.of(Map.entry("startsAt", startsAt), Map.entry("endsAt", endsAt))) {
            if (!readable(time.getValue())) {
                return Optional.of(time.getKey());
            }
        }
        return Optional.empty();
    }

    Map<String, Object> json() {
        var body = new LinkedHashMap<String, Object>();
        body.put("role", role);
        body.put("startsAt", startsAt);
        body.put("endsAt", endsAt);
        body.put("needed", number().orElse(null));
        return body;
    }

    private Optional<Integer> number() {
        try {
            return Optional.of(Integer.parseInt(needed.replace(" ", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean readable(String localTime) {
        try {
            var time = LocalDateTime.parse(localTime);
            return time.getYear() >= 2000 && time.getYear() <= 9999;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String local(String instant) {
        if (instant.isEmpty()) {
            return "";
        }
        return LocalDateTime.ofInstant(Instant.parse(instant), EventForm.OSLO).truncatedTo(ChronoUnit.MINUTES)
            .toString();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
