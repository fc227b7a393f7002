package vn.langnghe.documents.pdf;

import static vn.langnghe.documents.pdf.PdfKit.dataCell;
import static vn.langnghe.documents.pdf.PdfKit.font;
import static vn.langnghe.documents.pdf.PdfKit.paragraph;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import vn.langnghe.documents.pdf.MinutesContent.Ballot;
import vn.langnghe.documents.pdf.MinutesContent.Item;
import vn.langnghe.documents.pdf.MinutesContent.Member;
import vn.langnghe.documents.pdf.PdfKit.Face;

/**
 * Renders the minutes of an evaluation council round (Biên bản họp Hội đồng xét duyệt) as an A4
 * portrait PDF: header, time and members (chair marked, present or absent), quorum and approval
 * rule, how the round closed, one vote table per dossier with its result and — only when the
 * round shows names — each member's ballot and opinion, then the secretary's and chair's
 * signature lines.
 */
public final class MinutesPdf {

    private static final float SIZE = 13f;
    private static final float TABLE_SIZE = 12f;

    private MinutesPdf() {
    }

    /**
     * Renders the minutes.
     *
     * @param c the content, not null
     * @return the PDF bytes
     */
    public static byte[] render(MinutesContent c) {
        return PdfKit.render(PdfKit.Page.administrativeA4(), "Biên bản họp Hội đồng xét duyệt " + c.roundName(),
            true, (document, writer) -> write(document, c));
    }

    private static void write(Document d, MinutesContent c) throws DocumentException {
        String province = TextKit.nfc(c.province()).trim();
        String provinceUnit = TextKit.provinceWithUnit(province);
        Font regular = font(Face.REGULAR, SIZE);
        Font bold = font(Face.BOLD, SIZE);
        Font italic = font(Face.ITALIC, SIZE);

        PdfKit.Issuer issuer = new PdfKit.Issuer("UBND " + TextKit.upper(provinceUnit), List.of("HỘI ĐỒNG XÉT DUYỆT"));
        java.time.LocalDate dated = c.closedOn() != null ? c.closedOn() : c.openedOn();
        d.add(PdfKit.nationalHeader(issuer, null, VietnameseDates.placeAndDate(province, dated)));

        Paragraph title = paragraph("BIÊN BẢN HỌP HỘI ĐỒNG XÉT DUYỆT", font(Face.BOLD, 14f), Element.ALIGN_CENTER);
        title.setSpacingBefore(16f);
        d.add(title);
        d.add(paragraph("công nhận nghề truyền thống, làng nghề, làng nghề truyền thống", bold,
            Element.ALIGN_CENTER));
        d.add(paragraph(provinceUnit + " - " + TextKit.nfc(c.roundName()), bold, Element.ALIGN_CENTER));
        d.add(PdfKit.rule(PdfKit.mm(35)));

        // I. Time and members.
        d.add(section("I. THỜI GIAN, THÀNH PHẦN", bold));
        String period = c.closedOn() == null
            ? "Phiên biểu quyết mở ngày " + VietnameseDates.shortForm(c.openedOn()) + ", chưa kết thúc."
            : "Phiên biểu quyết mở ngày " + VietnameseDates.shortForm(c.openedOn()) + ", kết thúc ngày "
                + VietnameseDates.shortForm(c.closedOn()) + ".";
        d.add(line("- " + period, regular));
        d.add(line("- Chủ tịch Hội đồng: " + TextKit.nfc(c.chairName()) + ".", regular));
        long present = c.members().stream().filter(Member::present).count();
        d.add(line("- Thành viên Hội đồng: " + c.members().size() + " người; có mặt: " + present
            + "; vắng mặt: " + (c.members().size() - present) + ".", regular));

        PdfPTable members = PdfKit.dataTable(new float[] {8f, 46f, 28f, 18f},
            new String[] {"STT", "Họ và tên", "Chức danh", "Tình trạng"}, TABLE_SIZE);
        Font cellFont = font(Face.REGULAR, TABLE_SIZE);
        int n = 1;
        for (Member m : c.members()) {
            members.addCell(dataCell(Integer.toString(n++), cellFont, Element.ALIGN_CENTER));
            members.addCell(dataCell(TextKit.nfc(m.fullName()), m.chair() ? font(Face.BOLD, TABLE_SIZE) : cellFont,
                Element.ALIGN_LEFT));
            members.addCell(dataCell(m.chair() ? "Chủ tịch Hội đồng" : "Thành viên", cellFont, Element.ALIGN_LEFT));
            members.addCell(dataCell(m.present() ? "Có mặt" : "Vắng mặt", cellFont, Element.ALIGN_CENTER));
        }
        d.add(members);

        d.add(line("- Số thành viên tối thiểu: " + c.quorum() + "; thông qua khi trên " + c.thresholdPercent()
            + "% thành viên tham gia biểu quyết đồng ý.", regular));
        d.add(line("- " + (present >= c.quorum()
            ? "Số thành viên có mặt đủ điều kiện tiến hành phiên họp."
            : "Số thành viên có mặt không đủ số thành viên tối thiểu."), regular));
        d.add(line("- " + closing(c), regular));

        // II. Votes.
        d.add(section("II. KẾT QUẢ BIỂU QUYẾT", bold));
        if (c.items().isEmpty()) {
            d.add(line("Phiên họp không có hồ sơ nào.", italic));
        }
        int i = 1;
        for (Item item : c.items()) {
            writeItem(d, i++, item, c.showNames(), bold, italic);
        }
        if (!c.showNames() && !c.items().isEmpty()) {
            d.add(line("Ghi chú: biểu quyết không ghi danh; biên bản chỉ ghi số phiếu.", italic));
        }

        Paragraph end = paragraph("Biên bản được lập " + VietnameseDates.longForm(dated)
            + ", đã được các thành viên dự họp thông qua./.", regular, Element.ALIGN_JUSTIFIED);
        end.setFirstLineIndent(PdfKit.mm(10));
        end.setSpacingBefore(6f);
        d.add(end);

        d.add(PdfKit.gap(12f));
        d.add(PdfKit.twoColumns(
            PdfKit.signature(null, List.of("THƯ KÝ"), null, SIZE, 60f),
            PdfKit.signature(null, List.of("CHỦ TỊCH HỘI ĐỒNG"), c.chairName(), SIZE, 60f)));
    }

