package org.lbkit.db.internal;

import org.lbkit.db.ProvisioningStep;

/**
 * A step of a plan together with the statement the server runs for it. The public step holds
 * only the masked SQL; the real statement stays inside the run.
 *
 * @param step the public step
 * @param statement the statement, with its password when it sets one
 */
public record PlannedStep(ProvisioningStep step, SqlStatement statement) {
}
