package com.lana.checkout.client.ui;

import com.lana.checkout.api.Money;
import com.lana.checkout.client.sale.Notice;
import com.lana.checkout.client.sale.OpenSale;
import com.lana.checkout.client.sale.PaymentDraft;
import com.lana.checkout.client.sale.ScanInput;
import com.lana.checkout.client.sale.Till;
import com.lana.checkout.client.ui.parts.GuardedQuestion;

import javax.swing.JFrame;
import javax.swing.JOptionPane;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The questions the till asks before what cannot be undone: a large line, cancelling a sale, quitting
 * with open sales or refunds on their way; and which basket F6 opens. Each is a {@link GuardedQuestion}, which Enter answers "no", so a scanner's Enter
 * confirms none; what was typed while it was open goes back to the scan field. Use on the EDT.
 */
final class TillQuestions {

    private final JFrame frame;
    private final Till model;
    private final Runnable refocus;
    private final Consumer<String> typeAhead;

    /**
     * @param refocus gives the scan field the keyboard back after a question
     * @param typeAhead takes what was typed while a question was open, as if typed in the scan field
     */
    TillQuestions(JFrame frame, Till model, Runnable refocus, Consumer<String> typeAhead) {
        this.frame = Objects.requireNonNull(frame, "frame");
        this.model = Objects.requireNonNull(model, "model");
        this.refocus = Objects.requireNonNull(refocus, "refocus");
        this.typeAhead = Objects.requireNonNull(typeAhead, "typeAhead");
    }

    /** Adds, after asking once when the line becomes large (a typo such as 1000*TSHIRT). */
    void add(String code, int quantity) {
        Optional<String> question = model.largeLineQuestion(new ScanInput(quantity, code));
        if (question.isEmpty()) {
            model.add(code, quantity);
            return;
        }
        GuardedQuestion.Answer answer = GuardedQuestion.ask(frame, "Large line", question.get(),
                TillWindow.LARGE_YES, "Don't add");
        refocus.run();
        if (answer.yes()) {
            model.addLargeLine(code, quantity);
        } else {
            model.show(Notice.info("Not added: " + quantity + " × " + code));
        }
        typeAhead.accept(answer.typedAhead());
    }

    /** F6: asks for the code (or the full id) of a basket another till shows, and shows that sale. */
    void openBasket() {
        String id = JOptionPane.showInputDialog(frame, "The sale's code, as the other till shows it (e.g. 0XV-0KJ),"
                + "\nor its basket's full id (26 letters and digits):", "Open basket", JOptionPane.QUESTION_MESSAGE);
        if (id != null) {
            model.open(id);
        }
        refocus.run();
    }

    /** F7: cancels the sale after asking, saying what to give back of the payments taken for it. */
    void cancelSale() {
        OpenSale sale = model.current();
        if (!sale.isEmpty()) {
            String giveBack = sale.taken() == null ? "" : "\n" + sale.taken().toGiveBack() + " (taken for this sale).";
            GuardedQuestion.Answer answer = GuardedQuestion.ask(frame, "Cancel sale",
                    "Cancel " + sale + "?\nIts items are removed and cannot be brought back." + giveBack,
                    TillWindow.CANCEL_YES, TillWindow.CANCEL_NO);
            refocus.run();
            if (!answer.yes()) {
                model.show(Notice.info("Sale " + sale.name() + " kept"));
                typeAhead.accept(answer.typedAhead());
                return;
            }
        }
        model.cancel();
    }

    /**
     * Whether to quit: asks while sales are open, which are then kept for next time, or refunds are
     * on their way, which are not; true without either.
     */
    boolean quit() {
        int open = model.openSales();
        int refunds = model.records().refunds().pending().size();
        if (open == 0 && refunds == 0) {
            return true;
        }
        String sales = open == 0 ? "Quit?" : "Quit with " + open + (open == 1 ? " open sale" : " open sales") + "?\n"
                + "Sales on the server are listed again when the client starts;"
                + " scans not confirmed yet are lost."
                + (model.pendingPayments() > 0 ? "\nA payment the server has not confirmed yet is not sent"
                        + " again: its sale stays unpaid." : "") + takenNotKept();
        GuardedQuestion.Answer answer = GuardedQuestion.ask(frame, "Quit", sales + refundsNotSent(refunds),
                TillWindow.QUIT_YES, "Keep working");
        refocus.run();
        if (!answer.yes()) {
            typeAhead.accept(answer.typedAhead());
            return false;
        }
        model.keepForNextSession();
        return true;
    }

    /** Refunds on their way are not sent again by the next session: the quit question says so. */
    private static String refundsNotSent(int refunds) {
        if (refunds == 0) {
            return "";
        }
        return "\n" + (refunds == 1 ? "A refund the server has not confirmed yet is" : refunds
                + " refunds the server has not confirmed yet are") + " not sent again: pay nothing back before"
                + " the journal (F10) shows " + (refunds == 1 ? "it" : "them") + ", after a restart.";
    }

    /** Payments taken in open sales are not kept for the next session: the quit question says what to give back. */
    private String takenNotKept() {
        List<OpenSale> open = new ArrayList<>(model.parked());
        open.add(model.current());
        return open.stream().map(OpenSale::taken).filter(Objects::nonNull).map(PaymentDraft::paid)
                .reduce(Money::plus)
                .map(taken -> "\nPayments taken and not recorded (" + taken + ") are not kept: give them back first.")
                .orElse("");
    }
}
