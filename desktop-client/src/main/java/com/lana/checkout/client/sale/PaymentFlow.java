package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What taking payment for one sale is doing, without Swing: cash typed or picked, a card charged on
 * the terminal and approved or declined there, every payment shown before the sale is recorded, and
 * what the server made of it. Money typed is never dropped: Enter and F4 take the cash typed first,
 * a quick amount is refused while cash is typed, and a large amount is asked about once. The
 * payments taken stay with the {@link OpenSale} (parked, or the dialog closed) until it is recorded or
 * the clerk is told to give them back. The payment dialog draws it after every change. Use on
 * the UI thread.
 */
public final class PaymentFlow implements PaymentSender.Outcome {

    public enum Step {
        /** Taking payments: cash typed or picked, F4 for a card. */
        TAKING,
        /** A card is being charged on the terminal: waiting for the clerk's approved (Enter) or declined (Esc). */
        CARD,
        /** The payments cover the total: every one is shown, and Enter records the sale. */
        CONFIRMING,
        /** Sent to the server: waiting for its answer. */
        SENDING,
        /** The server recorded the sale. */
        DONE,
        /** The sale was paid or removed elsewhere: nothing can be charged here; what was taken goes back. */
        GONE
    }

    /** Completes a sale with the payments of a settled draft; {@link Till#pay} does. */
    public interface Payer {
        void pay(OpenSale sale, PaymentDraft draft, PaymentSender.Outcome outcome);
    }

    private final OpenSale sale;
    private final Payer payer;
    private final Runnable changed;
    private PaymentDraft draft;
    private Step step = Step.TAKING;
    private Notice notice;
    /** The large cash amount the clerk was asked about: typed again, it is taken. */
    private Money askedAbout;
    /** The total the clerk saw first: the confirmation says so when the basket changed since. */
    private final Money firstShown;
    /** Payments the confirmation names one by one; more are counted (the list above shows them all). */
    private static final int NAMED_PAYMENTS = 3;

    /**
     * Starts with the payments the sale kept from an earlier visit, against its total now.
     *
     * @param changed runs after an answer from the server or a change of the sale changed what shows
     */
    public PaymentFlow(OpenSale sale, Payer payer, Runnable changed) {
        this.sale = Objects.requireNonNull(sale, "sale");
        this.payer = Objects.requireNonNull(payer, "payer");
        this.changed = Objects.requireNonNull(changed, "changed");
        Money total = sale.receipt().total();
        PaymentDraft kept = sale.taken();
        draft = kept == null ? PaymentDraft.of(total) : kept.withTotal(total);
        firstShown = kept == null ? total : kept.total();
        notice = Notice.info(total + " to pay: type the cash handed over, or F4 for a card");
        next(null);
        if (kept != null && !kept.total().equals(total)) {
            notice = totalChangedNotice(kept.total(), total);
        }
    }

    public OpenSale sale() {
        return sale;
    }

    public Step step() {
        return step;
    }

    public PaymentDraft draft() {
        return draft;
    }

    /** What the clerk is told now. */
    public Notice notice() {
        return notice;
    }

    // ---------------------------------------------------------------- the clerk

    /**
     * Enter: takes the cash typed (or asks about a large amount once); approves the card on the
     * terminal; records the sale once every payment was shown.
     *
     * @return true when the cash typed was taken, so the field is emptied; false: it stays to be corrected
     */
    public boolean enter(String typed, String reference) {
        switch (step) {
            case TAKING -> {
                if (typed.isBlank() && !draft.isSettled()) {
                    problem("Type the cash handed over, pick an amount (Ctrl+1…5) or press F4 for a card: "
                            + draft.due() + " is due");
                    return true;
                }
                if (!takeCash(typed)) {
                    return false;
                }
                next("");
            }
            case CARD -> approveCard(reference);
            case CONFIRMING -> send();
            default -> {
            }
        }
        return true;
    }

    /**
     * F4: takes the cash typed first, then asks the clerk to charge what is still due on the card terminal.
     *
     * @return true when the cash typed was taken (or none was typed)
     */
    public boolean card(String typed) {
        if (step != Step.TAKING) {
            return true;
        }
        if (!takeCash(typed)) {
            return false;
        }
        if (draft.due().isZero()) {
            next("");
            return true;
        }
        step = Step.CARD;
        notice = Notice.info("Charge " + draft.due() + " on the card terminal. When it says approved, press Enter"
                + " (Alt+R: type its reference first); declined: Esc");
        return true;
    }

