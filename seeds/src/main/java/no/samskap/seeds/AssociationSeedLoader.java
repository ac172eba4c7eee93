package no.samskap.seeds;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads the demo associations through the organisations service's API as their demo admins, and has the
 * municipality's staff verify those meant to be verified. An organisation number already registered in the
 * municipality (409) means an earlier start loaded it, so loading twice changes nothing.
 */
public final class AssociationSeedLoader {

    public record Outcome(int registered, int alreadyThere) {
    }

    private static final String CHANGED_MEANWHILE = "changed-meanwhile";
    private static final int VERIFY_ATTEMPTS = 10;
    private static final long RETRY_PAUSE_MILLIS = 300;

    private final URI organisations;
    private final Map<String, String> staffOfMunicipality;
    private final SeedClient client;

    public AssociationSeedLoader(URI tokenUrl, String clientId, URI organisations,
                                 Function<String, String> passwordOf, Map<String, String> staffOfMunicipality) {
        this.organisations = organisations;
        this.staffOfMunicipality = Map.copyOf(staffOfMunicipality);
        this.client = new SeedClient(tokenUrl, clientId, passwordOf);
    }

    public Outcome load(List<DemoAssociation> associations) {
        var registered = 0;
        var due = associations.stream().filter(DemoAssociation::registeredAtStart).toList();
        for (var association : due) {
            if (register(association)) {
                registered++;
            }
        }
        return new Outcome(registered, due.size() - registered);
    }

    private boolean register(DemoAssociation association) {
        var what = "'" + association.name() + "'";
        var body = new LinkedHashMap<String, Object>();
        body.put("organisationNumber", association.organisationNumber());
        body.put("name", association.name());
        body.put("type", association.type());
        body.put("description", association.description());
        body.put("contactEmail", association.contactEmail());
        var response = client.exchange(organisations, association.admin(), "POST", "/associations", body);
        if (response.statusCode() == 409) {
            return false;
        }
        if (response.statusCode() != 201) {
            throw new SeedException("Could not register " + what + " as " + association.admin() + ": HTTP "
                + response.statusCode() + " " + response.body());
        }
        var id = SeedClient.parse(response.body()).get("id").asText();
        if (association.verified()) {
            verify(association, id, what);
        }
        return true;
    }

    /**
     * The register check that follows a registration may save the association at the same moment as staff verify
     * it; the service then answers 409 "changed meanwhile" and saves nothing, so staff try again, as a person would.
     */
    private void verify(DemoAssociation association, String id, String what) {
        var staff = staffOfMunicipality.get(association.municipality());
        for (var attempt = 1; ; attempt++) {
            var response = client.exchange(organisations, staff, "POST", "/associations/" + id + "/verification",
                null);
            if (response.statusCode() / 100 == 2) {
                return;
            }
            if (response.statusCode() != 409 || !response.body().contains(CHANGED_MEANWHILE)
                || attempt == VERIFY_ATTEMPTS) {
                throw new SeedException("Could not verify " + what + " as " + staff + ": HTTP "
                    + response.statusCode() + " " + response.body());
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedException("Interrupted while loading demo data");
        }
    }
}
