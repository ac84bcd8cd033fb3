package com.lana.checkout.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.Product;
import com.lana.checkout.client.sale.Notice;
import com.lana.checkout.client.sale.ProductFinder;
import com.lana.checkout.client.sale.Till;
import com.lana.checkout.client.ui.parts.NoticeStyle;
import com.lana.checkout.client.ui.parts.Shortcuts;
import net.miginfocom.swing.MigLayout;

import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.Component;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Optional;

/**
 * The product search, keyboard first: the keyboard stays in the search field; what is typed is
 * searched on the server once typing pauses ({@value #DEBOUNCE_MILLIS} ms), with a busy indicator
 * until the answer shows; ↑ ↓ (and Page Up/Down) choose a result, Enter takes it (a product off
 * sale is refused, and says so), Esc goes back without one. Each result shows code, name, price,
 * VAT rate and whether it is off sale. Enter before the results of what is typed show searches at
 * once and takes nothing yet. Build and use on the EDT.
 */
final class ProductSearchDialog extends JDialog {

    static final String DIALOG = "productSearch";
    static final String FIELD = "productSearchField";
    static final String RESULTS = "productSearchResults";
    static final String BUSY = "productSearchBusy";
    static final String MESSAGE = "productSearchMessage";

    /** How long typing must pause before what is typed is searched: a word typed at speed is one search. */
    static final int DEBOUNCE_MILLIS = 150;

    private static final int VISIBLE_ROWS = 10;

    private final ProductFinder finder;
    private final JTextField field = new JTextField(28);
    private final ProductTableModel results = new ProductTableModel();
    private final JTable table = new JTable(results);
    private final JProgressBar busy = new JProgressBar();
    private final JLabel message = new JLabel(" ");
    private final Timer debounce;
    private Product chosen;