    /** Ctrl+1…5: that quick amount handed over in cash; refused while cash is typed, which would be dropped. */
    public void quickAmount(int index, String typed) {
        List<Money> amounts = draft.quickAmounts();
        if (step != Step.TAKING || index >= amounts.size()) {
            return;
        }
        if (!typed.isBlank()) {
            problem("'" + typed.strip() + "' is typed in the cash field: Enter takes it; delete it to pick a quick"
                    + " amount instead");
            return;
        }
        if (take(amounts.get(index))) {
            next("");
        }
    }

    /** F8: takes back the last payment taken (the customer gets that cash back, or the card charge is voided). */
    public void removeLast() {
        if ((step == Step.TAKING || step == Step.CONFIRMING) && !draft.payments().isEmpty()) {
            Payment last = draft.payments().get(draft.payments().size() - 1);
            keep(draft.withoutLast());
            step = Step.TAKING;
            notice = Notice.info("Took back " + last + ": " + draft.due() + " is due");
        }
    }

    /**
     * Esc: a card being charged was declined; otherwise the dialog closes (payments taken stay with the sale).
     *
     * @return true when the dialog is to close
     */
    public boolean escape() {
        if (step == Step.CARD) {
            step = Step.TAKING;
            problem("Card declined: nothing was charged. " + draft.due() + " is due: another card (F4) or cash");
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- the server and the other terminals

    @Override
    public void completed(OpenSale paid, Sale recorded) {
        if (paid == sale) {
            step = Step.DONE;
            sale.keepTaken(null);
            changed.run();
        }
    }

    @Override
    public void totalChanged(OpenSale paid, Money expected, Receipt current) {
        if (paid == sale) {
            newTotal(expected, current.total());
            changed.run();
        }
    }

    @Override
    public void refused(OpenSale paid, String why) {
        if (paid == sale) {
            if (sale.isGone()) {
                gone();
            } else {
                step = Step.TAKING;
                notice = Notice.problem(why);
            }
            changed.run();
        }
    }

    @Override
    public void gone(OpenSale paid, BasketNotFoundException e) {
        refused(paid, e.getMessage());
    }

    @Override
    public void held(OpenSale paid, String why) {
        if (paid == sale) {
            notice = Notice.warning(why + ". Esc goes back to the sale; it completes by itself.");
            changed.run();
        }
    }

    /** The sales changed (a poll, another terminal): a sale gone or a new total shows at once. */
    public void salesChanged() {
        if (step == Step.DONE || step == Step.GONE || step == Step.SENDING) {
            return;
        }
        if (sale.isGone()) {
            gone();
            changed.run();
        } else if (sale.receipt() != null && !sale.receipt().total().equals(draft.total())) {
            newTotal(draft.total(), sale.receipt().total());
            changed.run();
        }
    }

    // ---------------------------------------------------------------- what shows

    /** The caption of the second figure: what is still due, or what to charge on the card. */
    public String dueCaption() {
        return step == Step.CARD ? "Charge on the card" : "Still due";
    }

    /** The caption of the third figure: the change due, or what to give back once the sale is gone. */
    public String changeCaption() {
        return step == Step.GONE ? "To give back" : "Change due";
    }

    /** The third figure: the change the cash typed would give, the change of the payments, or the cash to give back. */
    public Money change(String typed) {
        if (step == Step.GONE) {
            return draft.cash();
        }
        if (step == Step.TAKING && !typed.isBlank() && !draft.due().isZero()) {
            try {
                return draft.changeFor(amount(typed));
            } catch (IllegalArgumentException e) {
                // not an amount (yet): the change of the payments taken
            }
        }
        return draft.change();
    }

    /** What the keys do now, for the line above the buttons. */
    public String keys() {
        return switch (step) {
            case TAKING -> "Enter takes the cash typed · Ctrl+1…5 a quick amount · F4 card · Alt+R card reference"
                    + " · F8 takes back the last payment · Esc back to the sale (payments are kept)";
            case CARD -> "Enter: the terminal approved · Esc: declined, nothing is charged · Alt+R: type its reference";
            case CONFIRMING -> "Enter records the sale with these payments · F8 takes back the last payment"
                    + " · Esc back to the sale (payments are kept)";
            case SENDING -> "Esc back to the sale: the payment completes when the server answers";
            case DONE, GONE -> "Enter or Esc closes";
        };
    }

    // ---------------------------------------------------------------- inside

    /** Takes the cash typed, if any; false, after saying why, when it is not taken (yet). */
    private boolean takeCash(String typed) {
        if (typed.isBlank()) {
            return true;
        }
        Money amount;
        try {
            amount = amount(typed);
        } catch (IllegalArgumentException e) {
            problem("'" + typed.strip() + "' is not an amount of cash: type it like 50 or 12.50");
            return false;
        }
        return take(amount);
    }

    private boolean take(Money amount) {
        if (draft.isLargeTender(amount) && !amount.equals(askedAbout)) {
            askedAbout = amount;
            notice = Notice.warning("Take " + amount + " in cash for " + draft.due() + " due? The change would be "
                    + draft.changeFor(amount) + ". Enter takes it; otherwise correct the amount");
            return false;
        }
        try {
            keep(draft.withCash(amount));
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return false;
        }
        askedAbout = null;
        return true;
    }

    private void approveCard(String reference) {
        Money charged = draft.due();
        try {
            keep(draft.withCard(reference));
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return;
        }
        step = Step.TAKING;
        next("Card " + charged + " approved. ");
    }

    /**
     * After a payment: the sale is shown for confirmation once the payments cover it; else what is still due.
     *
     * @param done what just happened, said before what is due; null: nothing to say unless the payments cover the total
     */
    private void next(String done) {
        if (draft.isSettled()) {
            step = Step.CONFIRMING;
            List<Payment> payments = draft.payments();
            String named = payments.size() > NAMED_PAYMENTS ? payments.size() + " payments (listed above)"
                    : payments.stream().map(Payment::toString).collect(Collectors.joining(" + "));
            String changed = draft.total().equals(firstShown) ? ""
                    : "The total changed from " + firstShown + " to " + draft.total() + " at another terminal. ";
            notice = Notice.info(changed + "Record the sale: " + named + " for " + draft.total() + ", change "
                    + draft.change() + "? Enter records it; F8 takes back the last payment");
        } else if (done != null) {
            step = Step.TAKING;
            notice = Notice.info(done + draft.due() + " still due: take another payment");
        }
    }

    private void send() {
        step = Step.SENDING;
        notice = Notice.info("Recording the sale…");
        payer.pay(sale, draft, this);
    }

    private void newTotal(Money expected, Money total) {
        if (total.isZero() || total.isNegative()) {
            gone();
            notice = Notice.problem("The basket was emptied at another terminal: there is nothing to pay. " + giveBack());
            return;
        }
        keep(draft.withTotal(total));
        step = Step.TAKING;
        next(null);
        notice = totalChangedNotice(expected, total);
    }

    private static Notice totalChangedNotice(Money expected, Money total) {
        return Notice.warning("The total changed from " + expected + " to " + total + " (the basket was changed at"
                + " another terminal): show the customer the new total. Payments taken are kept.");
    }

    private void gone() {
        step = Step.GONE;
        sale.keepTaken(null);
        String what = sale.endedElsewhere() != null ? sale.endedElsewhere()
                : "is not on the server any more (cancelled at another terminal, or lost by the server)";
        notice = Notice.problem("Sale " + sale.name() + " " + what + ": nothing was charged here. " + giveBack());
    }

    private String giveBack() {
        String back = draft.toGiveBack();
        return back.isEmpty() ? "No payment was taken here." : back + ".";
    }

    private void keep(PaymentDraft next) {
        draft = next;
        sale.keepTaken(draft);
    }

    private void problem(String text) {
        notice = Notice.problem(text);
    }

    /** Reads what the clerk typed: {@code 50}, {@code 50.00}, {@code 50,00} or {@code 50.00€}. */
    private static Money amount(String typed) {
        return Money.parse(typed.strip().replace(',', '.'));
    }
}
