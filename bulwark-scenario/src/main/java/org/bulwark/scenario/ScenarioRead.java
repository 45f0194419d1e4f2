package org.bulwark.scenario;

import java.util.List;
import java.util.Objects;
import org.bulwark.model.Scenario;

/** What reading a scenario gives: a valid scenario (perhaps with warnings), or every problem found. */
public sealed interface ScenarioRead {

    /** All problems, errors and warnings, in file/line/column order. */
    List<Problem> problems();

    record Valid(Scenario scenario, List<Problem> problems) implements ScenarioRead {
        public Valid {
            Objects.requireNonNull(scenario, "scenario");
            problems = List.copyOf(problems);
            if (problems.stream().anyMatch(Problem::isError)) {
                throw new IllegalArgumentException("a valid read carries warnings only");
            }
        }
    }

    record Invalid(List<Problem> problems) implements ScenarioRead {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.stream().noneMatch(Problem::isError)) {
                throw new IllegalArgumentException("an invalid read carries at least one error");
            }
        }
    }
}
