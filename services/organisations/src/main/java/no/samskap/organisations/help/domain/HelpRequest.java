package no.samskap.organisations.help.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Refusal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A task the municipality's staff or an association ({@code associationId}) need help with, when and where, and the
 * skills it needs. The first volunteer to accept it takes it; {@code takenBy} is null while it is open.
 */
public record HelpRequest(UUID id, MunicipalityNumber municipality, AssociationId associationId, UUID ideaId,
                          String task, Instant startsAt, Instant endsAt, String place, List<String> skills,
                          String requestedBy, Instant requestedAt, String takenBy, Instant takenAt) {

    static final int TASK_LENGTH = 2000;
    static final int PLACE_LENGTH = 300;

    public static HelpEvent.RequestPosted post(UUID id, MunicipalityNumber municipality, AssociationId associationId,
                                               UUID ideaId, String task, Instant startsAt, Instant endsAt,
                                               String place, List<String> skills, String requestedBy, Instant now) {
        var checkedTask = FreeText.required("task", task, TASK_LENGTH);
        if (startsAt == null) {
            throw Refusal.invalid("startsAt", "must be given");
        }
        if (endsAt == null || !endsAt.isAfter(startsAt)) {
            throw Refusal.invalid("endsAt", "must come after startsAt");
        }
        if (!endsAt.isAfter(now)) {
            throw Refusal.invalid("endsAt", "must be in the future");
        }
        var checkedPlace = FreeText.required("place", place, PLACE_LENGTH);
        var codes = SkillCodes.checked("skills", skills);
        if (codes.isEmpty()) {
            throw Refusal.invalid("skills", "a request names at least one skill it needs");
        }
        var request = new HelpRequest(id, municipality, associationId, ideaId, checkedTask, startsAt, endsAt,
            checkedPlace, codes, requestedBy, now, null, null);
        return new HelpEvent.RequestPosted(request, now);
    }

    public boolean isTaken() {
        return takenBy != null;
    }

    /** Refuses with 409 unless a volunteer can still show interest or take the request. */
    public void requireOpen(Instant now) {
        if (isTaken()) {
            throw Refusal.conflict(null, "someone has already taken this request");
        }
        if (!now.isBefore(endsAt)) {
            throw Refusal.conflict(null, "the task is over");
        }
    }

    public HelpEvent.RequestTaken takenBy(String volunteerId, Instant now) {
        requireOpen(now);
        return new HelpEvent.RequestTaken(new HelpRequest(id, municipality, associationId, ideaId, task, startsAt,
            endsAt, place, skills, requestedBy, requestedAt, volunteerId, now), now);
    }

    /** Where a volunteer who showed interest stands. */
    public InterestState stateOf(Interest interest) {
        if (volunteerTook(interest.volunteerId())) {
            return InterestState.ACCEPTED;
        }
        if (isTaken()) {
            return InterestState.TAKEN;
        }
        return interest.remindedAt() == null ? InterestState.PENDING : InterestState.REMINDED;
    }

    private boolean volunteerTook(String volunteerId) {
        return volunteerId.equals(takenBy);
    }
}
