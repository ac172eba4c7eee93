package no.samskap.gateway.organisations.attests;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The volunteer's own politiattest requests ({@code attests/mine.jte}), newest as the service orders them, each with
 * its confirmation; {@code requests} is null when the service gave none, and {@code why} then says why.
 */
public record MyAttestRequestsPage(TemplateTexts t, @Nullable List<Line> requests, Content why) {

    /** One request: {@code role} and {@code state} in the page's words. */
    public record Line(String associationId, String associationName, Content role, Content asked, Content state,
                       String confirmation) {
    }

    static MyAttestRequestsPage of(Texts texts, Optional<List<AttestViews.OwnRequest>> requests, Optional<String> why) {
        return new MyAttestRequestsPage(new TemplateTexts(texts),
            requests.map(found -> found.stream().map(own -> line(texts, own)).toList()).orElse(null),
            html(why.orElse("")));
    }

    private static Line line(Texts texts, AttestViews.OwnRequest own) {
        var request = own.request();
        return new Line(request.associationId(), own.confirmation().associationName(),
            html(AttestPage.roleWords(texts, request.role(), request.roleName())),
            html(texts.text("vol.attest.mine.asked", texts.date(request.requestedAt()))),
            html(request.sightedAt() != null ? texts.text("vol.attest.mine.sighted", texts.date(request.sightedAt()))
                : texts.text("vol.attest.mine.waiting")),
            MyAttestRequestsController.PATH + "/" + request.id() + "/bekreftelse");
    }
}
