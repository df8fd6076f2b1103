package io.commentmod.engine;

import java.util.List;

/**
 * One concern (links, spam phrases, ...): adds what it finds to {@code signals} and leaves deciding to
 * {@link VerdictPolicy}. Rules are stateless and thread-safe; a rule late in the pipeline may read the signals
 * earlier rules added (a promotion that also carries a link).
 */
interface Rule {

    void apply(Evaluation evaluation, List<Signal> signals);
}
