package no.samskap.organisations.help.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.organisations.help.application.HelpRequestLists;
import no.samskap.organisations.help.application.HelpRequestPostings;
import no.samskap.organisations.help.application.HelpRequestTakings;
import no.samskap.organisations.help.application.PostHelpRequest;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;

import java.net.URI;
import java.util.List;

/** Requests for help over HTTP: asked by staff or an association's admins, taken by the first volunteer to accept. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class HelpRequestController {

    private final HelpRequestPostings postings;
    private final HelpRequestTakings takings;
    private final HelpRequestLists lists;

    HelpRequestController(HelpRequestPostings postings, HelpRequestTakings takings, HelpRequestLists lists) {
        this.postings = postings;
        this.takings = takings;
        this.lists = lists;
    }

    @Post("/help-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<RequestViews.Request> post(Authentication authentication, @Body HelpRequestBodies.Request body) {
        var person = SignedInPerson.of(authentication);
        var request = postings.post(person, new PostHelpRequest(body.associationId(), body.ideaId(), body.task(),
            body.startsAt(), body.endsAt(), body.place(), body.skills()));
        return HttpResponse.created(RequestViews.Request.of(request, person.subject()),
            URI.create("/help-requests/" + request.id()));
    }

    @Get("/help-requests")
    List<RequestViews.Request> open(Authentication authentication) {
        var person = SignedInPerson.of(authentication);
        return lists.openIn(person).stream().map(request -> RequestViews.Request.of(request, person.subject()))
            .toList();
    }

    @Get("/help-requests/{id}")
    RequestViews.Request find(Authentication authentication, @PathVariable String id) {
        var person = SignedInPerson.of(authentication);
        return RequestViews.Request.of(lists.seenBy(person, id), person.subject());
    }

    @Post("/help-requests/{id}/interest")
    @Secured(Roles.RESIDENT)
    RequestViews.Request showInterest(Authentication authentication, @PathVariable String id) {
        var person = SignedInPerson.of(authentication);
        return RequestViews.Request.of(takings.showInterest(person, id), person.subject());
    }

    @Get("/help-requests/{id}/interest")
    List<RequestViews.Interested> interest(Authentication authentication, @PathVariable String id) {
        var person = SignedInPerson.of(authentication);
        var request = lists.seenBy(person, id);
        return lists.interestIn(person, id).stream().map(shown -> RequestViews.Interested.of(request, shown))
            .toList();
    }

    @Post("/help-requests/{id}/acceptance")
    @Secured(Roles.RESIDENT)
    RequestViews.Request accept(Authentication authentication, @PathVariable String id) {
        var person = SignedInPerson.of(authentication);
        return RequestViews.Request.of(takings.accept(person, id), person.subject());
    }

    @Get("/me/help-requests")
    List<RequestViews.Mine> mine(Authentication authentication) {
        var person = SignedInPerson.of(authentication);
        return lists.interestOf(person).stream().map(shown -> RequestViews.Mine.of(shown, person.subject())).toList();
    }
}
