package no.samskap.gateway.events.venues;

import no.samskap.gateway.events.organisers.FormFields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An association's application for a room as its admin typed it: once ({@code startsAt}, {@code endsAt}, Norwegian
 * wall-clock time) or every week ({@code weekday}, {@code startTime}, {@code endTime}, {@code fromDate},
 * {@code untilDate}). Only the fields of the chosen kind are sent; the service checks what they mean.
 */
public record ApplicationForm(String associationId, String purpose, boolean childrenAndYouth, boolean weekly,
                              String startsAt, String endsAt, String weekday, String startTime, String endTime,
                              String fromDate, String untilDate) {

    static final List<String> FIELDS = List.of("associationId", "purpose", "childrenAndYouth", "startsAt", "endsAt",
        "weekday", "startTime", "endTime", "fromDate", "untilDate");
    static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday");

    static ApplicationForm empty() {
        return new ApplicationForm("", "", false, false, "", "", "", "", "", "", "");
    }

    static ApplicationForm from(FormFields fields) {
        return new ApplicationForm(fields.get("associationId"), fields.get("purpose"),
            "true".equals(fields.get("childrenAndYouth")), "weekly".equals(fields.get("kind")),
            fields.get("startsAt"), fields.get("endsAt"), fields.get("weekday"), fields.get("startTime"),
            fields.get("endTime"), fields.get("fromDate"), fields.get("untilDate"));
    }

    Map<String, Object> json(String venueId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("venueId", venueId);
        body.put("associationId", associationId);
        body.put("purpose", purpose);
        body.put("childrenAndYouth", childrenAndYouth);
        if (weekly) {
            body.put("weekday", weekday);
            body.put("startTime", startTime);
            body.put("endTime", endTime);
            body.put("fromDate", fromDate);
            body.put("untilDate", untilDate);
        } else {
            body.put("startsAt", startsAt);
            body.put("endsAt", endsAt);
        }
        return body;
    }
}
