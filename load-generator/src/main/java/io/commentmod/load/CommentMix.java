package io.commentmod.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates the comments of a run from one seed: mostly therapy readers' comments, some spam, some self-promotion and
 * solicitation, some replies. Texts are assembled from phrase pools with slots, so nearly every text differs (the
 * service holds a text it has seen before); lengths run from 40 to 600 characters. Most authors are new, some come
 * back. All text here was written for this generator.
 * <p>
 * Not thread-safe: one thread draws the sequence, which is therefore the same for the same seed and options. Which
 * earlier comment a reply answers is decided at send time from {@link CommentSpec#replyPick()}, since comment ids
 * come from the server.
 */
final class CommentMix {

    enum Category { LEGITIMATE, SPAM, PROMOTION }

    /**
     * @param replyPick non-negative: this comment replies to an earlier accepted comment on the same article, the
     *                  {@code replyPick % n}-th most recent of the {@code n} known; -1: a top-level comment
     */
    record CommentSpec(long index, Category category, int article, int replyPick, String authorName,
                       String authorEmail, boolean repeatAuthor, String body, boolean notifyOnReply) {
        boolean isReply() {
            return replyPick >= 0;
        }
    }

    record Author(String name, String email) {
    }

    static final int MIN_LENGTH = 40;
    static final int MAX_LENGTH = 600;

    private final SplittableRandom random;
    private final int articles;
    private final double spamShare;
    private final double promotionShare;
    private final double replyShare;
    private final List<Author> readers = new ArrayList<>();
    private final List<Author> spammers = new ArrayList<>();
    private final List<Author> promoters = new ArrayList<>();
    private long next;
    private int authorsCreated;

    CommentMix(long seed, int articles, double spamShare, double promotionShare, double replyShare) {
        this.random = new SplittableRandom(seed);
        this.articles = articles;
        this.spamShare = spamShare;
        this.promotionShare = promotionShare;
        this.replyShare = replyShare;
    }

    CommentSpec next() {
        long index = next++;
        double roll = random.nextDouble();
        Category category = roll < spamShare ? Category.SPAM
                : roll < spamShare + promotionShare ? Category.PROMOTION : Category.LEGITIMATE;
        int article = random.nextInt(articles);
        double replyChance = category == Category.LEGITIMATE ? replyShare : replyShare / 3;
        int replyPick = random.nextDouble() < replyChance ? random.nextInt(1 << 20) : -1;
        List<Author> pool = switch (category) {
            case LEGITIMATE -> readers;
            case SPAM -> spammers;
            case PROMOTION -> promoters;
        };
        double comeBack = category == Category.LEGITIMATE ? 0.2 : 0.35;
        boolean repeat = !pool.isEmpty() && random.nextDouble() < comeBack;
        Author author;
        if (repeat) {
            author = pool.get(random.nextInt(pool.size()));
        } else {
            author = category == Category.LEGITIMATE ? newReader() : newSpammer(category);
            pool.add(author);
        }
        String body = switch (category) {
            case LEGITIMATE -> legitimate(replyPick >= 0);
            case SPAM -> spam();
            case PROMOTION -> promotion();
        };
        boolean notify = category == Category.LEGITIMATE && random.nextDouble() < 0.4;
        return new CommentSpec(index, category, article, replyPick, author.name(), author.email(), repeat, body, notify);
    }

    // ---------------------------------------------------------------- authors

    private Author newReader() {
        int n = ++authorsCreated;
        String first = pick(FIRST_NAMES);
        String last = pick(LAST_NAMES);
        String name = switch (random.nextInt(6)) {
            case 0 -> first;
            case 1 -> first + " " + last.charAt(0) + ".";
            case 2 -> first + " " + last;
            case 3 -> first.toLowerCase(Locale.ROOT) + "_" + last.toLowerCase(Locale.ROOT).charAt(0) + (n % 97);
            case 4 -> pick(HANDLE_WORDS) + pick(HANDLE_WORDS_2) + (n % 100);
            default -> first + last.charAt(0);
        };
        String local = switch (random.nextInt(3)) {
            case 0 -> first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + n;
            case 1 -> first.toLowerCase(Locale.ROOT) + n;
            default -> first.toLowerCase(Locale.ROOT).charAt(0) + last.toLowerCase(Locale.ROOT) + n;
        };
        return new Author(name, local + "@" + pick(MAIL_DOMAINS));
    }

    private Author newSpammer(Category category) {
        int n = ++authorsCreated;
        String name;
        if (category == Category.SPAM) {
            name = pick(SPAM_NAMES) + (random.nextBoolean() ? String.valueOf(n % 1000) : "");
        } else {
            name = random.nextBoolean() ? pick(FIRST_NAMES) + " " + pick(LAST_NAMES) : pick(PROMOTER_NAMES);
        }
        String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "." + n;
        return new Author(name, local.replaceAll("^\\.+", "") + "@" + pick(MAIL_DOMAINS));
    }

    // ---------------------------------------------------------------- texts

    private String legitimate(boolean reply) {
        int target = targetLength();
        StringBuilder text = new StringBuilder(target + 120);
        if (reply) {
            append(text, pick(REPLY_OPENERS));
        } else if (random.nextDouble() < 0.55) {
            append(text, pick(OPENERS));
        }
        append(text, hedge(fill(pick(EXPERIENCES))));
        while (text.length() < target) {
            String[] pool = switch (random.nextInt(5)) {
                case 0, 1 -> EXPERIENCES;
                case 2 -> OPINIONS;
                case 3 -> QUESTIONS;
                default -> ADVICE;
            };
            append(text, fill(pick(pool)));
        }
        if (text.length() + 60 < MAX_LENGTH && random.nextDouble() < 0.3) {
            append(text, pick(CLOSERS));
        }
        return fit(text);
    }

    private String spam() {
        StringBuilder text = new StringBuilder(200);
        if (random.nextDouble() < 0.3) {
            append(text, pick(SPAM_PREFIXES));
        }
        append(text, fill(pick(SPAM)));
        if (random.nextDouble() < 0.4) {
            append(text, fill(pick(SPAM)));
        }
        return fit(text);
    }

    private String promotion() {
        StringBuilder text = new StringBuilder(300);
        if (random.nextDouble() < 0.6) {
            append(text, fill(pick(EXPERIENCES)));
        }
        append(text, fill(pick(PROMOTION)));
        return fit(text);
    }

    /** Sometimes starts a sentence with a hedge ("Honestly, my therapist ..."). */
    private String hedge(String sentence) {
        if (random.nextDouble() >= 0.45) {
            return sentence;
        }
        String hedge = pick(HEDGES);
        boolean keepCapital = sentence.startsWith("I ") || sentence.startsWith("I'");
        return hedge + (keepCapital ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1));
    }

    private int targetLength() {
        int band = random.nextInt(100);
        if (band < 25) {
            return MIN_LENGTH + random.nextInt(80);
        }
        if (band < 70) {
            return 120 + random.nextInt(200);
        }
        return 320 + random.nextInt(MAX_LENGTH - 320 - 40);
    }

    private static void append(StringBuilder text, String sentence) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(sentence);
    }

    /** Drops whole sentences from the end until the text fits, cuts at a word as a last resort, pads short ones. */
    private String fit(StringBuilder text) {
        while (text.length() > MAX_LENGTH) {
            int cut = text.lastIndexOf(". ", MAX_LENGTH - 1);
            int q = text.lastIndexOf("? ", MAX_LENGTH - 1);
            cut = Math.max(cut, q);
            if (cut >= MIN_LENGTH) {
                text.setLength(cut + 1);
            } else {
                int space = text.lastIndexOf(" ", MAX_LENGTH - 1);
                text.setLength(space > MIN_LENGTH ? space : MAX_LENGTH);
            }
        }
        while (text.length() < MIN_LENGTH) {
            append(text, fill(pick(EXPERIENCES)));
            if (text.length() > MAX_LENGTH) {
                text.setLength(MAX_LENGTH);
            }
        }
        return text.toString();
    }

    /** Replaces the {x} slots of a phrase with words drawn from the matching pool. */
    private String fill(String phrase) {
        if (phrase.indexOf('{') < 0) {
            return phrase;
        }
        StringBuilder out = new StringBuilder(phrase.length() + 40);
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '{' && i + 2 < phrase.length() && phrase.charAt(i + 2) == '}') {
                String word = slot(phrase.charAt(i + 1));
                if (out.isEmpty()) {
                    out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
                } else {
                    out.append(word);
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String slot(char name) {
        return switch (name) {
            case 't' -> pick(THERAPISTS);
            case 'p' -> pick(PEOPLE);
            case 'd' -> pick(DURATIONS);
            case 'f' -> pick(FEELINGS);
            case 's' -> pick(SUBJECTS);
            case 'a' -> pick(ACTIVITIES);
            case 'w' -> pick(WHEN);
            case 'u' -> "https://" + pick(SPAM_DOMAINS) + "/" + pick(URL_WORDS) + "-" + (1000 + random.nextInt(9000));
            case 'n' -> String.valueOf(50 + random.nextInt(950));
            case 'e' -> pick(URL_WORDS) + "." + pick(LAST_NAMES).toLowerCase(Locale.ROOT) + "@" + pick(MAIL_DOMAINS);
            case 'h' -> "+1 " + (200 + random.nextInt(700)) + " " + (200 + random.nextInt(700)) + " "
                    + (1000 + random.nextInt(9000));
            case 'k' -> pick(CHANNEL_TOPICS);
            default -> throw new IllegalArgumentException("no slot {" + name + "}");
        };
    }

    private String pick(String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    // ---------------------------------------------------------------- phrase pools

    static final String[] FIRST_NAMES = {"Sam", "Alex", "Maria", "Jordan", "Priya", "Tom", "Lena", "Omar", "Grace",
            "Daniel", "Aisha", "Chris", "Mei", "Lucas", "Hannah", "Noah", "Fatima", "Ben", "Chloe", "Diego", "Ella",
            "Farid", "Georgia", "Hugo", "Ines", "Jamal", "Kate", "Leo", "Maya", "Nina", "Oscar", "Paula", "Quinn",
            "Rosa", "Sofia", "Theo", "Uma", "Victor", "Wendy", "Yusuf", "Zoe", "Anna", "Marco", "Ruth", "Kenji",
            "Layla", "Ivan", "Beatriz", "Callum", "Dana"};
    static final String[] LAST_NAMES = {"Miller", "Garcia", "Nguyen", "Okafor", "Schmidt", "Rossi", "Kowalski",
            "Haddad", "Silva", "Murphy", "Tanaka", "Novak", "Jensen", "Dubois", "Patel", "Cohen", "Larsen", "Moreau",
            "Ortiz", "Walsh", "Khan", "Berg", "Costa", "Fischer", "Ivanova", "Lindqvist", "Mensah", "Quinn", "Romero",
            "Sato"};
    static final String[] HANDLE_WORDS = {"quiet", "tired", "hopeful", "night", "gentle", "anxious", "curious",
            "slow", "blue", "north"};
    static final String[] HANDLE_WORDS_2 = {"reader", "owl", "walker", "heart", "fox", "river", "mind", "sparrow",
            "traveller", "gardener"};
    static final String[] MAIL_DOMAINS = {"example.org", "example.com", "example.net", "mail.example",
            "inbox.example"};
    static final String[] SPAM_NAMES = {"BestDealsNow", "CryptoKing", "PharmaDirect", "WinBig Casino", "FollowBack",
            "SEO Expert", "Loan Helper", "TopPillsShop", "FreeGiftCards", "ViralClips"};
    static final String[] PROMOTER_NAMES = {"Coach Mira", "MindsetWithDan", "Healing Path Studio", "Dr. Wellness",
            "The Calm Author", "Research Team"};

    static final String[] THERAPISTS = {"my therapist", "my counsellor", "my psychologist", "my old therapist",
            "the therapist I saw at university", "my current therapist", "my couples counsellor",
            "the psychiatrist I see", "my CBT therapist", "my grief counsellor"};
    static final String[] PEOPLE = {"my mum", "my dad", "my sister", "my brother", "my partner", "my best friend",
            "my grandmother", "my son", "my daughter", "my ex", "my boss", "a close friend", "my husband", "my wife",
            "my uncle", "my flatmate", "my aunt", "my stepdad", "my teenage son", "my girlfriend", "my boyfriend",
            "my colleague", "my twin", "my neighbour"};
    static final String[] DURATIONS = {"three years", "six months", "a few weeks", "almost a decade", "two years",
            "eighteen months", "a long time", "about a year", "five sessions", "most of last winter", "four years",
            "nine months", "two months", "seven years", "a whole summer", "twelve sessions", "half my twenties",
            "three months", "a couple of years", "over a year"};
    static final String[] FEELINGS = {"relieved", "embarrassed", "seen", "confused", "grateful", "angry",
            "exposed", "calmer", "guilty", "hopeful", "uneasy", "understood", "defensive", "lighter", "raw",
            "oddly proud", "drained", "safe", "awkward", "a bit lost", "cared for", "irritated"};
    static final String[] SUBJECTS = {"my dad's illness", "a breakup", "my divorce", "losing my job",
            "my panic attacks", "my childhood", "my miscarriage", "burnout", "my eating habits", "moving abroad",
            "my grandmother's death", "my drinking", "coming out to my family", "postnatal depression",
            "a friendship ending", "my anxiety at work", "caring for my mum", "my sleep problems",
            "my brother's addiction", "being bullied at school", "a car accident", "my chronic pain", "infertility",
            "my parents' divorce", "my health anxiety", "losing a pet", "a toxic workplace", "my OCD",
            "my ADHD diagnosis", "my dad's drinking"};
    static final String[] ACTIVITIES = {"journaling", "walking every morning", "writing letters I never send",
            "breathing exercises", "a support group", "keeping a mood diary", "yoga", "talking to my GP",
            "group therapy", "reading about attachment styles", "art therapy", "running"};
    static final String[] WHEN = {"last week", "in our second session", "years ago", "the first time",
            "recently", "after a hard session", "at the end of a session", "during lockdown", "once", "last spring",
            "a month ago", "on a video call", "right before the holidays", "in my very first session",
            "after I cancelled twice", "the week my dad died"};

    static final String[] HEDGES = {"Honestly, ", "To be fair, ", "For what it's worth, ", "Funny enough, ",
            "In my case, ", "Looking back, ", "Strangely, ", "Weirdly, ", "Oddly enough, ", "If I'm honest, ",
            "Years later, ", "Thinking about it now, "};
    static final String[] OPENERS = {"This article hit close to home.", "Thank you for writing this.",
            "I never thought I would comment on something like this.", "Reading this made me cry a little.",
            "Interesting question.", "I have been thinking about this all day.", "What a thoughtful answer.",
            "As someone who has been in therapy for years, this resonates.", "Honestly, I have mixed feelings here.",
            "I'm so glad someone asked this.", "Long-time reader, first comment.", "This is such a human question.",
            "I disagree with some of this, respectfully.", "Wow.", "I needed to read this today."};
    static final String[] REPLY_OPENERS = {"I agree with you.", "Thanks for sharing this.", "Same here.",
            "I hear you.", "That is a really good point.", "I had almost the same experience.",
            "I see it a bit differently.", "Your comment made me feel less alone.", "This is so true.",
            "I'm sorry you went through that.", "Can I ask how you brought it up?", "Well said."};
    static final String[] EXPERIENCES = {
            "When I talked about {s}, {t} teared up and it made me trust her more.",
            "I have been seeing {t} for {d} and she has never shown much emotion.",
            "{t} once got emotional {w} and I felt {f} afterwards.",
            "I started therapy because of {s} and it took {d} before I could say it out loud.",
            "When {p} was in hospital, {t} was the only person I could be honest with.",
            "I felt {f} the first time I cried in front of {t}.",
            "It took me {d} to tell {t} about {s}.",
            "{t} helped me with {s}, mostly by letting me talk.",
            "After {d} of therapy I finally understand why I reacted that way to {p}.",
            "I used to think therapy was for other people, until {s} happened.",
            "{t} suggested {a} and, to my surprise, it helped.",
            "My sessions about {s} left me {f} for days.",
            "I stopped going to {t} {w} because I felt judged.",
            "{p} thinks therapy is a waste of money, but it changed how I deal with {s}.",
            "Talking about {s} with {t} was the hardest thing I did that year.",
            "{t} told me {w} that she had been through something similar, and I felt {f}.",
            "I switched therapists after {d} and the difference was huge.",
            "Since I started {a}, my sessions feel more focused.",
            "I remember feeling {f} when {t} paused for a long time before answering.",
            "For {d} I only talked about {p}, never about myself.",
            "{t} noticed I was holding back about {s} before I did.",
            "I once saw {t} wipe her eyes when I described {s}.",
            "It helped when {t} admitted she did not have an answer.",
            "Going through {s} without support was lonelier than I admit.",
            "I told {p} about my sessions {w} and they were surprised I go at all.",
            "I learned more about {s} from {d} of therapy than from any book."};
    static final String[] OPINIONS = {
            "A therapist crying is not automatically unprofessional; it depends on who the tears are for.",
            "I think a little emotion shows that they are human, as long as the session stays about you.",
            "Honestly, if {t} cried every week I would start looking after her instead of myself.",
            "Boundaries matter, but so does warmth.",
            "I would want to know what the tears meant before deciding how I feel about it.",
            "Some people need a calm, steady presence and that is completely valid too.",
            "The answer here is balanced and fair.",
            "Therapists are trained to notice when their feelings take over, and to deal with it in supervision.",
            "It would make me feel {f}, and I would say so in the next session.",
            "There is a big difference between being moved and falling apart.",
            "I think the relationship matters more than the method.",
            "People underestimate how much courage it takes to go back after an awkward session.",
            "Not every therapist is a good fit, and that is nobody's fault.",
            "If it keeps happening, raising it gently seems like the right first step.",
            "I find it reassuring when a professional is not a blank wall."};
    static final String[] QUESTIONS = {
            "Has anyone else brought this up with their therapist directly?",
            "How did you know it was time to change therapists?",
            "Is it normal to feel {f} after a session about {s}?",
            "Would you say something if {t} got emotional?",
            "Did {a} help anyone else between sessions?",
            "How long did it take before you felt comfortable crying in therapy?",
            "Does anyone else worry about upsetting their therapist?",
            "What do you do when a session leaves you {f}?",
            "Is it strange that I miss {t} between appointments?",
            "How do you talk to {p} about being in therapy?"};
    static final String[] ADVICE = {
            "Maybe bring it up at the start of your next session, while it is fresh.",
            "Writing down what you want to say beforehand helped me a lot.",
            "You are allowed to ask your therapist how they handle their own feelings.",
            "Give it a few more sessions before you decide anything.",
            "{a} made the time between sessions much easier for me.",
            "Be gentle with yourself, this stuff is hard.",
            "It is okay to look for someone who suits you better.",
            "Talking to {p} about it first might help you sort out what you feel.",
            "If money is a worry, ask about a sliding scale; many practices have one.",
            "Trust your gut about whether the room feels safe."};
    static final String[] CLOSERS = {"Thanks again for this.", "Take care, everyone.", "Sending strength to anyone "
            + "going through something similar.", "Just my two cents.", "Anyway, thank you for the space to say this.",
            "Wishing you all the best.", "I hope this helps someone."};

    static final String[] SPAM_PREFIXES = {"Great article!", "Nice post.", "Very informative.", "Wow amazing.",
            "Good content."};
    static final String[] SPAM = {
            "Check out my channel, I post {k} videos every day!!! {u}",
            "CHEAP PILLS no prescription needed, fast shipping worldwide {u}",
            "Best online casino bonus {n}% today only, sign up now at {u}",
            "Earn ${n} a week working from home, click here {u}",
            "Call our customer support number {h} for instant help with your account",
            "Subscribe to my channel please, trying to reach {n}k subscribers!!!",
            "Buy cheap anxiety pills online without doctor {u} {u}",
            "Crypto signals that made me ${n} in one day, join free {u}",
            "Visit {u} for the best deals on {k} gear",
            "Free gift cards for the first {n} people, claim at {u}",
            "check out my channel for {k} content, like and subscribe",
            "Looking for SEO backlinks? We rank you on page one in {n} days {u}",
            "Hot singles in your area want to meet you {u}",
            "Get a loan approved in {n} minutes, no credit check {u}"};
    static final String[] PROMOTION = {
            "I am conducting a survey on {s} for my master's thesis. If you have been in therapy, please email me at {e}.",
            "DM me for coaching, I help people get over {s} in six weeks.",
            "I wrote a book about {s}, you can find it on my website {u}.",
            "My practice offers online sessions at half price this month, book through {u}.",
            "We are looking for participants for a paid study on {s}. Contact me at {e} if you are interested.",
            "I run a support group for people dealing with {s}, message me at {e} to join.",
            "If you want real results, my 30-day mindset program is open for enrolment at {u}.",
            "Researchers at our lab are recruiting adults who went through {s}, please email {e} for details.",
            "I'm a certified life coach and I offer a free first call, just send me a message.",
            "Follow my page for daily tips on {s}, link in my profile."};
    static final String[] SPAM_DOMAINS = {"cheap-meds.example", "bestcasino.example", "win-now.example",
            "followers4u.example", "cryptoboost.example", "seo-rank.example", "quickloan.example", "giftcardz.example"};
    static final String[] URL_WORDS = {"offer", "promo", "deal", "join", "free", "bonus", "start", "win", "info",
            "study"};
    static final String[] CHANNEL_TOPICS = {"gaming", "prank", "fitness", "makeup", "crypto", "motivation", "cooking",
            "reaction"};
}
