package io.skillify.shared.adapter.in.rest;

import org.mapstruct.InjectionStrategy;
import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/** Every REST mapper: a Spring bean, failing the build on any unmapped field, sharing {@link WireValues}. */
@MapperConfig(componentModel = "spring", injectionStrategy = InjectionStrategy.CONSTRUCTOR,
        unmappedTargetPolicy = ReportingPolicy.ERROR, uses = WireValues.class)
public interface RestMappingConfig {
}
