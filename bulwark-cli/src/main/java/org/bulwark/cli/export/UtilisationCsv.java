package org.bulwark.cli.export;

import java.util.Comparator;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Resource;
import org.bulwark.deploy.Utilisation;

/**
 * {@code utilisation.csv}: tonnes each resource carries in each period it is used (periods
 * without use are left out), for charts: a pivot on {@code resource} × {@code start_hour}.
 */
public final class UtilisationCsv {
    public static final String FILE = "utilisation.csv";
    static final String[] HEADER = {"resource", "kind", "link_id", "from_node", "to_node", "period", "start_hour",
        "tonnes", "capacity_tonnes", "share"};

    private UtilisationCsv() {
    }

    public static String write(DeploymentPlan plan) {
        CsvTable table = new CsvTable(HEADER);
        for (Utilisation u : plan.utilisation()) {
            Resource r = u.resource();
            String key = Resources.key(r);
            u.periods().stream().sorted(Comparator.comparingInt(Utilisation.PeriodUse::period)).forEach(p ->
                    table.row(key, r.kind().label(), Resources.linkId(r), r.from().value(), r.to().value(),
                            Integer.toString(p.period()), Decimals.hours(p.period() * plan.timeStepHours()),
                            Decimals.tonnes(p.tonnes()), Decimals.tonnes(u.capacityPerPeriod()),
                            Decimals.share(p.tonnes(), u.capacityPerPeriod())));
        }
        return table.write();
    }
}
