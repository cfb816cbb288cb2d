package io.skillify.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Remembers every application context started in this test JVM, so that {@link CloseContextsBeforeExit} can close
 * them while the test database is still up (at JVM exit, shutdown hooks run in no particular order).
 */
@Component
class OpenContexts implements ApplicationContextAware {

    private static final List<ConfigurableApplicationContext> CONTEXTS = new ArrayList<>();

    @Override
    public void setApplicationContext(ApplicationContext context) throws BeansException {
        synchronized (CONTEXTS) {
            CONTEXTS.add((ConfigurableApplicationContext) context);
        }
    }

    static void closeAll() {
        synchronized (CONTEXTS) {
            for (int i = CONTEXTS.size() - 1; i >= 0; i--) {
                CONTEXTS.get(i).close();
            }
            CONTEXTS.clear();
        }
    }
}
