package dev.saasllm.processor.validation;

import java.util.Collection;
import java.util.Locale;

/** Name helpers: default job types and "did you mean" suggestions. */
public final class Names {
    private Names() {}

    /**
     * {@code ResumeParser} → {@code resume_parser}, {@code HTTPClient} → {@code http_client}.
     *
     * @param name a Java simple name
     * @return it in snake case
     */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char previous = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(previous) || Character.isDigit(previous)
                        || (Character.isUpperCase(previous) && nextLower)) {
                    out.append('_');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * " Did you mean {before + x + after}?" for the candidate x closest to {@code wrong} within a
     * few edits, else "": the whole corrected placeholder, so that a typo in a component path
     * suggests the full path.
     */
    static String didYouMean(String wrong, Collection<String> candidates, String before, String after) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, wrong.length() / 3);
        if (best != null && bestDistance <= allowed) return " Did you mean {" + before + best + after + "}?";
        for (String candidate : candidates) { // an abbreviation: {lang} for language
            if (wrong.length() >= 3 && candidate.toLowerCase(Locale.ROOT).startsWith(wrong.toLowerCase(Locale.ROOT))) {
                return " Did you mean {" + before + candidate + after + "}?";
            }
        }
        return "";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
