package com.lana.checkout.server.pricing;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.RefundQuote;
import com.lana.checkout.api.RefundRefusedException;
import com.lana.checkout.api.RefundRefusedException.Reason;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.server.catalog.PriceList;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a refund pays back, and how: a pure function of the sale (with what came back so far), its
 * earlier refunds, the items coming back and the sale's own catalog version, in whole cents. It knows
 * nothing of locks or storage; the store calls it with the sale locked.
 *
 * <p>The amount is what the customer paid for the sale, less what the items they keep would cost
 * under the sale's catalog version and promotions ({@link Pricing}), less what earlier refunds paid
 * back; never less than zero (a promotion that makes more units cheaper than fewer would otherwise
 * ask the customer for money). Per rate, the refund takes back the sale's amount less the kept
 * items' less what earlier refunds took back, for the gross and the VAT alike, so that once every
 * refund is made the VAT left is that of what the customer kept, to the cent.
 *
 * <p>Paying back: {@link RefundTo#ORIGINAL} gives the sale's cards, in the order they were charged,
 * each up to what it paid less what earlier refunds gave back to it (earlier card refunds are counted
 * against the cards in that same order), then the rest in cash; {@link RefundTo#CARD} does the same
 * but refuses what the cards cannot take; {@link RefundTo#CASH} pays all in cash.
 */
public final class RefundRules {

    private RefundRules() {
    }

    /**
     * The refund numbered {@code number} of {@code items} of {@code sale}, made at {@code time}: its
     * {@linkplain #quote quote}, recorded.
     *
     * @param prices the sale's own catalog version
     * @throws RefundRefusedException when the items are none, not of the sale, more than remain to come
     *     back, or to cards beyond what they can take
     */
    public static Refund make(Sale sale, List<Refund> earlier, List<ReturnedItem> items, RefundTo to, PriceList prices,
                              RefundNumber number, LocalDateTime time, Shop shop) throws RefundRefusedException {
        return quote(sale, earlier, items, to, prices).recorded(number, time, shop);
    }

    /**
     * What a refund of {@code items} of {@code sale} pays back, and how, after {@code earlier}.
     *
     * @param prices the sale's own catalog version
     * @throws RefundRefusedException when the items are none, not of the sale, more than remain to come
     *     back, or to cards beyond what they can take
     */
    public static RefundQuote quote(Sale sale, List<Refund> earlier, List<ReturnedItem> items, RefundTo to,
                                    PriceList prices) throws RefundRefusedException {
        Map<String, Integer> back = checked(sale, items);
        List<Refund.Item> refundItems = new ArrayList<>();
        List<BasketLines.Line> kept = new ArrayList<>();
        for (Receipt.Line line : sale.receipt().lines()) {
            int now = back.getOrDefault(line.code(), 0);
            if (now > 0) {
                refundItems.add(new Refund.Item(line.code(), line.name(), now));
            }
            int keeps = line.quantity() - sale.returned(line.code()) - now;
            if (keeps > 0) {
                kept.add(new BasketLines.Line(line.code(), keeps));
            }
        }
        Receipt keptReceipt = Pricing.receipt(prices, new BasketLines(sale.receipt().basket(), sale.receipt().version(),
                kept, sale.catalogVersion()));
        Money before = earlier.stream().map(Refund::amount).reduce(Money.ZERO, Money::plus);
        Money amount = sale.total().minus(keptReceipt.total()).minus(before);
        List<VatAmount> vat = List.of();
        if (amount.isNegative() || amount.isZero()) {
            amount = Money.ZERO;
        } else {
            vat = vatTakenBack(sale, keptReceipt, earlier);
        }
        return new RefundQuote(sale.number(), refundItems, amount, vat, paidBack(sale, earlier, amount, to));
    }

    /** The items merged per code, each checked against what the sale sold and what came back of it. */
    private static Map<String, Integer> checked(Sale sale, List<ReturnedItem> items) throws RefundRefusedException {
        if (items.isEmpty()) {
            throw new RefundRefusedException(Reason.NOTHING_RETURNED,
                    "Nothing comes back: name at least one product of sale " + sale.number());
        }
        Map<String, Integer> back = new LinkedHashMap<>();
        for (ReturnedItem item : items) {
            back.merge(item.code(), item.quantity(), (a, b) -> (int) Math.min(Integer.MAX_VALUE, (long) a + b));
        }
        for (Map.Entry<String, Integer> item : back.entrySet()) {
            String code = item.getKey();
            int sold = sale.receipt().lines().stream().filter(line -> line.code().equals(code))
                    .mapToInt(Receipt.Line::quantity).sum();
            if (sold == 0) {
                throw new RefundRefusedException(Reason.NOT_IN_SALE, "Sale " + sale.number() + " sold no " + code
                        + "; it sold " + String.join(", ", sale.receipt().lines().stream().map(Receipt.Line::code)
                        .toList()));
            }
            int remaining = sale.remaining(code);
            if (item.getValue() > remaining) {
                throw new RefundRefusedException(Reason.MORE_THAN_REMAIN, item.getValue() + " x " + code
                        + " cannot come back: sale " + sale.number() + " sold " + sold + ", " + sale.returned(code)
                        + " came back already, so at most " + remaining + " can");
            }
        }
        return back;
    }

    /** Per rate, the sale's amounts less the kept items' less what earlier refunds took back; rates left with nothing are left out. */
    private static List<VatAmount> vatTakenBack(Sale sale, Receipt kept, List<Refund> earlier) {
        Map<VatRate, VatAmount> byRate = new TreeMap<>();
        sale.vat().forEach(amount -> byRate.merge(amount.rate(), amount, VatAmount::plus));
        kept.vat().forEach(amount -> byRate.merge(amount.rate(), amount.negate(), VatAmount::plus));
        earlier.forEach(refund -> refund.vat().forEach(amount ->
                byRate.merge(amount.rate(), amount.negate(), VatAmount::plus)));
        return byRate.values().stream().filter(amount -> !amount.gross().isZero() || !amount.vat().isZero()).toList();
    }

    /** How {@code amount} is paid back, {@code to} as asked: card refunds in the cards' order, then cash. */
    private static List<Payment> paidBack(Sale sale, List<Refund> earlier, Money amount, RefundTo to)
            throws RefundRefusedException {
        List<Payment> out = new ArrayList<>();
        Money due = amount;
        if (to != RefundTo.CASH) {
            // What earlier refunds gave back to cards, counted against the cards in order.
            Money earlierToCards = earlier.stream().map(Refund::card).reduce(Money.ZERO, Money::plus);
            for (Payment payment : sale.payments()) {
                if (!(payment instanceof Payment.Card card) || due.isZero()) {
                    continue;
                }
                Money alreadyBack = min(card.amount(), earlierToCards);
                earlierToCards = earlierToCards.minus(alreadyBack);
                Money back = min(card.amount().minus(alreadyBack), due);
                if (back.compareTo(Money.ZERO) > 0) {
                    out.add(Payment.card(back, card.reference()));
                    due = due.minus(back);
                }
            }
            if (to == RefundTo.CARD && due.compareTo(Money.ZERO) > 0) {
                Money toCards = amount.minus(due);
                throw new RefundRefusedException(Reason.CARD_REFUND_TOO_LARGE, "The cards of sale " + sale.number()
                        + " can take back " + toCards + ", not the " + amount + " of this refund; pay back "
                        + due + " in cash, or the whole refund the way the customer paid");
            }
        }
        if (due.compareTo(Money.ZERO) > 0) {
            out.add(Payment.cash(due));
        }
        return out;
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
