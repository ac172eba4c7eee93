package no.samskap.organisations.associations.domain;

import java.util.regex.Pattern;

/** How the public reaches the association: its own address, phone and website, never a person's private ones. */
public record Contact(String email, String phone, String website) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{8,15}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]+");

    public Contact {
        email = blankToNull(email);
        phone = blankToNull(phone);
        website = blankToNull(website);
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw Refusal.invalid("contactEmail", "must be an e-mail address such as post@ranakor.no");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw Refusal.invalid("contactPhone", "must be a phone number of 8 to 15 digits, + and spaces allowed");
        }
        if (website != null && (website.length() > 300 || !WEBSITE.matcher(website).matches())) {
            throw Refusal.invalid("website", "must be an address starting with https:// or http://");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
