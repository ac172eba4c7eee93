package no.samskap.events.events.api;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.application.EventChanges;
import no.samskap.events.events.application.EventLists;
import no.samskap.events.events.application.EventRights;
import no.samskap.events.events.domain.Refusal;
import no.samskap.platform.security.SignedInPerson;

import java.net.URI;
import java.util.List;

/** Events over HTTP. The organiser and their municipality come from the validated token, never the body. */
@Controller("/events")
class EventController {

    private final EventChanges changes;
    private final EventRights rights;
    private final EventLists lists;

    EventController(EventChanges changes, EventRights rights, EventLists lists) {
        this.changes = changes;
        this.rights = rights;
        this.lists = lists;
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<EventView> draft(Authentication authentication, @Body EventRequests.Describe request) {
        var person = SignedInPerson.of(authentication);
        var event = changes.draft(person, person.municipality(), request.command());
        return HttpResponse.created(EventView.of(event), URI.create("/events/" + event.id()));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<EventView> list(@Nullable Authentication authentication, @QueryValue String municipality) {
        if (!MunicipalityNumber.isValid(municipality)) {
            throw Refusal.invalid("municipality", "must be a municipality number of four digits, such as 1833");
        }
        return lists.of(new MunicipalityNumber(municipality), person(authentication)).stream()
            .map(EventView::of).toList();
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    EventView find(@Nullable Authentication authentication, @PathVariable String id) {
        return EventView.of(rights.visible(id, person(authentication)));
    }

    @Patch("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    EventView describe(Authentication authentication, @PathVariable String id,
                       @Body EventRequests.Describe request) {
        return EventView.of(changes.describe(SignedInPerson.of(authentication), id, request.command()));
    }

    @Post("/{id}/publication")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    EventView publish(Authentication authentication, @PathVariable String id) {
        return EventView.of(changes.publish(SignedInPerson.of(authentication), id));
    }

    @Post("/{id}/cancellation")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    EventView cancel(Authentication authentication, @PathVariable String id, @Body EventRequests.Cancel request) {
        return EventView.of(changes.cancel(SignedInPerson.of(authentication), id, request.reason()));
    }

    @Post("/{id}/completion")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    EventView complete(Authentication authentication, @PathVariable String id) {
        return EventView.of(changes.complete(SignedInPerson.of(authentication), id));
    }

    private static SignedInPerson person(Authentication authentication) {
        return authentication == null ? null : SignedInPerson.of(authentication);
    }
}
