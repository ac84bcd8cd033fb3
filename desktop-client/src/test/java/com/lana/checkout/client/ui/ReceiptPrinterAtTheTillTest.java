package com.lana.checkout.client.ui;

import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.client.device.EscPosStream;
import com.lana.checkout.client.device.FakePrinter;
import com.lana.checkout.client.device.PrintChoice;
import com.lana.checkout.client.device.PrintWhen;
import com.lana.checkout.client.device.ReceiptPrinter;
import com.lana.checkout.client.device.TillPrinting;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.device.PrinterMenu;
import com.lana.checkout.client.ui.journal.JournalWindow;
import com.lana.checkout.client.ui.parts.ReceiptDialog;
import com.lana.checkout.client.ui.refund.RefundDialog;
import com.lana.checkout.server.rmi.CheckoutServer;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.assertj.swing.core.Robot;

import javax.swing.JButton;
import javax.swing.SwingUtilities;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The till with a receipt printer, against a real checkout server and a fake network printer on
 * 127.0.0.1: what is printed for a recorded sale, the drawer, and a printer that fails, which never
 * loses or blocks a sale.
 */
class ReceiptPrinterAtTheTillTest extends GuiTest {

    /** How long the printer has for a job: a printer that never reads fails after this. */
    private static final Duration PRINTER_TIMEOUT = Duration.ofSeconds(2);
    private static final Preferences CHOICES = TillScreen.TEST_PREFERENCES.node("printing");

    private CheckoutServer server;
    private FakePrinter printer;
    private ReceiptPrinter receiptPrinter;
    private TillPrinting printing;

