package vn.langnghe.village.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Small charts drawn on the server as SVG text (no chart library, no client code): horizontal bars for
 * breakdowns, lines over the years for a village's figures. Every text is escaped.
 */
final class SvgChart {

    /** One bar: its label and value. */
    record Bar(String label, double value) {
    }

    /** One line: its name, colour and a value per category (null where there is none). */
    record Series(String name, String colour, List<Double> values) {
    }

    /** A dashed horizontal line marking a threshold. */
    record Reference(double value, String label) {
    }

    static final String PRIMARY = "#1f7a4d";
    static final String SECONDARY = "#c77d1a";
    private static final String REFERENCE = "#c62828";
    private static final String GRID = "#d9d9d9";
    private static final String TEXT = "#333333";

    private static final int WIDTH = 560;
    private static final int LABEL_WIDTH = 200;
    private static final int LABEL_CHARACTERS = 30;
    private static final int BAR_HEIGHT = 22;
    private static final int BAR_GAP = 8;
    private static final int LINE_HEIGHT = 260;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    /** Bars have no title of their own (the page heads them); lines have a title and a legend above. */
    private static final int BARS_TOP = 6;
    private static final int TOP = 60;
    private static final int BOTTOM = 30;
    /** Five steps, so a round ceiling (1, 2, 2.5, 5 or 10 times a power of ten) gives round ticks. */
    private static final int TICKS = 5;

    private SvgChart() {
    }

    /** Horizontal bars, longest value full width, each with its value written after it; long labels are cut. */
    static String bars(String title, List<Bar> bars, DoubleFunction<String> format) {
        int height = BARS_TOP + bars.size() * (BAR_HEIGHT + BAR_GAP) + 10;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int room = WIDTH - LABEL_WIDTH - 70;
        StringBuilder svg = open(title, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = BARS_TOP + i * (BAR_HEIGHT + BAR_GAP);
            int length = max <= 0 ? 0 : (int) Math.round(bar.value() / max * room);
            String label = shortened(bar.label());
            svg.append(String.format(Locale.ROOT, "<g><title>%s</title>%s</g>", escape(bar.label()),
                    text(LABEL_WIDTH - 8, y + BAR_HEIGHT * 0.7, "end", label)));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" rx=\"3\"/>",
                    LABEL_WIDTH, y, length, BAR_HEIGHT, PRIMARY));
            svg.append(text(LABEL_WIDTH + length + 6, y + BAR_HEIGHT * 0.7, "start", format.apply(bar.value())));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Lines over the categories (years), from zero up to the largest value or the reference, whichever is
     * higher, with the title above, and a legend when there is more than one line.
     */
    static String lines(String title, List<String> categories, List<Series> series, Reference reference,
            DoubleFunction<String> format) {
        double max = series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        if (reference != null) {
            max = Math.max(max, reference.value());
        }
        double top = niceCeiling(max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = LINE_HEIGHT - TOP - BOTTOM;
        StringBuilder svg = open(title, LINE_HEIGHT).append(String.format(Locale.ROOT,
                "<text x=\"0\" y=\"16\" font-weight=\"bold\" font-size=\"14\" fill=\"%s\">%s</text>", TEXT, escape(title)));
        for (int t = 0; t <= TICKS; t++) {
            double value = top * t / TICKS;
            double y = TOP + plotHeight - plotHeight * t / (double) TICKS;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>",
                    LEFT, y, WIDTH - RIGHT, y, GRID));
            svg.append(text(LEFT - 6, y + 4, "end", format.apply(value)));
        }
        double step = categories.size() <= 1 ? 0 : plotWidth / (double) (categories.size() - 1);
        for (int i = 0; i < categories.size(); i++) {
            svg.append(text(x(i, step, categories.size(), plotWidth), LINE_HEIGHT - 10, "middle", categories.get(i)));
        }
        if (reference != null) {
            double y = TOP + plotHeight - plotHeight * reference.value() / top;
            svg.append(String.format(Locale.ROOT, "<line class=\"reference\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\""
                    + " stroke=\"%s\" stroke-dasharray=\"6 4\" stroke-width=\"1.5\"/>", LEFT, y, WIDTH - RIGHT, y, REFERENCE));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"12\" fill=\"%s\">%s</text>",
                    WIDTH - RIGHT, y - 4, REFERENCE, escape(reference.label())));
        }
        int legendX = LEFT;
        for (Series s : series) {
            if (series.size() > 1) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"32\" width=\"12\" height=\"12\" fill=\"%s\"/>",
                        legendX, s.colour()));
                svg.append(text(legendX + 16, 42, "start", s.name()));
                legendX += 24 + s.name().length() * 7;
            }
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < s.values().size(); i++) {
                Double value = s.values().get(i);
                if (value == null) {
                    continue;
                }
                double px = x(i, step, categories.size(), plotWidth);
                double py = TOP + plotHeight - plotHeight * value / top;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s</title></circle>",
                        px, py, s.colour(), escape(categories.get(i) + ": " + format.apply(value))));
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>",
                    points.toString().strip(), s.colour()));
        }
        return svg.append("</svg>").toString();
    }

    /** At most {@link #LABEL_CHARACTERS}, cut after a whole word. */
    private static String shortened(String label) {
        if (label.length() <= LABEL_CHARACTERS) {
            return label;
        }
        String cut = label.substring(0, LABEL_CHARACTERS - 1);
        int space = cut.lastIndexOf(' ');
        return (space > 0 ? cut.substring(0, space) : cut).replaceAll("[\\s,;.]+$", "") + "…";
    }

    private static double x(int index, double step, int count, int plotWidth) {
        return count <= 1 ? LEFT + plotWidth / 2.0 : LEFT + index * step;
    }

    /** A round number at or above the value, so the axis reads 0, 25, 50… rather than 0, 23.7, 47.4… */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= value) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\""
                        + " font-family=\"sans-serif\" font-size=\"13\"><title>%s</title>",
                WIDTH, height, escape(title), escape(title)));
    }

    private static String text(double x, double y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\">%s</text>", x, y,
                anchor, TEXT, escape(content));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
