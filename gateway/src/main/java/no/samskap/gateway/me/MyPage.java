package no.samskap.gateway.me;

import no.samskap.gateway.web.CsrfTokens;
import no.samskap.gateway.web.Page;

import java.util.Map;
import java.util.stream.Collectors;

import static no.samskap.gateway.web.Html.escape;

/** "Min side": who is signed in, and the button that signs them out. */
final class MyPage {

    private static final Map<String, String> ROLE_NAMES = Map.of(
        "resident", "innbygger",
        "staff", "kommuneansatt",
        "admin", "administrator");

    private static final String MAIN = """
        <h1>Min side</h1>
        <p>Du er logget inn som <strong id="name">%s</strong>.</p>
        <dl>
          <dt>Brukernavn</dt>
          <dd id="username">%s</dd>
          <dt>Kommunenummer</dt>
          <dd id="municipality">%s</dd>
          <dt>Roller</dt>
          <dd id="roles">%s</dd>
        </dl>
        <form method="post" action="/logg-ut">
          <input type="hidden" name="%s" value="%s">
          <button type="submit" id="sign-out">Logg ut</button>
        </form>
        <p><a href="/">Til forsiden</a></p>""";

    private MyPage() {
    }

    static String render(Profile profile, String csrfToken) {
        var roles = profile.roles().isEmpty()
            ? "Ingen"
            : profile.roles().stream().map(ROLE_NAMES::get).collect(Collectors.joining(", "));
        var municipality = profile.municipality() == null ? "Ikke oppgitt" : profile.municipality();
        return Page.render("Min side – Samskap", MAIN.formatted(escape(profile.name()), escape(profile.username()),
            escape(municipality), escape(roles), CsrfTokens.FIELD, escape(csrfToken)));
    }
}
