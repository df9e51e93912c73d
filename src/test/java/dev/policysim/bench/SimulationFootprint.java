package dev.policysim.bench;

import java.io.PrintStream;

import dev.policysim.simulation.SimulationReport;
import dev.policysim.simulation.Simulator;
import dev.policysim.simulation.Summary;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;

/**
 * Measures the heap a simulation holds while it runs on the {@link SyntheticTenant}: used heap after
 * full collections at 10 000, 50 000 and 100 000 sends of one run whose sink keeps nothing (it must
 * not grow with the sends), and what a kept report of 10 000 sends takes. A harness rather than a
 * JMH benchmark because it measures space, not time. Run with
 * {@code ./mvnw -Pbench verify -Dbench.main=dev.policysim.bench.SimulationFootprint}.
 */
public final class SimulationFootprint {

	private SimulationFootprint() {
	}

	public static void main(String[] args) {
		PrintStream out = System.out;
		WorkspaceFiles files = SyntheticTenant.files();
		Workspace workspace = new WorkspaceReader().read(files);
		Simulator simulator = new Simulator();
		simulator.run(files, workspace, SimulationScenarios.mixed(10_000), (result) -> {
		});
		long baseline = usedAfterGc();
		Summary summary = simulator.run(files, workspace, SimulationScenarios.mixed(100_000), (result) -> {
			int sent = result.request().index() + 1;
			if (sent == 10_000 || sent == 50_000 || sent == 100_000) {
				out.printf("during the run, after %6d sends: %6.1f MB above the loaded tenant%n", sent,
						mb(usedAfterGc() - baseline));
			}
		});
		long beforeReport = usedAfterGc();
		SimulationReport report = simulator.simulate(files, workspace, SimulationScenarios.mixed(10_000));
		out.printf("a kept report of %d sends: %6.1f MB%n", report.results().size(), mb(usedAfterGc() - beforeReport));
		out.printf("(%s)%n", summary);
	}

	private static long usedAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 4; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static double mb(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}

}
