package org.hspnavigator.engine.salary;

/**
 * A component of the pay an applicant is offered, as a salary worksheet asks it, with the rule that
 * decides whether it counts as annual salary (年収, docs/rules.md §4): the remuneration expected for the
 * coming year of the work, before tax, made of base pay, bonuses and allowances paid for the work; not
 * the allowances that repay a cost (commuting, family, housing) nor overtime pay that varies from month
 * to month; the pay of a foreign parent or affiliate only for an employee transferred from it. Sources:
 * ISA HSP Q&A (the annual salary questions); ISA English summary of the point table, note 2.
 */
public enum PayComponent {

    /** 基本給: counted. */
    BASE_PAY("basePay", "基本給", Period.MONTH, Counting.COUNTED),
    /** 職務手当等: allowances paid for the work itself, the same every month; counted. */
    FIXED_ALLOWANCES("fixedAllowances", "職務手当等の諸手当", Period.MONTH, Counting.COUNTED),
    /** 賞与: a bonus whose amount the contract or the employer's certificate states; counted. */
    GUARANTEED_BONUS("guaranteedBonus", "賞与（支給額の定めがあるもの）", Period.YEAR, Counting.COUNTED),
    /**
     * 賞与: a bonus left to the employer's discretion, with no amount stated. Reading (docs/rules.md §4):
     * the salary is the pay expected for the coming year as the employer's documents state it, and such
     * a bonus has no stated amount to expect; not counted.
     */
    DISCRETIONARY_BONUS("discretionaryBonus", "賞与（支給が会社の裁量によるもの）", Period.YEAR, Counting.NOT_COUNTED),
    /**
     * 固定残業代: overtime pay of a fixed amount, paid whatever the hours. Reading (docs/rules.md §4): it
     * does not vary from month to month, so it is an allowance paid for the work; counted.
     */
    FIXED_OVERTIME("fixedOvertime", "固定残業代", Period.MONTH, Counting.COUNTED),
    /** 超過勤務手当: overtime pay that depends on the hours worked; not counted. */
    VARIABLE_OVERTIME("variableOvertime", "超過勤務手当（残業代）", Period.MONTH, Counting.NOT_COUNTED),
    /** 通勤手当: repays a cost; not counted. */
    COMMUTING_ALLOWANCE("commutingAllowance", "通勤手当", Period.MONTH, Counting.NOT_COUNTED),
    /** 住宅手当: repays a cost; not counted. */
    HOUSING_ALLOWANCE("housingAllowance", "住宅手当", Period.MONTH, Counting.NOT_COUNTED),
    /** 扶養手当 (家族手当): depends on the family, not the work; not counted. */
    FAMILY_ALLOWANCE("familyAllowance", "扶養手当（家族手当）", Period.MONTH, Counting.NOT_COUNTED),
    /** 外国の親会社等からの報酬: counted for an employee transferred from that company (転勤) only. */
    FOREIGN_PARENT_PAY("foreignParentPay", "外国の親会社・関連会社からの報酬", Period.YEAR, Counting.WHEN_TRANSFERRED);

    /** How often a component is paid, as the worksheet asks its amount. */
    public enum Period {
        /** An amount a month, paid twelve times a year. */
        MONTH(12),
        /** An amount a year. */
        YEAR(1);

        private final int timesAYear;

        Period(int timesAYear) {
            this.timesAYear = timesAYear;
        }

        public int timesAYear() {
            return timesAYear;
        }
    }

    /** Whether a component counts as annual salary. */
    public enum Counting {
        COUNTED,
        NOT_COUNTED,
        /** Counted only for an employee transferred from the foreign parent or affiliate that pays it. */
        WHEN_TRANSFERRED
    }

    private final String id;
    private final String japaneseTerm;
    private final Period period;
    private final Counting counting;

    PayComponent(String id, String japaneseTerm, Period period, Counting counting) {
        this.id = id;
        this.japaneseTerm = japaneseTerm;
        this.period = period;
        this.counting = counting;
    }

    /** The component's id in forms and message keys ({@code basePay}). */
    public String id() {
        return id;
    }

    /** The Japanese term an employment contract or pay slip uses. */
    public String japaneseTerm() {
        return japaneseTerm;
    }

    public Period period() {
        return period;
    }

    public Counting counting() {
        return counting;
    }

    /** Whether the component counts as annual salary, for an employee transferred from a foreign parent or not. */
    public boolean counts(boolean transferredFromForeignParent) {
        return switch (counting) {
            case COUNTED -> true;
            case NOT_COUNTED -> false;
            case WHEN_TRANSFERRED -> transferredFromForeignParent;
        };
    }
}
