package io.commentmod.moderation.accounts;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs people in against the accounts in MongoDB, read on every sign-in (and every API call: the API is
 * stateless), so an account an admin disables is locked out at once on every instance.
 */
@Component
class AccountUserDetails implements UserDetailsService {

    private final MongoTemplate mongo;

    AccountUserDetails(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = username == null ? null : mongo.findById(Accounts.normalize(username), Account.class);
        if (account == null) {
            throw new UsernameNotFoundException("No account " + username);
        }
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.roles().toArray(String[]::new))
                .disabled(!account.enabled())
                .build();
    }
}
