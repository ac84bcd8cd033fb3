package com.lana.checkout.client;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import net.miginfocom.swing.MigLayout;

import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.Dialog;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Objects;

/**
 * Taking payment for the current sale: the total in large type, cash typed or picked from quick
 * amounts, a card for what is still due, several payments for one sale, and the change due as the
 * cash is typed. Enter takes the cash typed and completes the sale once the payments cover it;
 * Esc goes back to the sale (a payment already sent stays on its way). The payments are a
 * {@link PaymentDraft}; completing is the {@link SalesModel}'s. Build and use on the EDT.
 */
final class PaymentDialog extends JDialog implements PaymentSender.Outcome {

    static final String DIALOG = "paymentDialog";
    static final String TOTAL = "payTotal";
    static final String DUE = "payDue";
    static final String CHANGE = "payChange";
    static final String PAYMENTS = "payPayments";
    static final String CASH = "payCash";
    static final String REFERENCE = "payCardReference";
    static final String CARD = "payCard";
    static final String REMOVE_LAST = "payRemoveLast";
    static final String MESSAGE = "payMessage";
    static final String CONFIRM = "payConfirm";
    static final String BACK = "payBack";
    static final String QUICK = "payQuick";   // + 1, 2, …: the quick amount buttons, in order

    /** Quick amounts have keys Ctrl+1 to Ctrl+5: exact, then the next 5, 10, 20 and 50 euros above. */
    private static final int MAX_QUICK = 5;
    private static final int MENU_KEY = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

    private final SalesModel model;
    private final Sale sale;
    private PaymentDraft draft;
    private boolean sending;

    private final JLabel total = new JLabel("", SwingConstants.RIGHT);
    private final JLabel due = new JLabel("", SwingConstants.RIGHT);
    private final JLabel change = new JLabel("", SwingConstants.RIGHT);
    private final DefaultListModel<Payment> takenModel = new DefaultListModel<>();
    private final JList<Payment> taken = new JList<>(takenModel);
    private final JTextField cash = new JTextField(10);
    private final JTextField reference = new JTextField(12);
    private final JPanel quick = new JPanel(new MigLayout("insets 0", "[fill,sg quick]", "[]"));
    private final JLabel message = new JLabel(" ");
    private final JButton card = Shortcuts.button("Card  F4", CARD, this::card);
    private final JButton removeLast = Shortcuts.button("Remove last  F8", REMOVE_LAST, this::removeLast);
    private final JButton confirm = Shortcuts.button("Complete sale  Enter", CONFIRM, this::confirm);
    private final JButton back = Shortcuts.button("Back  Esc", BACK, this::back);

