package no.samskap.feedback.answers.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.feedback.answers.application.Answering;
import no.samskap.feedback.feedback.api.FeedbackView;
import no.samskap.feedback.feedback.application.FeedbackReads;
import no.samskap.platform.security.SignedInPerson;

import java.time.LocalDate;

/** The staff of the feedback's municipality answer it and move the date they committed to answer by. */
@Controller("/feedback/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class AnswerController {

    private final Answering answering;
    private final FeedbackReads reads;

    AnswerController(Answering answering, FeedbackReads reads) {
        this.answering = answering;
        this.reads = reads;
    }

    @Post("/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    FeedbackView answer(Authentication authentication, @PathVariable String id, @Body AnswerRequest request) {
        var staff = SignedInPerson.of(authentication);
        answering.answer(staff, id, request.text(), request.publicAnswer());
        return FeedbackView.of(reads.one(id, staff));
    }

    @Put("/response-date")
    @Consumes(MediaType.APPLICATION_JSON)
    FeedbackView changeResponseDate(Authentication authentication, @PathVariable String id,
                                    @Body ResponseDateRequest request) {
        var staff = SignedInPerson.of(authentication);
        answering.changeResponseDate(staff, id, request.respondBy(), request.reason());
        return FeedbackView.of(reads.one(id, staff));
    }

    @Serdeable
    record AnswerRequest(@Nullable String text, @Nullable Boolean publicAnswer) {
    }

    @Serdeable
    record ResponseDateRequest(@Nullable LocalDate respondBy, @Nullable String reason) {
    }
}
