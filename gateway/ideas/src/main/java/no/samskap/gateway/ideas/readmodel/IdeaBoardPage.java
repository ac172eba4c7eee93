package no.samskap.gateway.ideas.readmodel;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of the board; {@code next} is the cursor for the following page, absent on the last. */
@Serdeable
public record IdeaBoardPage(List<IdeaSummary> ideas, String next) {
}
