package vn.langnghe.workflow;

import java.time.LocalDate;
import java.util.List;

/**
 * The yearly cycle asks communes for their report on {@code year}, due on {@code due}: first all communes with
 * recognised villages, later as a reminder those still missing one.
 */
public record YearlyReportsRequested(int year, LocalDate due, List<Long> communeIds, boolean reminder) {
}
