package org.lbkit.model;

import java.util.List;

/**
 * A client-facing service that the load balancer dispatches, with its standard ports. The first
 * port of each list is the plain-text or STARTTLS port; the others use TLS from the first byte,
 * except SMTP submission on 587.
 */
public enum MailService {
    /** SMTP: 25 (relay), 465 (implicit TLS), 587 (submission). */
    SMTP(List.of(25, 465, 587)),
    /** POP3: 110, and 995 with TLS. */
    POP3(List.of(110, 995)),
    /** IMAP: 143, and 993 with TLS. */
    IMAP(List.of(143, 993)),
    /** XMPP instant messaging: 5222, and 5223 with TLS. */
    XMPP(List.of(5222, 5223)),
    /** HTTP for WebClient, ActiveSync and the administration: 80, and 443 with TLS. */
    HTTP(List.of(80, 443));

    private final List<Integer> defaultPorts;

    MailService(List<Integer> defaultPorts) {
        this.defaultPorts = defaultPorts;
    }

    /**
     * Returns the standard ports of this service.
     *
     * @return the ports, in the order given above
     */
    public List<Integer> defaultPorts() {
        return defaultPorts;
    }
}