    /** @param draft the payments so far: new ones for the sale's total, or those kept from an earlier visit */
    PaymentDialog(JFrame owner, SalesModel model, PaymentDraft draft) {
        super(owner, "Pay sale " + model.current().name(), Dialog.ModalityType.DOCUMENT_MODAL);
        this.model = Objects.requireNonNull(model, "model");
        this.sale = model.current();
        this.draft = Objects.requireNonNull(draft, "draft");
        setName(DIALOG);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setContentPane(content());
        bindKeys();
        render(null);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog until the sale completes or the clerk goes back; answers the payments as they are then. */
    PaymentDraft open() {
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                cash.requestFocusInWindow();   // the keyboard starts in the cash field, whatever comes first
            }
        });
        setVisible(true);
        return draft;
    }

    // ---------------------------------------------------------------- handlers, named by intent

    /** Enter: takes the cash typed, if any; completes the sale once the payments cover it. */
    private void confirm() {
        if (sending) {
            return;
        }
        String typed = cash.getText().strip();
        if (!typed.isEmpty()) {
            try {
                take(draft.withCash(amount(typed)));
            } catch (IllegalArgumentException e) {
                problem(e.getMessage());
                cash.selectAll();
                return;
            }
            cash.setText("");
        } else if (!draft.isSettled()) {
            problem("Type the cash handed over, pick an amount (Ctrl+1…), or press Card (F4): " + draft.due() + " is due");
            return;
        }
        completeIfSettled();
    }

    /** A quick amount: that much cash handed over. */
    private void quickAmount(int index) {
        List<Money> amounts = draft.quickAmounts();
        if (sending || index >= amounts.size()) {
            return;
        }
        take(draft.withCash(amounts.get(index)));
        cash.setText("");
        completeIfSettled();
    }

    /** The card pays what is still due, with the reference typed, if any. */
    private void card() {
        if (sending) {
            return;
        }
        try {
            take(draft.withCard(reference.getText()));
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return;
        }
        reference.setText("");
        completeIfSettled();
    }

    private void removeLast() {
        if (!sending && !draft.payments().isEmpty()) {
            take(draft.withoutLast());
            cash.requestFocusInWindow();
        }
    }

    /** Esc: back to the sale. A payment already sent stays on its way and completes the sale when the server answers. */
    private void back() {
        dispose();
    }

    private void problem(String text) {
        render(Notice.error(text));
        Toolkit.getDefaultToolkit().beep();
    }

    private void take(PaymentDraft next) {
        draft = next;
        render(null);
    }

    private void completeIfSettled() {
        if (!draft.isSettled()) {
            render(Notice.info(draft.due() + " still due: take another payment"));
            cash.requestFocusInWindow();
            return;
        }
        sending = true;
        render(Notice.info("Completing the sale…"));
        model.pay(sale, draft, this);
    }

    // ---------------------------------------------------------------- what the server made of it

    @Override
    public void completed(Sale paid, com.lana.checkout.api.Sale recorded) {
        if (paid == sale) {
            dispose();
        }
    }

    @Override
    public void totalChanged(Sale paid, Money expected, Receipt current) {
        if (paid == sale) {
            sending = false;
            String changed = "The total changed from " + expected + " to " + current.total()
                    + " (the basket was changed elsewhere)";
            if (current.total().isZero() || current.total().isNegative()) {
                render(Notice.error(changed + ": there is nothing to pay. Esc goes back to the sale"));
                return;
            }
            draft = draft.withTotal(current.total());
            setTitle("Pay sale " + sale.name() + " — new total");
            render(Notice.error(changed + ": show the customer the new total. Payments taken are kept."));
            cash.requestFocusInWindow();
        }
    }

    @Override
    public void refused(Sale paid, String why) {
        if (paid == sale) {
            sending = false;
            render(Notice.error(why));
            cash.requestFocusInWindow();
        }
    }

    @Override
    public void held(Sale paid, String why) {
        if (paid == sale) {
            render(Notice.error(why + ". Esc goes back to the sale; it completes by itself."));
        }
    }

    // ---------------------------------------------------------------- drawing

    private void render(Notice notice) {
        total.setText(draft.total().toString());
        due.setText(draft.due().toString());
        showChange();
        takenModel.clear();
        draft.payments().forEach(takenModel::addElement);
        quick.removeAll();
        List<Money> amounts = draft.quickAmounts();
        for (int i = 0; i < Math.min(MAX_QUICK, amounts.size()); i++) {
            int index = i;
            KeyStroke key = KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, MENU_KEY);
            JButton amount = Shortcuts.button(amounts.get(i) + "  " + Shortcuts.text(key), QUICK + (i + 1), () -> quickAmount(index));
            amount.setEnabled(!sending);
            quick.add(amount);
        }
        quick.revalidate();
        quick.repaint();
        if (notice != null) {
            message.setText(notice.text());
            message.putClientProperty(FlatClientProperties.STYLE, notice.error()
                    ? "foreground: $Lana.error.foreground; font: bold" : "foreground: $Lana.info.foreground");
        }
        for (JComponent input : new JComponent[] {cash, reference, card, removeLast, confirm}) {
            input.setEnabled(!sending);
        }
        card.setEnabled(!sending && !draft.due().isZero());
        removeLast.setEnabled(!sending && !draft.payments().isEmpty());
    }

    /** The change due, live: as the cash is typed, what it would be with that cash. */
    private void showChange() {
        Money shown = draft.change();
        try {
            String typed = cash.getText().strip();
            if (!typed.isEmpty() && !draft.due().isZero()) {
                shown = draft.changeFor(amount(typed));
            }
        } catch (IllegalArgumentException e) {
            // not an amount (yet): the change of the payments taken
        }
        change.setText(shown.toString());
    }

    /** Reads what the clerk typed: {@code 50}, {@code 50.00}, {@code 50,00} or {@code 50.00€}. */
    private static Money amount(String typed) {
        return Money.parse(typed.replace(',', '.'));
    }

    private JPanel content() {
        JPanel panel = new JPanel(new MigLayout(
                "insets dialog, wrap 2",               // layout: platform dialog margins, caption | value rows
                "[][grow,fill,300::]",                 // columns: captions | values and inputs
                "[]unrel[][]para[][]para[][][]para[]unrel[]"));  // rows: total | due, change | payments | cash, quick, card | message | buttons
        total.setName(TOTAL);
        total.putClientProperty(FlatClientProperties.STYLE_CLASS, "h00");
        total.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.total.foreground");
        due.setName(DUE);
        due.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        change.setName(CHANGE);
        change.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");
        change.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.saving.foreground");
        taken.setName(PAYMENTS);
        taken.setFocusable(false);
        taken.setVisibleRowCount(3);
        cash.setName(CASH);
        cash.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        cash.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Cash handed over, e.g. 50 — Enter");
        cash.addActionListener(e -> confirm());
        cash.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                showChange();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                showChange();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                showChange();
            }
        });
        reference.setName(REFERENCE);
        reference.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Card reference (optional)");
        reference.addActionListener(e -> card());
        message.setName(MESSAGE);
        JLabel caption = new JLabel("TOTAL");
        caption.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");

        panel.add(caption, "aligny baseline");
        panel.add(total);
        panel.add(new JLabel("Still due"));
        panel.add(due);
        panel.add(new JLabel("Change due"));
        panel.add(change);
        panel.add(new JLabel("Payments taken"), "aligny top");
        panel.add(new JScrollPane(taken), "split 2, grow");
        panel.add(removeLast, "aligny top");
        panel.add(new JLabel("Cash"));
        panel.add(cash);
        panel.add(quick, "skip 1");
        panel.add(new JLabel("Card"));
        panel.add(reference, "split 2, grow");
        panel.add(card);
        panel.add(message, "span 2, wmin 0, w 520");
        panel.add(confirm, "span 2, split 2, tag ok");
        panel.add(back, "tag cancel");
        return panel;
    }

    private void bindKeys() {
        JRootPane root = getRootPane();
        getRootPane().setDefaultButton(confirm);
        Shortcuts.bindInWindow(root, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "back", this::back);
        Shortcuts.bindInWindow(root, KeyStroke.getKeyStroke(KeyEvent.VK_F4, 0), "card", this::card);
        Shortcuts.bindInWindow(root, KeyStroke.getKeyStroke(KeyEvent.VK_F8, 0), "removeLast", this::removeLast);
        for (int i = 0; i < MAX_QUICK; i++) {
            int index = i;
            Shortcuts.bindInWindow(root, KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, MENU_KEY), "quick" + i,
                    () -> quickAmount(index));
        }
    }
}
