package com.lana.checkout.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.client.sale.KnownProduct;
import com.lana.checkout.client.sale.PendingPayment;
import com.lana.checkout.client.sale.PendingScan;
import com.lana.checkout.client.sale.SaleView;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import java.util.List;
import java.util.Map;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;

/**
 * The current sale's receipt: one row per product, promotion rows under the product they reduce,
 * then the scans the server has not confirmed (greyed), subtotal, savings and a large TOTAL, with a
 * note while scans are pending. A selected line is what "void line" takes a unit from.
 */
public final class ReceiptPanel extends JPanel {

    static final String TITLE = "receiptTitle";
    static final String TABLE = "receiptTable";
    static final String SUBTOTAL = "subtotal";
    static final String SAVINGS = "savings";
    static final String TOTAL = "total";
    public static final String PENDING_NOTE = "pendingNote";

    /** Widest texts the number columns must show whole: a line may hold a million units. */
    private static final String WIDEST_QUANTITY = "1000000";
    private static final String WIDEST_AMOUNT = "99999999.99€";

    private final JLabel title = new JLabel("Sale");
    private final ReceiptTableModel rows = new ReceiptTableModel();
    private final RowRenderer renderer = new RowRenderer();
    private final JTable table = new JTable(rows) {
        @Override
        public void updateUI() {
            super.updateUI();
            if (renderer != null) {
                renderer.updateUI();   // not a child component: follow theme switches by hand
                fitColumns(this);
            }
        }
    };
    private final JLabel subtotal = amountLabel(SUBTOTAL);
    private final JLabel savings = amountLabel(SAVINGS);
    private final JLabel total = amountLabel(TOTAL);
    private final JLabel pendingNote = new JLabel();

    ReceiptPanel(JButton voidLine, JButton voidLast) {
        super(new MigLayout(
                "insets 0, fill",                           // layout: fill the space the window gives
                "[grow,fill][right]",                       // columns: captions | amounts, right-aligned
                "[][grow,fill][]unrel[][][]"));             // rows: title, table (grows), void buttons, totals
        title.setName(TITLE);
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");

        table.setName(TABLE);
        table.setFocusable(false);   // the scan field keeps the focus; clicks still select
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setShowHorizontalLines(false);
        table.setRowHeight(table.getRowHeight() + 6);
        table.getTableHeader().setReorderingAllowed(false);
        table.setDefaultRenderer(Object.class, renderer);
        fitColumns(table);
        pendingNote.setName(PENDING_NOTE);
        pendingNote.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground; font: italic");

        total.putClientProperty(FlatClientProperties.STYLE_CLASS, "h00");
        total.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.total.foreground");
        savings.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.saving.foreground");
        JLabel totalCaption = new JLabel("TOTAL");
        totalCaption.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");

        add(title, "span 2, wrap, wmin 0");   // a long title shrinks, it never widens the window
        add(new JScrollPane(table), "span 2, wrap, wmin 420, hmin 120");   // four lines at the smallest window size
        add(voidLine, "span 2, split 2, sg void");   // both void buttons on one line, same width
        add(voidLast, "sg void, wrap");
        add(new JLabel("Subtotal"));
        add(subtotal, "wrap");
        add(new JLabel("Savings"));
        add(savings, "wrap");
        add(totalCaption, "aligny baseline");
        add(total, "wrap");
        add(pendingNote, "span 2, wmin 0, hidemode 3");
        show(null, null, Map.of(), "");
    }

    /**
     * Shows a sale; {@code selectCode} is the product line to select, or null to keep the selection.
     *
     * @param known what the till knows of the pending scans' products, by the code scanned
     * @param waiting what pending scans not on the wire say, e.g. {@code waiting for the server}
     */
    void show(SaleView sale, String selectCode, Map<String, KnownProduct> known, String waiting) {
        ReceiptRows.Row keep = selectedRow();
        Receipt receipt = sale == null ? null : sale.receipt();
        List<PendingScan> pending = sale == null ? List.of() : sale.pending();
        showTitle(sale);
        rows.setRows(ReceiptRows.of(receipt, pending, known, sale != null && sale.lost() ? "not on the server" : waiting));
        subtotal.setText((receipt == null ? Money.ZERO : receipt.subtotal()).toString());
        savings.setText((receipt == null ? Money.ZERO : receipt.savings()).negate().toString());
        total.setText((receipt == null ? Money.ZERO : receipt.total()).toString());
        PendingPayment payment = sale == null ? null : sale.payment();
        pendingNote.setVisible(!pending.isEmpty() || payment != null);
        if (payment != null) {
            pendingNote.setText("Payment of " + payment.amount() + " " + (payment.state() == PendingPayment.State.SENDING
                    ? "sending…" : waiting) + ": the sale completes when the server answers");
        } else {
            pendingNote.setText(pending.isEmpty() ? "" : "Not in the total yet: " + pending.size()
                    + (pending.size() == 1 ? " scan" : " scans") + " waiting for the server ("
                    + ReceiptRows.pendingPrice(pending, known) + ")");
        }
        if (selectCode != null) {
            select(rows.indexOfProduct(selectCode));
        } else {
            select(keep == null ? -1 : rows.indexOf(keep));
        }
    }

