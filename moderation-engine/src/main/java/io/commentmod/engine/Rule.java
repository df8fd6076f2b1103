package io.commentmod.engine;

import java.util.List;

/** One concern (links, spam phrases, ...): reports what it finds and leaves deciding to {@link VerdictPolicy}. */
interface Rule {

    List<Signal> apply(CommentToModerate comment);
}
