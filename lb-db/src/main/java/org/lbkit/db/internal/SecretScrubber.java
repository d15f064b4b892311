package org.lbkit.db.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.lbkit.model.Secret;

/**
 * Removes passwords from server error messages. A server that rejects a statement quotes the
 * text near the error, which may be the password literal of {@code CREATE USER}; such a
 * message, and the driver exception that carries it, must not leave the library unmasked.
 */
public final class SecretScrubber {

    private static final String MASK = "****";

    private final List<String> forms;

    private SecretScrubber(List<String> forms) {
        this.forms = forms;
    }

    /**
     * Creates a scrubber for some secrets, in their raw form and in both quoted literal forms.
     *
     * @param secrets the secrets
     * @return the scrubber
     */
    public static SecretScrubber of(Collection<Secret> secrets) {
        List<String> forms = new ArrayList<>();
        for (Secret secret : secrets) {
            String text = secret.reveal();
            if (text.isEmpty()) {
                continue;
            }
            forms.add(body(SqlQuoting.literal(text, false)));
            if (text.indexOf('\0') < 0) {
                forms.add(body(SqlQuoting.literal(text, true)));
            }
            forms.add(text);
        }
        // Longer forms first, so that a quoted form is masked whole rather than around its raw core.
        forms.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return new SecretScrubber(forms);
    }

    /**
     * Returns the text with every form of every secret replaced by {@code ****}.
     *
     * @param text the text, such as a server error message; {@code null} gives an empty string
     * @return the scrubbed text
     */
    public String scrub(String text) {
        if (text == null) {
            return "";
        }
        String scrubbed = text;
        for (String form : forms) {
            scrubbed = scrubbed.replace(form, MASK);
        }
        return scrubbed;
    }

    /**
     * Returns a copy of a driver exception whose message is scrubbed and which has no cause,
     * keeping SQLState, vendor code and stack trace.
     *
     * @param e the driver's exception
     * @return the safe copy
     */
    public SQLException scrub(SQLException e) {
        SQLException copy = new SQLException(scrub(e.getMessage()), e.getSQLState(), e.getErrorCode());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    private static String body(String literal) {
        return literal.substring(1, literal.length() - 1);
    }
}
