package no.samskap.feedback.feedback.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import no.samskap.feedback.feedback.application.FeedbackChanges;
import no.samskap.feedback.feedback.application.FeedbackEligibility;
import no.samskap.feedback.feedback.application.FeedbackReads;
import no.samskap.feedback.feedback.domain.Refusal;
import no.samskap.platform.security.SignedInPerson;

import java.net.URI;
import java.util.List;

/** Feedback over HTTP. The author comes from the validated token, never the body. */
@Controller("/feedback")
@ExecuteOn(TaskExecutors.BLOCKING)
class FeedbackController {

    private final FeedbackChanges changes;
    private final FeedbackReads reads;

    FeedbackController(FeedbackChanges changes, FeedbackReads reads) {
        this.changes = changes;
        this.reads = reads;
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<FeedbackView> give(Authentication authentication, @Body FeedbackRequests.Give request) {
        var person = SignedInPerson.of(authentication);
        var given = changes.give(person, DisplayName.of(authentication), request.command());
        return HttpResponse.created(FeedbackView.of(reads.one(given.id().toString(), person)),
            URI.create("/feedback/" + given.id()));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<FeedbackView> list(@Nullable Authentication authentication, @QueryValue String municipality,
                            @Nullable @QueryValue String eventId, @Nullable @QueryValue String unit,
                            @Nullable @QueryValue String awaitingAnswer, @Nullable @QueryValue String page) {
        if (!MunicipalityNumber.isValid(municipality)) {
            throw Refusal.invalid("municipality", "must be a municipality number of four digits, such as 1833");
        }
        var where = new MunicipalityNumber(municipality);
        var event = eventId == null ? null : FeedbackEligibility.eventId(eventId);
        var viewer = person(authentication);
        var readings = awaiting(awaitingAnswer)
            ? reads.awaitingAnswer(where, event, unit, page(page), viewer)
            : reads.list(where, event, unit, page(page), viewer);
        return readings.stream().map(FeedbackView::of).toList();
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    FeedbackView find(@Nullable Authentication authentication, @PathVariable String id) {
        return FeedbackView.of(reads.one(id, person(authentication)));
    }

    @Patch("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    FeedbackView edit(Authentication authentication, @PathVariable String id, @Body FeedbackRequests.Edit request) {
        var person = SignedInPerson.of(authentication);
        changes.edit(person, id, request.command());
        return FeedbackView.of(reads.one(id, person));
    }

    @Delete("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> withdraw(Authentication authentication, @PathVariable String id) {
        changes.withdraw(SignedInPerson.of(authentication), id);
        return HttpResponse.noContent();
    }

    private static boolean awaiting(String awaitingAnswer) {
        if (awaitingAnswer == null || "false".equals(awaitingAnswer)) {
            return false;
        }
        if ("true".equals(awaitingAnswer)) {
            return true;
        }
        throw Refusal.invalid("awaitingAnswer", "must be true or false");
    }

    private static int page(String page) {
        if (page == null) {
            return 1;
        }
        try {
            var number = Integer.parseInt(page);
            if (number >= 1 && number <= 10_000) {
                return number;
            }
        } catch (NumberFormatException unreadable) {
            // refused below, as a number out of range is
        }
        throw Refusal.invalid("page", "must be a page number from 1 to 10000");
    }

    private static SignedInPerson person(Authentication authentication) {
        return authentication == null ? null : SignedInPerson.of(authentication);
    }
}
