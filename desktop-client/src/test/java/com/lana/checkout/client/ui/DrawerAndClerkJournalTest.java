package com.lana.checkout.client.ui;

import com.lana.checkout.api.shift.ZNumber;
import com.lana.checkout.api.staff.Till;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.clerks.ReasonDialog;
import com.lana.checkout.client.ui.clerks.ReportDialog;
import com.lana.checkout.client.ui.journal.DayReportPanel;
import com.lana.checkout.client.ui.journal.JournalAudit;
import com.lana.checkout.client.ui.journal.JournalWindow;
import com.lana.checkout.client.ui.journal.JournalZReports;
import com.lana.checkout.client.ui.parts.ReceiptDialog;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.swing.JTable;
import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.List;

import static com.lana.checkout.client.link.TestServers.ANN;
import static com.lana.checkout.client.link.TestServers.ANN_PIN;
import static com.lana.checkout.client.link.TestServers.BOB;
import static com.lana.checkout.client.link.TestServers.BOB_PIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening the drawer without a sale, and what the journal (F10) shows a signed-in clerk besides the
 * sales: the day's Z reports, and the day's audit trail, which is for managers only. Keyboard only,
 * against a real server on a loopback port whose store has Ann, a manager, and Bob, a clerk.
 */
class DrawerAndClerkJournalTest extends GuiTest {

    private TestServers.Running server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private ClerkScreen openWithClerks() throws Exception {
        server = TestServers.withClerks();
        return ClerkScreen.open(robot, server.port());
    }

    @Test
    void aClerksDrawerOpenApprovedByAManagerShowsInTheAuditTrailTheManagerReads() throws Exception {
        ClerkScreen screen = openWithClerks().signInAndOpenShift(BOB, BOB_PIN, "100");

        screen.pressMenuKey(KeyEvent.VK_K);
        typeReason(screen, "Change for the bakery");
        screen.approve(ANN, ANN_PIN);
        screen.till.awaitMessage("Drawer opened: Change for the bakery");
        screen.pressMenuKey(KeyEvent.VK_L).signIn(ANN, ANN_PIN);
        screen.till.await("Ann signed in", () -> screen.till.label(StatusBar.CLERK).equals("Till T01 · Ann (manager)"));

        DialogFixture journal = openJournal(screen);
        pressWithAlt(KeyEvent.VK_A);

        screen.till.await("the drawer opening in the audit trail", () -> drawerOpenings(journal).size() == 1);
        String[] row = drawerOpenings(journal).get(0);
        assertThat(row[1]).as("till").isEqualTo("T01");
        assertThat(row[2]).as("clerk").isEqualTo(BOB);
        assertThat(row[4]).as("touched").isEqualTo("shift T01-1");
        assertThat(row[6]).as("approved by").isEqualTo(ANN);
        assertThat(row[7]).as("reason").isEqualTo("Change for the bakery");
    }

    @Test
    void aClosedShiftsZReportIsListedAndEnterShowsItsText() throws Exception {
        ClerkScreen screen = openWithClerks().signInAndOpenShift(BOB, BOB_PIN, "100");
        screen.till.sell("PEN", "5.00€").payCash("5");
        screen.pressMenuKey(KeyEvent.VK_E).typeAmount("105", null);
        DialogFixture z = screen.dialog(ReportDialog.DIALOG);
        screen.till.await("the Z report has the keyboard", () -> screen.till.onEdt(() -> z.target().isFocused()));
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        screen.till.await("Z report closed", () -> !screen.showing(ReportDialog.DIALOG));

        DialogFixture journal = openJournal(screen);
        pressWithAlt(KeyEvent.VK_Z);

        screen.till.await("one Z report listed", () -> journal.table(JournalZReports.TABLE).rowCount() == 1);
        assertThat(journal.table(JournalZReports.TABLE).contents()[0]).startsWith("Z T01-000001", "T01-1");
        screen.till.awaitFocused(journal.table(JournalZReports.TABLE).target());
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        DialogFixture text = screen.dialog(ReceiptDialog.DIALOG);
        assertThat(text.textBox(ReceiptDialog.TEXT).text()).isEqualTo(zReportAsTheServerKeepsIt());
    }

    @Test
    void aClerkOpeningTheAuditTrailSeesTheServersRefusal() throws Exception {
        ClerkScreen screen = openWithClerks().signInAndOpenShift(BOB, BOB_PIN, "100");

        DialogFixture journal = openJournal(screen);
        pressWithAlt(KeyEvent.VK_A);

        screen.till.await("the refusal shown", () -> screen.till.text(journal, JournalAudit.MESSAGE)
                .equals("Managers only — Only a manager may read the audit trail: Bob is a clerk"));
        assertThat(journal.table(JournalAudit.TABLE).rowCount()).isZero();
    }

