package io.skillify.identity.adapter.in.rest;

import io.skillify.identity.application.port.in.CreateAccountCommand;
import io.skillify.identity.application.port.in.CreateAccountUseCase;
import io.skillify.identity.application.port.in.ListOwnedAccountsQuery;
import io.skillify.identity.application.port.in.RegenerateApiKeyUseCase;
import io.skillify.identity.application.port.in.RevokeAccountUseCase;
import io.skillify.identity.domain.AccessLevel;
import io.skillify.identity.domain.AccountName;
import io.skillify.identity.domain.AccountType;
import io.skillify.identity.domain.WorkerLimit;
import io.skillify.shared.adapter.in.rest.CurrentAccount;
import io.skillify.shared.adapter.in.rest.DataEnvelope;
import io.skillify.shared.adapter.in.rest.ListEnvelope;
import io.skillify.shared.adapter.in.rest.WireValues;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and their API keys (contract §2). */
@RestController
@RequestMapping("/api/accounts")
class AccountController {

    private final CreateAccountUseCase createAccount;
    private final ListOwnedAccountsQuery ownedAccounts;
    private final RegenerateApiKeyUseCase regenerateKey;
    private final RevokeAccountUseCase revokeAccount;
    private final AccountRestMapper mapper;

    AccountController(CreateAccountUseCase createAccount, ListOwnedAccountsQuery ownedAccounts,
                      RegenerateApiKeyUseCase regenerateKey, RevokeAccountUseCase revokeAccount,
                      AccountRestMapper mapper) {
        this.createAccount = createAccount;
        this.ownedAccounts = ownedAccounts;
        this.regenerateKey = regenerateKey;
        this.revokeAccount = revokeAccount;
        this.mapper = mapper;
    }

    @GetMapping("/me")
    MeResponse me(CurrentAccount caller) {
        return mapper.toMe(caller);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DataEnvelope<CreatedAccountResponse> create(CurrentAccount caller,
                                                @Valid @RequestBody CreateAccountRequest request) {
        var command = new CreateAccountCommand(caller.id(), new AccountName(request.name()),
                WireValues.parseEnum(AccountType.class, request.type()),
                WireValues.parseEnum(AccessLevel.class, request.level()),
                request.maxConcurrentWorkers() == null ? null : new WorkerLimit(request.maxConcurrentWorkers()));
        return DataEnvelope.of(mapper.toResponse(createAccount.create(command)));
    }

    @GetMapping
    ListEnvelope<AccountResponse> list(CurrentAccount caller, @RequestParam(required = false) Integer limit,
                                       @RequestParam(required = false) String cursor) {
        return ListEnvelope.of(ownedAccounts.ownedBy(caller.id(), PageRequest.of(limit, cursor)), mapper::toResponse);
    }

    @PostMapping("/{id}/regenerate-key")
    DataEnvelope<ApiKeyResponse> regenerateKey(CurrentAccount caller, @PathVariable UUID id) {
        return DataEnvelope.of(new ApiKeyResponse(regenerateKey.regenerate(caller.id(), new AccountId(id))));
    }

    @DeleteMapping("/{id}")
    DataEnvelope<AccountResponse> revoke(CurrentAccount caller, @PathVariable UUID id) {
        return DataEnvelope.of(mapper.toResponse(revokeAccount.revoke(caller.id(), new AccountId(id))));
    }
}
