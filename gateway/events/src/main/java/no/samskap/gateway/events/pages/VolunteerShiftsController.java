package no.samskap.gateway.events.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.netty.handler.codec.http.QueryStringDecoder;
import no.samskap.gateway.events.commands.EventWrites;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.writes.WriteOutcome;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static no.samskap.gateway.events.pages.EventPageController.await;
import static no.samskap.gateway.events.pages.EventPages.first;
import static no.samskap.gateway.events.pages.EventPages.general;
import static no.samskap.gateway.events.pages.EventPages.notFound;
import static no.samskap.gateway.events.pages.EventPages.seeOther;
import static no.samskap.gateway.events.pages.EventPages.status;
import static no.samskap.gateway.events.pages.EventPages.texts;
import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * A volunteer's forms on an event's page and on "Mine vakter": sign up for a shift, leave it, or say they are ill or
 * late. Each is relayed with their own token; the events service decides. A form sent from "Min side" (field
 * {@code fra=meg}) leads back there.
 */
@Controller("/arrangementer/{id}/vakter/{shift}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class VolunteerShiftsController {

    static final List<String> ABSENCE_KINDS = List.of("ill", "late");
    private static final int LATEST = 24 * 60;

    @Serdeable
    record SigningUp(@Nullable String associationId, @Nullable Integer birthYear,
                     @Nullable Boolean confirmsMinimumAge) {
    }

    @Serdeable
    record Reporting(String kind, String note, @Nullable Integer minutesLate) {
    }

    private final EventPages pages;
    private final EventWrites writes;

    VolunteerShiftsController(EventPages pages, EventWrites writes) {
        this.pages = pages;
        this.writes = writes;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> signUp(HttpRequest<?> request, @PathVariable String id, @PathVariable String shift,
                                Authentication viewer, @Body @Nullable String body) {
        var chosen = pages.shiftOf(id, shift);
        if (chosen.isEmpty()) {
            return notFound(request);
        }
        var form = form(body);
        var confirmsAge = "ja".equals(first(form, "confirmsMinimumAge")) ? Boolean.TRUE : null;
        var outcome = await(writes.signUp(request, chosen.get(), writes.json(new SigningUp(null, null, confirmsAge))));
        return answered(request, id, chosen.get(), viewer, outcome, form, "pameldt");
    }

    @Post("/avmelding")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> leave(HttpRequest<?> request, @PathVariable String id, @PathVariable String shift,
                               Authentication viewer, @Body @Nullable String body) {
        var chosen = pages.shiftOf(id, shift);
        if (chosen.isEmpty()) {
            return notFound(request);
        }
        return answered(request, id, chosen.get(), viewer, await(writes.leaveShift(request, chosen.get())),
            form(body), "avmeldt");
    }

    @Post("/fravaer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> reportAbsence(HttpRequest<?> request, @PathVariable String id, @PathVariable String shift,
                                       Authentication viewer, @Body @Nullable String body) {
        var chosen = pages.shiftOf(id, shift);
        if (chosen.isEmpty()) {
            return notFound(request);
        }
        var form = form(body);
        var texts = texts(request);
        var kind = first(form, "kind");
        if (!ABSENCE_KINDS.contains(kind)) {
            return refused(request, id, chosen.get(), viewer, texts, "kind");
        }
        var minutes = minutesLate(first(form, "minutesLate"));
        if (kind.equals("late") && minutes.isEmpty()) {
            return refused(request, id, chosen.get(), viewer, texts, "minutesLate");
        }
        var reporting = new Reporting(kind, first(form, "note"), kind.equals("late") ? minutes.get() : null);
        var outcome = await(writes.reportAbsence(request, chosen.get(), writes.json(reporting)));
        return answered(request, id, chosen.get(), viewer, outcome, form, "fravaer");
    }

    private HttpResponse<String> answered(HttpRequest<?> request, String id, UUID shift, Authentication viewer,
                                          WriteOutcome outcome, Map<String, List<String>> form, String done) {
        if (outcome.succeeded()) {
            return seeOther("meg".equals(first(form, "fra")) ? "/meg#my-shifts"
                : "/arrangementer/" + id + "?vakt=" + done + "#shift-" + shift);
        }
        var texts = texts(request);
        var field = writes.problem(outcome).flatMap(problem -> Optional.ofNullable(problem.errors())
            .orElse(List.of()).stream().map(error -> "ev.shiftProblem." + error.field()).filter(texts::has)
            .findFirst());
        Content message = field.map(key -> html(texts.text(key))).orElseGet(() -> general(texts, outcome));
        return pages.show(request, id, viewer, HttpStatus.valueOf(status(outcome)),
            EventPages.Shown.shiftRefused(shift.toString(), message));
    }

    private HttpResponse<String> refused(HttpRequest<?> request, String id, UUID shift, Authentication viewer,
                                         Texts texts, String field) {
        return pages.show(request, id, viewer, HttpStatus.UNPROCESSABLE_ENTITY,
            EventPages.Shown.shiftRefused(shift.toString(), html(texts.text("ev.shiftProblem." + field))));
    }

    private static Optional<Integer> minutesLate(String typed) {
        try {
            var minutes = Integer.parseInt(typed);
            return minutes >= 1 && minutes <= LATEST ? Optional.of(minutes) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Map<String, List<String>> form(@Nullable String body) {
        return new QueryStringDecoder(body == null ? "" : body, false).parameters();
    }
}
