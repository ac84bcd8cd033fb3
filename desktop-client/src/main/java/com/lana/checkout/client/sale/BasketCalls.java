package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.client.link.ApprovalCalls;
import com.lana.checkout.client.link.ServerLink;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The calls on a sale's basket other than scans: re-read it, void a unit, remove it, open one by
 * id or find one by its short code. Voids and removals go again with a manager's approval where a
 * clerk needs one ({@link ServerLink#callApproved}). Answers are filed in the sale and as the clerk action's message; a basket the server no
 * longer has marks the sale lost. Use on the UI thread.
 */
final class BasketCalls {

    /** Told after a sale was marked lost because the server has no basket for it. */
    interface LostSales {
        void lost(OpenSale sale, BasketNotFoundException e);
    }

    private final ServerLink link;
    private final ClerkMessages messages;
    private final LostSales lostSales;

    BasketCalls(ServerLink link, ClerkMessages messages, LostSales lostSales) {
        this.link = Objects.requireNonNull(link, "link");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.lostSales = Objects.requireNonNull(lostSales, "lostSales");
    }

    /**
     * Re-reads a sale's basket quietly (no busy indicator); {@code after} runs whatever the outcome.
     * A newer basket than the sale had was changed at another terminal, and the clerk is told what changed.
     */
    void verify(OpenSale sale, Runnable after) {
        BasketId basket = sale.basket();
        if (basket == null || sale.isLost()) {
            after.run();
            return;
        }
        link.call(true, service -> service.receipt(basket), new ServerLink.Reply<>() {
            @Override
            public void answered(Receipt receipt) {
                after.run();
                if (basket.equals(sale.basket())) {
                    Receipt before = sale.receipt();
                    sale.apply(receipt);
                    BasketChanges.between(before, sale.receipt()).ifPresent(changes ->
                            messages.news(Notice.info("Sale " + sale.name() + ": " + changes)));
                }
            }

            @Override
            public void refused(CheckoutException e) {
                after.run();
                if (e instanceof BasketNotFoundException gone && basket.equals(sale.basket())) {
                    markLost(sale, gone);
                }
            }

            @Override
            public void failed(Exception e) {
                after.run();
            }
        });
    }

    /** Takes one unit of a confirmed line out of the sale's basket. */
    void voidOne(OpenSale sale, String code, String name, ClerkMessages.Ticket ticket) {
        OperationId operation = OperationId.random();
        BasketId basket = sale.basket();
        link.callApproved((service, approval) -> approval == null ? service.removeProduct(basket, code, 1, operation)
                : ApprovalCalls.ApprovableCall.session(service).removeProduct(basket, code, 1, operation, approval), reply(receipt -> {
            sale.apply(receipt);
            messages.answer(ticket, Notice.info("Voided 1 × " + name));
        }, sale, ticket, "Void not done: no answer from the server. Press it again once the server answers."));
    }

    /**
     * Removes a cancelled sale's basket from the server; when the server refuses (a manager's approval
     * not given, say), the basket is still there and {@code kept} brings the sale back.
     */
    void remove(OpenSale sale, ClerkMessages.Ticket ticket, Runnable kept) {
        BasketId basket = sale.basket();
        ServerLink.Reply<Object> removed = reply(ignored -> { }, null, ticket, "Sale " + sale.name()
                + " is cancelled here, but the server did not confirm; its basket expires there unused.");
        link.callApproved((service, approval) -> {
            if (approval == null) {
                service.removeBasket(basket);
            } else {
                ApprovalCalls.ApprovableCall.session(service).removeBasket(basket, approval);
            }
            return null;
        }, new ServerLink.Reply<>() {
            @Override
            public void answered(Object nothing) {
                removed.answered(nothing);
            }

            @Override
            public void refused(CheckoutException e) {
                if (!(e instanceof BasketNotFoundException)) {
                    kept.run();
                    messages.answer(ticket, Notice.problem("Sale " + sale.name() + " not cancelled: " + e.getMessage()));
                } else {
                    removed.refused(e);
                }
            }

            @Override
            public void failed(Exception e) {
                removed.failed(e);
            }
        });
    }

    /** Reads the basket of a sale opened by its id. */
    void open(OpenSale sale, ClerkMessages.Ticket ticket) {
        BasketId basket = sale.basket();
        link.call(false, service -> service.receipt(basket), reply(receipt -> {
            sale.apply(receipt);
            messages.answer(ticket, Notice.info("Showing sale " + sale.name() + " (basket " + basket + ")"));
        }, sale, ticket, "No answer from the server: the basket shows once it answers."));
    }

    /**
     * Asks the server for the one open basket whose id ends with {@code code} (the short code
     * another till shows); {@code found} gets it. None, or several, is the action's message.
     */
    void find(String code, ClerkMessages.Ticket ticket, Consumer<BasketId> found) {
        link.call(false, service -> service.findBasket(code), new ServerLink.Reply<>() {
            @Override
            public void answered(BasketId basket) {
                found.accept(basket);
            }

            @Override
            public void refused(CheckoutException e) {
                // The code was checked here before it was sent: a request refused is one several baskets match.
                messages.answer(ticket, Notice.problem(e instanceof BasketNotFoundException
                        ? "No open basket " + code + " on the server: check the code on the other till, or type its full id"
                        : e.getMessage() + " (F6; the other till's Ctrl+B copies its full id)"));
            }

            @Override
            public void failed(Exception e) {
                messages.answer(ticket, Notice.problem("No answer from the server: press F6 again once it answers"));
            }
        });
    }

    private void markLost(OpenSale sale, BasketNotFoundException e) {
        sale.markLost();
        lostSales.lost(sale, e);
    }

    /** A reply that files refusals and failures as the action's message; {@code sale} null: a lost basket is no news. */
    private <T> ServerLink.Reply<T> reply(Consumer<T> done, OpenSale sale, ClerkMessages.Ticket ticket, String noAnswer) {
        return new ServerLink.Reply<>() {
            @Override
            public void answered(T result) {
                done.accept(result);
            }

            @Override
            public void refused(CheckoutException e) {
                if (e instanceof BasketNotFoundException gone) {
                    if (sale != null) {
                        markLost(sale, gone);
                    }
                } else {
                    messages.answer(ticket, Notice.problem(e.getMessage()));
                }
            }

            @Override
            public void failed(Exception e) {
                messages.answer(ticket, Notice.problem(noAnswer));
            }
        };
    }
}
