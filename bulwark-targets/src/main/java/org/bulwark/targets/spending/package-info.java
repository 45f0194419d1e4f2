/**
 * Defence spending against the Alliance's guidelines and the nations' own pledges, with a stated
 * trend method, Alliance aggregates and a burden-sharing view. Start at
 * {@link org.bulwark.targets.spending.CommitmentAssessor#assess(org.bulwark.model.Spending, int)},
 * which returns a {@link org.bulwark.targets.spending.SpendingReport}. How a pledge's
 * {@code by_year} text is read is {@link org.bulwark.targets.spending.PledgeTiming}; how a status
 * is decided is {@link org.bulwark.targets.spending.ProjectionMethod}. The method is written out in
 * docs/spending.md.
 */
package org.bulwark.targets.spending;
