package com.lana.checkout.client.ui;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.client.link.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One name for an open sale on every till: its basket's short code, which F6 on another till
 * opens, with changes made at one till announced at the other. Two windows on one real server.
 */
class SaleCodesAcrossTillsTest extends GuiTest {

    private TestServers.Running server;

    @BeforeEach
    void startServer() throws Exception {
        server = TestServers.running();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void bothTillsNameTheSaleByItsBasketsShortCode() throws Exception {
        TillScreen first = openTill();
        first.scan("PEN").awaitTotal("5.00€").awaitIdle();
        BasketId basket = first.onEdt(() -> first.model.current().basket());
        String code = basket.shortCode();

        TillScreen second = openTill();
        second.press(KeyEvent.VK_F6);
        second.frame.optionPane().textBox().enterText(code).pressAndReleaseKeys(KeyEvent.VK_ENTER);

        second.awaitTotal("5.00€").awaitMessage("Showing sale " + code);
        assertThat(first.label(ReceiptPanel.TITLE)).isEqualTo("Sale " + code);
        assertThat(second.label(ReceiptPanel.TITLE)).isEqualTo("Sale " + code);
        assertThat(second.onEdt(() -> second.model.current().basket())).isEqualTo(basket);
        assertThat(server.service().receipt(basket).lines()).extracting(Receipt.Line::code).containsExactly("PEN");
    }

    @Test
    void aChangeAtTheOtherTillIsAnnounced() throws Exception {
        TillScreen first = openTill();
        first.scan("PEN").awaitTotal("5.00€").awaitIdle();
        BasketId basket = first.onEdt(() -> first.model.current().basket());
        TillScreen second = openTill();
        second.press(KeyEvent.VK_F6);
        second.frame.optionPane().textBox().enterText(basket.shortCode()).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        second.awaitTotal("5.00€").awaitIdle();

        // Buttons need no keyboard focus, which Xvfb without a window manager cannot move between windows.
        second.frame.moveToFront();
        second.clickProduct("MUG").awaitTotal("12.50€").awaitIdle();
        first.awaitTotal("12.50€").awaitMessage("Sale " + basket.shortCode() + ": MUG added at another terminal");
        assertThat(first.onEdt(() -> first.model.notice().isProblem())).isFalse();

        second.clickButton(TillWindow.VOID_LAST);
        first.awaitTotal("5.00€").awaitMessage("Sale " + basket.shortCode() + ": 1 MUG removed at another terminal");
        assertThat(server.service().receipt(basket).lines()).extracting(Receipt.Line::code).containsExactly("PEN");
    }

    @Test
    void f6WithACodeNoOpenBasketHasSaysSo() throws Exception {
        TillScreen till = openTill();
        till.scan("PEN").awaitTotal("5.00€").awaitIdle();
        String own = till.onEdt(() -> till.model.current().basket().shortCode());
        String absent = own.startsWith("Z") ? "YYY-YYY" : "ZZZ-ZZZ";

        till.press(KeyEvent.VK_F6);
        till.frame.optionPane().textBox().enterText(absent).pressAndReleaseKeys(KeyEvent.VK_ENTER);

        till.awaitMessage("No open basket " + absent.replace("-", "") + " on the server");
        assertThat(till.onEdt(() -> till.model.notice().isProblem())).isTrue();
        assertThat(till.label(ReceiptPanel.TITLE)).isEqualTo("Sale " + own);
        till.frame.label(ReceiptPanel.TOTAL).requireText("5.00€");
    }

    @Test
    void f6WithACodeSeveralOpenBasketsEndWithAsksForTheFullId() throws Exception {
        CheckoutService otherTills = Checkout.connect("127.0.0.1", server.port());
        // 33 baskets, 32 possible last characters: at least two end alike.
        List<BasketId> baskets = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            baskets.add(otherTills.createBasket());
        }
        String last = baskets.stream().map(id -> id.toString().substring(25))
                .filter(end -> baskets.stream().filter(id -> id.toString().endsWith(end)).count() > 1)
                .findFirst().orElseThrow();
        long sharing = baskets.stream().filter(id -> id.toString().endsWith(last)).count();
        TillScreen till = openTill();

        till.press(KeyEvent.VK_F6);
        till.frame.optionPane().textBox().enterText(last).pressAndReleaseKeys(KeyEvent.VK_ENTER);

        till.awaitMessage(sharing + " open baskets end with " + last).awaitMessage("full id");
        assertThat(till.onEdt(() -> till.model.current().basket())).isNull();
    }

    @Test
    void f6StillOpensABasketByItsFullId() throws Exception {
        TillScreen first = openTill();
        first.scan("MUG").awaitTotal("7.50€").awaitIdle();
        BasketId basket = first.onEdt(() -> first.model.current().basket());
        TillScreen second = openTill();

        second.press(KeyEvent.VK_F6);
        second.frame.optionPane().textBox().enterText(basket.toString().toLowerCase()).pressAndReleaseKeys(KeyEvent.VK_ENTER);

        second.awaitTotal("7.50€");
        assertThat(second.label(ReceiptPanel.TITLE)).isEqualTo("Sale " + basket.shortCode());
    }

    @Test
    void ctrlBCopiesTheFullIdWithAnInformationNotice() throws Exception {
        TillScreen till = openTill();
        till.scan("PEN").awaitTotal("5.00€").awaitIdle();
        BasketId basket = till.onEdt(() -> till.model.current().basket());

        till.pressWithMenuKey(KeyEvent.VK_B);

        till.awaitMessage("Copied basket id " + basket);
        assertThat(till.onEdt(() -> till.model.notice().isProblem())).as("shown red, with a beep").isFalse();
        assertThat(till.onEdt(() -> Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor)))
                .isEqualTo(basket.toString());
        assertThat(till.onEdt(() -> till.frame.label(ReceiptPanel.TITLE).target().getToolTipText()))
                .contains(basket.toString());
    }

    private TillScreen openTill() {
        return TillScreen.open(robot, server.port()).awaitConnected();
    }
}
