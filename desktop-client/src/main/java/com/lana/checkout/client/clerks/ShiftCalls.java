package com.lana.checkout.client.clerks;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.client.link.ApprovalCalls.ApprovableCall;
import com.lana.checkout.client.link.ServerLink;

import java.util.Objects;

/**
 * The till's shift, through the signed-in clerk's session: opening it with the counted float, cash
 * in and out, opening the drawer without a sale, the X report, and closing it with a blind count
 * into the Z report. Cash out, opening the drawer and a close too far off go again with a manager's
 * approval where the clerk needs one. Each answer comes
 * to the caller's reply; opening and closing also tell the {@link SignIns}. Use on the UI thread.
 */
public final class ShiftCalls {

    private final ServerLink link;
    private final SignIns signIns;

    public ShiftCalls(ServerLink link, SignIns signIns) {
        this.link = Objects.requireNonNull(link, "link");
        this.signIns = Objects.requireNonNull(signIns, "signIns");
    }

    /** Opens the till's next shift with {@code countedFloat} in the drawer. */
    public void open(Money countedFloat, ServerLink.Reply<Shift> reply) {
        link.call(false, service -> ApprovableCall.session(service).openShift(countedFloat),
                then(reply, signIns::shiftOpened));
    }

    /** Records cash put into the drawer. */
    public void cashIn(Money amount, String reason, ServerLink.Reply<CashMovement> reply) {
        link.call(false, service -> ApprovableCall.session(service).cashIn(amount, reason), reply);
    }

    /** Records cash taken out of the drawer, with a manager's approval where the clerk needs one. */
    public void cashOut(Money amount, String reason, ServerLink.Reply<CashMovement> reply) {
        link.callApproved((service, approval) -> ApprovableCall.session(service).cashOut(amount, reason, approval),
                reply);
    }

    /** Records the drawer opened without a sale, for {@code reason}, with a manager's approval where the clerk needs one. */
    public void openDrawer(String reason, ServerLink.Reply<Void> reply) {
        link.callApproved((service, approval) -> {
            ApprovableCall.session(service).openDrawer(reason, approval);
            return null;
        }, reply);
    }

    /** Reads the X report of the open shift. */
    public void xReport(ServerLink.Reply<ShiftReport> reply) {
        link.call(false, service -> ApprovableCall.session(service).xReport(), reply);
    }

    /** Closes the shift with the cash counted (blind) and answers its Z report. */
    public void close(Money counted, ServerLink.Reply<ShiftReport> reply) {
        link.callApproved((service, approval) -> ApprovableCall.session(service).closeShift(counted, approval),
                then(reply, signIns::shiftClosed));
    }

    /** {@code reply}, after which an answer also runs {@code after}. */
    private static <T> ServerLink.Reply<T> then(ServerLink.Reply<T> reply, Runnable after) {
        return new ServerLink.Reply<>() {
            @Override
            public void answered(T result) {
                after.run();
                reply.answered(result);
            }

            @Override
            public void refused(com.lana.checkout.api.CheckoutException e) {
                reply.refused(e);
            }

            @Override
            public void failed(Exception e) {
                reply.failed(e);
            }
        };
    }
}
