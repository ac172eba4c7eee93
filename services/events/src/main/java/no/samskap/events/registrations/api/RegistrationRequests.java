package no.samskap.events.registrations.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.events.registrations.application.Register;
import no.samskap.events.registrations.application.WalkIn;

import java.util.List;

final class RegistrationRequests {

    private RegistrationRequests() {
    }

    /** {@code companions} 0 to 9 (none when left out); needs are optional. */
    @Serdeable
    record Registering(@Nullable Integer companions, @Nullable Needs accessibilityNeeds) {

        Register command() {
            var needs = accessibilityNeeds == null ? new Needs(null, null) : accessibilityNeeds;
            return new Register(companions, needs.codes(), needs.note());
        }
    }

    @Serdeable
    record WalkingIn(@Nullable String personId, @Nullable String displayName, @Nullable Integer companions) {

        WalkIn command() {
            return new WalkIn(personId, displayName, companions);
        }
    }

    @Serdeable
    record Needs(@Nullable List<String> codes, @Nullable String note) {
    }
}
