package org.hspnavigator.engine.salary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The pay components of an offer, each with its amount, and the annual salary (年収) they make: the
 * yearly amount of each component that counts ({@link PayComponent#counts}), summed. The amounts are
 * whole yen per the component's period; a component left out is zero.
 */
public final class SalaryWorksheet {

    /** The largest amount a component takes, a month or a year: above it, a typing mistake. */
    public static final long MAX_AMOUNT_YEN = 10_000_000_000L;

    private final List<Line> lines;
    private final boolean transferredFromForeignParent;

    private SalaryWorksheet(List<Line> lines, boolean transferredFromForeignParent) {
        this.lines = List.copyOf(lines);
        this.transferredFromForeignParent = transferredFromForeignParent;
    }

    /**
     * The worksheet of amounts per component (a month or a year, as {@link PayComponent#period} says).
     *
     * @throws IllegalArgumentException for a negative amount or one above {@link #MAX_AMOUNT_YEN}
     */
    public static SalaryWorksheet of(Map<PayComponent, Long> amounts, boolean transferredFromForeignParent) {
        Map<PayComponent, Long> given = new EnumMap<>(PayComponent.class);
        given.putAll(amounts);
        List<Line> lines = new ArrayList<>();
        for (PayComponent component : PayComponent.values()) {
            long amount = given.getOrDefault(component, 0L);
            if (amount < 0 || amount > MAX_AMOUNT_YEN) {
                throw new IllegalArgumentException(component.id() + ": " + amount + " yen is outside 0 to " + MAX_AMOUNT_YEN);
            }
            lines.add(new Line(component, amount, amount * component.period().timesAYear(),
                    component.counts(transferredFromForeignParent)));
        }
        return new SalaryWorksheet(lines, transferredFromForeignParent);
    }

    /** One line per component, in the order of {@link PayComponent}. */
    public List<Line> lines() {
        return lines;
    }

    public boolean transferredFromForeignParent() {
        return transferredFromForeignParent;
    }

    /** The annual salary: the yearly amounts of the components that count. */
    public long annualSalaryYen() {
        return lines.stream().filter(Line::counted).mapToLong(Line::yearlyYen).sum();
    }

    /** The yearly amounts of the components that do not count, for the worksheet to show apart. */
    public long notCountedYen() {
        return lines.stream().filter(line -> !line.counted()).mapToLong(Line::yearlyYen).sum();
    }

    /**
     * One component on the worksheet.
     *
     * @param component the component
     * @param amountYen the amount given, per the component's period
     * @param yearlyYen the amount over a year
     * @param counted   whether it counts as annual salary
     */
    public record Line(PayComponent component, long amountYen, long yearlyYen, boolean counted) {
    }
}
