package no.samskap.gateway.shell.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * Ends a browser's sign-in for good, before its ID token runs out: the token's digest is refused from then on, on
 * every gateway instance ({@link RevokedSignInFilter}), and the browser's sign-in cookies are expired.
 */
@Singleton
public final class SignInRevocation {

    private static final Duration WHEN_EXPIRY_UNKNOWN = Duration.ofDays(1);

    private final SignInCookies cookies;
    private final DSLContext sql;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    SignInRevocation(SignInCookies cookies, DSLContext sql, TransactionOperations<Connection> transactions,
                     Clock clock) {
        this.cookies = cookies;
        this.sql = sql;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void revoke(HttpRequest<?> request, MutableHttpResponse<?> response) {
        cookies.read(cookies.idTokenCookie(), request).ifPresent(this::refuse);
        cookies.expireAll(request, response);
    }

    boolean isRevoked(String idToken) {
        return transactions.executeRead(status -> sql.fetchExists(sql.selectOne().from("revoked_sign_in")
            .where("token_digest = ? and expires_at > now()", digest(idToken))));
    }

    private void refuse(String idToken) {
        var expiresAt = TokenExpiry.of(idToken).orElse(clock.instant().plus(WHEN_EXPIRY_UNKNOWN));
        transactions.executeWrite(status -> {
            sql.execute("delete from revoked_sign_in where expires_at < now()");
            return sql.execute("""
                    insert into revoked_sign_in (token_digest, expires_at) values (?, ?::timestamptz)
                    on conflict (token_digest) do nothing""",
                digest(idToken), OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
        });
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
