package no.samskap.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

final class GoldenSamples {

    private GoldenSamples() {
    }

    static String of(MessageType<?> type) {
        var path = "/golden/" + type.name() + ".v" + type.version() + ".json";
        try (var in = GoldenSamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("No golden sample at " + path + " for " + type.name() + " v" + type.version());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
