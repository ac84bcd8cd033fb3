package com.lana.checkout.server.store;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.audit.AuditAction;
import com.lana.checkout.api.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How every store keeps its audit trail: entries come back exactly as appended, a day's in time order,
 * and nothing offers to change or remove one. Each store's test class says only how to open a fresh,
 * empty store.
 */
public abstract class AuditTrailContract {

    protected static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    protected CheckoutStore checkoutStore;
    protected AuditTrail audit;

    /** A new store holding no audit entry; the test closes it. */
    protected abstract CheckoutStore openEmptyStore() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        checkoutStore = openEmptyStore();
        audit = checkoutStore.audit();
    }

    @AfterEach
    void closeStore() {
        checkoutStore.close();
    }

    /** A cash out approved by a manager, with every field given, to the nanosecond. */
    protected static AuditEntry cashOut(LocalDateTime time) {
        return new AuditEntry(time, "T01", "Anna", AuditAction.CASH_OUT, "shift T01-3", Money.parse("20.00€"),
                "Marta", "Window cleaner paid");
    }

    @Test
    void anEntryComesBackEqualToTheOneAppended() throws Exception {
        AuditEntry entry = cashOut(DAY.atTime(10, 15, 30, 123_456_789));

        audit.append(entry);

        assertThat(audit.day(DAY)).containsExactly(entry);
    }

    @Test
    void anEntryWithoutClerkReferenceAmountApprovalOrReasonComesBackSo() throws Exception {
        AuditEntry entry = AuditEntry.of(DAY.atTime(9, 0), "T02", null, AuditAction.SIGN_IN_FAILED);

        audit.append(entry);

        assertThat(audit.day(DAY)).containsExactly(entry);
    }

    @Test
    void aDaysEntriesComeInTimeOrderWhateverTheOrderAppended() throws Exception {
        AuditEntry late = cashOut(DAY.atTime(17, 0));
        AuditEntry early = AuditEntry.of(DAY.atTime(9, 0, 0, 1), "T01", "Anna", AuditAction.SIGN_IN);
        AuditEntry earliest = AuditEntry.of(DAY.atTime(9, 0), "T01", "Anna", AuditAction.OPEN_SHIFT);

        audit.append(late);
        audit.append(early);
        audit.append(earliest);

        assertThat(audit.day(DAY)).containsExactly(earliest, early, late);
    }

    @Test
    void entriesOfTheSameTimeComeInTheOrderAppended() throws Exception {
        LocalDateTime time = DAY.atTime(12, 0);
        AuditEntry first = AuditEntry.of(time, "T01", "Anna", AuditAction.SIGN_OUT);
        AuditEntry second = AuditEntry.of(time, "T01", "Bruno", AuditAction.SIGN_IN);
        AuditEntry third = AuditEntry.of(time, "T01", "Bruno", AuditAction.OPEN_DRAWER);

        audit.append(first);
        audit.append(second);
        audit.append(third);

        assertThat(audit.day(DAY)).containsExactly(first, second, third);
    }

    @Test
    void aDayHoldsOnlyTheEntriesOfThatDay() throws Exception {
        AuditEntry beforeMidnight = cashOut(DAY.atTime(23, 59, 59, 999_999_999));
        AuditEntry afterMidnight = cashOut(DAY.plusDays(1).atStartOfDay());

        audit.append(beforeMidnight);
        audit.append(afterMidnight);

        assertThat(audit.day(DAY)).containsExactly(beforeMidnight);
        assertThat(audit.day(DAY.plusDays(1))).containsExactly(afterMidnight);
        assertThat(audit.day(DAY.minusDays(1))).isEmpty();
    }

    @Test
    void theTrailOffersOnlyToAppendAndToRead() {
        assertThat(Arrays.stream(AuditTrail.class.getMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("append", "day");
    }
}
