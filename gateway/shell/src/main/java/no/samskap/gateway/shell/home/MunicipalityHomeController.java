package no.samskap.gateway.shell.home;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.PagePanels;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.ShellTemplates;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.Comparator;
import java.util.List;

/**
 * A municipality's front page: what is happening there, from each module's panel for the page {@value #PAGE} (its
 * subject is the kommunenummer), the ways into each module, and how to take part. An unknown municipality is 404.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class MunicipalityHomeController {

    /** The name modules give their {@link no.samskap.gateway.shell.web.PagePanel} to join this page. */
    public static final String PAGE = "municipality";

    /** What {@code municipalityHome.jte} shows. */
    public record View(TemplateTexts t, String name, Content panels, List<HomeController.View.Link> links) {
    }

    private final MunicipalityDirectory municipalities;
    private final PagePanels panels;
    private final CsrfTokens csrfTokens;
    private final List<MunicipalityLink> links;

    MunicipalityHomeController(MunicipalityDirectory municipalities, PagePanels panels, CsrfTokens csrfTokens,
                               List<MunicipalityLink> links) {
        this.municipalities = municipalities;
        this.panels = panels;
        this.csrfTokens = csrfTokens;
        this.links = links.stream().sorted(Comparator.comparingInt(MunicipalityLink::order)).toList();
    }

    @Get("/kommuner/{municipality}")
    @Produces(MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> frontPage(HttpRequest<?> request, @Nullable Authentication viewer,
                                   @PathVariable String municipality) {
        var texts = new Texts(LanguageChoice.of(request));
        var name = municipalities.knownNameOf(municipality);
        if (name.isEmpty()) {
            return NotFoundPage.response(texts, request.getPath());
        }
        var panelsHtml = panels.render(PAGE, municipality, new PanelViewer(texts, viewer,
            csrfTokens.tokenFor(request).value(), request.getParameters()));
        var view = new View(new TemplateTexts(texts), name.get(), TemplateTexts.html(panelsHtml), links.stream()
            .map(link -> new HomeController.View.Link(link.pathFor(municipality),
                TemplateTexts.html(texts.text(link.textKey(), name.get()))))
            .toList());
        var main = ShellTemplates.render("municipalityHome.jte", view);
        return HttpResponse.ok(Page.render(texts, texts.text("municipalityHome.title", name.get()), main,
                request.getPath(), PageDetails.NONE.describedAs(texts.text("municipalityHome.description", name.get()))))
            .contentType(MediaType.TEXT_HTML_TYPE)
            .header("Cache-Control", "no-store");
    }
}
