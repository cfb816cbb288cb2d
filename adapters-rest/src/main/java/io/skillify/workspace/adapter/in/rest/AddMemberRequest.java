package io.skillify.workspace.adapter.in.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

record AddMemberRequest(
        @NotNull UUID accountId,
        @NotNull @Pattern(regexp = "owner|admin|member", message = "must be one of: owner, admin, member") String role) {
}
