package com.lana.checkout.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Draws calls/s by client thread count (or other fields, see {@link Axes}), one line per scenario (per store and scenario for a database
 * store), as a self-contained SVG from the tool's {@code RESULT} lines. No plotting library: the chart is a few dozen SVG elements.
 *
 * <pre>{@code ./run-bench.sh --plot docs/performance.txt docs/performance.svg}</pre>
 */
public final class Chart {

    private static final String[] COLOURS = {
        "#1b6ca8", "#d1495b", "#edae49", "#00798c", "#6a4c93", "#3d9970", "#8d6a9f", "#444444"};
    private static final int WIDTH = 860;
    private static final int HEIGHT = 500;
    private static final int LEFT = 90;
    private static final int RIGHT = 200;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;

    private Chart() {
    }

    /** {@code Chart RESULTS_FILE SVG_FILE}: reads the RESULT lines of a saved run and writes the chart. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Chart RESULTS_FILE SVG_FILE");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        String subtitle = lines.stream().filter(l -> l.startsWith("# machine: ")).findFirst()
                .map(l -> l.substring("# machine: ".length())).orElse("");
        write(parse(lines), subtitle, Path.of(args[1]));
    }

    /** The key=value fields of every {@code RESULT} line, in order. */
    public static List<Map<String, String>> parse(List<String> lines) {
        List<Map<String, String>> results = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("RESULT ")) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (String token : line.substring("RESULT ".length()).trim().split("\\s+")) {
                int eq = token.indexOf('=');
                if (eq > 0) {
                    fields.put(token.substring(0, eq), token.substring(eq + 1));
                }
            }
            results.add(fields);
        }
        return results;
    }

    /**
     * What a chart plots: its title, the field of each result on the x axis and on the y axis, and
     * the axes' labels.
     */
    public record Axes(String title, String xField, String xLabel, String yField, String yLabel) {

        /** calls/s by client threads, from RESULT lines. */
        static final Axes CALLS_BY_THREADS = new Axes("Lana checkout over RMI: calls/s by client threads", "threads",
                "client threads (one RMI client JVM)", "calls_per_s", "calls/s (sale: whole sales/s)");
    }

    public static void write(List<Map<String, String>> results, String subtitle, Path svg) throws IOException {
        write(results, subtitle, Axes.CALLS_BY_THREADS, svg);
    }

    /** Writes {@code results} (each a map with the axes' fields, a {@code scenario} and a {@code store}) as SVG. */
    public static void write(List<Map<String, String>> results, String subtitle, Axes axes, Path svg)
            throws IOException {
        Path parent = svg.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(svg, render(results, subtitle, axes), StandardCharsets.UTF_8);
    }

    static String render(List<Map<String, String>> results, String subtitle) {
        return render(results, subtitle, Axes.CALLS_BY_THREADS);
    }

    static String render(List<Map<String, String>> results, String subtitle, Axes axes) {
        TreeSet<Integer> threadCounts = new TreeSet<>();
        Map<String, Map<Integer, Double>> series = new LinkedHashMap<>();
        double max = 1;
        for (Map<String, String> result : results) {
            int threads = Integer.parseInt(result.get(axes.xField()));
            double rate = Double.parseDouble(result.get(axes.yField()));
            threadCounts.add(threads);
            String store = result.getOrDefault("store", "memory");
            String name = store.equals("memory") ? result.get("scenario") : store + " " + result.get("scenario");
            series.computeIfAbsent(name, s -> new LinkedHashMap<>()).put(threads, rate);
            max = Math.max(max, rate);
        }
        double top = niceCeiling(max);
        List<Integer> xs = new ArrayList<>(threadCounts);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(svg, WIDTH / 2.0, 26, "middle", 17, axes.title());
        text(svg, WIDTH / 2.0, 46, "middle", 12, subtitle);

        for (int i = 0; i <= 5; i++) {
            double value = top * i / 5;
            double y = TOP + plotHeight - plotHeight * i / 5.0;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n", LEFT, y, LEFT + plotWidth, y));
            text(svg, LEFT - 8, y + 4, "end", 12, String.format(Locale.ROOT, "%,.0f", value));
        }
        for (int i = 0; i < xs.size(); i++) {
            text(svg, x(i, xs.size(), plotWidth), TOP + plotHeight + 20, "middle", 12, Integer.toString(xs.get(i)));
        }
        text(svg, LEFT + plotWidth / 2.0, HEIGHT - 22, "middle", 13, axes.xLabel());
        svg.append(String.format(Locale.ROOT, "<text x=\"22\" y=\"%.1f\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 22 %.1f)\">%s</text>%n",
                TOP + plotHeight / 2.0, TOP + plotHeight / 2.0, escape(axes.yLabel())));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#888888\"/>%n", LEFT, TOP, plotWidth, plotHeight));

        int colour = 0;
        int legendY = TOP + 10;
        for (Map.Entry<String, Map<Integer, Double>> entry : series.entrySet()) {
            String stroke = COLOURS[colour++ % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < xs.size(); i++) {
                Double rate = entry.getValue().get(xs.get(i));
                if (rate == null) {
                    continue;
                }
                double px = x(i, xs.size(), plotWidth);
                double py = TOP + plotHeight - plotHeight * rate / top;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>%n",
                        px, py, stroke));
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" "
                    + "stroke-width=\"2.5\"/>%n", points.toString().trim(), stroke));
            int lx = LEFT + plotWidth + 20;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                    + "stroke-width=\"3\"/>%n", lx, legendY, lx + 24, legendY, stroke));
            text(svg, lx + 32, legendY + 4, "start", 13, entry.getKey());
            legendY += 24;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double x(int index, int count, int plotWidth) {
        return count == 1 ? LEFT + plotWidth / 2.0 : LEFT + 40 + (plotWidth - 80) * index / (double) (count - 1);
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, int size, String text) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
                x, y, anchor, size, escape(text)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** 1, 2 or 5 times a power of ten, at or above {@code value}. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
