package io.skillify;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The Skillify server: every context's adapters and use cases in one process. */
@SpringBootApplication
@Modulithic(systemName = "Skillify", sharedModules = "shared")
public class Skillify {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Skillify.class);
        application.addListeners(new ShutdownDeadline());
        application.run(args);
    }
}
