package com.lana.checkout.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.client.sale.Notice;
import com.lana.checkout.client.sale.PaymentDraft;
import com.lana.checkout.client.sale.PaymentFlow;
import com.lana.checkout.client.sale.Till;
import com.lana.checkout.client.ui.parts.NoticeStyle;
import com.lana.checkout.client.ui.parts.Shortcuts;
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
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.Dialog;
import java.awt.Insets;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Objects;

/**
 * Taking payment for the current sale, as the {@link PaymentFlow} goes: the TOTAL in large type,
 * what is still due and the change due always in view above everything else, the payments taken,
 * cash typed or picked from quick amounts, a card charged on the terminal, a message that wraps in
 * a box of fixed size, and a line saying what the keys do now. Its size is fixed when it opens, so
 * no message or amount moves the figures. Build and use on the EDT.
 */
final class PaymentDialog extends JDialog {

    static final String DIALOG = "paymentDialog";
    static final String TOTAL = "payTotal";
    static final String DUE = "payDue";
    static final String DUE_CAPTION = "payDueCaption";
    static final String CHANGE = "payChange";
    static final String CHANGE_CAPTION = "payChangeCaption";
    static final String PAYMENTS = "payPayments";
    static final String CASH = "payCash";
    static final String REFERENCE = "payCardReference";
    static final String CARD = "payCard";
    static final String REMOVE_LAST = "payRemoveLast";
    static final String MESSAGE = "payMessage";
    static final String KEYS = "payKeys";
    static final String CONFIRM = "payConfirm";
    static final String BACK = "payBack";
    static final String QUICK = "payQuick";   // + 1, 2, …: the quick amount buttons, in order

    /** Quick amounts have keys Ctrl+1 to Ctrl+5: exact, then the next 5, 10, 20 and 50 euros above. */
    private static final int MAX_QUICK = 5;
    private static final int MENU_KEY = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
    /** Lines the message box shows; the longest message the dialog says fits in them. */
    private static final int MESSAGE_LINES = 4;

    private final Till model;
    private final PaymentFlow flow;
    private final Till.Listener salesChanged;

    private final JLabel total = figure(TOTAL);
    private final JLabel due = figure(DUE);
    private final JLabel dueCaption = new JLabel();
    private final JLabel change = figure(CHANGE);
    private final JLabel changeCaption = new JLabel();
    private final DefaultListModel<Payment> takenModel = new DefaultListModel<>();
    private final JList<Payment> taken = new JList<>(takenModel);
    private final JTextField cash = new JTextField(10);
    private final JTextField reference = new JTextField(12);
    private final JPanel quick = new JPanel(new MigLayout("insets 0", "[fill,sg quick]", "[]"));
    private final JTextArea message = textBox(MESSAGE, MESSAGE_LINES);
    private final JTextArea keys = textBox(KEYS, 2);
    private final JButton card = Shortcuts.button("Card  F4", CARD, this::card);
    private final JButton removeLast = Shortcuts.button("Take back last  F8", REMOVE_LAST, this::removeLast);
    private final JButton confirm = Shortcuts.button("", CONFIRM, this::enter);
    private final JButton back = Shortcuts.button("", BACK, this::escape);

