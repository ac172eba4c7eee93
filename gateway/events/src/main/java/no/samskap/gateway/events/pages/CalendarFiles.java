package no.samskap.gateway.events.pages;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import no.samskap.gateway.events.commands.ServiceReads;

/**
 * An iCalendar file of the events service passed on as it came, for calendar programs to import or subscribe to;
 * when the service is down, a plain 503 that a calendar program will retry.
 */
final class CalendarFiles {

    static final String TEXT_CALENDAR = "text/calendar";

    private CalendarFiles() {
    }

    static HttpResponse<?> answer(ServiceReads.Answered<byte[]> file, String name) {
        if (file.value().isPresent()) {
            return HttpResponse.ok(file.value().get()).contentType(TEXT_CALENDAR + ";charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .header("Cache-Control", "max-age=300");
        }
        var status = file.status() == 404 ? HttpStatus.NOT_FOUND : HttpStatus.SERVICE_UNAVAILABLE;
        var response = HttpResponse.status(status).body("The calendar is not available right now.")
            .contentType(MediaType.TEXT_PLAIN_TYPE);
        return status == HttpStatus.SERVICE_UNAVAILABLE ? response.header("Retry-After", "60") : response;
    }
}
