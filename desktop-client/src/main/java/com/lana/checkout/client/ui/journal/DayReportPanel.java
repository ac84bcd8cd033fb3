package com.lana.checkout.client.ui.journal;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.VatAmount;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import java.util.List;

/**
 * The day's takings at closing time. On the left what was sold: sales, gross, promotions, net,
 * refunds and what they paid back, and the takings; on the right where the money is: card, card
 * refunded, cash taken, change given, cash refunded and the cash the drawer should hold. Under
 * them the VAT per rate, net of refunds, and on a day when tills worked in shifts, a row per shift
 * (its Z number, or open) and one for what was made in no shift: the day is their sum.
 */
public final class DayReportPanel extends JPanel {

    public static final String SALES = "reportSales";
    static final String GROSS = "reportGross";
    static final String SAVINGS = "reportSavings";
    public static final String NET = "reportNet";
    public static final String REFUNDS = "reportRefunds";
    public static final String REFUNDED = "reportRefunded";
    public static final String TAKINGS = "reportTakings";
    public static final String CARD = "reportCard";
    static final String CARD_REFUNDED = "reportCardRefunded";
    static final String CASH_TAKEN = "reportCashTaken";
    static final String CHANGE_GIVEN = "reportChangeGiven";
    public static final String CASH_REFUNDED = "reportCashRefunded";
    public static final String CASH_IN_DRAWER = "reportCashInDrawer";
    /** The panel of the VAT rows; a rate's figures are named this, the rate and the figure: {@code reportVat 21% net}. */
    public static final String VAT = "reportVat";
    /** The panel of the shift rows; a shift's row is named this and the shift: {@code reportShifts T01-1}. */
    public static final String SHIFTS = "reportShifts";

    private final JLabel sales = value(SALES);
    private final JLabel gross = value(GROSS);
    private final JLabel savings = value(SAVINGS);
    private final JLabel net = value(NET);
    private final JLabel refunds = value(REFUNDS);
    private final JLabel refunded = value(REFUNDED);
    private final JLabel takings = value(TAKINGS);
    private final JLabel card = value(CARD);
    private final JLabel cardRefunded = value(CARD_REFUNDED);
    private final JLabel cashTaken = value(CASH_TAKEN);
    private final JLabel changeGiven = value(CHANGE_GIVEN);
    private final JLabel cashRefunded = value(CASH_REFUNDED);
    private final JLabel cashInDrawer = value(CASH_IN_DRAWER);
    private final JPanel vat = new JPanel(new MigLayout(
            "insets 0, wrap 4",                          // layout: one rate a row
            "[]para[right,grow][right,grow][right,grow]",  // columns: rate | net | VAT | gross
            ""));                                         // rows: a heading, then one per rate
    private final JPanel shifts = new JPanel(new MigLayout(
            "insets 0, wrap 4",                          // layout: one shift a row
            "[]para[right,grow][right,grow][right,grow]",  // columns: shift | sales | net | refunded
            ""));                                         // rows: a heading, then one per shift, then no shift

    DayReportPanel() {
        super(new MigLayout(
                "insets 0, wrap 4",                        // layout: two caption | value pairs a row
                "[][right,grow]para[][right,grow]",        // columns: what was sold | where the money is
                "[][][][][][][]unrel[]"));                 // rows: seven figures a side | VAT per rate (| shifts)
        takings.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        cashInDrawer.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        cashInDrawer.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.total.foreground");
        vat.setName(VAT);
        shifts.setName(SHIFTS);
        JLabel[][] rows = {
                {caption("Sales"), sales, caption("Card"), card},
                {caption("Gross"), gross, caption("Card refunded"), cardRefunded},
                {caption("Promotions"), savings, caption("Cash taken"), cashTaken},
                {caption("Net"), net, caption("Change given"), changeGiven},
                {caption("Refunds"), refunds, caption("Cash refunded"), cashRefunded},
                {caption("Refunded"), refunded, null, null},
                {caption("Takings"), takings, caption("Cash in drawer"), cashInDrawer}};
        for (JLabel[] row : rows) {
            for (JLabel label : row) {
                add(label == null ? new JLabel() : label);
            }
        }
        add(vat, "span 4, growx");
    }

