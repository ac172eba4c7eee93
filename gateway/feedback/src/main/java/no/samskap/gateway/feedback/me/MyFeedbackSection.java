package no.samskap.gateway.feedback.me;

import io.micronaut.http.HttpParameters;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import no.samskap.gateway.feedback.service.FeedbackService;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;
import no.samskap.gateway.shell.signin.AccessTokens;

import java.time.Clock;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * "Mine tilbakemeldinger": the person's own feedback, newest first, with the answers, private ones too, asked live, and
 * a link to change each while it may still be changed.
 */
@Singleton
final class MyFeedbackSection implements MyPageSection {

    private final FeedbackService service;
    private final AccessTokens accessTokens;
    private final Clock clock;

    MyFeedbackSection(FeedbackService service, AccessTokens accessTokens, Clock clock) {
        this.service = service;
        this.accessTokens = accessTokens;
        this.clock = clock;
    }

    @Override
    public Placement placement() {
        return new Placement("my-feedback", "fb.me.heading", 80);
    }

    @Override
    public Optional<String> confirmation(HttpParameters query) {
        return query.getFirst("tilbakemelding").filter("trukket"::equals).map(done -> "fb.me.withdrawn");
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var texts = viewer.texts();
        var asked = ServerRequestContext.currentRequest().flatMap(accessTokens::toRelay)
            .map(service::mine);
        if (asked.isEmpty() || asked.get().value().isEmpty()) {
            return Optional.of("<p>" + texts.text("fb.me.unavailable") + "</p>\n");
        }
        var mine = asked.get().value().get();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        var words = new FeedbackWords(texts);
        var html = new StringBuilder("<ul class=\"ds-list my-feedback\">\n");
        for (var feedback : mine) {
            var about = feedback.eventTitle() != null ? feedback.eventTitle()
                : feedback.unit() != null ? feedback.unit() : "";
            html.append("  <li data-feedback-id=\"").append(escape(feedback.id())).append("\"><a class=\"ds-link\" href=\"/tilbakemeldinger/")
                .append(escape(feedback.id())).append("\">").append(escape(about)).append("</a> – ")
                .append(escape(words.rating(feedback.rating())));
            if (feedback.editableUntil() != null && feedback.editableUntil().isAfter(clock.instant())) {
                html.append(" <a class=\"ds-link\" href=\"/tilbakemeldinger/").append(escape(feedback.id()))
                    .append("/endre\">").append(texts.text("fb.me.edit")).append("</a>");
            }
            if (feedback.hidden()) {
                html.append(" <span class=\"ds-tag\" data-color=\"warning\">").append(texts.text("fb.moderation.hidden"))
                    .append("</span>");
            }
            var answer = feedback.answer();
            if (answer != null && answer.text() != null) {
                html.append("<br>").append(texts.text(answer.publicAnswer() ? "fb.me.publicAnswer" : "fb.me.privateAnswer"))
                    .append(" ").append(escape(answer.text()));
            } else if (feedback.respondBy() != null) {
                html.append("<br>").append(texts.text("fb.entry.awaiting", words.date(feedback.respondBy())));
            }
            html.append("</li>\n");
        }
        return Optional.of(html.append("</ul>\n").toString());
    }
}
