package no.samskap.gateway.ideas.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.platform.problem.ProblemException;

import java.util.List;

/**
 * The staff inbox of the viewer's own municipality as JSON, a page of each section; {@link InboxStream} has its live
 * changes. Only its staff
 * and admins see it; nobody can ask for another municipality's inbox, so there is nothing of another municipality to
 * refuse.
 */
@Controller("/api/staff/inbox")
@Secured({StaffMember.STAFF, StaffMember.ADMIN})
final class StaffInboxController {

    private static final String SECTION = "section";
    private static final String AFTER = "after";

    private final StaffInbox inbox;

    StaffInboxController(StaffInbox inbox) {
        this.inbox = inbox;
    }

    /** {@code section} and {@code after}: read that section from the cursor its {@code next} gave out. */
    @Get
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Inbox> inbox(Authentication authentication, @QueryValue(SECTION) @Nullable String section,
                              @QueryValue(AFTER) @Nullable String after) {
        var paging = InboxPaging.of(section, after, SECTION, AFTER);
        return HttpResponse.ok(inbox.of(member(authentication), paging)).header("Cache-Control", "no-store");
    }

    /** A staff account that belongs to no municipality has no inbox. */
    static StaffMember member(Authentication authentication) {
        return StaffMember.of(authentication).orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "forbidden",
            "Forbidden", "Your account belongs to no municipality, so it has no staff inbox.", List.of()));
    }
}
