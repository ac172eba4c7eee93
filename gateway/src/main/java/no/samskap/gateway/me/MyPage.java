package no.samskap.gateway.me;

import no.samskap.gateway.web.CsrfTokens;
import no.samskap.gateway.web.Page;
import no.samskap.gateway.web.Texts;

import java.util.stream.Collectors;

import static no.samskap.gateway.web.Html.escape;

/** "Min side": who is signed in, and the button that signs them out. */
final class MyPage {

    private static final String MAIN = """
        <h1>%s</h1>
        <p>%s</p>
        <dl>
          <dt>%s</dt>
          <dd id="username">%s</dd>
          <dt>%s</dt>
          <dd id="municipality">%s</dd>
          <dt>%s</dt>
          <dd id="roles">%s</dd>
        </dl>
        <form method="post" action="/logg-ut">
          <input type="hidden" name="%s" value="%s">
          <button type="submit" id="sign-out">%s</button>
        </form>
        <p><a href="/">%s</a></p>""";

    private MyPage() {
    }

    static String render(Profile profile, String csrfToken, Texts texts) {
        var roles = profile.roles().isEmpty()
            ? texts.text("me.roles.none")
            : profile.roles().stream().map(role -> texts.text("me.role." + role)).collect(Collectors.joining(", "));
        var municipality = profile.municipality() == null ? texts.text("me.municipality.unknown")
            : escape(profile.municipality());
        var signedInAs = texts.text("me.signedInAs", "\u0000").replace("\u0000",
            "<strong id=\"name\">" + escape(profile.name()) + "</strong>");
        return Page.render(texts, texts.text("me.title"), MAIN.formatted(texts.text("me.heading"), signedInAs,
            texts.text("me.username"), escape(profile.username()), texts.text("me.municipality"), municipality,
            texts.text("me.roles"), roles, CsrfTokens.FIELD, escape(csrfToken), texts.text("me.signOut"),
            texts.text("page.toHome")), "/meg");
    }
}
