package vn.langnghe.documents.pdf;

import static vn.langnghe.documents.pdf.PdfKit.chunk;
import static vn.langnghe.documents.pdf.PdfKit.font;
import static vn.langnghe.documents.pdf.PdfKit.paragraph;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.documents.pdf.PdfKit.Face;

/**
 * What every decision of the provincial Chairman shares (Decree 30/2020/NĐ-CP): the national header with the
 * number, "QUYẾT ĐỊNH" and its subject, the issuing authority, the legal grounds, the articles in body type and
 * the list of recipients. {@link DecisionPdf} and {@link RevocationPdf} fill in what differs.
 */
final class DecisionLayout {

    static final float SIZE = 14f;
    private static final float INDENT = PdfKit.mm(10);

    private DecisionLayout() {
    }

    static Font regular() {
        return font(Face.REGULAR, SIZE);
    }

    static Font bold() {
        return font(Face.BOLD, SIZE);
    }

    /**
     * From the national header to "QUYẾT ĐỊNH:": the grounds are Law on Local Government, Decree 52/2018, then
     * {@code grounds} particular to this decision, then the Department's proposal.
     */
    static void opening(Document d, String province, String number, LocalDate date, String subject,
            List<String> grounds) throws DocumentException {
        Font bold = bold();
        Font italic = font(Face.ITALIC, SIZE);
        d.add(PdfKit.nationalHeader(PdfKit.provincialCommittee(province), "Số: " + TextKit.nfc(number),
            VietnameseDates.placeAndDate(province, date)));
        Paragraph title = paragraph("QUYẾT ĐỊNH", bold, Element.ALIGN_CENTER);
        title.setSpacingBefore(18f);
        d.add(title);
        Paragraph summary = paragraph(subject, bold, Element.ALIGN_CENTER);
        summary.setIndentationLeft(PdfKit.mm(8));
        summary.setIndentationRight(PdfKit.mm(8));
        d.add(summary);
        d.add(PdfKit.rule(PdfKit.mm(35)));
        Paragraph authority = paragraph("CHỦ TỊCH ỦY BAN NHÂN DÂN "
            + TextKit.upper(TextKit.provinceWithUnit(province)), bold, Element.ALIGN_CENTER);
        authority.setSpacingBefore(10f);
        authority.setSpacingAfter(8f);
        d.add(authority);
        List<String> all = new ArrayList<>(List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Nghị định số 52/2018/NĐ-CP ngày 12 tháng 4 năm 2018 của Chính phủ "
                + "về phát triển ngành nghề nông thôn;"));
        all.addAll(grounds);
        all.add("Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.");
        for (String ground : all) {
            d.add(body(ground, italic));
        }
        Paragraph decides = paragraph("QUYẾT ĐỊNH:", bold, Element.ALIGN_CENTER);
        decides.setSpacingBefore(6f);
        decides.setSpacingAfter(8f);
        d.add(decides);
    }

    /** A justified body paragraph with a first-line indent. */
    static Paragraph body(String text, Font font) {
        Paragraph p = paragraph(text, font, Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(INDENT);
        p.setSpacingAfter(4f);
        return p;
    }

    /** "Điều n." in bold followed by the article's text. */
    static Paragraph article(int number, String text) {
        Font regular = regular();
        Paragraph p = PdfKit.emptyParagraph(regular);
        p.add(chunk("Điều " + number + ". ", bold()));
        p.add(chunk(text, regular));
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(INDENT);
        p.setSpacingAfter(4f);
        return p;
    }

    /** The "Nơi nhận:" column, beside the signature. */
    static PdfPCell recipients(List<String> lines) {
        PdfPCell recipients = PdfKit.plainCell();
        Paragraph heading = paragraph("Nơi nhận:", font(Face.BOLD_ITALIC, 12f), Element.ALIGN_LEFT);
        heading.setSpacingBefore(4f);
        recipients.addElement(heading);
        Font small = font(Face.REGULAR, 11f);
        for (String line : lines) {
            recipients.addElement(paragraph(line, small, Element.ALIGN_LEFT));
        }
        return recipients;
    }

    static PdfPCell signature(String leaderName) {
        return PdfKit.signature(null, List.of("CHỦ TỊCH"), leaderName, SIZE, 64f);
    }
}
