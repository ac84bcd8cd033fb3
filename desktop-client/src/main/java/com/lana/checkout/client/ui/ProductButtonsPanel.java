package com.lana.checkout.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Product;
import com.lana.checkout.client.ui.parts.Shortcuts;
import net.miginfocom.swing.MigLayout;

import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * One button per favourite the server's catalog names (at most {@value Catalog#MAX_FAVOURITES}),
 * with name and price, so a new favourite needs no client change; the rest of the catalog is
 * scanned or found. The first nine also answer to Ctrl+1 … Ctrl+9.
 */
final class ProductButtonsPanel extends JPanel {

    static final String BUTTON_PREFIX = "product.";

    private final Consumer<String> onProduct;
    private List<Product> shown;

    /** @param onProduct takes the code of the product whose button was pressed */
    ProductButtonsPanel(Consumer<String> onProduct) {
        super(new MigLayout(
                "insets 0, wrap 2, fillx",   // layout: two buttons a row
                "[fill,grow,sg]",            // columns: equal widths, sharing the panel
                "[]"));                      // rows: as high as the buttons need
        this.onProduct = onProduct;
        show(null);
    }

    static String buttonName(String productCode) {
        return BUTTON_PREFIX + productCode;
    }

    /** Rebuilds the buttons when the favourites of {@code catalog} differ from those shown; null: not connected yet. */
    void show(Catalog catalog) {
        List<Product> favourites = catalog == null ? null : catalog.favouriteProducts();
        if (favourites != null && favourites.equals(shown)) {
            return;
        }
        shown = favourites;
        removeAll();
        getInputMap(WHEN_IN_FOCUSED_WINDOW).clear();
        getActionMap().clear();
        if (catalog == null) {
            JLabel none = new JLabel("Products appear here once the server answers.");
            none.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
            add(none, "span 2");
        } else {
            int index = 0;
            for (Product product : favourites) {
                add(productButton(product, ++index), "wmin 0");   // long names shrink (…) instead of clipping
            }
        }
        revalidate();
        repaint();
    }

    private JButton productButton(Product product, int index) {
        AbstractAction action = new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                onProduct.accept(product.code());
            }
        };
        JButton button = new JButton(action);
        button.setName(buttonName(product.code()));
        // Name over price. Two labels rather than HTML text: HTML views re-layout themselves in a
        // loop inside MigLayout size groups, keeping the EDT painting forever.
        button.setLayout(new MigLayout(
                "insets 6 4 6 4, wrap 1",    // layout: a button's padding, one label a line
                "[center,grow]",             // columns: centred
                "[]0[]"));                   // rows: name, price right under it
        JLabel name = new JLabel(product.name());
        name.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        JLabel price = new JLabel(product.price().toString());
        button.add(name, "wmin 0");
        button.add(price, "wmin 0");
        button.getAccessibleContext().setAccessibleName(product.name() + " " + product.price());
        button.setFocusable(false);   // the scan field keeps the focus
        String key = "";
        if (index <= 9) {
            KeyStroke stroke = KeyStroke.getKeyStroke(KeyEvent.VK_0 + index,
                    Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx());
            getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, product.code());
            getActionMap().put(product.code(), action);
            key = " (" + Shortcuts.text(stroke) + ")";
        }
        button.setToolTipText(product.name() + " (" + product.code() + "), " + product.price() + ": add one" + key
                + ". Type a number first (3) to add that many.");
        return button;
    }
}
