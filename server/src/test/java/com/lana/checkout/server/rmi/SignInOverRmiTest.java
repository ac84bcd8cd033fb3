package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.audit.AuditAction;
import com.lana.checkout.api.audit.AuditEntry;
import com.lana.checkout.api.shift.ShiftNumber;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.staff.Approval;
import com.lana.checkout.api.staff.ClerkName;
import com.lana.checkout.api.staff.SignInRefusedException;
import com.lana.checkout.api.staff.SignInRequiredException;
import com.lana.checkout.api.staff.Till;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.security.ClerkAuthenticator;
import com.lana.checkout.server.service.SessionFixture;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.NoSuchObjectException;
import java.rmi.registry.LocateRegistry;
import java.rmi.server.RemoteObjectInvocationHandler;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.lana.checkout.server.service.SessionFixture.ANN;
import static com.lana.checkout.server.service.SessionFixture.ANN_PIN;
import static com.lana.checkout.server.service.SessionFixture.BOB;
import static com.lana.checkout.server.service.SessionFixture.BOB_PIN;
import static com.lana.checkout.server.service.SessionFixture.WRONG_PIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Clerks signing in at a till over real RMI on loopback, as JShell does, against a server whose H2
 * store has Ann (manager) and Bob (clerk), on a clock the test moves.
 */
class SignInOverRmiTest {

    @TempDir
    Path dir;

