package vn.langnghe.common;

import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A service call whose transaction dies of a deadlock or a lock-wait timeout ({@link LockConflict}) is run again
 * whole, up to {@value #RETRIES} more times after a short random pause, before the caller is told the record is
 * busy (409). Only the outermost transactional call is retried (a nested one shares its caller's transaction,
 * which is already lost), and never a call given a stream, whose content can be read only once.
 */
final class DeadlockRetry implements MethodInterceptor {

    static final int RETRIES = 3;
    private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);

    @Override
    public Object invoke(MethodInvocation call) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                || Arrays.stream(call.getArguments()).anyMatch(InputStream.class::isInstance)
                || !(call instanceof ProxyMethodInvocation invocation)) {
            return call.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return invocation.invocableClone().proceed();
            } catch (RuntimeException e) {
                if (!LockConflict.causes(e)) {
                    throw e;
                }
                if (attempt > RETRIES) {
                    log.warn("{} lost a lock {} times: {}", call.getMethod().getName(), attempt, e.getMessage());
                    throw new ConflictException("common.error.busy");
                }
                log.info("{} lost a lock (attempt {}), running it again: {}", call.getMethod().getName(), attempt,
                        e.getMessage());
                Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100) * attempt);
            }
        }
    }
}
