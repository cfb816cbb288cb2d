package io.skillify.identity.adapter.in.rest.security;

import io.skillify.identity.application.port.in.AccountView;
import io.skillify.shared.adapter.in.rest.CurrentAccount;
import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated as an account, by API key or by session token. */
final class AccountAuthentication extends AbstractAuthenticationToken {

    private final CurrentAccount account;

    AccountAuthentication(AccountView view) {
        super(List.of(new SimpleGrantedAuthority("LEVEL_" + view.level().name())));
        this.account = new CurrentAccount(view.id(), view.name(), wire(view.type()), wire(view.level()),
                view.maxConcurrentWorkers());
        setAuthenticated(true);
    }

    private static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public CurrentAccount getPrincipal() {
        return account;
    }

    @Override
    public String getName() {
        return account.id().toString();
    }
}
