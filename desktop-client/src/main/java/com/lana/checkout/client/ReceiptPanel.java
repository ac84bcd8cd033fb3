package com.lana.checkout.client;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Receipt;
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
import java.awt.Color;
import java.awt.Component;

/**
 * The current sale's receipt: one row per product, promotion rows under the product they reduce,
 * then subtotal, savings and a large TOTAL. A selected line is what "void line" takes a unit from.
 */
final class ReceiptPanel extends JPanel {

    static final String TITLE = "receiptTitle";
    static final String TABLE = "receiptTable";
    static final String SUBTOTAL = "subtotal";
    static final String SAVINGS = "savings";
    static final String TOTAL = "total";

    private final JLabel title = new JLabel("Sale");
    private final ReceiptTableModel rows = new ReceiptTableModel();
    private final RowRenderer renderer = new RowRenderer();
    private final JTable table = new JTable(rows) {
        @Override
        public void updateUI() {
            super.updateUI();
            if (renderer != null) {
                renderer.updateUI();   // not a child component: follow theme switches by hand
            }
        }
    };
    private final JLabel subtotal = amountLabel(SUBTOTAL);
    private final JLabel savings = amountLabel(SAVINGS);
    private final JLabel total = amountLabel(TOTAL);

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
        column(ReceiptTableModel.ITEM, 260);
        column(ReceiptTableModel.QUANTITY, 50);
        column(ReceiptTableModel.UNIT_PRICE, 90);
        column(ReceiptTableModel.AMOUNT, 90);

        total.putClientProperty(FlatClientProperties.STYLE_CLASS, "h00");
        total.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.total.foreground");
        savings.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.saving.foreground");
        JLabel totalCaption = new JLabel("TOTAL");
        totalCaption.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");

        add(title, "span 2, wrap");
        add(new JScrollPane(table), "span 2, wrap, wmin 420, hmin 160");
        add(voidLine, "span 2, split 2, sg void");   // both void buttons on one line, same width
        add(voidLast, "sg void, wrap");
        add(new JLabel("Subtotal"));
        add(subtotal, "wrap");
        add(new JLabel("Savings"));
        add(savings, "wrap");
        add(totalCaption, "aligny baseline");
        add(total);
        show(null);
    }

    /** Shows a sale; {@code selectCode} is the product line to select, or null to keep the selection. */
    void show(SalesModel.Sale sale, String selectCode) {
        String keep = selectCode != null ? selectCode : selectedCode();
        Receipt receipt = sale == null ? null : sale.receipt();
        title.setText(sale == null ? "Sale" : "Sale " + sale.number()
                + (sale.basket() == null ? "" : "  ·  basket " + sale.basket()));
        rows.setRows(ReceiptRows.of(receipt));
        subtotal.setText((receipt == null ? Money.ZERO : receipt.subtotal()).toString());
        savings.setText((receipt == null ? Money.ZERO : receipt.savings()).negate().toString());
        total.setText((receipt == null ? Money.ZERO : receipt.total()).toString());
        select(keep);
    }

    void show(SalesModel.Sale sale) {
        show(sale, null);
    }

    /** The product code of the selected line (a promotion row counts as its product), or null. */
    String selectedCode() {
        int index = table.getSelectedRow();
        return index < 0 ? null : rows.row(index).productCode();
    }

    /** Moves the selection up ({@code -1}) or down ({@code +1}), from the scan field's arrow keys. */
    void moveSelection(int delta) {
        int count = rows.getRowCount();
        if (count == 0) {
            return;
        }
        int index = table.getSelectedRow();
        int next = index < 0 ? (delta > 0 ? 0 : count - 1) : Math.max(0, Math.min(count - 1, index + delta));
        table.setRowSelectionInterval(next, next);
        table.scrollRectToVisible(table.getCellRect(next, 0, true));
    }

    private void select(String code) {
        int index = code == null ? -1 : rows.indexOfProduct(code);
        if (index < 0) {
            table.clearSelection();
        } else {
            table.setRowSelectionInterval(index, index);
            table.scrollRectToVisible(table.getCellRect(index, 0, true));
        }
    }

    private void column(int index, int width) {
        TableColumn column = table.getColumnModel().getColumn(index);
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
            boolean promotion = rows.row(row).isPromotion();
            if (!isSelected) {
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
