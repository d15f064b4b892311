package org.lbkit.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.immutables.value.Value;

/**
 * The load balancer in front of the nodes: the name and address clients use, and the services
 * and ports it dispatches.
 */
@Value.Immutable
@LbStyle
public abstract class LoadBalancer {

    /**
     * Returns the DNS name clients use, such as {@code mail.example.com}.
     *
     * @return the name, if known
     */
    public abstract Optional<String> name();

    /**
     * Returns the address the balancer listens on.
     *
     * @return the address, if known
     */
    public abstract Optional<String> address();

    /**
     * Returns the ports dispatched per service.
     *
     * @return every {@link MailService} with its default ports, unless set
     */
    @Value.Default
    public Map<MailService, List<Integer>> services() {
        Map<MailService, List<Integer>> services = new EnumMap<>(MailService.class);
        for (MailService service : MailService.values()) {
            services.put(service, service.defaultPorts());
        }
        return services;
    }

    /**
     * Returns a balancer with no known name or address and every service on its default ports.
     *
     * @return the defaults
     */
    public static LoadBalancer defaults() {
        return builder().build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link LoadBalancer}. */
    public static final class Builder extends ImmutableLoadBalancer.Builder {
    }

    @Value.Check
    void check() {
        services().forEach((service, ports) -> ports.forEach(port -> {
            if (port < 1 || port > 65535) {
                throw new LbValidationException("load balancer port for " + service
                        + " must be between 1 and 65535 but was " + port);
            }
        }));
    }
}
