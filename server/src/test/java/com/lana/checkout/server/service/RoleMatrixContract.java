package com.lana.checkout.server.service;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.audit.AuditAction;
import com.lana.checkout.api.audit.AuditEntry;
import com.lana.checkout.api.shift.ShiftException;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.ZNumber;
import com.lana.checkout.api.staff.Approval;
import com.lana.checkout.api.staff.ApprovalRequiredException;
import com.lana.checkout.api.staff.Till;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.store.CheckoutStore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.lana.checkout.server.service.SessionFixture.ANN;
import static com.lana.checkout.server.service.SessionFixture.ANN_PIN;
import static com.lana.checkout.server.service.SessionFixture.BOB;
import static com.lana.checkout.server.service.SessionFixture.BOB_PIN;
import static com.lana.checkout.server.service.SessionFixture.WRONG_PIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every guarded action, by a clerk and by a manager, without an approval, with a manager's good one and
 * with a wrong one: done or refused with {@link ApprovalRequiredException}, each leaving the right row in
 * the audit trail. Each store proves it: a subclass says how to open an empty one.
 */
public abstract class RoleMatrixContract {

    private final SessionFixture.TestClock clock = new SessionFixture.TestClock(Instant.parse("2026-12-07T10:00:00Z"));
    private CheckoutStore store;
    private CheckoutServiceImpl service;
    private Sessions sessions;

    /** A store holding no clerks, sales or baskets; the test closes it. */
    protected abstract CheckoutStore openEmptyStore() throws Exception;

