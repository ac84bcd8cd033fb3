package com.lana.checkout.client.ui.refund;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundQuote;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.Sale;
import com.lana.checkout.client.refund.PendingRefund;
import com.lana.checkout.client.refund.RefundDraft;
import com.lana.checkout.client.refund.RefundSender;
import com.lana.checkout.client.sale.Notice;
import com.lana.checkout.client.ui.parts.NoticeStyle;
import com.lana.checkout.client.ui.parts.ReceiptActions;
import com.lana.checkout.client.ui.parts.Shortcuts;
import net.miginfocom.swing.MigLayout;

import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Refunding items of one completed sale, keyboard first: one row per receipt line with what can
 * still come back (all of it at first), ↑ ↓ to pick a line, → ← (or + −) and digits to set its
 * quantity, how the money is paid back (the way the customer paid, Alt+W, or cash, Alt+C), then
 * Enter asks the server what that pays back (its quote; nothing is recorded) and asks "Refund these
 * items?", with the amount and how it is paid back, "no" as the default. The confirmed refund goes to the
 * {@link RefundSender}, which sends it again with the same id until the server answers; meanwhile
 * a busy indicator shows and the dialog stays responsive. Once the server recorded it, the dialog
 * says what was paid back and how, or why nothing was, and shows the refund's receipt; Esc then
 * closes it. Esc closes it before too: a refund on its way still completes, and the journal then
 * shows its receipt. Build and use on the EDT.
 */
public final class RefundDialog extends JDialog {

    public static final String DIALOG = "refundDialog";
    public static final String TABLE = "refundLines";
    static final String TO_ORIGINAL = "refundToOriginal";
    public static final String TO_CASH = "refundToCash";
    public static final String BUSY = "refundBusy";
    public static final String MESSAGE = "refundMessage";
    static final String CONFIRM = "refundConfirm";
    static final String CLOSE = "refundClose";
    public static final String YES = "Refund";
    static final String NO = "Don't refund";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Lines the message box shows. */
    private static final int MESSAGE_LINES = 3;

    private final RefundSender sender;
    private final ReceiptActions receipts;
    private final RefundTableModel rows = new RefundTableModel();
    private final JTable table = new JTable(rows);
    private final JRadioButton toOriginal = new JRadioButton();
    private final JRadioButton toCash = new JRadioButton("Cash, from the drawer");
    private final JProgressBar busy = new JProgressBar();
    private final JTextArea message = new JTextArea(MESSAGE_LINES, 40);
    private final JButton confirm = Shortcuts.button("Refund…  Enter", CONFIRM, this::confirm);
    private final RefundSender.Outcome outcome = new Watcher();
    private RefundDraft draft;
    /** True while the server is asked what the refund would pay back, before the question. */
    private boolean quoting;
    /** The refund on its way, or null. */
    private PendingRefund sending;
    /** The refund the server turned down last, or null: sent again as it was, it keeps its id. */
    private PendingRefund turnedDown;
    /** The refund the server recorded, or null before. */
    private Refund recorded;
    private boolean rendering;

    /** @param receipts shows the refund's receipt once it is recorded */
    public RefundDialog(Window owner, Sale sale, RefundSender sender, ReceiptActions receipts) {
        super(owner, "Refund items of sale " + sale.number(), Dialog.ModalityType.DOCUMENT_MODAL);
        this.sender = Objects.requireNonNull(sender, "sender");
        this.receipts = Objects.requireNonNull(receipts, "receipts");
        this.draft = RefundDraft.of(sale);
        setName(DIALOG);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setContentPane(content(sale));
        bindKeys();
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                table.requestFocusInWindow();   // the keys act on the lines from the start
            }

