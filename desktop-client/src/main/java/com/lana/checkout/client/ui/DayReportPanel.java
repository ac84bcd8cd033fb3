package com.lana.checkout.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.DayReport;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

/** The day's takings at closing time: sales, gross, promotions, net, card, cash and the cash the drawer should hold. */
final class DayReportPanel extends JPanel {

    static final String SALES = "reportSales";
    static final String GROSS = "reportGross";
    static final String SAVINGS = "reportSavings";
    static final String NET = "reportNet";
    static final String CARD = "reportCard";
    static final String CASH_TAKEN = "reportCashTaken";
    static final String CHANGE_GIVEN = "reportChangeGiven";
    static final String CASH_IN_DRAWER = "reportCashInDrawer";

    private final JLabel sales = value(SALES);
    private final JLabel gross = value(GROSS);
    private final JLabel savings = value(SAVINGS);
    private final JLabel net = value(NET);
    private final JLabel card = value(CARD);
    private final JLabel cashTaken = value(CASH_TAKEN);
    private final JLabel changeGiven = value(CHANGE_GIVEN);
    private final JLabel cashInDrawer = value(CASH_IN_DRAWER);

    DayReportPanel() {
        super(new MigLayout(
                "insets 0, wrap 4",                        // layout: two caption | value pairs a row
                "[][right,grow]para[][right,grow]",        // columns: caption | amount | caption | amount
                "[][][][]"));                              // rows: sales, net, card and cash, drawer
        net.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        cashInDrawer.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        cashInDrawer.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.total.foreground");
        add(new JLabel("Sales"));
        add(sales);
        add(new JLabel("Gross"));
        add(gross);
        add(new JLabel("Promotions"));
        add(savings);
        add(new JLabel("Net takings"));
        add(net);
        add(new JLabel("Card"));
        add(card);
        add(new JLabel("Cash taken"));
        add(cashTaken);
        add(new JLabel("Change given"));
        add(changeGiven);
        add(new JLabel("Cash in drawer"));
        add(cashInDrawer);
    }

    void show(DayReport report) {
        sales.setText(report.sales() == 0 ? "0" : report.sales() + " (" + report.first() + " to " + report.last() + ")");
        gross.setText(report.gross().toString());
        savings.setText(report.savings().negate().toString());
        net.setText(report.net().toString());
        card.setText(report.card().toString());
        cashTaken.setText(report.cashTaken().toString());
        changeGiven.setText(report.changeGiven().negate().toString());
        cashInDrawer.setText(report.cashInDrawer().toString());
    }

    /** Shows no figures: a report is being read. */
    void clear() {
        for (JLabel label : new JLabel[] {sales, gross, savings, net, card, cashTaken, changeGiven, cashInDrawer}) {
            label.setText("—");
        }
    }

    private static JLabel value(String name) {
        JLabel label = new JLabel("—", SwingConstants.RIGHT);
        label.setName(name);
        return label;
    }
}
