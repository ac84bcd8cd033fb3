package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.MisreadBarcodeException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.UnknownProductException;
import com.lana.checkout.api.staff.SignInRequiredException;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Tells the clerk what became of scans: each confirmation speaks for the scan that caused it (and
 * only while no later action has spoken), refusals and held scans always show. Use on the UI thread.
 */
final class ScanMessages implements ScanSender.Outcomes {

    private final ClerkMessages messages;
    private final KnownProducts known;
    private final String address;
    private final BasketCalls.LostSales lostSales;
    private final Map<OperationId, ClerkMessages.Ticket> tickets = new HashMap<>();
    private PendingScan refused;
    private ClerkMessages.Ticket refusedAs;

    ScanMessages(ClerkMessages messages, KnownProducts known, String address, BasketCalls.LostSales lostSales) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.known = Objects.requireNonNull(known, "known");
        this.address = Objects.requireNonNull(address, "address");
        this.lostSales = Objects.requireNonNull(lostSales, "lostSales");
    }

    /** A scan the clerk made as the action {@code ticket}. */
    void scanned(PendingScan scan, ClerkMessages.Ticket ticket) {
        tickets.put(scan.operation(), ticket);
    }

    @Override
    public void added(OpenSale sale, PendingScan scan, Receipt receipt) {
        ClerkMessages.Ticket ticket = tickets.remove(scan.operation());
        if (ticket != null) {
            messages.answer(ticket, Notice.info("Added " + scan.quantity() + " × " + known.nameOf(scan.code(), receipt)));
        }
    }

    @Override
    public void recreated(OpenSale sale) {
        long units = sale.receipt().units();
        messages.news(Notice.info("Sale " + sale.name() + " is on the server again with "
                + (units == 1 ? "its item" : "all its " + units + " items") + ", each once"));
    }

    @Override
    public void refused(OpenSale sale, PendingScan scan, CheckoutException e) {
        ClerkMessages.Ticket ticket = tickets.remove(scan.operation());
        if (ticket != null) {
            refused = scan;
            refusedAs = ticket;
        }
        messages.news(Notice.problem(refusal(e)));
    }

    /**
     * The scan the server refused last, while it is still the clerk's latest action (nothing scanned
     * or done since): the scan field offers it again, to be corrected. Null otherwise.
     */
    PendingScan toCorrect() {
        return refusedAs != null && messages.isLatest(refusedAs) ? refused : null;
    }

    /**
     * What the clerk reads of a refused scan: a misread barcode as the server says it, a code no
     * product has as "Unknown product", anything else (a product off sale, a limit) as the server says it.
     */
    private static String refusal(CheckoutException e) {
        if (e instanceof MisreadBarcodeException) {
            return e.getMessage();
        }
        if (e instanceof UnknownProductException unknown && !unknown.isOffSale()) {
            return "Unknown product '" + unknown.productCode() + "': check the code and scan again";
        }
        return "Not added: " + e.getMessage();
    }

    @Override
    public void lost(OpenSale sale, BasketNotFoundException e) {
        lostSales.lost(sale, e);
    }

    @Override
    public void held(OpenSale sale, PendingScan scan, Exception e) {
        int kept = sale.pending().size();
        String scans = kept + (kept == 1 ? " scan" : " scans") + " kept on screen, ";
        messages.news(Notice.problem(e instanceof SignInRequiredException ? "No clerk signed in: " + scans
                + "sent once a clerk signs in" : "No answer from the checkout server at " + address + ": " + scans
                + "sent again once it answers"));
    }
}
