package no.samskap.gateway.shell.home;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static no.samskap.gateway.shell.web.Html.escape;

/** The front page: what Samskap is, how to take part, and each municipality with the way in that each module offers. */
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
        </ol>""";

    private final MunicipalityDirectory municipalities;
    private final List<MunicipalityLink> links;

    HomeController(MunicipalityDirectory municipalities, List<MunicipalityLink> links) {
        this.municipalities = municipalities;
        this.links = links.stream().sorted(Comparator.comparingInt(MunicipalityLink::order)).toList();
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> home(HttpRequest<?> request) {
        var texts = new Texts(LanguageChoice.of(request));
        var main = MAIN.formatted(texts.text("home.intro"), texts.text("home.howTo"), texts.text("home.step.read"),
            texts.text("home.step.signIn"), texts.text("home.step.answer")) + municipalityLinks(texts);
        return HttpResponse.ok(Page.render(texts, texts.text("home.title"), main, "/"))
            .contentType(MediaType.TEXT_HTML_TYPE);
    }

    /** Nothing while no municipality is known or no module offers a way in. */
    private String municipalityLinks(Texts texts) {
        var items = municipalities.all().stream()
            .flatMap(municipality -> links.stream().map(link -> "  <li><a href=\"%s\">%s</a></li>".formatted(
                escape(link.pathFor(municipality.number())), texts.text(link.textKey(), municipality.name()))))
            .collect(Collectors.joining("\n"));
        return items.isEmpty() ? ""
            : "\n<h2>%s</h2>\n<ul id=\"municipalities\">\n%s\n</ul>".formatted(texts.text("home.municipalities"), items);
    }
}
