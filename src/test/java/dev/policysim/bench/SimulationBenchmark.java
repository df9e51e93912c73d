package dev.policysim.bench;

import java.util.concurrent.TimeUnit;

import dev.policysim.simulation.SimulationReport;
import dev.policysim.simulation.Simulator;
import dev.policysim.simulation.Summary;
import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The simulator's target on the {@link SyntheticTenant}: a 10 000-request scenario
 * ({@link SimulationScenarios#mixed}: preflights and cached preflights, rate limits and quotas,
 * 20 products, foreign pages and missing keys) at 50 000 simulated requests per second or more
 * after warm-up. The score is requests per second: {@code simulate} keeps the whole report,
 * {@code stream} hands each result to a sink that keeps none (what a server streaming the report
 * would do). The fork runs with the foundation's 256 MB heap. Run with
 * {@code ./mvnw -Pbench verify -Dbench=SimulationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class SimulationBenchmark {

	static final int SENDS = 10_000;

	private final Simulator simulator = new Simulator();

	private WorkspaceFiles files = WorkspaceFiles.of(java.util.Map.of());

	private Workspace workspace = Workspace.EMPTY;

	private Scenario scenario = SimulationScenarios.mixed(1);

	@Setup
	public void setUp() {
		this.files = SyntheticTenant.files();
		this.workspace = new WorkspaceReader().read(this.files);
		this.scenario = SimulationScenarios.mixed(SENDS);
		Summary summary = this.simulator.run(this.files, this.workspace, this.scenario, (result) -> {
		});
		if (summary.requests() != SENDS || summary.blocked() == 0 || summary.delivered() == 0) {
			throw new IllegalStateException("the scenario does not run as designed: " + summary);
		}
	}

	@Benchmark
	@OperationsPerInvocation(SENDS)
	public SimulationReport simulate() {
		return this.simulator.simulate(this.files, this.workspace, this.scenario);
	}

	@Benchmark
	@OperationsPerInvocation(SENDS)
	public Summary stream() {
		return this.simulator.run(this.files, this.workspace, this.scenario, (result) -> {
		});
	}

}