    @Test
    void theAuditTrailAManagerReadIsGoneFromTheJournalLeftOpenOnceAClerkSignsIn() throws Exception {
        ClerkScreen screen = openWithClerks().signInAndOpenShift(ANN, ANN_PIN, "100");
        DialogFixture journal = openJournal(screen);
        pressWithAlt(KeyEvent.VK_A);
        screen.till.await("Ann's audit trail read", () -> journal.table(JournalAudit.TABLE).rowCount() > 0);

        screen.till.onEdt(() -> {
            screen.signIns.lock();   // Ctrl+L in the sales window, beside which the journal stays open
            return null;
        });
        screen.signIn(BOB, BOB_PIN);
        screen.till.await("Bob signed in", () -> screen.till.label(StatusBar.CLERK).equals("Till T01 · Bob (clerk)"));
        screen.till.await("nothing of Ann's audit trail in sight", () -> auditRowsInSight(screen, journal) == 0);

        openJournal(screen);   // F10 brings the journal left open forward
        pressWithAlt(KeyEvent.VK_A);
        screen.till.await("the refusal shown to Bob", () -> screen.till.text(journal, JournalAudit.MESSAGE)
                .startsWith("Managers only — "));
        assertThat(journal.table(JournalAudit.TABLE).rowCount()).isZero();
    }

    /** Types the reason into the dialog the till asks it with now, then Enter. */
    private void typeReason(ClerkScreen screen, String reason) {
        DialogFixture asked = screen.dialog(ReasonDialog.DIALOG);
        screen.till.awaitFocused(asked.textBox(ReasonDialog.REASON).target());
        robot.enterText(reason);
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        screen.till.await("reason dialog closed", () -> !screen.showing(ReasonDialog.DIALOG));
    }

    /** F10 from the scan field; the journal once it has the keyboard. */
    @Test
    void theJournalsDayReportHasARowPerShiftWithTheOpenOneMarked() throws Exception {
        ClerkScreen screen = openWithClerks().signInAndOpenShift(BOB, BOB_PIN, "100");
        screen.till.sell("PEN", "5.00€").payCash("5");

        DialogFixture journal = openJournal(screen);

        String sales = DayReportPanel.SHIFTS + " T01-1 sales";
        screen.till.await("the shift's row", () -> journal.label(sales).text().equals("1"));
        assertThat(journal.label(DayReportPanel.SHIFTS + " T01-1 net").text()).isEqualTo("5.00€");
        assertThat(screen.till.onEdt(() -> robot.finder().findAll(journal.target(), c -> c instanceof javax.swing.JLabel label
                && "T01-1 (open) · Bob".equals(label.getText())))).as("the open shift marked").hasSize(1);
    }

    private DialogFixture openJournal(ClerkScreen screen) {
        screen.till.press(KeyEvent.VK_F10);
        DialogFixture journal = screen.dialog(JournalWindow.WINDOW);
        screen.till.await("journal focused", () -> screen.till.onEdt(() -> journal.target().isFocused()));
        return journal;
    }

    private void pressWithAlt(int keyCode) {
        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressAndReleaseKey(keyCode);
        robot.releaseKey(KeyEvent.VK_ALT);
    }

    /** The audit trail's rows of drawers opened, as the journal shows them. */
    private static List<String[]> drawerOpenings(DialogFixture journal) {
        return Arrays.stream(journal.table(JournalAudit.TABLE).contents())
                .filter(row -> row[3].equals("OPEN_DRAWER")).toList();
    }

    /** The audit trail's rows on screen in the journal: none while its tab is not there. */
    private static int auditRowsInSight(ClerkScreen screen, DialogFixture journal) {
        return screen.till.onEdt(() -> journal.robot().finder().findAll(journal.target(), c -> c instanceof JTable
                && JournalAudit.TABLE.equals(c.getName()) && c.isShowing()).stream()
                .mapToInt(table -> ((JTable) table).getRowCount()).sum());
    }

    /** Read through a session of the manager's at another till, as JShell would. */
    private String zReportAsTheServerKeepsIt() throws Exception {
        Till manager = server.service().signIn("T02", ANN, ANN_PIN);
        try {
            return manager.zReport(new ZNumber("T01", 1)).toString();
        } finally {
            manager.signOut();
        }
    }
}