    @BeforeEach
    void openShop() throws Exception {
        store = openEmptyStore();
        SessionFixture.addAnnAndBob(store);
        service = new CheckoutServiceImpl(CatalogFile.defaults(), store, clock);
        sessions = new Sessions(service, store, clock, SessionFixture.POLICY,
                SessionExporter.IN_PROCESS);
        service.takeSignIns(sessions);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** A guarded action, set up by the test and done through a session. */
    enum Action {
        CANCEL_SALE(AuditAction.CANCEL_SALE),
        VOID_LINE(AuditAction.VOID_LINE),
        REFUND(AuditAction.REFUND),
        REFUND_CARD_IN_CASH(AuditAction.REFUND),
        CASH_OUT(AuditAction.CASH_OUT),
        OPEN_DRAWER(AuditAction.OPEN_DRAWER),
        CLOSE_SHIFT_10_SHORT(AuditAction.CLOSE_SHIFT);

        final AuditAction audited;

        Action(AuditAction audited) {
            this.audited = audited;
        }
    }

    enum Given { NO_APPROVAL, GOOD_APPROVAL, WRONG_APPROVAL }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (Action action : Action.values()) {
            for (String who : List.of(BOB, ANN)) {
                for (Given given : Given.values()) {
                    rows.add(Arguments.of(action, who, given));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} by {1} with {2}")
    @MethodSource("matrix")
    void aGuardedActionIsDoneOrRefusedAndAudited(Action action, String who, Given given) throws Throwable {
        Till till = sessions.signIn("T01", who, who.equals(ANN) ? ANN_PIN : BOB_PIN);
        Approval approval = switch (given) {
            case NO_APPROVAL -> null;
            case GOOD_APPROVAL -> Approval.of(ANN, ANN_PIN);
            case WRONG_APPROVAL -> Approval.of(ANN, WRONG_PIN);
        };
        ThrowingCallable act = setUp(action, till, approval);
        int before = auditOfToday().size();
        boolean allowed = who.equals(ANN) || given == Given.GOOD_APPROVAL;

        if (allowed) {
            act.call();
            List<AuditEntry> added = auditOfToday().subList(before, auditOfToday().size());
            assertThat(added).singleElement().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo(action.audited);
                assertThat(entry.clerk()).isEqualTo(who);
                assertThat(entry.till()).isEqualTo("T01");
                assertThat(entry.approvedBy()).isEqualTo(who.equals(BOB) ? ANN : null);
            });
        } else {
            assertThatExceptionOfType(ApprovalRequiredException.class).isThrownBy(act)
                    .withMessageContaining("needs a manager's approval");
            List<AuditEntry> added = auditOfToday().subList(before, auditOfToday().size());
            if (given == Given.WRONG_APPROVAL) {
                assertThat(added).singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.APPROVAL_REFUSED);
                    assertThat(entry.clerk()).isEqualTo(BOB);
                    assertThat(entry.approvedBy()).isNull();
                });
            } else {
                assertThat(added).isEmpty();
            }
        }
    }

    @Test
    void aClerkVoidsUnitsWorthUpToTheLimitWithoutAnApproval() throws Exception {
        Till till = sessions.signIn("T01", BOB, BOB_PIN);
        BasketId basket = basketWith("TSHIRT", 3);

        till.removeProduct(basket, "TSHIRT", 1, OperationId.random(), null);

        assertThat(service.receipt(basket).units()).isEqualTo(2);
        assertThat(auditOfToday()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.VOID_LINE);
            assertThat(entry.amount()).isEqualTo(Money.parse("20.00"));
            assertThat(entry.approvedBy()).isNull();
        });
    }

    @Test
    void aClerksApprovalIsNoManagersApproval() throws Exception {
        Till till = sessions.signIn("T01", BOB, BOB_PIN);
        BasketId basket = basketWith("PEN", 1);

        assertThatExceptionOfType(ApprovalRequiredException.class)
                .isThrownBy(() -> till.removeBasket(basket, Approval.of(BOB, BOB_PIN)))
                .withMessageContaining("Bob is not a manager");
        assertThat(service.receipt(basket).units()).isEqualTo(1);
    }

    @Test
    void aClerkCancelsAnEmptySaleWithoutAnApproval() throws Exception {
        Till till = sessions.signIn("T01", BOB, BOB_PIN);
        BasketId basket = service.createBasket(Actor.NONE);

        till.removeBasket(basket);

        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> service.receipt(basket));
    }

    @Test
    void aClerkClosesAShiftWithinTheLimitWithoutAnApproval() throws Exception {
        Till till = sessions.signIn("T01", BOB, BOB_PIN);
        till.openShift(Money.parse("100.00"));

        assertThat(till.closeShift(Money.parse("95.00"), null).difference()).isEqualTo(Money.parse("-5.00"));
        assertThat(auditOfToday()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.CLOSE_SHIFT);
            assertThat(entry.approvedBy()).isNull();
        });
    }

    @Test
    void aClerkReadsAZReportAsAPdfHoldingItsText() throws Exception {
        Till till = sessions.signIn("T01", BOB, BOB_PIN);
        till.openShift(Money.parse("100.00"));
        ShiftReport z = till.closeShift(Money.parse("98.00"), null);

        byte[] pdf = till.zReportPdf(z.z());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).lines().map(String::strip)
                    .filter(row -> !row.isEmpty())).containsExactlyElementsOf(z.toString().lines().map(String::strip)
                    .toList());
        }
    }

    @Test
    void aZReportPdfTheStoreDoesNotHaveIsRefusedNamingIt() throws Exception {
        Till till = sessions.signIn("T01", BOB, BOB_PIN);

        assertThatExceptionOfType(ShiftException.class).isThrownBy(() -> till.zReportPdf(new ZNumber("T01", 1)))
                .withMessageContaining("Z T01-000001");
    }

    @Test
    void onlyAManagerReadsTheAuditTrail() throws Exception {
        Till bob = sessions.signIn("T01", BOB, BOB_PIN);
        Till ann = sessions.signIn("T02", ANN, ANN_PIN);

        assertThatExceptionOfType(ApprovalRequiredException.class).isThrownBy(() -> bob.audit(today()));
        assertThat(ann.audit(today())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.SIGN_IN, AuditAction.SIGN_IN);
    }

    /** Sets up what {@code action} needs; answers the action, done at {@code till} with {@code approval}. */
    private ThrowingCallable setUp(Action action, Till till, Approval approval) throws Exception {
        return switch (action) {
            case CANCEL_SALE -> {
                BasketId basket = basketWith("PEN", 1);
                yield () -> {
                    till.removeBasket(basket, approval);
                    assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> service.receipt(basket));
                };
            }
            case VOID_LINE -> {
                BasketId basket = basketWith("TSHIRT", 3);
                yield () -> {
                    till.removeProduct(basket, "TSHIRT", 2, OperationId.random(), approval);
                    assertThat(service.receipt(basket).units()).isEqualTo(1);
                };
            }
            case REFUND, REFUND_CARD_IN_CASH -> {
                boolean card = action == Action.REFUND_CARD_IN_CASH;
                Sale sale = saleOf("PEN", card);
                till.openShift(Money.parse("100.00"));
                yield () -> assertThat(till.refund(sale.number(), List.of(ReturnedItem.of("PEN", 1)),
                        card ? RefundTo.CASH : RefundTo.ORIGINAL, OperationId.random(), approval).amount())
                        .isEqualTo(Money.parse("5.00"));
            }
            case CASH_OUT -> {
                till.openShift(Money.parse("100.00"));
                yield () -> assertThat(till.cashOut(Money.parse("30.00"), "to the safe", approval).amount())
                        .isEqualTo(Money.parse("30.00"));
            }
            case OPEN_DRAWER -> {
                till.openShift(Money.parse("100.00"));
                yield () -> till.openDrawer("change for the market stall", approval);
            }
            case CLOSE_SHIFT_10_SHORT -> {
                till.openShift(Money.parse("100.00"));
                yield () -> {
                    try {
                        assertThat(till.closeShift(Money.parse("90.00"), approval).difference())
                                .isEqualTo(Money.parse("-10.00"));
                    } catch (ApprovalRequiredException refused) {
                        assertThat(till.shift().closed()).isEmpty();
                        throw refused;
                    }
                };
            }
        };
    }

    private BasketId basketWith(String code, int units) throws Exception {
        BasketId basket = service.createBasket(Actor.NONE);
        service.change(basket, code, units, OperationId.random());
        return basket;
    }

    private Sale saleOf(String code, boolean card) throws Exception {
        BasketId basket = basketWith(code, 1);
        Money total = service.receipt(basket).total();
        Payment payment = card ? Payment.card(total, "4242") : Payment.cash(total);
        return service.completeSale(Actor.NONE, basket, total, List.of(payment), OperationId.random());
    }

    private List<AuditEntry> auditOfToday() throws Exception {
        return store.audit().day(today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
