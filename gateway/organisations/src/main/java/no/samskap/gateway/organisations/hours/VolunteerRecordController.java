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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.organisations.pages.PageAnswers;
import no.samskap.gateway.organisations.volunteering.FormFields;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.organisations.volunteering.VolunteeringService;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The frivillighetsbevis: the volunteer's own printable record at {@code /meg/frivillighetsbevis} (with the PDF the
 * service makes, and the form to share it under a code), and the page anyone opens with that code to check it.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class VolunteerRecordController {

    static final String PATH = "/meg/frivillighetsbevis";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{4,64}");

    private final VolunteeringService service;
    private final PageAnswers answers;

    VolunteerRecordController(VolunteeringService service, PageAnswers answers) {
        this.service = service;
        this.answers = answers;
    }

    @Serdeable
    record Issue(String displayName) {
    }

    @Get(PATH)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<String> mine(HttpRequest<?> request) {
        return render(request, "", Optional.empty(), HttpStatus.OK);
    }

    @Get(PATH + ".pdf")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    HttpResponse<?> pdf(HttpRequest<?> request) {
        var language = new Texts(LanguageChoice.of(request)).language().tag();
        var outcome = service.read(request, "/me/volunteer-record.pdf?lang=" + language);
        if (!outcome.succeeded()) {
            return render(request, "", Optional.of(service.refusal(outcome)), HttpStatus.valueOf(
                service.refusal(outcome).status()));
        }
        return HttpResponse.ok(outcome.answer().orElseThrow().body()).contentType("application/pdf")
            .header("Content-Disposition", "attachment; filename=\"frivillighetsbevis.pdf\"")
            .header("Cache-Control", "no-store");
    }

    @Post(PATH + "/kode")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> share(HttpRequest<?> request, @Body @Nullable String body) {
        var displayName = FormFields.parse(body).one("displayName");
        var outcome = service.write(request, HttpMethod.POST, "/me/volunteer-record", new Issue(displayName));
        if (!outcome.succeeded()) {
            var refusal = service.refusal(outcome);
            return render(request, displayName, Optional.of(refusal), HttpStatus.valueOf(refusal.status()));
        }
        return PageAnswers.seeOther(PATH + "?delt=1");
    }

    @Get("/frivillighetsbevis/{code}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> check(HttpRequest<?> request, @PathVariable String code) {
        var texts = new Texts(LanguageChoice.of(request));
        if (!CODE.matcher(code).matches()) {
            return NotFoundPage.response(texts, request.getPath());
        }
        var record = service.readAnonymously("/volunteer-records/" + code, Argument.of(VolunteerRecord.class));
        if (record.isEmpty()) {
            return NotFoundPage.response(texts, request.getPath());
        }
        var main = RecordPage.checked(texts, record.get());
        return HttpResponse.ok(Page.render(texts, texts.text("vol.record.title"), main, "/frivillighetsbevis/" + code))
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }

    private HttpResponse<String> render(HttpRequest<?> request, String typedName, Optional<ServiceRefusal> refusal,
                                        HttpStatus status) {
        var texts = new Texts(LanguageChoice.of(request));
        var outcome = service.read(request, "/me/volunteer-record");
        var record = service.body(outcome, Argument.of(VolunteerRecord.class));
        var messages = refusal.map(r -> r.messages(texts, List.of("displayName"))).orElse(Map.of());
        var general = refusal.flatMap(r -> r.general(texts, List.of("displayName")))
            .or(() -> record.isEmpty() ? service.refusal(outcome).general(texts, List.of()) : Optional.empty());
        var shared = "1".equals(request.getParameters().get("delt"));
        return answers.page(request, status, csrf -> Page.render(texts, texts.text("vol.record.title"),
            RecordPage.render(texts, csrf, messages, general, shared, record, typedName), PATH));
    }

}
