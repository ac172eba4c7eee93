package no.samskap.gateway.feedback.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.feedback.service.FeedbackService;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.feedback.web.Forms;
import no.samskap.gateway.shell.signin.AccessTokens;
import no.samskap.gateway.shell.staff.StaffInboxPages;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.Optional;

/**
 * The municipality admin's feedback settings: read from the feedback service and saved through it with the admin's
 * own token. Only admins of a municipality get the page; the service checks again that they are its admins.
 */
@Controller(FeedbackSettingsController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class FeedbackSettingsController {

    static final String PATH = "/stab/tilbakemeldinger/innstillinger";

    @Serdeable
    record SettingsChange(int reportThreshold) {
    }

    private final FeedbackService service;
    private final StaffInboxPages inbox;
    private final AccessTokens accessTokens;
    private final CsrfTokens csrfTokens;

    FeedbackSettingsController(FeedbackService service, StaffInboxPages inbox, AccessTokens accessTokens,
                               CsrfTokens csrfTokens) {
        this.service = service;
        this.inbox = inbox;
        this.accessTokens = accessTokens;
        this.csrfTokens = csrfTokens;
    }

    @Get
    HttpResponse<String> settings(HttpRequest<?> request, Authentication viewer) {
        var admin = admin(viewer);
        if (admin.isEmpty()) {
            return inbox.forbidden(request);
        }
        var current = accessTokens.toRelay(request)
            .map(token -> service.settings(token, admin.get().municipality()));
        if (current.isPresent() && (current.get().status() == 403 || current.get().status() == 401)) {
            return inbox.forbidden(request);
        }
        var saved = request.getParameters().getFirst("ferdig").filter("saved"::equals).isPresent();
        var typed = current.flatMap(FeedbackService.Answered::value)
            .map(found -> String.valueOf(found.reportThreshold()));
        return page(request, admin.get(), 200, typed, saved, Optional.empty(), typed.isEmpty());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> save(HttpRequest<?> request, Authentication viewer, @Body @Nullable String body) {
        var admin = admin(viewer);
        if (admin.isEmpty()) {
            return inbox.forbidden(request);
        }
        var typed = Forms.of(body).get("reportThreshold");
        var words = new FeedbackWords(Forms.texts(request));
        if (!typed.matches("[0-9]{1,9}")) {
            return page(request, admin.get(), 422, Optional.of(typed), false,
                Optional.of(words.refusal(422, "reportThreshold")), false);
        }
        var outcome = service.write(request, HttpMethod.PUT,
            "/municipalities/" + admin.get().municipality() + "/feedback-settings",
            new SettingsChange(Integer.parseInt(typed)), null);
        if (outcome.succeeded()) {
            return Forms.seeOther(PATH + "?ferdig=saved");
        }
        var refusal = service.refusal(outcome);
        return page(request, admin.get(), refusal.status(), Optional.of(typed), false,
            Optional.of(words.refusal(refusal.status(), refusal.field().or(refusal::rule).orElse(""))), false);
    }

    private HttpResponse<String> page(HttpRequest<?> request, StaffMember admin, int status, Optional<String> typed,
                                      boolean saved, Optional<String> refusal, boolean unavailable) {
        var texts = Forms.texts(request);
        var csrf = csrfTokens.tokenFor(request);
        var heading = texts.text("fb.settings.heading");
        var main = new SettingsPage(new TemplateTexts(texts), csrf.value(), typed.orElse(""), saved,
            refusal.map(TemplateTexts::html).orElse(null), unavailable).render();
        var response = Forms.html(status, Page.render(texts, heading, main, request.getPath(),
            PageDetails.NONE.inMunicipality(admin.municipality()).describedAs(heading)));
        csrfTokens.remember(csrf, request, response);
        return response;
    }

    /** The member when they are an admin: staff without the admin role get the page refused. */
    static Optional<StaffMember> admin(Authentication viewer) {
        return StaffMember.of(viewer).filter(member -> viewer.getRoles().contains(StaffMember.ADMIN));
    }
}
