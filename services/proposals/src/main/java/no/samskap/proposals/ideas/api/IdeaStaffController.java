package no.samskap.proposals.ideas.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.IdeaAnswers;
import no.samskap.proposals.ideas.application.IdeaModeration;
import no.samskap.proposals.ideas.application.IdeaReadings;

import java.util.Optional;

/**
 * What the municipality's staff do to an idea: moderate it, assess it, move its response date, answer it, mark it
 * realised.
 */
@Controller("/ideas/{id}")
@Secured({Roles.STAFF, Roles.ADMIN})
class IdeaStaffController {

    private final IdeaModeration moderation;
    private final IdeaAnswers answers;
    private final IdeaReadings readings;

    IdeaStaffController(IdeaModeration moderation, IdeaAnswers answers, IdeaReadings readings) {
        this.moderation = moderation;
        this.answers = answers;
        this.readings = readings;
    }

    @Post("/publication")
    IdeaView publish(Authentication authentication, @PathVariable String id) {
        var staff = SignedInPerson.of(authentication);
        moderation.publish(staff, id);
        return view(staff, id);
    }

    @Post("/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    IdeaView reject(Authentication authentication, @PathVariable String id, @Body @Valid StaffRequests.Rejection request) {
        var staff = SignedInPerson.of(authentication);
        moderation.reject(staff, id, request.reason());
        return view(staff, id);
    }

    @Post("/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    IdeaView assess(Authentication authentication, @PathVariable String id, @Body @Valid StaffRequests.Assessment request) {
        var staff = SignedInPerson.of(authentication);
        answers.startAssessment(staff, id, request.respondBy());
        return view(staff, id);
    }

    @Post("/response-date")
    @Consumes(MediaType.APPLICATION_JSON)
    IdeaView changeResponseDate(Authentication authentication, @PathVariable String id,
                                @Body StaffRequests.ResponseDateChange request) {
        var staff = SignedInPerson.of(authentication);
        answers.changeResponseDate(staff, id, request.respondBy(), request.reason());
        return view(staff, id);
    }

    @Post("/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    IdeaView answer(Authentication authentication, @PathVariable String id, @Body @Valid StaffRequests.Answer request) {
        var staff = SignedInPerson.of(authentication);
        answers.answer(staff, id, request.outcome(), request.answer());
        return view(staff, id);
    }

    @Post("/realisation")
    @Consumes(MediaType.APPLICATION_JSON)
    IdeaView realise(Authentication authentication, @PathVariable String id, @Body @Valid StaffRequests.Realisation request) {
        var staff = SignedInPerson.of(authentication);
        answers.realise(staff, id, request.culturalEventId());
        return view(staff, id);
    }

    private IdeaView view(SignedInPerson staff, String id) {
        return IdeaView.of(readings.find(Optional.of(staff), id));
    }
}
