package vn.langnghe.workflow;

import java.time.LocalDate;
import java.util.List;

/** The reports on {@code year} fell due on {@code due} and these communes (names) have not all filed: the statistician is told. */
public record YearlyReportsOverdue(int year, LocalDate due, List<String> communes) {
}
