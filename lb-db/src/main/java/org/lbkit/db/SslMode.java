package org.lbkit.db;

import java.util.Arrays;
import java.util.Locale;

import org.lbkit.model.LbValidationException;

/**
 * The TLS mode of the connection to the server, with the values of MySQL Connector/J's
 * {@code sslMode} property.
 */
public enum SslMode {
    /** Plain TCP; passwords of new users then cross the network in clear inside the statements. */
    DISABLED,
    /** TLS when the server offers it, plain TCP otherwise. The default. */
    PREFERRED,
    /** TLS, without checking the server's certificate. */
    REQUIRED,
    /** TLS, with the server's certificate checked against the trusted certificate authorities. */
    VERIFY_CA,
    /** Like {@link #VERIFY_CA}, and the certificate must name the host connected to. */
    VERIFY_IDENTITY;

    /**
     * Parses a mode as written in a configuration file, ignoring case; {@code -} stands for
     * {@code _}.
     *
     * @param text such as {@code verify-identity}
     * @return the mode
     * @throws LbValidationException listing the accepted values when none matches
     */
    public static SslMode parse(String text) {
        String requested = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SslMode mode : values()) {
            if (mode.name().equals(requested)) {
                return mode;
            }
        }
        throw new LbValidationException("unknown TLS mode '" + text + "'; use one of "
                + Arrays.toString(values()));
    }
}
