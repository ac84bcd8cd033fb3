package com.lana.checkout.client.device;

import com.lana.checkout.api.Sale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The receipt printer against a fake network printer on 127.0.0.1 that records what it is sent. */
class ReceiptPrinterTest {

    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    /** Longer than any job may take: only a failing test waits this long. */
    private static final long PATIENCE_SECONDS = 20;

    static final List<Sale> REFERENCE_SALES = ReferenceSales.ALL;

    private FakePrinter fake;
    private ReceiptPrinter printer;

    @AfterEach
    void stop() throws IOException {
        if (printer != null) {
            printer.close();
        }
        if (fake != null) {
            fake.close();
        }
    }

    private byte[] printed(EscPosJob job) throws Exception {
        fake = FakePrinter.start(FakePrinter.Behaviour.PRINTS);
        printer = new ReceiptPrinter(fake.address(), TIMEOUT);
        printer.send(job).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertThat(fake.jobs()).hasSize(1);
        return fake.jobs().get(0);
    }

    @ParameterizedTest
    @FieldSource("REFERENCE_SALES")
    void printsTheSalesReceiptTextLineByLine(Sale sale) throws Exception {
        byte[] job = printed(EscPosJob.receipt("receipt", sale.toString(), false));

        assertThat(EscPosStream.read(job).lines()).containsExactlyElementsOf(sale.toString().lines().toList());
    }

    @Test
    void printsTheEuroSignAsByteD5OfCodePage858() throws Exception {
        byte[] job = printed(EscPosJob.receipt("receipt", "TOTAL 32.50€\n", false));

        assertThat(job).containsSequence(0x1B, 't', 19);   // ESC t 19: code page CP858
        assertThat(job).containsSequence("32.50".getBytes()).contains((byte) 0xD5);
        assertThat(EscPosStream.read(job).text()).isEqualTo("TOTAL 32.50€\n");
    }

    @ParameterizedTest
    @FieldSource("REFERENCE_SALES")
    void cutsThePaperOnceAfterTheText(Sale sale) throws Exception {
        byte[] job = printed(EscPosJob.receipt("receipt", sale.toString(), true));

        assertThat(EscPosStream.read(job).cuts()).isEqualTo(1);
    }

    @Test
    void aReceiptWithTheKickPulsesTheDrawerOnce() throws Exception {
        byte[] job = printed(EscPosJob.receipt("receipt", ReferenceSales.PEN_TSHIRT_MUG.toString(), true));

        assertThat(EscPosStream.read(job).drawerPulses()).isEqualTo(1);
    }

    @Test
    void aReceiptWithoutTheKickLeavesTheDrawerShut() throws Exception {
        byte[] job = printed(EscPosJob.receipt("receipt", ReferenceSales.TWO_PENS_AND_A_TSHIRT.toString(), false));

        assertThat(EscPosStream.read(job).drawerPulses()).isZero();
    }

    @Test
    void theDrawerKickAlonePrintsNothingAndCutsNothing() throws Exception {
        EscPosStream job = EscPosStream.read(printed(EscPosJob.drawerKick()));

        assertThat(job).isEqualTo(new EscPosStream("", 0, 1));
    }

    @Test
    void cashChangesHandsInTheSalesPaidWithCashAndNotInTheCardOnlyOne() {
        assertThat(REFERENCE_SALES).map(TillPrinting::opensTheDrawer).containsExactly(true, false, true, true);
    }

    @Test
    void aRefusedConnectionFailsTheJob() throws Exception {
        printer = new ReceiptPrinter(new PrinterAddress(PrinterAddress.Kind.TCP, "127.0.0.1",
                FakePrinter.refusingPort()), TIMEOUT);

        assertFails(EscPosJob.receipt("receipt", "x\n", false));
    }

    @Test
    void aPrinterThatNeverReadsFailsTheJobOnceTheTimeoutIsOver() throws Exception {
        fake = FakePrinter.start(FakePrinter.Behaviour.NEVER_READS);
        printer = new ReceiptPrinter(fake.address(), TIMEOUT);

        long started = System.nanoTime();
        assertFails(EscPosJob.receipt("receipt", ReferenceSales.BOTH_PROMOTIONS.toString(), true));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(TIMEOUT);
    }

    @Test
    void aPrinterThatClosesMidJobFailsTheJob() throws Exception {
        fake = FakePrinter.start(FakePrinter.Behaviour.CLOSES_MID_JOB);
        printer = new ReceiptPrinter(fake.address(), TIMEOUT);

        assertFails(EscPosJob.receipt("receipt", ReferenceSales.BOTH_PROMOTIONS.toString(), true));
    }

    @Test
    void aJobAfterAFailedOneStillPrints() throws Exception {
        fake = FakePrinter.start(FakePrinter.Behaviour.NEVER_READS);
        printer = new ReceiptPrinter(fake.address(), TIMEOUT);
        assertFails(EscPosJob.receipt("receipt", "first\n", false));

        fake.behave(FakePrinter.Behaviour.PRINTS);
        printer.send(EscPosJob.receipt("receipt", "second\n", false)).get(PATIENCE_SECONDS, TimeUnit.SECONDS);

        assertThat(fake.jobs()).singleElement().satisfies(job -> assertThat(EscPosStream.read(job).text())
                .isEqualTo("second\n"));
    }

    @Test
    void aFilePrinterGetsTheJobAppended(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lp0");
        printer = new ReceiptPrinter(PrinterAddress.parse("file:" + file), TIMEOUT);

        printer.send(EscPosJob.receipt("receipt", "one\n", false)).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        printer.send(EscPosJob.receipt("receipt", "two\n", false)).get(PATIENCE_SECONDS, TimeUnit.SECONDS);

        EscPosStream both = EscPosStream.read(Files.readAllBytes(file));
        assertThat(both.lines()).containsExactly("one", "two");
        assertThat(both.cuts()).isEqualTo(2);
    }

    @Test
    void aPrintQueueThisMachineDoesNotHaveFailsTheJobNamingIt() {
        printer = new ReceiptPrinter(PrinterAddress.parse("queue:no-such-queue-" + System.nanoTime()), TIMEOUT);

        assertThatThrownBy(() -> printer.send(EscPosJob.receipt("receipt", "x\n", false)).get(PATIENCE_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(IOException.class)
                .hasMessageStartingWith("No print queue no-such-queue-");
    }

    private void assertFails(EscPosJob job) {
        assertThatThrownBy(() -> printer.send(job).get(PATIENCE_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IOException.class);
    }
}
