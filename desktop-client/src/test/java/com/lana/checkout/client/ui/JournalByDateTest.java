package com.lana.checkout.client.ui;

import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.journal.DayReportPanel;
import com.lana.checkout.client.ui.journal.JournalDayPicker;
import com.lana.checkout.client.ui.journal.JournalWindow;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal (F10) after midnight: the sales were made yesterday (the server's clock stands a day
 * back), and the clerk goes back to them, and to their day report, with the keyboard only.
 */
class JournalByDateTest extends GuiTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate YESTERDAY = TODAY.minusDays(1);

    private TestServers.Running server;
    private TillScreen screen;

    @BeforeEach
    void sellYesterday() throws Exception {
        server = TestServers.running(Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(-1)));
        screen = TillScreen.open(robot, server.port()).awaitConnected();
        screen.sell("PEN, TSHIRT, MUG", "32.50€").payCash("50");
        screen.await("sale completed", () -> screen.isShowing(TillWindow.COMPLETED));
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theJournalOpensOnTodayAndSaysWhichDayItShows() {
        DialogFixture journal = openJournal();

        journal.table(JournalWindow.TABLE).requireRowCount(0);
        assertThat(journal.label(JournalWindow.TITLE).text()).isEqualTo("Journal of "
                + TODAY.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " " + TODAY + " (today)");
        journal.textBox(JournalDayPicker.DATE).requireText(TODAY.toString());
        assertThat(journal.button(JournalDayPicker.PREVIOUS).text()).endsWith("Alt+Left");
        assertThat(journal.button(JournalDayPicker.NEXT).text()).contains("Alt+Right");
    }

    @Test
    void altLeftShowsThePreviousDaysSalesAndDayReport() throws Exception {
        DialogFixture journal = openJournal();

        pressWithAlt(journal, KeyEvent.VK_LEFT);

        awaitRows(journal, 1);
        assertThat(journal.table(JournalWindow.TABLE).contents()[0][0]).isEqualTo("S-000001");
        assertThat(journal.label(JournalWindow.TITLE).text()).endsWith(YESTERDAY + " (yesterday)");
        journal.label(JournalWindow.REPORT_TITLE).requireText("Day report " + YESTERDAY);
        journal.label(DayReportPanel.NET).requireText("32.50€");
        journal.label(DayReportPanel.CASH_IN_DRAWER).requireText("32.50€");
        assertThat(server.service().dayReport(YESTERDAY).net()).hasToString("32.50€");
        assertThat(server.service().sales(TODAY)).isEmpty();
    }

    @Test
    void altRightComesBackToTodayAndGoesNoFurther() {
        DialogFixture journal = openJournal();
        pressWithAlt(journal, KeyEvent.VK_LEFT);
        awaitRows(journal, 1);

        pressWithAlt(journal, KeyEvent.VK_RIGHT);
        awaitRows(journal, 0);
        journal.label(DayReportPanel.NET).requireText("0.00€");

        pressWithAlt(journal, KeyEvent.VK_RIGHT);
        TillScreen.awaitCondition("refused", () -> journal.label(JournalWindow.MESSAGE).text().startsWith("No sales after today"));
        journal.textBox(JournalDayPicker.DATE).requireText(TODAY.toString());
    }

    @Test
    void aDateTypedAndEnterShowsThatDay() {
        DialogFixture journal = openJournal();

        journal.textBox(JournalDayPicker.DATE).deleteText()
                .enterText(YESTERDAY.getDayOfMonth() + "." + YESTERDAY.getMonthValue() + "." + YESTERDAY.getYear())
                .pressAndReleaseKeys(KeyEvent.VK_ENTER);

        awaitRows(journal, 1);
        journal.textBox(JournalDayPicker.DATE).requireText(YESTERDAY.toString());
        journal.label(DayReportPanel.SALES).requireText("1 (S-000001 to S-000001)");
    }

    @Test
    void textThatIsNoDateIsRefusedAndTheDayStays() {
        DialogFixture journal = openJournal();

        journal.textBox(JournalDayPicker.DATE).deleteText().enterText("yesterday").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        TillScreen.awaitCondition("refused", () -> journal.label(JournalWindow.MESSAGE).text()
                .startsWith("'yesterday' is not a date: type it as " + TODAY));
        assertThat(journal.label(JournalWindow.TITLE).text()).endsWith(TODAY + " (today)");
    }

    private DialogFixture openJournal() {
        screen.press(KeyEvent.VK_F10);
        DialogFixture journal = WindowFinder.findDialog(JournalWindow.WINDOW)
                .withTimeout(TillScreen.PATIENCE.duration()).using(robot);
        TillScreen.awaitCondition("journal read", () -> !journal.label(JournalWindow.MESSAGE).text().startsWith("Reading")
                && !journal.label(JournalWindow.MESSAGE).text().isBlank());
        return journal;
    }

    /** Alt and a key, with the keyboard in the journal's table. */
    private void pressWithAlt(DialogFixture journal, int keyCode) {
        journal.table(JournalWindow.TABLE).focus();
        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressAndReleaseKey(keyCode);
        robot.releaseKey(KeyEvent.VK_ALT);
    }

    private static void awaitRows(DialogFixture journal, int rows) {
        TillScreen.awaitCondition(rows + " rows", () -> journal.table(JournalWindow.TABLE).rowCount() == rows
                && !journal.label(JournalWindow.MESSAGE).text().startsWith("Reading"));
    }
}
