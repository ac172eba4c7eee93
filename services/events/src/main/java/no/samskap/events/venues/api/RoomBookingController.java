package no.samskap.events.venues.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.events.venues.application.RoomBookings;
import no.samskap.platform.security.SignedInPerson;

import java.net.URI;
import java.util.List;

/** Applications for lent rooms and the bookings they become; who acts comes from the validated token. */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/room-bookings")
@Secured(SecurityRule.IS_AUTHENTICATED)
class RoomBookingController {

    private final RoomBookings bookings;

    RoomBookingController(RoomBookings bookings) {
        this.bookings = bookings;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<BookingView> apply(Authentication authentication, @Body VenueRequests.Apply request) {
        var booking = BookingView.of(bookings.apply(SignedInPerson.of(authentication), request.command()));
        return HttpResponse.created(booking, URI.create("/room-bookings/" + booking.id()));
    }

    @Get
    List<BookingView> list(Authentication authentication, @Nullable @QueryValue String associationId,
                           @Nullable @QueryValue String venueId, @Nullable @QueryValue List<String> status) {
        return bookings.list(SignedInPerson.of(authentication), associationId, venueId,
                status == null ? List.of() : status).stream().map(BookingView::of).toList();
    }

    @Get("/{id}")
    BookingView find(Authentication authentication, @PathVariable String id) {
        return BookingView.of(bookings.visible(SignedInPerson.of(authentication), id));
    }

    @Post("/{id}/approval")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    BookingView approve(Authentication authentication, @PathVariable String id,
                        @Nullable @Body VenueRequests.Reason request) {
        return BookingView.of(bookings.approve(SignedInPerson.of(authentication), id,
            request == null ? null : request.reason()));
    }

    @Post("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    BookingView decline(Authentication authentication, @PathVariable String id,
                        @Body VenueRequests.Reason request) {
        return BookingView.of(bookings.decline(SignedInPerson.of(authentication), id, request.reason()));
    }

    @Post("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    BookingView cancel(Authentication authentication, @PathVariable String id,
                       @Body VenueRequests.Reason request) {
        return BookingView.of(bookings.cancel(SignedInPerson.of(authentication), id, request.reason()));
    }
}
