package no.samskap.organisations.hours.api;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The volunteer record printed as one PDF: what Samordna opptak asks for, per organisation and role. */
final class VolunteerRecordPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private VolunteerRecordPdf() {
    }

    static byte[] of(VolunteerRecordView record, RecordLabels labels) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(labels.title(), TITLE));
        document.add(new Paragraph(labels.intro(), TEXT));
        if (record.displayName() != null) {
            document.add(new Paragraph(labels.name() + ": " + record.displayName(), HEADING));
        }
        if (record.organisations().isEmpty()) {
            document.add(new Paragraph(labels.noWork(), TEXT));
        }
        record.organisations().forEach(organisation -> {
            document.add(organisationHeading(organisation, labels));
            document.add(rolesOf(organisation, labels));
        });
        document.add(new Paragraph(labels.total() + ": " + number(record.totalHours()), HEADING));
        if (record.verificationCode() != null) {
            document.add(new Paragraph(labels.code() + ": " + record.verificationCode() + " ("
                + record.verificationPath() + ")", SMALL));
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph organisationHeading(VolunteerRecordView.Organisation organisation, RecordLabels labels) {
        var name = organisation.name() == null ? labels.municipality() + " " + organisation.municipality()
            : organisation.name();
        var number = organisation.organisationNumber() == null ? ""
            : " (" + labels.organisationNumber() + " " + organisation.organisationNumber() + ")";
        var heading = new Paragraph(name + number, HEADING);
        heading.setSpacingBefore(14);
        heading.add(new Phrase("\n" + ("association".equals(organisation.approvedBy())
            ? labels.approvedByAssociation() : labels.approvedByMunicipality()), TEXT));
        return heading;
    }

    private static PdfPTable rolesOf(VolunteerRecordView.Organisation organisation, RecordLabels labels) {
        var table = new PdfPTable(new float[] {3, 2, 2, 1.3f, 1.7f, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (var header : new String[] {labels.role(), labels.from(), labels.to(), labels.hours(),
            labels.hoursPerWeek(), labels.skills()}) {
            table.addCell(cell(header, SMALL_BOLD));
        }
        organisation.roles().forEach(role -> {
            table.addCell(cell(role.role(), SMALL));
            table.addCell(cell(role.startDate().toString(), SMALL));
            table.addCell(cell(role.endDate().toString(), SMALL));
            table.addCell(cell(number(role.totalHours()), SMALL));
            table.addCell(cell(number(role.hoursPerWeek()), SMALL));
            table.addCell(cell(String.join(", ", role.skills()), SMALL));
        });
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }

    private static String number(double value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
