package no.samskap.events.registrations.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.events.events.api.DisplayName;
import no.samskap.events.registrations.application.RegistrationDesk;
import no.samskap.events.registrations.application.RegistrationLine;
import no.samskap.events.registrations.application.RegistrationLists;
import no.samskap.platform.security.SignedInPerson;

import java.net.URI;

/**
 * Registrations for one event: the person registers and cancels their own; organisers read the list with names
 * and needs and check people in, also those who walk in without one; anyone who may see the event reads its seats.
 */
@Controller("/events/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
class RegistrationController {

    private final RegistrationDesk desk;
    private final RegistrationLists lists;
    private final RegistrationLine line;

    RegistrationController(RegistrationDesk desk, RegistrationLists lists, RegistrationLine line) {
        this.desk = desk;
        this.lists = lists;
        this.line = line;
    }

    @Post("/registrations")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<RegistrationViews.Mine> register(Authentication authentication, @PathVariable String id,
                                                  @Body RegistrationRequests.Registering request) {
        var standing = line.register(SignedInPerson.of(authentication), DisplayName.of(authentication), id,
            request.command());
        return HttpResponse.created(RegistrationViews.Mine.of(standing),
            URI.create("/events/" + id + "/registrations/mine"));
    }

    @Get("/registrations/mine")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    RegistrationViews.Mine mine(Authentication authentication, @PathVariable String id) {
        return RegistrationViews.Mine.of(lists.mineFor(SignedInPerson.of(authentication), id));
    }

    @Delete("/registrations/mine")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    RegistrationViews.Mine cancel(Authentication authentication, @PathVariable String id) {
        return RegistrationViews.Mine.of(desk.cancelMine(SignedInPerson.of(authentication), id));
    }

    @Get("/registrations")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    RegistrationViews.Roster roster(Authentication authentication, @PathVariable String id) {
        var organiser = SignedInPerson.of(authentication);
        var attendees = lists.forOrganisers(organiser, id).stream().map(RegistrationViews.Attendee::of).toList();
        return new RegistrationViews.Roster(RegistrationViews.SeatsView.of(lists.seats(organiser, id)), attendees);
    }

    @Post("/registrations/{registrationId}/check-in")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    RegistrationViews.Attendee checkIn(Authentication authentication, @PathVariable String id,
                                       @PathVariable String registrationId) {
        return RegistrationViews.Attendee.of(desk.checkIn(SignedInPerson.of(authentication), id, registrationId));
    }

    @Post("/walk-ins")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<RegistrationViews.Attendee> walkIn(Authentication authentication, @PathVariable String id,
                                                    @Body RegistrationRequests.WalkingIn request) {
        var standing = desk.walkIn(SignedInPerson.of(authentication), id, request.command());
        return HttpResponse.created(RegistrationViews.Attendee.of(standing));
    }

    @Get("/seats")
    @Secured(SecurityRule.IS_ANONYMOUS)
    RegistrationViews.SeatsView seats(@Nullable Authentication authentication, @PathVariable String id) {
        var person = authentication == null ? null : SignedInPerson.of(authentication);
        return RegistrationViews.SeatsView.of(lists.seats(person, id));
    }
}
