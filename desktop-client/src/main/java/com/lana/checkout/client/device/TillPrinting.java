package com.lana.checkout.client.device;

import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.client.refund.PendingRefund;
import com.lana.checkout.client.refund.RefundSender;
import com.lana.checkout.client.sale.Notice;
import com.lana.checkout.client.sale.Till;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The till's receipt printer and cash drawer: once the server has recorded a sale or a refund, prints
 * its receipt (when the {@link PrintChoice} says so) and kicks the drawer when cash changed hands —
 * never for a sale paid by card only. Printing runs on the {@link ReceiptPrinter}'s thread; a printer
 * that fails leaves the sale as recorded, keeps its receipt and says <i>Printer not answering —
 * receipt S-000042 kept</i>; {@link #reprint()} prints it again. Use on the UI thread.
 */
public final class TillPrinting {

    /**
     * Asks the clerk whether to print a receipt, when the choice is {@link PrintWhen#ASK}: later, on the
     * UI thread, then runs {@code print} or {@code skip}.
     */
    public interface Question {
        void ask(String receipt, Runnable print, Runnable skip);
    }

    /** A receipt's number and text. */
    private record Kept(String number, String text) {
    }

    private final Till model;
    private final ReceiptPrinter printer;
    private final Executor ui;
    private final PrintChoice choice;
    private Question question = (receipt, print, skip) -> print.run();
    private Consumer<String> status = text -> { };
    private Sale seen;
    private Kept kept;
    private Kept lastPrintable;
    /** The printer failed the last job sent, and has not taken one since. */
    private boolean failing;
    /** The sale or refund whose cash the drawer did not open for: a reprint of its receipt opens it. */
    private Kept drawerOwed;

    /** @param ui where printer outcomes are told, the till's UI thread */
    public TillPrinting(Till model, ReceiptPrinter printer, Executor ui, PrintChoice choice) {
        this.model = Objects.requireNonNull(model, "model");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.choice = Objects.requireNonNull(choice, "choice");
    }

    /** Prints for {@code model}'s sales and refunds from now on. */
    public static TillPrinting attach(Till model, ReceiptPrinter printer, Executor ui, PrintChoice choice) {
        TillPrinting printing = new TillPrinting(model, printer, ui, choice);
        printing.seen = model.lastSale();
        model.addListener(printing::tillChanged);
        model.records().refunds().listen(new RefundSender.Outcome() {
            @Override
            public void recorded(PendingRefund sent, Refund refund) {
                printing.refunded(refund);
            }
        });
        return printing;
    }

    public void question(Question asked) {
        question = Objects.requireNonNull(asked, "asked");
    }

    /**
     * {@code shown} is told, now and on every change, what the printer left undone, to be shown
     * until it is done ({@code Printer not answering — receipt S-000042 kept}); empty when nothing is.
     */
    public void status(Consumer<String> shown) {
        status = Objects.requireNonNull(shown, "shown");
        status.accept(statusText());
    }

    public PrintWhen when() {
        return choice.get();
    }

    public void when(PrintWhen when) {
        choice.set(when);
    }

    /** The receipt a failed printer left, by number; empty when none is waiting. */
    public Optional<String> kept() {
        return Optional.ofNullable(kept).map(Kept::number);
    }

    /** Whether {@link #reprint()} would finish what the printer left undone: a kept receipt, a drawer not opened. */
    public boolean reprintHelps() {
        return kept != null || drawerOwed != null;
    }

    /** The reprint key: the kept receipt again, else the last one of this till, else says there is none. */
    public void reprint() {
        Kept again = kept != null ? kept : lastPrintable;
        if (again == null) {
            model.showProblem("No receipt to print: no sale or refund completed at this till yet");
            return;
        }
        print(again, again == drawerOwed, true);
    }

    /** The drawer opened without a sale, which the server has recorded: the pulse alone. */
    public void drawerOpened() {
        kick(null);
    }

    /** @param owedBy the sale or refund whose cash waits for the drawer, whose reprint opens it if this fails; or null */
    private void kick(Kept owedBy) {
        printer.send(EscPosJob.drawerKick()).whenComplete((done, failure) -> ui.execute(() -> {
            failing = failure != null;
            if (failure == null) {
                drawerOwed = null;
            } else {
                if (owedBy != null) {
                    drawerOwed = owedBy;
                }
                model.show(Notice.warning("Printer not answering — the drawer did not open"));
            }
            status.accept(statusText());
        }));
    }

    /** An X or Z report the server made: printed, as the screen shows it, when the choice says so. */
    public void reportMade(ShiftReport report) {
        completed(new Kept(report.isZ() ? report.z().toString() : "X report", report.toString()), false);
    }

    private void tillChanged() {
        Sale last = model.lastSale();
        if (last == null || last == seen || seen != null && seen.number().equals(last.number())) {
            return;
        }
        seen = last;
        completed(new Kept(last.number().toString(), last.toString()), opensTheDrawer(last));
    }

    /** Whether cash changed hands in {@code sale}, so that the drawer opens: never for a sale paid by card only. */
    static boolean opensTheDrawer(Sale sale) {
        return sale.payments().stream().anyMatch(payment -> payment.kind() == Payment.Kind.CASH);
    }

    private void refunded(Refund refund) {
        completed(new Kept(refund.number().toString(), refund.toString()), !refund.cash().isZero());
    }

    /** A sale or refund just recorded: printed as the choice says; the drawer opens for cash either way. */
    private void completed(Kept receipt, boolean cash) {
        lastPrintable = receipt;
        Runnable skip = cash ? () -> kick(receipt) : () -> { };
        switch (choice.get()) {
            case EVERY_SALE -> print(receipt, cash, false);
            case ASK -> question.ask(receipt.number(), () -> print(receipt, cash, false), skip);
            case ON_REQUEST -> skip.run();
        }
    }

    /**
     * @param kick whether the job opens the drawer too
     * @param announce whether to say so when it printed (the clerk asked for it)
     */
    private void print(Kept receipt, boolean kick, boolean announce) {
        printer.send(EscPosJob.receipt("receipt " + receipt.number(), receipt.text(), kick))
                .whenComplete((done, failure) -> ui.execute(() -> {
                    failing = failure != null;
                    if (failure == null) {
                        if (kept == receipt) {
                            kept = null;
                        }
                        if (kick) {
                            drawerOwed = null;
                        }
                        if (announce) {
                            model.show(Notice.info("Printed " + receipt.number()));
                        }
                    } else {
                        kept = receipt;
                        if (kick) {
                            drawerOwed = receipt;
                        }
                        model.show(Notice.warning("Printer not answering — receipt " + receipt.number() + " kept"));
                    }
                    status.accept(statusText());
                }));
    }

    /** What the printer left undone, for the status bar; empty when nothing is. */
    private String statusText() {
        List<String> parts = new ArrayList<>();
        if (kept != null) {
            parts.add(failing ? "Printer not answering — receipt " + kept.number() + " kept"
                    : "Receipt " + kept.number() + " not printed");
        } else if (failing) {
            parts.add("Printer not answering");
        }
        if (drawerOwed != null) {
            parts.add(drawerOwed == kept ? "drawer not opened" : "drawer not opened for " + drawerOwed.number());
        }
        return String.join(", ", parts);
    }
}
