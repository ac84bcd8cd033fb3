package com.lana.checkout.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.Sale;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.sale.Notice;
import com.lana.checkout.client.sale.OpenSale;
import com.lana.checkout.client.sale.PaymentDraft;
import com.lana.checkout.client.sale.ScanInput;
import com.lana.checkout.client.sale.Till;
import net.miginfocom.swing.MigLayout;

import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The sales screen: puts the panels together, makes every action of the {@link TillAction} table a
 * menu item, a button and a key, and repaints from the {@link Till} whenever it changes. Build and
 * use on the EDT.
 *
 * <pre>
 *  ┌ Scan ______________________________________ ┐
 *  │ inline message                              │
 *  │ sale just completed: number, change         │
 *  ├ receipt table ───────────────┬ product buttons ┤
 *  │ promotions under products    │ Pay             │
 *  │                              │ sale buttons    │
 *  │ Subtotal / Savings / TOTAL   │ parked sales    │
 *  └ status bar: server, state, busy, Retry ───────┘
 * </pre>
 *
 * <p>F12 pays in a {@link PaymentDialog}; F10 opens the one {@link JournalWindow}.
 *
 * <p>No single key destroys a sale: cancelling, quitting with open sales and adding a large line
 * ask a {@link GuardedQuestion} first, which Enter answers "no"; F2 parks a sale that has items.
 */
public final class TillWindow {

    static final String FRAME = "salesWindow";
    static final String NEW_SALE = "newSale";
    static final String PARK = "parkSale";
    static final String RESUME = "resumeSale";
    static final String OPEN = "openBasket";
    static final String CANCEL = "cancelSale";
    static final String VOID_LINE = "voidLine";
    static final String VOID_LAST = "voidLast";
    public static final String RETRY = "retry";
    static final String DARK_THEME = "darkTheme";
    static final String PAY = "pay";
    static final String JOURNAL = "journal";
    static final String RECEIPT = "lastReceipt";
    static final String RECEIPT_PDF = "lastReceiptPdf";
    static final String COMPLETED = "completedSale";
    static final String COMPLETED_CHANGE = "completedChange";
    static final String CANCEL_YES = "Cancel the sale";
    static final String CANCEL_NO = "Keep it";
    static final String QUIT_YES = "Quit";
    static final String LARGE_YES = "Add them";

    /** The smallest the window may be made: every control and the TOTAL still show, on a 1024×600 screen. */
    static final Dimension MINIMUM_SIZE = new Dimension(960, 560);

    /** How often the connection state is checked and the current sale re-read (changes made on other terminals). */
    static final int TICK_MILLIS = 500;

    private final Till model;
    private final Theme theme;
    private final JFrame frame = new JFrame();
    private final ScanPanel scan;
    private final ProductButtonsPanel products;
    private final ReceiptPanel receipt;
    private final SaleButtonsPanel sales;
    private final StatusBar status;
    private final JCheckBoxMenuItem darkTheme = new JCheckBoxMenuItem();
    private final JLabel completed = new JLabel();
    private final JLabel completedChange = new JLabel();
    private final ReceiptActions receipts;
    private final Timer poll;
    private JournalWindow journal;

    private final Map<TillAction, Action> actions = new EnumMap<>(TillAction.class);

    private OpenSale renderedSale;
    private int renderedScans;
    private Notice beeped;

