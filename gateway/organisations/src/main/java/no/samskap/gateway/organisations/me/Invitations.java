package no.samskap.gateway.organisations.me;

import gg.jte.Content;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.shell.me.MyPageNotice;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * "Invitasjoner" on "Min side" ({@code me/invitations.jte}): each invitation in a sentence whose association's name
 * links to its page, with a form to accept and one to decline; a refused acceptance is told beside its button.
 */
public record Invitations(TemplateTexts t, String csrf, MyPageNotice notice, List<Row> invitations) {

    /** Where the association's name goes in the sentence; a character no text or name of ours holds. */
    private static final String NAME = "\uE000";

    /** The sentence around the association's name: {@code before}, the name as a link, {@code after}. */
    public record Row(AssociationReads.Invitation invitation, String name, Content before, Content after) {

        public String accept() {
            return "accept-" + invitation.id();
        }
    }

    static Row row(Texts texts, AssociationReads.Invitation invitation) {
        var name = invitation.associationName() == null ? "" : invitation.associationName();
        var sentence = texts.text("org.me.invitation", NAME, texts.word("org.role", invitation.role()));
        var at = sentence.indexOf(NAME);
        return new Row(invitation, name, html(at < 0 ? sentence : sentence.substring(0, at)),
            html(at < 0 ? "" : sentence.substring(at + NAME.length())));
    }
}
