package no.samskap.gateway.organisations.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
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
import no.samskap.gateway.organisations.help.HelpOffers;
import no.samskap.gateway.organisations.pages.PageAnswers;
import no.samskap.gateway.organisations.volunteering.FormFields;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.organisations.volunteering.VolunteeringService;
import no.samskap.gateway.shell.me.MyPageNotice;
import no.samskap.gateway.shell.me.MyPageResponses;
import no.samskap.gateway.shell.signin.SignedInSubject;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * "Mine timer" at {@code /meg/timer}: the hours the volunteer logged with where each stands, and the form to log
 * hours against one of their accepted offers; and the approvers' answers from "Min side" (never their own hours:
 * the service refuses that, and the refusal is shown beside the entry).
 */
@Controller(HoursController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class HoursController {

    static final String PATH = "/meg/timer";
    static final List<String> FIELDS = List.of("offerId", "date", "hours", "role", "note");

    private final VolunteeringService service;
    private final HelpOffers offers;
    private final PageAnswers answers;
    private final MyPageResponses myPage;

    HoursController(VolunteeringService service, HelpOffers offers, PageAnswers answers, MyPageResponses myPage) {
        this.service = service;
        this.offers = offers;
        this.answers = answers;
        this.myPage = myPage;
    }

    @Serdeable
    record Entry(String id, @Nullable String offerId, LocalDate date, double hours, String role, String status,
                 @Nullable String rejectionReason) {
    }

    @Serdeable
    record Log(String offerId, @Nullable String date, @Nullable BigDecimal hours, String role, String note) {
    }

    @Serdeable
    record Rejection(String reason) {
    }

    record Typed(String offerId, String date, String hours, String role, String note) {

        static final Typed EMPTY = new Typed("", "", "", "", "");
    }

    @Get
    HttpResponse<String> mine(HttpRequest<?> request, Authentication authentication) {
        return render(request, authentication, Typed.EMPTY, Optional.empty(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> log(HttpRequest<?> request, Authentication authentication, @Body @Nullable String body) {
        var form = FormFields.parse(body);
        var typed = new Typed(form.one("offerId"), form.one("date"), form.one("hours"), form.one("role"),
            form.one("note"));
        BigDecimal hours;
        try {
            hours = typed.hours().isBlank() ? null : new BigDecimal(typed.hours().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return render(request, authentication, typed, Optional.of(ServiceRefusal.ofField("hours")),
                HttpStatus.UNPROCESSABLE_ENTITY);
        }
        var outcome = service.write(request, HttpMethod.POST, "/hours", new Log(typed.offerId(),
            typed.date().isBlank() ? null : typed.date(), hours, typed.role(), typed.note()));
        if (!outcome.succeeded()) {
            var refusal = service.refusal(outcome);
            return render(request, authentication, typed, Optional.of(refusal), HttpStatus.valueOf(refusal.status()));
        }
        return PageAnswers.seeOther(PATH + "?fort=1");
    }

    @Post("/{id}/godkjenning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> approve(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
        return decide(request, authentication, id, "approval", null, "");
    }

    @Post("/{id}/avvisning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> reject(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                @Body @Nullable String body) {
        var reason = FormFields.parse(body).one("reason");
        return decide(request, authentication, id, "rejection", new Rejection(reason), reason);
    }

    private HttpResponse<String> decide(HttpRequest<?> request, Authentication authentication, String id,
                                        String route, @Nullable Object body, String typed) {
        UUID entry;
        try {
            entry = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return NotFoundPage.response(new Texts(LanguageChoice.of(request)), request.getPath());
        }
        var outcome = service.write(request, HttpMethod.POST, "/hours/" + entry + "/" + route, body);
        if (outcome.succeeded()) {
            return PageAnswers.seeOther("/meg?timer=1#" + HoursToApproveSection.ANCHOR);
        }
        var refusal = service.refusal(outcome);
        var aboutTheReason = "rejection".equals(route)
            && refusal.errors().stream().anyMatch(error -> "reason".equals(error.field()));
        var field = (aboutTheReason ? "reason-" : "approve-") + entry;
        var key = aboutTheReason ? "vol.error.hoursReason"
            : refusal.status() == 403 ? "vol.hours.notYours" : "vol.problem.refused";
        return myPage.page(request, authentication, HttpStatus.valueOf(refusal.status()),
            MyPageNotice.refused(field, key, typed));
    }

    private HttpResponse<String> render(HttpRequest<?> request, Authentication authentication, Typed typed,
                                        Optional<ServiceRefusal> refusal, HttpStatus status) {
        var texts = new Texts(LanguageChoice.of(request));
        var entries = service.body(service.read(request, "/me/hours"), Argument.listOf(Entry.class)).orElse(List.of());
        var accepted = offers.madeBy(SignedInSubject.of(authentication)).stream()
            .filter(offer -> "accepted".equals(offer.status())).toList();
        var messages = refusal.map(r -> r.messages(texts, FIELDS, "hours")).orElse(Map.of());
        var general = refusal.flatMap(r -> r.general(texts, FIELDS));
        var logged = "1".equals(request.getParameters().get("fort"));
        return answers.page(request, status, csrf -> Page.render(texts, texts.text("vol.hours.title"),
            HoursPage.render(texts, csrf, messages, general, logged, entries, accepted, typed), PATH));
    }
}
