package com.lana.checkout.bench.chainday;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The first resource to give out is judged from CPU, the database sessions' waits, disk waits and the tills' lateness. */
class LimitsTest {

    private static final double CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void theCheckoutsOwnProcessesUsingAlmostEveryCoreIsCpu() {
        CpuProbe.Usage usage = new CpuProbe.Usage(0.95, 0, CORES * 0.6, CORES * 0.2, CORES * 0.1);

        assertThat(Limits.firstLimit(step(usage, waits(100, 400, 300, 0, 0), 0))).isEqualTo("cpu");
    }

    @Test
    void sessionsWaitingOnTheWalIsWalFlushWhenCoresAreLeft() {
        assertThat(Limits.firstLimit(step(quiet(), waits(100, 400, 10, 300, 0), 0))).isEqualTo("wal_flush");
    }

    @Test
    void whenSessionsWaitOnBothTheOneMoreWaitOnIsTheLimit() {
        assertThat(Limits.firstLimit(step(quiet(), waits(100, 400, 120, 200, 0), 0))).isEqualTo("wal_flush");
        assertThat(Limits.firstLimit(step(quiet(), waits(100, 400, 200, 120, 0), 0))).isEqualTo("row_locks");
    }

    @Test
    void sessionsWaitingOnRowLocksIsRowLocks() {
        assertThat(Limits.firstLimit(step(quiet(), waits(100, 400, 200, 10, 0), 0))).isEqualTo("row_locks");
    }

    @Test
    void everyPooledConnectionBusyWithoutLockOrWalWaitsIsTheStorePool() {
        assertThat(Limits.firstLimit(step(quiet(), waits(100, 2000, 10, 10, 80), 0))).isEqualTo("store_pool");
    }

    @Test
    void coresWaitingOnDiskIsDiskFlush() {
        assertThat(Limits.firstLimit(step(new CpuProbe.Usage(0.3, 0.4, 0.2, Double.NaN, 0.1),
                DatabaseWaits.Totals.NONE, 0))).isEqualTo("disk_flush");
    }

    @Test
    void aMachineBusyWithOtherProgramsIsCpu() {
        assertThat(Limits.firstLimit(step(new CpuProbe.Usage(1.0, 0, 0.3, Double.NaN, 0.1),
                DatabaseWaits.Totals.NONE, 200))).isEqualTo("cpu");
    }

    @Test
    void tillsActingLateOnAnIdleMachineIsTheBenchItself() {
        assertThat(Limits.firstLimit(step(quiet(), DatabaseWaits.Totals.NONE, 80))).isEqualTo("bench");
    }

    @Test
    void noSignAtAllIsUnknown() {
        assertThat(Limits.firstLimit(step(quiet(), DatabaseWaits.Totals.NONE, 1))).isEqualTo("unknown");
    }

    private static CpuProbe.Usage quiet() {
        return new CpuProbe.Usage(0.3, 0.0, 0.2, Double.NaN, 0.1);
    }

    private static DatabaseWaits.Totals waits(long samples, long busy, long locks, long wal, long poolFull) {
        return new DatabaseWaits.Totals(samples, busy, locks, wal, poolFull);
    }

    private static StepResult step(CpuProbe.Usage usage, DatabaseWaits.Totals waits, double lateMillis) {
        return new StepResult(800, Map.of(Operation.SCAN, new LatencySummary(Operation.SCAN, 100, 40, 90, 120)),
                10, 0, usage, waits, lateMillis, 100);
    }
}
