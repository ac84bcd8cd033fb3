package com.lana.checkout.server.rmi;

import com.lana.checkout.api.staff.ClerkName;
import com.lana.checkout.api.staff.Role;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.security.Pin;
import com.lana.checkout.server.service.SessionFixture;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's JShell session of a shop with clerks (its ```jshell clerks blocks, one after the
 * other), run by the real {@code jshell} against a real server whose store has Ann, a manager with
 * PIN 1234, and Bob, a clerk with PIN 5678, as the README says: Bob's shift from its float to a Z
 * report 2.00€ short, a refund a manager approved, and the audit trail that tells it.
 */
class JShellClerksReadmeTest {

    private static final String FENCE = "```jshell clerks";

    @TempDir
    static Path folder;

    private static CheckoutServer server;
    private static String output;

    @BeforeAll
    static void runTheReadmesClerksSession() throws Exception {
        CheckoutStore store = CheckoutStores.open(CheckoutStores.MEMORY);
        store.clerks().add(ClerkName.of("Ann"), Role.MANAGER, SessionFixture.HASHER.hash(Pin.of("1234")));
        store.clerks().add(ClerkName.of("Bob"), Role.CLERK, SessionFixture.HASHER.hash(Pin.of("5678")));
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults())
                .withStore(store).withSignIns(SessionFixture.POLICY));
        List<String> session = JShellReadmeTest.jshellLinesOf(
                Files.readString(JShellReadmeTest.README, StandardCharsets.UTF_8), FENCE);
        assertThat(session).anySatisfy(line -> assertThat(line).contains("Checkout.connect()"));
        List<String> input = new ArrayList<>();
        for (String line : session) {
            input.add(line.replace("Checkout.connect()", "Checkout.connect(\"127.0.0.1\", " + server.port() + ")"));
        }
        input.add("/exit");
        output = JShellReadmeTest.runJShell(input, folder);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aClerksRefundWithoutAnApprovalIsRefusedSayingWhatItNeeds() {
        assertThat(output).contains("ApprovalRequiredException: Refund S-000001 needs a manager's approval");
    }

    @Test
    void theZReportOfTheClerksShiftIsTwoEurosShort() {
        assertThat(output).contains("Z report T01-000001")
                .containsPattern("Expected cash +55\\.00€")
                .containsPattern("Counted cash +53\\.00€")
                .containsPattern("Short +-2\\.00€");
    }

    @Test
    void theAuditTrailTellsTheShiftInOrder() {
        assertThat(output).containsSubsequence("SIGN_IN", "OPEN_SHIFT", "REFUND R-000001",
                "approved by Ann", "CASH_OUT", "approved by Ann", "reason: to the safe", "CLOSE_SHIFT", "SIGN_OUT",
                "SIGN_IN");
    }

    @Test
    void theZReportIsSavedAsAPdf() throws IOException {
        Path pdf = folder.resolve("Z-T01-000001.pdf");

        assertThat(pdf).as("output was:%n%s", output).exists();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theDayReportHasARowForTheClosedShift() {
        assertThat(output).containsPattern("T01-1 Z1 Bob +1 +12\\.50€ +-7\\.50€");
    }

    @Test
    void nothingButTheRefusedRefundThrows() {
        assertThat(output.split("\\|  Exception", -1)).as("output was:%n%s", output).hasSize(2);
    }
}
