package dev.pont.core.policy;

import java.util.regex.Pattern;

/** {@code *} matches any run of characters, {@code ?} one character; everything else is literal. */
final class Globs {
    private Globs() {}

    static boolean matches(String glob, String text) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.matches(re.toString(), text);
    }
}
