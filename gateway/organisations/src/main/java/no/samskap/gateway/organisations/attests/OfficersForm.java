package no.samskap.gateway.organisations.attests;

import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.FormParts;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/** The appointment of the responsible person for politiattest and their deputy, chosen from the members. */
final class OfficersForm {

    static final List<String> FIELDS = List.of("responsibleId", "deputyId");

    private OfficersForm() {
    }

    record Typed(String responsibleId, String deputyId) {

        static final Typed NOTHING = new Typed("", "");

        static Typed of(AttestViews.Officers officers) {
            return new Typed(officers.responsibleId(), officers.deputyId());
        }
    }

    static String page(Texts texts, DirectoryEntry association, List<AssociationReads.Member> members,
                       Optional<AttestViews.Officers> officers, Typed typed, Optional<ServiceRefusal> refusal,
                       boolean saved, String csrf) {
        var messages = refusal.map(r -> r.messages(texts, FIELDS, "officers")).orElse(Map.<String, String>of());
        var general = refusal.flatMap(r -> r.general(texts, FIELDS));
        var choices = AttestPages.choices(texts, members);
        return """
            <h1 class="ds-heading">%s</h1>
            %s<p>%s</p>
            <p id="current-officers">%s</p>
            %s<form method="post" action="/foreninger/%s/politiattest/ansvarlige" id="officers-form" novalidate>
              %s
              %s
              %s
              %s
            </form>
            <p><a class="ds-link" href="/foreninger/%s">%s</a></p>
            """.formatted(texts.text("vol.attest.officers.title", association.name()),
            saved ? "<p class=\"ds-alert\" data-color=\"success\" role=\"status\" id=\"officers-saved\">"
                + texts.text("vol.attest.officers.saved") + "</p>\n" : "",
            texts.text("vol.attest.officers.intro"),
            officers.map(appointed -> texts.text("vol.attest.officers.current",
                AttestPages.nameOf(members, appointed.responsibleId()), AttestPages.nameOf(members,
                    appointed.deputyId()))).orElse(texts.text("vol.attest.officers.none")),
            FormParts.errorSummary(texts, messages, general), association.id(), FormParts.csrf(csrf),
            FormParts.select(texts, new FormParts.Field("responsibleId", "vol.attest.officers.responsible", null, ""),
                choices, typed.responsibleId(), Optional.ofNullable(messages.get("responsibleId"))),
            FormParts.select(texts, new FormParts.Field("deputyId", "vol.attest.officers.deputy",
                "vol.attest.officers.deputy.hint", ""), choices, typed.deputyId(),
                Optional.ofNullable(messages.get("deputyId"))),
            FormParts.button(texts.text("vol.attest.officers.save"), "primary"), escape(association.id().toString()),
            texts.text("vol.attest.back"));
    }
}
