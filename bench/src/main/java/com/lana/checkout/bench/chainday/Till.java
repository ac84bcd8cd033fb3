package com.lana.checkout.bench.chainday;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.StoreUnavailableException;

import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;

/**
 * One simulated till, behaving like a clerk: scans an item every interval (give or take a quarter),
 * asks for the total now and then, voids a unit or parks the sale sometimes, and after about a dozen
 * items takes cash or card and completes the sale, then resumes a parked sale if there is one. Each
 * action is one call; the till's next action is scheduled an interval after the answer, as a clerk
 * waits for the beep. A call whose outcome is unknown is sent again at the next action with the same
 * operation id, as the point of sale does, so every change is applied once and the till's record of
 * what the server acknowledged stays exact; a call the server refused is not sent again.
 *
 * <p>Not thread-safe, and need not be: a till's actions never overlap (the next is scheduled by the
 * one before), and the executor orders them.
 */
final class Till {

    /** Chance that an action is a total, a void, a park (when the sale has items). */
    static final double TOTAL_CHANCE = 0.08;
    static final double VOID_CHANCE = 0.04;
    static final double PARK_CHANCE = 0.02;
    /**
     * Items a sale is paid after: 8 to 16, about 12. A till's first sale starts with 0 to all but one
     * of them already in it, as if caught mid-sale.
     */
    static final int FEWEST_ITEMS = 8;
    static final int MOST_ITEMS = 16;

    private final int index;
    private final CheckoutService service;
    private final List<String> codes;
    private final Queue<TillSale> ledger;
    private final SplittableRandom random;
    private TillSale current;
    private TillSale parked;
    private Pending pending;
    private boolean first = true;

    /** A call that has not been answered yet, sent again (same operation id) until it is. */
    private record Pending(Operation operation, String code, Money total, Payment payment, OperationId id) {
    }

    Till(int index, CheckoutService service, List<String> codes, Queue<TillSale> ledger, long seed) {
        this.index = index;
        this.service = service;
        this.codes = List.copyOf(codes);
        this.ledger = ledger;
        this.random = new SplittableRandom(seed);
    }

    int index() {
        return index;
    }

    /** Whether a call is waiting to be sent again: the till must act once more before it may stop. */
    boolean hasPending() {
        return pending != null;
    }

    /**
     * Takes the clerk's next action (or sends the pending call again) and answers what was called,
     * its latency recorded in {@code latencies} when {@code measured}.
     *
     * @throws Exception when the call failed: it stays pending when its outcome is unknown (no answer,
     *     the server stopping, its store unavailable), and is dropped when the server refused it
     */
    Operation act(Latencies latencies, boolean measured) throws Exception {
        if (pending == null) {
            pending = next(latencies, measured);
        }
        Pending call = pending;
        if (call == null) {
            return null; // parked: no call
        }
        long start = System.nanoTime();
        try {
            call(call);
        } catch (CheckoutException e) {
            if (!(e instanceof StoreUnavailableException)) {
                pending = null; // refused, so not applied: the till's record stays as it was
            }
            throw e;
        }
        if (measured) {
            latencies.record(call.operation(), System.nanoTime() - start);
        }
        pending = null;
        return call.operation();
    }

    private void call(Pending call) throws Exception {
        switch (call.operation()) {
            case OPEN -> current = open();
            case SCAN -> {
                service.addProduct(current.basket(), call.code(), 1, call.id());
                current.scanned(call.code());
            }
            case VOID -> {
                service.removeProduct(current.basket(), call.code(), 1, call.id());
                current.voided(call.code());
            }
            case TOTAL -> service.total(current.basket());
            case PAY -> pay(call);
        }
    }

    private Pending next(Latencies latencies, boolean measured) throws Exception {
        if (current == null) {
            return new Pending(Operation.OPEN, null, null, null, null);
        }
        if (current.readyToPay()) {
            long start = System.nanoTime();
            Money total = service.total(current.basket());
            if (measured) { // the total the clerk shows before taking the payment: timed with the totals
                latencies.record(Operation.TOTAL, System.nanoTime() - start);
            }
            Payment payment = random.nextBoolean() ? Payment.card(total, "bench")
                    : Payment.cash(Money.ofMinor(Math.addExact(total.cents(), 499) / 500 * 500));
            return new Pending(Operation.PAY, null, total, payment, OperationId.random());
        }
        double roll = random.nextDouble();
        if (current.items() > 0) {
            if (roll < TOTAL_CHANCE) {
                return new Pending(Operation.TOTAL, null, null, null, null);
            }
            if (roll < TOTAL_CHANCE + VOID_CHANCE) {
                return new Pending(Operation.VOID, current.anyCode(random.nextDouble()), null, null, OperationId.random());
            }
            if (roll < TOTAL_CHANCE + VOID_CHANCE + PARK_CHANCE && parked == null) {
                parked = current;
                current = null;
                return null;
            }
        }
        return new Pending(Operation.SCAN, codes.get(random.nextInt(codes.size())), null, null, OperationId.random());
    }

    private TillSale open() throws Exception {
        BasketId basket = service.createBasket();
        int items = FEWEST_ITEMS + random.nextInt(MOST_ITEMS - FEWEST_ITEMS + 1);
        TillSale sale = new TillSale(index, basket, items);
        if (first) {
            // caught mid-sale, so that payments spread over the first customer as over any later one:
            // the items already scanned are added in one call, before the till joins the ledger
            int already = random.nextInt(items);
            String code = codes.get(random.nextInt(codes.size()));
            if (already > 0) {
                service.addProduct(basket, code, already, OperationId.random());
                for (int i = 0; i < already; i++) {
                    sale.scanned(code);
                }
            }
            first = false;
        }
        ledger.add(sale);
        return sale;
    }

    private void pay(Pending call) throws Exception {
        Sale sale = service.completeSale(current.basket(), call.total(), List.of(call.payment()), call.id());
        // the total shown to the customer: the checks compare the sale recorded with it
        current.paid(sale.number(), call.total());
        current = parked;
        parked = null;
    }
}
