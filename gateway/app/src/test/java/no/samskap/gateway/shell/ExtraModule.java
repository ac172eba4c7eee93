package no.samskap.gateway.shell;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpParameters;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.home.MunicipalityLink;
import no.samskap.gateway.shell.live.LiveEvent;
import no.samskap.gateway.shell.live.LiveStream;
import no.samskap.gateway.shell.live.LiveViewer;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;
import no.samskap.gateway.shell.signin.SignedInSubject;
import no.samskap.gateway.shell.web.Audience;
import no.samskap.gateway.shell.web.NavigationEntry;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.TextBundle;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.Optional;

/**
 * A module that exists only in tests, switched on by {@value #SWITCH}{@code =on}: it contributes to each extension
 * point of the shell exactly as a service's module would, and touches no other module.
 */
@Factory
@Requires(property = ExtraModule.SWITCH, value = "on")
public class ExtraModule {

    public static final String SWITCH = "samskap.test.extra-module";

    @Singleton
    MunicipalityLink extraOfEachMunicipality() {
        return new MunicipalityLink("/ekstra/{municipality}", "extra.municipality", 20);
    }

    @Singleton
    NavigationEntry extraLink() {
        return new NavigationEntry("/ekstra", "extra-link", "extra.nav", 500, Audience.ANYONE);
    }

    @Singleton
    NavigationEntry extraStaffLink() {
        return new NavigationEntry("/ekstra/stab", "extra-staff-link", "extra.nav.staff", 600, Audience.STAFF);
    }

    /** Texts of the module, found by {@code Texts} whether or not the module is switched on, as a real module's are. */
    public static final class ExtraTexts implements TextBundle {

        @Override
        public String baseName() {
            return "i18n/extra";
        }
    }

    /** Between the ideas one follows (40) and the notifications (50). */
    @Singleton
    @Requires(property = SWITCH, value = "on")
    static final class ExtraSection implements MyPageSection {

        @Override
        public Placement placement() {
            return new Placement("extra-things", "extra.heading", 45);
        }

        @Override
        public Optional<String> content(MyPageViewer viewer) {
            return Optional.of("<p id=\"extra-content\">" + viewer.texts().text("extra.content", viewer.profile().name())
                + "</p>\n");
        }

        @Override
        public Optional<String> confirmation(HttpParameters query) {
            return "1".equals(query.get("ekstra")) ? Optional.of("extra.confirmed") : Optional.empty();
        }
    }

    /** Something that happened to one person in the extra module, for their stream alone. */
    @Serdeable
    public record Happening(String personId, String id, String what) {
    }

    @Singleton
    @Requires(property = SWITCH, value = "on")
    public static final class Happenings {

        private final Sinks.Many<Happening> sink = Sinks.many().multicast().directBestEffort();

        public void announce(Happening happening) {
            sink.tryEmitNext(happening);
        }

        Flux<Happening> of(String personId) {
            return sink.asFlux().filter(happening -> happening.personId().equals(personId));
        }
    }

    @Singleton
    @Requires(property = SWITCH, value = "on")
    static final class ExtraStream implements LiveStream {

        static final String PATH = "/api/extra/stream";

        private final Happenings happenings;

        ExtraStream(Happenings happenings) {
            this.happenings = happenings;
        }

        @Override
        public String path() {
            return PATH;
        }

        @Override
        public Audience audience() {
            return Audience.SIGNED_IN;
        }

        @Override
        public String description() {
            return "One happened event per thing that happened to the signed-in person in the extra module.";
        }

        @Override
        public Flux<LiveEvent> events(LiveViewer viewer) {
            return happenings.of(SignedInSubject.of(viewer.signedIn()))
                .map(happening -> new LiveEvent("happened", happening.id(), happening));
        }
    }

    /** A panel below every idea, saying which idea it is about and whether the viewer is signed in. */
    @Singleton
    @Requires(property = SWITCH, value = "on")
    static final class ExtraIdeaPanel implements PagePanel {

        @Override
        public String page() {
            return "idea";
        }

        @Override
        public int order() {
            return 500;
        }

        @Override
        public Optional<String> content(String subjectId, PanelViewer viewer) {
            var who = viewer.subject().isPresent() ? "extra.panel.signedIn" : "extra.panel.visitor";
            return Optional.of("<section id=\"extra-panel\" aria-labelledby=\"extra-panel-heading\">"
                + "<h2 id=\"extra-panel-heading\">" + viewer.texts().text("extra.panel.heading") + "</h2>"
                + "<p id=\"extra-panel-idea\">" + viewer.texts().text(who, subjectId) + "</p></section>\n");
        }
    }
}
