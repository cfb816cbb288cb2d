package io.skillify.identity.adapter.in.rest;

import io.skillify.identity.application.port.in.AccountView;
import io.skillify.identity.application.port.in.IssuedAccount;
import io.skillify.shared.adapter.in.rest.CurrentAccount;
import io.skillify.shared.adapter.in.rest.RestMappingConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = RestMappingConfig.class)
interface AccountRestMapper {

    AccountResponse toResponse(AccountView account);

    @Mapping(target = ".", source = "account")
    @Mapping(target = "apiKey", source = "apiKey")
    CreatedAccountResponse toResponse(IssuedAccount issued);

    @Mapping(target = "success", constant = "true")
    MeResponse toMe(CurrentAccount account);
}
