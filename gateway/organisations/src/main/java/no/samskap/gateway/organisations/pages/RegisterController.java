package no.samskap.gateway.organisations.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.organisations.commands.AssociationWrites;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * "Registrer en forening": a resident registers an association of their municipality and becomes its admin. The
 * organisation number is checked here before anything is sent, and the service checks everything again.
 */
@Controller(RegisterPage.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class RegisterController {

    private final AssociationWrites writes;
    private final AssociationDirectory directory;
    private final PageAnswers answers;
    private final JsonMapper json;

    RegisterController(AssociationWrites writes, AssociationDirectory directory, PageAnswers answers, JsonMapper json) {
        this.writes = writes;
        this.directory = directory;
        this.answers = answers;
        this.json = json;
    }

    @Get
    HttpResponse<String> form(HttpRequest<?> request, Authentication authentication) {
        if (!authentication.getRoles().contains("resident")) {
            return residentsOnly(request);
        }
        return render(request, authentication, RegisterForm.EMPTY, Optional.empty(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> register(HttpRequest<?> request, Authentication authentication, @Body @Nullable String body) {
        if (!authentication.getRoles().contains("resident")) {
            return residentsOnly(request);
        }
        var form = RegisterForm.from(FormInput.parse(body));
        if (!form.hasValidOrganisationNumber()) {
            return render(request, authentication, form, Optional.of(Refusal.ofField("organisationNumber")),
                HttpStatus.UNPROCESSABLE_ENTITY);
        }
        var outcome = answers.await(writes.register(request, bytes(form)));
        if (!outcome.succeeded()) {
            var refusal = Refusal.of(outcome, writes);
            return render(request, authentication, form, Optional.of(refusal), HttpStatus.valueOf(refusal.status()));
        }
        var registered = writes.read(outcome.answer().orElseThrow().body(), Registered.class)
            .flatMap(answer -> DirectoryPagesController.parse(answer.id() == null ? "" : answer.id()));
        return registered.map(id -> PageAnswers.seeOther("/foreninger/" + id + "?ferdig=registrert"))
            .orElseGet(() -> PageAnswers.seeOther("/meg#my-associations"));
    }

    @Serdeable
    record Registered(@Nullable String id) {
    }

    private HttpResponse<String> render(HttpRequest<?> request, Authentication authentication, RegisterForm form,
                                        Optional<Refusal> refusal, HttpStatus status) {
        var texts = new Texts(LanguageChoice.of(request));
        var municipality = authentication.getAttributes().get("municipality");
        var parents = municipality instanceof String own ? directory.possibleParents(own) : List.<DirectoryEntry>of();
        return answers.page(request, status, csrf -> Page.render(texts, texts.text("org.register.title"),
            RegisterPage.render(texts, form, refusal, csrf, parents), RegisterPage.PATH));
    }

    private static HttpResponse<String> residentsOnly(HttpRequest<?> request) {
        var texts = new Texts(LanguageChoice.of(request));
        var main = RegisterPage.residentsOnly(texts);
        return HttpResponse.<String>status(HttpStatus.FORBIDDEN)
            .body(Page.render(texts, texts.text("org.register.title"), main, RegisterPage.PATH))
            .contentType(MediaType.TEXT_HTML_TYPE);
    }

    private byte[] bytes(RegisterForm form) {
        try {
            return json.writeValueAsBytes(form.json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
