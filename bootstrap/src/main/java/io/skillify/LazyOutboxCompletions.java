package io.skillify;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks outbox publications completed in transactions that commit without waiting for their WAL flush
 * ({@code synchronous_commit = off}, for that transaction only). Delivery is at least once: a completion a crash loses
 * is delivered again after the restart, which every listener already tolerates (analytics counts a run once, Pusher
 * events may repeat). Waiting for the disk at each completion cost the engine one flush per finished run (ADR 0017).
 * Creating publications is untouched: they commit with the change that raised them.
 */
@Component
class LazyOutboxCompletions implements BeanPostProcessor {

    private final ObjectProvider<TransactionTemplate> transactions;
    private final ObjectProvider<JdbcTemplate> jdbc;

    LazyOutboxCompletions(ObjectProvider<TransactionTemplate> transactions, ObjectProvider<JdbcTemplate> jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof EventPublicationRepository repository)) {
            return bean;
        }
        InvocationHandler handler = (proxy, method, arguments) -> method.getName().equals("markCompleted")
                ? completeLazily(repository, method, arguments)
                : invoke(repository, method, arguments);
        return Proxy.newProxyInstance(EventPublicationRepository.class.getClassLoader(),
                new Class<?>[] {EventPublicationRepository.class}, handler);
    }

    private Object completeLazily(EventPublicationRepository repository, Method method, Object[] arguments) {
        return transactions.getObject().execute(status -> {
            jdbc.getObject().execute("set local synchronous_commit = off");
            return invoke(repository, method, arguments);
        });
    }

    private static Object invoke(EventPublicationRepository repository, Method method, Object[] arguments) {
        try {
            return method.invoke(repository, arguments);
        } catch (InvocationTargetException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
