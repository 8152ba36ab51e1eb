package dev.pont.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.SubnetSpec;
import dev.pont.core.spec.VirtualMachineSpec;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.OsImage;
import org.junit.jupiter.api.Test;

/** Cross-resource rules: unique names, references to earlier resources of the right kind. */
class PlatformTest {
    Platform p = new Platform("demo", Placement.in(Jurisdiction.FR), Realiser.NONE);

    void fails(Runnable r, String message) {
        assertThatThrownBy(r::run).isInstanceOf(PontException.class).hasMessageContaining(message);
    }

    @Test
    void eachDeclarationRecordsItsCallSite() {
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        p.objectStore("files", ObjectStoreSpec.privateStore());
        assertThat(p.sources()).containsExactly(java.util.Map.entry("files",
                new SourceLocation(PlatformTest.class.getName(), "PlatformTest.java", line)));
        assertThat(p.sources().get("files").path()).isEqualTo("dev/pont/core/platform/PlatformTest.java");
    }

    @Test
    void namesAreUniqueAndValid() {
        p.objectStore("files", ObjectStoreSpec.privateStore());
        fails(() -> p.objectStore("files", ObjectStoreSpec.privateStore()), "stack 'demo' declares 'files' twice");
        fails(() -> p.objectStore("Files!", ObjectStoreSpec.privateStore()), "stack 'demo': resource name 'Files!' is not a valid name");
    }

    @Test
    void referencesMustPointToEarlierResourcesOfTheRightKind() {
        fails(() -> p.objectStore("files", ObjectStoreSpec.privateStore().encryptedWith(Refs.key("vault", "kk"))),
                "object-store 'files' refers to 'vault', which is not declared before it in this stack");
        p.keyVault("vault", KeyVaultSpec.withKeys(KeySpec.rsa("kk", 3072, 365)));
        fails(() -> p.objectStore("files", ObjectStoreSpec.privateStore().encryptedWith(Refs.key("vault", "other"))),
                "refers to key vault/other, but 'vault' is not a key vault with a key 'other'");
        p.network("core", NetworkSpec.of("10.0.0.0/16", SubnetSpec.of("data", "10.0.1.0/24")));
        fails(() -> p.virtualMachine("vm", VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("core", "web"))),
                "refers to subnet core/web, but 'core' is not a network with a subnet 'web'");
        fails(() -> p.firewall("fw", FirewallSpec.forNetwork("vault")), "firewall 'fw' expects 'vault' to be a network, but it is a key-vault");
        fails(() -> p.virtualMachine("vm", VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("core", "data")).volumes("vault")),
                "expects 'vault' to be a block-volume");
    }

    @Test
    void grantsStayInsideTheStackAndOnGrantableResources() {
        fails(() -> p.serviceIdentity("app", ServiceIdentitySpec.granting(Grant.read("elsewhere"))),
                "service-identity 'app' refers to 'elsewhere', which is not declared before it in this stack: declare it first (references and grants cannot cross stacks)");
        p.network("core", NetworkSpec.of("10.0.0.0/16", SubnetSpec.of("data", "10.0.1.0/24")));
        fails(() -> p.serviceIdentity("app", ServiceIdentitySpec.granting(Grant.read("core"))), "has a grant on 'core', a network, which takes no grants");
    }

    @Test
    void oneAuditLogDeclaredLast() {
        p.auditLog("audit", AuditLogSpec.everything(365));
        fails(() -> p.auditLog("audit2", AuditLogSpec.everything(365)), "declares a second audit log 'audit2'");
        fails(() -> p.objectStore("late", ObjectStoreSpec.privateStore()), "declares 'late' after its audit log");
    }

    @Test
    void modelKeepsDeclarationOrder() {
        p.keyVault("vault", KeyVaultSpec.withKeys(KeySpec.rsa("kk", 3072, 365)));
        p.objectStore("files", ObjectStoreSpec.privateStore().encryptedWith(Refs.key("vault", "kk")));
        assertThat(p.model().declarations()).extracting(Declaration::name).containsExactly("vault", "files");
    }
}
