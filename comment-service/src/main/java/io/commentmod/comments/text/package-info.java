/**
 * What text the API accepts, character by character.
 * <p>
 * The policy, and why:
 * <ul>
 * <li><b>Unpaired surrogates are refused everywhere.</b> They are not Unicode text: MongoDB's UTF-8 encoding would
 * silently turn them into {@code ?}, and other tools choke on them. A client that sends one has a bug or is
 * probing.</li>
 * <li><b>Names and titles ({@link SingleLineText}) are one line of visible text.</b> No control characters (so no CR/LF
 * that could break a mail header or a log line), no line or paragraph separators, and no format characters (Unicode
 * category Cf: bidi overrides and isolates U+202A..U+202E and U+2066..U+2069, zero-width space and joiners, word
 * joiner, BOM, soft hyphen). A name is what moderators and therapists use to tell people apart, so characters that
 * reorder or hide what is shown are refused: a right-to-left override can make a name read as someone else's,
 * and a zero-width space inside "admin" still looks like "admin".</li>
 * <li><b>A comment body ({@link MultiLineText}) is free text.</b> Line breaks (LF, CR) and tabs are kept; other
 * control characters are refused (NUL, escape sequences for terminals, backspace). Format characters are allowed
 * because real writing needs them: right-to-left marks and isolates in Arabic or Hebrew, zero-width joiners in emoji
 * and Indic scripts, zero-width non-joiners in Persian. But a body must contain at least one visible character: one
 * made only of invisible, formatting or blank-looking characters says nothing and is refused.</li>
 * <li><b>HTML and script in a body are accepted as text.</b> This is a Q&amp;A site where people quote and discuss
 * things; "&lt;b&gt;" or "&lt;script&gt;" is just characters. The body is stored and returned as JSON text exactly
 * as sent, and whoever renders it must escape it (the demo site does); the API never serves it as HTML.</li>
 * <li><b>Emails ({@link EmailAddress})</b> are a plain {@code local@domain} with a dotted domain: no quoted local
 * parts, comments, spaces, angle brackets, IP literals or line breaks, which are legal in RFC 5322 but only ever
 * seen from software, and which are the raw material of mail header injection. Letters of any script are allowed.</li>
 * </ul>
 */
package io.commentmod.comments.text;
