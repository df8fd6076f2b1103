package io.commentmod.localstack;

/**
 * What the launcher runs as child processes: the three services, with the module they are built in and the database
 * each one owns, and the demo website, a client of comment-service's API with no database of its own.
 */
public enum Service {
    COMMENT("comment-service", "comments"),
    MODERATION("moderation-service", "moderation"),
    NOTIFICATION("notification-service", "notifications"),
    DEMO_SITE("demo-site", null);

    private final String module;
    private final String database;

    Service(String module, String database) {
        this.module = module;
        this.database = database;
    }

    public String module() {
        return module;
    }

    /** {@code null} for the demo site, which keeps nothing itself. */
    public String database() {
        return database;
    }

    public boolean hasDatabase() {
        return database != null;
    }
}
