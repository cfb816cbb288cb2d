package io.skillify.workspace.adapter.in.rest.api;

import io.skillify.workspace.domain.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The least role a workspace-scoped route needs. Without it a route needs {@link Role#MEMBER}; on a class it applies
 * to every method that does not say otherwise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRole {

    Role value();
}
