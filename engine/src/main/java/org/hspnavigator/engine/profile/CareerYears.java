package org.hspnavigator.engine.profile;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Years of practical experience in each category's activity, as stated (fractions allowed); the
 * rules count completed years only. Kept exact as {@link BigDecimal} so that 4.9999 never rounds up
 * to 5.
 *
 * @param academicResearch     research, research guidance or education
 * @param specializedTechnical the intended specialized or technical work
 * @param businessManagement   business management or administration
 */
public record CareerYears(BigDecimal academicResearch, BigDecimal specializedTechnical,
        BigDecimal businessManagement) {

    public static final CareerYears NONE = new CareerYears(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public CareerYears {
        Objects.requireNonNull(academicResearch, "academicResearch");
        Objects.requireNonNull(specializedTechnical, "specializedTechnical");
        Objects.requireNonNull(businessManagement, "businessManagement");
    }
}