    @BeforeEach
    void start() throws Exception {
        CHOICES.clear();
        server = TestServers.start(0);
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

    private TillScreen openScreen() {
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected();
        receiptPrinter = new ReceiptPrinter(printer.address(), PRINTER_TIMEOUT);
        printing = GuiActionRunner.execute(() -> {
            TillPrinting attached = TillPrinting.attach(screen.model, receiptPrinter, SwingUtilities::invokeLater,
                    new PrintChoice(CHOICES, "T-TEST"));
            PrinterMenu.attach(screen.window, attached);
            return attached;
        });
        return screen;
    }

    @ParameterizedTest(name = "{0} paid with {2}")
    @CsvSource(textBlock = """
            'PEN, TSHIRT, MUG',                              32.50€,  50
            'PEN, TSHIRT, PEN',                              25.00€,  25.00
            'TSHIRT, TSHIRT, TSHIRT, PEN, TSHIRT',           65.00€,  100
            'PEN, TSHIRT, PEN, PEN, MUG, TSHIRT, TSHIRT',    62.50€,  70
            """)
    void aReferenceBasketPaidInCashPrintsItsRecordedReceiptOnceCutAndOpensTheDrawer(String codes, String total,
                                                                                  String cash) throws Exception {
        TillScreen screen = openScreen().sell(codes, total);

        screen.payCash(cash);

        screen.await("a receipt printed", () -> printer.jobs().size() == 1);
        EscPosStream printed = EscPosStream.read(printer.jobs().get(0));
        Sale recorded = server.service().sale(new SaleNumber(1));
        assertThat(printed.lines()).containsExactlyElementsOf(recorded.toString().lines().toList());
        assertThat(printed.cuts()).isEqualTo(1);
        assertThat(printed.drawerPulses()).isEqualTo(1);
    }

    @Test
    void aSalePaidByCardOnlyPrintsItsReceiptAndLeavesTheDrawerShut() throws Exception {
        TillScreen screen = openScreen().sell("PEN, TSHIRT, MUG", "32.50€");

        payByCard(screen);

        screen.await("a receipt printed", () -> printer.jobs().size() == 1);
        EscPosStream printed = EscPosStream.read(printer.jobs().get(0));
        assertThat(printed.text()).contains("S-000001");
        assertThat(printed.drawerPulses()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aPrinterFaultKeepsTheReceiptTheSaleRecordedAndTheTillSellingAndTheReprintKeyPrintsItOnce(Fault fault)
            throws Exception {
        TillScreen screen = openScreen();
        fault.begin(printer);
        screen.sell("PEN", "5.00€").payCash("5");

        screen.awaitMessage("Printer not answering — receipt S-000001 kept");
        assertThat(server.service().sale(new SaleNumber(1)).total()).hasToString("5.00€");
        screen.sell("MUG", "7.50€");                     // the till sells on, the printer still down
        fault.end(printer);
        pressReprintKey(screen);

        screen.awaitMessage("Printed S-000001");
        assertThat(printer.jobs()).singleElement().satisfies(job -> assertThat(EscPosStream.read(job).lines())
                .containsExactlyElementsOf(server.service().sale(new SaleNumber(1)).toString().lines().toList()));
        assertThat(screen.onEdt(() -> printing.kept())).isEmpty();
    }

    @Test
    void thePrinterProblemStaysInTheStatusBarWhileTheTillSellsOnUntilTheReceiptIsPrinted() throws Exception {
        TillScreen screen = openScreen();
        printer.stopListening();
        screen.sell("PEN", "5.00€").payCash("5");
        screen.await("the printer problem in the status bar", () -> screen.isShowing(StatusBar.PRINTER));

        screen.sell("MUG", "7.50€");                     // the message line has moved on

        assertThat(screen.label(StatusBar.PRINTER)).isEqualTo("⚠ Printer not answering — receipt S-000001 kept, "
                + "drawer not opened · " + reprintKeyText());
        printer.listenAgain();
        pressReprintKey(screen);
        screen.await("the status bar clear of the printer", () -> !screen.isShowing(StatusBar.PRINTER));
    }

    @Test
    void theReprintOfAKeptCashReceiptOpensTheDrawerThatDidNotOpenForItsSale() throws Exception {
        TillScreen screen = openScreen();
        printer.stopListening();
        screen.sell("PEN", "5.00€").payCash("10");
        screen.awaitMessage("Printer not answering — receipt S-000001 kept");
        printer.listenAgain();

        pressReprintKey(screen);

        screen.awaitMessage("Printed S-000001");
        assertThat(printer.jobs()).singleElement().satisfies(job -> assertThat(EscPosStream.read(job).drawerPulses())
                .isEqualTo(1));
    }

    @Test
    void aReprintOfAReceiptAlreadyPrintedLeavesTheDrawerShut() throws Exception {
        TillScreen screen = openScreen();
        screen.sell("PEN", "5.00€").payCash("10");
        screen.await("the receipt printed", () -> printer.jobs().size() == 1);

        pressReprintKey(screen);

        screen.await("printed again", () -> printer.jobs().size() == 2);
        assertThat(EscPosStream.read(printer.jobs().get(1)).drawerPulses()).isZero();
    }

    @Test
    void askingTheClerkPrintsTheReceiptWhenTheClerkSaysPrint() throws Exception {
        TillScreen screen = openScreen();
        choose(screen, PrintWhen.ASK);
        screen.sell("PEN", "5.00€").payCash("5");

        answer(screen, PrinterMenu.QUESTION_YES);

        screen.await("the receipt printed", () -> printer.jobs().size() == 1);
        EscPosStream printed = EscPosStream.read(printer.jobs().get(0));
        assertThat(printed.text()).contains("S-000001");
        assertThat(printed.drawerPulses()).isEqualTo(1);
    }

    @Test
    void askingTheClerkWhoSaysNoReceiptPrintsNothingAndStillOpensTheDrawerForCash() throws Exception {
        TillScreen screen = openScreen();
        choose(screen, PrintWhen.ASK);
        screen.sell("PEN", "5.00€").payCash("5");

        answer(screen, PrinterMenu.QUESTION_NO);

        screen.await("the drawer kicked", () -> printer.jobs().size() == 1);
        assertThat(EscPosStream.read(printer.jobs().get(0))).isEqualTo(new EscPosStream("", 0, 1));
    }

    @Test
    void aScanMadeWhileThePrinterHangsIsConfirmed() throws Exception {
        TillScreen screen = openScreen();
        printer.behave(FakePrinter.Behaviour.NEVER_READS);
        screen.sell("PEN", "5.00€").payCash("5");

        screen.sell("MUG", "7.50€");

        screen.awaitMessage("Printer not answering — receipt S-000001 kept");
        assertThat(screen.total()).isEqualTo("7.50€");
    }

    @Test
    void onlyOnRequestACashSaleOpensTheDrawerAndTheReprintKeyPrintsItsReceipt() throws Exception {
        TillScreen screen = openScreen();
        choose(screen, PrintWhen.ON_REQUEST);
        screen.sell("PEN", "5.00€").payCash("5");

        screen.await("the drawer kicked", () -> printer.jobs().size() == 1);
        assertThat(EscPosStream.read(printer.jobs().get(0))).isEqualTo(new EscPosStream("", 0, 1));
        pressReprintKey(screen);
        screen.await("the receipt printed", () -> printer.jobs().size() == 2);
        assertThat(EscPosStream.read(printer.jobs().get(1)).lines())
                .containsExactlyElementsOf(server.service().sale(new SaleNumber(1)).toString().lines().toList());
    }

    @Test
    void theChoiceOfWhenToPrintIsRememberedForTheTill() {
        TillScreen screen = openScreen();

        choose(screen, PrintWhen.ASK);

        assertThat(new PrintChoice(CHOICES, "T-TEST").get()).isEqualTo(PrintWhen.ASK);
        assertThat(new PrintChoice(CHOICES, "T-OTHER").get()).isEqualTo(PrintWhen.EVERY_SALE);
    }

    @Test
    void aCashRefundPrintsItsRecordedReceiptAndOpensTheDrawer() throws Exception {
        TillScreen screen = openScreen().sell("MUG", "7.50€").payCash("10");
        screen.await("the sale's receipt printed", () -> printer.jobs().size() == 1);

        refundEverything(screen);

        screen.await("the refund's receipt printed", () -> printer.jobs().size() == 2);
        EscPosStream printed = EscPosStream.read(printer.jobs().get(1));
        assertThat(printed.lines()).containsExactlyElementsOf(
                server.service().refund(new RefundNumber(1)).toString().lines().toList());
        assertThat(printed.cuts()).isEqualTo(1);
        assertThat(printed.drawerPulses()).isEqualTo(1);
    }

    /** How a printer fails, and how it is mended. */
    enum Fault {
        REFUSES_THE_CONNECTION {
            @Override
            void begin(FakePrinter printer) throws Exception {
                printer.stopListening();
            }

            @Override
            void end(FakePrinter printer) throws Exception {
                printer.listenAgain();
            }
        },
        NEVER_READS,
        CLOSES_MID_JOB;

        void begin(FakePrinter printer) throws Exception {
            printer.behave(FakePrinter.Behaviour.valueOf(name()));
        }

        void end(FakePrinter printer) throws Exception {
            printer.behave(FakePrinter.Behaviour.PRINTS);
        }
    }

    /** F10, F6 on the sale, every line back (as the dialog starts), confirmed; the refund's receipt closed. */
    private void refundEverything(TillScreen screen) {
        screen.press(KeyEvent.VK_F10);
        DialogFixture journal = WindowFinder.findDialog(JournalWindow.WINDOW).withTimeout(TillScreen.PATIENCE.duration())
                .using(robot);
        screen.await("journal read", () -> journal.table(JournalWindow.TABLE).rowCount() == 1);
        journal.table(JournalWindow.TABLE).pressAndReleaseKeys(KeyEvent.VK_F6);
        DialogFixture refund = WindowFinder.findDialog(RefundDialog.DIALOG).withTimeout(TillScreen.PATIENCE.duration())
                .using(robot);
        screen.await("the lines have the keyboard", () -> screen.onEdt(
                () -> refund.table(RefundDialog.TABLE).target().isFocusOwner()));
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        JOptionPaneFixture question = refund.optionPane().requireTitle("Refund");
        JButton yes = question.buttonWithText(RefundDialog.YES).target();
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        screen.await("yes has the keyboard", () -> screen.onEdt(yes::isFocusOwner));
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
        DialogFixture receipt = WindowFinder.findDialog(ReceiptDialog.DIALOG).withTimeout(TillScreen.PATIENCE.duration())
                .using(robot);
        receipt.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        screen.await("the refund dialog has the keyboard", () -> screen.onEdt(() -> refund.target().isFocused()));
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        screen.await("refund dialog closed", () -> !screen.onEdt(() -> refund.target().isShowing()));
    }

    private static void payByCard(TillScreen screen) {
        screen.press(KeyEvent.VK_F12);
        DialogFixture dialog = screen.paymentDialog();
        screen.awaitCashFieldFocused(dialog);
        screen.frame.robot().pressAndReleaseKey(KeyEvent.VK_F4);
        screen.awaitText(dialog, PaymentDialog.CONFIRM, "Card approved");
        screen.frame.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);   // the terminal approved
        screen.recordSale(dialog);
    }

    /** Answers the question asked after the sale, "Print the receipt of S-000001?", with the button {@code text}. */
    private static void answer(TillScreen screen, String text) {
        JOptionPaneFixture question = screen.frame.optionPane(org.assertj.swing.timing.Timeout.timeout(
                TillScreen.PATIENCE.duration())).requireTitle("Receipt").requireMessage("Print the receipt of S-000001?");
        // Keys, not clicks: the X server may show a new dialog somewhere else than its bounds say.
        JButton print = question.buttonWithText(PrinterMenu.QUESTION_YES).target();
        screen.await("Print has the keyboard", () -> screen.onEdt(print::isFocusOwner));
        if (!text.equals(PrinterMenu.QUESTION_YES)) {
            JButton other = question.buttonWithText(text).target();
            screen.frame.robot().pressAndReleaseKey(KeyEvent.VK_TAB);
            screen.await(text + " has the keyboard", () -> screen.onEdt(other::isFocusOwner));
        }
        screen.frame.robot().pressAndReleaseKey(KeyEvent.VK_SPACE);
    }

    private static String reprintKeyText() {
        return com.lana.checkout.client.ui.parts.Shortcuts.text(javax.swing.KeyStroke.getKeyStroke(KeyEvent.VK_P,
                Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() | InputEvent.SHIFT_DOWN_MASK));
    }

    /** Ctrl+Shift+P (Cmd+Shift+P on a Mac), from the scan field. */
    private static void pressReprintKey(TillScreen screen) {
        int menuKey = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() == InputEvent.META_DOWN_MASK
                ? KeyEvent.VK_META : KeyEvent.VK_CONTROL;
        screen.scanField().focus();
        Robot robot = screen.frame.robot();
        robot.pressKey(menuKey);
        robot.pressKey(KeyEvent.VK_SHIFT);
        robot.pressAndReleaseKey(KeyEvent.VK_P);
        robot.releaseKey(KeyEvent.VK_SHIFT);
        robot.releaseKey(menuKey);
    }

    /**
     * Chooses when to print as the Printer menu's item does: the item's own action, on the EDT. A
     * robot's click on the menu bar can fail to open the menu on a busy machine; the menu is not what
     * these tests are about.
     */
    private static void choose(TillScreen screen, PrintWhen when) {
        javax.swing.JMenuItem item = screen.frame.robot().finder().findByName(screen.window.frame(),
                PrinterMenu.name(when), javax.swing.JMenuItem.class, false);
        screen.onEdt(() -> {
            item.doClick();
            return null;
        });
    }
}
