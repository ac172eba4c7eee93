package no.samskap.gateway.events.venues;

import no.samskap.gateway.events.organisers.FormFields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A venue's facts as staff typed them; {@code capacity} stays text until it is sent, so a refusal gives it back. */
public record VenueForm(String name, String address, String capacity, List<String> accessibility, boolean lent) {

    static final List<String> FIELDS = List.of("name", "address", "capacity", "accessibility", "lent");

    static VenueForm empty() {
        return new VenueForm("", "", "", List.of(), true);
    }

    static VenueForm from(FormFields fields) {
        return new VenueForm(fields.get("name"), fields.get("address"), fields.get("capacity"),
            fields.all("accessibility"), "true".equals(fields.get("lent")));
    }

    @SuppressWarnings("unchecked")
    static VenueForm of(Map<String, Object> venue) {
        var capacity = venue.get("capacity");
        return new VenueForm(String.valueOf(venue.getOrDefault("name", "")),
            String.valueOf(venue.getOrDefault("address", "")), capacity == null ? "" : String.valueOf(capacity),
            venue.get("accessibility") instanceof List<?> codes ? (List<String>) codes : List.of(),
            Boolean.TRUE.equals(venue.get("lent")));
    }

    /** The field that is no number where it must be one, before anything is sent. */
    Optional<String> unreadableField() {
        return capacity.isEmpty() || capacity.matches("\\d{1,9}") ? Optional.empty() : Optional.of("capacity");
    }

    Map<String, Object> json() {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("address", address);
        body.put("capacity", capacity.isEmpty() ? null : Integer.valueOf(capacity));
        body.put("accessibility", accessibility);
        body.put("lent", lent);
        return body;
    }
}
