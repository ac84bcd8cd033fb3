package com.lana.checkout.client.device;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;

import java.time.LocalDateTime;
import java.util.List;

/** The four reference baskets of the challenge as completed sales on 6 January 2025, 185.00€ together, as the api tests have them. */
public final class ReferenceSales {

    private static final BasketId BASKET = new BasketId(0, 42);
    private static final Money PEN_PRICE = Money.parse("5.00€");
    private static final Money TSHIRT_PRICE = Money.parse("20.00€");
    private static final Money MUG_PRICE = Money.parse("7.50€");
    private static final String PEN_DEAL = "2-for-1 on PEN";
    private static final String TSHIRT_DEAL = "25% off TSHIRT (3 or more)";

    /** PEN, TSHIRT, MUG = 32.50€, paid with a 50.00€ note. */
    public static final Sale PEN_TSHIRT_MUG = new Sale(new SaleNumber(1), LocalDateTime.of(2025, 1, 6, 9, 30, 5),
            receipt(List.of(pens(1), tshirts(1), mugs(1)), List.of(), "32.50€"),
            List.of(Payment.cash(Money.parse("50.00€"))), Money.parse("17.50€"));

    /** PEN, TSHIRT, PEN = 25.00€, paid exactly by card. */
    public static final Sale TWO_PENS_AND_A_TSHIRT = new Sale(new SaleNumber(2), LocalDateTime.of(2025, 1, 6, 10, 2, 0),
            receipt(List.of(pens(2), tshirts(1)), List.of(penDeal("5.00€")), "25.00€"),
            List.of(Payment.card(Money.parse("25.00€"), "AUTH 4242")), Money.ZERO);

    /** TSHIRT ×3, PEN, TSHIRT = 65.00€, split over a card and cash. */
    public static final Sale FOUR_TSHIRTS_AND_A_PEN = new Sale(new SaleNumber(3), LocalDateTime.of(2025, 1, 6, 11, 45, 30),
            receipt(List.of(tshirts(4), pens(1)), List.of(tshirtDeal("20.00€")), "65.00€"),
            List.of(Payment.card(Money.parse("40.00€"), "A1B2C3"), Payment.cash(Money.parse("30.00€"))),
            Money.parse("5.00€"));

    /** PEN, TSHIRT, PEN, PEN, MUG, TSHIRT, TSHIRT = 62.50€, paid in cash. */
    public static final Sale BOTH_PROMOTIONS = new Sale(new SaleNumber(4), LocalDateTime.of(2025, 1, 6, 17, 59, 59),
            receipt(List.of(pens(3), tshirts(3), mugs(1)), List.of(penDeal("5.00€"), tshirtDeal("15.00€")), "62.50€"),
            List.of(Payment.cash(Money.parse("70.00€"))), Money.parse("7.50€"));

    /** The four, in number order. */
    public static final List<Sale> ALL = List.of(PEN_TSHIRT_MUG, TWO_PENS_AND_A_TSHIRT, FOUR_TSHIRTS_AND_A_PEN, BOTH_PROMOTIONS);

    private ReferenceSales() {
    }

    static Receipt receipt(List<Receipt.Line> lines, List<Receipt.Discount> discounts, String total) {
        return new Receipt(BASKET, lines.size(), lines, discounts, Money.parse(total));
    }

    static Receipt.Line pens(int quantity) {
        return new Receipt.Line("PEN", "Lana Pen", quantity, PEN_PRICE, PEN_PRICE.times(quantity));
    }

    static Receipt.Line tshirts(int quantity) {
        return new Receipt.Line("TSHIRT", "Lana T-Shirt", quantity, TSHIRT_PRICE, TSHIRT_PRICE.times(quantity));
    }

    static Receipt.Line mugs(int quantity) {
        return new Receipt.Line("MUG", "Lana Coffee Mug", quantity, MUG_PRICE, MUG_PRICE.times(quantity));
    }

    static Receipt.Discount penDeal(String saved) {
        return new Receipt.Discount("PEN", PEN_DEAL, Money.parse(saved));
    }

    static Receipt.Discount tshirtDeal(String saved) {
        return new Receipt.Discount("TSHIRT", TSHIRT_DEAL, Money.parse(saved));
    }
}