            @Override
            public void windowClosed(WindowEvent e) {
                sender.stopListening(outcome);
            }
        });
        sender.listen(outcome);
        say(Notice.info("All that can come back of " + sale.number() + " is in the refund: set the quantity of"
                + " what stays with the customer to 0, then press Enter"));
        render();
        pack();
        setLocationRelativeTo(owner);
    }

    private JPanel content(Sale sale) {
        JLabel title = new JLabel("Refund items of sale " + sale.number());
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        JLabel paid = new JLabel("Sold at " + TIME.format(sale.time()) + " for " + sale.total() + ", paid "
                + sale.payments().stream().map(Payment::toString).collect(Collectors.joining(" + ")));
        table.setName(TABLE);
        RefundTableModel.dress(table);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!rendering && !e.getValueIsAdjusting() && table.getSelectedRow() >= 0) {
                draft = draft.select(table.getSelectedRow());   // a click on a line
            }
        });
        JLabel keys = new JLabel("↑ ↓ a line   → ← or + − one more or less   0–9 how many   Enter refunds   Esc closes");
        keys.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");

        toOriginal.setName(TO_ORIGINAL);
        toOriginal.setMnemonic(KeyEvent.VK_W);
        toOriginal.setText("The way the customer paid (" + RefundDraft.of(sale).paidWithText() + ")");
        toCash.setName(TO_CASH);
        toCash.setMnemonic(KeyEvent.VK_C);
        ButtonGroup payBack = new ButtonGroup();
        for (JRadioButton choice : new JRadioButton[] {toOriginal, toCash}) {
            payBack.add(choice);
            choice.setFocusable(false);   // the keyboard stays in the lines; Alt+W and Alt+C choose
        }
        toOriginal.addActionListener(e -> payBack(RefundTo.ORIGINAL));
        toCash.addActionListener(e -> payBack(RefundTo.CASH));

        busy.setName(BUSY);
        busy.setIndeterminate(true);
        message.setName(MESSAGE);
        message.setEditable(false);
        message.setFocusable(false);
        message.setLineWrap(true);
        message.setWrapStyleWord(true);
        message.setOpaque(false);
        confirm.setToolTipText("Asks before anything is refunded (Enter)");
        JButton close = Shortcuts.button("Close  Esc", CLOSE, this::dispose);
        close.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        close.setFocusable(false);
        confirm.setFocusable(false);

        JPanel content = new JPanel(new MigLayout(
                "insets dialog, fill, wrap 1",                    // layout: platform dialog margins, one column
                "[grow,fill]",                                    // columns: full width
                "[][]rel[grow,fill][]para[][][]para[]unrel[]"));  // rows: title, sale | lines (grow) | keys |
                                                                  //   pay back caption, choices | message | buttons
        content.add(title, "split 2");
        content.add(busy, "w 80!, hidemode 2, right");   // hidden, it keeps its cell
        content.add(paid);
        int visible = Math.min(8, Math.max(3, sale.receipt().lines().size()));   // rows in view without scrolling
        table.setPreferredScrollableViewportSize(new Dimension(480, table.getRowHeight() * visible));
        content.add(new JScrollPane(table), "w 480::");
        content.add(keys);
        content.add(new JLabel("Pay back"));
        content.add(toOriginal, "gapleft indent");
        content.add(toCash, "gapleft indent");
        content.add(message, "wmin 0");
        content.add(confirm, "split 2, tag ok");
        content.add(close, "tag cancel");
        return content;
    }

    private void bindKeys() {
        Shortcuts.bindInWindow(getRootPane(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close", this::dispose);
        bindOnLines(KeyStroke.getKeyStroke(KeyEvent.VK_UP, 0), "lineUp", () -> move(-1));
        bindOnLines(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "lineDown", () -> move(1));
        bindOnLines(KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, 0), "oneMore", () -> edit(RefundDraft::more));
        bindOnLines(KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, 0), "oneLess", () -> edit(RefundDraft::less));
        // + and − as typed, on any keyboard layout and on the keypad
        bindOnLines(KeyStroke.getKeyStroke('+'), "oneMoreTyped", () -> edit(RefundDraft::more));
        bindOnLines(KeyStroke.getKeyStroke('-'), "oneLessTyped", () -> edit(RefundDraft::less));
        for (char digit = '0'; digit <= '9'; digit++) {
            int value = digit - '0';
            bindOnLines(KeyStroke.getKeyStroke(digit), "digit" + digit, () -> edit(lines -> lines.digit(value)));
        }
        bindOnLines(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "confirm", this::confirm);
        Shortcuts.bindInWindow(getRootPane(), KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "confirm", this::confirm);
    }

    /** Binds a key of the lines table, whether it or the dialog has the keyboard; the table's own binding gives way. */
    private void bindOnLines(KeyStroke key, String name, Runnable handler) {
        Shortcuts.bind(table, JComponent.WHEN_FOCUSED, key, name, handler);
        Shortcuts.bind(table, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT, key, name, handler);
    }

    // ---------------------------------------------------------------- handlers, named by intent

    /** A key's change to the quantities, or why it makes none. */
    @FunctionalInterface
    private interface Edit {
        RefundDraft apply(RefundDraft before) throws RefundDraft.ChangeRefusedException;
    }

    private void move(int delta) {
        draft = draft.move(delta);
        render();
    }

    /** → ← + − and digits: the selected line's quantity changes, or the message says why not. */
    private void edit(Edit edit) {
        if (isLocked()) {
            return;
        }
        try {
            draft = edit.apply(draft);
            RefundDraft.Line line = draft.selectedLine();
            say(Notice.info((line.quantity() == 0 ? line.name() + " stays with the customer"
                    : line.quantity() + " × " + line.name() + (line.quantity() == 1 ? " comes" : " come") + " back")
                    + "; " + draft.units() + (draft.units() == 1 ? " unit" : " units") + " in the refund"));
        } catch (RefundDraft.ChangeRefusedException e) {
            say(Notice.problem(e.getMessage()));
            Toolkit.getDefaultToolkit().beep();
        }
        render();
    }

    private void payBack(RefundTo to) {
        if (!isLocked()) {
            draft = draft.payBack(to);
            say(Notice.info("Paid back " + draft.payBackText()));
        }
        render();
    }

    /** Enter: asks "Refund these items?" (Enter answers no), then sends the refund; closes once it is recorded. */
    private void confirm() {
        if (recorded != null) {
            dispose();
            return;
        }
        if (sending != null) {
            say(Notice.warning("The refund is on its way: it is recorded once the server answers"));
            return;
        }
        if (draft.items().isEmpty()) {
            say(Notice.problem("Nothing to refund: give a line a quantity first (a digit, or →)"));
            Toolkit.getDefaultToolkit().beep();
            return;
        }
        if (quoting) {
            say(Notice.warning("Asking the server what the refund pays back…"));
            return;
        }
        quoting = true;
        RefundDraft asked = draft;
        say(Notice.info("Asking the server what the refund pays back…"));
        render();
        RefundQuestion.ask(this, sender, asked, new RefundQuestion.Answer() {
            @Override
            public void quoted(RefundQuote quote) {
                busy.setVisible(false);
                say(Notice.info("The server says: " + quote + ". Refund, or not?"));
            }

            @Override
            public void yes() {
                quoting = false;
                table.requestFocus();   // the dialog, and in it the lines, get the keyboard back from the question
                sending = PendingRefund.of(asked, turnedDown);
                say(Notice.info("Sending the refund of " + asked.sale().number() + " to the server…"));
                render();
                sender.send(sending);
            }

            @Override
            public void no(Notice why) {
                quoting = false;
                table.requestFocus();
                say(why);
                render();
            }
        });
    }

    /** True while {@code sent} is this dialog's refund on its way: the dialog shows its receipt once it is recorded. */
    public boolean awaits(PendingRefund sent) {
        return isDisplayable() && sending != null && sending.operation().equals(sent.operation());
    }

    /** True, after saying why, while the refund is on its way or recorded: what comes back cannot change then. */
    private boolean isLocked() {
        if (recorded != null) {
            say(Notice.problem("Refund " + recorded.number() + " is recorded: Esc closes this window; F6 in the"
                    + " journal refunds more of the sale"));
        } else if (sending != null) {
            say(Notice.problem("The refund is on its way to the server: it cannot change now"));
        } else if (quoting) {
            say(Notice.problem("The server is asked what the refund pays back: wait for its answer"));
        }
        return recorded != null || sending != null || quoting;
    }

    /**
     * What a recorded refund paid back and how ({@code Refund R-000001 of S-000001: 7.50€ paid back
     * as Cash 7.50€}), or, when it paid back nothing, why: a warning, so it is not missed.
     */
    public static Notice outcome(Refund refund) {
        String refunded = "Refund " + refund.number() + " of " + refund.sale();
        return refund.amount().isZero() ? Notice.warning(refunded + " pays back 0.00€. " + refund.explanation())
                : Notice.info(refunded + ": " + refund.amount() + " paid back as "
                        + refund.paidBack().stream().map(Payment::toString).collect(Collectors.joining(" + ")));
    }

    // ---------------------------------------------------------------- drawing

    private void render() {
        rendering = true;
        try {
            rows.setRows(draft.lines());
            table.setRowSelectionInterval(draft.selected(), draft.selected());
            table.scrollRectToVisible(table.getCellRect(draft.selected(), 0, true));
        } finally {
            rendering = false;
        }
        toOriginal.setSelected(draft.to() == RefundTo.ORIGINAL);
        toCash.setSelected(draft.to() == RefundTo.CASH);
        boolean open = sending == null && recorded == null && !quoting;
        busy.setVisible(sending != null || quoting);
        confirm.setText(recorded == null ? "Refund…  Enter" : "Close  Enter");
        confirm.setEnabled(sending == null && !quoting);
        toOriginal.setEnabled(open);
        toCash.setEnabled(open);
    }

    private void say(Notice notice) {
        message.setText(notice.text());
        message.putClientProperty(FlatClientProperties.STYLE, NoticeStyle.of(notice));
    }

    /** What becomes of this dialog's refund. */
    private final class Watcher implements RefundSender.Outcome {
        @Override
        public void recorded(PendingRefund sent, Refund refund) {
            if (isMine(sent)) {
                sending = null;
                recorded = refund;
                say(outcome(refund));
                render();
                // once every listener has heard (the journal reads the day again), not inside their round
                SwingUtilities.invokeLater(() -> {
                    if (isDisplayable()) {
                        receipts.show(RefundDialog.this, refund, RefundDialog.this::say);
                        table.requestFocus();
                    }
                });
            }
        }

        @Override
        public void refused(PendingRefund sent, String why) {
            if (isMine(sent)) {
                sending = null;
                turnedDown = sent;
                say(Notice.problem(why + ". Nothing was refunded; Enter tries again"));
                render();
            }
        }

        @Override
        public void held(PendingRefund sent, String why) {
            if (isMine(sent)) {
                say(Notice.warning(why + ". Esc closes this window; the refund still completes"));
            }
        }

        private boolean isMine(PendingRefund sent) {
            return sending != null && sending.operation().equals(sent.operation());
        }
    }
}
