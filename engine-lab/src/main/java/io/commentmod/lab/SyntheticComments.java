package io.commentmod.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.commentmod.spammodel.LabeledText;

/**
 * Realistic-looking comments for benchmarks, deterministic for a seed: readers' reactions and stories of one to eight
 * sentences (some with a link to a source), self-promotion, and link spam, in proportions like a busy comment
 * section (about a quarter spam or promotion). Written for this project; no data set needed.
 */
public final class SyntheticComments {

    private static final String[] OPENERS = {
        "Thank you for this answer.", "I never thought about it this way.", "This is very unprofessional in my view.",
        "My therapist did something similar last year.", "Honestly I am not sure I agree.",
        "Reading this made me feel less alone.", "I have been in therapy for three years now.",
        "What a thoughtful reply from the therapist.", "I think it depends on the situation.",
        "This question is exactly what I needed today."};
    private static final String[] MIDDLES = {
        "When my mother passed away I could not stop crying in sessions, and my counselor stayed calm with me.",
        "A therapist is a human being, and showing some emotion can build trust when it is handled well.",
        "On the other hand, the session is supposed to be about the client and not about the therapist.",
        "I brought it up with mine and we talked about boundaries for a whole session, which helped a lot.",
        "It took me months to feel safe enough to talk about my childhood, so every reaction mattered.",
        "My sister had a very different experience and eventually switched to someone else.",
        "I would ask them directly how they felt about it and what it means for your work together.",
        "Sometimes silence in a session feels long, but it gives space to think things through.",
        "The article explains the difference between empathy and over-involvement really clearly.",
        "I wrote down my questions before each appointment and that changed how much I got out of it."};
    private static final String[] CLOSERS = {
        "Take care, everyone.", "Hope this helps someone.", "Just my two cents.", "Thanks again for writing this.",
        "Wishing you well on your journey.", "Does anyone else feel this way?"};
    private static final String[] SOURCES = {
        "There is a good overview at https://www.example.org/therapy/boundaries if you want to read more.",
        "The study I mean is described here: https://research.example.edu/papers/2019/empathy.html"};
    private static final String[] PROMOTION = {
        "Check out my channel for videos about anxiety, link in my profile, please subscribe!",
        "I am a life coach with my own practice, email me at coach@example.com for a free session.",
        "I am conducting a study on therapy experiences, please contact me if you would like to take part.",
        "Follow me on my blog mindful-days.example.net where I share my journey every week."};
    private static final String[] SPAM = {
        "BUY CHEAP MEDS ONLINE NOW!!! http://pharma-deals.example.biz free shipping",
        "Call our customer support number +1 800 555 0199 for instant account recovery, 24/7 service",
        "Earn $5000 a week from home with crypto trading, click here http://bit.ly/x7Yq2 limited offer",
        "Best online casino bonus free spins at www.lucky-win.example.com sign up today",
        "g00d j0b!!! v1sit my s1te for ch3ap f0llowers and l1kes http://tinyurl.com/abc123"};

    private SyntheticComments() {
    }

    public static List<LabeledText> generate(int count, long seed) {
        Random random = new Random(seed);
        List<LabeledText> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(100);
            if (kind < 12) {
                out.add(new LabeledText(pick(random, SPAM), true));
            } else if (kind < 25) {
                String text = random.nextBoolean() ? pick(random, PROMOTION)
                        : pick(random, OPENERS) + " " + pick(random, PROMOTION);
                out.add(new LabeledText(text, true));
            } else {
                StringBuilder text = new StringBuilder(pick(random, OPENERS));
                int sentences = random.nextInt(100) < 40 ? 0 : 1 + random.nextInt(7);
                for (int s = 0; s < sentences; s++) {
                    text.append(' ').append(pick(random, MIDDLES));
                }
                if (random.nextInt(100) < 10) {
                    text.append(' ').append(pick(random, SOURCES));
                }
                if (random.nextBoolean()) {
                    text.append(' ').append(pick(random, CLOSERS));
                }
                out.add(new LabeledText(text.toString(), false));
            }
        }
        return out;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
