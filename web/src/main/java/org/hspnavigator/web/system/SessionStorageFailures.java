package org.hspnavigator.web.system;

import java.util.Optional;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sessions' behaviour on a storage that refuses writes (a full, read-only or failing disk): a
 * session already stored goes on without this request's changes to it (its last access, an attribute)
 * being written, so that a logged-in user keeps reading the workspace's pages; a session not stored
 * yet, or given a new id (a login), fails as every other write does, with a 503.
 *
 * <p>Why: Spring Session writes a session's last access at the end of every request, reads included,
 * so without this a full disk would shut every logged-in user out of the pages, while the API with a
 * token reads on. What is lost is small: the session's expiry counts from its last access that was
 * written (at worst it ends that much earlier), and an attribute changed by a read (a flash message
 * already shown) may be seen once more. The log says so in one line without the session's id, which is
 * a credential.
 */
@Configuration(proxyBeanMethods = false)
public class SessionStorageFailures {

    private static final Logger LOG = LoggerFactory.getLogger(SessionStorageFailures.class);
    /**
     * Marks a session, never stored, whose save the storage refused: the request's error answer saves it
     * again on its way out, and that would fail the same way in the middle of the answer.
     */
    private static final String REFUSED = SessionStorageFailures.class.getName() + ".refused";

    /** Wraps the session repository of Spring Session JDBC as this class describes. */
    @Bean
    static BeanPostProcessor sessionSavesOnRefusingStorage() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository repository ? tolerant(repository) : bean;
            }
        };
    }

    /** {@code repository}, its {@code save} skipped for a stored session when the storage refuses it. */
    static JdbcIndexedSessionRepository tolerant(JdbcIndexedSessionRepository repository) {
        ProxyFactory factory = new ProxyFactory(repository);
        // A subclass, not an interface proxy: the repository is also looked up by its class.
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> invocation.getMethod().getName().equals("save")
                && invocation.getArguments().length == 1 && invocation.getArguments()[0] instanceof Session session
                ? save(invocation, repository, session) : invocation.proceed());
        return (JdbcIndexedSessionRepository) factory.getProxy(SessionStorageFailures.class.getClassLoader());
    }

    private static Object save(MethodInvocation invocation, JdbcIndexedSessionRepository repository, Session session)
            throws Throwable {
        if (session.getAttribute(REFUSED) != null) {
            return null;
        }
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            Optional<String> cause = StorageUnavailable.cause(e);
            if (cause.isEmpty()) {
                throw e;
            }
            if (!stored(repository, session.getId())) {
                session.setAttribute(REFUSED, Boolean.TRUE);
                throw e;
            }
            LOG.warn("session's last access not written ({}): the session goes on", cause.get());
            return null;
        }
    }

    /** Whether a session is stored under {@code id}: then the refused save only touched it. */
    private static boolean stored(JdbcIndexedSessionRepository repository, String id) {
        try {
            return repository.findById(id) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
