package com.lana.checkout.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How clients name the servers they connect to: {@code "hostA:1099,hostB:1099"}, or one host and port. */
class CheckoutOptionsTest {

    private static final Checkout.Server A = new Checkout.Server("hostA", 1099);
    private static final Checkout.Server B = new Checkout.Server("hostB", 2000);
    /** Two servers, call timeout 5 s, 2 attempts: each set by one of the with methods. */
    private static final Checkout.Options TUNED = Checkout.options(List.of(A, B))
            .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(5)).withAttempts(2);

    @Test
    void aListNamesEachServerInOrder() {
        assertThat(Checkout.options("hostA:1099,hostB:2000").servers()).containsExactly(A, B);
    }

    @Test
    void aHostWithoutAPortMeansTheDefaultPort() {
        assertThat(Checkout.options("hostA,hostB:2000").servers()).containsExactly(A, B);
    }

    @Test
    void whitespaceAroundEntriesIsIgnored() {
        assertThat(Checkout.options("  hostA , hostB:2000\t").servers()).containsExactly(A, B);
    }

    @Test
    void oneServerIsAListToo() {
        assertThat(Checkout.options("127.0.0.1:1234").servers())
                .containsExactly(new Checkout.Server("127.0.0.1", 1234));
    }

    @Test
    void anIpv6AddressGoesInBrackets() {
        assertThat(Checkout.options("[::1]:1100,[fe80::1%eth0]").servers())
                .containsExactly(new Checkout.Server("::1", 1100), new Checkout.Server("fe80::1%eth0", 1099));
    }

    @Test
    void aServerPrintsAnIpv6AddressInBrackets() {
        assertThat(new Checkout.Server("::1", 1100)).hasToString("[::1]:1100");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hostA:|hostA:",
        "hostA:x|hostA:x",
        "hostA:0|hostA:0",
        "hostA:65536|hostA:65536",
        "hostA:99999999999|hostA:99999999999",
        "hostA:-1|hostA:-1",
        ":1099|:1099",
        "host A:1099|host A:1099",
        "hostA:1099:1|hostA:1099:1",
        "hostA;hostB|hostA;hostB",
        "hostA/x:1099|hostA/x:1099",
        "'[::1:1099'|[::1:1099",
        "'[::1]1099'|[::1]1099",
        "'hostA, hostB:port'|hostB:port"})
    void aBadEntryIsRefusedByName(String servers, String entry) {
        assertThatIllegalArgumentException().isThrownBy(() -> Checkout.options(servers))
                .withMessageContaining("'" + entry + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hostA,,hostB", "hostA,", ",hostA", "hostA, ,hostB"})
    void anEmptyEntryIsRefused(String servers) {
        assertThatIllegalArgumentException().isThrownBy(() -> Checkout.options(servers))
                .withMessageContaining("Empty server entry in '" + servers + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void noServerAtAllIsRefused(String servers) {
        assertThatIllegalArgumentException().isThrownBy(() -> Checkout.options(servers))
                .withMessageContaining("No checkout server given");
    }

    @Test
    void aServerListedTwiceIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Checkout.options("hostA:1099, hostA"))
                .withMessageContaining("'hostA'").withMessageContaining("listed twice");
    }

    @Test
    void hostAndPortAnswerTheFirstServer() {
        Checkout.Options options = Checkout.options("hostA,hostB:2000");

        assertThat(options.host()).isEqualTo("hostA");
        assertThat(options.port()).isEqualTo(1099);
    }

    @Test
    void theAddressNamesEveryServerWithItsPort() {
        assertThat(Checkout.options("hostA,hostB:2000").address()).isEqualTo("hostA:1099,hostB:2000");
    }

    @Test
    void oneHostAndPortIsAListOfOne() {
        Checkout.Options options = Checkout.options("till", 1234);

        assertThat(options.servers()).containsExactly(new Checkout.Server("till", 1234));
        assertThat(options.address()).isEqualTo("till:1234");
    }

    @Test
    void optionsAllowThreeAttemptsUnlessToldOtherwise() {
        assertThat(Checkout.options("till", 1234).attempts()).isEqualTo(3);
    }

    @Test
    void theWithMethodsKeepTheServers() {
        assertThat(TUNED.servers()).containsExactly(A, B);
    }

    @Test
    void withTimeoutsSetsTheCallTimeout() {
        assertThat(TUNED.callTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void withAttemptsSetsTheAttempts() {
        assertThat(TUNED.attempts()).isEqualTo(2);
    }

    @Test
    void optionsNeedAServer() {
        assertThatIllegalArgumentException().isThrownBy(() -> Checkout.options(List.of()))
                .withMessageContaining("No checkout server given");
    }

    @Test
    void aPortOutOfRangeIsRefusedForOneServerToo() {
        assertThatIllegalArgumentException().isThrownBy(() -> Checkout.options("till", 0))
                .withMessageContaining("Port must be 1-65535, was 0");
    }

    @Test
    void onlyServicesMadeByConnectHaveACurrentServer() {
        assertThatIllegalArgumentException().isThrownBy(() -> Checkout.currentServer(null))
                .withMessageContaining("Not a checkout service made by Checkout.connect");
    }
}
