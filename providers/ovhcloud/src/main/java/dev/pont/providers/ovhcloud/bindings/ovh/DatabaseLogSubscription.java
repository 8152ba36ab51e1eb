package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** Forwards a managed database's logs to a Logs Data Platform stream. */
@ResourceType(type = "ovh:CloudProjectDatabase/logSubscription:LogSubscription")
public class DatabaseLogSubscription extends CustomResource {
    public static final String TYPE = "ovh:CloudProjectDatabase/logSubscription:LogSubscription";

    public DatabaseLogSubscription(String name, DatabaseLogSubscriptionArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options));
    }
}
