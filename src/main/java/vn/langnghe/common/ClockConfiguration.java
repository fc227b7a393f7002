package vn.langnghe.common;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Vietnam's time: an application date is the day in Vietnam, whatever the server's zone. */
    @Bean
    Clock clock() {
        return Clock.system(VietnamTime.ZONE);
    }
}
