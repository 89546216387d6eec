package org.hspnavigator.engine.profile;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts about the contracting organization that earn special additions.
 *
 * @param innovationSupport            receives an innovation-promotion support measure of the MOJ notice
 * @param sme                          is a small or medium-sized enterprise (中小企業基本法 art. 2)
 * @param rdExpenseRatioPercent        test, research and development costs as a percentage of revenue, if known
 * @param localGovernmentSupport       receives recognized local-government support for accepting highly skilled foreigners
 * @param investmentManagementBusiness is registered for investment management under the Financial Instruments and Exchange Act
 */
public record Employer(boolean innovationSupport, boolean sme, Optional<BigDecimal> rdExpenseRatioPercent,
        boolean localGovernmentSupport, boolean investmentManagementBusiness) {

    public static final Employer NONE = new Employer(false, false, Optional.empty(), false, false);

    public Employer {
        Objects.requireNonNull(rdExpenseRatioPercent, "rdExpenseRatioPercent");
    }
}
