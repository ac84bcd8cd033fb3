package com.lana.checkout.bench.chainday;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * CPU time from Linux's {@code /proc}: of the whole machine (busy and waiting on I/O), of the server
 * processes, of a local PostgreSQL cluster (its postmaster found by the port it listens on, and
 * every process it forked), and of this tool. Off Linux every figure is unknown (NaN).
 */
final class CpuProbe {

    /** Clock ticks per second of {@code /proc}'s CPU times (USER_HZ), 100 on every Linux we run on. */
    private static final double TICKS_PER_SECOND = 100;

    private final List<Long> serverPids;
    private final int databasePort;

    /**
     * @param databasePort the port of a PostgreSQL on this machine whose CPU to measure, or 0 for none
     *     (H2 runs inside the server; memory has no database)
     */
    CpuProbe(List<Long> serverPids, int databasePort) {
        this.serverPids = List.copyOf(serverPids);
        this.databasePort = databasePort;
    }

    /** A reading of every counter now. */
    Sample sample() {
        long[] machine = machine();
        long database = -1;
        OptionalInt postmaster = databasePort > 0 ? postmaster(databasePort) : OptionalInt.empty();
        if (postmaster.isPresent()) {
            database = processTree(postmaster.getAsInt());
        }
        long server = 0;
        for (long pid : serverPids) {
            long ticks = processTicks(pid);
            server = server < 0 || ticks < 0 ? -1 : server + ticks;
        }
        return new Sample(System.nanoTime(), machine[0], machine[1], machine[2], server, database,
                processTicks(ProcessHandle.current().pid()));
    }

    /**
     * Counters at one moment, in clock ticks; -1 where unknown.
     *
     * @param machineBusy every core's time not idle and not waiting on I/O
     * @param machineIoWait every core's time idle with I/O outstanding
     * @param machineTotal every core's time
     */
    record Sample(long nanos, long machineBusy, long machineIoWait, long machineTotal, long server, long database,
                  long bench) {

        /** What the machine and each process group did between {@code earlier} and this sample. */
        Usage since(Sample earlier) {
            double seconds = (nanos - earlier.nanos) / 1e9;
            double total = machineTotal - earlier.machineTotal;
            return new Usage(
                    machineTotal < 0 || total <= 0 ? Double.NaN : (machineBusy - earlier.machineBusy) / total,
                    machineTotal < 0 || total <= 0 ? Double.NaN : (machineIoWait - earlier.machineIoWait) / total,
                    cores(server, earlier.server, seconds), cores(database, earlier.database, seconds),
                    cores(bench, earlier.bench, seconds));
        }

        private static double cores(long now, long before, double seconds) {
            return now < 0 || before < 0 ? Double.NaN : (now - before) / TICKS_PER_SECOND / seconds;
        }
    }

    /**
     * CPU use over an interval.
     *
     * @param machineBusy share of all cores' time busy (0 to 1), other programs included
     * @param machineIoWait share of all cores' time idle waiting on disk I/O (0 to 1)
     * @param serverCores the server processes' CPU time per second (1.0 = one core flat out)
     * @param databaseCores the local PostgreSQL's, NaN when none was found
     * @param benchCores this tool's, the tills included
     */
    record Usage(double machineBusy, double machineIoWait, double serverCores, double databaseCores,
                 double benchCores) {
    }

    /** {busy, iowait, total} over every core, or -1s. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]);
            long ioWait = Long.parseLong(f[5]);
            return new long[] {total - idle - ioWait, ioWait, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1, -1};
        }
    }

    /** utime + stime of a process, or -1 when it cannot be read. */
    static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name, field 2, is in parentheses and may hold spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The threads of a process, or -1. */
    static int threads(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("Threads:")).findFirst()
                    .map(l -> Integer.parseInt(l.substring("Threads:".length()).trim())).orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The postmaster of the cluster listening on {@code port}: its data directory's postmaster.pid names the port. */
    private static OptionalInt postmaster(int port) {
        for (long pid : pids()) {
            List<String> command = commandLine(pid);
            int dataFlag = command.indexOf("-D");
            if (command.isEmpty() || !command.get(0).endsWith("postgres") || dataFlag < 0
                    || dataFlag + 1 >= command.size()) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(Path.of(command.get(dataFlag + 1), "postmaster.pid"));
                if (lines.size() > 3 && lines.get(0).trim().equals(Long.toString(pid))
                        && lines.get(3).trim().equals(Integer.toString(port))) {
                    return OptionalInt.of((int) pid);
                }
            } catch (IOException | RuntimeException e) {
                // not readable, or not a postmaster: try the next one
            }
        }
        return OptionalInt.empty();
    }

    /** CPU ticks of {@code root} and of every process whose parent it is (a postmaster's backends). */
    private static long processTree(long root) {
        long ticks = Math.max(0, processTicks(root));
        for (long pid : pids()) {
            if (parent(pid) == root) {
                ticks += Math.max(0, processTicks(pid));
            }
        }
        return ticks;
    }

    private static long parent(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .forEach(n -> pids.add(Long.parseLong(n)));
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return pids;
    }

    private static List<String> commandLine(long pid) {
        try {
            String raw = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8);
            return raw.isEmpty() ? List.of() : List.of(raw.split("\0"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
