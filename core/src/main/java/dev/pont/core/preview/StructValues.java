package dev.pont.core.preview;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.pont.core.plan.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the protobuf values the SDK sends to the engine into plain JSON values for a Plan:
 * secrets become {@link Secrets#REDACTED} (their plaintext is dropped here, at the boundary),
 * resource references become their URN, unknowns are left out, integral numbers become longs.
 */
final class StructValues {
    static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    private static final String RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
    private static final String OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    private static final String ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
    private static final String ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";
    private static final Object ABSENT = new Object();

    private StructValues() {}

    static Map<String, Object> toMap(Struct struct) {
        Map<String, Object> out = new TreeMap<>();
        struct.getFieldsMap().forEach((k, v) -> {
            Object value = toValue(v);
            if (value != ABSENT) {
                out.put(k, value);
            }
        });
        return out;
    }

    private static Object toValue(Value v) {
        switch (v.getKindCase()) {
            case NULL_VALUE:
                return null;
            case BOOL_VALUE:
                return v.getBoolValue();
            case NUMBER_VALUE: {
                double d = v.getNumberValue();
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
            }
            case STRING_VALUE:
                return UNKNOWN.equals(v.getStringValue()) ? ABSENT : v.getStringValue();
            case LIST_VALUE: {
                List<Object> list = new ArrayList<>();
                for (Value item : v.getListValue().getValuesList()) {
                    Object value = toValue(item);
                    if (value != ABSENT) {
                        list.add(value);
                    }
                }
                return list;
            }
            case STRUCT_VALUE:
                return fromStruct(v.getStructValue());
            default:
                return ABSENT;
        }
    }

    private static Object fromStruct(Struct struct) {
        Value sig = struct.getFieldsMap().get(Secrets.SIG_KEY);
        if (sig == null) {
            return toMap(struct);
        }
        String kind = sig.getStringValue();
        if (Secrets.SECRET_SIG.equals(kind)) {
            return Secrets.REDACTED;
        }
        if (RESOURCE_SIG.equals(kind)) {
            Value urn = struct.getFieldsMap().get("urn");
            return urn == null ? ABSENT : urn.getStringValue();
        }
        if (OUTPUT_SIG.equals(kind)) {
            Value secret = struct.getFieldsMap().get("secret");
            if (secret != null && secret.getBoolValue()) {
                return Secrets.REDACTED;
            }
            Value value = struct.getFieldsMap().get("value");
            return value == null ? ABSENT : toValue(value);
        }
        if (ASSET_SIG.equals(kind) || ARCHIVE_SIG.equals(kind)) {
            return toMap(struct);
        }
        return toMap(struct);
    }
}
