package no.samskap.gateway.organisations.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.commands.AssociationWrites;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryCursor;
import no.samskap.gateway.organisations.directory.DirectoryQuery;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PagePanels;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.Texts;

import java.util.Optional;
import java.util.UUID;

/**
 * The association directory of a municipality, with search by words (name, description, accepted offers), type and
 * kind of help offered, 50 associations a page (a link the directory did not give out starts again from the first),
 * and each association's page: public, from the read model; the contact details are asked live, and its members see the way to the member list.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class DirectoryPagesController {

    private final AssociationDirectory directory;
    private final Memberships memberships;
    private final AssociationReads reads;
    private final MunicipalityDirectory municipalities;
    private final PagePanels panels;
    private final CsrfTokens csrfTokens;

    DirectoryPagesController(AssociationDirectory directory, Memberships memberships, AssociationReads reads,
                             MunicipalityDirectory municipalities, PagePanels panels, CsrfTokens csrfTokens) {
        this.directory = directory;
        this.memberships = memberships;
        this.reads = reads;
        this.municipalities = municipalities;
        this.panels = panels;
        this.csrfTokens = csrfTokens;
    }

    /** The navigation's "Foreninger": a person's own municipality's directory, or the municipalities to choose from. */
    @Get("/foreninger")
    HttpResponse<String> associations(HttpRequest<?> request, @Nullable Authentication viewer) {
        var own = Optional.ofNullable(viewer).map(signedIn -> signedIn.getAttributes().get("municipality"))
            .filter(String.class::isInstance).map(String.class::cast).filter(MunicipalityNumber::isValid);
        if (own.isPresent()) {
            return PageAnswers.seeOther("/kommuner/" + own.get() + "/foreninger");
        }
        var texts = texts(request);
        return html(Page.render(texts, texts.text("org.choose.title"),
            DirectoryPage.municipalities(texts, municipalities.all()), "/foreninger"));
    }

    @Get("/kommuner/{municipality}/foreninger")
    HttpResponse<String> directory(HttpRequest<?> request, @PathVariable String municipality,
                                   @QueryValue @Nullable String navn, @QueryValue @Nullable String type,
                                   @QueryValue @Nullable String tilbyr, @QueryValue @Nullable String etter) {
        var texts = texts(request);
        if (!MunicipalityNumber.isValid(municipality)) {
            return NotFoundPage.response(texts, request.getPath());
        }
        var query = DirectoryQuery.lenient(municipality, navn, type, tilbyr);
        var after = Optional.ofNullable(etter).flatMap(DirectoryCursor::decode);
        var municipalityName = municipalities.nameOf(municipality);
        return html(Page.render(texts, texts.text("org.directory.title", municipalityName),
            DirectoryPage.render(texts, municipalityName, query, directory.page(query, after), after.isPresent()),
            pathWithQuery(request)));
    }

    @Get("/foreninger/{id}")
    HttpResponse<String> association(HttpRequest<?> request, @PathVariable String id, @Nullable Authentication viewer,
                                     @QueryValue @Nullable String ferdig) {
        var texts = texts(request);
        var found = parse(id).flatMap(directory::find);
        if (found.isEmpty()) {
            return NotFoundPage.response(texts, request.getPath());
        }
        var association = found.get();
        var role = AssociationWrites.subjectOf(request)
            .flatMap(person -> memberships.roleOf(association.id(), person));
        var mayListMembers = role.isPresent() || isStaffOf(viewer, association.municipality());
        var panelsOfOthers = panels.render("association", association.id().toString(), new PanelViewer(texts, viewer,
            csrfTokens.tokenFor(request).value(), request.getParameters()));
        var main = AssociationPage.render(texts, association, municipalities.nameOf(association.municipality()),
            reads.contact(request, association.id()), mayListMembers, Optional.ofNullable(ferdig)) + panelsOfOthers;
        return html(Page.render(texts, texts.text("org.page.title", association.name()), main, request.getPath()))
            .header("Cache-Control", "no-store");
    }

    static boolean isStaffOf(@Nullable Authentication viewer, String municipality) {
        return viewer != null && (viewer.getRoles().contains("staff") || viewer.getRoles().contains("admin"))
            && municipality.equals(viewer.getAttributes().get("municipality"));
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static String pathWithQuery(HttpRequest<?> request) {
        var query = request.getUri().getRawQuery();
        return query == null ? request.getPath() : request.getPath() + "?" + query;
    }

    private static Texts texts(HttpRequest<?> request) {
        return new Texts(LanguageChoice.of(request));
    }

    private static MutableHttpResponse<String> html(String page) {
        return HttpResponse.ok(page).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
