package com.lana.checkout.client.sale;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Product;
import com.lana.checkout.client.link.ServerLink;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One product search the clerk types: each query goes to the server's {@code findProducts} through
 * the link's call queue, off the UI thread, one on the wire at a time. Queries typed while one is out
 * wait, and only the latest is sent when it answers; an answer for a query the clerk has changed
 * since is dropped, so the results shown are always those of what the field says, or say they are
 * coming. Search needs the server: without it the results say so (scanning works on without it).
 * Products found join the till's known products. Use on the UI thread.
 */
public final class ProductFinder {

    /** Where a search stands. */
    public enum Status {
        /** Nothing typed. */
        EMPTY,
        /** The query is on its way; the products are the previous query's, still shown. */
        SEARCHING,
        /** The products are the query's, best first. */
        FOUND,
        /** No product matches the query. */
        NONE,
        /** The server did not answer, or refused the query: the message says so. */
        FAILED
    }

    /**
     * What the search shows now. Immutable.
     *
     * @param query what the clerk typed, trimmed
     * @param products the products found for {@code query}, best first; while searching, the previous query's
     * @param message what the search says about it, for the clerk
     */
    public record Results(String query, Status status, List<Product> products, String message) {

        public Results {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(status, "status");
            products = List.copyOf(products);
            Objects.requireNonNull(message, "message");
        }

        /** Whether these are the products of {@code text} as the clerk typed it (the server answered it). */
        public boolean answer(String text) {
            return (status == Status.FOUND || status == Status.NONE) && query.equals(text.strip());
        }
    }

    static final String HINT = "Type a word of the name, a code or a barcode";

    private final ServerLink link;
    private final KnownProducts known;
    private final Consumer<Results> shown;
    private Results results = new Results("", Status.EMPTY, List.of(), HINT);
    private boolean onTheWire;
    private boolean closed;

    /** @param shown told each new {@link Results}, on the UI thread */
    ProductFinder(ServerLink link, KnownProducts known, Consumer<Results> shown) {
        this.link = Objects.requireNonNull(link, "link");
        this.known = Objects.requireNonNull(known, "known");
        this.shown = Objects.requireNonNull(shown, "shown");
    }

    public Results results() {
        return results;
    }

    /** Searches for {@code text}: sent now, or as soon as the search on the wire answers. */
    public void search(String text) {
        String query = text.strip();
        if (closed || query.equals(results.query()) && results.status() != Status.FAILED) {
            return;   // asked already: its answer is shown or on its way
        }
        if (query.isEmpty()) {
            show(new Results("", Status.EMPTY, List.of(), HINT));
        } else if (link.state() != ServerLink.State.CONNECTED) {
            show(failure(query, link.state() == ServerLink.State.CONNECTING
                    ? "Search needs the checkout server: still connecting to it"
                    : unreachable()));
        } else {
            show(new Results(query, Status.SEARCHING, results.products(), "Searching for '" + query + "'…"));
            if (!onTheWire) {
                send(query);
            }
        }
    }

    /** The search is over (its window closed): answers still on their way are dropped. */
    public void close() {
        closed = true;
    }

    private void send(String query) {
        onTheWire = true;
        link.call(true, service -> service.findProducts(query), new ServerLink.Reply<>() {
            @Override
            public void answered(List<Product> found) {
                if (stillAsked(query)) {
                    known.learn(found);
                    show(new Results(query, found.isEmpty() ? Status.NONE : Status.FOUND, found, found.isEmpty()
                            ? "No product matches '" + query + "'" : count(found)));
                }
            }

            @Override
            public void refused(CheckoutException e) {
                if (stillAsked(query)) {
                    show(failure(query, e.getMessage()));
                }
            }

            @Override
            public void failed(Exception e) {
                if (stillAsked(query)) {
                    show(failure(query, unreachable()));
                }
            }
        });
    }

    /**
     * An answer for {@code query} came: true when it is still what the clerk asks; otherwise the
     * latest query, if one waits, goes on the wire instead.
     */
    private boolean stillAsked(String query) {
        onTheWire = false;
        if (closed) {
            return false;
        }
        if (query.equals(results.query())) {
            return true;
        }
        if (results.status() == Status.SEARCHING) {
            send(results.query());
        }
        return false;
    }

    private void show(Results newResults) {
        results = newResults;
        shown.accept(newResults);
    }

    private static Results failure(String query, String message) {
        return new Results(query, Status.FAILED, List.of(), message);
    }

    private String unreachable() {
        return "Search needs the checkout server, and " + link.address() + " does not answer now: "
                + "scan or type the code instead";
    }

    private static String count(List<Product> found) {
        return found.size() == 1 ? "1 product" : found.size() + " products"
                + (found.size() == CheckoutService.MAX_SEARCH_RESULTS ? " (the best " + found.size()
                + "; type more to narrow them)" : "");
    }
}
