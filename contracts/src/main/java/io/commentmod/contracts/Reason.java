package io.commentmod.contracts;

/**
 * One signal behind a decision: which rule fired, how strongly, what text it matched and why it matters.
 *
 * @param code        stable rule id, e.g. {@code spam.link} or {@code promotion.solicitation}
 * @param category    SPAM, PROMOTION, SAFETY, PRIVACY, ABUSE, TRUST, MODERATOR
 * @param score       the rule's contribution; positive pushes towards holding or rejecting
 * @param evidence    the matched text, or null when the signal is not about a span of text
 * @param explanation one sentence a moderator can read
 */
public record Reason(String code, String category, double score, String evidence, String explanation) {
}
