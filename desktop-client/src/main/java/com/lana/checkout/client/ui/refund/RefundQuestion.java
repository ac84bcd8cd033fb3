package com.lana.checkout.client.ui.refund;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.RefundQuote;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.refund.RefundDraft;
import com.lana.checkout.client.refund.RefundSender;
import com.lana.checkout.client.sale.Notice;
import com.lana.checkout.client.ui.parts.GuardedQuestion;

import java.awt.Component;
import java.awt.Toolkit;

/**
 * The question before a refund is sent: first the server is asked what the draft pays back and how
 * (its quote: nothing is recorded, and the client never prices), then the clerk, shown the amount,
 * answers "Refund these items?" with "no" as the default. Use on the EDT.
 */
final class RefundQuestion {

    /** What the question came to; told on the EDT. */
    interface Answer {
        /** The server answered with {@code quote}; the clerk is being asked now. */
        void quoted(RefundQuote quote);

        /** The clerk saw the amount and said yes: send the refund. */
        void yes();

        /** Nothing is to be sent: the clerk said no, the server refused, or it did not answer; {@code why} says which. */
        void no(Notice why);
    }

    private RefundQuestion() {
    }

    static void ask(Component owner, RefundSender sender, RefundDraft draft, Answer answer) {
        sender.quote(draft, new ServerLink.Reply<>() {
            @Override
            public void answered(RefundQuote quote) {
                if (!owner.isDisplayable()) {
                    answer.no(Notice.info("The refund window was closed: nothing was refunded"));
                    return;
                }
                answer.quoted(quote);
                GuardedQuestion.Answer clerk = GuardedQuestion.ask(owner, "Refund", draft.question(quote),
                        RefundDialog.YES, RefundDialog.NO);
                if (clerk.yes()) {
                    answer.yes();
                } else {
                    answer.no(Notice.info("Nothing refunded yet: change the quantities, or press Enter to refund"));
                }
            }

            @Override
            public void refused(CheckoutException e) {
                Toolkit.getDefaultToolkit().beep();
                answer.no(Notice.problem(e.getMessage() + ". Nothing was refunded"));
            }

            @Override
            public void failed(Exception e) {
                answer.no(Notice.problem("No answer from the server, so what the refund pays back is not known:"
                        + " nothing was refunded. Enter asks again"));
            }
        });
    }
}