    public TillWindow(Till model, Theme theme) {
        this.model = Objects.requireNonNull(model, "model");
        this.theme = Objects.requireNonNull(theme, "theme");
        scan = new ScanPanel(this::scanEntered);
        products = new ProductButtonsPanel(this::productPressed);
        for (TillAction action : TillAction.values()) {
            actions.put(action, Shortcuts.action(action.caption, action.keyCode, action.modifiers, action.tooltip,
                    handler(action)));
        }
        List<JButton> receiptButtons = buttons(TillAction.Button.RECEIPT);
        receipt = new ReceiptPanel(receiptButtons.get(0), receiptButtons.get(1));
        List<JButton> saleButtons = buttons(TillAction.Button.SALE);
        saleButtons.addAll(buttons(TillAction.Button.SALE_LAST));
        sales = new SaleButtonsPanel(buttons(TillAction.Button.PAY).get(0), saleButtons, model::resume);
        receipts = new ReceiptActions(model.records());
        status = new StatusBar(buttons(TillAction.Button.STATUS).get(0));
        bindScanFieldKeys();

        JPanel side = new JPanel(new MigLayout(
                "insets 0, fill, wrap 1",             // layout: one column
                "[fill,grow]",                        // columns: full width of the side bar
                "[]para[grow,fill]"));                // rows: product buttons, sale buttons + parked list (grows)
        side.add(products);
        side.add(sales);

        JPanel content = new JPanel(new MigLayout(
                "insets dialog, fill",                // layout: platform dialog margins
                "[grow,fill]para[380!,fill]",         // columns: receipt takes the slack | side bar of fixed width,
                                                      //   so the catalog arriving later never widens the window
                "[]0[52!]0[grow,fill]"));             // rows: scan field + message | completed sale, its height kept
                                                      //   when empty, so nothing jumps | receipt and side bar
        content.add(scan, "span 2, wrap");
        completed.setName(COMPLETED);
        completed.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        completed.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.connected.foreground");
        completedChange.setName(COMPLETED_CHANGE);
        // The change the clerk now hands back: the largest figure on screen, larger than the TOTAL (h00).
        completedChange.putClientProperty(FlatClientProperties.STYLE, "font: bold +30; foreground: $Lana.saving.foreground");
        content.add(completed, "span 2, split 2, aligny baseline, wmin 0");
        content.add(completedChange, "aligny baseline, wrap");
        content.add(receipt);
        content.add(side);

        JPanel root = new JPanel(new MigLayout(
                "insets 0, fill, gap 0",              // layout: edge to edge
                "[grow,fill]",                        // columns: one
                "[grow,fill][][]"));                  // rows: content | separator | status bar
        root.add(content, "wrap");
        root.add(new JSeparator(), "wrap");
        root.add(status);

        frame.setName(FRAME);
        frame.setTitle("Lana checkout — " + model.address());
        frame.setJMenuBar(menuBar());
        frame.setContentPane(root);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }

            @Override
            public void windowActivated(WindowEvent e) {
                scan.field().requestFocusInWindow();
            }