    /** For the model's current sale, with the payments it kept from an earlier visit. */
    PaymentDialog(JFrame owner, Till model) {
        super(owner, "Pay sale " + model.current().name(), Dialog.ModalityType.DOCUMENT_MODAL);
        this.model = Objects.requireNonNull(model, "model");
        this.flow = new PaymentFlow(model.current(), model::pay, this::render);
        this.salesChanged = () -> flow.salesChanged();
        setName(DIALOG);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setContentPane(content());
        bindKeys();
        render();
        pack();
        setResizable(false);   // the layout is fixed: messages wrap, figures stay where they are
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog until the sale is recorded or the clerk closes it; the payments taken stay with the sale. */
    void open() {
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                focusForStep();   // the keyboard starts in the cash field, whatever comes first
            }

            @Override
            public void windowClosed(WindowEvent e) {
                model.removeListener(salesChanged);
            }
        });
        model.addListener(salesChanged);
        setVisible(true);
    }

    // ---------------------------------------------------------------- handlers, named by intent

    /** Enter: takes the cash typed, approves the card, or records the sale, as the step wants. */
    private void enter() {
        if (flow.step() == PaymentFlow.Step.GONE || flow.step() == PaymentFlow.Step.DONE) {
            dispose();
            return;
        }
        boolean charging = flow.step() == PaymentFlow.Step.CARD;
        done(flow.enter(cash.getText(), reference.getText()));
        if (charging && flow.step() != PaymentFlow.Step.CARD) {
            reference.setText("");   // that card's reference is recorded with it
        }
    }

    private void card() {
        done(flow.card(cash.getText()));
    }

    private void quickAmount(int index) {
        flow.quickAmount(index, cash.getText());
        done(false);
    }

    private void removeLast() {
        flow.removeLast();
        done(false);
    }

    /** Esc: a card declined; otherwise back to the sale (a payment already sent completes when the server answers). */
    private void escape() {
        if (flow.escape()) {
            dispose();
        } else {
            done(false);
        }
    }

    /** Alt+R: the card reference field, for the terminal's reference. */
    private void focusReference() {
        if (reference.isEnabled()) {
            reference.requestFocusInWindow();
        }
    }

    /** After a handler: the cash typed is emptied once taken, or selected to be corrected. */
    private void done(boolean cashTaken) {
        if (cashTaken) {
            cash.setText("");
        } else {
            cash.selectAll();
        }
        render();
        focusForStep();
    }

    private void focusForStep() {
        switch (flow.step()) {
            case TAKING -> cash.requestFocusInWindow();
            case CARD -> reference.requestFocusInWindow();
            case CONFIRMING, SENDING -> confirm.requestFocusInWindow();
            case GONE, DONE -> back.requestFocusInWindow();
        }
    }

    // ---------------------------------------------------------------- drawing

    private void render() {
        PaymentFlow.Step step = flow.step();
        if (step == PaymentFlow.Step.DONE) {
            dispose();
            return;
        }
        PaymentDraft draft = flow.draft();
        total.setText(draft.total().toString());
        dueCaption.setText(flow.dueCaption());
        due.setText(draft.due().toString());
        due.putClientProperty(FlatClientProperties.STYLE, step == PaymentFlow.Step.CARD
                ? "foreground: $Lana.total.foreground" : null);
        showChange();
        takenModel.clear();
        draft.payments().forEach(takenModel::addElement);
        boolean taking = step == PaymentFlow.Step.TAKING;
        showQuickAmounts(taking ? draft.quickAmounts() : List.of());
        Notice notice = flow.notice();
        message.setText(notice.text());
        message.setCaretPosition(0);
        message.putClientProperty(FlatClientProperties.STYLE, NoticeStyle.of(notice));
        keys.setText(flow.keys());
        cash.setEnabled(taking);
        reference.setEnabled(taking || step == PaymentFlow.Step.CARD);
        card.setEnabled(taking && !draft.due().isZero());
        removeLast.setEnabled((taking || step == PaymentFlow.Step.CONFIRMING) && !draft.payments().isEmpty());
        confirm.setText(switch (step) {
            case TAKING -> "Take cash  Enter";
            case CARD -> "Card approved  Enter";
            case CONFIRMING -> "Record sale  Enter";
            case SENDING -> "Recording…";
            case GONE, DONE -> "";
        });
        confirm.setVisible(step != PaymentFlow.Step.GONE);   // only closing is left; its place stays, nothing moves
        confirm.setEnabled(taking || step == PaymentFlow.Step.CARD || step == PaymentFlow.Step.CONFIRMING);
        back.setText(switch (step) {
            case CARD -> "Card declined  Esc";
            case GONE, DONE -> "Close  Esc";
            default -> "Back to the sale  Esc";
        });
        // Enter: the step's action; once the sale is gone, closing; while sending, nothing (a second Enter is harmless).
        getRootPane().setDefaultButton(confirm.isEnabled() ? confirm : step == PaymentFlow.Step.GONE ? back : null);
        if (step == PaymentFlow.Step.GONE) {
            setTitle("Pay sale " + flow.sale().name() + " — the sale is gone");
        }
    }

    /** The third figure, live: as the cash is typed, the change it would give; once the sale is gone, what to give back. */
    private void showChange() {
        boolean gone = flow.step() == PaymentFlow.Step.GONE;
        changeCaption.setText(flow.changeCaption());
        change.setText(flow.change(cash.getText()).toString());
        change.putClientProperty(FlatClientProperties.STYLE, gone
                ? "foreground: $Lana.error.foreground" : "foreground: $Lana.saving.foreground");
    }

    private void showQuickAmounts(List<Money> amounts) {
        quick.removeAll();
        for (int i = 0; i < Math.min(MAX_QUICK, amounts.size()); i++) {
            int index = i;
            KeyStroke key = KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, MENU_KEY);
            quick.add(Shortcuts.button(amounts.get(i) + "  " + Shortcuts.text(key), QUICK + (i + 1), () -> quickAmount(index)));
        }
        quick.revalidate();
        quick.repaint();
    }

    private JPanel content() {
        JPanel panel = new JPanel(new MigLayout(
                "insets dialog, wrap 2, hidemode 0",   // layout: platform dialog margins, caption | value rows
                "[140!][grow,fill,420!]",              // columns: captions | values and inputs, fixed widths
                "[]0[]0[]para[][]0[]0[]para[][][]"));  // rows: total, due, change | payments, cash, quick, card | message, keys, buttons
        total.putClientProperty(FlatClientProperties.STYLE_CLASS, "h00");
        total.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.total.foreground");
        due.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        dueCaption.setName(DUE_CAPTION);
        change.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");
        changeCaption.setName(CHANGE_CAPTION);
        taken.setName(PAYMENTS);
        taken.setFocusable(false);
        taken.setVisibleRowCount(2);
        cash.setName(CASH);
        cash.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        cash.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Cash handed over, e.g. 50 — Enter");
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
        reference.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Terminal reference (optional)  Alt+R");
        keys.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground; font: -1");
        JLabel caption = new JLabel("TOTAL");
        caption.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");
        JLabel cardCaption = new JLabel("Card reference");
        cardCaption.setDisplayedMnemonic(KeyEvent.VK_R);

        panel.add(caption, "aligny baseline");
        panel.add(total);
        panel.add(dueCaption);
        panel.add(due);
        panel.add(changeCaption);
        panel.add(change);
        panel.add(new JLabel("Payments taken"), "aligny top");
        panel.add(new JScrollPane(taken), "split 2, grow");
        panel.add(removeLast, "aligny top");
        panel.add(new JLabel("Cash"));
        panel.add(cash);
        panel.add(quick, "span 2, h 32!");   // the same height with no quick amount, so nothing below moves
        panel.add(cardCaption);
        panel.add(reference, "split 2, grow");
        panel.add(card);
        panel.add(scrolling(message), "span 2, growx, wmin 0");
        panel.add(scrolling(keys), "span 2, growx, wmin 0");
        panel.add(confirm, "span 2, split 2, tag ok");
        panel.add(back, "tag cancel");
        return panel;
    }

    private void bindKeys() {
        JRootPane root = getRootPane();
        Shortcuts.bindInWindow(root, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "back", this::escape);
        Shortcuts.bindInWindow(root, KeyStroke.getKeyStroke(KeyEvent.VK_F4, 0), "card", this::card);
        Shortcuts.bindInWindow(root, KeyStroke.getKeyStroke(KeyEvent.VK_F8, 0), "removeLast", this::removeLast);
        Shortcuts.bindInWindow(root, KeyStroke.getKeyStroke(KeyEvent.VK_R, InputEvent.ALT_DOWN_MASK), "reference",
                this::focusReference);
        for (int i = 0; i < MAX_QUICK; i++) {
            int index = i;
            Shortcuts.bindInWindow(root, KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, MENU_KEY), "quick" + i,
                    () -> quickAmount(index));
        }
    }

    private static JLabel figure(String name) {
        JLabel label = new JLabel(Money.ZERO.toString(), SwingConstants.RIGHT);
        label.setName(name);
        return label;
    }

    /** A read-only text of {@code lines} lines that wraps at word boundaries and never takes the keyboard. */
    private static JTextArea textBox(String name, int lines) {
        JTextArea area = new JTextArea(lines, 10);
        area.setName(name);
        area.setEditable(false);
        area.setFocusable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setBorder(null);
        area.setMargin(new Insets(0, 0, 0, 0));   // exactly its lines high: no scroll bar until a text needs more
        return area;
    }

    /** A text box of its fixed lines, with a scroll bar should a text ever need more. */
    private static JScrollPane scrolling(JTextArea area) {
        JScrollPane scroll = new JScrollPane(area, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        // As high as the text's lines with the area's own insets, so the bar shows only when a text needs more.
        Insets insets = area.getInsets();
        scroll.getViewport().setPreferredSize(new java.awt.Dimension(area.getPreferredScrollableViewportSize().width,
                area.getPreferredScrollableViewportSize().height + insets.top + insets.bottom + 2));
        scroll.setBorder(null);
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        return scroll;
    }
}
