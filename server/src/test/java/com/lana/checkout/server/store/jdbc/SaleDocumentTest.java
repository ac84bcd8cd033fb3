package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The form a database store keeps a sale in: documents already stored must stay readable. */
class SaleDocumentTest {

    private static final SaleNumber S_42 = new SaleNumber(42);
    private static final BasketId BASKET = new BasketId(1, 2);
    private static final Sale SALE = new Sale(S_42, LocalDateTime.of(2026, 11, 26, 9, 41, 7, 123_456_789),
            new Receipt(BASKET, 3,
                    List.of(new Receipt.Line("PEN", "Lana pen", 2, Money.parse("5.00€"), Money.parse("10.00€"))),
                    List.of(new Receipt.Discount("PEN", "2-for-1", Money.parse("5.00€"))),
                    Money.parse("5.00€")),
            List.of(Payment.card(Money.parse("3.00€"), "AUTH 7"), Payment.cash(Money.parse("10.00€"))),
            Money.parse("8.00€"));
    private static final String DOCUMENT = "{\"format\":1,\"time\":\"2026-11-26T09:41:07.123456789\","
            + "\"receipt\":{\"basket\":\"" + BASKET + "\",\"version\":3,"
            + "\"lines\":[{\"code\":\"PEN\",\"name\":\"Lana pen\",\"quantity\":2,\"unitPrice\":500,\"amount\":1000}],"
            + "\"discounts\":[{\"product\":\"PEN\",\"description\":\"2-for-1\",\"saved\":500}],\"total\":500},"
            + "\"payments\":[{\"kind\":\"CARD\",\"amount\":300,\"reference\":\"AUTH 7\"},{\"kind\":\"CASH\",\"amount\":1000}],"
            + "\"change\":800}";

    @Test
    void aSaleIsWrittenInTheDocumentedForm() {
        assertThat(SaleDocument.write(SALE)).isEqualTo(DOCUMENT);
    }

    @Test
    void aStoredDocumentReadsAsTheSaleItWasWrittenFrom() {
        assertThat(SaleDocument.read(S_42, DOCUMENT)).isEqualTo(SALE);
    }

    @Test
    void aDocumentOfAnUnknownFormatIsNotReadAsASale() {
        assertThatIllegalStateException()
                .isThrownBy(() -> SaleDocument.read(S_42, DOCUMENT.replace("\"format\":1", "\"format\":2")))
                .withMessage("Sale S-000042 in the store cannot be read: unknown format 2");
    }

    @Test
    void aDocumentThatBreaksTheSalesRulesIsNotReadAsASale() {
        assertThatIllegalStateException()
                .isThrownBy(() -> SaleDocument.read(S_42, DOCUMENT.replace("\"change\":800", "\"change\":-1")))
                .withMessageStartingWith("Sale S-000042 in the store cannot be read: ")
                .withMessageContaining("negative change");
    }
}
