package com.lana.checkout.client.ui.journal;

import com.lana.checkout.api.Refund;
import com.lana.checkout.api.Sale;
import com.lana.checkout.client.refund.PendingRefund;
import com.lana.checkout.client.refund.RefundDraft;
import com.lana.checkout.client.refund.RefundSender;
import com.lana.checkout.client.sale.Notice;
import com.lana.checkout.client.ui.parts.ReceiptActions;
import com.lana.checkout.client.ui.refund.RefundDialog;

import javax.swing.JDialog;
import javax.swing.SwingUtilities;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The refunds made from the journal: a {@link RefundDialog} for a sale with something left to come
 * back, and what becomes of the refunds this till sent, said in the journal, which reads its day
 * again once one is recorded. The receipt of a refund whose dialog was closed while it was on its
 * way shows over the journal. Use on the EDT.
 */
final class JournalRefunds implements RefundSender.Outcome {

    private final JDialog journal;
    private final RefundSender sender;
    private final ReceiptActions receipts;
    private final Consumer<Notice> say;
    private final Consumer<Notice> reload;
    /** The refund dialog open now, or null. */
    private RefundDialog open;

    /**
     * @param say shows a message in the journal
     * @param reload reads the journal's day again, then shows the message
     */
    JournalRefunds(JDialog journal, RefundSender sender, ReceiptActions receipts, Consumer<Notice> say,
                   Consumer<Notice> reload) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.receipts = Objects.requireNonNull(receipts, "receipts");
        this.say = Objects.requireNonNull(say, "say");
        this.reload = Objects.requireNonNull(reload, "reload");
        sender.listen(this);
    }

    /** Refunds items of {@code sale} in a dialog, until it closes; says so instead when nothing is left to come back. */
    void open(Sale sale) {
        if (!RefundDraft.of(sale).anythingLeft()) {
            say.accept(Notice.problem("Nothing of sale " + sale.number() + " is left to refund: everything it sold"
                    + " came back already"));
            return;
        }
        say.accept(Notice.info("Refunding items of sale " + sale.number() + "…"));
        open = new RefundDialog(journal, sale, sender, receipts);
        try {
            open.setVisible(true);
        } finally {
            open = null;
        }
    }

    /** The journal closed: it hears of refunds no more (they are still sent). */
    void stop() {
        sender.stopListening(this);
    }

    @Override
    public void recorded(PendingRefund sent, Refund refund) {
        reload.accept(RefundDialog.outcome(refund));
        if (open == null || !open.awaits(sent)) {   // its dialog was closed: the receipt shows over the journal
            SwingUtilities.invokeLater(() -> {
                if (journal.isDisplayable()) {
                    receipts.show(journal, refund, say);
                }
            });
        }
    }

    @Override
    public void refused(PendingRefund sent, String why) {
        say.accept(Notice.problem(why));
    }

    @Override
    public void held(PendingRefund sent, String why) {
        say.accept(Notice.warning(why));
    }
}
