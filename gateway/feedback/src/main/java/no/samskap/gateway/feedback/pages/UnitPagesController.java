package no.samskap.gateway.feedback.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import no.samskap.gateway.feedback.readmodel.FeedbackBoard;
import no.samskap.gateway.feedback.readmodel.Unit;
import no.samskap.gateway.feedback.web.FeedbackForm;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.feedback.web.Forms;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.UUID;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/** Each municipality's service units: the list, and each unit's public page with the feedback form. */
@Controller("/kommuner/{municipality}/tjenester")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class UnitPagesController {

    private static final int SHOWN = 50;

    private final FeedbackBoard board;
    private final MunicipalityDirectory municipalities;
    private final CsrfTokens csrfTokens;

    UnitPagesController(FeedbackBoard board, MunicipalityDirectory municipalities, CsrfTokens csrfTokens) {
        this.board = board;
        this.municipalities = municipalities;
        this.csrfTokens = csrfTokens;
    }

    @Get
    HttpResponse<String> units(HttpRequest<?> request, @PathVariable String municipality) {
        if (!MunicipalityNumber.isValid(municipality)) {
            return Forms.notFound(request);
        }
        var texts = Forms.texts(request);
        var words = new FeedbackWords(texts);
        var name = municipalities.nameOf(municipality);
        var rows = board.units(municipality).stream().map(unit -> {
            var summary = board.ofUnit(municipality, unit.code());
            var figures = summary.count() == 0 ? texts.text("fb.units.noFeedback")
                : texts.text("fb.units.figures", summary.count(), words.average(summary.average()));
            return new UnitsPage.Row(path(unit), unit.name(texts.language()), html(figures));
        }).toList();
        var heading = texts.text("fb.units.heading", name);
        var details = PageDetails.NONE.inMunicipality(municipality).describedAs(texts.text("fb.units.intro"))
            .withBreadcrumbs(PageDetails.Breadcrumb.to("/", texts.text("fb.crumb.home")),
                PageDetails.Breadcrumb.here(heading));
        return Forms.html(200, Page.render(texts, heading, FeedbackForm.TEMPLATES.render("units.jte",
            new UnitsPage(new TemplateTexts(texts), html(heading), rows)), request.getPath(), details));
    }

    @Get("/{unit}")
    HttpResponse<String> unit(HttpRequest<?> request, @PathVariable String municipality, @PathVariable String unit,
                              @Nullable Authentication viewer, @QueryValue @Nullable String tilbakemelding) {
        var found = MunicipalityNumber.isValid(municipality) ? board.unit(municipality, unit)
            : java.util.Optional.<Unit>empty();
        if (found.isEmpty()) {
            return Forms.notFound(request);
        }
        var texts = Forms.texts(request);
        var csrf = csrfTokens.tokenFor(request);
        var name = found.get().name(texts.language());
        var form = viewer == null ? null
            : FeedbackForm.blank(texts, csrf.value(), texts.text("fb.form.heading.unit", name), null,
                municipality, unit);
        var response = Forms.html(200, Page.render(texts, Html.escape(name),
            FeedbackForm.TEMPLATES.render("unit.jte", page(texts, found.get(), form, tilbakemelding)),
            request.getPath(), details(texts, found.get())));
        csrfTokens.remember(csrf, request, response);
        return response;
    }

    private UnitPage page(Texts texts, Unit unit, @Nullable FeedbackForm form, @Nullable String done) {
        var words = new FeedbackWords(texts);
        var summary = board.ofUnit(unit.municipality(), unit.code());
        var entries = board.aboutUnit(unit.municipality(), unit.code(), SHOWN).stream()
            .map(entry -> EntryView.of(entry, words)).toList();
        var ideas = board.ideasOfUnit(unit.municipality(), unit.code()).stream()
            .map(entry -> new UnitPage.IdeaView(entry.ideaId(), entry.ideaTitle() == null ? entry.ideaId()
                : entry.ideaTitle(), board.realising(UUID.fromString(entry.ideaId())).stream()
                .map(event -> new UnitPage.EventLink(event.id(), event.title(), html(words.date(event.startsAt()))))
                .toList()))
            .toList();
        return new UnitPage(new TemplateTexts(texts), unit.name(texts.language()), html(texts.number(summary.count())),
            summary.count() == 0 ? null : html(words.average(summary.average())),
            summary.count() == 0 ? null : html(texts.text("fb.figures.onTimeValue", summary.onTimePercent())), entries,
            ideas, "mottatt".equals(done) ? html(texts.text("fb.confirm.given")) : null, form);
    }

    private PageDetails details(Texts texts, Unit unit) {
        var name = unit.name(texts.language());
        return PageDetails.NONE.inMunicipality(unit.municipality())
            .describedAs(texts.text("fb.unit.description", name))
            .withBreadcrumbs(PageDetails.Breadcrumb.to("/", texts.text("fb.crumb.home")),
                PageDetails.Breadcrumb.to("/kommuner/" + unit.municipality() + "/tjenester",
                    texts.text("fb.units.heading", municipalities.nameOf(unit.municipality()))),
                PageDetails.Breadcrumb.here(Html.escape(name)));
    }

    static String path(Unit unit) {
        return "/kommuner/" + unit.municipality() + "/tjenester/" + unit.code();
    }
}
