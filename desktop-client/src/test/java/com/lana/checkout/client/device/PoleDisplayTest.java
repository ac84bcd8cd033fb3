package com.lana.checkout.client.device;

import com.lana.checkout.client.customer.CustomerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pole display's two lines, and how they reach a display on the network. */
class PoleDisplayTest {

    private FakePoleDisplay fake;
    private PoleDisplay display;

    @AfterEach
    void stop() throws Exception {
        if (display != null) {
            display.close();
        }
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void anItemShowsWithItsPriceOverTheTotal() {
        assertThat(PoleDisplay.lines(new CustomerView("Lana Pen", "5.00€", "25.00€", "", "", "")))
                .containsExactly("Lana Pen       5.00€", "TOTAL         25.00€");
    }

    @Test
    void aLongNameIsCutSoThatThePriceShowsWhole() {
        assertThat(PoleDisplay.lines(new CustomerView("Lana Coffee Mug Extra Large", "3 × 7.50€", "22.50€", "", "", ""))
                .get(0)).isEqualTo("Lana Coffe 3 × 7.50€");
    }

    @Test
    void aPaidSaleShowsWhatWasHandedOverAndTheChange() {
        assertThat(PoleDisplay.lines(new CustomerView("", "", "32.50€", "50.00€", "17.50€", CustomerView.THANK_YOU)))
                .containsExactly("Paid          50.00€", "Change        17.50€");
    }

    @Test
    void anEmptySaleShowsTheWelcomeAlone() {
        assertThat(PoleDisplay.lines(new CustomerView("", "", "0.00€", "", "", CustomerView.WELCOME)))
                .containsExactly("  Welcome to Lana   ", " ".repeat(20));
    }

    @Test
    void everyLineIsTwentyCharactersWide() {
        List<CustomerView> views = List.of(new CustomerView("Removed: Lana T-Shirt", "-20.00€", "5.00€", "", "", ""),
                new CustomerView("", "", "1234567.50€", "", "", ""),
                new CustomerView("", "", "0.00€", "", "", "A message longer than the display is"));
        for (CustomerView view : views) {
            assertThat(PoleDisplay.lines(view)).allSatisfy(line -> assertThat(line).hasSize(PoleDisplay.WIDTH));
        }
    }

    @Test
    void theDisplayShowsTheLinesWithTheEuroSignOfCodePage858() throws Exception {
        fake = FakePoleDisplay.start();
        display = new PoleDisplay(fake.address(), Duration.ofSeconds(2), PoleDisplay.REFRESH, answered -> { });

        display.show(List.of("Lana Pen       5.00€", "TOTAL          5.00€"));

        eventually("the lines shown", () -> fake.lines().equals(List.of("Lana Pen       5.00€", "TOTAL          5.00€")));
        assertThat(fake.codePage()).isEqualTo(PoleDisplay.PC858);
    }

    @Test
    void aDisplaySwitchedOffAndOnAgainShowsTheLatestLines() throws Exception {
        fake = FakePoleDisplay.start();
        List<Boolean> answers = new CopyOnWriteArrayList<>();
        display = new PoleDisplay(fake.address(), Duration.ofSeconds(2), Duration.ofMillis(100), answers::add);
        display.show(List.of("one", "1"));
        eventually("the first lines shown", () -> fake.lines().get(0).startsWith("one"));

        fake.stopListening();
        display.show(List.of("two", "2"));
        eventually("a write the display did not take", () -> answers.contains(false));
        fake.listenAgain();

        eventually("the latest lines shown", () -> fake.lines().equals(List.of("two" + " ".repeat(17), "2" + " ".repeat(19))));
    }

    /** Waits, polling, until {@code condition} holds. */
    private static void eventually(String description, java.util.function.BooleanSupplier condition) {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(description) {
            @Override
            public boolean test() {
                return condition.getAsBoolean();
            }
        }, org.assertj.swing.timing.Timeout.timeout(20_000));
    }

    @Test
    void onlyANetworkDisplayIsTaken() {
        assertThatThrownBy(() -> PoleDisplay.address("queue:POLE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A pole display is reached over the network, tcp://HOST:PORT; was queue:POLE");
    }
}
