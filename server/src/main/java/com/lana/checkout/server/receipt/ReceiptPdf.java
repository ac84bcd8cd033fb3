package com.lana.checkout.server.receipt;

import com.lana.checkout.api.Refund;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.shift.ShiftReport;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A sale's receipt as a PDF, made with Apache PDFBox: the very text of {@link Sale#toString()}, in
 * Courier (one of the 14 fonts every PDF reader has, so nothing is embedded), on one page as wide
 * as 80 mm till paper and as long as the receipt. A refund's receipt and a shift's report are made
 * the same way from their own text. Thread-safe.
 *
 * <p>The font object is made once. Making it looks for a system font to draw Courier with on
 * screen and warns when there is none, which does not concern a PDF that only names Courier (the
 * reader draws it), so that one warning is kept out of the server's log. PDFBox fonts cache
 * encodings without locks, so receipts are rendered one at a time; each takes about a millisecond.
 */
public final class ReceiptPdf {

    /** 80 mm, the common till roll, in PDF points (1/72 inch). */
    static final float PAGE_WIDTH = 80 / 25.4f * 72;
    private static final float FONT_SIZE = 8;
    private static final float LEADING = 10;
    private static final float MARGIN = 12;

    private static final PDFont COURIER = courier();

    private ReceiptPdf() {
    }

    /**
     * The PDF document of {@code sale}'s receipt. Characters Courier cannot show (outside Windows-1252,
     * which has € and …) are printed as '?'.
     */
    public static byte[] of(Sale sale) {
        synchronized (COURIER) {
            return render(sale.toString(), "Receipt " + sale.number(), sale.shop(), sale.time(), COURIER);
        }
    }

    /** The PDF document of {@code refund}'s receipt, made like a sale's. */
    public static byte[] of(Refund refund) {
        synchronized (COURIER) {
            return render(refund.toString(), "Refund " + refund.number(), refund.shop(), refund.time(), COURIER);
        }
    }

    /** The PDF document of a shift's X or Z report, made like a sale's receipt, by {@code shop}. */
    public static byte[] of(ShiftReport report, Shop shop) {
        String title = report.isZ() ? "Z report " + report.z().toString().substring(2)
                : "X report " + report.shift().number();
        synchronized (COURIER) {
            return render(report.toString(), title, shop, report.time(), COURIER);
        }
    }

    private static byte[] render(String text, String title, Shop shop, LocalDateTime time, PDFont font) {
        List<String> rows = text.lines().toList();
        float height = 2 * MARGIN + LEADING * rows.size();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PAGE_WIDTH, height));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, FONT_SIZE);
                content.setLeading(LEADING);
                content.newLineAtOffset(MARGIN, height - MARGIN - FONT_SIZE);
                for (String row : rows) {
                    content.showText(showable(font, row));
                    content.newLine();
                }
                content.endText();
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(shop.name());
            info.setProducer("Lana checkout");
            Calendar created = GregorianCalendar.from(time.atZone(ZoneId.systemDefault()));
            info.setCreationDate(created);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Written to memory, with a built-in font: an I/O failure here is a bug, not a condition.
            throw new UncheckedIOException("Could not make the PDF of " + title, e);
        }
    }

    private static PDFont courier() {
        Logger fontLog = Logger.getLogger(PDType1Font.class.getName());
        Level before = fontLog.getLevel();
        fontLog.setLevel(Level.SEVERE);
        try {
            return new PDType1Font(Standard14Fonts.FontName.COURIER);
        } finally {
            fontLog.setLevel(before);
        }
    }

    /** {@code text} with every character the font cannot encode replaced by '?'. */
    private static String showable(PDFont font, String text) throws IOException {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                out.append(character);
            } catch (IllegalArgumentException cannotEncode) {
                out.append('?');
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
