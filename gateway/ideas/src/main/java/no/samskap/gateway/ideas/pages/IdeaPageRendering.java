package no.samskap.gateway.ideas.pages;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import no.samskap.gateway.ideas.readmodel.IdeaBoard;
import no.samskap.gateway.ideas.readmodel.IdeaPetition;
import no.samskap.gateway.ideas.readmodel.IdeaPetitions;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.PagePanels;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.web.VisitorPages;
import no.samskap.platform.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts an idea page together: the idea from the board, the viewer's part in it, the panels other modules add to the
 * page "idea" and the discussion: a visitor's from the gateway's copy, a signed-in viewer's from the service. A
 * visitor's page is kept while nothing on it changes (ADR 0067).
 */
@Singleton
final class IdeaPageRendering {

    private final IdeaBoard board;
    private final IdeaPetitions petitions;
    private final ProposalsReading proposals;
    private final VisitorDiscussion visitorDiscussion;
    private final PageForms forms;
    private final PagePanels panels;
    private final MunicipalityDirectory municipalities;
    private final Clock clock;
    private final IdeaPageVersions versions;
    private final VisitorPages<RenderedFrom> visitorPages;

    IdeaPageRendering(IdeaBoard board, IdeaPetitions petitions, ProposalsReading proposals,
                      VisitorDiscussion visitorDiscussion, PageForms forms, PagePanels panels,
                      MunicipalityDirectory municipalities, Clock clock, IdeaPageVersions versions,
                      @Value("${samskap.idea-pages.kept:1024}") int kept) {
        this.versions = versions;
        this.visitorPages = new VisitorPages<>(kept);
        this.visitorDiscussion = visitorDiscussion;
        this.petitions = petitions;
        this.clock = clock;
        this.municipalities = municipalities;
        this.board = board;
        this.proposals = proposals;
        this.forms = forms;
        this.panels = panels;
    }

    HttpResponse<String> render(HttpRequest<?> request, @Nullable Authentication authentication, String id,
                                HttpStatus status, @Nullable String done, Viewing.FormProblem problem) {
        var texts = new Texts(LanguageChoice.of(request));
        var idea = uuid(id);
        var today = ResponseDue.today(clock);
        if (idea.isPresent() && status == HttpStatus.OK && done == null && problem == null
            && VisitorPages.forEveryone(request, authentication)) {
            return forEveryone(request, idea.get(), texts, today);
        }
        return fresh(request, authentication, idea, texts, today, status, done, problem, NOT_KEPT);
    }

    /**
     * A visitor's page, as kept while the idea's page version, the day and the municipality's name are unchanged
     * (ADR 0067); the version is read before anything the page shows, so a kept page is never newer than it says.
     */
    private HttpResponse<String> forEveryone(HttpRequest<?> request, UUID idea, Texts texts, LocalDate today) {
        var address = request.getPath();
        var version = versions.versionOf(idea);
        if (version.isEmpty()) {
            return fresh(request, null, Optional.of(idea), texts, today, HttpStatus.OK, null, null, NOT_KEPT);
        }
        var kept = visitorPages.kept(address, texts.language(), version.getAsLong(), from -> from.today().equals(today)
            && from.name().equals(municipalities.nameOf(from.municipality())));
        if (kept.isPresent()) {
            return forms.page(request, HttpStatus.OK, csrf -> kept.get());
        }
        return fresh(request, null, Optional.of(idea), texts, today, HttpStatus.OK, null, null,
            (from, csrf, html) -> visitorPages.keep(address, texts.language(), version.getAsLong(), from, csrf, html));
    }

    private HttpResponse<String> fresh(HttpRequest<?> request, @Nullable Authentication authentication,
                                       Optional<UUID> idea, Texts texts, LocalDate today, HttpStatus status,
                                       @Nullable String done, Viewing.FormProblem problem, Keeping keeping) {
        var signedIn = authentication != null;
        var subject = signedIn ? PageForms.claim(authentication, "sub").orElse("") : "";
        var publicPage = idea.flatMap(board::find);
        var seen = signedIn && idea.isPresent() ? proposals.idea(request, idea.get())
            : Optional.<ProposalsReading.IdeaForViewer>empty();
        var hiddenReason = publicPage.isPresent() ? Optional.<String>empty()
            : seen.filter(viewed -> viewed.hiddenFromOthersFor(subject))
                .map(ProposalsReading.IdeaForViewer::hiddenReason);
        var page = hiddenReason.isPresent() ? idea.flatMap(board::findHidden) : publicPage;
        if (page.isEmpty()) {
            return NotFoundPage.response(texts, request.getPath());
        }
        var summary = page.get().idea();
        var discussion = signedIn ? new VisitorDiscussion.Read(proposals.comments(request, idea.get()), false)
            : visitorDiscussion.of(request, summary);
        var petition = petitions.of(idea.get());
        var viewer = viewerOf(request, authentication, summary.municipality(), idea.get(), petition, seen, subject);
        var name = municipalities.nameOf(summary.municipality());
        return forms.page(request, status, csrf -> {
            var viewing = new Viewing(signedIn, subject, seen, discussion.threads(), csrf, done, problem);
            var html = IdeaView.render(page.get(), hiddenReason.orElse(null), texts, viewing,
                PetitionView.render(summary, petition, viewer, texts, viewing, today),
                panels.render("idea", idea.get().toString(), new PanelViewer(texts, authentication, csrf,
                    request.getParameters())), name, today);
            if (discussion.fromTheCopy()) {
                keeping.keep(new RenderedFrom(today, summary.municipality(), name), csrf, html);
            }
            return html;
        });
    }

    /** What a visitor's idea page was rendered from besides its version. */
    record RenderedFrom(LocalDate today, String municipality, String name) {
    }

    private interface Keeping {
        void keep(RenderedFrom from, String csrf, String html);
    }

    private static final Keeping NOT_KEPT = (from, csrf, html) -> {
    };

    /** The viewer's part in the idea's innbyggerforslag; their signature is asked of the service only while it counts. */
    private PetitionView.Viewer viewerOf(HttpRequest<?> request, @Nullable Authentication authentication,
                                         String municipality, UUID idea, Optional<IdeaPetition> petition,
                                         Optional<ProposalsReading.IdeaForViewer> seen, String subject) {
        if (authentication == null) {
            return new PetitionView.Viewer(false, false, false, false);
        }
        var here = municipality.equals(PageForms.claim(authentication, "municipality").orElse(""));
        var roles = authentication.getRoles();
        var residentHere = here && roles.contains(Roles.RESIDENT);
        var staffHere = here && (roles.contains(Roles.STAFF) || roles.contains(Roles.ADMIN));
        var author = seen.map(viewed -> viewed.authorId() != null && viewed.authorId().equals(subject)).orElse(false);
        var signed = residentHere && petition.map(IdeaPetition::isCollecting).orElse(false)
            && proposals.signedPetition(request, idea);
        return new PetitionView.Viewer(author, residentHere, staffHere, signed);
    }

    static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
