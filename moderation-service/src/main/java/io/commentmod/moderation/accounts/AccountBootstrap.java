package io.commentmod.moderation.accounts;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import io.commentmod.moderation.ModerationProperties;
import io.commentmod.moderation.security.Roles;

/**
 * Creates the configured admin and moderator accounts on the first start, so a fresh install can be signed in to;
 * after that the accounts live in MongoDB and are managed through the API (changing the configured password later
 * does not overwrite an existing account). Safe with several instances starting at once: the name is the key.
 */
@Component
class AccountBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    static final String CREATED_BY = "configuration";

    private final Accounts accounts;
    private final ModerationProperties properties;

    AccountBootstrap(Accounts accounts, ModerationProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        create(properties.adminUsername(), properties.adminPassword(), Set.of(Roles.ADMIN, Roles.MODERATOR));
        create(properties.moderatorUsername(), properties.moderatorPassword(), Set.of(Roles.MODERATOR));
    }

    private void create(String username, String password, Set<String> roles) {
        if (accounts.create(username, password, roles, CREATED_BY)) {
            log.info("Created the account {} ({}) from the configuration", username, roles);
        }
    }
}
