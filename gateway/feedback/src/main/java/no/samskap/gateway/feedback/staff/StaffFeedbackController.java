package no.samskap.gateway.feedback.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.feedback.readmodel.FeedbackBoard;
import no.samskap.gateway.feedback.service.FeedbackService;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.feedback.web.Forms;
import no.samskap.gateway.shell.signin.AccessTokens;
import no.samskap.gateway.shell.staff.StaffInboxPages;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.writes.WriteOutcome;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff's work on feedback: answering (publicly or to the author only) and moving the committed date from the
 * inbox, and the moderation queue with hiding and restoring. Every step is relayed with the member's own token, and
 * the service decides whether they are staff of the feedback's municipality.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class StaffFeedbackController {

    @Serdeable
    record Answering(String text, boolean publicAnswer) {
    }

    @Serdeable
    record NewResponseDate(String respondBy, String reason) {
    }

    @Serdeable
    record Moderating(String reason) {
    }

    private final FeedbackBoard board;
    private final FeedbackService service;
    private final StaffInboxPages inbox;
    private final AccessTokens accessTokens;
    private final CsrfTokens csrfTokens;

    StaffFeedbackController(FeedbackBoard board, FeedbackService service, StaffInboxPages inbox,
                            AccessTokens accessTokens, CsrfTokens csrfTokens) {
        this.board = board;
        this.service = service;
        this.inbox = inbox;
        this.accessTokens = accessTokens;
        this.csrfTokens = csrfTokens;
    }

    @Post("/stab/innboks/tilbakemeldinger/{id}/svar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> answer(HttpRequest<?> request, @PathVariable String id, Authentication viewer,
                                @Body @Nullable String body) {
        var member = StaffMember.of(viewer);
        var feedback = Forms.uuid(id);
        if (member.isEmpty()) {
            return inbox.forbidden(request);
        }
        if (feedback.isEmpty()) {
            return Forms.notFound(request);
        }
        var form = Forms.of(body);
        var text = form.get("text");
        var field = "answer-" + feedback.get();
        if (text.isBlank()) {
            return refused(request, member.get(), 422, new AnswerRefusal(feedback.get().toString(), field,
                Forms.texts(request).text("fb.error.answerText"), text));
        }
        var outcome = service.write(request, HttpMethod.POST, "/feedback/" + feedback.get() + "/answer",
            new Answering(text, !"nei".equals(form.get("publicAnswer"))),
            () -> board.find(feedback.get()).map(entry -> entry.answered()).orElse(false));
        return done(request, member.get(), outcome, feedback.get(), field, text);
    }

    @Post("/stab/innboks/tilbakemeldinger/{id}/svarfrist")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> responseDate(HttpRequest<?> request, @PathVariable String id, Authentication viewer,
                                      @Body @Nullable String body) {
        var member = StaffMember.of(viewer);
        var feedback = Forms.uuid(id);
        if (member.isEmpty()) {
            return inbox.forbidden(request);
        }
        if (feedback.isEmpty()) {
            return Forms.notFound(request);
        }
        var form = Forms.of(body);
        var typed = form.get("respondBy");
        var field = "respond-by-" + feedback.get();
        var date = date(typed);
        if (date.isEmpty()) {
            return refused(request, member.get(), 422, new AnswerRefusal(feedback.get().toString(), field,
                Forms.texts(request).text("fb.error.respondBy"), typed));
        }
        var outcome = service.write(request, HttpMethod.PUT, "/feedback/" + feedback.get() + "/response-date",
            new NewResponseDate(date.get().toString(), form.get("reason")),
            () -> board.find(feedback.get()).map(entry -> entry.respondBy().equals(date.get())).orElse(true));
        return done(request, member.get(), outcome, feedback.get(), field, typed);
    }

    @Get("/stab/tilbakemeldinger/moderering")
    HttpResponse<String> moderation(HttpRequest<?> request, Authentication viewer) {
        var member = StaffMember.of(viewer);
        if (member.isEmpty()) {
            return inbox.forbidden(request);
        }
        return moderationPage(request, viewer, member.get(), 200, Optional.empty());
    }

    @Post("/stab/tilbakemeldinger/{id}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> moderate(HttpRequest<?> request, @PathVariable String id, @PathVariable String step,
                                  Authentication viewer, @Body @Nullable String body) {
        var member = StaffMember.of(viewer);
        var feedback = Forms.uuid(id);
        if (member.isEmpty()) {
            return inbox.forbidden(request);
        }
        if (feedback.isEmpty() || !List.of("skjuling", "gjenoppretting").contains(step)) {
            return Forms.notFound(request);
        }
        var hiding = "skjuling".equals(step);
        var outcome = service.write(request, HttpMethod.POST,
            "/feedback/" + feedback.get() + (hiding ? "/hiding" : "/restoration"),
            new Moderating(Forms.of(body).get("reason")),
            () -> board.find(feedback.get()).map(entry -> entry.hidden() == hiding).orElse(true));
        if (outcome.succeeded()) {
            return Forms.seeOther("/stab/tilbakemeldinger/moderering?ferdig=" + (hiding ? "hidden" : "restored"));
        }
        var refusal = service.refusal(outcome);
        var message = new FeedbackWords(Forms.texts(request)).refusal(refusal.status(),
            refusal.field().or(refusal::rule).orElse(""));
        return moderationPage(request, viewer, member.get(), refusal.status(), Optional.of(message));
    }

    private HttpResponse<String> moderationPage(HttpRequest<?> request, Authentication viewer, StaffMember member,
                                                int status, Optional<String> refusal) {
        var texts = Forms.texts(request);
        var csrf = csrfTokens.tokenFor(request);
        var queue = accessTokens.toRelay(request)
            .map(token -> service.moderationQueue(token, member.municipality()));
        var done = request.getParameters().getFirst("ferdig").filter(key -> key.equals("hidden")
            || key.equals("restored")).map(key -> texts.text("fb.moderation.done." + key));
        var main = ModerationPage.of(texts, csrf.value(), queue.flatMap(FeedbackService.Answered::value),
            board.hidden(member.municipality()), done, refusal,
            FeedbackSettingsController.admin(viewer).isPresent()).render();
        var heading = texts.text("fb.moderation.heading");
        var response = Forms.html(status, Page.render(texts, heading, main, request.getPath(),
            PageDetails.NONE.inMunicipality(member.municipality()).describedAs(heading)));
        csrfTokens.remember(csrf, request, response);
        return response;
    }

    private HttpResponse<String> done(HttpRequest<?> request, StaffMember member, WriteOutcome outcome, UUID feedback,
                                      String field, String typed) {
        if (outcome.succeeded()) {
            return Forms.seeOther(StaffInboxPages.PATH + "?" + StaffInboxPages.DONE + "="
                + AwaitingAnswerSection.KEY + "#" + AwaitingAnswerSection.KEY);
        }
        var refusal = service.refusal(outcome);
        var message = new FeedbackWords(Forms.texts(request)).refusal(refusal.status(),
            refusal.field().or(refusal::rule).orElse(""));
        return refused(request, member, refusal.status(), new AnswerRefusal(feedback.toString(), field, message, typed));
    }

    private HttpResponse<String> refused(HttpRequest<?> request, StaffMember member, int status,
                                         AnswerRefusal refusal) {
        return inbox.page(request, HttpStatus.valueOf(status), member, Optional.empty(), Optional.of(refusal));
    }

    private static Optional<LocalDate> date(String typed) {
        try {
            return Optional.of(LocalDate.parse(typed));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
