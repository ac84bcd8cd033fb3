package com.lana.checkout.client.ui.journal;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.client.clerks.ShiftRecords;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.ui.parts.ReceiptDialog;
import com.lana.checkout.client.ui.parts.Shortcuts;

import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * The journal's tab of the chosen day's Z reports, one a row; Enter (or a double-click) shows the
 * selected one as the till's printer prints it, 42 columns, as a receipt shows. Use on the EDT.
 */
public final class JournalZReports extends JournalRecordsView<ShiftReport> {

    public static final String TABLE = "journalZReports";
    static final String MESSAGE = TABLE + "Message";

    private final ShiftRecords records;

    JournalZReports(ShiftRecords records, IntConsumer busy) {
        super(TABLE, new ZReportTableModel(), ZReportTableModel.WIDTHS, ZReportTableModel.NUMBER_COLUMNS, busy);
        this.records = Objects.requireNonNull(records, "records");
        KeyStroke enter = KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0);
        Shortcuts.bind(table(), JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT, enter, "openZReport", this::openSelected);
        Shortcuts.bind(table(), JComponent.WHEN_FOCUSED, enter, "openZReport", this::openSelected);
        table().addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    openSelected();
                }
            }
        });
    }

    @Override
    void read(LocalDate day, ServerLink.Reply<List<ShiftReport>> reply) {
        records.zReports(day, reply);
    }

    @Override
    String holds(LocalDate day, List<ShiftReport> loaded) {
        return loaded.isEmpty() ? "No shift closed on " + day
                : loaded.size() + (loaded.size() == 1 ? " shift" : " shifts") + " closed on " + day
                        + ": Enter shows the selected Z report";
    }

    @Override
    String refused(CheckoutException e) {
        return "The Z reports could not be read: " + e.getMessage();
    }

    @Override
    String what() {
        return "the Z reports";
    }

    /** Enter: the selected Z report's text. */
    private void openSelected() {
        ShiftReport z = selected();
        if (z != null) {
            new ReceiptDialog(SwingUtilities.getWindowAncestor(this), z.z() + " (shift " + z.shift().number() + ")",
                    z.toString(), null).setVisible(true);
            table().requestFocus();
        }
    }
}
