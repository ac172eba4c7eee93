package no.samskap.gateway.shell.assets;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
final class AssetsFactory {

    @Singleton
    Assets assets() {
        return Assets.bundled();
    }
}
