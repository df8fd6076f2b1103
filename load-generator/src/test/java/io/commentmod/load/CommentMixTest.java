package io.commentmod.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.commentmod.load.CommentMix.Category;
import io.commentmod.load.CommentMix.CommentSpec;

class CommentMixTest {

    private static List<CommentSpec> draw(long seed, int n) {
        CommentMix mix = new CommentMix(seed, 8, 0.12, 0.08, 0.25);
        List<CommentSpec> specs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            specs.add(mix.next());
        }
        return specs;
    }

    @Test
    void the_same_seed_draws_the_same_comments() {
        assertThat(draw(42, 500)).isEqualTo(draw(42, 500));
    }

    @Test
    void another_seed_draws_other_comments() {
        assertThat(draw(43, 50)).isNotEqualTo(draw(42, 50));
    }

    @Test
    void a_run_holds_every_category_and_replies_in_about_the_asked_shares() {
        List<CommentSpec> specs = draw(7, 10_000);
        Map<Category, Integer> counts = new HashMap<>();
        specs.forEach(s -> counts.merge(s.category(), 1, Integer::sum));

        assertThat(counts.get(Category.SPAM)).isBetween(1_000, 1_400);
        assertThat(counts.get(Category.PROMOTION)).isBetween(600, 1_000);
        assertThat(counts.get(Category.LEGITIMATE)).isBetween(7_600, 8_400);
        long replies = specs.stream().filter(CommentSpec::isReply).count();
        assertThat(replies).isBetween(1_500L, 2_500L);
    }

    @Test
    void texts_are_between_40_and_600_characters_and_vary_in_length() {
        List<CommentSpec> specs = draw(11, 5_000);

        assertThat(specs).allSatisfy(s -> assertThat(s.body().length()).isBetween(40, 600));
        assertThat(specs.stream().filter(s -> s.body().length() < 120)).isNotEmpty();
        assertThat(specs.stream().filter(s -> s.body().length() > 400)).isNotEmpty();
    }

    @Test
    void almost_every_legitimate_text_is_different_so_the_duplicate_rule_stays_out_of_the_way() {
        List<String> legit = draw(3, 20_000).stream()
                .filter(s -> s.category() == Category.LEGITIMATE).map(CommentSpec::body).toList();

        assertThat(new HashSet<>(legit).size()).isGreaterThan((int) (legit.size() * 0.995));
    }

    @Test
    void spam_and_promotion_read_like_spam_and_promotion() {
        List<CommentSpec> specs = draw(5, 3_000);

        assertThat(specs).filteredOn(s -> s.category() == Category.SPAM)
                .anySatisfy(s -> assertThat(s.body()).containsIgnoringCase("check out my channel"))
                .anySatisfy(s -> assertThat(s.body()).containsIgnoringCase("cheap pills"))
                .anySatisfy(s -> assertThat(s.body()).contains("https://"));
        assertThat(specs).filteredOn(s -> s.category() == Category.PROMOTION)
                .anySatisfy(s -> assertThat(s.body()).contains("survey").contains("email me"))
                .anySatisfy(s -> assertThat(s.body()).contains("DM me for coaching"));
    }

    @Test
    void most_authors_are_new_and_some_come_back() {
        List<CommentSpec> specs = draw(9, 5_000);
        Set<String> emails = new HashSet<>();
        specs.forEach(s -> emails.add(s.authorEmail()));

        assertThat(emails.size()).isBetween(3_500, 4_600);
        assertThat(specs).anyMatch(CommentSpec::repeatAuthor);
        assertThat(specs).allSatisfy(s -> assertThat(s.authorEmail()).matches("[a-z0-9._]+@[a-z.]+"));
    }

    @Test
    void a_new_author_always_gets_an_address_nobody_else_has() {
        Map<String, String> nameByEmail = new HashMap<>();
        for (CommentSpec s : draw(13, 5_000)) {
            if (!s.repeatAuthor()) {
                assertThat(nameByEmail.put(s.authorEmail(), s.authorName())).isNull();
            }
        }
    }

    @Test
    void readers_and_promoters_start_their_comments_with_a_capital() {
        assertThat(draw(17, 2_000)).filteredOn(s -> s.category() != Category.SPAM)
                .allSatisfy(s -> assertThat(Character.isLowerCase(s.body().charAt(0))).isFalse());
    }
}
