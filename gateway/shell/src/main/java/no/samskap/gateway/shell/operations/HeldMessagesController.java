package no.samskap.gateway.shell.operations;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.platform.consumption.HeldMessage;
import no.samskap.platform.consumption.HeldMessageDesk;
import no.samskap.platform.problem.ProblemException;

import java.util.List;

/**
 * The messages the gateway's read models hold back (ADR 0044), for admins: the list, releasing them after a fix, and
 * discarding one that can never be applied. The list names topic, key, type and reason, never a payload.
 */
@Controller("/api/operations/held-messages")
@Secured(StaffMember.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
final class HeldMessagesController {

    private final HeldMessageDesk desk;

    HeldMessagesController(HeldMessageDesk desk) {
        this.desk = desk;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<List<HeldMessage>> list() {
        return HttpResponse.ok(desk.list()).header("Cache-Control", "no-store");
    }

    @Post("/release")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HeldMessageDesk.Release release() {
        return desk.releaseAll();
    }

    @Delete("/{id}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Void> discard(@PathVariable long id) {
        if (!desk.discard(id)) {
            throw ProblemException.notFound("held message", Long.toString(id));
        }
        return HttpResponse.noContent();
    }
}
