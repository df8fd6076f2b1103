package io.commentmod.contracts;

/** A named person with an email address. Emails travel between services but never leave them. */
public record Person(String name, String email) {
}
