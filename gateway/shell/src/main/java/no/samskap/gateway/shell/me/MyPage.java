package no.samskap.gateway.shell.me;

import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * "Min side": who is signed in and the button that signs them out, the staff's tools for staff, then the modules'
 * sections, each framed the same way, and the scripts those sections asked for.
 */
final class MyPage {

    private static final String PROFILE = """
        <h1>%s</h1>
        <p>%s</p>
        %s<dl>
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
        """;

    /** A section as one module rendered it for this viewer. */
    record RenderedSection(MyPageSection.Placement placement, String content) {
    }

    private MyPage() {
    }

    /** {@code municipality}: the person's municipality as the page names it, none when they belong to none. */
    static String render(MyPageViewer viewer, Optional<String> municipality, List<RenderedSection> sections,
                         List<String> scripts) {
        var texts = viewer.texts();
        var profile = viewer.profile();
        var roles = profile.roles().isEmpty()
            ? texts.text("me.roles.none")
            : profile.roles().stream().map(role -> texts.text("me.role." + role)).collect(Collectors.joining(", "));
        var municipalityText = municipality.map(Html::escape).orElseGet(() -> texts.text("me.municipality.unknown"));
        var signedInAs = texts.text("me.signedInAs", "\u0000").replace("\u0000",
            "<strong id=\"name\">" + escape(profile.name()) + "</strong>");
        var main = new StringBuilder(PROFILE.formatted(texts.text("me.heading"), signedInAs,
            noticeOf(viewer.notice(), texts), texts.text("me.username"), escape(profile.username()),
            texts.text("me.municipality"), municipalityText, texts.text("me.roles"), roles, CsrfTokens.FIELD,
            escape(viewer.csrfToken()), texts.text("me.signOut")));
        if (profile.roles().contains("staff") || profile.roles().contains("admin")) {
            main.append(staffLinks(texts));
        }
        sections.forEach(section -> main.append(frame(section, texts)));
        main.append("<p><a href=\"/\">").append(texts.text("page.toHome")).append("</a></p>");
        scripts.forEach(script -> main.append("\n").append(Assets.bundled().scriptTag(script)));
        return Page.render(texts, texts.text("me.title"), main.toString(), "/meg");
    }

    private static String frame(RenderedSection section, Texts texts) {
        var anchor = escape(section.placement().anchor());
        return "<section id=\"" + anchor + "\" aria-labelledby=\"" + anchor + "-heading\">\n"
            + "  <h2 id=\"" + anchor + "-heading\">" + texts.text(section.placement().headingKey()) + "</h2>\n"
            + section.content().indent(2) + "</section>\n";
    }

    private static String noticeOf(MyPageNotice notice, Texts texts) {
        if (notice.confirmationKey() != null) {
            return "<p id=\"confirmation\" class=\"confirmation\" role=\"status\">" + texts.text(notice.confirmationKey())
                + "</p>\n";
        }
        if (notice.errorKey() != null) {
            return """
                <div id="error-summary" class="error-summary" role="alert" aria-labelledby="error-summary-heading" tabindex="-1">
                  <h2 id="error-summary-heading">%s</h2>
                  <ul><li><a href="#%s">%s</a></li></ul>
                </div>
                """.formatted(texts.text("me.errors.heading"), escape(notice.fieldId()), texts.text(notice.errorKey()));
        }
        return "";
    }

    private static String staffLinks(Texts texts) {
        return """
            <nav id="staff-links" aria-label="%s">
              <ul>
                <li><a href="/stab/innboks" id="staff-inbox">%s</a></li>
                <li><a href="/stab/dashbord" id="staff-dashboard">%s</a></li>
              </ul>
            </nav>
            """.formatted(texts.text("me.staff.nav"), texts.text("me.staff.inbox"), texts.text("me.staff.dashboard"));
    }
}
