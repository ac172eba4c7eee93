package no.samskap.platform.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code samskap.trusted-proxies}: the addresses of the reverse proxies in front of this deployable. Only a request that
 * reached it straight from one of them may say, in {@code X-Forwarded-For} and {@code X-Forwarded-Proto}, whom it came
 * from and whether over TLS; from anyone else those headers are the sender's word and ignored.
 */
@Singleton
public final class TrustedProxies {

    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final Set<InetAddress> proxies;

    TrustedProxies(@Value("${samskap.trusted-proxies:}") List<String> proxies) {
        this.proxies = addresses("samskap.trusted-proxies", proxies);
    }

    /** The addresses a setting lists, blanks left out; a start-up failure naming the setting for anything else. */
    public static Set<InetAddress> addresses(String setting, List<String> entries) {
        return entries.stream().map(String::strip).filter(entry -> !entry.isEmpty())
            .map(entry -> literal(entry).orElseThrow(() -> new ConfigurationException(
                setting + " holds '" + entry + "', which is not an IP address")))
            .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The address the request came from: the peer's, or, when the peer is a trusted proxy, the nearest address in
     * {@code X-Forwarded-For} that is not itself a trusted proxy.
     */
    public InetAddress clientOf(HttpRequest<?> request) {
        var client = request.getRemoteAddress().getAddress();
        var forwarded = request.getHeaders().getAll("X-Forwarded-For").stream()
            .flatMap(header -> List.of(header.split(",")).stream()).map(String::strip).toList();
        for (var i = forwarded.size() - 1; i >= 0 && proxies.contains(client); i--) {
            var next = literal(forwarded.get(i));
            if (next.isEmpty()) {
                break;
            }
            client = next.get();
        }
        return client;
    }

    /** Whether the request came over TLS, to this deployable or to a trusted proxy that says so. */
    public boolean cameOverTls(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        var proto = request.getHeaders().get("X-Forwarded-Proto");
        return proto != null && proxies.contains(request.getRemoteAddress().getAddress())
            && "https".equalsIgnoreCase(proto.split(",")[0].strip());
    }

    /** The address an IP literal names; empty for anything else, host names included (no lookup). */
    public static Optional<InetAddress> literal(String address) {
        if (!IP_LITERAL.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }
}
