package no.samskap.gateway.organisations.commands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The few fields of the organisations service's answers, or of a body sent to it, that tell the gateway what its read
 * model must come to show; any other field is ignored.
 */
@Serdeable
record ServiceFields(@Nullable String id, @Nullable String associationId, @Nullable String name,
                     @Nullable String type, @Nullable String description, @Nullable String role) {

    static final ServiceFields NONE = new ServiceFields(null, null, null, null, null, null);
}
