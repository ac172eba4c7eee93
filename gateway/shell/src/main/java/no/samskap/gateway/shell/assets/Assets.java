package no.samskap.gateway.shell.assets;

import no.samskap.contract.MunicipalityNumber;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The gateway's static files, {@code public/assets/} on the class path (the shell's, the design module's and each
 * service module's), each addressed by its name with a hash of its content: {@code url("samskap.css")} gives
 * {@code /assets/samskap.3f2a91c4.css}. A changed file gets a new address, so browsers may keep every address for a
 * year. Pages are rendered by static methods, so they reach the class path's assets through {@link #bundled()}; the
 * same instance is the bean that serves them.
 */
public final class Assets {

    static final String FOLDER = "public/assets/";
    private static final String STANDARD_THEME = "theme-standard.css";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.[a-z0-9]+");
    private static final Pattern FINGERPRINTED_NAME = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.([0-9a-f]{8})\\.([a-z0-9]+)");
    private static final Assets BUNDLED = new Assets(Assets::fromClassPath);

    private final Function<String, Optional<byte[]>> files;
    private final Map<String, Optional<Asset>> byName = new ConcurrentHashMap<>();

    /** {@code files} reads a file of {@code public/assets/} by its name. */
    Assets(Function<String, Optional<byte[]>> files) {
        this.files = files;
    }

    public static Assets bundled() {
        return BUNDLED;
    }

    /** The address of an asset that must exist: a missing one is a mistake in the page, not in the request. */
    public String url(String name) {
        return find(name).map(asset -> "/assets/" + asset.fingerprintedName())
            .orElseThrow(() -> new IllegalArgumentException("There is no asset " + FOLDER + name));
    }

    /** The element that loads a script after the page is parsed; scripts only enhance pages that work without them. */
    public String scriptTag(String name) {
        return "<script src=\"" + url(name) + "\" defer></script>";
    }

    /** The stylesheet with a municipality's colours, or the standard one for a municipality that has none. */
    public String themeFor(String municipality) {
        var own = "theme-kommune-" + municipality + ".css";
        return MunicipalityNumber.isValid(municipality) && find(own).isPresent() ? url(own) : url(STANDARD_THEME);
    }

    Optional<Asset> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return byName.computeIfAbsent(name, known -> files.apply(known).map(content -> new Asset(known, content)));
    }

    /** Only the current content answers to a fingerprinted name; an older hash finds nothing. */
    Optional<Asset> findFingerprinted(String fingerprintedName) {
        var parts = FINGERPRINTED_NAME.matcher(fingerprintedName);
        if (!parts.matches()) {
            return Optional.empty();
        }
        return find(parts.group(1) + "." + parts.group(3)).filter(asset -> asset.hash().equals(parts.group(2)));
    }

    private static Optional<byte[]> fromClassPath(String name) {
        try (InputStream file = Assets.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            return file == null ? Optional.empty() : Optional.of(file.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read " + FOLDER + name + " from the class path", unreadable);
        }
    }
}
