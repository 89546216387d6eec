package org.hspnavigator.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.applicant.Household;
import org.hspnavigator.engine.applicant.Residence;
import org.hspnavigator.engine.hsptwo.HspTwo;
import org.hspnavigator.engine.hsptwo.HspTwoResult;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The worst case of {@code hsp pr}: an HSP(i) holder whose points stay below 70, so that no route and
 * not HSP(ii) is ever met and each is searched day by day over the full ten years (4 × 3,653 days)
 * before the answer is "none".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PermanentResidenceBenchmark {

    private static final LocalDate APPLICATION = LocalDate.of(2026, 11, 27);

    private final ApplicantCase neverMet = new ApplicantCase(
            List.of(Profile.builder(LocalDate.of(2020, 1, 1), LocalDate.of(1975, 1, 1), 6_000_000).build(),
                    Profile.builder(LocalDate.of(2024, 1, 1), LocalDate.of(1975, 1, 1), 7_000_000).build()),
            new Residence(LocalDate.of(2020, 1, 1), Optional.of(new HspStatus(LocalDate.of(2021, 1, 1),
                    Category.SPECIALIZED_TECHNICAL, 70, false))),
            Household.NONE, OptionalInt.empty());
    private final PermanentResidence permanentResidence = PermanentResidence.official();
    private final HspTwo hspTwo = HspTwo.official();

    @Benchmark
    public PermanentResidenceResult routesSearchedTenYears() {
        return permanentResidence.assess(neverMet, APPLICATION);
    }

    @Benchmark
    public HspTwoResult hspTwoSearchedTenYears() {
        return hspTwo.assess(neverMet, APPLICATION);
    }
}
