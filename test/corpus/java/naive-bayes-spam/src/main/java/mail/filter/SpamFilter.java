package mail.filter;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Multinomial naive Bayes spam filter for the shared support inbox. */
public final class SpamFilter {
    private final Map<String, int[]> counts = new HashMap<>(); // token -> {ham, spam}
    private final int[] docs = new int[2];
    private final int[] tokens = new int[2];

    private static String[] tokenize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9$€!]+", " ").trim().split("\\s+");
    }

    public void train(String message, boolean spam) {
        int c = spam ? 1 : 0;
        docs[c]++;
        for (String t : tokenize(message)) {
            counts.computeIfAbsent(t, k -> new int[2])[c]++;
            tokens[c]++;
        }
    }

    /** Log-odds that the message is spam; > 0 means spam is more likely. */
    public double spamScore(String message) {
        double v = counts.size() + 1.0;
        double score = Math.log((docs[1] + 1.0) / (docs[0] + 1.0));
        for (String t : tokenize(message)) {
            int[] c = counts.getOrDefault(t, new int[2]);
            score += Math.log((c[1] + 1.0) / (tokens[1] + v)) - Math.log((c[0] + 1.0) / (tokens[0] + v));
        }
        return score;
    }

    public boolean isSpam(String message) {
        return spamScore(message) > 2.0;
    }
}
