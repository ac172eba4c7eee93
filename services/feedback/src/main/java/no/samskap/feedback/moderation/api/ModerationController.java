package no.samskap.feedback.moderation.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.feedback.moderation.application.FeedbackAppealing;
import no.samskap.feedback.moderation.application.FeedbackHiding;
import no.samskap.platform.security.SignedInPerson;

/**
 * Anyone signed in reports feedback; the municipality's staff hide it or restore it with a reason; its author appeals
 * a hiding, and another moderator decides the appeal.
 */
@Controller("/feedback/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ModerationController {

    private final FeedbackHiding hiding;
    private final FeedbackAppealing appealing;

    ModerationController(FeedbackHiding hiding, FeedbackAppealing appealing) {
        this.hiding = hiding;
        this.appealing = appealing;
    }

    /** Says nothing about the feedback's reports, not even whether this one hid it. */
    @Post("/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Void> report(Authentication authentication, @PathVariable String id,
                              @Body ModerationRequests.Reason request) {
        hiding.report(SignedInPerson.of(authentication), id, request.reason());
        return HttpResponse.noContent();
    }

    @Post("/hiding")
    @Consumes(MediaType.APPLICATION_JSON)
    ModerationViews.Standing hide(Authentication authentication, @PathVariable String id,
                                  @Body ModerationRequests.Reason request) {
        return ModerationViews.Standing.of(hiding.hide(SignedInPerson.of(authentication), id, request.reason()));
    }

    @Post("/restoration")
    @Consumes(MediaType.APPLICATION_JSON)
    ModerationViews.Standing restore(Authentication authentication, @PathVariable String id,
                                     @Body ModerationRequests.Reason request) {
        return ModerationViews.Standing.of(hiding.restore(SignedInPerson.of(authentication), id, request.reason()));
    }

    @Post("/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<ModerationViews.AppealView> appeal(Authentication authentication, @PathVariable String id,
                                                    @Body ModerationRequests.Appeal request) {
        return HttpResponse.created(ModerationViews.AppealView.of(
            appealing.appeal(SignedInPerson.of(authentication), id, request.text())));
    }

    @Post("/appeal/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    ModerationViews.AppealView decide(Authentication authentication, @PathVariable String id,
                                      @Body ModerationRequests.AppealDecision request) {
        return ModerationViews.AppealView.of(appealing.decide(SignedInPerson.of(authentication), id,
            request.restore(), request.reason()));
    }
}