    private static String closing(MinutesContent c) {
        if (c.closedOn() == null) {
            return "Phiên biểu quyết chưa kết thúc tại thời điểm lập biên bản.";
        }
        if (c.closedByChair()) {
            return "Phiên biểu quyết do Chủ tịch Hội đồng kết thúc ngày " + VietnameseDates.shortForm(c.closedOn()) + ".";
        }
        return "Phiên biểu quyết tự động kết thúc ngày " + VietnameseDates.shortForm(c.closedOn())
            + " khi tất cả thành viên có mặt đã biểu quyết.";
    }

    private static void writeItem(Document d, int index, Item item, boolean showNames, Font bold, Font italic)
        throws DocumentException {
        Paragraph heading = PdfKit.emptyParagraph(font(Face.REGULAR, SIZE));
        heading.add(PdfKit.chunk(index + ". " + TextKit.nfc(item.villageName()) + ", "
            + TextKit.communeWithUnit(item.commune()), bold));
        heading.add(PdfKit.chunk(" — đề nghị công nhận " + TextKit.nfc(item.titleLabel()), font(Face.REGULAR, SIZE)));
        heading.setSpacingBefore(2f);
        heading.setKeepTogether(true);
        d.add(heading);

        Font cellFont = font(Face.REGULAR, TABLE_SIZE);
        PdfPTable votes = PdfKit.dataTable(new float[] {11f, 19f, 23f, 16f, 31f},
            new String[] {"Đồng ý", "Không đồng ý", "Không tham gia biểu quyết", "Chưa biểu quyết", "Kết quả"},
            TABLE_SIZE);
        votes.setKeepTogether(true);
        votes.addCell(dataCell(Integer.toString(item.agree()), cellFont, Element.ALIGN_CENTER));
        votes.addCell(dataCell(Integer.toString(item.disagree()), cellFont, Element.ALIGN_CENTER));
        votes.addCell(dataCell(Integer.toString(item.recused()), cellFont, Element.ALIGN_CENTER));
        votes.addCell(dataCell(Integer.toString(item.notVoted()), cellFont, Element.ALIGN_CENTER));
        votes.addCell(dataCell(TextKit.nfc(item.resultLabel()), font(Face.BOLD, TABLE_SIZE), Element.ALIGN_CENTER));
        d.add(votes);

        if (showNames && !item.ballots().isEmpty()) {
            Paragraph label = paragraph("Phiếu biểu quyết của từng thành viên:", italic, Element.ALIGN_LEFT);
            label.setIndentationLeft(PdfKit.mm(5));
            d.add(label);
            PdfPTable ballots = PdfKit.dataTable(new float[] {8f, 30f, 22f, 40f},
                new String[] {"STT", "Thành viên", "Biểu quyết", "Ý kiến"}, TABLE_SIZE);
            int n = 1;
            for (Ballot b : item.ballots()) {
                ballots.addCell(dataCell(Integer.toString(n++), cellFont, Element.ALIGN_CENTER));
                ballots.addCell(dataCell(TextKit.nfc(b.memberName()), cellFont, Element.ALIGN_LEFT));
                ballots.addCell(dataCell(TextKit.nfc(b.outcomeLabel()), cellFont, Element.ALIGN_CENTER));
                ballots.addCell(dataCell(TextKit.nfc(b.opinion()), cellFont, Element.ALIGN_LEFT));
            }
            d.add(ballots);
        }
    }

    private static Paragraph section(String text, Font bold) {
        Paragraph p = paragraph(text, bold, Element.ALIGN_LEFT);
        p.setSpacingBefore(8f);
        p.setSpacingAfter(4f);
        return p;
    }

    private static Paragraph line(String text, Font font) {
        Paragraph p = paragraph(text, font, Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(PdfKit.mm(10));
        p.setSpacingAfter(3f);
        return p;
    }
}
