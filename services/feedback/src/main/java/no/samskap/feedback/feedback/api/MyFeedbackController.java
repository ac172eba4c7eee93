package no.samskap.feedback.feedback.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.feedback.feedback.application.FeedbackReads;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;

/** The signed-in person's own feedback, newest first, with the answers to it, private ones too. */
@Controller("/me/feedback")
@ExecuteOn(TaskExecutors.BLOCKING)
class MyFeedbackController {

    private final FeedbackReads reads;

    MyFeedbackController(FeedbackReads reads) {
        this.reads = reads;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<FeedbackView> mine(Authentication authentication) {
        return reads.mine(SignedInPerson.of(authentication)).stream().map(FeedbackView::of).toList();
    }
}
