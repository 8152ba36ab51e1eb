package dev.pont.core.audit;

import dev.pont.core.facts.Fact;
import dev.pont.core.facts.Facts;
import dev.pont.core.facts.KeyCustody;
import dev.pont.core.facts.Property;
import dev.pont.core.facts.Regions;
import dev.pont.core.importer.PlanImporter;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Unknowns;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.Labels;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.ResourceKind;
import dev.pont.core.spec.SecretSpec;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.Spec;
import dev.pont.core.spec.SpecException;
import dev.pont.core.spec.SubnetSpec;
import dev.pont.core.spec.VirtualMachineSpec;
import dev.pont.core.spec.VolumeClass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * From an estate's facts to neutral specs. Cloud resources playing the same neutral role and linked by
 * a dependency or a parent (a blob container and its storage account, a key and its vault) form one
 * neutral resource, anchored on the one that depends on no other; its facts combined
 * ({@link Facts#combine}) become the spec. References (a store's customer key, a VM's subnet, an
 * identity's grants) are read from the dependencies and the cloud ids the estate holds. What the facts
 * do not say gets the secure default and is listed as assumed.
 */
final class Inference {
    static final String PULUMI_STACK = "pulumi:pulumi:Stack";
    private static final Set<ResourceKind> GRANTABLE = EnumSet.of(ResourceKind.OBJECT_STORE, ResourceKind.DATABASE,
            ResourceKind.KEY_VAULT, ResourceKind.SECRET, ResourceKind.KUBERNETES_CLUSTER, ResourceKind.BLOCK_VOLUME,
            ResourceKind.AUDIT_LOG);
    /** The order neutral resources are declared in: every kind after the kinds it may refer to. */
    static final List<ResourceKind> ORDER = List.of(ResourceKind.NETWORK, ResourceKind.FIREWALL, ResourceKind.KEY_VAULT,
            ResourceKind.SECRET, ResourceKind.OBJECT_STORE, ResourceKind.BLOCK_VOLUME, ResourceKind.DATABASE,
            ResourceKind.VIRTUAL_MACHINE, ResourceKind.KUBERNETES_CLUSTER, ResourceKind.SERVICE_IDENTITY, ResourceKind.AUDIT_LOG);

    /** The inventory, the inferred resources in declaration order, and the stack-wide placement. */
    record Result(List<InventoryItem> inventory, List<Inferred> resources, Placement placement, List<String> placementAssumed) {
    }

    private final Plan estate;
    private final Map<String, PlannedResource> index;
    private final Map<String, Fact> facts;
    private final Map<String, Integer> position = new HashMap<>();
    private final int[] parent;
    private final List<PlannedResource> cloud;
    /** Resources that depend on each URN (reverse dependencies), for private endpoints and role assignments. */
    private final Map<String, List<String>> dependents = new HashMap<>();
    /** URN → inferred resource name, once grouped. */
    private final Map<String, String> owner = new HashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    /** Subnet ids (lower case) → reference, and key member URNs → reference. */
    private final Map<String, Refs.SubnetRef> subnetIds = new HashMap<>();
    /**
     * Subnets by the tail of their Azure id ({@code virtualnetworks/<vnet>/subnets/<subnet>}, lower case): what a
     * reference names when the estate gives its subnets no ids (an ARM template).
     */
    private final Map<String, Refs.SubnetRef> subnetTails = new HashMap<>();
    private static final java.util.regex.Pattern SUBNET_TAIL = java.util.regex.Pattern.compile("virtualnetworks/[^/]+/subnets/[^/]+$");
    /** Subnets declared as resources of their own, by URN: what a dependency names when the id is an expression. */
    private final Map<String, Refs.SubnetRef> subnetUrns = new HashMap<>();
    private final Map<String, Refs.KeyRef> keyUrns = new HashMap<>();
    private final Map<String, Map<String, String>> keyNames = new HashMap<>();

    /** One neutral resource being inferred: its kind, members (anchor first) and combined facts. */
    private static final class Group {
        final ResourceKind kind;
        final List<PlannedResource> members = new ArrayList<>();
        String name;
        Map<String, Object> facts;

        Group(ResourceKind kind) {
            this.kind = kind;
        }

        PlannedResource anchor() {
            return members.get(0);
        }
    }

    private Inference(Plan estate, Facts facts) {
        this.estate = estate;
        this.index = estate.index();
        this.facts = facts.byUrn();
        this.cloud = estate.cloudResources();
        for (int i = 0; i < cloud.size(); i++) {
            position.put(cloud.get(i).urn(), i);
        }
        this.parent = new int[cloud.size()];
        for (PlannedResource r : estate.resources()) {
            for (String d : r.dependencies()) {
                dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(r.urn());
            }
        }
    }

    static Result infer(Plan estate, Facts facts) {
        return new Inference(estate, facts).run();
    }

    private Result run() {
        group();
        List<Group> ordered = new ArrayList<>();
        for (ResourceKind kind : ORDER) {
            groups.values().stream().filter(g -> g.kind == kind).forEach(ordered::add);
        }
        Set<String> used = new TreeSet<>();
        for (Group g : ordered) {
            g.name = uniqueName(g.anchor().name(), used);
            g.members.forEach(m -> owner.put(m.urn(), g.name));
        }
        indexSubnetsAndKeys(ordered);
        List<Inferred> inferred = new ArrayList<>();
        Map<String, Inferred> byName = new HashMap<>();
        for (Group g : ordered) {
            Inferred i = spec(g, byName);
            inferred.add(i);
            byName.put(i.name(), i);
        }
        List<String> placementAssumed = new ArrayList<>();
        Placement placement = placement(ordered, placementAssumed);
        return new Result(inventory(), inferred, placement, placementAssumed);
    }

    // ---------------------------------------------------------------- grouping

    private Optional<ResourceKind> neutralKind(String urn) {
        Fact f = facts.get(urn);
        if (f == null || !f.mapped()) {
            return Optional.empty();
        }
        for (ResourceKind k : ResourceKind.values()) {
            if (k.role().equals(f.role())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void group() {
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < cloud.size(); i++) {
            PlannedResource r = cloud.get(i);
            Optional<ResourceKind> kind = neutralKind(r.urn());
            if (kind.isEmpty()) {
                continue;
            }
            for (String d : links(r)) {
                Integer j = position.get(d);
                if (j != null && neutralKind(d).equals(kind)) {
                    int a = find(i);
                    int b = find(j);
                    if (a != b) {
                        parent[Math.max(a, b)] = Math.min(a, b);
                    }
                }
            }
        }
        Map<Integer, Group> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < cloud.size(); i++) {
            int index = i;
            neutralKind(cloud.get(i).urn()).ifPresent(kind -> byRoot.computeIfAbsent(find(index), k -> new Group(kind))
                    .members.add(cloud.get(index)));
        }
        for (Group g : byRoot.values()) {
            Set<String> urns = new java.util.HashSet<>();
            g.members.forEach(m -> urns.add(m.urn()));
            // The anchor depends on no other member (a storage account, not its containers); ties keep estate order.
            PlannedResource anchor = g.members.stream().filter(m -> links(m).stream().noneMatch(urns::contains)).findFirst()
                    .orElse(g.members.get(0));
            g.members.remove(anchor);
            g.members.add(0, anchor);
            g.facts = Facts.combine(g.members.stream().map(m -> facts.get(m.urn())).toList());
            groups.put(anchor.urn(), g);
        }
    }

    /** A resource's dependencies and its parent. */
    private static List<String> links(PlannedResource r) {
        if (r.parent() == null) {
            return r.dependencies();
        }
        List<String> all = new ArrayList<>(r.dependencies());
        all.add(r.parent());
        return all;
    }

    /** A Pont resource name from a cloud name: lower case, letters, digits and dashes, at most 40 characters, unique. */
    static String uniqueName(String raw, Set<String> used) {
        String base = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-+", "-").replaceAll("^-|-$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "r-" + base;
        }
        if (base.length() > 36) {
            base = base.substring(0, 36).replaceAll("-$", "");
        }
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    // ---------------------------------------------------------------- references

    private void indexSubnetsAndKeys(List<Group> ordered) {
        for (Group g : ordered) {
            if (g.kind == ResourceKind.NETWORK) {
                Object vnetName = g.anchor().inputs().get("virtualNetworkName");
                String vnet = (vnetName instanceof String v && !Unknowns.isUnknown(v) ? v : g.anchor().name()).toLowerCase(Locale.ROOT);
                for (Map.Entry<String, String> s : subnetsOf(g).entrySet()) {
                    String id = s.getValue();
                    if (id != null) {
                        subnetIds.put(id.toLowerCase(Locale.ROOT), Refs.subnet(g.name, s.getKey()));
                    } else {
                        subnetTails.putIfAbsent("virtualnetworks/" + vnet + "/subnets/" + s.getKey().toLowerCase(Locale.ROOT),
                                Refs.subnet(g.name, s.getKey()));
                    }
                }
            } else if (g.kind == ResourceKind.KEY_VAULT) {
                Set<String> used = new TreeSet<>();
                Map<String, String> names = new LinkedHashMap<>();
                for (PlannedResource m : g.members.subList(1, g.members.size())) {
                    String key = uniqueName(lastSegment(m.id(), m.name()), used);
                    names.put(m.urn(), key);
                    keyUrns.put(m.urn(), Refs.key(g.name, key));
                }
                keyNames.put(g.name, names);
            }
        }
    }

    /** Subnet name → cloud id (null when the estate states none), from subnet members and inline subnet lists. */
    private Map<String, String> subnetsOf(Group g) {
        Map<String, String> out = new TreeMap<>();
        PlannedResource anchor = g.anchor();
        for (Map<String, Object> inline : subnetMaps(anchor.inputs())) {
            String name = sanitise(String.valueOf(inline.get("name")));
            out.put(name, anchor.id() == null ? null : anchor.id() + "/subnets/" + inline.get("name"));
        }
        for (PlannedResource m : g.members.subList(1, g.members.size())) {
            out.put(sanitise(lastSegment(m.id(), m.name())), m.id());
            subnetUrns.put(m.urn(), Refs.subnet(g.name, sanitise(lastSegment(m.id(), m.name()))));
        }
        return out;
    }

    /** Maps in the inputs that describe a subnet inline: a {@code name} and an {@code addressPrefix(es)}. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> subnetMaps(Object value) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (value instanceof Map<?, ?> m) {
            if (m.get("name") instanceof String && (m.containsKey("addressPrefix") || m.containsKey("addressPrefixes"))) {
                out.add((Map<String, Object>) m);
            } else {
                m.values().forEach(v -> out.addAll(subnetMaps(v)));
            }
        } else if (value instanceof List<?> l) {
            l.forEach(v -> out.addAll(subnetMaps(v)));
        }
        return out;
    }

    /** Every string in a resource's inputs, at any depth. */
    private static void strings(Object value, Collection<String> out) {
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> strings(v, out));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> strings(v, out));
        }
    }

    /** The resources around a neutral resource: its members, what they depend on and what depends on them (not other neutral resources). */
    private List<PlannedResource> around(Group g) {
        Set<String> seen = new LinkedHashSet<>();
        for (PlannedResource m : g.members) {
            seen.add(m.urn());
        }
        List<String> frontier = new ArrayList<>(seen);
        for (int hop = 0; hop < 2; hop++) {
            List<String> next = new ArrayList<>();
            for (String urn : frontier) {
                PlannedResource r = index.get(urn);
                List<String> near = new ArrayList<>(r == null ? List.of() : r.dependencies());
                near.addAll(dependents.getOrDefault(urn, List.of()));
                for (String n : near) {
                    PlannedResource other = index.get(n);
                    if (other != null && other.custom() && !other.providerInstance() && neutralKind(n).isEmpty() && seen.add(n)) {
                        next.add(n);
                    }
                }
            }
            frontier = next;
        }
        return seen.stream().map(index::get).toList();
    }

    /** The subnet a resource is in: named in its own inputs, else in those of the resources around it (a NIC, a private endpoint). */
    private Optional<Refs.SubnetRef> subnetOf(Group g) {
        Optional<Refs.SubnetRef> own = subnetIn(g.members);
        return own.isPresent() ? own : subnetIn(around(g));
    }

    private Optional<Refs.SubnetRef> subnetIn(List<PlannedResource> resources) {
        TreeSet<String> found = new TreeSet<>();
        for (PlannedResource r : resources) {
            List<String> values = new ArrayList<>();
            strings(r.inputs(), values);
            for (String v : values) {
                String lower = v.toLowerCase(Locale.ROOT);
                Refs.SubnetRef ref = subnetIds.get(lower);
                if (ref == null && !subnetTails.isEmpty()) {
                    java.util.regex.Matcher tail = SUBNET_TAIL.matcher(lower);
                    ref = tail.find() ? subnetTails.get(tail.group()) : null;
                }
                if (ref != null) {
                    found.add(ref.toString());
                }
            }
        }
        if (found.isEmpty()) {
            // An ARM template names the subnet by an expression (unknown here); its dependsOn still names the subnet.
            for (PlannedResource r : resources) {
                for (String dependency : r.dependencies()) {
                    Refs.SubnetRef ref = subnetUrns.get(dependency);
                    if (ref != null) {
                        found.add(ref.toString());
                    }
                }
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(parseSubnet(found.first()));
    }

    /** Why no subnet was found: not in the estate, or named only by expressions the import could not resolve. */
    private String subnetMissing(Group g) {
        boolean unknown = g.members.stream().anyMatch(m -> dev.pont.core.plan.Unknowns.contains(m.inputs()))
                || around(g).stream().anyMatch(m -> dev.pont.core.plan.Unknowns.contains(m.inputs()));
        return unknown ? "its subnet is named by an expression the import left unknown (e.g. an ARM resourceId(...)), "
                + "and no dependency names a subnet of the estate" : "its subnet is not in the estate";
    }

    private static Refs.SubnetRef parseSubnet(String text) {
        String[] parts = text.split("/", 2);
        return Refs.subnet(parts[0], parts[1]);
    }

    /** The customer key a resource uses, when a key of the estate sits on its dependency path. */
    private Optional<Refs.KeyRef> keyOf(Group g) {
        for (PlannedResource r : around(g)) {
            for (String d : r.dependencies()) {
                Refs.KeyRef key = keyUrns.get(d);
                if (key != null) {
                    return Optional.of(key);
                }
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- specs

    private Inferred spec(Group g, Map<String, Inferred> earlier) {
        List<String> assumed = new ArrayList<>();
        List<String> members = g.members.stream().map(PlannedResource::urn).toList();
        try {
            Spec spec = switch (g.kind) {
                case OBJECT_STORE -> objectStore(g, assumed);
                case DATABASE -> database(g, assumed);
                case KEY_VAULT -> keyVault(g, assumed);
                case SECRET -> secret(g, assumed, earlier);
                case NETWORK -> network(g, assumed);
                case FIREWALL -> firewall(g, assumed, earlier);
                case BLOCK_VOLUME -> blockVolume(g, assumed);
                case VIRTUAL_MACHINE -> virtualMachine(g, assumed, earlier);
                case KUBERNETES_CLUSTER -> kubernetes(g, assumed);
                case SERVICE_IDENTITY -> identity(g, assumed, earlier);
                case AUDIT_LOG -> auditLog(g, assumed);
            };
            for (Refs.Ref ref : spec.references()) {
                Inferred target = earlier.get(ref.resource());
                if (target == null || target.spec() == null) {
                    throw new Unexpressible("it refers to " + ref.resource() + ", which could not be inferred");
                }
            }
            return new Inferred(g.name, g.kind, spec, members, assumed, null);
        } catch (SpecException | Unexpressible e) {
            return new Inferred(g.name, g.kind, null, members, assumed, PlanImporter.shorten(e.getMessage()));
        }
    }

    /** The estate holds something the neutral spec cannot say (a MySQL server as the PostgreSQL database). */
    static final class Unexpressible extends RuntimeException {
        Unexpressible(String message) {
            super(message);
        }
    }

    private Object fact(Group g, Property p) {
        return g.facts.get(p.key());
    }

    private boolean flag(Group g, Property p, boolean secureDefault, List<String> assumed) {
        Object v = fact(g, p);
        if (v instanceof Boolean b) {
            return b;
        }
        assumed.add(p.key() + " = " + secureDefault + " (secure default: the estate does not state it)");
        return secureDefault;
    }

    private int number(Group g, Property p, int fallback, int min, int max, List<String> assumed) {
        Object v = fact(g, p);
        if (v instanceof Number n) {
            int value = (int) Math.ceil(n.doubleValue());
            if (value < min || value > max) {
                int clamped = Math.max(min, Math.min(max, value));
                assumed.add(p.key() + " = " + clamped + " (the estate says " + value + ", outside the neutral range " + min + "-" + max + ")");
                return clamped;
            }
            return value;
        }
        assumed.add(p.key() + " = " + fallback + " (default: the estate does not state it)");
        return fallback;
    }

    private Exposure exposure(Group g, List<String> assumed) {
        boolean open = flag(g, Property.PUBLIC_ENDPOINT, false, assumed);
        if (open) {
            List<Cidr> allowed = new ArrayList<>();
            for (String c : list(fact(g, Property.ALLOWED_CIDRS))) {
                try {
                    allowed.add(Cidr.parse(c));
                } catch (SpecException e) {
                    assumed.add("allowed source " + PlanImporter.shorten(c) + " dropped (not a CIDR)");
                }
            }
            return Exposure.publicFrom(allowed);
        }
        return subnetOf(g).map(Exposure::privateIn).orElse(Exposure.isolated());
    }

    private Refs.KeyRef customerKey(Group g, List<String> assumed) {
        Object custody = fact(g, Property.KEY_CUSTODY);
        if (custody == null || KeyCustody.PROVIDER.wire().equals(custody)) {
            return null;
        }
        Optional<Refs.KeyRef> key = keyOf(g);
        if (key.isEmpty()) {
            assumed.add("encryption key = provider-managed (a customer key is used but it is not in the estate)");
        }
        return key.orElse(null);
    }

    private ObjectStoreSpec objectStore(Group g, List<String> assumed) {
        boolean versioned = flag(g, Property.VERSIONED, true, assumed);
        // No retention stated means none: nothing to assume.
        int retention = fact(g, Property.RETENTION_DAYS) == null ? 0 : number(g, Property.RETENTION_DAYS, 0, 0, 36500, assumed);
        boolean locked = retention > 0 && Boolean.TRUE.equals(fact(g, Property.RETENTION_LOCKED));
        if (retention > 0 && !versioned) {
            assumed.add("versioned = true (retention needs versioning in the neutral model)");
            versioned = true;
        }
        return new ObjectStoreSpec(versioned, retention, locked, customerKey(g, assumed), exposure(g, assumed), labels(g));
    }

    private DatabaseSpec database(Group g, List<String> assumed) {
        Object version = fact(g, Property.VERSION);
        String v = version == null ? null : String.valueOf(list(version).get(0));
        if (v == null) {
            v = "16";
            assumed.add("version = 16 (the estate does not state it)");
        } else if (!v.matches("[0-9]+(\\.[0-9]+)?")) {
            throw new Unexpressible("the neutral database is PostgreSQL; this one is " + v);
        } else {
            v = v.contains(".") ? v.substring(0, v.indexOf('.')) : v;
        }
        if (!DatabaseSpec.VERSIONS.contains(v)) {
            throw new Unexpressible("PostgreSQL " + v + " is not a version the targets offer (" + new TreeSet<>(DatabaseSpec.VERSIONS)
                    + "): upgrade it before migrating");
        }
        Size size = size(g, new Size(2, 8), assumed);
        return new DatabaseSpec(v, size, number(g, Property.SIZE_GIB, 32, 20, 16384, assumed),
                flag(g, Property.HIGH_AVAILABILITY, false, assumed), number(g, Property.BACKUP_RETENTION_DAYS, 7, 1, 35, assumed),
                customerKey(g, assumed), exposure(g, assumed), labels(g));
    }

    private Size size(Group g, Size fallback, List<String> assumed) {
        if (fact(g, Property.VCPU) instanceof Number c && fact(g, Property.MEMORY_GIB) instanceof Number m) {
            return new Size(Math.max(1, (int) Math.ceil(c.doubleValue())), Math.max(1, (int) Math.ceil(m.doubleValue())));
        }
        assumed.add("size = " + fallback + " (the estate's machine size is not in the catalog)");
        return fallback;
    }

    private KeyVaultSpec keyVault(Group g, List<String> assumed) {
        List<KeySpec> keys = new ArrayList<>();
        Map<String, String> names = keyNames.getOrDefault(g.name, Map.of());
        for (PlannedResource m : g.members.subList(1, g.members.size())) {
            Fact f = facts.get(m.urn());
            Object rotation = f.get(Property.ROTATION_DAYS);
            int days = rotation instanceof Number n ? Math.max(0, Math.min(3650, n.intValue())) : 0;
            keys.add(new KeySpec(names.get(m.urn()), KeySpec.Algorithm.RSA, 3072, days, Boolean.TRUE.equals(f.get(Property.HSM_BACKED))));
        }
        if (!keys.isEmpty()) {
            assumed.add("keys are RSA 3072 (facts do not state algorithm and size)");
        }
        if (!Boolean.TRUE.equals(fact(g, Property.PURGE_PROTECTION))) {
            assumed.add("purge protection on (always on in the neutral model; the estate has it off)");
        }
        return new KeyVaultSpec(keys, number(g, Property.SOFT_DELETE_DAYS, 90, 7, 90, assumed), exposure(g, assumed), labels(g));
    }

    private SecretSpec secret(Group g, List<String> assumed, Map<String, Inferred> earlier) {
        String vault = null;
        for (PlannedResource r : around(g)) {
            for (String d : links(r)) {
                String o = owner.get(d);
                if (o != null && earlier.containsKey(o) && earlier.get(o).kind() == ResourceKind.KEY_VAULT) {
                    vault = o;
                    break;
                }
            }
            if (vault != null) {
                break;
            }
        }
        if (vault == null) {
            throw new Unexpressible("its key vault is not in the estate");
        }
        boolean expires = Boolean.TRUE.equals(fact(g, Property.SECRET_EXPIRY));
        if (expires) {
            assumed.add("expiryDays = 365 (the estate sets an expiry date, not a period)");
        }
        assumed.add("value read from stack config key audit:" + g.name + " (values are never read from the estate)");
        return new SecretSpec(vault, "audit:" + g.name, expires ? 365 : 0, labels(g));
    }

    private NetworkSpec network(Group g, List<String> assumed) {
        Map<String, String> named = subnetsOf(g);
        List<String> cidrs = list(fact(g, Property.SUBNETS));
        List<SubnetSpec> subnets = new ArrayList<>();
        List<String> names = new ArrayList<>(named.keySet());
        // Inline subnets and subnet members name the prefixes in the same order as the facts list them sorted:
        // pair each name with its own prefix from the inputs when possible.
        Map<String, String> prefixByName = prefixes(g);
        Set<String> placed = new TreeSet<>();
        for (String name : names) {
            String cidr = prefixByName.get(name);
            if (cidr != null && placed.add(cidr)) {
                subnets.add(new SubnetSpec(name, Cidr.parse(cidr)));
            }
        }
        int n = 1;
        for (String cidr : cidrs) {
            if (placed.add(cidr)) {
                subnets.add(new SubnetSpec("subnet-" + n++, Cidr.parse(cidr)));
                assumed.add("subnet " + cidr + " named subnet-" + (n - 1) + " (the estate does not name it)");
            }
        }
        if (subnets.isEmpty()) {
            throw new Unexpressible("the network states no subnet");
        }
        subnets.sort(java.util.Comparator.comparing(SubnetSpec::cidr));
        Cidr space = cover(subnets.stream().map(SubnetSpec::cidr).toList());
        assumed.add("address space = " + space + " (the smallest range covering the subnets)");
        return new NetworkSpec(space, subnets, labels(g));
    }

    /** Each subnet's own prefix as its inputs state it ({@code addressPrefix}, first of {@code addressPrefixes}). */
    private Map<String, String> prefixes(Group g) {
        Map<String, String> out = new TreeMap<>();
        for (Map<String, Object> inline : subnetMaps(g.anchor().inputs())) {
            prefix(inline).ifPresent(p -> out.put(sanitise(String.valueOf(inline.get("name"))), p));
        }
        for (PlannedResource m : g.members.subList(1, g.members.size())) {
            prefix(m.inputs()).ifPresent(p -> out.put(sanitise(lastSegment(m.id(), m.name())), p));
        }
        return out;
    }

    private static Optional<String> prefix(Map<?, ?> inputs) {
        Object one = inputs.get("addressPrefix");
        if (one instanceof String s) {
            return normalCidr(s);
        }
        if (inputs.get("addressPrefixes") instanceof List<?> l && !l.isEmpty()) {
            return normalCidr(String.valueOf(l.get(0)));
        }
        if (inputs.get("ipCidrRange") instanceof String s) {
            return normalCidr(s);
        }
        return Optional.empty();
    }

    private static Optional<String> normalCidr(String s) {
        try {
            return Optional.of(Cidr.parse(s.trim()).toString());
        } catch (SpecException e) {
            return Optional.empty();
        }
    }

    static Cidr cover(List<Cidr> cidrs) {
        long first = cidrs.stream().mapToLong(Cidr::first).min().orElseThrow();
        long last = cidrs.stream().mapToLong(Cidr::last).max().orElseThrow();
        int prefix = 28;
        for (; prefix > 8; prefix--) {
            long mask = (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
            if ((first & mask) == (last & mask)) {
                break;
            }
        }
        long mask = (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        long base = first & mask;
        return Cidr.parse(((base >> 24) & 255) + "." + ((base >> 16) & 255) + "." + ((base >> 8) & 255) + "." + (base & 255) + "/" + prefix);
    }

    private FirewallSpec firewall(Group g, List<String> assumed, Map<String, Inferred> earlier) {
        String network = attachedTo(earlier).get(g.name);
        if (network == null) {
            throw new Unexpressible(estate.resources().stream().anyMatch(r -> dev.pont.core.plan.Unknowns.contains(r.inputs()))
                    ? "the security group is attached to no network the audit can read: the estate names attachments by expressions "
                    + "the import left unknown (e.g. an ARM resourceId(...))" : "the security group is attached to no network of the estate");
        }
        if (!Boolean.TRUE.equals(fact(g, Property.DENY_BY_DEFAULT))) {
            assumed.add("deny by default (always in the neutral model; the estate's group does not deny the rest)");
        }
        List<FirewallRule> rules = new ArrayList<>();
        int n = 1;
        for (String signature : list(fact(g, Property.ALLOW_RULES))) {
            Optional<FirewallRule> rule = rule("allow-" + n, signature);
            if (rule.isPresent()) {
                rules.add(rule.get());
                n++;
            } else {
                assumed.add("rule '" + PlanImporter.shorten(signature) + "' not carried (its peer is a cloud-specific tag or group)");
            }
        }
        return new FirewallSpec(network, rules, labels(g));
    }

    /** Firewall name → the first network (by name) that depends on it or names one of its ids; built once. */
    private Map<String, String> attachments;

    private Map<String, String> attachedTo(Map<String, Inferred> earlier) {
        if (attachments != null) {
            return attachments;
        }
        Map<String, String> firewallById = new HashMap<>();
        for (Group f : groups.values()) {
            if (f.kind == ResourceKind.FIREWALL) {
                f.members.forEach(m -> {
                    if (m.id() != null) {
                        firewallById.put(m.id().toLowerCase(Locale.ROOT), f.name);
                    }
                });
            }
        }
        attachments = new HashMap<>();
        for (Inferred n : earlier.values().stream().filter(i -> i.kind() == ResourceKind.NETWORK && i.spec() != null)
                .sorted(java.util.Comparator.comparing(Inferred::name)).toList()) {
            for (String urn : n.members()) {
                PlannedResource r = index.get(urn);
                for (String d : r.dependencies()) {
                    String o = owner.get(d);
                    if (o != null && groups.get(index.get(d) == null ? "" : anchorOf(o)) != null) {
                        attachments.putIfAbsent(o, n.name());
                    }
                }
                List<String> values = new ArrayList<>();
                strings(r.inputs(), values);
                for (String v : values) {
                    String f = firewallById.get(v.toLowerCase(Locale.ROOT));
                    if (f != null) {
                        attachments.putIfAbsent(f, n.name());
                    }
                }
            }
        }
        return attachments;
    }

    private final Map<String, String> anchorByName = new HashMap<>();

    /** The anchor URN of a firewall group by its name, or "" when the name is not a firewall. */
    private String anchorOf(String name) {
        if (anchorByName.isEmpty()) {
            groups.forEach((urn, g) -> {
                if (g.kind == ResourceKind.FIREWALL) {
                    anchorByName.put(g.name, urn);
                }
            });
        }
        return anchorByName.getOrDefault(name, "");
    }

    /** A fact's allow rule ({@code inbound tcp 443 from 10.0.0.0/8}) as a neutral rule, if its peer is a CIDR or any. */
    static Optional<FirewallRule> rule(String name, String signature) {
        String[] p = signature.split(" ");
        if (p.length != 5) {
            return Optional.empty();
        }
        try {
            FirewallRule.Direction direction = FirewallRule.Direction.of(p[0]);
            FirewallRule.Protocol protocol = FirewallRule.Protocol.of(p[1]);
            FirewallRule.PortRange ports;
            if (p[2].equals("*")) {
                ports = protocol == FirewallRule.Protocol.TCP || protocol == FirewallRule.Protocol.UDP
                        ? FirewallRule.PortRange.of(1, 65535) : FirewallRule.PortRange.NONE;
            } else if (p[2].contains("-")) {
                String[] r = p[2].split("-");
                ports = FirewallRule.PortRange.of(Integer.parseInt(r[0]), Integer.parseInt(r[1]));
            } else {
                ports = FirewallRule.PortRange.of(Integer.parseInt(p[2]));
            }
            if (protocol == FirewallRule.Protocol.ICMP || protocol == FirewallRule.Protocol.ANY) {
                ports = FirewallRule.PortRange.NONE;
            }
            FirewallRule.Endpoint peer = p[4].equals("any") ? FirewallRule.Endpoint.any() : FirewallRule.Endpoint.cidr(p[4]);
            boolean inbound = direction == FirewallRule.Direction.INBOUND;
            return Optional.of(new FirewallRule(name, direction, protocol, ports, inbound ? peer : FirewallRule.Endpoint.any(),
                    inbound ? FirewallRule.Endpoint.any() : peer));
        } catch (IllegalArgumentException | SpecException e) {
            return Optional.empty();
        }
    }

    private BlockVolumeSpec blockVolume(Group g, List<String> assumed) {
        assumed.add("volume class = balanced-ssd (the neutral default)");
        return new BlockVolumeSpec(number(g, Property.SIZE_GIB, 32, 1, 65536, assumed), VolumeClass.BALANCED_SSD,
                customerKey(g, assumed), labels(g));
    }

    private VirtualMachineSpec virtualMachine(Group g, List<String> assumed, Map<String, Inferred> earlier) {
        Refs.SubnetRef subnet = subnetOf(g).orElseThrow(() -> new Unexpressible(subnetMissing(g)));
        List<String> volumes = new ArrayList<>();
        for (PlannedResource r : around(g)) {
            for (String d : r.dependencies()) {
                String o = owner.get(d);
                Inferred v = o == null ? null : earlier.get(o);
                if (v != null && v.kind() == ResourceKind.BLOCK_VOLUME && v.spec() != null && !volumes.contains(o)) {
                    volumes.add(o);
                }
            }
        }
        volumes.sort(null);
        assumed.add("image = ubuntu-24.04, admin user ops, SSH key from pont:adminSshPublicKey, OS disk 30 GiB (not read from the estate)");
        return new VirtualMachineSpec(size(g, new Size(2, 8), assumed), OsImage.ubuntu("24.04"), subnet, 30, volumes,
                flag(g, Property.PUBLIC_IP, false, assumed), "ops", "pont:adminSshPublicKey", customerKey(g, assumed), labels(g));
    }

    private KubernetesClusterSpec kubernetes(Group g, List<String> assumed) {
        Refs.SubnetRef subnet = subnetOf(g).orElseThrow(() -> new Unexpressible(subnetMissing(g)));
        Object v = fact(g, Property.VERSION);
        String version = v == null ? null : String.valueOf(list(v).get(0));
        java.util.regex.Matcher m = version == null ? null : java.util.regex.Pattern.compile("^(1\\.[0-9]{2})").matcher(version);
        if (m == null || !m.find()) {
            assumed.add("version = 1.30 (the estate does not state a 1.xx version)");
            version = "1.30";
        } else {
            version = m.group(1);
        }
        boolean privateApi = flag(g, Property.PRIVATE_API, true, assumed);
        List<Cidr> admins = new ArrayList<>();
        for (String c : list(fact(g, Property.ADMIN_CIDRS))) {
            try {
                Cidr cidr = Cidr.parse(c);
                if (!cidr.isAny()) {
                    admins.add(cidr);
                }
            } catch (SpecException e) {
                assumed.add("admin range " + PlanImporter.shorten(c) + " dropped (not a CIDR)");
            }
        }
        if (!privateApi && admins.isEmpty()) {
            assumed.add("private API (the estate's API is open to any address, which the neutral model refuses)");
            privateApi = true;
        }
        Size size = size(g, new Size(4, 16), assumed);
        List<NodePoolSpec> pools = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (String pool : list(fact(g, Property.NODE_POOLS))) {
            String[] parts = pool.split(":", 2);
            String[] range = parts.length == 2 ? parts[1].split("-") : new String[] {"1", "1"};
            String name = parts[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            name = name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "pool" + name : name;
            name = name.length() > 12 ? name.substring(0, 12) : name;
            if (!used.add(name)) {
                continue;
            }
            try {
                int min = Integer.parseInt(range[0]);
                int max = Integer.parseInt(range[range.length - 1]);
                pools.add(new NodePoolSpec(name, size, Math.min(min, max), Math.max(1, Math.max(min, max))));
            } catch (NumberFormatException e) {
                pools.add(new NodePoolSpec(name, size, 1, 1));
            }
        }
        if (pools.isEmpty()) {
            pools.add(new NodePoolSpec("system", size, 1, 3));
            assumed.add("one system pool of 1-3 nodes (the estate states no pool)");
        }
        pools.sort(java.util.Comparator.comparing((NodePoolSpec p) -> p.minNodes() < 1).thenComparing(NodePoolSpec::name));
        if (pools.get(0).minNodes() < 1) {
            NodePoolSpec first = pools.get(0);
            pools.set(0, new NodePoolSpec(first.name(), first.size(), 1, first.maxNodes()));
            assumed.add("pool " + first.name() + " keeps at least 1 node (the system pool needs one)");
        }
        return new KubernetesClusterSpec(version, subnet, privateApi, admins, pools, labels(g));
    }

    /** Grantable resources by lower-case cloud id, built once from the resources inferred before the identities. */
    private TreeMap<String, String> grantable;

    private ServiceIdentitySpec identity(Group g, List<String> assumed, Map<String, Inferred> earlier) {
        Map<String, Grant.Access> grants = new TreeMap<>();
        if (grantable == null) {
            grantable = new TreeMap<>();
            earlier.values().forEach(i -> i.members().forEach(urn -> {
                PlannedResource r = index.get(urn);
                if (r.id() != null && i.spec() != null && GRANTABLE.contains(i.kind())) {
                    grantable.put(r.id().toLowerCase(Locale.ROOT), i.name());
                }
            }));
        }
        TreeMap<String, String> byId = grantable;
        for (PlannedResource m : g.members) {
            for (String binding : dependents.getOrDefault(m.urn(), List.of())) {
                Fact f = facts.get(binding);
                if (f == null || f.get(Property.GRANTS) == null) {
                    continue;
                }
                for (String grant : list(f.get(Property.GRANTS))) {
                    int colon = grant.indexOf(':');
                    String scope = grant.substring(colon + 1).toLowerCase(Locale.ROOT);
                    String target = byId.get(scope);
                    // The longest id the scope lies under (a key's scope under its vault): walk up the path.
                    for (String prefix = scope; target == null && prefix.lastIndexOf('/') > 0; ) {
                        prefix = prefix.substring(0, prefix.lastIndexOf('/'));
                        target = byId.get(prefix);
                    }
                    if (target == null) {
                        assumed.add("grant " + PlanImporter.shorten(grant.substring(0, colon) + " on " + lastSegment(scope, scope))
                                + " not carried (its scope is not one neutral resource of the estate)");
                        continue;
                    }
                    Grant.Access access = Grant.Access.of(grant.substring(0, colon));
                    grants.merge(target, access, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
            }
        }
        List<Grant> list = new ArrayList<>();
        grants.forEach((resource, access) -> list.add(new Grant(resource, access)));
        return new ServiceIdentitySpec(list, labels(g));
    }

    private AuditLogSpec auditLog(Group g, List<String> assumed) {
        assumed.add("categories = administrative, data-access, security (facts do not state them)");
        return new AuditLogSpec(number(g, Property.LOG_RETENTION_DAYS, 365, 1, 3650, assumed),
                EnumSet.allOf(AuditLogSpec.Category.class), labels(g));
    }

    /** The estate's {@code data-class} tag or label, the one label the neutral model gives a meaning. */
    private Labels labels(Group g) {
        for (String key : List.of("tags", "labels")) {
            if (g.anchor().inputs().get(key) instanceof Map<?, ?> m && m.get(Labels.DATA_CLASS) instanceof String s) {
                try {
                    return Labels.dataClass(s);
                } catch (SpecException e) {
                    return Labels.NONE;
                }
            }
        }
        return Labels.NONE;
    }

    private Placement placement(List<Group> ordered, List<String> assumed) {
        TreeSet<String> regions = new TreeSet<>();
        boolean zoneRedundant = false;
        for (Group g : ordered) {
            regions.addAll(list(g.facts.get(Property.LOCATION.key())));
            zoneRedundant |= g.kind.stateful() && Boolean.TRUE.equals(g.facts.get(Property.ZONE_REDUNDANT.key()));
        }
        regions.remove("global");
        boolean unknown = regions.remove(dev.pont.core.plan.Unknowns.UNKNOWN);
        Jurisdiction jurisdiction = !regions.isEmpty() && regions.stream().allMatch(r -> Regions.within(r, "FR")) ? Jurisdiction.FR : Jurisdiction.EU;
        assumed.add("jurisdiction " + jurisdiction.wire() + " (from the estate's regions " + (regions.isEmpty() ? "none stated" : String.join(", ", regions))
                + (unknown ? (regions.isEmpty() ? "; " : ", and ") + "regions unknown in the estate (expressions)" : "") + ")");
        Placement placement = Placement.in(jurisdiction);
        return zoneRedundant ? placement.withZoneRedundancy() : placement;
    }

    // ---------------------------------------------------------------- inventory

    private List<InventoryItem> inventory() {
        List<InventoryItem> out = new ArrayList<>();
        for (PlannedResource r : estate.resources()) {
            if (r.type().equals(PULUMI_STACK) || r.providerInstance()) {
                out.add(new InventoryItem(r.urn(), r.type(), r.name(), InventoryItem.PULUMI,
                        r.providerInstance() ? "a Pulumi provider instance: configuration, not a cloud resource"
                                : "the Pulumi stack itself: not a cloud resource", false, true, InventoryItem.PULUMI, null));
                continue;
            }
            if (!r.custom()) {
                out.add(new InventoryItem(r.urn(), r.type(), r.name(), InventoryItem.COMPONENT,
                        "a component resource: groups its children, creates nothing", false, true, InventoryItem.COMPONENT, null));
                continue;
            }
            Fact f = facts.get(r.urn());
            Optional<ResourceKind> kind = neutralKind(r.urn());
            if (kind.isPresent()) {
                out.add(new InventoryItem(r.urn(), r.type(), r.name(), f.role(), null, kind.get().stateful(), true,
                        InventoryItem.NEUTRAL, owner.get(r.urn())));
            } else if (f.mapped()) {
                out.add(new InventoryItem(r.urn(), r.type(), r.name(), f.role(),
                        "supporting resource: the target's adapter creates its own equivalent", false, true,
                        InventoryItem.PLUMBING, servedBy(r)));
            } else {
                boolean lockIn = f.reason() != null && f.reason().startsWith("lock-in");
                out.add(new InventoryItem(r.urn(), r.type(), r.name(), f.role(), f.reason(), false, false,
                        lockIn ? InventoryItem.LOCK_IN : InventoryItem.UNKNOWN, null));
            }
        }
        return out;
    }

    /** The neutral resource a supporting resource serves, when one of its dependencies (or dependents) is one. */
    private String servedBy(PlannedResource r) {
        TreeSet<String> names = new TreeSet<>();
        for (String d : r.dependencies()) {
            if (owner.containsKey(d)) {
                names.add(owner.get(d));
            }
        }
        if (names.isEmpty()) {
            for (String d : dependents.getOrDefault(r.urn(), List.of())) {
                if (owner.containsKey(d)) {
                    names.add(owner.get(d));
                }
            }
        }
        return names.size() == 1 ? names.first() : null;
    }

    // ---------------------------------------------------------------- helpers

    static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /** The last segment of a cloud id, else of the name (an ARM child is named {@code parent/child}). */
    private static String lastSegment(String id, String fallback) {
        if (id == null || id.isBlank()) {
            return fallback == null ? null : fallback.substring(fallback.lastIndexOf('/') + 1);
        }
        String trimmed = id.endsWith("/") ? id.substring(0, id.length() - 1) : id;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static String sanitise(String name) {
        return uniqueName(name, new TreeSet<>());
    }
}