    void show(DayReport report) {
        sales.setText(report.sales() == 0 ? "0" : report.sales() + " (" + report.first() + " to " + report.last() + ")");
        gross.setText(report.gross().toString());
        savings.setText(report.savings().negate().toString());
        net.setText(report.net().toString());
        refunds.setText(Integer.toString(report.refunds()));
        refunded.setText(report.refunded().negate().toString());
        takings.setText(report.takings().toString());
        card.setText(report.card().toString());
        cardRefunded.setText(report.cardRefunded().negate().toString());
        cashTaken.setText(report.cashTaken().toString());
        changeGiven.setText(report.changeGiven().negate().toString());
        cashRefunded.setText(report.cashRefunded().negate().toString());
        cashInDrawer.setText(report.cashInDrawer().toString());
        showVat(report.vat());
        showShifts(report);
    }

    /** Shows no figures: a report is being read. */
    void clear() {
        for (JLabel label : new JLabel[] {sales, gross, savings, net, refunds, refunded, takings, card, cardRefunded,
                cashTaken, changeGiven, cashRefunded, cashInDrawer}) {
            label.setText("—");
        }
        showVat(List.of());
        remove(shifts);
    }

    /** A heading and one row per rate: rate, net, VAT, gross; "No VAT" for a day without takings. */
    private void showVat(List<VatAmount> amounts) {
        vat.removeAll();
        if (amounts.isEmpty()) {
            vat.add(caption("VAT"));
            vat.add(new JLabel("—", SwingConstants.RIGHT), "span 3, growx");
        } else {
            for (String heading : new String[] {"VAT rate", "Net", "VAT", "Gross"}) {
                vat.add(caption(heading), heading.equals("VAT rate") ? "" : "right");
            }
            for (VatAmount amount : amounts) {
                vat.add(caption(amount.rate().toString()));
                vat.add(value(VAT + " " + amount.rate() + " net", amount.net().toString()));
                vat.add(value(VAT + " " + amount.rate() + " vat", amount.vat().toString()));
                vat.add(value(VAT + " " + amount.rate() + " gross", amount.gross().toString()));
            }
        }
        vat.revalidate();
        vat.repaint();
    }

    /** A heading and one row per shift, open ones marked, then no shift; nothing on a day without shifts. */
    private void showShifts(DayReport report) {
        shifts.removeAll();
        remove(shifts);   // a day without shifts gives them no room at all
        if (!report.shifts().isEmpty()) {
            add(shifts, "span 4, growx, gaptop unrel");
            for (String heading : new String[] {"Shift", "Sales", "Net", "Refunded"}) {
                shifts.add(caption(heading), heading.equals("Shift") ? "" : "right");
            }
            for (DayReport.ShiftLine line : report.shifts()) {
                String opened = line.openedBy() == null ? "" : " · " + line.openedBy();
                shiftRow(line.shift().toString(), line.shift() + (line.isOpen() ? " (open)" : " · Z" + line.z().value())
                        + opened, line.figures());
            }
            if (!report.noShift().isEmpty()) {
                shiftRow("none", "No shift", report.noShift());
            }
        }
        revalidate();
        repaint();
    }

    private void shiftRow(String name, String label, DayReport.Figures figures) {
        shifts.add(caption(label));
        shifts.add(value(SHIFTS + " " + name + " sales", Integer.toString(figures.sales())));
        shifts.add(value(SHIFTS + " " + name + " net", figures.net().toString()));
        shifts.add(value(SHIFTS + " " + name + " refunded", figures.refunded().negate().toString()));
    }

    private static JLabel caption(String text) {
        return new JLabel(text);
    }

    private static JLabel value(String name) {
        return value(name, "—");
    }

    private static JLabel value(String name, String text) {
        JLabel label = new JLabel(text, SwingConstants.RIGHT);
        label.setName(name);
        return label;
    }
}
