package dev.pont.providers.ovhcloud;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/** Reads this module's data files (shipped next to the adapter); a broken file is a build bug. */
final class DataFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private DataFiles() {}

    static <T> T load(String resource, Class<T> type) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not found next to " + DataFiles.class.getName());
            }
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException(resource + " is invalid: " + e.getMessage(), e);
        }
    }
}
