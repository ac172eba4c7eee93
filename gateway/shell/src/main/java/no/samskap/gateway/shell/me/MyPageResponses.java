package no.samskap.gateway.shell.me;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.signin.SignedInSubject;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Texts;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Renders "Min side" with every module's sections, for the page itself and for a module's form that must show the
 * page again with a refusal. Sections read personal data, so the answer is never cached anywhere. A section whose
 * heading a language lacks stops the gateway at start-up.
 */
@Singleton
public final class MyPageResponses {

    private final CsrfTokens csrfTokens;
    private final MunicipalityDirectory municipalities;
    private final List<MyPageSection> sections;

    MyPageResponses(CsrfTokens csrfTokens, MunicipalityDirectory municipalities, List<MyPageSection> sections) {
        this.csrfTokens = csrfTokens;
        this.municipalities = municipalities;
        sections.forEach(section -> Texts.requireInEveryLanguage(section.placement().headingKey(),
            "The section #" + section.placement().anchor() + " of Min side"));
        this.sections = sections.stream()
            .sorted(Comparator.comparingInt((MyPageSection section) -> section.placement().order())
                .thenComparing(section -> section.placement().anchor()))
            .toList();
    }

    /** "Rana (1833)", or none for an account that belongs to no municipality. */
    private Optional<String> municipalityOf(Profile profile) {
        return Optional.ofNullable(profile.municipality()).map(number -> {
            var name = municipalities.nameOf(number);
            return name.equals(number) ? number : name + " (" + number + ")";
        });
    }

    /** The confirmation the first section recognises in the page's query, if any. */
    MyPageNotice noticeFor(HttpRequest<?> request) {
        return sections.stream().map(section -> section.confirmation(request.getParameters()))
            .flatMap(Optional::stream).findFirst().map(MyPageNotice::confirmed).orElse(MyPageNotice.NONE);
    }

    /** Reads every section, which blocks: call it off the event loop. */
    public MutableHttpResponse<String> page(HttpRequest<?> request, Authentication authentication, HttpStatus status,
                                            MyPageNotice notice) {
        var csrf = csrfTokens.tokenFor(request);
        var viewer = new MyPageViewer(Profile.of(authentication), SignedInSubject.of(authentication),
            new Texts(LanguageChoice.of(request)), csrf.value(), notice);
        var rendered = sections.stream()
            .flatMap(section -> section.content(viewer)
                .map(content -> new MyPage.RenderedSection(section.placement(), content)).stream())
            .toList();
        var scripts = sections.stream().map(MyPageSection::script).flatMap(Optional::stream).distinct().toList();
        var response = HttpResponse.<String>status(status)
            .body(MyPage.render(viewer, municipalityOf(viewer.profile()), rendered, scripts))
            .contentType(MediaType.TEXT_HTML_TYPE)
            .header("Cache-Control", "no-store");
        csrfTokens.remember(csrf, request, response);
        return response;
    }
}
