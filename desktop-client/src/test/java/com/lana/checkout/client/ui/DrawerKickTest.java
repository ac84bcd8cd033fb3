package com.lana.checkout.client.ui;

import com.lana.checkout.client.device.EscPosStream;
import com.lana.checkout.client.device.FakePrinter;
import com.lana.checkout.client.device.PrintChoice;
import com.lana.checkout.client.device.ReceiptPrinter;
import com.lana.checkout.client.device.TillPrinting;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.clerks.ReasonDialog;
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

/** "Open drawer" (Ctrl+K) at a till with a receipt printer, which the cash drawer is wired to. */
class DrawerKickTest extends GuiTest {

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

    @Test
    void theDrawerOpensWithOnePulseOnceTheServerRecordedItOpenedWithoutASale() throws Exception {
        ClerkScreen screen = ClerkScreen.open(robot, server.port());
        receiptPrinter = new ReceiptPrinter(printer.address(), Duration.ofSeconds(2));
        screen.till.onEdt(() -> {
            TillPrinting printing = TillPrinting.attach(screen.till.model, receiptPrinter, SwingUtilities::invokeLater,
                    new PrintChoice(CHOICES, ClerkScreen.TILL));
            screen.desk.drawerOpened(printing::drawerOpened);
            return printing;
        });
        screen.signInAndOpenShift(ANN, ANN_PIN, "100");
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
}
