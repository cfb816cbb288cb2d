package io.skillify.worker.adapter.in.rest;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code GET /health}, where Buildd's Go agent checks the server before its first claim (it stops unless the answer
 * is 200): the same answer as {@code /actuator/health}, public as that one is.
 */
@Configuration(proxyBeanMethods = false)
class BuilddHealthRoute implements WebMvcConfigurer {

    static final String PATH = "/health";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController(PATH).setViewName("forward:/actuator/health");
    }
}
