package vn.langnghe.benchmark;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application for a benchmark: like {@code IntegrationTest}, but on a database of its own
 * ({@code target/benchmark-mariadb}), so seeding national-size data never touches what the other tests count.
 * Every benchmark class shares this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "benchmark"})
public @interface BenchmarkTest {
}
