package no.samskap.feedback.attendance.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.feedback.feedback.application.FeedbackEligibility;
import no.samskap.platform.security.SignedInPerson;

/** Whether the signed-in person may give feedback on an event now, and if not why, as the gateway's form asks. */
@Controller("/events/{eventId}/feedback-eligibility")
@ExecuteOn(TaskExecutors.BLOCKING)
class EligibilityController {

    private final FeedbackEligibility eligibility;

    EligibilityController(FeedbackEligibility eligibility) {
        this.eligibility = eligibility;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    EligibilityView of(Authentication authentication, @PathVariable String eventId) {
        var person = SignedInPerson.of(authentication);
        var found = eligibility.of(eventId, person.subject());
        return new EligibilityView(found.eventId().toString(), found.eligible(), found.reason(),
            found.feedbackId() == null ? null : found.feedbackId().toString());
    }

    @Serdeable
    record EligibilityView(String eventId, boolean eligible, @Nullable String reason, @Nullable String feedbackId) {
    }
}
