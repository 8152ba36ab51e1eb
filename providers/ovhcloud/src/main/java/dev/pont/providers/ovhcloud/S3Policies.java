package dev.pont.providers.ovhcloud;

import dev.pont.core.json.Json;
import dev.pont.core.spec.Grant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The S3 policy document of a service identity: one statement per bucket it was granted. */
final class S3Policies {
    private static final Map<Grant.Access, List<String>> ACTIONS = Map.of(
            Grant.Access.READ, List.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket", "s3:ListBucketVersions", "s3:GetBucketLocation"),
            Grant.Access.WRITE, List.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket", "s3:ListBucketVersions", "s3:GetBucketLocation",
                    "s3:PutObject", "s3:DeleteObject", "s3:ListMultipartUploadParts", "s3:ListBucketMultipartUploads", "s3:AbortMultipartUpload"),
            Grant.Access.ADMIN, List.of("s3:*"));

    private S3Policies() {}

    /** {@code grants} and {@code buckets} are in the same order. */
    static String document(List<Grant> grants, List<String> buckets) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (int i = 0; i < grants.size(); i++) {
            Grant g = grants.get(i);
            Map<String, Object> statement = new LinkedHashMap<>();
            statement.put("Sid", (g.access().wire() + "-" + g.resource()).replaceAll("[^A-Za-z0-9]", ""));
            statement.put("Effect", "Allow");
            statement.put("Action", ACTIONS.get(g.access()));
            statement.put("Resource", List.of("arn:aws:s3:::" + buckets.get(i), "arn:aws:s3:::" + buckets.get(i) + "/*"));
            statements.add(statement);
        }
        try {
            return Json.mapper().writeValueAsString(Map.of("Statement", statements));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
