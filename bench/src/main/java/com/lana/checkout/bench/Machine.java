package com.lana.checkout.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** This machine in one line, for the report and the chart. */
public final class Machine {
    private Machine() {
    }

    public static String describe() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: leave the CPU unnamed
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("cores", Runtime.getRuntime().availableProcessors() + " cores");
        parts.put("cpu", cpu);
        parts.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        parts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return String.join(", ", parts.values()) + ", loopback";
    }

    /** The 1, 5 and 15 minute load averages, or "unknown" off Linux. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
