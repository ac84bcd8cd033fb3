package com.lana.checkout.client.ui.journal;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.sale.Notice;
import com.lana.checkout.client.ui.parts.ListTableModel;
import com.lana.checkout.client.ui.parts.NoticeStyle;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * A journal tab of records a signed-in clerk reads of a day, in a table with a message under it:
 * read from the server off the EDT (the journal's busy indicator runs meanwhile), an answer for a
 * day no longer chosen, or read before a later one, is dropped. A refusal shows in the server's
 * words. Subclasses say what is read and what the message says. Use on the EDT.
 *
 * @param <T> one row
 */
abstract class JournalRecordsView<T> extends JPanel {

    private final ListTableModel<T> rows;
    private final JTable table;
    private final JLabel message = new JLabel(" ");
    private final IntConsumer busy;
    /** How many reads were asked: only the answer to the last one shows. */
    private int asked;
    private LocalDate shown;

    /**
     * @param name the table's name; its message label is named this plus {@code Message}
     * @param busy told +1 as a read goes to the server and -1 as its answer comes
     */
    JournalRecordsView(String name, ListTableModel<T> rows, int[] widths, int[] numberColumns, IntConsumer busy) {
        super(new MigLayout(
                "insets 0, fill, wrap 1",         // layout: no margin of its own, one column
                "[grow,fill]",                    // columns: full width
                "[grow,fill][]"));                // rows: the table (grows) | message
        this.rows = Objects.requireNonNull(rows, "rows");
        this.busy = Objects.requireNonNull(busy, "busy");
        table = new JTable(rows);
        table.setName(name);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        DefaultTableCellRenderer numbers = new DefaultTableCellRenderer();
        numbers.setHorizontalAlignment(SwingConstants.RIGHT);
        for (int column : numberColumns) {
            table.getColumnModel().getColumn(column).setCellRenderer(numbers);
        }
        for (int column = 0; column < widths.length; column++) {
            table.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
        }
        message.setName(name + "Message");
        // As wide as its columns want, where the screen allows; shrinks first on a small screen.
        add(new JScrollPane(table), "w 640:" + Arrays.stream(widths).sum() + ":, h 80:160:");
        add(message, "wmin 0");
    }

    /** Asks the server for the records of {@code day}, answering to {@code reply}. */
    abstract void read(LocalDate day, ServerLink.Reply<List<T>> reply);

    /** What the message says once {@code loaded} came for {@code day}. */
    abstract String holds(LocalDate day, List<T> loaded);

    /** What the message says when the server refused the read, in its words. */
    abstract String refused(CheckoutException e);

    /** What is read, in a few words: {@code the Z reports}. */
    abstract String what();

    JTable table() {
        return table;
    }

    /** The row selected; null, after saying so, when none is. */
    T selected() {
        int row = table.getSelectedRow();
        if (row < 0) {
            say(Notice.problem("Select a row first"));
            return null;
        }
        return rows.row(table.convertRowIndexToModel(row));
    }

    /** Reads {@code day} again; what shows until it comes is that day's, or nothing for another day. */
    void load(LocalDate day) {
        int ticket = ++asked;
        if (!day.equals(shown)) {
            shown = null;
            rows.setRows(List.of());
        }
        say(Notice.info("Reading " + what() + " of " + day + " from the server…"));
        busy.accept(1);
        read(day, new ServerLink.Reply<>() {
            @Override
            public void answered(List<T> loaded) {
                busy.accept(-1);
                if (ticket == asked) {
                    shown = day;
                    rows.setRows(loaded);
                    say(Notice.info(holds(day, loaded)));
                    if (!loaded.isEmpty()) {
                        table.setRowSelectionInterval(loaded.size() - 1, loaded.size() - 1);
                        table.scrollRectToVisible(table.getCellRect(loaded.size() - 1, 0, true));
                    }
                }
            }

            @Override
            public void refused(CheckoutException e) {
                busy.accept(-1);
                if (ticket == asked) {
                    rows.setRows(List.of());
                    say(Notice.problem(JournalRecordsView.this.refused(e)));
                }
            }

            @Override
            public void failed(Exception e) {
                busy.accept(-1);
                if (ticket == asked) {
                    say(Notice.problem(capitalized(what()) + " could not be read: no answer from the server, "
                            + "try again once it answers (F5)"));
                }
            }
        });
    }

    /** Shows nothing, and drops the answers of reads in flight: another clerk signed in. */
    void clear() {
        asked++;
        shown = null;
        rows.setRows(List.of());
        say(Notice.info(" "));
    }

    void say(Notice notice) {
        message.setText(notice.text());
        message.setToolTipText(notice.text().isBlank() ? null : notice.text());
        message.putClientProperty(FlatClientProperties.STYLE, NoticeStyle.of(notice));
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
