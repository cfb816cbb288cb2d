package io.skillify;

import io.skillify.identity.application.port.in.EnsureFirstAdministratorUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On a database without accounts, creates the administrator {@code admin} with {@code SKILLIFY_BOOTSTRAP_API_KEY}
 * as its key, or with a fresh key printed here once.
 */
@Component
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final EnsureFirstAdministratorUseCase firstAdministrator;
    private final String configuredKey;

    FirstStart(EnsureFirstAdministratorUseCase firstAdministrator,
               @Value("${skillify.bootstrap-api-key:}") String configuredKey) {
        this.firstAdministrator = firstAdministrator;
        this.configuredKey = configuredKey;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstAdministrator.ensureFirstAdministrator(configuredKey).ifPresent(admin -> {
            if (admin.configuredKeyRejected()) {
                log.warn("SKILLIFY_BOOTSTRAP_API_KEY is not a well-formed key (bld_ and 64 lower-case hex digits); "
                        + "a fresh key was generated instead");
            }
            if (admin.generatedKey() == null) {
                log.info("Created the administrator account 'admin' ({}) with the key from "
                        + "SKILLIFY_BOOTSTRAP_API_KEY", admin.account().id());
            } else {
                log.warn("Created the administrator account 'admin' ({}). Its API key, shown only this once: {}",
                        admin.account().id(), admin.generatedKey());
            }
        });
    }
}
