package vn.langnghe.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import vn.langnghe.IntegrationTest;

/**
 * Exports read the registry as a stream: the statement asks the driver for rows a batch at a time
 * (MariaDB Connector/J streams a result set when a fetch size is set) instead of loading it whole.
 */
@IntegrationTest
class StreamingQueryTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void exportsAskTheDriverForRowsABatchAtATime() {
        List<Integer> fetchSizes = new ArrayList<>();
        RegistryQueries queries = new RegistryQueries(jdbc, recordingFetchSizes(fetchSizes));
        List<RegistryRow> rows = new ArrayList<>();

        queries.forEach(RegistryFilter.none(), new RegistryQueries.Scope(null, true), rows::add);

        assertThat(rows).isNotEmpty();
        assertThat(fetchSizes).containsExactly(1000);
    }

    /** The application's database, noting the fetch size of every statement prepared on it. */
    private DataSource recordingFetchSizes(List<Integer> fetchSizes) {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            Object result = invoke(method, connection, args);
                            return result instanceof PreparedStatement statement ? recording(statement, fetchSizes)
                                    : result;
                        });
            }
        };
    }

    private static PreparedStatement recording(PreparedStatement statement, List<Integer> fetchSizes) {
        return (PreparedStatement) Proxy.newProxyInstance(StreamingQueryTest.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setFetchSize")) {
                        fetchSizes.add((Integer) args[0]);
                    }
                    return invoke(method, statement, args);
                });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
