package no.samskap.gateway.shell.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import no.samskap.gateway.shell.assets.Assets;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The frame around every server-rendered page: the page's language, a skip link, the site's header, navigation and
 * footer, the shared stylesheet, and no inline script or style.
 */
public final class Page {

    private static final String FRAME = """
        <!doctype html>
        <html lang="%s">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>%s</title>
          <link rel="icon" href="%s" type="image/svg+xml">
          <link rel="stylesheet" href="%s">
        </head>
        <body>
          <a class="skip-link" href="#main">%s</a>
          <header>
            <p class="site-name"><a href="/">Samskap</a></p>
            <nav aria-label="%s">
              <ul>
        %s
              </ul>
            </nav>
            <nav aria-label="%s">
              <ul class="languages">
        %s
              </ul>
            </nav>
          </header>
          <main id="main" tabindex="-1">
        %s
          </main>
          <footer>
            <p>%s</p>
            <ul class="footer-links">
              <li><a href="/tilgjengelighet">%s</a></li>
              <li><a href="/personvern">%s</a></li>
            </ul>
          </footer>
        </body>
        </html>
        """;

    private Page() {
    }

    /** {@code title} and {@code main} must already be safe HTML (from {@link Texts} or escaped); {@code path} is where the page lives, with its query if any. */
    public static String render(Texts texts, String title, String main, String path) {
        var viewer = ServerRequestContext.currentRequest().flatMap(request -> request.getUserPrincipal(Authentication.class));
        var assets = Assets.bundled();
        return FRAME.formatted(texts.language().tag(), title, assets.url("favicon.svg"), assets.url("samskap.css"),
            texts.text("page.skip"),
            texts.text("page.nav.site"), navigationLinks(texts, viewer.orElse(null)).indent(8).stripTrailing(),
            texts.text("page.nav.languages"), languageLinks(texts, path).indent(8).stripTrailing(),
            main.indent(4).stripTrailing(), texts.text("page.footer"),
            texts.text("page.accessibility"), texts.text("page.privacy"));
    }

    /**
     * The modules' entries this viewer may see, then the sign-in for someone not signed in (they sign out from their
     * own page). Rendered outside a request, as in a unit test, a page has only the sign-in.
     */
    private static String navigationLinks(Texts texts, @Nullable Authentication viewer) {
        var entries = ServerRequestContext.currentRequest()
            .flatMap(request -> request.getAttribute(Navigation.ATTRIBUTE, Navigation.class))
            .map(navigation -> navigation.seenBy(viewer)).orElse(List.of());
        var links = entries.stream().map(entry -> "<li><a href=\"%s\" id=\"%s\">%s</a></li>".formatted(
            Html.escape(entry.path()), Html.escape(entry.id()), texts.text(entry.textKey())));
        var signIn = viewer == null
            ? Stream.of("<li><a href=\"/logg-inn\" id=\"sign-in\">" + texts.text("page.signIn") + "</a></li>")
            : Stream.<String>empty();
        return Stream.concat(links, signIn).collect(Collectors.joining("\n"));
    }

    private static String languageLinks(Texts texts, String path) {
        return Arrays.stream(Language.values())
            .map(language -> {
                var current = language == texts.language() ? " aria-current=\"true\"" : "";
                var separator = path.contains("?") ? "&amp;" : "?";
                return "<li><a href=\"%s%s%s=%s\" lang=\"%s\" hreflang=\"%s\"%s>%s</a></li>".formatted(
                    Html.escape(path), separator, LanguageChoice.PARAMETER, language.tag(), language.tag(), language.tag(),
                    current, texts.text("language." + language.tag()));
            })
            .collect(Collectors.joining("\n"));
    }
}
