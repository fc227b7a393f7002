package vn.langnghe.common;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.Transactional;

@Configuration(proxyBeanMethods = false)
class DeadlockRetryConfiguration {

    /** Around every transactional method of the application, outside its transaction (ordered first). */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor deadlockRetryAdvisor() {
        ComposablePointcut transactional = new ComposablePointcut(new AnnotationMatchingPointcut(Transactional.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class))
                .intersection(type -> type.getPackageName().startsWith("vn.langnghe"));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, new DeadlockRetry());
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
