package no.samskap.gateway.shell.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Answers with the staff inbox page: on its own route, and from a module's form route when the service refused the
 * form, with the refusal's status and the refusal shown. Never cached: it is one person's work list.
 */
@Singleton
public final class StaffInboxPages {

    /** Where the inbox lives; a module's forms post below it and send the person back here. */
    public static final String PATH = "/stab/innboks";
    /** The query parameter a module's form redirect names what was done with: {@code ?utfort=<key>}. */
    public static final String DONE = "utfort";
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final InboxSections sections;
    private final CsrfTokens csrfTokens;
    private final Clock clock;
    private final MunicipalityDirectory municipalities;

    StaffInboxPages(InboxSections sections, CsrfTokens csrfTokens, Clock clock, MunicipalityDirectory municipalities) {
        this.sections = sections;
        this.csrfTokens = csrfTokens;
        this.clock = clock;
        this.municipalities = municipalities;
    }

    /** {@code done}: the key of what was just done, if anything. */
    public HttpResponse<String> page(HttpRequest<?> request, HttpStatus status, StaffMember member, Optional<String> done,
                                     Optional<InboxRefusal> refusal) {
        var texts = new Texts(LanguageChoice.of(request));
        var csrf = csrfTokens.tokenFor(request);
        var view = new InboxView(member, texts, csrf.value(), LocalDate.now(clock.withZone(NORWAY)), refusal);
        var response = HttpResponse.<String>status(status)
            .body(InboxPage.render(view, municipalities.nameOf(member.municipality()), sections.read(member), done))
            .contentType(MediaType.TEXT_HTML_TYPE)
            .header("Cache-Control", "no-store");
        csrfTokens.remember(csrf, request, response);
        return response;
    }

    /** For someone signed in without the staff or admin role of a municipality. */
    public HttpResponse<String> forbidden(HttpRequest<?> request) {
        return HttpResponse.<String>status(HttpStatus.FORBIDDEN)
            .body(InboxPage.forbidden(new Texts(LanguageChoice.of(request))))
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }
}
