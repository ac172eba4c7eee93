package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import no.samskap.gateway.shell.assets.Assets;

import java.util.Arrays;
import java.util.stream.Collectors;

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
                <li><a href="/ideer/ny" id="new-idea">%s</a></li>
                <li><a href="/meg">%s</a></li>%s
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
        var assets = Assets.bundled();
        return FRAME.formatted(texts.language().tag(), title, assets.url("favicon.svg"), assets.url("samskap.css"),
            texts.text("page.skip"),
            texts.text("page.nav.site"), texts.text("page.newIdea"), texts.text("page.myPage"), signInLink(texts),
            texts.text("page.nav.languages"), languageLinks(texts, path).indent(8).stripTrailing(),
            main.indent(4).stripTrailing(), texts.text("page.footer"),
            texts.text("page.accessibility"), texts.text("page.privacy"));
    }

    /** Someone signed in is offered no sign-in; they sign out from their own page. */
    private static String signInLink(Texts texts) {
        var signedIn = ServerRequestContext.currentRequest().flatMap(HttpRequest::getUserPrincipal).isPresent();
        return signedIn ? "" : "\n                <li><a href=\"/logg-inn\" id=\"sign-in\">" + texts.text("page.signIn") + "</a></li>";
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
