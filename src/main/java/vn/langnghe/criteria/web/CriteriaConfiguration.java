package vn.langnghe.criteria.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.langnghe.criteria.CriteriaChecker;
import vn.langnghe.criteria.CriteriaSettings;

@Configuration(proxyBeanMethods = false)
class CriteriaConfiguration {

    /**
     * One checker for the whole application. The traditional-craft-village exception of Art. 5(4) is a
     * province setting, on by default.
     */
    @Bean
    CriteriaChecker criteriaChecker(
            @Value("${langnghe.criteria.traditional-craft-village-exception:true}") boolean exception) {
        return CriteriaChecker.standard(new CriteriaSettings(exception));
    }
}
