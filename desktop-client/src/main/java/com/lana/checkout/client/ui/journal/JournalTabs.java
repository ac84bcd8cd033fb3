package com.lana.checkout.client.ui.journal;

import com.lana.checkout.client.clerks.ShiftRecords;
import net.miginfocom.swing.MigLayout;

import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.Timer;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * What the journal shows of its day: the sales alone while nobody is signed in (a server without
 * clerks); with a clerk signed in, tabs — Sales (Alt+S), Z reports (Alt+Z) and the audit trail
 * (Alt+A, managers only) — where choosing a tab reads it and gives its table the keyboard. When the
 * till is locked or another clerk signs in, the clerk's tabs are emptied (checked twice a second, no
 * call to the server) and what the new clerk may read is read again. Use on the EDT.
 */
final class JournalTabs extends JPanel {

    static final String TABS = "journalTabs";
    static final int SALES = 0;
    static final int Z_REPORTS = 1;
    static final int AUDIT = 2;

    private final JComponent sales;
    private final JComponent salesFocus;
    private final ShiftRecords records;
    private final JTabbedPane tabs = new JTabbedPane();
    private final JournalZReports zReports;
    private final JournalAudit audit;
    private final Timer watch = new Timer(500, e -> {
        if (follow()) {
            loadShown();   // another clerk: what they may read, read again
        }
    });
    /** The clerk whose tabs show, as {@link ShiftRecords#reader()} names them; null while none. */
    private Object reader;
    private LocalDate day;
    private boolean arranging;

    /**
     * @param sales the sales and the day report; {@code salesFocus} in it has the keyboard when they show
     * @param busy told +1 as a read goes to the server and -1 as its answer comes
     */
    JournalTabs(JComponent sales, JComponent salesFocus, ShiftRecords records, IntConsumer busy) {
        super(new MigLayout(
                "insets 0, fill",                 // layout: no margin of its own
                "[grow,fill]",                    // columns: full width
                "[grow,fill]"));                  // rows: the sales, or the tabs
        this.sales = Objects.requireNonNull(sales, "sales");
        this.salesFocus = Objects.requireNonNull(salesFocus, "salesFocus");
        this.records = Objects.requireNonNull(records, "records");
        zReports = new JournalZReports(records, busy);
        audit = new JournalAudit(records, busy);
        tabs.setName(TABS);
        tabs.addChangeListener(e -> {
            if (!arranging) {
                chosen();
            }
        });
        add(sales);
        follow();   // the tabs of a clerk signed in now count when the journal is laid out
    }

    /** Shows {@code day}: the tab shown reads it (the sales are the journal's to read). */
    void showDay(LocalDate day) {
        this.day = Objects.requireNonNull(day, "day");
        follow();
        loadShown();
    }

    /** Whether the sales show: no tabs, or the Sales tab chosen. */
    boolean salesShown() {
        return reader == null || tabs.getSelectedIndex() == SALES;
    }

    /** Gives the keyboard to the table shown. */
    void focusShown() {
        switch (reader == null ? SALES : tabs.getSelectedIndex()) {
            case Z_REPORTS -> zReports.table().requestFocus();
            case AUDIT -> audit.table().requestFocus();
            default -> salesFocus.requestFocus();
        }
    }

    @Override
    public void addNotify() {
        super.addNotify();
        watch.start();
    }

    @Override
    public void removeNotify() {
        watch.stop();
        super.removeNotify();
    }

    /** A tab was chosen: it reads the day and has the keyboard. */
    private void chosen() {
        loadShown();
        focusShown();
    }

    private void loadShown() {
        if (day == null || reader == null) {
            return;
        }
        switch (tabs.getSelectedIndex()) {
            case Z_REPORTS -> zReports.load(day);
            case AUDIT -> audit.load(day);
            default -> { }   // the sales: read by the journal
        }
    }

    /**
     * Shows the tabs of the clerk signed in now, emptied when another one signed in; the sales alone
     * while none is. True when the clerk changed.
     */
    private boolean follow() {
        Object now = records.reader();
        if (now == reader) {
            return false;
        }
        boolean hadTabs = reader != null;
        reader = now;
        zReports.clear();
        audit.clear();
        arranging = true;
        try {
            if (now != null && !hadTabs) {
                removeAll();
                tabs.addTab("Sales", sales);
                tabs.addTab("Z reports", zReports);
                tabs.addTab("Audit trail", audit);
                tabs.setMnemonicAt(SALES, KeyEvent.VK_S);
                tabs.setMnemonicAt(Z_REPORTS, KeyEvent.VK_Z);
                tabs.setMnemonicAt(AUDIT, KeyEvent.VK_A);
                tabs.setToolTipTextAt(SALES, "The day's sales and refunds, and the day report (Alt+S)");
                tabs.setToolTipTextAt(Z_REPORTS, "The Z reports of the shifts closed that day (Alt+Z)");
                tabs.setToolTipTextAt(AUDIT, "What was done at the tills, who approved it and why: managers only (Alt+A)");
                add(tabs);
            } else if (now == null && hadTabs) {
                removeAll();
                tabs.removeAll();
                add(sales);
            }
        } finally {
            arranging = false;
        }
        revalidate();
        repaint();
        return true;
    }
}
