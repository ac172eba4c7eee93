package no.samskap.gateway.shell.staff;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.platform.problem.ProblemException;

import java.util.List;

/**
 * The staff inbox's sections of every module and their counts, for the viewer's own municipality: what the page's
 * summary says, as JSON. The items themselves are each module's own JSON, such as {@code /api/staff/inbox}.
 */
@Controller("/api/staff/inbox/sections")
@Secured({StaffMember.STAFF, StaffMember.ADMIN})
final class InboxOverviewController {

    @Serdeable
    record Overview(String municipality, int total, List<Section> sections) {
    }

    /** {@code waiting}: whether its count is part of the total. */
    @Serdeable
    record Section(String key, int count, boolean waiting) {
    }

    private final InboxSections sections;

    InboxOverviewController(InboxSections sections) {
        this.sections = sections;
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Overview> overview(Authentication authentication) {
        var member = StaffMember.of(authentication).orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN,
            "forbidden", "Forbidden", "Your account belongs to no municipality, so it has no staff inbox.", List.of()));
        var read = sections.read(member);
        var overview = new Overview(member.municipality(), InboxSections.total(read), read.stream()
            .map(each -> new Section(each.section().key(), each.items().count(), each.section().waiting())).toList());
        return HttpResponse.ok(overview).header("Cache-Control", "no-store");
    }
}
