package com.lana.checkout.client.ui;

import com.lana.checkout.api.Sale;
import com.lana.checkout.client.clerks.ShiftRecords;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.sale.Notice;
import com.lana.checkout.client.sale.OpenSale;
import com.lana.checkout.client.sale.ScanInput;
import com.lana.checkout.client.sale.SaleView;
import com.lana.checkout.client.sale.Till;
import com.lana.checkout.client.sale.TillView;
import com.lana.checkout.client.ui.journal.JournalWindow;
import com.lana.checkout.client.ui.parts.ReceiptActions;
import com.lana.checkout.client.ui.parts.Shortcuts;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The sales screen: puts the panels together, gives every action of the {@link TillAction} table
 * its handler (the {@link TillMenus} make each a menu item, a button and a key), and repaints from
 * the {@link Till} whenever it changes. Build and use on the EDT.
 *
 * <pre>
 *  ┌ Scan ________________________________ Find… ┐
 *  │ inline message                              │
 *  │ sale just completed: number, change         │
 *  ├ receipt table ───────────────┬ product buttons ┤
 *  │ promotions under products    │ Pay             │
 *  │                              │ sale buttons    │
 *  │ Subtotal / Savings / TOTAL   │ parked sales    │
 *  └ status bar: server, state, busy, Retry ───────┘
 * </pre>
 *
 * <p>F12 pays in a {@link PaymentDialog}; F10 opens the one {@link JournalWindow}; Ctrl+F finds a
 * product by name in a {@link ProductSearchDialog} and adds it ({@link ProductPicker}).
 *
 * <p>No single key destroys a sale: cancelling, quitting with open sales and adding a large line
 * ask first ({@link TillQuestions}), and Enter answers "no"; F2 parks a sale that has items.
 */
public final class TillWindow {

    static final String FRAME = "salesWindow";
    static final String NEW_SALE = "newSale";
    static final String PARK = "parkSale";
    static final String RESUME = "resumeSale";
    static final String OPEN = "openBasket";
    static final String FIND = "findProduct";
    static final String CANCEL = "cancelSale";
    static final String VOID_LINE = "voidLine";
    static final String VOID_LAST = "voidLast";
    public static final String RETRY = "retry";
    /** The View menu, where rooms above the window add their items (the customer display's). */
    public static final String VIEW_MENU = "viewMenu";
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
    private final TillMenus menus;
    private final CompletedSaleLine completed = new CompletedSaleLine();
    private final TillQuestions questions;
    private final ReceiptActions receipts;
    private final ProductPicker picker;
    private final Timer poll;
    private JournalWindow journal;

    private SaleView renderedSale;
    private Notice beeped;

    public TillWindow(Till model, Theme theme) {
        this.model = Objects.requireNonNull(model, "model");
        this.theme = Objects.requireNonNull(theme, "theme");
        products = new ProductButtonsPanel(this::productPressed);
        questions = new TillQuestions(frame, model, this::refocusScanField, this::typeAhead);
        menus = new TillMenus(this::handler);
        menus.darkTheme(theme.isDark());
        scan = new ScanPanel(this::scanEntered, menus.button(TillAction.Button.SCAN));
        picker = new ProductPicker(frame, model, scan.field(), questions);
        List<JButton> receiptButtons = menus.buttons(TillAction.Button.RECEIPT);
        receipt = new ReceiptPanel(receiptButtons.get(0), receiptButtons.get(1));
        List<JButton> saleButtons = menus.buttons(TillAction.Button.SALE);
        saleButtons.addAll(menus.buttons(TillAction.Button.SALE_LAST));
        sales = new SaleButtonsPanel(menus.button(TillAction.Button.PAY), saleButtons, model::resume);
        receipts = new ReceiptActions(model.records());
        status = new StatusBar(menus.button(TillAction.Button.STATUS));
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
        content.add(completed, "span 2, wrap");
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
        frame.setJMenuBar(menus.menuBar());
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

    /** The bottom line, where the rooms above the window (clerks, printer) say what lasts. */
    public StatusBar statusBar() {
        return status;
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
        input.ifPresent(scan -> questions.add(scan.code(), scan.quantity()));
        return input.isPresent();
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
        questions.add(code, typed.orElse(1));
    }

    private void resume() {
        SaleView selected = sales.selected();
        if (selected != null) {
            model.resume(selected);
        } else {
            model.resumeOldest();
        }
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
        journal = new JournalWindow(frame, model.records(), new ShiftRecords(model.link()), receipts, LocalDate::now);
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
        menus.darkTheme(theme.isDark());
    }

    private void copyBasketId() {
        OpenSale sale = model.current();
        if (sale.basket() == null) {
            model.showProblem("This sale has no basket on the server yet");
            return;
        }
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(sale.basket().toString()), null);
        model.show(Notice.info("Copied basket id " + sale.basket() + " (sale " + sale.name() + ")"));
    }

    /** Ctrl+Q or the window's close box: asks first while sales are open, which are then kept for next time. */
    private void close() {
        if (questions.quit()) {
            frame.dispose();
        }
    }

    // ---------------------------------------------------------------- model → screen

    /** Renders one {@link TillView} of the till: nothing else of it is read while drawing. */
    private void render() {
        TillView view = TillView.of(model);
        SaleView sale = view.current();
        // After each scan, and once the server says which line a barcode is, select that line, so F8
        // acts on it; otherwise keep the selection.
        boolean sameSale = renderedSale != null && sale.number() == renderedSale.number();
        boolean scanned = sameSale && (sale.scanCount() != renderedSale.scanCount()
                || !Objects.equals(sale.lastScanned(), renderedSale.lastScanned()));
        String waiting = view.connection() == ServerLink.State.CONNECTED ? "queued" : "waiting for the server";
        receipt.show(sale, !sameSale ? "" : scanned ? sale.lastScanned() : null, view.pendingProducts(), waiting);
        renderedSale = sale;
        products.show(view.favourites());
        sales.show(view.parked());
        status.busy(view.busy());
        status.show(view.server(), view.connection(), view.waitingSeconds(), view.pendingScans(), view.pendingPayments());
        completed.show(view.justCompleted());
        Notice notice = view.notice();
        scan.showNotice(notice);
        scan.offer(view.toCorrect());
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
            case OPEN -> questions::openBasket;
            case FIND -> () -> picker.pick();   // made after the menus, which hold its button
            case COPY_BASKET -> this::copyBasketId;
            case CANCEL -> questions::cancelSale;
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
}