    /**
     * @param query what to search for first; empty for nothing yet
     * @param quantity how many the product chosen adds, which the keys line says
     */
    ProductSearchDialog(JFrame owner, Till model, String query, int quantity) {
        super(owner, "Find a product", Dialog.ModalityType.DOCUMENT_MODAL);
        finder = model.finder(this::render);
        debounce = new Timer(DEBOUNCE_MILLIS, e -> finder.search(field.getText()));
        debounce.setRepeats(false);
        setName(DIALOG);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setContentPane(content(quantity));
        bindKeys();
        field.setText(query);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                typed();
            }
        });
        render(finder.results());
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the search until a product is taken or the clerk goes back; answers the product taken. */
    Optional<Product> choose() {
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                field.requestFocusInWindow();
            }
        });
        finder.search(field.getText());
        setVisible(true);   // modal: returns once the dialog is closed
        debounce.stop();
        finder.close();
        return Optional.ofNullable(chosen);
    }

    private JPanel content(int quantity) {
        JPanel content = new JPanel(new MigLayout(
                "insets dialog, fill",                // layout: platform dialog margins
                "[][grow,fill][60!]",                 // columns: caption | search field | busy indicator
                "[][grow,fill][][]"));                // rows: field | results (grow) | message | keys
        JLabel caption = new JLabel("Find");
        caption.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        caption.setLabelFor(field);
        field.setName(FIELD);
        field.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "A word of the name, a code or a barcode");
        busy.setName(BUSY);
        busy.setIndeterminate(true);
        busy.setToolTipText("Searching on the server");
        table.setName(RESULTS);
        table.setFocusable(false);   // the search field keeps the keyboard; clicks still select
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setShowHorizontalLines(false);
        table.setRowHeight(table.getRowHeight() + 6);
        table.getTableHeader().setReorderingAllowed(false);
        table.setDefaultRenderer(Object.class, new RowRenderer());
        int[] widths = {130, 300, 90, 60, 90};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.setPreferredScrollableViewportSize(new Dimension(670, table.getRowHeight() * VISIBLE_ROWS));
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && table.rowAtPoint(e.getPoint()) >= 0) {
                    take();
                }
            }
        });
        message.setName(MESSAGE);
        JLabel keys = new JLabel("↑ ↓ choose · Enter adds " + (quantity == 1 ? "it" : quantity + " of it")
                + " · Esc back to the scan field");
        keys.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");

        content.add(caption);
        content.add(field);
        content.add(busy, "hidemode 0, wrap");   // hidden, it keeps its place: nothing moves as it comes and goes
        content.add(new JScrollPane(table), "span 3, wrap");
        content.add(message, "span 3, growx, wmin 0, wrap");
        content.add(keys, "span 3, growx, wmin 0");
        return content;
    }

    private void bindKeys() {
        Shortcuts.bind(field, KeyStroke.getKeyStroke(KeyEvent.VK_UP, 0), "resultUp", () -> move(-1));
        Shortcuts.bind(field, KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "resultDown", () -> move(1));
        Shortcuts.bind(field, KeyStroke.getKeyStroke(KeyEvent.VK_PAGE_UP, 0), "resultsUp", () -> move(-VISIBLE_ROWS));
        Shortcuts.bind(field, KeyStroke.getKeyStroke(KeyEvent.VK_PAGE_DOWN, 0), "resultsDown", () -> move(+VISIBLE_ROWS));
        field.addActionListener(e -> take());
        Shortcuts.bindInWindow(getRootPane(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "back", this::dispose);
    }

    /** The search field changed: searched once typing pauses; the results shown are not of it until then. */
    private void typed() {
        debounce.restart();
        busy.setVisible(true);
    }

    /** Renders the finder's results. */
    private void render(ProductFinder.Results shown) {
        results.setRows(shown.products());
        if (table.getSelectedRow() < 0 && results.getRowCount() > 0) {
            select(0);   // new results: the best is chosen
        }
        busy.setVisible(shown.status() == ProductFinder.Status.SEARCHING || debounce.isRunning());
        say(shown.status() == ProductFinder.Status.FAILED ? Notice.problem(shown.message())
                : Notice.info(shown.message()));
    }

    /** Enter: takes the chosen product when the results are those of what is typed; otherwise searches at once. */
    private void take() {
        ProductFinder.Results shown = finder.results();
        if (!shown.answer(field.getText())) {
            debounce.stop();
            finder.search(field.getText());
            return;
        }
        int row = table.getSelectedRow();
        if (row < 0) {
            Toolkit.getDefaultToolkit().beep();   // nothing matches: the message says so
            return;
        }
        Product product = results.row(row);
        if (!product.onSale()) {
            say(Notice.problem(product.name() + " (" + product.code() + ") is not on sale: it cannot be added"));
            Toolkit.getDefaultToolkit().beep();
            return;
        }
        chosen = product;
        dispose();
    }

    private void move(int delta) {
        int next = SelectionStep.next(table.getSelectedRow(), results.getRowCount(), delta);
        if (next >= 0) {
            select(next);
        }
    }

    private void select(int row) {
        table.setRowSelectionInterval(row, row);
        table.scrollRectToVisible(table.getCellRect(row, 0, true));
    }

    private void say(Notice notice) {
        message.setText(notice.text().isEmpty() ? " " : notice.text());
        message.putClientProperty(FlatClientProperties.STYLE, NoticeStyle.of(notice));
    }

    /** Amounts right-aligned; a product off sale in italics, greyed. */
    private final class RowRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected,
                                                       boolean hasFocus, int row, int column) {
            super.getTableCellRendererComponent(table, value, isSelected, false, row, column);
            setHorizontalAlignment(column == ProductTableModel.PRICE || column == ProductTableModel.VAT ? RIGHT : LEFT);
            boolean offSale = !results.row(row).onSale();
            setFont(offSale ? table.getFont().deriveFont(Font.ITALIC) : table.getFont());
            if (!isSelected) {
                setForeground(offSale ? UIManager.getColor("Label.disabledForeground") : table.getForeground());
            }
            return this;
        }
    }
}
