package org.csh.reconciler.fetch;

import java.util.Optional;

/**
 * Checks that an API token can travel in an HTTP header. A carriage return from a CRLF env file would otherwise
 * reach the HTTP client, whose error quotes the whole header, token included, into logs and the job tables.
 */
public final class Tokens {

    private Tokens() {
    }

    /**
     * What makes {@code token} unusable as a header value, naming the environment variable and the property it
     * comes from and never a character of the token; empty when it is usable (or absent: that is checked elsewhere).
     */
    public static Optional<String> problem(String variable, String property, String token) {
        if (token == null) {
            return Optional.empty();
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!allowedInHeader(c)) {
                String where = i == token.length() - 1 ? "at its end" : "inside it";
                return Optional.of(variable + " (" + property + ") holds " + describe(c) + " " + where
                        + ", which no HTTP header may carry (a CRLF env file or a pasted line break?): remove it;"
                        + " the token itself is not shown");
            }
        }
        return Optional.empty();
    }

    /** Throws for a token {@link #problem} rejects, for clients built outside the start-up check. */
    public static void require(String variable, String property, String token) {
        problem(variable, property, token).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** The JDK HTTP client's rule for header values: visible Latin-1 characters, spaces and tabs. */
    private static boolean allowedInHeader(char c) {
        return c == '\t' || (c >= 0x20 && c != 0x7f && c <= 0xff);
    }

    private static String describe(char c) {
        return switch (c) {
            case '\r' -> "a carriage return (CR)";
            case '\n' -> "a line feed (LF)";
            default -> String.format("the character U+%04X", (int) c);
        };
    }
}
