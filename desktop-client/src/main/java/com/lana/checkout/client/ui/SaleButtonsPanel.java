package com.lana.checkout.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.client.sale.SaleView;
import net.miginfocom.swing.MigLayout;

import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;

/** The Pay button, the other sale buttons (new, park, resume, …) two a row, and the list of parked sales. */
final class SaleButtonsPanel extends JPanel {

    static final String PARKED_LIST = "parkedSales";

    private final DefaultListModel<SaleView> parkedModel = new DefaultListModel<>();
    private final JList<SaleView> parked = new JList<>(parkedModel);

    /**
     * @param buttons placed two a row, in order; an odd last one takes a row of its own
     * @param onResume takes the parked sale double-clicked
     */
    SaleButtonsPanel(JButton pay, List<JButton> buttons, Consumer<SaleView> onResume) {
        super(new MigLayout(
                "insets 0, fill, wrap 2",        // layout: two buttons a row
                "[fill,grow,sg]",                // columns: equal widths
                "[]para[][][][]para[][grow,fill]"));   // rows: Pay | 4 button rows | caption, list (grows)
        parked.setName(PARKED_LIST);
        parked.setFocusable(false);   // the scan field keeps the focus; clicks still select
        parked.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        parked.setVisibleRowCount(4);
        parked.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && parked.getSelectedValue() != null) {
                    onResume.accept(parked.getSelectedValue());
                }
            }
        });
        JLabel caption = new JLabel("Parked sales");
        caption.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");

        pay.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        pay.putClientProperty(FlatClientProperties.STYLE, "background: $Lana.pay.background; foreground: $Lana.pay.foreground");
        add(pay, "span 2, h 44!");
        for (int i = 0; i < buttons.size(); i++) {
            add(buttons.get(i), "wmin 0" + (i == buttons.size() - 1 && i % 2 == 0 ? ", span 2" : ""));
        }
        add(caption, "span 2");
        add(new JScrollPane(parked), "span 2, hmin 44");   // two sales at the smallest window size
    }

    /** Shows the parked sales; the one selected stays selected while it is parked, whatever changed in it. */
    void show(List<SaleView> sales) {
        SaleView selected = parked.getSelectedValue();
        parkedModel.clear();
        sales.forEach(parkedModel::addElement);
        for (int i = 0; selected != null && i < sales.size(); i++) {
            if (sales.get(i).number() == selected.number()) {
                parked.setSelectedIndex(i);
                parked.ensureIndexIsVisible(i);
            }
        }
    }

    /** The parked sale the clerk selected, as shown, or null. */
    SaleView selected() {
        return parked.getSelectedValue();
    }

    /** Moves the selection in the parked list, from the scan field's Page Up / Page Down keys. */
    void moveSelection(int delta) {
        int next = SelectionStep.next(parked.getSelectedIndex(), parkedModel.size(), delta);
        if (next >= 0) {
            parked.setSelectedIndex(next);
            parked.ensureIndexIsVisible(next);
        }
    }
}
