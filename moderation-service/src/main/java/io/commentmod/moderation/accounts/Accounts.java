package io.commentmod.moderation.accounts;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates, lists and disables accounts. */
@Component
public class Accounts {

    private final MongoTemplate mongo;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Accounts(MongoTemplate mongo, PasswordEncoder encoder, Clock clock) {
        this.mongo = mongo;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Logins are compared in lower case: "Alex" and "alex" are one account. */
    static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Creates the account unless one with this name exists.
     *
     * @return false when the name is taken
     */
    public boolean create(String username, String password, Set<String> roles, String createdBy) {
        Account account = new Account(normalize(username), encoder.encode(password), roles, true,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), createdBy);
        try {
            mongo.insert(account);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(mongo.findById(normalize(username), Account.class));
    }

    public List<Account> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Order.asc("_id"))), Account.class);
    }

    /** @return false when there is no such account */
    boolean setEnabled(String username, boolean enabled) {
        return mongo.updateFirst(query(where("_id").is(normalize(username))), new Update().set("enabled", enabled),
                Account.class).getMatchedCount() > 0;
    }
}
