package vn.langnghe.workflow;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.territory.AdministrativeUnit;
import vn.langnghe.territory.AdministrativeUnits;
import vn.langnghe.village.RegistryReviews;
import vn.langnghe.village.YearlyCycle;

/**
 * {@code bpmn/yearly-cycle.bpmn}, one instance per report year (business key {@code cycle-<year>}), on the engine's
 * clock: on the day reports open every commune with recognised villages is asked for last year's report, reminded
 * before it is due, the statistician told of those missing after it, and on its day the annual review of that year
 * starts by itself; then the next year's cycle begins. At start-up the cycle of the coming review is made if no node
 * made it yet.
 */
@Component("yearlyCycleSteps")
class YearlyCycleProcess implements ApplicationRunner {

    static final String KEY = "yearly-cycle";
    static final String ACTOR = "chu-ky-nam";
    private static final Logger LOG = LoggerFactory.getLogger(YearlyCycleProcess.class);

    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final YearlyCycle cycle;
    private final RegistryReviews reviews;
    private final AdministrativeUnits units;
    private final ApplicationEventPublisher publisher;

    YearlyCycleProcess(RuntimeService runtime, JdbcTemplate jdbc, YearlyCycle cycle, RegistryReviews reviews,
            AdministrativeUnits units, ApplicationEventPublisher publisher) {
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.cycle = cycle;
        this.reviews = reviews;
        this.units = units;
        this.publisher = publisher;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), VietnamTime.ZONE);
        int lastYear = today.getYear() - 1;
        ensure(today.isBefore(cycle.reviewStartsFor(lastYear)) ? lastYear : today.getYear());
    }

    /** Starts the cycle of {@code year} unless one was started already (by any node). */
    void ensure(int year) {
        if (jdbc.update("insert ignore into yearly_cycle (report_year, started_at) values (?, ?)", year,
                Timestamp.from(ClockUtil.getCurrentTime().toInstant())) == 0) {
            return;
        }
        LocalDate due = cycle.reportDueFor(year);
        Map<String, Object> variables = new HashMap<>();
        variables.put("year", year);
        variables.put("reportsOpen", startOf(cycle.reportOpensFor(year)));
        variables.put("reminderAt", startOf(due.minusDays(cycle.reminderDays())));
        variables.put("overdueAt", startOf(due.plusDays(1)));
        variables.put("reviewStarts", startOf(cycle.reviewStartsFor(year)));
        runtime.startProcessInstanceByKey(KEY, "cycle-" + year, variables);
        LOG.info("Yearly cycle for the reports on {} started", year);
    }

    public void askReports(DelegateExecution execution) {
        int year = year(execution);
        publisher.publishEvent(new YearlyReportsRequested(year, cycle.reportDueFor(year),
                reviews.communesOwingReports(year, false), false));
    }

    public void remind(DelegateExecution execution) {
        int year = year(execution);
        List<Long> missing = reviews.communesOwingReports(year, true);
        if (!missing.isEmpty()) {
            publisher.publishEvent(new YearlyReportsRequested(year, cycle.reportDueFor(year), missing, true));
        }
    }

    public void escalate(DelegateExecution execution) {
        int year = year(execution);
        List<Long> missing = reviews.communesOwingReports(year, true);
        if (!missing.isEmpty()) {
            publisher.publishEvent(new YearlyReportsOverdue(year, cycle.reportDueFor(year),
                    units.findAllById(missing).stream().map(AdministrativeUnit::getName).sorted().toList()));
        }
    }

    public void startReview(DelegateExecution execution) {
        RegistryReviews.Result result = reviews.scheduledReview(year(execution), ACTOR);
        execution.setVariable("reviewStarted", result.started().size());
    }

    public void startNext(DelegateExecution execution) {
        ensure(year(execution) + 1);
    }

    private static int year(DelegateExecution execution) {
        return (Integer) execution.getVariable("year");
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(VietnamTime.ZONE).toInstant());
    }
}
