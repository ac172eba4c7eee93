package no.samskap.platform.ratelimits;

import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The limits that hold in a municipality: its own where it has them, else the defaults. */
@Singleton
public final class WriteLimits {

    private final RateLimitSettings defaults;
    private final Map<MunicipalityNumber, MunicipalityRateLimits> overrides;

    /** Builds every limit once, so a zero or a window of part seconds stops the start, not a request. */
    WriteLimits(RateLimitSettings defaults, List<MunicipalityRateLimits> overrides) {
        this.defaults = defaults;
        this.overrides = overrides.stream().collect(Collectors.toMap(WriteLimits::numberOf, Function.identity()));
        perAddress(Optional.empty());
        this.overrides.keySet().forEach(municipality -> {
            perPerson(municipality);
            perAddress(Optional.of(municipality));
        });
    }

    public WriteLimit perPerson(MunicipalityNumber municipality) {
        var own = Optional.ofNullable(overrides.get(municipality));
        return new WriteLimit(own.map(MunicipalityRateLimits::personWrites).orElse(defaults.personWrites()),
            own.map(MunicipalityRateLimits::window).orElse(defaults.window()));
    }

    /** An address is not of one municipality; the signed-in person's municipality, when known, decides. */
    public WriteLimit perAddress(Optional<MunicipalityNumber> municipality) {
        var own = municipality.map(overrides::get);
        return new WriteLimit(own.map(MunicipalityRateLimits::addressWrites).orElse(defaults.addressWrites()),
            own.map(MunicipalityRateLimits::window).orElse(defaults.window()));
    }

    private static MunicipalityNumber numberOf(MunicipalityRateLimits limits) {
        return MunicipalityNumber.parse(limits.municipality()).orElseThrow(() -> new ConfigurationException(
            RateLimitSettings.PREFIX + ".municipalities." + limits.municipality() + " is not a kommunenummer"
                + " (four digits)"));
    }
}
