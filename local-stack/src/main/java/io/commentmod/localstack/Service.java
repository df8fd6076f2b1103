package io.commentmod.localstack;

/** The three services the launcher runs, with the module they are built in and the database each one owns. */
public enum Service {
    COMMENT("comment-service", "comments"),
    MODERATION("moderation-service", "moderation"),
    NOTIFICATION("notification-service", "notifications");

    private final String module;
    private final String database;

    Service(String module, String database) {
        this.module = module;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public String database() {
        return database;
    }
}
