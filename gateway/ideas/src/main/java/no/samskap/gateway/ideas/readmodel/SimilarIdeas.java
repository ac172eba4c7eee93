package no.samskap.gateway.ideas.readmodel;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Published ideas whose titles look like what a resident is writing, the most alike first. */
@Serdeable
public record SimilarIdeas(List<IdeaSummary> ideas) {
}
