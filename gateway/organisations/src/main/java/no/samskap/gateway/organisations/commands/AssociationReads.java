package no.samskap.gateway.organisations.commands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.service.OrganisationsClient;
import no.samskap.gateway.shell.services.ServiceCall;
import no.samskap.gateway.shell.signin.AccessTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What only the organisations service knows, asked live with the viewer's token for a page: an association's
 * contact details, its members by name, the register's roles, a person's invitations and an association's open ones. No message carries these, so
 * the read model cannot; when the service does not answer, the page goes without them and says so.
 */
@Singleton
public final class AssociationReads {

    @Serdeable
    public record Contact(@Nullable String contactEmail, @Nullable String contactPhone, @Nullable String website) {
    }

    @Serdeable
    public record Member(String personId, @Nullable String displayName, String role, @Nullable Instant addedAt) {
    }

    @Serdeable
    public record RegisterRole(@Nullable String roleCode, @Nullable String roleDescription,
                               @Nullable String personName, boolean resigned) {
    }

    @Serdeable
    public record Invitation(String id, String associationId, @Nullable String associationName, String role,
                             @Nullable Instant invitedAt) {
    }

    /** An invitation of the association still waiting for the invitee's answer, as its admins see it. */
    @Serdeable
    public record OpenInvitation(String id, String inviteeId, @Nullable String displayName, String role,
                                 @Nullable Instant invitedAt) {
    }

    /** A list the service gave, or why not: it refused the viewer ({@code 401}/{@code 403}), or did not answer. */
    public record Answered<T>(Optional<T> value, int status) {

        public boolean refused() {
            return status == 401 || status == 403 || status == 404;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(AssociationReads.class);
    private static final Duration PATIENCE = Duration.ofSeconds(12);

    private final OrganisationsClient organisations;
    private final AccessTokens accessTokens;
    private final JsonMapper json;

    AssociationReads(OrganisationsClient organisations, AccessTokens accessTokens, JsonMapper json) {
        this.organisations = organisations;
        this.accessTokens = accessTokens;
        this.json = json;
    }

    public Optional<Contact> contact(HttpRequest<?> request, UUID association) {
        return read(request, "/associations/" + association, Argument.of(Contact.class)).value();
    }

    public Answered<List<Member>> members(HttpRequest<?> request, UUID association) {
        return read(request, "/associations/" + association + "/members", Argument.listOf(Member.class));
    }

    public Answered<List<RegisterRole>> registerRoles(HttpRequest<?> request, UUID association) {
        return read(request, "/associations/" + association + "/register-roles", Argument.listOf(RegisterRole.class));
    }

    /** The association's open invitations, for its admins only. */
    public Answered<List<OpenInvitation>> openInvitations(HttpRequest<?> request, UUID association) {
        return read(request, "/associations/" + association + "/invitations", Argument.listOf(OpenInvitation.class));
    }

    public Answered<List<Invitation>> invitations(HttpRequest<?> request) {
        return read(request, "/me/invitations", Argument.listOf(Invitation.class));
    }

    private <T> Answered<T> read(HttpRequest<?> request, String path, Argument<T> type) {
        try {
            var token = accessTokens.toRelay(request).orElse(null);
            var answer = organisations.send(new ServiceCall(HttpMethod.GET, path, Optional.empty(), token))
                .block(PATIENCE);
            if (answer == null) {
                return new Answered<>(Optional.empty(), 503);
            }
            if (!answer.succeeded()) {
                return new Answered<>(Optional.empty(), answer.status());
            }
            return new Answered<>(Optional.ofNullable(json.readValue(answer.body(), type)), answer.status());
        } catch (IOException | RuntimeException failure) {
            LOG.warn("Could not read {} from the organisations service ({}); the page goes without it.", path,
                failure.getMessage());
            return new Answered<>(Optional.empty(), 503);
        }
    }
}
