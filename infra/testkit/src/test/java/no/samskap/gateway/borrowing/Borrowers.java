package no.samskap.gateway.borrowing;

public record Borrowers(String table) {

    public static Borrowers ofTheModule() {
        return new Borrowers("borrower");
    }
}
