package dev.pont.providers.azure.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * ARM template expressions ({@code "[concat(parameters('prefix'), '-data')]"}). Input values that are
 * expressions become unknown; only resource names are evaluated, so that resources can be told apart
 * and matched: string literals, {@code parameters()} (their default value), {@code variables()},
 * {@code concat}, {@code format}, {@code toLower}, {@code toUpper}. Anything else (a function of the
 * deployment such as {@code resourceGroup()} or {@code uniqueString}) leaves the name unresolved.
 */
final class ArmExpressions {
    private static final int MAX_DEPTH = 20;

    private final JsonNode parameters;
    private final JsonNode variables;

    ArmExpressions(JsonNode parameters, JsonNode variables) {
        this.parameters = parameters;
        this.variables = variables;
    }

    /** Whether a string is an expression: {@code [...]}, but not an escaped literal {@code [[...]}. */
    static boolean isExpression(String text) {
        String t = text.trim();
        return t.length() >= 2 && t.startsWith("[") && t.endsWith("]") && !t.startsWith("[[");
    }

    /** A literal string as ARM reads it: {@code [[x]} is the text {@code [x]}. */
    static String literal(String text) {
        return text.startsWith("[[") ? text.substring(1) : text;
    }

    /** The value of a name, if it is a literal or an expression Pont can evaluate offline. */
    Optional<String> resolve(String text) {
        return resolve(text, 0);
    }

    private Optional<String> resolve(String text, int depth) {
        if (!isExpression(text)) {
            return Optional.of(literal(text));
        }
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        try {
            Parser parser = new Parser(text.trim().substring(1, text.trim().length() - 1), depth);
            String value = parser.expression();
            parser.skipSpace();
            return parser.atEnd() ? Optional.ofNullable(value) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The resource a {@code dependsOn} entry or a {@code [resourceId(...)]} names, as
     * {@code type/name1/name2} (the trailing segments are the name): only when every argument is known.
     */
    Optional<String> resourceId(String text) {
        String t = text.trim();
        if (!isExpression(t)) {
            return Optional.empty();
        }
        String body = t.substring(1, t.length() - 1).trim();
        int open = body.indexOf('(');
        if (open < 0 || !body.endsWith(")") || !body.substring(0, open).trim().equalsIgnoreCase("resourceId")) {
            return Optional.empty();
        }
        List<String> args = new ArrayList<>();
        try {
            Parser parser = new Parser(body.substring(open + 1, body.length() - 1), 0);
            while (true) {
                String arg = parser.expression();
                if (arg == null) {
                    return Optional.empty();
                }
                args.add(arg);
                parser.skipSpace();
                if (parser.atEnd()) {
                    break;
                }
                if (parser.s.charAt(parser.i++) != ',') {
                    return Optional.empty();
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (int k = 0; k < args.size(); k++) {
            if (args.get(k).contains(".") && args.get(k).contains("/")) {
                List<String> rest = args.subList(k + 1, args.size());
                return rest.isEmpty() ? Optional.empty() : Optional.of(args.get(k) + "/" + String.join("/", rest));
            }
        }
        return Optional.empty();
    }

    /** A tiny recursive-descent reader: null means "cannot be known offline". */
    private final class Parser {
        private final String s;
        private final int depth;
        private int i;

        Parser(String s, int depth) {
            this.s = s;
            this.depth = depth;
        }

        boolean atEnd() {
            return i >= s.length();
        }

        void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        String expression() {
            skipSpace();
            if (atEnd()) {
                throw new IllegalArgumentException("end");
            }
            if (s.charAt(i) == '\'') {
                return string();
            }
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            String function = s.substring(start, i).toLowerCase(Locale.ROOT);
            if (function.isEmpty()) {
                throw new IllegalArgumentException("token");
            }
            skipSpace();
            if (atEnd() || s.charAt(i) != '(') {
                throw new IllegalArgumentException("call");
            }
            i++;
            List<String> args = new ArrayList<>();
            boolean unknown = false;
            skipSpace();
            if (i < s.length() && s.charAt(i) == ')') {
                i++;
            } else {
                while (true) {
                    String arg = expression();
                    unknown |= arg == null;
                    args.add(arg);
                    skipSpace();
                    if (atEnd()) {
                        throw new IllegalArgumentException("end");
                    }
                    char c = s.charAt(i++);
                    if (c == ')') {
                        break;
                    }
                    if (c != ',') {
                        throw new IllegalArgumentException("separator");
                    }
                }
            }
            skipSpace();
            if (!atEnd() && (s.charAt(i) == '.' || s.charAt(i) == '[')) {
                // Property or index access on a result (resourceGroup().location): not known offline.
                while (!atEnd() && s.charAt(i) != ',' && s.charAt(i) != ')') {
                    i++;
                }
                return null;
            }
            if (unknown) {
                return null;
            }
            return call(function, args);
        }

        private String call(String function, List<String> args) {
            switch (function) {
                case "parameters": {
                    JsonNode p = parameters == null || args.size() != 1 ? null : parameters.get(args.get(0));
                    JsonNode value = p == null ? null : p.get("defaultValue");
                    return value != null && value.isTextual() ? resolve(value.textValue(), depth + 1).orElse(null) : null;
                }
                case "variables": {
                    JsonNode value = variables == null || args.size() != 1 ? null : variables.get(args.get(0));
                    return value != null && value.isTextual() ? resolve(value.textValue(), depth + 1).orElse(null) : null;
                }
                case "concat":
                    return String.join("", args);
                case "format": {
                    if (args.isEmpty()) {
                        return null;
                    }
                    String out = args.get(0);
                    for (int k = 1; k < args.size(); k++) {
                        out = out.replace("{" + (k - 1) + "}", args.get(k));
                    }
                    return out;
                }
                case "tolower":
                    return args.size() == 1 ? args.get(0).toLowerCase(Locale.ROOT) : null;
                case "toupper":
                    return args.size() == 1 ? args.get(0).toUpperCase(Locale.ROOT) : null;
                default:
                    return null;
            }
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            i++;
            while (true) {
                if (atEnd()) {
                    throw new IllegalArgumentException("unterminated");
                }
                char c = s.charAt(i++);
                if (c == '\'') {
                    if (i < s.length() && s.charAt(i) == '\'') {
                        out.append('\'');
                        i++;
                        continue;
                    }
                    return out.toString();
                }
                out.append(c);
            }
        }
    }
}
