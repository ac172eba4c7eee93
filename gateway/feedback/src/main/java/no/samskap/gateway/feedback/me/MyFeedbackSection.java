package no.samskap.gateway.feedback.me;

import io.micronaut.http.HttpParameters;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import no.samskap.gateway.feedback.service.FeedbackService;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;
import no.samskap.gateway.shell.signin.AccessTokens;

import java.time.Clock;
import java.util.Optional;

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
            return Optional.of(MyFeedback.unavailable(texts));
        }
        var mine = asked.get().value().get();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(MyFeedback.render(texts, mine, clock.instant()));
    }
}
