package com.lana.checkout.client.ui.journal;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.client.clerks.ShiftRecords;
import com.lana.checkout.client.sale.CompletedSales;
import com.lana.checkout.client.sale.Notice;
import com.lana.checkout.client.ui.parts.NoticeStyle;
import com.lana.checkout.client.ui.parts.ReceiptActions;
import com.lana.checkout.client.ui.parts.Shortcuts;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.Dialog;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A day's journal: the day's completed sales and refunds in a table, in the order they were made
 * (Enter or a double-click shows one's receipt; F6 refunds items of the selected sale, see
 * {@link JournalRefunds}), and the day report under it; today's at first, another day's through
 * the {@link JournalDayPicker} (Alt+← / Alt+→, or a date typed). With a clerk signed in, the
 * {@link JournalTabs} add the day's Z reports and audit trail beside the sales. Read from the server
 * off the EDT, with a busy indicator meanwhile; F5 reads it again, Esc closes. It does not block the
 * sales screen. Use on the EDT.
 */
public final class JournalWindow extends JDialog {

    public static final String WINDOW = "journalWindow";
    public static final String TABLE = "journalTable";
    static final String BUSY = "journalBusy";
    public static final String MESSAGE = "journalMessage";
    static final String REFRESH = "journalRefresh";
    static final String OPEN = "journalOpen";
    public static final String REFUND = "journalRefund";
    static final KeyStroke REFUND_KEY = KeyStroke.getKeyStroke(KeyEvent.VK_F6, 0);
    public static final String TITLE = "journalTitle";
    public static final String REPORT_TITLE = "journalReportTitle";

    private final CompletedSales records;
    private final ReceiptActions receipts;
    private final JournalRefunds refunds;
    private final JournalDayPicker picker;
    private final JournalTabs tabs;
    private final JournalTableModel rows = new JournalTableModel();
    private final JTable table = new JTable(rows);
    private final DayReportPanel report = new DayReportPanel();
    private final JProgressBar busy = new JProgressBar();
    private final JLabel message = new JLabel(" ");
    private final JLabel title = new JLabel("Journal");
    private final JLabel reportTitle = new JLabel("Day report");
    private final Supplier<LocalDate> today;
    /** The day whose sales and report are on screen; null before the first answer. */
    private LocalDate shown;
    private int loading;

