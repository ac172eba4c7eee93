package no.samskap.organisations.help.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.organisations.help.application.HelpRequestLists;
import no.samskap.organisations.help.domain.HelpRequest;
import no.samskap.organisations.help.domain.Interest;

import java.time.Instant;
import java.util.List;

/** A request for help as the municipality's signed-in people see it, and interest shown in it. */
final class RequestViews {

    private RequestViews() {
    }

    @Serdeable
    record Request(String id, @Nullable String associationId, @Nullable String ideaId, String task, Instant startsAt,
                   Instant endsAt, String place, List<String> skills, Instant requestedAt, boolean taken,
                   boolean takenByYou) {

        static Request of(HelpRequest request, String viewer) {
            return new Request(request.id().toString(),
                request.associationId() == null ? null : request.associationId().toString(),
                request.ideaId() == null ? null : request.ideaId().toString(), request.task(), request.startsAt(),
                request.endsAt(), request.place(), request.skills(), request.requestedAt(), request.isTaken(),
                viewer.equals(request.takenBy()));
        }
    }

    /** One volunteer's interest, for the one who asked: {@code state} pending, reminded, accepted or taken. */
    @Serdeable
    record Interested(String volunteerId, Instant shownAt, @Nullable Instant remindedAt, String state) {

        static Interested of(HelpRequest request, Interest interest) {
            return new Interested(interest.volunteerId(), interest.shownAt(), interest.remindedAt(),
                request.stateOf(interest).code());
        }
    }

    /** A volunteer's own interest with the request it was shown in. */
    @Serdeable
    record Mine(Request request, Instant shownAt, @Nullable Instant remindedAt, String state) {

        static Mine of(HelpRequestLists.InterestShown shown, String volunteer) {
            return new Mine(Request.of(shown.request(), volunteer), shown.interest().shownAt(),
                shown.interest().remindedAt(), shown.request().stateOf(shown.interest()).code());
        }
    }
}
