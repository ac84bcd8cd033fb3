package com.lana.checkout.client.ui.clerks;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.client.clerks.ShiftCalls;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.sale.Notice;
import com.lana.checkout.client.sale.Till;

import java.awt.Window;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the Shift menu does, each a dialog then a call: open the shift with the float counted, cash in
 * and out with a reason, open the drawer without a sale with a reason, the X report, and the close —
 * a blind count first, then the Z report with what was expected, counted and the difference. Answers
 * and refusals show under the scan field as any other. Use on the EDT.
 */
final class ShiftActions {

    private final Window owner;
    private final Till model;
    private final ShiftCalls shifts;
    private final Runnable refocus;
    private Runnable drawerOpened = () -> { };
    private Consumer<ShiftReport> reportMade = report -> { };

    /** @param refocus gives the window the keyboard back after each dialog */
    ShiftActions(Window owner, Till model, ShiftCalls shifts, Runnable refocus) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.model = Objects.requireNonNull(model, "model");
        this.shifts = Objects.requireNonNull(shifts, "shifts");
        this.refocus = Objects.requireNonNull(refocus, "refocus");
    }

    void openShift() {
        ask(new AmountDialog(owner, "Open the shift", "Count the cash in the drawer: the float the shift opens with.",
                false)).ifPresent(counted -> shifts.open(counted.amount(), reply(
                        (Shift shift) -> model.show(Notice.info("Shift " + shift.number() + " open with "
                                + shift.openingFloat() + " in the drawer")))));
    }

    void cashIn() {
        ask(new AmountDialog(owner, "Cash in", "Cash put into the drawer, not for a sale (change from the safe, say).",
                true)).ifPresent(typed -> shifts.cashIn(typed.amount(), typed.reason(), reply(this::moved)));
    }

    void cashOut() {
        ask(new AmountDialog(owner, "Cash out", "Cash taken out of the drawer, not for a sale (a supplier paid, say).",
                true)).ifPresent(typed -> shifts.cashOut(typed.amount(), typed.reason(), reply(this::moved)));
    }

    /** What opens the drawer once the server has recorded it opened without a sale: the printer's kick. */
    void drawerOpened(Runnable kick) {
        drawerOpened = Objects.requireNonNull(kick, "kick");
    }

    /** What else is done with each X or Z report the server made, besides showing it: printing it. */
    void reportMade(Consumer<ShiftReport> made) {
        reportMade = Objects.requireNonNull(made, "made");
    }

    /**
     * Records the drawer opened without a sale, with the reason; the server writes it to the audit
     * trail, and once it has, the drawer opens.
     */
    void openDrawer() {
        ReasonDialog dialog = new ReasonDialog(owner, "Open drawer", "Why open the drawer without a sale?");
        Optional<String> reason = dialog.ask();
        refocus.run();
        reason.ifPresent(why -> shifts.openDrawer(why, reply(nothing -> {
            model.show(Notice.info("Drawer opened: " + why));
            drawerOpened.run();
        })));
    }

    void xReport() {
        shifts.xReport(reply(report -> {
            reportMade.accept(report);
            show(new ReportDialog(owner, report));
        }));
    }

    /** The blind count: the clerk types what the drawer holds before the till says what it expected. */
    void closeShift() {
        ask(new AmountDialog(owner, "Close the shift", "Count all the cash in the drawer and type it: the Z report "
                + "then says what was expected.", false)).ifPresent(counted -> shifts.close(counted.amount(), reply((ShiftReport z) -> {
                    model.show(Notice.info(z.z() + ": shift " + z.shift().number() + " closed, "
                            + (z.difference().isZero() ? "even" : (z.difference().isNegative() ? "short " : "over ")
                            + (z.difference().isNegative() ? z.difference().negate() : z.difference()))));
                    reportMade.accept(z);
                    show(new ReportDialog(owner, z));
                })));
    }

    private Optional<AmountDialog.Answer> ask(AmountDialog dialog) {
        Optional<AmountDialog.Answer> answer = dialog.ask();
        refocus.run();
        return answer;
    }

    private void show(ReportDialog report) {
        report.show();
        refocus.run();
    }

    private void moved(CashMovement movement) {
        model.show(Notice.info("Cash " + (movement.kind() == CashMovement.Kind.IN ? "in " : "out ") + movement.amount()
                + ": " + movement.reason()));
    }

    private <T> ServerLink.Reply<T> reply(Consumer<T> answered) {
        return new ServerLink.Reply<>() {
            @Override
            public void answered(T result) {
                answered.accept(result);
            }

            @Override
            public void refused(CheckoutException e) {
                model.showProblem(e.getMessage());
            }

            @Override
            public void failed(Exception e) {
                model.showProblem("No answer from the server: nothing was recorded; try again once it answers");
            }
        };
    }
}
