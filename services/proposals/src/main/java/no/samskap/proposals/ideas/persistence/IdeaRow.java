package no.samskap.proposals.ideas.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("idea")
record IdeaRow(@Id UUID id, String municipality, String authorId, String title, String body, String serviceArea,
               String status, Instant submittedAt, @Version Long version) {
}
