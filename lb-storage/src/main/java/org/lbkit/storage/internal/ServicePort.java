package org.lbkit.storage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lbkit.model.LoadBalancer;
import org.lbkit.model.MailService;

/** One port the load balancer dispatches, with whether clients speak TLS from the first byte. */
public final class ServicePort {

    private static final Set<Integer> IMPLICIT_TLS = Set.of(465, 993, 995, 5223, 443);
    private static final Set<Integer> PLAIN = Set.of(25, 587, 110, 143, 5222, 80);

    private final MailService service;
    private final int port;
    private final boolean implicitTls;

    private ServicePort(MailService service, int port, boolean implicitTls) {
        this.service = service;
        this.port = port;
        this.implicitTls = implicitTls;
    }

    /**
     * Lists the ports of a load balancer in {@link MailService} order. A well-known port keeps
     * its standard meaning; any other port is plain when it is its service's first port and TLS
     * otherwise, as {@link MailService} orders its default ports.
     *
     * @param balancer the load balancer
     * @return the ports
     */
    public static List<ServicePort> of(LoadBalancer balancer) {
        List<ServicePort> ports = new ArrayList<>();
        Map<MailService, List<Integer>> services = balancer.services();
        for (MailService service : MailService.values()) {
            List<Integer> list = services.getOrDefault(service, List.of());
            for (int i = 0; i < list.size(); i++) {
                int port = list.get(i);
                boolean tls = IMPLICIT_TLS.contains(port) || (i > 0 && !PLAIN.contains(port));
                ports.add(new ServicePort(service, port, tls));
            }
        }
        return ports;
    }

    /** @return the service */
    public MailService service() {
        return service;
    }

    /** @return the TCP port */
    public int port() {
        return port;
    }

    /** @return whether clients start TLS at once on this port */
    public boolean isImplicitTls() {
        return implicitTls;
    }

    /** @return a name such as {@code smtp_465} */
    public String name() {
        return service.name().toLowerCase(Locale.ROOT) + "_" + port;
    }
}
