package no.samskap.gateway.organisations.pages;

import no.samskap.contract.OrganisationNumber;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a person typed into the register form, and the body the organisations service is sent. */
record RegisterForm(String organisationNumber, String name, String type, String description, String contactEmail,
                    String contactPhone, String website, String parentAssociationId) {

    static final RegisterForm EMPTY = new RegisterForm("", "", "", "", "", "", "", "");

    static final List<FormParts.Field> FIELDS = List.of(
        new FormParts.Field("organisationNumber", "org.field.organisationNumber", "org.field.organisationNumber.hint",
            "inputmode=\"numeric\" autocomplete=\"off\" maxlength=\"11\" required data-organisation-number"),
        new FormParts.Field("name", "org.field.name", null, "maxlength=\"200\" required"),
        new FormParts.Field("type", "org.field.type", null, "required"),
        new FormParts.Field("description", "org.field.description", null, "maxlength=\"4000\" required"),
        new FormParts.Field("contactEmail", "org.field.contactEmail", null, "type=\"email\" autocomplete=\"email\""),
        new FormParts.Field("contactPhone", "org.field.contactPhone", null, "type=\"tel\" autocomplete=\"tel\""),
        new FormParts.Field("website", "org.field.website", null, "type=\"url\" autocomplete=\"url\""),
        new FormParts.Field("parentAssociationId", "org.field.parentAssociationId", null, ""));

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

    String typed(String field) {
        return switch (field) {
            case "organisationNumber" -> organisationNumber;
            case "name" -> name;
            case "type" -> type;
            case "description" -> description;
            case "contactEmail" -> contactEmail;
            case "contactPhone" -> contactPhone;
            case "website" -> website;
            case "parentAssociationId" -> parentAssociationId;
            default -> "";
        };
    }

    private static void putIfGiven(Map<String, Object> body, String field, String value) {
        if (!value.isBlank()) {
            body.put(field, value);
        }
    }
}