    /** The selected row, or null. */
    ReceiptRows.Row selectedRow() {
        int index = table.getSelectedRow();
        return index < 0 || index >= rows.getRowCount() ? null : rows.row(index);
    }

    /** The product code of the selected line (a promotion row counts as its product), or null. */
    String selectedCode() {
        ReceiptRows.Row row = selectedRow();
        return row == null ? null : row.productCode();
    }

    /**
     * The heading: the sale's name, its basket's short code as every terminal shows it; the full
     * basket id is in the tooltip, and Ctrl+B copies it.
     */
    private void showTitle(SaleView sale) {
        BasketId basket = sale == null ? null : sale.basket();
        title.setText(sale == null ? "Sale" : "Sale " + sale.name()
                + (sale.lost() ? "  ·  not on the server: F5 re-creates it" : ""));
        title.setToolTipText(basket == null ? null : "Basket " + basket + " (Ctrl+B copies it; F6 on another"
                + " terminal opens it by " + basket.shortCode() + ")");
    }

    /** Moves the selection up ({@code -1}) or down ({@code +1}), from the scan field's arrow keys. */
    void moveSelection(int delta) {
        int next = SelectionStep.next(table.getSelectedRow(), rows.getRowCount(), delta);
        if (next >= 0) {
            select(next);
        }
    }

    private void select(int index) {
        if (index < 0) {
            table.clearSelection();
        } else {
            table.setRowSelectionInterval(index, index);
            table.scrollRectToVisible(table.getCellRect(index, 0, true));
        }
    }

    /** Number columns as wide as their widest possible text, so amounts never show "…"; the item takes the rest. */
    private static void fitColumns(JTable table) {
        FontMetrics metrics = table.getFontMetrics(table.getFont());
        int padding = 16;
        fit(table, ReceiptTableModel.QUANTITY, metrics.stringWidth(WIDEST_QUANTITY) + padding);
        fit(table, ReceiptTableModel.UNIT_PRICE, metrics.stringWidth(WIDEST_AMOUNT) + padding);
        fit(table, ReceiptTableModel.AMOUNT, metrics.stringWidth(WIDEST_AMOUNT) + padding);
        table.getColumnModel().getColumn(ReceiptTableModel.ITEM).setPreferredWidth(260);
        // Room for all four at their preferred widths, so that item names and pending states show whole.
        int width = 0;
        for (int i = 0; i < table.getColumnCount(); i++) {
            width += table.getColumnModel().getColumn(i).getPreferredWidth();
        }
        table.setPreferredScrollableViewportSize(new Dimension(width, table.getRowHeight() * 12));
    }

    private static void fit(JTable table, int index, int width) {
        TableColumn column = table.getColumnModel().getColumn(index);
        column.setMinWidth(width);
        column.setPreferredWidth(width);
    }

    private static JLabel amountLabel(String name) {
        JLabel label = new JLabel(Money.ZERO.toString(), SwingConstants.RIGHT);
        label.setName(name);
        return label;
    }

    /** Numbers right-aligned; promotion rows in the savings colour. */
    private final class RowRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected,
                                                       boolean hasFocus, int row, int column) {
            super.getTableCellRendererComponent(table, value, isSelected, false, row, column);
            setHorizontalAlignment(column == ReceiptTableModel.ITEM ? LEFT : RIGHT);
            ReceiptRows.Row shown = rows.row(row);
            boolean promotion = shown.isPromotion();
            setFont(shown.isPending() ? table.getFont().deriveFont(Font.ITALIC) : table.getFont());
            if (shown.isPending() && !isSelected) {
                setForeground(color("Label.disabledForeground", table.getForeground()));
                setBackground(table.getBackground());
            } else if (!isSelected) {
                setForeground(promotion ? color("Lana.saving.foreground", table.getForeground()) : table.getForeground());
                setBackground(promotion ? color("Lana.receipt.promotionBackground", table.getBackground())
                        : table.getBackground());
            }
            return this;
        }

        private Color color(String key, Color fallback) {
            Color color = UIManager.getColor(key);
            return color != null ? color : fallback;
        }
    }
}
