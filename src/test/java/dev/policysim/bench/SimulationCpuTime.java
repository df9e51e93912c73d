package dev.policysim.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import dev.policysim.simulation.Simulator;
import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;

/**
 * {@link SimulationBenchmark#stream}'s work timed in CPU time of the simulating thread rather than
 * wall-clock time: on a machine shared with other builds the wall clock measures the neighbours
 * as much as the simulator, the thread's CPU time much less so. Runs the 10 000-request scenario 40
 * times, the first half as warm-up, and prints the mean and the best of the second half as
 * requests per CPU-second. Run with
 * {@code ./mvnw -Pbench verify -Dbench.main=dev.policysim.bench.SimulationCpuTime}.
 */
public final class SimulationCpuTime {

	private static final int RUNS = 40;

	private SimulationCpuTime() {
	}

	public static void main(String[] args) {
		PrintStream out = System.out;
		WorkspaceFiles files = SyntheticTenant.files();
		Workspace workspace = new WorkspaceReader().read(files);
		Scenario scenario = SimulationScenarios.mixed(SimulationBenchmark.SENDS);
		Simulator simulator = new Simulator();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long total = 0;
		long best = Long.MAX_VALUE;
		for (int run = 0; run < RUNS; run++) {
			long start = threads.getCurrentThreadCpuTime();
			simulator.run(files, workspace, scenario, (result) -> {
			});
			long spent = threads.getCurrentThreadCpuTime() - start;
			if (run >= RUNS / 2) {
				total += spent;
				best = Math.min(best, spent);
			}
		}
		double mean = total / (RUNS / 2.0);
		out.printf("CPU time per run of %d requests: mean %.0f ms (%.0f requests/s), best %.0f ms (%.0f requests/s)%n",
				SimulationBenchmark.SENDS, mean / 1e6, SimulationBenchmark.SENDS / (mean / 1e9), best / 1e6,
				SimulationBenchmark.SENDS / (best / 1e9));
	}

}
