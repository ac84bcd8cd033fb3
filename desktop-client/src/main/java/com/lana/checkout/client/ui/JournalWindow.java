package com.lana.checkout.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.client.sale.CompletedSales;
import com.lana.checkout.client.sale.Notice;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A day's journal: the day's completed sales in a table (Enter or a double-click shows a sale's
 * receipt) and the day report under it; today's at first, another day's through the
 * {@link JournalDayPicker} (Alt+← / Alt+→, or a date typed). Read from the server off the EDT,
 * with a busy indicator meanwhile; F5 reads it again, Esc closes. It does not block the sales
 * screen. Use on the EDT.
 */
final class JournalWindow extends JDialog {

    static final String WINDOW = "journalWindow";
    static final String TABLE = "journalTable";
    static final String BUSY = "journalBusy";
    static final String MESSAGE = "journalMessage";
    static final String REFRESH = "journalRefresh";
    static final String OPEN = "journalOpen";
    static final String TITLE = "journalTitle";
    static final String REPORT_TITLE = "journalReportTitle";

    private final CompletedSales records;
    private final ReceiptActions receipts;
    private final JournalDayPicker picker;
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

    JournalWindow(JFrame owner, CompletedSales records, ReceiptActions receipts, Supplier<LocalDate> today) {
        super(owner, "Journal", Dialog.ModalityType.MODELESS);
        this.records = Objects.requireNonNull(records, "records");
        this.receipts = Objects.requireNonNull(receipts, "receipts");
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
        title.setName(TITLE);
        reportTitle.setName(REPORT_TITLE);
        reportTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");

        JPanel content = new JPanel(new MigLayout(
                "insets dialog, fill, wrap 1",         // layout: platform dialog margins, one column
                "[grow,fill]",                         // columns: full width
                "[][][grow,fill][]para[][][]unrel[]"));  // rows: title | day | sales (grow) | message | report title, report | buttons
        content.add(title, "split 2");
        content.add(busy, "w 80!, hidemode 2, right");   // hidden, it keeps its cell: the table stays on its own row
        content.add(picker);
        content.add(new JScrollPane(table), "w 560::, h 80:160:");   // shrinks first on a small screen
        content.add(message, "wmin 0");
        content.add(new JSeparator());
        content.add(reportTitle);
        content.add(report);
        content.add(open, "split 2, tag ok");
        content.add(refresh, "tag other");
        setContentPane(content);
        Shortcuts.bindInWindow(getRootPane(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close", this::dispose);
        Shortcuts.bindInWindow(getRootPane(), KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0), "refresh", this::refresh);
        picker.bindKeys(getRootPane());
        KeyStroke enter = KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0);
        Shortcuts.bind(table, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT, enter, "openSale", this::openSelected);
        Shortcuts.bind(table, JComponent.WHEN_FOCUSED, enter, "openSale", this::openSelected);
        pack();
        // No taller or wider than the screen (1024×600 at a small till): the sales list shrinks, the report stays whole.
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setSize(Math.min(getWidth(), screen.width), Math.min(getHeight(), screen.height));
        setLocationRelativeTo(owner);
    }

    /** Reads the chosen day's sales and report again; what shows until they come is that day's, emptied. */
    void refresh() {
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
                rows.setRows(loaded.sales());
                report.show(loaded.report());
                int count = loaded.sales().size();
                say(Notice.info(count == 0 ? "No sale completed on " + day + (day.equals(today.get()) ? " yet" : "")
                        : count + (count == 1 ? " sale" : " sales") + " on " + day + ": Enter shows the selected one's receipt"));
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
    }

    /** Brings the open journal to the front, with the keyboard in its table, and reads it again. */
    void focus() {
        toFront();
        table.requestFocus();
        refresh();
    }

    private void openSelected() {
        int row = table.getSelectedRow();
        if (row < 0) {
            say(Notice.problem("Select a sale first"));
            return;
        }
        SaleSummary summary = rows.row(table.convertRowIndexToModel(row));
        loading++;
        showBusy();
        records.sale(summary.number(), new CompletedSales.Answer<>() {
            @Override
            public void answered(Sale sale) {
                loading--;
                showBusy();
                say(Notice.info("Receipt " + sale.number() + ": Ctrl+P in it saves it as PDF"));
                receipts.show(JournalWindow.this, sale, JournalWindow.this::say);
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

    private void showBusy() {
        busy.setIndeterminate(loading > 0);
        busy.setVisible(loading > 0);
        if (loading > 0) {
            message.setText("Reading from the server…");
        }
    }

    private void say(Notice notice) {
        message.setText(notice.text());
        message.putClientProperty(FlatClientProperties.STYLE, NoticeStyle.of(notice));
    }
}
