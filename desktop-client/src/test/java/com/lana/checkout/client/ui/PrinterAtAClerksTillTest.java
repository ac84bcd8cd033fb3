package com.lana.checkout.client.ui;

import com.lana.checkout.client.device.EscPosStream;
import com.lana.checkout.client.device.FakePrinter;
import com.lana.checkout.client.device.PrintChoice;
import com.lana.checkout.client.device.ReceiptPrinter;
import com.lana.checkout.client.device.TillPrinting;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.clerks.AmountDialog;
import com.lana.checkout.client.ui.clerks.ReasonDialog;
import com.lana.checkout.client.ui.clerks.ReportDialog;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.prefs.Preferences;

import static com.lana.checkout.client.link.TestServers.ANN;
import static com.lana.checkout.client.link.TestServers.ANN_PIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Shift menu at a till with a receipt printer, which the cash drawer is wired to: "Open drawer"
 * (Ctrl+K) and the X report (F11). Against a real server whose store has Ann, a manager.
 */
class PrinterAtAClerksTillTest extends GuiTest {

    private static final Preferences CHOICES = TillScreen.TEST_PREFERENCES.node("printing");

    private TestServers.Running server;
    private FakePrinter printer;
    private ReceiptPrinter receiptPrinter;

    @BeforeEach
    void start() throws Exception {
        CHOICES.clear();
        server = TestServers.withClerks();
        printer = FakePrinter.start(FakePrinter.Behaviour.PRINTS);
    }

    @AfterEach
    void stop() throws Exception {
        if (receiptPrinter != null) {
            receiptPrinter.close();
        }
        printer.close();
        if (server != null) {
            server.close();
        }
    }

    /** Ann signed in, a shift open, the printer attached as the application attaches it. */
    private ClerkScreen openShift() {
        ClerkScreen screen = ClerkScreen.open(robot, server.port());
        receiptPrinter = new ReceiptPrinter(printer.address(), Duration.ofSeconds(2));
        screen.till.onEdt(() -> {
            TillPrinting printing = TillPrinting.attach(screen.till.model, receiptPrinter, SwingUtilities::invokeLater,
                    new PrintChoice(CHOICES, ClerkScreen.TILL));
            screen.desk.drawerOpened(printing::drawerOpened);
            screen.desk.reportMade(printing::reportMade);
            return printing;
        });
        return screen.signInAndOpenShift(ANN, ANN_PIN, "100");
    }

    @Test
    void theDrawerOpensWithOnePulseOnceTheServerRecordedItOpenedWithoutASale() throws Exception {
        ClerkScreen screen = openShift();
        assertThat(printer.jobs()).isEmpty();

        screen.pressMenuKey(KeyEvent.VK_K);
        DialogFixture asked = screen.dialog(ReasonDialog.DIALOG);
        screen.till.awaitFocused(asked.textBox(ReasonDialog.REASON).target());
        robot.enterText("Change for the bakery");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        screen.till.awaitMessage("Drawer opened: Change for the bakery");
        screen.till.await("the drawer kicked", () -> printer.jobs().size() == 1);
        assertThat(EscPosStream.read(printer.jobs().get(0))).isEqualTo(new EscPosStream("", 0, 1));
    }

    @Test
    void theXReportPrintsAsTheScreenShowsItCutOnceWithTheDrawerShut() throws Exception {
        ClerkScreen screen = openShift();

        screen.till.press(KeyEvent.VK_F11);

        DialogFixture shown = screen.dialog(ReportDialog.DIALOG);
        String text = shown.textBox(ReportDialog.TEXT).text();
        screen.till.await("the report has the keyboard", () -> screen.till.onEdt(() -> shown.target().isFocused()));
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        screen.till.await("X report closed", () -> !screen.showing(ReportDialog.DIALOG));
        screen.till.await("the X report printed", () -> printer.jobs().size() == 1);
        EscPosStream printed = EscPosStream.read(printer.jobs().get(0));
        assertThat(printed.lines()).containsExactlyElementsOf(text.lines().toList());
        assertThat(printed.cuts()).isEqualTo(1);
        assertThat(printed.drawerPulses()).isZero();
    }

    @Test
    void theZReportPrintsAsTheScreenShowsItCutOnce() throws Exception {
        ClerkScreen screen = openShift();

        screen.pressMenuKey(KeyEvent.VK_E);
        screen.dialog(AmountDialog.DIALOG);
        screen.typeAmount("100", null);

        DialogFixture shown = screen.dialog(ReportDialog.DIALOG);
        String text = shown.textBox(ReportDialog.TEXT).text();
        assertThat(text).contains("Z report T01-000001");
        screen.till.await("the Z report printed", () -> printer.jobs().size() == 1);
        EscPosStream printed = EscPosStream.read(printer.jobs().get(0));
        assertThat(printed.lines()).containsExactlyElementsOf(text.lines().toList());
        assertThat(printed.cuts()).isEqualTo(1);
    }
}
