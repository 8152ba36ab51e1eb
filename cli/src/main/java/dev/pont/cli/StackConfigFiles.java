package dev.pont.cli;

import dev.pont.core.PontException;
import dev.pont.core.preview.PreviewConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the stack config of a target for an offline preview: {@code --config-file} if given,
 * else {@code Pulumi.<target>.yaml} in the working directory, else in Pont's home (the checkout
 * the launcher runs from); then applies {@code --config key=value} overrides.
 */
final class StackConfigFiles {
    private StackConfigFiles() {}

    static PreviewConfig resolve(String target, Path configFile, List<String> overrides) {
        PreviewConfig config = PreviewConfig.empty();
        Path file = configFile != null ? configFile : find(target);
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new PontException("--config-file " + configFile + " does not exist");
        }
        if (file != null) {
            config = PreviewConfig.load(file);
        }
        return config.with(overrides(overrides));
    }

    /** The {@code --config key=value} pairs as a map; a pair without a key is a one-line error. */
    static Map<String, String> overrides(List<String> pairs) {
        Map<String, String> out = new TreeMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new PontException("--config '" + pair + "' must be key=value, e.g. --config pont:ovhcloudProjectId=abc123");
            }
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    private static Path find(String target) {
        String name = "Pulumi." + target + ".yaml";
        Path here = Path.of(name);
        if (Files.isRegularFile(here)) {
            return here;
        }
        String home = System.getProperty("pont.home");
        if (home != null && Files.isRegularFile(Path.of(home, name))) {
            return Path.of(home, name);
        }
        return null;
    }
}
