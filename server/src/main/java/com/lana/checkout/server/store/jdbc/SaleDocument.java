package com.lana.checkout.server.store.jdbc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The JSON document a {@link JdbcBasketStore} kept a sale in, one per {@code sale} row, up to
 * version 4 of its schema. Sales are rows now; this form is read only by the migration that moves
 * the documents into rows ({@link SaleDocumentsToRows}), and written only by tests that build a
 * database as that release wrote it. The number is the row's key and is not repeated inside.
 * Amounts are whole cents, the time is ISO-8601 local time to the nanosecond, payments name their kind:
 *
 * <pre>{@code
 * {"format":1,"time":"2026-11-26T12:00:00","receipt":{"basket":"3J9QK7ZD0M4T8XW2R6V5C1N8BA","version":3,
 *  "lines":[{"code":"MUG","name":"Coffee mug","quantity":2,"unitPrice":750,"amount":1500}],
 *  "discounts":[],"total":1500},
 *  "payments":[{"kind":"CARD","amount":1500,"reference":"AUTH 1"},{"kind":"CASH","amount":2000}],"change":2000}
 * }</pre>
 *
 * Its own records, not the api's, are read, so that the stored form stays what it was whatever
 * becomes of the api's; a sale read back goes through the api records' constructors and is
 * validated like any other.
 */
record SaleDocument(int format, String time, ReceiptDocument receipt, List<PaymentDocument> payments, long change) {

    /** The one form written so far. */
    static final int FORMAT = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record ReceiptDocument(String basket, long version, List<LineDocument> lines, List<DiscountDocument> discounts,
                           long total) {
    }

    record LineDocument(String code, String name, int quantity, long unitPrice, long amount) {
    }

    record DiscountDocument(String product, String description, long saved) {
    }

    /** @param reference cards only; null for cash */
    record PaymentDocument(Payment.Kind kind, long amount, @JsonInclude(JsonInclude.Include.NON_NULL) String reference) {
    }

    /** The document of {@code sale}, as JSON text. */
    static String write(Sale sale) {
        Receipt receipt = sale.receipt();
        ReceiptDocument receiptDocument = new ReceiptDocument(receipt.basket().toString(), receipt.version(),
                receipt.lines().stream().map(line -> new LineDocument(line.code(), line.name(), line.quantity(),
                        line.unitPrice().cents(), line.amount().cents())).toList(),
                receipt.discounts().stream().map(discount -> new DiscountDocument(discount.productCode(),
                        discount.description(), discount.saved().cents())).toList(),
                receipt.total().cents());
        List<PaymentDocument> payments = sale.payments().stream().map(payment -> new PaymentDocument(payment.kind(),
                payment.amount().cents(), payment instanceof Payment.Card card ? card.reference() : null)).toList();
        try {
            return JSON.writeValueAsString(new SaleDocument(FORMAT, sale.time().toString(), receiptDocument, payments,
                    sale.change().cents()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Sale " + sale.number() + " cannot be written as JSON", e);
        }
    }

    /**
     * The sale numbered {@code number} whose document is {@code json}.
     *
     * @throws IllegalStateException naming the sale when the document is not a sale of a known format
     */
    static Sale read(SaleNumber number, String json) {
        try {
            SaleDocument document = JSON.readValue(json, SaleDocument.class);
            if (document.format() != FORMAT) {
                throw new IllegalArgumentException("unknown format " + document.format());
            }
            return document.toSale(number);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("Sale " + number + " in the store cannot be read: " + e.getMessage(), e);
        }
    }

    private Sale toSale(SaleNumber number) {
        Receipt sold = new Receipt(BasketId.parse(receipt.basket()), receipt.version(),
                receipt.lines().stream().map(line -> new Receipt.Line(line.code(), line.name(), line.quantity(),
                        Money.ofMinor(line.unitPrice()), Money.ofMinor(line.amount()))).toList(),
                receipt.discounts().stream().map(discount -> new Receipt.Discount(discount.product(),
                        discount.description(), Money.ofMinor(discount.saved()))).toList(),
                Money.ofMinor(receipt.total()));
        List<Payment> paid = payments.stream().map(payment -> switch (payment.kind()) {
            case CASH -> (Payment) Payment.cash(Money.ofMinor(payment.amount()));
            case CARD -> Payment.card(Money.ofMinor(payment.amount()), payment.reference());
        }).toList();
        return new Sale(number, LocalDateTime.parse(time), sold, paid, Money.ofMinor(change));
    }
}
