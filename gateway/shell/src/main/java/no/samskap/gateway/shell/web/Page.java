package no.samskap.gateway.shell.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.gateway.shell.assets.Assets;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The frame around every server-rendered page ({@code frame.jte}): the page's language and description, a skip link,
 * a header with the municipality's name, the main navigation, who is signed in with the button that signs them out,
 * the languages, breadcrumbs, a footer, and Designsystemet's styles in the municipality's colours. No inline script
 * or style.
 */
public final class Page {

    private static final Pattern MUNICIPALITY_PATH = Pattern.compile("^/kommuner/(\\d{4})(?:[/?#].*)?$");

    private Page() {
    }

    /** {@code title} and {@code main} must already be safe HTML (from {@link Texts} or escaped); {@code path} is where the page lives, with its query if any. */
    public static String render(Texts texts, String title, String main, String path) {
        return render(texts, title, main, path, PageDetails.NONE);
    }

    public static String render(Texts texts, String title, String main, String path, PageDetails details) {
        var request = ServerRequestContext.currentRequest();
        var viewer = request.flatMap(each -> each.getUserPrincipal(Authentication.class)).orElse(null);
        var services = request.flatMap(each -> each.getAttribute(FrameServices.ATTRIBUTE, FrameServices.class));
        var t = new TemplateTexts(texts);
        var municipality = Optional.ofNullable(details.municipality())
            .or(() -> municipalityInPath(path)).filter(MunicipalityNumber::isValid);
        var municipalityName = municipality.flatMap(number -> services.flatMap(known -> known.names().knownNameOf(number)));
        var assets = Assets.bundled();
        var theme = municipality.or(() -> municipalityOf(viewer)).map(assets::themeFor)
            .orElseGet(() -> assets.themeFor(""));
        var description = details.description() != null ? details.description() : texts.text("page.description");
        var frame = new Frame(t, html(title), html(description), assets.url("favicon.svg"),
            List.of(assets.url("designsystemet.css"), theme, assets.url("samskap.css")), municipalityName.orElse(null),
            SignInAddress.from(municipality), navigation(t, services, viewer, path),
            signedIn(viewer, services, request), languageLinks(t, path),
            details.breadcrumbs().stream().map(crumb -> new Frame.Crumb(crumb.path(), html(crumb.text()))).toList(),
            html(main));
        return Templates.shell().render("frame.jte", frame);
    }

    /** The modules' entries this viewer may see. Rendered outside a request, as in a unit test, a page has none. */
    private static List<Frame.Link> navigation(TemplateTexts t, Optional<FrameServices> services,
                                               @Nullable Authentication viewer, String path) {
        var here = path.split("[?#]", 2)[0];
        return services.map(known -> known.navigation().seenBy(viewer)).orElse(List.of()).stream()
            .map(entry -> new Frame.Link(entry.path(), entry.id(), t.get(entry.textKey()), entry.prominent(),
                entry.path().equals(here)))
            .toList();
    }

    private static Frame.Viewer signedIn(@Nullable Authentication viewer, Optional<FrameServices> services,
                                         Optional<HttpRequest<Object>> request) {
        if (viewer == null || services.isEmpty() || request.isEmpty()) {
            return null;
        }
        var token = services.get().csrfTokens().tokenFor(request.get());
        return new Frame.Viewer(displayName(viewer), CsrfTokens.FIELD, token.value());
    }

    private static String displayName(Authentication viewer) {
        return viewer.getAttributes().get("name") instanceof String name && !name.isBlank() ? name : viewer.getName();
    }

    private static Optional<String> municipalityOf(@Nullable Authentication viewer) {
        return viewer != null && viewer.getAttributes().get("municipality") instanceof String number
            ? Optional.of(number) : Optional.empty();
    }

    static Optional<String> municipalityInPath(String path) {
        var matcher = MUNICIPALITY_PATH.matcher(path);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static List<Frame.LanguageLink> languageLinks(TemplateTexts t, String path) {
        var separator = path.contains("?") ? "&" : "?";
        return Arrays.stream(Language.values())
            .map(language -> new Frame.LanguageLink(path + separator + LanguageChoice.PARAMETER + "=" + language.tag(),
                language.tag(), t.get("language." + language.tag()), language.tag().equals(t.languageTag())))
            .toList();
    }
}
