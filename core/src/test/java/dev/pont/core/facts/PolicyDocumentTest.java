package dev.pont.core.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bucket and user policies read in neutral terms: what everyone is denied, what Allow statements grant. */
class PolicyDocumentTest {
    static final String HTTPS_ONLY = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*",
              "Action": "s3:*", "Resource": ["arn:aws:s3:::files", "arn:aws:s3:::files/*"],
              "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}""";

    @Test
    void aDenyOfInsecureTransportForEveryoneMakesTheStoreHttpsOnly() {
        assertThat(PolicyDocument.parse(HTTPS_ONLY).orElseThrow().deniesInsecureTransport()).isTrue();
    }

    @Test
    void aDenyLimitedToSomeActionsOrPrincipalsOrTheBucketAloneIsNotEnough() {
        String someActions = HTTPS_ONLY.replace("\"Action\": \"s3:*\"", "\"Action\": \"s3:PutObject\"");
        String somePrincipal = HTTPS_ONLY.replace("\"Principal\": \"*\"", "\"Principal\": {\"AWS\": \"arn:aws:iam::1:user/x\"}");
        String bucketOnly = HTTPS_ONLY.replace(", \"arn:aws:s3:::files/*\"", "");
        String allow = HTTPS_ONLY.replace("\"Effect\": \"Deny\"", "\"Effect\": \"Allow\"");
        for (String policy : List.of(someActions, somePrincipal, bucketOnly, allow)) {
            assertThat(PolicyDocument.parse(policy).orElseThrow().deniesInsecureTransport()).as(policy).isFalse();
        }
    }

    @Test
    void tlsVersionAndSourceIpConditionsAreRead() {
        Map<String, Object> policy = Map.of("Statement", List.of(
                Map.of("Effect", "Deny", "Principal", Map.of("AWS", "*"), "Action", "*", "Resource", "arn:aws:s3:::files/*",
                        "Condition", Map.of("NumericLessThan", Map.of("s3:TlsVersion", 1.2))),
                Map.of("Effect", "Deny", "Principal", "*", "Action", "s3:*", "Resource", "*",
                        "Condition", Map.of("NotIpAddress", Map.of("aws:sourceip", List.of("10.20.1.0/24", "192.0.2.0/24"))))));
        PolicyDocument doc = PolicyDocument.parse(policy).orElseThrow();
        assertThat(doc.tlsMinimum()).contains(1.2);
        assertThat(doc.allowedSourceCidrs()).containsExactly("10.20.1.0/24", "192.0.2.0/24");
        assertThat(doc.deniesInsecureTransport()).isFalse();
    }

    @Test
    void allowStatementsBecomeGrantsPerLevelAndTarget() {
        String policy = """
                {"Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket", "s3:PutObject"],
                  "Resource": ["arn:aws:s3:::datasets", "arn:aws:s3:::datasets/*"]},
                 {"Effect": "Allow", "Action": "api:ReadVolumes", "Resource": "*"},
                 {"Effect": "Deny", "Action": "s3:*", "Resource": "*"}]}""";
        assertThat(PolicyDocument.parse(policy).orElseThrow().grants(PolicyDocument::s3Bucket))
                .containsExactly("read:*", "read:datasets", "write:datasets");
    }

    @Test
    void actionsReachLevels() {
        assertThat(PolicyDocument.levels(List.of("s3:GetObject"))).containsExactly("read");
        assertThat(PolicyDocument.levels(List.of("s3:DeleteObject"))).containsExactly("write");
        assertThat(PolicyDocument.levels(List.of("s3:PutBucketPolicy"))).containsExactly("admin");
        assertThat(PolicyDocument.levels(List.of("s3:*"))).containsExactly("admin", "read", "write");
        assertThat(PolicyDocument.levels(List.of("api:CreateVolume", "api:ReadVolumes"))).containsExactly("read", "write");
    }

    @Test
    void somethingThatIsNotAPolicyIsEmpty() {
        assertThat(PolicyDocument.parse("not json")).isEmpty();
        assertThat(PolicyDocument.parse(null)).isEmpty();
        assertThat(PolicyDocument.parse("{}").orElseThrow().statements()).isEmpty();
    }

    @Test
    void allowRulesAreWrittenTheWayExpectationsReadThem() {
        assertThat(Rules.allowRule(true, "tcp", Rules.ports(5432, 5432), "10.20.2.0/23")).isEqualTo("inbound tcp 5432 from 10.20.2.0/23");
        assertThat(Rules.allowRule(false, "tcp", Rules.ports(443, null), "0.0.0.0/0")).isEqualTo("outbound tcp 443 to any");
        assertThat(Rules.allowRule(true, "udp", Rules.ports(1000, 2000), "10.0.0.0/8")).isEqualTo("inbound udp 1000-2000 from 10.0.0.0/8");
        assertThat(Rules.allowRule(false, "any", Rules.ports(null, null), null)).isEqualTo("outbound any * to any");
    }
}
