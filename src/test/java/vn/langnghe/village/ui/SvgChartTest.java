package vn.langnghe.village.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgChartTest {

    @Test
    void escapesEveryTextItDraws() {
        String svg = SvgChart.bars("<b>Tiêu đề</b>", List.of(new SvgChart.Bar("Xóm <script>", 3)), v -> "&" + v);

        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&lt;b&gt;Tiêu đề&lt;/b&gt;",
                "&amp;3.0");
    }

    @Test
    void theLongestBarTakesTheWholeRoomAndTheOthersAreInProportion() {
        String svg = SvgChart.bars("t", List.of(new SvgChart.Bar("a", 10), new SvgChart.Bar("b", 5),
                new SvgChart.Bar("c", 0)), String::valueOf);

        List<Integer> widths = Arrays.stream(svg.split("<rect ")).skip(1)
                .map(r -> Integer.parseInt(r.replaceAll("(?s).*?width=\"(\\d+)\".*", "$1"))).toList();
        assertThat(widths).containsExactly(290, 145, 0);
    }

    @Test
    void drawsTheThresholdLineAtItsValue() {
        // Axis from 0 to 25 (the nice ceiling of 23.4); the plot is 170 px high from y = 60.
        String svg = SvgChart.lines("Tỷ lệ", List.of("2024", "2025"),
                List.of(new SvgChart.Series("Tỷ lệ", SvgChart.PRIMARY, List.of(23.4, 21.0))),
                new SvgChart.Reference(20, "Ngưỡng 20 %"), v -> v + " %");

        assertThat(svg).contains("class=\"reference\" x1=\"70\" y1=\"94.0\"", "Ngưỡng 20 %")
                .contains("<polyline points=\"70.0,70.9 540.0,87.2\"");
    }

    @Test
    void namesTheLinesInALegendOnlyWhenThereAreSeveral() {
        SvgChart.Series workers = new SvgChart.Series("Tổng số lao động", SvgChart.PRIMARY, List.of(10.0));
        SvgChart.Series regular = new SvgChart.Series("Lao động thường xuyên", SvgChart.SECONDARY, List.of(5.0));

        assertThat(SvgChart.lines("Lao động", List.of("2025"), List.of(workers), null, String::valueOf))
                .doesNotContain("Tổng số lao động");
        assertThat(SvgChart.lines("Lao động", List.of("2025"), List.of(workers, regular), null, String::valueOf))
                .contains(">Tổng số lao động<", ">Lao động thường xuyên<");
    }

    @Test
    void aYearWithoutAFigureLeavesAGapInsteadOfAZero() {
        String svg = SvgChart.lines("t", List.of("2023", "2024", "2025"),
                List.of(new SvgChart.Series("s", SvgChart.PRIMARY, Arrays.asList(10.0, null, 10.0))), null,
                String::valueOf);

        assertThat(svg.split("<circle ", -1)).hasSize(3);
    }

    @Test
    void cutsALongLabelAndKeepsItWholeInTheTooltip() {
        String label = "4. Sản xuất đồ gỗ, mây tre đan, gốm sứ, thủy tinh";
        String svg = SvgChart.bars("t", List.of(new SvgChart.Bar(label, 1)), String::valueOf);

        assertThat(svg).contains("<title>" + label + "</title>", ">4. Sản xuất đồ gỗ, mây tre…<");
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "7, 10", "23.4, 25", "120, 200", "1300, 2000", "50, 50"})
    void roundsTheAxisUpToANiceNumber(double max, double ceiling) {
        assertThat(SvgChart.niceCeiling(max)).isEqualTo(ceiling);
    }
}