    private final SessionFixture.TestClock clock = new SessionFixture.TestClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Logger lana = Logger.getLogger("com.lana");
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            logged.add(formatter.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level lanaLevel;
    private CheckoutStore store;
    private CheckoutServer server;
    private CheckoutService checkout;

    @BeforeEach
    void startServer() throws Exception {
        lanaLevel = lana.getLevel();
        lana.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        lana.addHandler(capture);
        store = CheckoutStores.open("jdbc:h2:file:" + dir.resolve("shop"));
        SessionFixture.addAnnAndBob(store);
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults())
                .withBasketIdleTimeout(Duration.ofHours(4), clock).withStore(store)
                .withSignIns(SessionFixture.POLICY));
        checkout = Checkout.connect("127.0.0.1", server.port());
    }

    @AfterEach
    void stopServer() {
        server.close();
        lana.removeHandler(capture);
        lana.setLevel(lanaLevel);
    }

    @Test
    void theRightPinAnswersASessionAtThatTillAsThatClerk() throws Exception {
        Till till = checkout.signIn("T01", BOB, BOB_PIN);

        assertThat(till.till()).isEqualTo("T01");
        assertThat(till.clerk().name()).isEqualTo(ClerkName.of(BOB));
        assertThat(audit()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SIGN_IN);
            assertThat(entry.clerk()).isEqualTo(BOB);
            assertThat(entry.till()).isEqualTo("T01");
        });
    }

    @Test
    void aWrongPinIsRefusedAndAudited() throws Exception {
        SignInRefusedException refused = catchThrowableOfType(SignInRefusedException.class,
                () -> checkout.signIn("T01", BOB, WRONG_PIN));

        assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.WRONG_NAME_OR_PIN);
        assertThat(audit()).extracting(AuditEntry::action, AuditEntry::clerk)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.SIGN_IN_FAILED, BOB));
    }

    @Test
    void fiveWrongPinsLockTheClerkUntilTheLockEnds() throws Exception {
        for (int i = 1; i < ClerkAuthenticator.LOCK_AFTER; i++) {
            assertThatExceptionOfType(SignInRefusedException.class).isThrownBy(() -> checkout.signIn("T01", BOB, WRONG_PIN));
        }
        SignInRefusedException locked = catchThrowableOfType(SignInRefusedException.class,
                () -> checkout.signIn("T01", BOB, WRONG_PIN));
        assertThat(locked.reason()).isEqualTo(SignInRefusedException.Reason.LOCKED);
        assertThat(audit()).last().extracting(AuditEntry::action).isEqualTo(AuditAction.LOCKED_OUT);
        assertThatExceptionOfType(SignInRefusedException.class).isThrownBy(() -> checkout.signIn("T01", BOB, BOB_PIN));

        clock.advance(ClerkAuthenticator.LOCK_FOR.plusSeconds(1));

        assertThat(checkout.signIn("T01", BOB, BOB_PIN).clerk().name()).isEqualTo(ClerkName.of(BOB));
    }

    @Test
    void aDisabledClerkIsRefused() throws Exception {
        store.clerks().disable(ClerkName.of(BOB));

        SignInRefusedException refused = catchThrowableOfType(SignInRefusedException.class,
                () -> checkout.signIn("T01", BOB, BOB_PIN));

        assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.DISABLED);
        assertThat(audit()).last().extracting(AuditEntry::action).isEqualTo(AuditAction.SIGN_IN_FAILED);
    }

    @Test
    void aSessionUnusedPastTheTimeoutAnswersSignInRequired() throws Exception {
        Till till = checkout.signIn("T01", BOB, BOB_PIN);

        clock.advance(SessionFixture.POLICY.idleTimeout().plusSeconds(1));

        assertThatExceptionOfType(SignInRequiredException.class).isThrownBy(till::till)
                .withMessageContaining("sign in again");
        assertThat(audit()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SIGN_OUT);
            assertThat(entry.reason()).contains("expired");
        });
    }

    @Test
    void aSessionInUseDoesNotExpire() throws Exception {
        Till till = checkout.signIn("T01", BOB, BOB_PIN);

        clock.advance(SessionFixture.POLICY.idleTimeout().minusMinutes(1));
        till.catalog();
        till.till();
        clock.advance(Duration.ofMinutes(2));

        assertThat(till.till()).isEqualTo("T01");
    }

    @Test
    void theSweepUnexportsAnExpiredSession() throws Exception {
        Till till = checkout.signIn("T01", BOB, BOB_PIN);
        clock.advance(SessionFixture.POLICY.idleTimeout().plusSeconds(1));

        assertThat(server.expireIdleSessions()).isEqualTo(1);

        assertThatExceptionOfType(NoSuchObjectException.class).isThrownBy(till::till);
    }

    @Test
    void disablingAClerkEndsTheirSessionAtTheNextSweep() throws Exception {
        Till till = checkout.signIn("T01", BOB, BOB_PIN);
        store.clerks().disable(ClerkName.of(BOB));

        server.expireIdleSessions();   // the timer's sweep may have come first: either way it has run

        assertThatExceptionOfType(NoSuchObjectException.class).isThrownBy(till::till);
        assertThat(audit()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SIGN_OUT);
            assertThat(entry.clerk()).isEqualTo(BOB);
            assertThat(entry.reason()).isEqualTo("session ended, the clerk was disabled");
        });
    }

    @Test
    void disablingOneClerkLeavesTheOthersSessions() throws Exception {
        Till ann = checkout.signIn("T02", ANN, ANN_PIN);
        checkout.signIn("T01", BOB, BOB_PIN);
        store.clerks().disable(ClerkName.of(BOB));

        server.expireIdleSessions();

        assertThat(ann.till()).isEqualTo("T02");
    }

    @Test
    void aSignedOutSessionIsGone() throws Exception {
        Till till = checkout.signIn("T01", BOB, BOB_PIN);

        till.signOut();

        assertThatExceptionOfType(NoSuchObjectException.class).isThrownBy(till::till);
        assertThat(audit()).extracting(AuditEntry::action).containsExactly(AuditAction.SIGN_IN, AuditAction.SIGN_OUT);
    }

    @Test
    void aStubToAMadeUpObjectIdIsRefused() throws Exception {
        Till till = bareStub().signIn("T01", BOB, BOB_PIN);
        Till forged = withObjectNumber(till, objectNumber(till) ^ 0x5DEECE66DL);

        assertThatExceptionOfType(NoSuchObjectException.class).isThrownBy(forged::till);
        assertThat(till.till()).isEqualTo("T01");
    }

    @Test
    void sessionsGetObjectIdsThatDoNotFollowEachOther() throws Exception {
        long first = objectNumber(bareStub().signIn("T01", BOB, BOB_PIN));
        long second = objectNumber(bareStub().signIn("T02", ANN, ANN_PIN));

        assertThat(Math.abs(second - first)).isGreaterThan(1_000_000L);
    }

    @Test
    void anApprovalCrossesTheWire() throws Exception {
        Till till = checkout.signIn("T01", BOB, BOB_PIN);

        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> till.removeBasket(BasketId.random(), Approval.of(ANN, ANN_PIN)));
    }

    @Test
    void aDayOfShiftsAndAZReportsPdfCrossTheWire() throws Exception {
        Till bob = checkout.signIn("T01", BOB, BOB_PIN);
        Till ann = checkout.signIn("T02", ANN, ANN_PIN);
        bob.openShift(Money.parse("100.00"));
        ann.openShift(Money.parse("50.00"));
        clock.advance(Duration.ofMinutes(1));
        BasketId basket = bob.createBasket();
        Money total = bob.addProduct(basket, "PEN").total();
        bob.completeSale(basket, total, List.of(Payment.cash(total)), OperationId.random());
        clock.advance(Duration.ofMinutes(1));
        ShiftReport z = bob.closeShift(Money.parse("105.00"), null);

        DayReport day = checkout.dayReport(LocalDate.now(clock));

        assertThat(day.shifts()).extracting(DayReport.ShiftLine::shift, DayReport.ShiftLine::z,
                line -> line.figures().sales()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new ShiftNumber("T01", 1), z.z(), 1),
                org.assertj.core.groups.Tuple.tuple(new ShiftNumber("T02", 1), null, 0));
        try (PDDocument document = Loader.loadPDF(bob.zReportPdf(z.z()))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Z report T01-000001", "Counted cash");
        }
    }

    @Test
    void withClerksTheBareServiceRefusesMoneyCallsAndStillAnswersReads() throws Exception {
        assertThatExceptionOfType(SignInRequiredException.class).isThrownBy(checkout::createBasket)
                .withMessage("This shop's tills need a clerk signed in: sign in with checkout.signIn(till, clerk, pin)");
        assertThatExceptionOfType(SignInRequiredException.class)
                .isThrownBy(() -> checkout.addProduct(BasketId.random(), "PEN"));
        assertThatExceptionOfType(SignInRequiredException.class)
                .isThrownBy(() -> checkout.removeBasket(BasketId.random()));
        assertThat(checkout.catalog()).isEqualTo(CatalogFile.defaults());
        assertThat(checkout.sales(LocalDate.now(clock))).isEmpty();
    }

    @Test
    void thePinIsInNoLogLineAndNowhereInTheStore() throws Exception {
        Till bob = checkout.signIn("T01", BOB, BOB_PIN);
        catchThrowableOfType(SignInRefusedException.class, () -> checkout.signIn("T01", ANN, WRONG_PIN));
        catchThrowableOfType(SignInRefusedException.class, () -> checkout.signIn("T01", WRONG_PIN, ANN_PIN));
        catchThrowableOfType(Exception.class, () -> bob.removeBasket(BasketId.random(), Approval.of(ANN, WRONG_PIN)));
        List<AuditEntry> trail = audit();
        bob.signOut();
        server.close();

        assertThat(logged).isNotEmpty().noneMatch(SignInOverRmiTest::holdsAPin);
        assertThat(trail).hasSizeGreaterThanOrEqualTo(3).noneMatch(entry -> holdsAPin(entry.toString()));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(holdsAPin(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)))
                        .as("a PIN in %s", file).isFalse();
            }
        }
    }

    private static boolean holdsAPin(String text) {
        return Stream.of(ANN_PIN, BOB_PIN, WRONG_PIN).anyMatch(text::contains);
    }

    private List<AuditEntry> audit() throws Exception {
        return store.audit().day(LocalDate.now(clock));
    }

    /** The service's own RMI stub, whose sessions are bare stubs too (not the retrying ones of {@code Checkout.connect}). */
    private CheckoutService bareStub() throws Exception {
        return (CheckoutService) LocateRegistry.getRegistry("127.0.0.1", server.port()).lookup(CheckoutService.NAME);
    }

    /** The object number of the remote object {@code stub} calls, as its reference prints it. */
    private static long objectNumber(Till stub) {
        String ref = ((RemoteObjectInvocationHandler) Proxy.getInvocationHandler(stub)).getRef().remoteToString();
        Matcher number = Pattern.compile("objID:\\[(?:[^\\]]*, )?(-?\\d+)\\]").matcher(ref);
        assertThat(number.find()).as("an object number in %s", ref).isTrue();
        return Long.parseLong(number.group(1));
    }

    /** A stub as {@code stub}, to the same server, written with another object number. */
    private static Till withObjectNumber(Till stub, long forged) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(stub);
        }
        byte[] written = bytes.toByteArray();
        byte[] real = ByteBuffer.allocate(Long.BYTES).putLong(objectNumber(stub)).array();
        int at = indexOf(written, real);
        assertThat(at).as("the object number in the written stub").isNotNegative();
        System.arraycopy(ByteBuffer.allocate(Long.BYTES).putLong(forged).array(), 0, written, at, Long.BYTES);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(written))) {
            return (Till) in.readObject();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
