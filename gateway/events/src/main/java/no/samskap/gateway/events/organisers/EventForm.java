package no.samskap.gateway.events.organisers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event form's values as typed, so a refused form comes back as it was sent. Times are the browser's
 * {@code datetime-local} values, Norwegian wall-clock time, which the events service reads as such.
 */
public record EventForm(String title, String description, String hostingUnit, List<String> coHostIds, List<String> ideaIds,
                 String venueId, String startsAt, String endsAt, String audience, String targetGroups,
                 String priceNok, String capacity, List<String> accessibility) {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final List<String> FIELDS = List.of("title", "description", "hostingUnit", "coHostIds", "venueId",
        "startsAt", "endsAt", "audience", "targetGroups", "priceNok", "capacity", "accessibility");

    static EventForm empty(List<String> ideaIds) {
        return new EventForm("", "", "", List.of(), ideaIds, "", "", "", "alle", "", "", "", List.of());
    }

    static EventForm from(FormFields fields) {
        return new EventForm(fields.get("title"), fields.get("description"), fields.get("hostingUnit"),
            fields.all("coHostIds"), fields.all("ideaIds"), fields.get("venueId"), fields.get("startsAt"),
            fields.get("endsAt"), fields.get("audience"), fields.get("targetGroups"), fields.get("priceNok"),
            fields.get("capacity"), fields.all("accessibility"));
    }

    /** The form filled in from the event as the service describes it. */
    @SuppressWarnings("unchecked")
    static EventForm of(Map<String, Object> event) {
        return new EventForm(text(event.get("title")), text(event.get("description")), text(event.get("hostingUnit")),
            (List<String>) event.getOrDefault("coHostIds", List.of()),
            (List<String>) event.getOrDefault("ideaIds", List.of()), text(event.get("venueId")),
            local(text(event.get("startsAt"))), local(text(event.get("endsAt"))), text(event.get("audience")),
            String.join(", ", (List<String>) event.getOrDefault("targetGroups", List.of())),
            text(event.get("priceNok")), text(event.get("capacity")),
            (List<String>) event.getOrDefault("accessibility", List.of()));
    }

    /** The first field the gateway itself refuses before anything is sent: numbers that are not numbers. */
    Optional<String> unreadableField() {
        if (!priceNok.isEmpty() && number(priceNok).isEmpty()) {
            return Optional.of("priceNok");
        }
        if (!capacity.isEmpty() && number(capacity).isEmpty()) {
            return Optional.of("capacity");
        }
        for (var time : List.of(Map.entry("startsAt", startsAt), Map.entry("endsAt", endsAt))) {
            if (!time.getValue().isEmpty() && !readable(time.getValue())) {
                return Optional.of(time.getKey());
            }
        }
        return Optional.empty();
    }

    /** The body the events service takes. */
    Map<String, Object> json() {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("description", description);
        body.put("hostingUnit", hostingUnit);
        body.put("coHostIds", coHostIds);
        body.put("ideaIds", ideaIds);
        body.put("venueId", venueId.isEmpty() ? null : venueId);
        body.put("startsAt", startsAt);
        body.put("endsAt", endsAt);
        body.put("audience", audience);
        body.put("targetGroups", Arrays.stream(targetGroups.split(",")).map(String::strip)
            .filter(group -> !group.isEmpty()).toList());
        body.put("priceNok", number(priceNok).orElse(null));
        body.put("capacity", number(capacity).orElse(null));
        body.put("accessibility", accessibility);
        return body;
    }

    private static boolean readable(String localTime) {
        try {
            var time = LocalDateTime.parse(localTime);
            return time.getYear() >= 2000 && time.getYear() <= 9999;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Optional<Integer> number(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(text.replace(" ", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String local(String instant) {
        if (instant.isEmpty()) {
            return "";
        }
        return LocalDateTime.ofInstant(Instant.parse(instant), OSLO).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
