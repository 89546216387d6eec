package org.hspnavigator.engine.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.hspnavigator.engine.points.Category;

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

    /** The years stated in the category's own activity (docs/rules.md §3). */
    public BigDecimal in(Category category) {
        return switch (category) {
            case ACADEMIC_RESEARCH -> academicResearch;
            case SPECIALIZED_TECHNICAL -> specializedTechnical;
            case BUSINESS_MANAGEMENT -> businessManagement;
        };
    }

    /** The completed years in the category's own activity, as the rules count them: 7.5 years are 7. */
    public long completedIn(Category category) {
        return in(category).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** These years with those of the category's own activity replaced. */
    public CareerYears with(Category category, BigDecimal years) {
        return switch (category) {
            case ACADEMIC_RESEARCH -> new CareerYears(years, specializedTechnical, businessManagement);
            case SPECIALIZED_TECHNICAL -> new CareerYears(academicResearch, years, businessManagement);
            case BUSINESS_MANAGEMENT -> new CareerYears(academicResearch, specializedTechnical, years);
        };
    }
}
