package vn.hcc.dashboard.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.reports.ReportTexts;

/**
 * The apology letter as a Word document, in the layout of the official form (Circular 01/2018/TT-VPCP, form 05):
 * the issuing center and the national heading side by side, place and date, the title, the body with the dossier's
 * code, dates and reason, and the signature block. Its words come from the translations ({@code letter.*}), the
 * same as the print view's ({@link #paragraphs}).
 */
public final class ApologyLetterDocument {

    private static final String FONT = "Times New Roman";

    private ApologyLetterDocument() {
    }

    /** The body's paragraphs after "Kính gửi", in order: one source for the document and the print view. */
    public static List<String> paragraphs(ApologyLetterData d, ReportTexts t) {
        return List.of(
                t.get("letter.received", VnFormat.date(d.receivedOn()), d.centerName(), d.procedureName(),
                        d.dossierCode()),
                t.get("letter.due", VnFormat.date(d.originalDueOn())),
                t.get("letter.late", d.unitName()),
                t.get("letter.reason", d.reason()),
                t.get("letter.new-date", d.unitName(), VnFormat.date(d.newDueOn())),
                t.get("letter.thanks"));
    }

    /** "Lương Tài, ngày 05 tháng 12 năm 2026": the day the letter was issued. */
    public static String placeAndDate(ApologyLetterData d, ReportTexts t) {
        return t.get("letter.date", String.format(Locale.ROOT, "%02d", d.issuedAt().getDayOfMonth()),
                String.format(Locale.ROOT, "%02d", d.issuedAt().getMonthValue()),
                String.valueOf(d.issuedAt().getYear()));
    }

    public static void write(ApologyLetterData d, ReportTexts t, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable heading = doc.createTable(1, 2);
            heading.removeBorders();
            heading.setWidth("100%");
            cell(heading.getRow(0).getCell(0), d.centerName().toUpperCase(Locale.forLanguageTag("vi")), true, false);
            cell(heading.getRow(0).getCell(1), t.get("letter.nation"), true, false);
            XWPFParagraph motto = heading.getRow(0).getCell(1).addParagraph();
            motto.setAlignment(ParagraphAlignment.CENTER);
            run(motto, t.get("letter.motto"), true, false, 13);
            paragraph(doc, ParagraphAlignment.RIGHT, placeAndDate(d, t), false, true, 13);
            paragraph(doc, ParagraphAlignment.CENTER, t.get("letter.title"), true, false, 14);
            paragraph(doc, ParagraphAlignment.CENTER, t.get("letter.to", d.citizenName()), false, false, 13);
            for (String text : paragraphs(d, t)) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, text, false, false, 13);
                p.setIndentationFirstLine(567);
            }
            paragraph(doc, ParagraphAlignment.RIGHT, t.get("letter.signer"), true, false, 13);
            paragraph(doc, ParagraphAlignment.RIGHT, t.get("letter.signature"), false, true, 12);
            for (int i = 0; i < 3; i++) {
                doc.createParagraph();
            }
            paragraph(doc, ParagraphAlignment.LEFT, t.get("letter.issued", d.issuedBy(),
                    VnFormat.dateTime(d.issuedAt())), false, true, 10);
            doc.write(out);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, boolean italic) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, italic, 13);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, String text, boolean bold,
            boolean italic, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        run(p, text, bold, italic, size);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontFamily(FONT);
        r.setFontSize(size);
    }
}
