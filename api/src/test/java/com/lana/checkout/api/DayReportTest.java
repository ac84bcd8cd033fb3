package com.lana.checkout.api;

import com.lana.checkout.api.shift.ShiftNumber;
import com.lana.checkout.api.shift.ZNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The day report's arithmetic over the reference sales: 1 = 32.50€ cash 50.00€ (change 17.50€),
 * 2 = 25.00€ exact card, 3 = 65.00€ split card 40.00€ + cash 30.00€ (change 5.00€), 4 = 62.50€
 * cash 70.00€ (change 7.50€).
 */
class DayReportTest {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 6);

    @ParameterizedTest(name = "sales {0}: net {4}, card {5}, cash {6} less change {7} = {8} in the drawer")
    @CsvSource(delimiter = '|', textBlock = """
            # sales | count | gross   | savings | net     | card   | cash    | change | drawer  | first    | last
            1       | 1     | 32.50€  | 0.00€   | 32.50€  | 0.00€  | 50.00€  | 17.50€ | 32.50€  | S-000001 | S-000001
            2       | 1     | 30.00€  | 5.00€   | 25.00€  | 25.00€ | 0.00€   | 0.00€  | 0.00€   | S-000002 | S-000002
            3       | 1     | 85.00€  | 20.00€  | 65.00€  | 40.00€ | 30.00€  | 5.00€  | 25.00€  | S-000003 | S-000003
            4       | 1     | 82.50€  | 20.00€  | 62.50€  | 0.00€  | 70.00€  | 7.50€  | 62.50€  | S-000004 | S-000004
            1,3     | 2     | 117.50€ | 20.00€  | 97.50€  | 40.00€ | 80.00€  | 22.50€ | 57.50€  | S-000001 | S-000003
            1,2,3,4 | 4     | 230.00€ | 45.00€  | 185.00€ | 65.00€ | 150.00€ | 30.00€ | 120.00€ | S-000001 | S-000004
            4,2,3,1 | 4     | 230.00€ | 45.00€  | 185.00€ | 65.00€ | 150.00€ | 30.00€ | 120.00€ | S-000001 | S-000004
            """)
    void addsUpTheDaysSales(String which, int count, String gross, String savings, String net, String card,
                            String cash, String change, String drawer, String first, String last) {
        DayReport report = DayReport.of(DAY, sales(which));

        assertThat(report.sales()).isEqualTo(count);
        assertThat(report.gross()).hasToString(gross);
        assertThat(report.savings()).hasToString(savings);
        assertThat(report.net()).hasToString(net);
        assertThat(report.card()).hasToString(card);
        assertThat(report.cashTaken()).hasToString(cash);
        assertThat(report.changeGiven()).hasToString(change);
        assertThat(report.cashInDrawer()).hasToString(drawer);
        assertThat(report.firstSale()).hasValue(SaleNumber.parse(first));
        assertThat(report.lastSale()).hasValue(SaleNumber.parse(last));
    }

    @Test
    void netIsWhatCardsAndTheDrawerHoldTogether() {
        DayReport report = DayReport.of(DAY, ReferenceSales.ALL);

        assertThat(report.card().plus(report.cashInDrawer())).isEqualTo(report.net());
    }

    @Test
    void aDayWithoutSalesIsAllZeroAndHasNoFirstOrLastSale() {
        DayReport report = DayReport.of(DAY, List.of());

        assertThat(report.sales()).isZero();
        assertThat(List.of(report.gross(), report.savings(), report.net(), report.card(), report.cashTaken(),
                report.changeGiven(), report.cashInDrawer())).containsOnly(Money.ZERO);
        assertThat(report.firstSale()).isEmpty();
        assertThat(report.lastSale()).isEmpty();
    }

    @Test
    void thePrintedReportSaysTheCashTheDrawerShouldHoldAndTheVatPerRate() {
        List<String> rows = DayReport.of(DAY, ReferenceSales.ALL).toString().lines().toList();

        assertThat(rows.get(0)).isEqualTo("Day report 2025-01-06");
        assertThat(rows).anySatisfy(row -> assertThat(row).containsPattern("Sales +4 \\(S-000001 to S-000004\\)"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsPattern("Net +185\\.00€"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsPattern("Cash in drawer +120\\.00€"));
        assertThat(rows.get(rows.size() - 1)).containsPattern("21% +152\\.89€ +32\\.11€ +185\\.00€");
    }

    @Test
    void thePrintedReportFitsTheReceiptPrinter() {
        assertThat(DayReport.of(DAY, ReferenceSales.ALL).toString().lines())
                .allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(Sale.RECEIPT_WIDTH));
    }

    private static List<Sale> sales(String which) {
        List<Sale> chosen = new ArrayList<>();
        for (String number : which.split(",")) {
            chosen.add(ReferenceSales.ALL.get(Integer.parseInt(number.strip()) - 1));
        }
        return Collections.unmodifiableList(chosen);
    }

    @Test
    void refundsOfTheDayComeOffTheTakingsTheDrawerAndTheVat() {
        Refund mug = RefundReceiptTextTest.MUG_BACK;

        DayReport report = DayReport.of(DAY, ReferenceSales.ALL, List.of(mug));

        assertThat(report.refunds()).isEqualTo(1);
        assertThat(report.refunded()).hasToString("7.50€");
        assertThat(report.cashRefunded()).hasToString("7.50€");
        assertThat(report.cardRefunded()).hasToString("0.00€");
        assertThat(report.takings()).hasToString("177.50€");
        assertThat(report.cashInDrawer()).hasToString("112.50€");
        assertThat(report.vat()).containsExactly(new VatAmount(VatRate.STANDARD, Money.parse("177.50€"),
                Money.parse("30.81€")));
    }

    @Test
    void thePrintedReportWithARefundIsTheGoldenOne() throws java.io.IOException {
        String text = DayReport.of(DAY, ReferenceSales.ALL, List.of(RefundReceiptTextTest.MUG_BACK)).toString();

        RefundReceiptTextTest.assertGolden("day-report-with-refund", text);
    }

    @Test
    void aDayWithNothingLeftSoldPrintsNoVatRatherThanAnEmptyTable() {
        List<String> rows = DayReport.empty(DAY).toString().lines().toList();

        assertThat(rows.get(rows.size() - 1)).matches("VAT +0\\.00€");
    }

    /** Till T01's first shift, closed (Z 1), took sales 1 and 2 and the mug's refund; T02's, still open, sale 3. */
    private static final DayReport.ShiftLine ANNS_SHIFT = new DayReport.ShiftLine(new ShiftNumber("T01", 1),
            new ZNumber("T01", 1), "Ann", new DayReport.Figures(2, Money.parse("57.50€"), 1, Money.parse("7.50€")));
    private static final DayReport.ShiftLine BENS_OPEN_SHIFT = new DayReport.ShiftLine(new ShiftNumber("T02", 1),
            null, "Ben", new DayReport.Figures(1, Money.parse("65.00€"), 0, Money.ZERO));

    private static DayReport dayOfTwoShifts() {
        return DayReport.of(DAY, ReferenceSales.ALL, List.of(RefundReceiptTextTest.MUG_BACK))
                .withShifts(List.of(ANNS_SHIFT, BENS_OPEN_SHIFT));
    }

    @Test
    void theDaysFiguresAreItsShiftsAndWhatNoShiftTook() {
        DayReport report = dayOfTwoShifts();

        assertThat(report.noShift()).isEqualTo(new DayReport.Figures(1, Money.parse("62.50€"), 0, Money.ZERO));
        assertThat(ANNS_SHIFT.figures().plus(BENS_OPEN_SHIFT.figures()).plus(report.noShift()))
                .isEqualTo(report.figures());
    }

    @Test
    void aDayWithoutShiftsHasEverythingAsNoShift() {
        DayReport report = DayReport.of(DAY, ReferenceSales.ALL);

        assertThat(report.shifts()).isEmpty();
        assertThat(report.noShift()).isEqualTo(report.figures());
    }

    @Test
    void shiftsThatTookMoreThanTheDayAreRefused() {
        DayReport day = DayReport.of(DAY, List.of(ReferenceSales.PEN_TSHIRT_MUG));

        assertThatIllegalArgumentException().isThrownBy(() -> day.withShifts(List.of(ANNS_SHIFT)))
                .withMessageContaining("2025-01-06").withMessageContaining("57.50€");
    }

    @Test
    void thePrintedReportOfADayOfShiftsHasARowPerShiftTheOpenOneMarked() {
        List<String> rows = dayOfTwoShifts().toString().lines().toList();

        assertThat(rows).containsSubsequence(
                "Shifts           Sales       Net  Refunded",
                "T01-1 Z1 Ann         2    57.50€    -7.50€",
                "T02-1 (open) Ben     1    65.00€     0.00€",
                "No shift             1    62.50€     0.00€");
    }

    @Test
    void thePrintedReportOfADayOfShiftsIsTheGoldenOne() throws java.io.IOException {
        RefundReceiptTextTest.assertGolden("day-report-with-shifts", dayOfTwoShifts().toString());
    }

    @Test
    void aDayWithoutShiftsPrintsNoShiftsBlock() {
        assertThat(DayReport.of(DAY, ReferenceSales.ALL).toString()).doesNotContain("Shift");
    }

    @Test
    void aShiftRowFitsTheReceiptPrinterWhateverItsTillAndClerk() {
        DayReport.ShiftLine wide = new DayReport.ShiftLine(new ShiftNumber("TILL-0123456789A", 123),
                null, "Maria de los Ángeles Fernández", new DayReport.Figures(4, Money.parse("185.00€"), 0, Money.ZERO));

        assertThat(DayReport.of(DAY, ReferenceSales.ALL).withShifts(List.of(wide)).toString().lines())
                .allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(Sale.RECEIPT_WIDTH));
    }
}
