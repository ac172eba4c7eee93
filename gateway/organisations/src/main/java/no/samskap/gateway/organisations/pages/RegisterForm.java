package no.samskap.gateway.organisations.pages;

import no.samskap.contract.OrganisationNumber;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a person typed into the register form, and the body the organisations service is sent. */
public record RegisterForm(String organisationNumber, String name, String type, String description, String contactEmail,
                    String contactPhone, String website, String parentAssociationId) {

    static final RegisterForm EMPTY = new RegisterForm("", "", "", "", "", "", "", "");

    static final List<String> FIELDS = List.of("organisationNumber", "name", "type", "description", "contactEmail",
        "contactPhone", "website", "parentAssociationId");

    static RegisterForm from(FormInput input) {
        return new RegisterForm(input.get("organisationNumber").strip(), input.get("name").strip(),
            input.get("type").strip(), input.get("description").strip(), input.get("contactEmail").strip(),
            input.get("contactPhone").strip(), input.get("website").strip(), input.get("parentAssociationId").strip());
    }

    /** The gateway checks the organisation number too, so a typo is told in the page's words before anything is sent. */
    boolean hasValidOrganisationNumber() {
        return OrganisationNumber.parse(organisationNumber).isPresent();
    }

    /** As the service's API takes it: the digits alone, and optional fields left out when empty. */
    Map<String, Object> json() {
        var body = new LinkedHashMap<String, Object>();
        body.put("organisationNumber", organisationNumber.replace(" ", ""));
        body.put("name", name);
        body.put("type", type);
        body.put("description", description);
        putIfGiven(body, "contactEmail", contactEmail);
        putIfGiven(body, "contactPhone", contactPhone);
        putIfGiven(body, "website", website);
        putIfGiven(body, "parentAssociationId", parentAssociationId);
        return body;
    }

    private static void putIfGiven(Map<String, Object> body, String field, String value) {
        if (!value.isBlank()) {
            body.put(field, value);
        }
    }
}