    public JournalWindow(JFrame owner, CompletedSales records, ShiftRecords shifts, ReceiptActions receipts,
                         Supplier<LocalDate> today) {
        super(owner, "Journal", Dialog.ModalityType.MODELESS);
        this.records = Objects.requireNonNull(records, "records");
        this.receipts = Objects.requireNonNull(receipts, "receipts");
        this.refunds = new JournalRefunds(this, records.refunds(), receipts, this::say, this::refresh);
        this.today = Objects.requireNonNull(today, "today");
        this.picker = new JournalDayPicker(today, new JournalDayPicker.Listener() {
            @Override
            public void chosen(LocalDate day) {
                refresh();
            }

            @Override
            public void refused(String why) {
                say(Notice.problem(why));
            }
        });
        setName(WINDOW);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        table.setName(TABLE);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        DefaultTableCellRenderer numbers = new DefaultTableCellRenderer();
        numbers.setHorizontalAlignment(SwingConstants.RIGHT);
        for (int column : JournalTableModel.NUMBER_COLUMNS) {
            table.getColumnModel().getColumn(column).setCellRenderer(numbers);
        }
        for (int column = 0; column < JournalTableModel.WIDTHS.length; column++) {
            table.getColumnModel().getColumn(column).setPreferredWidth(JournalTableModel.WIDTHS[column]);
        }
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    openSelected();
                }
            }
        });
        busy.setName(BUSY);
        busy.setVisible(false);
        message.setName(MESSAGE);
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        JButton refresh = Shortcuts.button("Refresh  F5", REFRESH, this::refresh);
        JButton open = Shortcuts.button("Receipt  Enter", OPEN, this::openSelected);
        JButton refund = Shortcuts.button("Refund…  " + Shortcuts.text(REFUND_KEY), REFUND, this::refundSelected);
        refund.setToolTipText("Refund items of the selected sale: the customer brought them back ("
                + Shortcuts.text(REFUND_KEY) + ")");
        title.setName(TITLE);
        reportTitle.setName(REPORT_TITLE);
        reportTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");

        JPanel sales = new JPanel(new MigLayout(
                "insets 0, fill, wrap 1",              // layout: no margin of its own, one column
                "[grow,fill]",                         // columns: full width
                "[grow,fill]para[][][]unrel[]"));      // rows: sales (grow) | separator, report title, report | buttons
        sales.add(new JScrollPane(table), "w 640::, h 80:160:");   // shrinks first on a small screen
        sales.add(new JSeparator());
        sales.add(reportTitle);
        sales.add(report);
        sales.add(open, "split 2, tag ok");
        sales.add(refund, "tag other");
        tabs = new JournalTabs(sales, table, shifts, this::busyBy);

        JPanel content = new JPanel(new MigLayout(
                "insets dialog, fill, wrap 1",         // layout: platform dialog margins, one column
                "[grow,fill]",                         // columns: full width
                "[][][grow,fill][]unrel[]"));          // rows: title | day | sales or tabs (grow) | message | buttons
        content.add(title, "split 2");
        content.add(busy, "w 80!, hidemode 2, right");   // hidden, it keeps its cell: the table stays on its own row
        content.add(picker);
        content.add(tabs);
        content.add(message, "wmin 0");
        content.add(refresh, "tag other");
        setContentPane(content);
        Shortcuts.bindInWindow(getRootPane(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close", this::dispose);
        Shortcuts.bindInWindow(getRootPane(), KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0), "refresh", this::refresh);
        Shortcuts.bindInWindow(getRootPane(), REFUND_KEY, "refund", this::refundSelected);
        picker.bindKeys(getRootPane());
        KeyStroke enter = KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0);
        Shortcuts.bind(table, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT, enter, "openSale", this::openSelected);
        Shortcuts.bind(table, JComponent.WHEN_FOCUSED, enter, "openSale", this::openSelected);
        pack();
        // No taller or wider than the screen (1024×600 at a small till): the sales list shrinks, the report stays whole.
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setSize(Math.min(getWidth(), screen.width), Math.min(getHeight(), screen.height));
        setLocationRelativeTo(owner);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                refunds.stop();
            }
        });
    }

    /** Reads the chosen day's sales and report again; what shows until they come is that day's, emptied. */
    public void refresh() {
        refresh(null);
    }

    /** Reads the day again, then says {@code news}, or what the day holds when it is null. */
    private void refresh(Notice news) {
        if (news != null) {
            say(news);
        }
        LocalDate day = picker.day();
        setTitle("Journal — " + day);
        title.setText("Journal of " + picker.describe(day));
        reportTitle.setText("Day report " + day);
        if (!day.equals(shown)) {
            shown = null;
            rows.setRows(List.of());
            report.clear();
        }
        loading++;
        showBusy();
        records.day(day, new CompletedSales.Answer<>() {
            @Override
            public void answered(CompletedSales.Day loaded) {
                loading--;
                showBusy();
                if (!loaded.day().equals(picker.day())) {
                    return;   // the clerk moved on to another day meanwhile: its answer is on its way
                }
                shown = day;
                rows.setRows(JournalTableModel.entries(loaded.sales(), loaded.refunds()));
                report.show(loaded.report());
                int count = rows.getRowCount();
                say(news != null ? news : Notice.info(holds(loaded)));
                if (count > 0) {
                    table.setRowSelectionInterval(count - 1, count - 1);
                    table.scrollRectToVisible(table.getCellRect(count - 1, 0, true));
                }
            }

            @Override
            public void failed(String why) {
                loading--;
                showBusy();
                if (day.equals(picker.day())) {
                    say(Notice.problem(why));
                }
            }
        });
        tabs.showDay(day);
    }

    /** "2 sales and 1 refund on 2026-11-26: …", or that the day has none. */
    private String holds(CompletedSales.Day loaded) {
        LocalDate day = loaded.day();
        int sales = loaded.sales().size();
        int refunded = loaded.refunds().size();
        if (sales + refunded == 0) {
            return "No sale completed on " + day + (day.equals(today.get()) ? " yet" : "");
        }
        return sales + (sales == 1 ? " sale" : " sales")
                + (refunded == 0 ? "" : " and " + refunded + (refunded == 1 ? " refund" : " refunds")) + " on " + day
                + ": Enter shows the selected one's receipt, " + Shortcuts.text(REFUND_KEY) + " refunds items of a sale";
    }

    /** Brings the open journal to the front, with the keyboard in its table, and reads it again. */
    public void focus() {
        toFront();
        tabs.focusShown();
        refresh();
    }

    /** Enter: the selected sale's or refund's receipt. */
    private void openSelected() {
        JournalTableModel.Entry entry = selected();
        if (entry instanceof JournalTableModel.Refunded refunded) {
            say(Notice.info("Receipt " + refunded.refund().number() + ": Ctrl+P in it saves it as PDF"));
            receipts.show(this, refunded.refund(), this::say);
            table.requestFocus();
        } else if (entry != null) {
            readSale(entry.saleNumber(), sale -> {
                say(Notice.info("Receipt " + sale.number() + ": Ctrl+P in it saves it as PDF"));
                receipts.show(this, sale, this::say);
            });
        }
    }

    /** F6: refunds items of the selected sale (or of the sale of the selected refund), as the server has it now. */
    private void refundSelected() {
        if (!tabs.salesShown()) {
            return;   // the sales are on another tab: nothing of them is selected in sight
        }
        JournalTableModel.Entry entry = selected();
        if (entry != null) {
            readSale(entry.saleNumber(), refunds::open);
        }
    }

    /** The selected row; null, after saying so, when none is. */
    private JournalTableModel.Entry selected() {
        int row = table.getSelectedRow();
        if (row < 0) {
            say(Notice.problem("Select a sale first"));
            return null;
        }
        return rows.row(table.convertRowIndexToModel(row));
    }

    /** Reads the sale from the server, busy meanwhile, then hands it to {@code then}; the table has the keyboard after. */
    private void readSale(SaleNumber number, Consumer<Sale> then) {
        loading++;
        showBusy();
        records.sale(number, new CompletedSales.Answer<>() {
            @Override
            public void answered(Sale sale) {
                loading--;
                showBusy();
                then.accept(sale);
                table.requestFocus();
            }

            @Override
            public void failed(String why) {
                loading--;
                showBusy();
                say(Notice.problem(why));
            }
        });
    }

    /** A read of another tab went to the server ({@code +1}) or answered ({@code -1}): the indicator runs meanwhile. */
    private void busyBy(int change) {
        loading += change;
        busy.setIndeterminate(loading > 0);
        busy.setVisible(loading > 0);
    }

    /** The indicator runs while a read of the journal's is out, which its message says too. */
    private void showBusy() {
        busyBy(0);
        if (loading > 0) {
            message.setText("Reading from the server…");
        }
    }

    private void say(Notice notice) {
        message.setText(notice.text());
        message.setToolTipText(notice.text());   // whole, should the window be too narrow for it
        message.putClientProperty(FlatClientProperties.STYLE, NoticeStyle.of(notice));
    }
}
