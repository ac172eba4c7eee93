package no.samskap.gateway.shell.home;

import gg.jte.Content;
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
import no.samskap.gateway.shell.web.ShellTemplates;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.Comparator;
import java.util.List;

/** The front page: what Samskap is, how to take part, and each municipality with the way in that each module offers. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class HomeController {

    /** What {@code home.jte} shows: each municipality with the way in each module offers. */
    public record View(TemplateTexts t, List<Municipality> municipalities) {

        public record Municipality(String number, String name, List<Link> links) {
        }

        public record Link(String path, Content text) {
        }
    }

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
        var view = new View(new TemplateTexts(texts), municipalityLinks(texts));
        return HttpResponse.ok(Page.render(texts, texts.text("home.title"), ShellTemplates.render("home.jte", view), "/"))
            .contentType(MediaType.TEXT_HTML_TYPE);
    }

    /** None while no municipality is known. */
    private List<View.Municipality> municipalityLinks(Texts texts) {
        return municipalities.all().stream()
            .map(municipality -> new View.Municipality(municipality.number(), municipality.name(), links.stream()
                .map(link -> new View.Link(link.pathFor(municipality.number()),
                    TemplateTexts.html(texts.text(link.textKey(), municipality.name()))))
                .toList()))
            .toList();
    }
}
