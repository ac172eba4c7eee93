package no.samskap.gateway.organisations.attests;

import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/** The volunteer's own politiattest requests, newest as the service orders them, each with its confirmation. */
final class MyAttestRequestsView {

    private MyAttestRequestsView() {
    }

    /** {@code requests} empty when the service gave none, {@code why} then says why. */
    static String render(Texts texts, Optional<List<AttestViews.OwnRequest>> requests, Optional<String> why) {
        var html = new StringBuilder("<h1 class=\"ds-heading\">").append(texts.text("vol.attest.mine.title"))
            .append("</h1>\n<p>").append(texts.text("vol.attest.mine.intro")).append("</p>\n");
        if (requests.isEmpty()) {
            return html.append("<p class=\"ds-alert\" data-color=\"warning\" id=\"attest-requests-refused\">")
                .append(why.orElse("")).append("</p>\n").toString();
        }
        if (requests.get().isEmpty()) {
            return html.append("<p id=\"no-attest-requests\">").append(texts.text("vol.attest.mine.none"))
                .append("</p>\n").toString();
        }
        html.append("<ul class=\"ds-list\" id=\"my-attest-requests\">\n");
        for (var own : requests.get()) {
            var request = own.request();
            var confirmation = own.confirmation();
            var state = request.sightedAt() != null
                ? texts.text("vol.attest.mine.sighted", texts.date(request.sightedAt()))
                : texts.text("vol.attest.mine.waiting");
            html.append("  <li class=\"attest-request\">\n    <h2 class=\"ds-heading\" data-size=\"xs\">")
                .append("<a class=\"ds-link\" href=\"/foreninger/").append(escape(request.associationId()))
                .append("\">").append(escape(confirmation.associationName())).append("</a>: ")
                .append(AttestPage.roleWords(texts, request.role(), request.roleName())).append("</h2>\n    <p>")
                .append(texts.text("vol.attest.mine.asked", texts.date(request.requestedAt()))).append(' ')
                .append(state).append("</p>\n    <p><a class=\"ds-link\" href=\"")
                .append(MyAttestRequestsController.PATH).append('/').append(escape(request.id()))
                .append("/bekreftelse\">").append(texts.text("vol.attest.mine.confirmation")).append("</a></p>\n")
                .append("  </li>\n");
        }
        return html.append("</ul>\n").toString();
    }
}
