package no.samskap.gateway.events.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.gateway.events.calendar.CalendarEntry;
import no.samskap.gateway.events.calendar.CalendarQuery;
import no.samskap.gateway.events.calendar.EventCalendar;
import no.samskap.gateway.events.calendar.Filter;
import no.samskap.gateway.events.calendar.InvalidFilter;
import no.samskap.gateway.events.shifts.EventShifts;
import no.samskap.gateway.events.shifts.ShiftEntry;
import no.samskap.platform.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The public calendar of events, read from the gateway's own read model, so it answers with the service down. A
 * filter value it does not know is a 400 naming the filter, never an empty list.
 */
@Controller("/api/events")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CalendarApiController {

    @Serdeable
    record Calendar(String municipality, LocalDate from, @Nullable LocalDate to, List<CalendarEntry> events,
                    @Nullable String next) {
    }

    private final EventCalendar calendar;
    private final EventShifts shifts;
    private final Clock clock;

    CalendarApiController(EventCalendar calendar, EventShifts shifts, Clock clock) {
        this.calendar = calendar;
        this.shifts = shifts;
        this.clock = clock;
    }

    /**
     * A municipality's published, cancelled and completed events, soonest first, from today unless {@code from}
     * says otherwise, 50 at a time: {@code next} is the cursor to give as {@code after} for the following page, with
     * the same filters, and absent on the last. {@code view=maned} with {@code month=2027-03} gives one month whole.
     */
    @Get
    Calendar events(HttpRequest<?> request, @QueryValue @Nullable String municipality,
                    @Parameter(description = "A hosting unit's code, such as bibliotek") @QueryValue @Nullable String unit,
                    @Parameter(description = "An audience's code, such as barn") @QueryValue @Nullable String audience,
                    @Parameter(description = "The first day, such as 2027-03-01") @QueryValue @Nullable String from,
                    @Parameter(description = "The last day, such as 2027-03-31") @QueryValue @Nullable String to,
                    @Parameter(description = "true for events with seats left only") @QueryValue @Nullable String freeSeats,
                    @Parameter(description = "Accessibility facts every venue must offer, such as step-free; repeatable")
                    @QueryValue @Nullable List<String> accessibility,
                    @Parameter(description = "The next of the previous page, for the page after it")
                    @QueryValue @Nullable String after) {
        if (municipality == null || !MunicipalityNumber.isValid(municipality)) {
            throw ProblemException.invalidField("municipality", "must be a 4-digit kommunenummer");
        }
        try {
            Function<String, List<String>> asked = name -> request.getParameters().getAll(name);
            var query = CalendarQuery.read(municipality, asked, Filter.Naming.API,
                LocalDate.now(clock.withZone(CalendarQuery.OSLO)));
            var found = calendar.read(query, CalendarQuery.after(asked, Filter.Naming.API));
            return new Calendar(municipality, query.from(), query.to().orElse(null), found.events(),
                found.next().orElse(null));
        } catch (InvalidFilter invalid) {
            throw ProblemException.invalidField(invalid.name(), invalid.rule());
        }
    }

    @Get("/{id}")
    CalendarEntry event(@PathVariable String id) {
        return Ids.event(id).flatMap(calendar::find).orElseThrow(() -> ProblemException.notFound("event", id));
    }

    /** The event's volunteer shifts with the places taken; never who took them. */
    @Get("/{id}/shifts")
    List<ShiftEntry> shifts(@PathVariable String id) {
        var event = Ids.event(id).filter(found -> calendar.find(found).isPresent())
            .orElseThrow(() -> ProblemException.notFound("event", id));
        return shifts.of(event);
    }
}
