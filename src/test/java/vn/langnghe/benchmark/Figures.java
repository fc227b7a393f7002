package vn.langnghe.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark's size and its report. In {@code ./mvnw verify} every benchmark runs at its small smoke size so it
 * keeps working; {@code ops/benchmark.sh} sets {@code bench.full} (or {@code bench.size}) and {@code bench.runs}.
 * The report is a Markdown table written to {@code target/benchmarks/<name>.md}; nothing here asserts a time.
 */
public final class Figures {

    private final String name;
    private final String title;
    private final List<String> rows = new ArrayList<>();

    public Figures(String name, String title) {
        this.name = name;
        this.title = title;
    }

    /** The benchmark's size: {@code bench.size} if given, the full size under {@code bench.full}, else the smoke size. */
    public static int size(int smoke, int full) {
        String size = System.getProperty("bench.size", "");
        if (!size.isBlank()) {
            return Integer.parseInt(size.trim());
        }
        return Boolean.getBoolean("bench.full") ? full : smoke;
    }

    /** How many measured runs to take the median of ({@code bench.runs}, default 1 for the smoke run, 3 for full). */
    public static int runs() {
        return Integer.getInteger("bench.runs", Boolean.getBoolean("bench.full") ? 3 : 1);
    }

    public static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} % of the values at or below it. */
    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** One line of the report: what was measured, the figure, and the target it is held against. */
    public Figures row(String what, String figure, String target) {
        rows.add("| " + what + " | " + figure + " | " + target + " |");
        return this;
    }

    public static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** Writes the table to {@code target/benchmarks/<name>.md} and to standard output. */
    public void write() {
        StringBuilder text = new StringBuilder("### " + title + "\n\n| what | figure | target |\n|---|---|---|\n");
        rows.forEach(row -> text.append(row).append('\n'));
        try {
            Path file = Path.of("target", "benchmarks", name + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(text);
    }
}
