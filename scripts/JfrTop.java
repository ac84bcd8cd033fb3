import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a JFR recording's CPU samples went, as text to keep under docs/profiles/ (the recording
 * itself is a binary and stays out of git):
 *
 * <pre>
 *   ./run-bench.sh --quick --store jdbc:h2:file:/tmp/x --scenarios add-distinct --store-threads 8 \
 *       --server-jvm-opts "-XX:StartFlightRecording=filename=/tmp/server.jfr,settings=profile"
 *   java scripts/JfrTop.java /tmp/server.jfr [THREAD-PREFIX] [ROWS]
 * </pre>
 *
 * Prints, for the execution samples of threads whose name starts with THREAD-PREFIX (default: every
 * thread): how many samples each thread group took, the methods most often on top of the stack
 * (self), the methods most often anywhere in it (inclusive, counted once per sample), and the same
 * by package (first four name parts). JFR keeps at most 64 frames per sample, so deep stacks (a
 * database engine's) undercount the frames nearest the thread's start.
 */
public final class JfrTop {

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args[0].equals("--help") || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("Usage: java scripts/JfrTop.java RECORDING.jfr [THREAD-PREFIX] [ROWS]");
            System.exit(args.length >= 1 && args[0].equals("--help") ? 0 : 2);
        }
        String prefix = args.length > 1 ? args[1] : "";
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
            thread = thread == null ? "?" : thread;
            threads.merge(thread.replaceAll("\\d+", "N"), 1, Integer::sum);
            RecordedStackTrace stack = event.getStackTrace();
            if (!thread.startsWith(prefix) || stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> methods = new HashSet<>();
            Set<String> packagesSeen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = name(frame);
                methods.add(method);
                packagesSeen.add(packageOf(method));
            }
            methods.forEach(m -> inclusive.merge(m, 1, Integer::sum));
            packagesSeen.forEach(p -> packages.merge(p, 1, Integer::sum));
        }
        System.out.println("Recording: " + args[0]);
        print("Samples per thread (digits as N), every thread", threads, rows, total(threads));
        System.out.println();
        System.out.println(samples + " samples of threads starting with \"" + prefix + "\"");
        print("Self (top of stack)", self, rows, samples);
        print("Inclusive, by method", inclusive, rows, samples);
        print("Inclusive, by package", packages, rows, samples);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String packageOf(String method) {
        String[] parts = method.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(4, parts.length - 1)));
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void print(String title, Map<String, Integer> counts, int rows, int of) {
        System.out.println();
        System.out.println(title + ":");
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Integer> entry : sorted.subList(0, Math.min(rows, sorted.size()))) {
            System.out.printf("  %6d  %5.1f%%  %s%n", entry.getValue(), 100.0 * entry.getValue() / Math.max(1, of),
                    entry.getKey());
        }
    }
}
