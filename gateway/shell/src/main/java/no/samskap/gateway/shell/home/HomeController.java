package no.samskap.gateway.shell.home;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

/** The front page: what Samskap is, how to take part, and the way to each municipality's board. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class HomeController {

    private static final String MAIN = """
        <h1>Samskap</h1>
        <p>%s</p>
        <h2>%s</h2>
        <ol>
          <li>%s</li>
          <li>%s</li>
          <li>%s</li>
        </ol>
        <h2>%s</h2>
        <ul>
          <li><a href="/kommuner/1833/ideer">%s</a></li>
          <li><a href="/kommuner/4618/ideer">%s</a></li>
        </ul>""";

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> home(HttpRequest<?> request) {
        var texts = new Texts(LanguageChoice.of(request));
        var main = MAIN.formatted(texts.text("home.intro"), texts.text("home.howTo"), texts.text("home.step.read"),
            texts.text("home.step.signIn"), texts.text("home.step.answer"), texts.text("home.boards"),
            texts.text("home.board", "Rana"), texts.text("home.board", "Ullensvang"));
        return HttpResponse.ok(Page.render(texts, texts.text("home.title"), main, "/"))
            .contentType(MediaType.TEXT_HTML_TYPE);
    }
}
