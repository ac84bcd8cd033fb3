package com.lana.checkout.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The refund receipt as the till's 42-column printer prints it, and what a sale's receipt says of
 * what came back. Golden files under {@code src/test/resources/receipts} hold the expected text; each
 * run writes what it got to {@code target/receipts-actual}.
 */
class RefundReceiptTextTest {

    private static final Shop SHOP = new Shop("Lana Barcelona", List.of("Carrer de Mallorca 401", "08013 Barcelona"),
            "ESB12345678");
    private static final LocalDateTime LATER = LocalDateTime.of(2025, 1, 7, 10, 15, 0);

    /** The MUG of PEN, TSHIRT, MUG back, paid back in cash. */
    static final Refund MUG_BACK = new Refund(new RefundNumber(1), ReferenceSales.PEN_TSHIRT_MUG.number(), LATER,
            List.of(new Refund.Item("MUG", "Lana Coffee Mug", 1)), Money.parse("7.50€"),
            List.of(VatAmount.of(VatRate.STANDARD, Money.parse("7.50€"))), List.of(Payment.cash(Money.parse("7.50€"))),
            SHOP);

    /** The free pen of PEN, PEN back: nothing paid back. */
    static final Refund FREE_PEN_BACK = new Refund(new RefundNumber(2), ReferenceSales.TWO_PENS_AND_A_TSHIRT.number(),
            LATER, List.of(new Refund.Item("PEN", "Lana Pen", 1)), Money.ZERO, List.of(), List.of(), SHOP);

    @Test
    void theRefundReceiptIsTheGoldenOne() throws IOException {
        assertGolden("refund-mug", MUG_BACK.toString());
    }

    @Test
    void aRefundOfNothingSaysWhyOnItsReceipt() throws IOException {
        assertGolden("refund-free-pen", FREE_PEN_BACK.toString());
        assertThat(FREE_PEN_BACK.explanation()).startsWith("Nothing to pay back");
    }

    @Test
    void aSaleSaysWhatCameBackOfIt() throws IOException {
        Sale sale = ReferenceSales.PEN_TSHIRT_MUG.withShop(SHOP).after(MUG_BACK);

        assertThat(sale.returned()).containsExactly(ReturnedItem.of("MUG", 1));
        assertThat(sale.remaining("MUG")).isZero();
        assertThat(sale.remaining("PEN")).isEqualTo(1);
        assertGolden("pen-tshirt-mug-mug-returned", sale.toString());
    }

    @Test
    void noRowOfARefundReceiptIsWiderThanThePaper() {
        Refund long_ = new Refund(new RefundNumber(999_999_999), new SaleNumber(123_456_789), LATER,
                List.of(new Refund.Item("MUG", "Lana Extraordinarily Long Limited Edition Ceramic Mug", 999)),
                Money.parse("7492.50€"), List.of(VatAmount.of(VatRate.STANDARD, Money.parse("7492.50€"))),
                List.of(Payment.card(Money.parse("7492.50€"), "R".repeat(Payment.MAX_REFERENCE_LENGTH))), SHOP);

        assertThat(long_.toString().lines()).allSatisfy(row -> assertThat(row).hasSizeLessThanOrEqualTo(42));
    }

    @Test
    void aRefundWhosePaymentsOrVatDoNotAddUpToItsAmountIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Refund(new RefundNumber(1), new SaleNumber(1), LATER,
                        List.of(new Refund.Item("MUG", "Lana Coffee Mug", 1)), Money.parse("7.50€"),
                        List.of(VatAmount.of(VatRate.STANDARD, Money.parse("7.50€"))),
                        List.of(Payment.cash(Money.parse("5.00€"))), SHOP))
                .withMessageContaining("R-000001").withMessageContaining("5.00€");
    }

    @Test
    void aSaleCannotHaveMoreBackThanItSold() {
        Refund twoMugs = new Refund(new RefundNumber(1), ReferenceSales.PEN_TSHIRT_MUG.number(), LATER,
                List.of(new Refund.Item("MUG", "Lana Coffee Mug", 2)), Money.parse("7.50€"),
                List.of(VatAmount.of(VatRate.STANDARD, Money.parse("7.50€"))), List.of(Payment.cash(Money.parse("7.50€"))),
                SHOP);

        assertThatIllegalArgumentException().isThrownBy(() -> ReferenceSales.PEN_TSHIRT_MUG.after(twoMugs))
                .withMessageContaining("S-000001").withMessageContaining("MUG");
    }

    @Test
    void returnedItemsNeedAProductAndAtLeastOneUnit() {
        assertThat(ReturnedItem.of(" pen ", 2)).isEqualTo(new ReturnedItem("PEN", 2));
        assertThatIllegalArgumentException().isThrownBy(() -> ReturnedItem.of("PEN", 0)).withMessageContaining("was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> ReturnedItem.of("PEN", -1)).withMessageContaining("-1");
        assertThatIllegalArgumentException().isThrownBy(() -> ReturnedItem.of(" ", 1)).withMessageContaining("missing");
        assertThatIllegalArgumentException().isThrownBy(() -> ReturnedItem.of("X".repeat(10_000), 1))
                .withMessageContaining("10000 characters");
    }

    @Test
    void refundNumbersReadAndPrintLikeSaleNumbers() {
        assertThat(RefundNumber.parse("R-000001")).isEqualTo(new RefundNumber(1));
        assertThat(RefundNumber.parse(" r42 ")).hasToString("R-000042");
        assertThat(RefundNumber.parse("7").next()).hasToString("R-000008");
        assertThatIllegalArgumentException().isThrownBy(() -> RefundNumber.parse("S-000001"))
                .withMessageContaining("R-000001");
        assertThatIllegalArgumentException().isThrownBy(() -> RefundNumber.parse("R-0"));
    }

    static void assertGolden(String name, String text) throws IOException {
        Path actual = Path.of("target", "receipts-actual", name + ".txt");
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, text + System.lineSeparator(), StandardCharsets.UTF_8);
        assertThat(text.lines()).containsExactlyElementsOf(golden(name).lines().toList());
    }

    private static String golden(String name) {
        try (InputStream in = RefundReceiptTextTest.class.getResourceAsStream("/receipts/" + name + ".txt")) {
            if (in == null) {
                throw new AssertionError("No golden file receipts/" + name + ".txt; see target/receipts-actual");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
