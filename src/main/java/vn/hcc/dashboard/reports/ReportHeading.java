package vn.hcc.dashboard.reports;

/**
 * What makes an exported table an official document: the issuing body above the national heading, the report's
 * number, the place and date line, and the signature block under the table. Every text is final (translated, the
 * unit's own names filled in); empty texts leave their cell empty.
 */
public record ReportHeading(String governingBody, String issuer, String number, String nation, String motto,
        String placeAndDate, Signer preparer, Signer head, String pageFooter) {

    /** One signature: the title in capitals, the note under it ("(Ký, ghi rõ họ tên)") and the signer's name. */
    public record Signer(String title, String note, String name) {
    }
}
