package vn.langnghe.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's floor for the workflow benchmark: Camunda alone, on a database of its own on the same MariaDB
 * server, with the same two BPMN models and the application's engine settings (full history, strong ids, READ
 * COMMITTED, same pool size). Every bean the models call does only what the engine needs to move on: dates for
 * the timers, the round's agenda and members, the ballot's labels, the council's result sent to each dossier.
 */
final class BareEngine implements AutoCloseable {

    private static final List<String> MEMBERS = List.of("member1", "member2", "member3");
    private static final long DAY = 24L * 3600 * 1000;

    private final Map<Long, List<Long>> agendas = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final HikariDataSource dataSource;
    private final ProcessEngine engine;

    /** Creates the database {@code bare_engine} next to the application's and starts the engine on it. */
    BareEngine(DataSource application, int poolSize) throws SQLException {
        String url = ((HikariDataSource) application).getJdbcUrl();
        try (Connection connection = application.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS bare_engine");
            statement.execute("CREATE DATABASE bare_engine CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url.substring(0, url.lastIndexOf('/') + 1) + "bare_engine?nullDatabaseMeansCurrent=true");
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        dataSource.setMaximumPoolSize(poolSize);
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setProcessEngineName("bare");
        config.setDataSource(dataSource);
        config.setDatabaseType("mysql");
        config.setDatabaseSchemaUpdate("true");
        config.setHistory("full");
        config.setIdGenerator(new StrongUuidGenerator());
        config.setJobExecutorActivate(false);
        config.setBeans(Map.of("deadlines", new Deadlines(), "escalation", (JavaDelegate) execution -> { },
                "withdrawal", (JavaDelegate) execution -> { }, "councilAgenda", new Agenda(),
                "councilClosing", (JavaDelegate) this::sendResults));
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bare")
                .addClasspathResource("bpmn/recognition.bpmn").addClasspathResource("bpmn/council-round.bpmn")
                .deploy();
    }

    /** One council round's worth of dossiers through the whole path: start, intake, appraisal, ballots, decision. */
    void batch(int size) {
        RuntimeService runtime = engine.getRuntimeService();
        List<Long> dossiers = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            long dossier = ids.incrementAndGet();
            dossiers.add(dossier);
            runtime.startProcessInstanceByKey("recognition", String.valueOf(dossier), Map.of("dossierId", dossier,
                    "communeId", 1L, "title", "CRAFT_VILLAGE", "districtStep", false));
        }
        dossiers.forEach(d -> claimAndComplete(d, "Task_Intake", "intake", Map.of("outcome", "ACCEPT")));
        dossiers.forEach(d -> claimAndComplete(d, "Task_Appraisal", "reviewer", Map.of("outcome", "RECOMMEND")));
        long round = ids.incrementAndGet();
        agendas.put(round, dossiers);
        runtime.startProcessInstanceByKey("council-round", "round-" + round, Map.of("roundId", round));
        TaskService tasks = engine.getTaskService();
        for (String member : MEMBERS) {
            tasks.createTaskQuery().processVariableValueEquals("roundId", round).taskAssignee(member).list()
                    .forEach(ballot -> tasks.complete(ballot.getId()));
        }
        dossiers.forEach(d -> claimAndComplete(d, "Task_Decision", "leader", Map.of("decision", "APPROVE")));
        agendas.remove(round);
    }

    /** How many recognition processes have ended. */
    long recognised() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("recognition")
                .completed().count();
    }

    private void claimAndComplete(long dossier, String taskKey, String user, Map<String, Object> variables) {
        TaskService tasks = engine.getTaskService();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(dossier))
                .taskDefinitionKey(taskKey).singleResult();
        tasks.claim(task.getId(), user);
        tasks.complete(task.getId(), variables);
    }

    private void sendResults(DelegateExecution execution) {
        for (Long dossier : agendas.get((Long) execution.getVariable("roundId"))) {
            execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation("CouncilDecided")
                    .processInstanceBusinessKey(String.valueOf(dossier)).setVariable("councilResult", "RECOMMENDED")
                    .correlate();
        }
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }

    /** The timers' dates, far enough ahead never to fire during the benchmark. */
    public static final class Deadlines {

        public Date due(DelegateExecution execution) {
            return new Date(System.currentTimeMillis() + 30 * DAY);
        }

        public Date escalation(DelegateExecution execution) {
            return new Date(System.currentTimeMillis() + 25 * DAY);
        }

        public Date intakeDue(DelegateExecution execution) {
            return due(execution);
        }

        public Date intakeEscalation(DelegateExecution execution) {
            return escalation(execution);
        }
    }

    /** The round's agenda and members, and each ballot labelled with its dossier as the application does. */
    public final class Agenda implements TaskListener {

        public List<Long> dossiers(Long round) {
            return agendas.get(round);
        }

        public List<String> members(Long round) {
            return MEMBERS;
        }

        @Override
        public void notify(DelegateTask ballot) {
            ballot.setVariableLocal("dossierId", ballot.getVariable("dossierId"));
            ballot.setVariableLocal("title", "CRAFT_VILLAGE");
            ballot.setVariableLocal("communeId", 1L);
        }
    }
}
