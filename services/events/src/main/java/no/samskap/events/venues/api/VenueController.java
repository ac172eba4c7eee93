package no.samskap.events.venues.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.venues.application.RoomCalendar;
import no.samskap.events.venues.application.VenueChanges;
import no.samskap.platform.security.SignedInPerson;

import java.net.URI;
import java.util.List;

/** Venues over HTTP: staff describe them, anyone reads them and their rooms' calendars. */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/venues")
class VenueController {

    private final VenueChanges venues;
    private final RoomCalendar calendar;

    VenueController(VenueChanges venues, RoomCalendar calendar) {
        this.venues = venues;
        this.calendar = calendar;
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<VenueView> create(Authentication authentication, @Body VenueRequests.Describe request) {
        var venue = venues.create(SignedInPerson.of(authentication), request.description());
        return HttpResponse.created(VenueView.of(venue), URI.create("/venues/" + venue.id()));
    }

    @Patch("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    VenueView describe(Authentication authentication, @PathVariable String id,
                       @Body VenueRequests.Describe request) {
        return VenueView.of(venues.describe(SignedInPerson.of(authentication), id, request.description()));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<VenueView> list(@QueryValue String municipality) {
        var number = MunicipalityNumber.parse(municipality).orElseThrow(() -> Refusal.invalid("municipality",
            "must be a municipality number of four digits, such as 1833"));
        return venues.of(number).stream().map(VenueView::of).toList();
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    VenueView find(@PathVariable String id) {
        return VenueView.of(venues.existing(id));
    }

    @Get("/{id}/calendar")
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<CalendarEntryView> calendar(@PathVariable String id, @Nullable @QueryValue String from,
                                     @Nullable @QueryValue String to) {
        return calendar.of(id, from, to).stream().map(CalendarEntryView::of).toList();
    }
}
