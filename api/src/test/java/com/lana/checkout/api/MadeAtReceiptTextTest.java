package com.lana.checkout.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A sale or refund made at a till, by a clerk, says so on its receipt in one row right under its
 * number; one that names neither prints as it always did.
 */
class MadeAtReceiptTextTest {

    private static final Sale SALE = ReferenceSales.PEN_TSHIRT_MUG;
    private static final Refund REFUND = RefundReceiptTextTest.MUG_BACK;

    @Test
    void aSaleAtATillByAClerkNamesBothUnderItsNumber() {
        List<String> rows = SALE.madeAt("T01", "Ann").toString().lines().toList();

        int number = rows.indexOf("Sale S-000001          2025-01-06 09:30:05");
        assertThat(rows.get(number + 1)).isEqualTo("Till T01                               Ann");
    }

    @Test
    void aSaleAtATillWithoutAClerkNamesTheTillAlone() {
        List<String> rows = SALE.madeAt("T02", null).toString().lines().toList();

        int number = rows.indexOf("Sale S-000001          2025-01-06 09:30:05");
        assertThat(rows.get(number + 1)).isEqualTo("Till T02");
    }

    @Test
    void aSaleNamingNoTillPrintsAsBefore() {
        assertThat(SALE.madeAt(null, null).toString()).isEqualTo(SALE.toString());
        assertThat(SALE.till()).isNull();
        assertThat(SALE.clerk()).isNull();
    }

    @Test
    void aRefundAtATillByAClerkNamesBothUnderItsNumber() {
        List<String> rows = REFUND.madeAt("T01", "Ann").toString().lines().toList();

        int number = rows.indexOf("Refund R-000001        2025-01-07 10:15:00");
        assertThat(rows.get(number + 1)).isEqualTo("Till T01                               Ann");
        assertThat(rows.get(number + 2)).startsWith("Of sale S-000001");
    }

    @Test
    void aLongClerkNameIsCutToFitThePaper() {
        String name = "Annabel Maria de los Ángeles Fernández-Villaverde y Castellanos";

        List<String> rows = SALE.madeAt("T01", name).toString().lines().toList();

        assertThat(rows).allSatisfy(row -> assertThat(row).hasSizeLessThanOrEqualTo(Sale.RECEIPT_WIDTH));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Till T01 Annabel").endsWith("…"));
    }

    @Test
    void theTillAndClerkStayThroughTheShopAndWhatCameBack() {
        Sale sale = SALE.madeAt("T01", "Ann").withShop(Shop.DEVELOPMENT).after(REFUND);

        assertThat(sale.till()).isEqualTo("T01");
        assertThat(sale.clerk()).isEqualTo("Ann");
        assertThat(REFUND.madeAt("T01", "Ann").withShop(Shop.DEVELOPMENT).clerk()).isEqualTo("Ann");
    }

    @Test
    void aTillIdThatIsNotOneIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SALE.madeAt("T 01", "Ann"))
                .withMessageContaining("'T 01'");
        assertThatIllegalArgumentException().isThrownBy(() -> REFUND.madeAt("T01", " "))
                .withMessageContaining("clerk of refund R-000001");
    }
}
