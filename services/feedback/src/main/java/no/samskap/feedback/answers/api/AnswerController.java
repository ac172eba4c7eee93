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
import no.samskap.feedback.answers.domain.Answer;
import no.samskap.platform.security.SignedInPerson;

import java.time.Instant;
import java.time.LocalDate;

/** The staff of the feedback's municipality answer it and move the date they committed to answer by. */
@Controller("/feedback/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class AnswerController {

    private final Answering answering;

    AnswerController(Answering answering) {
        this.answering = answering;
    }

    @Post("/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    Answered answer(Authentication authentication, @PathVariable String id, @Body AnswerRequest request) {
        var answered = answering.answer(SignedInPerson.of(authentication), id, request.text(),
            request.publicAnswer());
        var feedback = answered.feedback();
        return new Answered(feedback.id().toString(), feedback.respondBy(), AnswerView.of(answered.answer()));
    }

    @Put("/response-date")
    @Consumes(MediaType.APPLICATION_JSON)
    Answered changeResponseDate(Authentication authentication, @PathVariable String id,
                                @Body ResponseDateRequest request) {
        var changed = answering.changeResponseDate(SignedInPerson.of(authentication), id, request.respondBy(),
            request.reason());
        return new Answered(changed.feedback().id().toString(), changed.respondBy(), null);
    }

    @Serdeable
    record AnswerRequest(@Nullable String text, @Nullable Boolean publicAnswer) {
    }

    @Serdeable
    record ResponseDateRequest(@Nullable LocalDate respondBy, @Nullable String reason) {
    }

    /** What the staff member sees after answering: the committed date, and the answer when one was just given. */
    @Serdeable
    record Answered(String feedbackId, LocalDate respondBy, @Nullable AnswerView answer) {
    }

    @Serdeable
    record AnswerView(String text, boolean publicAnswer, Instant answeredAt, boolean onTime) {

        static AnswerView of(Answer answer) {
            return new AnswerView(answer.text(), answer.publicAnswer(), answer.answeredAt(), answer.onTime());
        }
    }
}
