package no.samskap.gateway.organisations.attests;

import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.FormParts;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.shell.web.Texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/** The officers' requests: who was asked to apply for which role and whether the certificate was seen since. */
final class RequestsView {

    static final List<String> FIELDS = List.of("volunteerId", "role", "roleName");

    private RequestsView() {
    }

    record Typed(String volunteerId, String role, String roleName) {

        static final Typed NOTHING = new Typed("", "", "");
    }

    static String page(Texts texts, DirectoryEntry association, List<AttestViews.Request> requests,
                       List<AssociationReads.Member> members, Typed typed, Optional<ServiceRefusal> refusal,
                       boolean sent, String csrf) {
        var messages = refusal.map(r -> r.messages(texts, FIELDS)).orElse(Map.<String, String>of());
        var general = refusal.flatMap(r -> r.general(texts, FIELDS));
        return """
            <h1 class="ds-heading">%s</h1>
            %s<p>%s</p>
            <h2 class="ds-heading" id="requests-heading">%s</h2>
            %s
            <h2 class="ds-heading" id="ask-heading">%s</h2>
            %s<form method="post" action="/foreninger/%s/politiattest/foresporsler" id="attest-request-form" novalidate>
              %s
              %s
              %s
            </form>
            <p><a class="ds-link" id="sightings-link" href="/foreninger/%s/politiattest">%s</a></p>
            <p><a class="ds-link" href="/foreninger/%s">%s</a></p>
            """.formatted(texts.text("vol.attest.requests.title", association.name()),
            sent ? "<p class=\"ds-alert\" data-color=\"success\" role=\"status\" id=\"request-sent\">"
                + texts.text("vol.attest.requests.sent") + "</p>\n" : "",
            texts.text("vol.attest.requests.intro"), texts.text("vol.attest.requests.list"),
            table(texts, association, requests, members), texts.text("vol.attest.requests.ask"),
            FormParts.errorSummary(texts, messages, general), association.id(), FormParts.csrf(csrf),
            AttestForm.volunteerAndRole(texts, members, typed.volunteerId(), typed.role(), typed.roleName(), messages),
            FormParts.button(texts.text("vol.attest.requests.send"), "primary"), association.id(),
            texts.text("vol.attest.sightings.link"), association.id(), texts.text("vol.attest.back"));
    }

    private static String table(Texts texts, DirectoryEntry association, List<AttestViews.Request> requests,
                                List<AssociationReads.Member> members) {
        if (requests.isEmpty()) {
            return "<p id=\"no-requests\">" + texts.text("vol.attest.requests.none") + "</p>";
        }
        var rows = new StringBuilder();
        for (var request : requests) {
            var query = "?volunteerId=" + URLEncoder.encode(request.volunteerId(), StandardCharsets.UTF_8)
                + "&role=" + URLEncoder.encode(request.role(), StandardCharsets.UTF_8);
            var state = request.sightedAt() != null
                ? texts.text("vol.attest.requests.sighted", texts.date(request.sightedAt()))
                : "<a class=\"ds-link\" href=\"" + escape("/foreninger/" + association.id() + "/politiattest" + query)
                    + "#attest-form\">" + texts.text("vol.attest.requests.record") + "</a>";
            rows.append("    <tr><td>").append(escape(AttestPages.nameOf(members, request.volunteerId())))
                .append("</td><td>").append(AttestForm.roleWords(texts, request.role(), request.roleName()))
                .append("</td><td>").append(texts.date(request.requestedAt()))
                .append("</td><td>").append(state)
                .append("</td><td><a class=\"ds-link\" href=\"").append(escape("/foreninger/" + association.id()
                    + "/politiattest/bekreftelse" + query + (request.roleName() == null ? ""
                    : "&roleName=" + URLEncoder.encode(request.roleName(), StandardCharsets.UTF_8))))
                .append("\">").append(texts.text("vol.attest.confirmation")).append("</a></td></tr>\n");
        }
        return """
            <table class="ds-table" id="attest-requests">
              <thead><tr><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th></tr></thead>
              <tbody>
            %s  </tbody>
            </table>""".formatted(texts.text("vol.attest.volunteer"), texts.text("vol.attest.role"),
            texts.text("vol.attest.requests.asked"), texts.text("vol.attest.requests.state"),
            texts.text("vol.attest.confirmation"), rows);
    }
}
