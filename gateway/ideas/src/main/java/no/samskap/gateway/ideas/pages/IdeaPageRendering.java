package no.samskap.gateway.ideas.pages;

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
import no.samskap.platform.security.Roles;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts an idea page together: the idea from the board, the viewer's part in it, the panels other modules add to the
 * page "idea" and the discussion: a visitor's from the gateway's copy, a signed-in viewer's from the service.
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

    IdeaPageRendering(IdeaBoard board, IdeaPetitions petitions, ProposalsReading proposals,
                      VisitorDiscussion visitorDiscussion, PageForms forms, PagePanels panels,
                      MunicipalityDirectory municipalities, Clock clock) {
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
        var comments = signedIn ? proposals.comments(request, idea.get()) : visitorDiscussion.of(request, summary);
        var petition = petitions.of(idea.get());
        var viewer = viewerOf(request, authentication, summary.municipality(), idea.get(), petition, seen, subject);
        var today = ResponseDue.today(clock);
        return forms.page(request, status, csrf -> {
            var viewing = new Viewing(signedIn, subject, seen, comments, csrf, done, problem);
            return IdeaView.render(page.get(), hiddenReason.orElse(null), texts, viewing,
                PetitionView.render(summary, petition, viewer, texts, viewing, today),
                panels.render("idea", idea.get().toString(), new PanelViewer(texts, authentication, csrf,
                    request.getParameters())), municipalities.nameOf(summary.municipality()), today);
        });
    }

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