            @Override
            public void windowClosed(WindowEvent e) {
                if (journal != null) {
                    journal.dispose();
                }
                poll.stop();
                model.close();
            }
        });
        poll = new Timer(TICK_MILLIS, e -> model.tick());
        model.addListener(this::render);
        render();
    }

    public JFrame frame() {
        return frame;
    }

    Till model() {
        return model;
    }

    /**
     * Packs, shows and connects: the window opens at once, whether or not the server answers. It
     * opens no larger than the screen, and may be made as small as a 1024×600 screen with a title bar allows.
     */
    public void show() {
        frame.pack();
        frame.setMinimumSize(MINIMUM_SIZE);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        frame.setSize(Math.max(MINIMUM_SIZE.width, Math.min(frame.getWidth(), screen.width)),
                Math.max(MINIMUM_SIZE.height, Math.min(frame.getHeight(), screen.height)));
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        scan.field().requestFocusInWindow();
        model.start();
        poll.start();
    }

    // ---------------------------------------------------------------- handlers, named by intent

    private boolean scanEntered(String text) {
        Optional<ScanInput> input = model.check(text);
        input.ifPresent(scan -> add(scan.code(), scan.quantity()));
        return input.isPresent();
    }

    /** Adds, after asking once when the line becomes large (a typo such as 1000*TSHIRT). */
    private void add(String code, int quantity) {
        Optional<String> question = model.largeLineQuestion(new ScanInput(quantity, code));
        if (question.isEmpty()) {
            model.add(code, quantity);
            return;
        }
        GuardedQuestion.Answer answer = GuardedQuestion.ask(frame, "Large line", question.get(), LARGE_YES, "Don't add");
        refocusScanField();
        if (answer.yes()) {
            model.addLargeLine(code, quantity);
        } else {
            model.showInfo("Not added: " + quantity + " × " + code);
        }
        typeAhead(answer.typedAhead());
    }

    /** A product button: adds one, or the quantity typed into the scan field first ({@code 3}). */
    private void productPressed(String code) {
        OptionalInt typed;
        try {
            typed = ScanInput.quantityPrefix(scan.field().getText());
        } catch (ScanInput.InvalidScanException e) {
            model.showProblem(e.getMessage());
            return;
        }
        if (typed.isPresent()) {
            scan.field().setText("");
        }
        add(code, typed.orElse(1));
    }

    private void resume() {
        OpenSale selected = sales.selected();
        if (selected != null) {
            model.resume(selected);
        } else {
            model.resumeOldest();
        }
    }

    private void openBasket() {
        String id = JOptionPane.showInputDialog(frame, "The sale's code, as the other till shows it (e.g. 0XV-0KJ),"
                + "\nor its basket's full id (26 letters and digits):", "Open basket", JOptionPane.QUESTION_MESSAGE);
        if (id != null) {
            model.open(id);
        }
        refocusScanField();
    }

    private void cancelSale() {
        OpenSale sale = model.current();
        if (!sale.isEmpty()) {
            String giveBack = sale.taken() == null ? "" : "\n" + sale.taken().toGiveBack() + " (taken for this sale).";
            GuardedQuestion.Answer answer = GuardedQuestion.ask(frame, "Cancel sale",
                    "Cancel " + sale + "?\nIts items are removed and cannot be brought back." + giveBack, CANCEL_YES, CANCEL_NO);
            refocusScanField();
            if (!answer.yes()) {
                model.showInfo("Sale " + sale.name() + " kept");
                typeAhead(answer.typedAhead());
                return;
            }
        }
        model.cancel();
    }

    /** What the clerk (or a scanner) typed while a question was open goes to the scan field, as if typed there. */
    private void typeAhead(String typed) {
        if (!typed.isEmpty()) {
            scan.field().setText(typed);
            if (scanEntered(typed)) {
                scan.field().setText("");
            } else {
                scan.field().selectAll();
            }
        }
    }

    /** After a dialog: the window, and in it the scan field, gets the keyboard back. */
    private void refocusScanField() {
        scan.field().requestFocus();
    }

    /** F8: one unit of the selected line off the receipt, or the selected pending scan taken back. */
    private void voidLine() {
        ReceiptRows.Row row = receipt.selectedRow();
        if (row != null && row.isPending()) {
            model.dropPending(row.pendingScan());
        } else {
            model.voidOne(row == null ? null : row.productCode());
        }
    }

    /** F12: the payment dialog, unless the sale cannot be paid now (empty, scans not confirmed…); then says why. */
    private void pay() {
        Optional<String> refusal = model.paymentRefusal();
        if (refusal.isPresent()) {
            model.showProblem(refusal.get());
            return;
        }
        new PaymentDialog(frame, model).open();   // payments taken before Esc stay with the sale, and show again
        refocusScanField();
    }

    /** F10: the journal; when it is open already, it comes to the front instead of a second one. */
    private void openJournal() {
        if (journal != null && journal.isDisplayable()) {
            journal.focus();
            return;
        }
        journal = new JournalWindow(frame, model.records(), receipts, LocalDate::now);
        journal.setVisible(true);
        journal.refresh();
    }

    private void showLastReceipt() {
        lastSale().ifPresent(last -> receipts.show(frame, last, model::show));
        refocusScanField();
    }

    private void saveLastReceiptPdf() {
        lastSale().ifPresent(last -> receipts.savePdf(frame, last.number(), model::show));
        refocusScanField();
    }

    /** The sale completed last at this till; empty, after saying so, when there is none. */
    private Optional<Sale> lastSale() {
        Sale last = model.lastSale();
        if (last == null) {
            model.showProblem("No sale completed at this till yet: the journal (F10) has every sale of the day");
        }
        return Optional.ofNullable(last);
    }

    private void toggleTheme() {
        theme.use(!theme.isDark());
        darkTheme.setSelected(theme.isDark());
    }

    private void copyBasketId() {
        OpenSale sale = model.current();
        if (sale.basket() == null) {
            model.showProblem("This sale has no basket on the server yet");
            return;
        }
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(sale.basket().toString()), null);
        model.showInfo("Copied basket id " + sale.basket() + " (sale " + sale.name() + ")");
    }

    /** Ctrl+Q or the window's close box: asks first while sales are open, which are then kept for next time. */
    private void close() {
        int open = model.openSales();
        if (open > 0) {
            GuardedQuestion.Answer answer = GuardedQuestion.ask(frame, "Quit",
                    "Quit with " + open + (open == 1 ? " open sale" : " open sales") + "?\n"
                            + "Sales on the server are listed again when the client starts;"
                            + " scans not confirmed yet are lost."
                            + (model.pendingPayments() > 0 ? "\nA payment the server has not confirmed yet is not sent"
                                    + " again: its sale stays unpaid." : "") + takenNotKept(), QUIT_YES, "Keep working");
            refocusScanField();
            if (!answer.yes()) {
                typeAhead(answer.typedAhead());
                return;
            }
            model.keepForNextSession();
        }
        frame.dispose();
    }

    /** Payments taken in open sales are not kept for the next session: the quit question says what to give back. */
    private String takenNotKept() {
        List<OpenSale> open = new ArrayList<>(model.parked());
        open.add(model.current());
        return open.stream().map(OpenSale::taken).filter(Objects::nonNull).map(PaymentDraft::paid)
                .reduce(com.lana.checkout.api.Money::plus)
                .map(taken -> "\nPayments taken and not recorded (" + taken + ") are not kept: give them back first.")
                .orElse("");
    }

    // ---------------------------------------------------------------- model → screen

    private void render() {
        OpenSale sale = model.current();
        // After each scan, select that product's line, so F8 acts on it; otherwise keep the selection.
        boolean scanned = sale == renderedSale && sale.scanCount() != renderedScans;
        String waiting = model.connection() == ServerLink.State.CONNECTED ? "queued" : "waiting for the server";
        receipt.show(sale, sale != renderedSale ? "" : scanned ? sale.lastScanned() : null, model.catalog(), waiting);
        renderedSale = sale;
        renderedScans = sale.scanCount();
        products.show(model.catalog());
        sales.show(model.parked());
        status.busy(model.isBusy());
        // Connected: the server the calls go to (after a failover, the one the till moved to); else all of them.
        String server = model.connection() == ServerLink.State.CONNECTED ? model.server() : model.address();
        status.show(server, model.connection(), model.waitingSeconds(), model.pendingScans(), model.pendingPayments());
        Sale done = model.justCompleted();
        completed.setVisible(done != null);
        completedChange.setVisible(done != null);
        completed.setText(done == null ? "" : "Sale " + done.number() + " completed  ·  change due");
        completedChange.setText(done == null ? "" : done.change().toString());
        Notice notice = model.notice();
        scan.showNotice(notice);
        if (notice != null && notice.isProblem() && notice != beeped) {
            Toolkit.getDefaultToolkit().beep();
        }
        beeped = notice;
    }

    // ---------------------------------------------------------------- keys, menus, buttons

    /** Arrow keys move through the receipt, Page Up/Down through parked sales, without leaving the field. */
    private void bindScanFieldKeys() {
        JComponent field = scan.field();
        Shortcuts.bind(field, KeyStroke.getKeyStroke(KeyEvent.VK_UP, 0), "receiptUp", () -> receipt.moveSelection(-1));
        Shortcuts.bind(field, KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "receiptDown", () -> receipt.moveSelection(1));
        Shortcuts.bind(field, KeyStroke.getKeyStroke(KeyEvent.VK_PAGE_UP, 0), "parkedUp", () -> sales.moveSelection(-1));
        Shortcuts.bind(field, KeyStroke.getKeyStroke(KeyEvent.VK_PAGE_DOWN, 0), "parkedDown", () -> sales.moveSelection(1));
    }

    /** The handler of each action; a new action does not compile until it has one. */
    private Runnable handler(TillAction action) {
        return switch (action) {
            case PAY -> this::pay;
            case NEW_SALE -> model::newSale;
            case PARK -> model::park;
            case RESUME -> this::resume;
            case OPEN -> this::openBasket;
            case COPY_BASKET -> this::copyBasketId;
            case CANCEL -> this::cancelSale;
            case LAST_RECEIPT -> this::showLastReceipt;
            case LAST_RECEIPT_PDF -> this::saveLastReceiptPdf;
            case JOURNAL -> this::openJournal;
            case QUIT -> this::close;
            case VOID_LINE -> this::voidLine;
            case VOID_LAST -> model::voidLastScanned;
            case RETRY -> model::retry;
            case DARK_THEME -> this::toggleTheme;
        };
    }

    /** The buttons of the actions placed there, in the table's order. */
    private List<JButton> buttons(TillAction.Button place) {
        List<JButton> buttons = new ArrayList<>();
        for (TillAction action : TillAction.values()) {
            if (action.button == place) {
                buttons.add(Shortcuts.button(actions.get(action), action.buttonName));
            }
        }
        return buttons;
    }

    private JMenuBar menuBar() {
        JMenuBar bar = new JMenuBar();
        // F10 opens the journal; the look and feel would otherwise give it to the menu bar.
        bar.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_F10, 0), "none");
        for (TillAction.Menu title : TillAction.Menu.values()) {
            JMenu menu = new JMenu(title.title);
            menu.setMnemonic(title.mnemonic);
            for (TillAction action : TillAction.values()) {
                if (action.menu == title) {
                    menu.add(menuItem(action));
                    if (action.separatedAfter()) {
                        menu.addSeparator();
                    }
                }
            }
            bar.add(menu);
        }
        return bar;
    }

    /** The dark theme is a check box; every other action a plain item (its shortcut shows, so no tooltip). */
    private JMenuItem menuItem(TillAction action) {
        JMenuItem item = action == TillAction.DARK_THEME ? darkTheme : new JMenuItem();
        item.setAction(actions.get(action));
        item.setToolTipText(null);
        if (action == TillAction.DARK_THEME) {
            darkTheme.setName(DARK_THEME);
            darkTheme.setSelected(theme.isDark());
        }
        return item;
    }
}
