package com.lana.checkout.server.receipt;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftNumber;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.ZNumber;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.shift.ShiftReports;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.Pricing;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF receipt, read back with PDFBox's own text extraction. */
class ReceiptPdfTest {

    private static final PriceList PRICES = PriceList.of(CatalogFile.defaults());

    /** PEN, TSHIRT, PEN, PEN, MUG, TSHIRT, TSHIRT = 62.50€, split over a card and cash. */
    private static final Sale SALE = new Sale(new SaleNumber(42), LocalDateTime.of(2025, 1, 6, 17, 59, 59),
            Pricing.receipt(PRICES, new BasketLines(new BasketId(0, 7), 7, List.of(
                    new BasketLines.Line("PEN", 3), new BasketLines.Line("TSHIRT", 3), new BasketLines.Line("MUG", 1)))),
            List.of(Payment.card(Money.parse("40.00€"), "A1B2C3"), Payment.cash(Money.parse("30.00€"))),
            Money.parse("7.50€"));

    @Test
    void isAPdfDocument() {
        byte[] pdf = ReceiptPdf.of(SALE);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void readBackItHoldsTheNumberTheLinesAndTheTotal() throws IOException {
        String text = textOf(ReceiptPdf.of(SALE));

        assertThat(text).contains("S-000042", "2025-01-06 17:59:59");
        assertThat(text).containsPattern("3 x Lana Pen @ 5\\.00€ +15\\.00€")
                .containsPattern("3 x Lana T-Shirt @ 20\\.00€ +60\\.00€")
                .containsPattern("1 x Lana Coffee Mug +7\\.50€")
                .containsPattern("2-for-1 on PEN +-5\\.00€")
                .containsPattern("TOTAL +62\\.50€")
                .containsPattern("Card A1B2C3 +40\\.00€")
                .containsPattern("Change +7\\.50€");
    }

    @Test
    void holdsTheReceiptTextRowForRow() throws IOException {
        List<String> rows = textOf(ReceiptPdf.of(SALE)).lines().map(String::strip).filter(row -> !row.isEmpty()).toList();

        assertThat(rows).containsExactlyElementsOf(
                SALE.toString().lines().map(String::strip).toList());
    }

    @Test
    void isOnePageAsWideAsTillPaper() throws IOException {
        try (PDDocument document = Loader.loadPDF(ReceiptPdf.of(SALE))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(226.77f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Receipt S-000042");
        }
    }

    @Test
    void aRefundsPdfHoldsItsReceiptTextRowForRow() throws IOException {
        Refund refund = new Refund(new RefundNumber(7), SALE.number(), LocalDateTime.of(2025, 1, 7, 10, 0),
                List.of(new Refund.Item("MUG", "Lana Coffee Mug", 1)), Money.parse("7.50€"),
                List.of(VatAmount.of(VatRate.STANDARD, Money.parse("7.50€"))), List.of(Payment.cash(Money.parse("7.50€"))),
                Shop.DEVELOPMENT);

        byte[] pdf = ReceiptPdf.of(refund);

        List<String> rows = textOf(pdf).lines().map(String::strip).filter(row -> !row.isEmpty()).toList();
        assertThat(rows).containsExactlyElementsOf(refund.toString().lines().map(String::strip).toList());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Refund R-000007");
        }
    }

    @Test
    void aZReportsPdfHoldsItsTextRowForRow() throws IOException {
        LocalDateTime opened = LocalDateTime.of(2025, 1, 6, 8, 0);
        LocalDateTime closed = LocalDateTime.of(2025, 1, 6, 20, 0);
        Shift shift = Shift.opened(new ShiftNumber("T01", 3), "Ann", opened, Money.parse("100.00€")).close(closed, "Ann");
        CashMovement out = new CashMovement(CashMovement.Kind.OUT, Money.parse("20.00€"), "Window cleaner",
                opened.plusHours(2), "Ann");
        ShiftReport z = ShiftReports.z(shift, new ZNumber("T01", 2), List.of(SALE), List.of(), List.of(out),
                Money.parse("143.00€"));

        byte[] pdf = ReceiptPdf.of(z, Shop.DEVELOPMENT);

        List<String> rows = textOf(pdf).lines().map(String::strip).filter(row -> !row.isEmpty()).toList();
        assertThat(rows).containsExactlyElementsOf(z.toString().lines().map(String::strip).toList());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Z report T01-000002");
        }
    }

    @Test
    void charactersCourierCannotShowArePrintedAsQuestionMarks() throws IOException {
        Receipt receipt = new Receipt(new BasketId(0, 8), 1, List.of(new Receipt.Line("TEA", "Lana 绿茶 Tea", 1,
                Money.parse("3.00€"), Money.parse("3.00€"))), List.of(), Money.parse("3.00€"));
        Sale sale = new Sale(new SaleNumber(1), LocalDateTime.of(2025, 1, 6, 9, 0), receipt,
                List.of(Payment.cash(Money.parse("3.00€"))), Money.ZERO);

        assertThat(textOf(ReceiptPdf.of(sale))).contains("1 x Lana ?? Tea");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
