package dev.policysim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.EffectivePolicyCalculator;
import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.PolicyReadException;
import dev.policysim.policy.PolicyXmlReader;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The foundation's performance targets on the {@link SyntheticTenant} (10 000 operations, each API
 * in 2 products, so 30 000 operation contexts plus the API-level ones):
 * <ul>
 * <li>{@code loadAndFlatten}: loading the files and flattening every (operation, product context)
 * — under 2 s after warm-up;</li>
 * <li>{@code flatten} against {@code parsePolicyFiles} (merely parsing the same policy files, in
 * the same run) — at most 3×;</li>
 * <li>the fork runs with a 256 MB heap, so the loaded and flattened tenant must fit in it.</li>
 * </ul>
 * Run with {@code ./mvnw -Pbench verify -Dbench=FoundationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class FoundationBenchmark {

	private final WorkspaceReader workspaceReader = new WorkspaceReader();

	private final PolicyXmlReader policyReader = new PolicyXmlReader();

	private final EffectivePolicyCalculator calculator = new EffectivePolicyCalculator();

	private WorkspaceFiles files = WorkspaceFiles.of(java.util.Map.of());

	private Workspace workspace = Workspace.EMPTY;

	@Setup
	public void setUp() {
		this.files = SyntheticTenant.files();
		this.workspace = this.workspaceReader.read(this.files);
		if (!this.workspace.problems().isEmpty() || this.workspace.apis().size() != SyntheticTenant.APIS) {
			throw new IllegalStateException("the synthetic tenant does not load cleanly: " + this.workspace.problems());
		}
	}

	@Benchmark
	public List<PolicyDocument> parsePolicyFiles() throws PolicyReadException {
		List<PolicyDocument> documents = new ArrayList<>();
		for (String path : this.files.paths()) {
			if (path.endsWith(".xml")) {
				documents.add(this.policyReader.read(path, this.files.content(path).orElseThrow()));
			}
		}
		return documents;
	}

	@Benchmark
	public Workspace load() {
		return this.workspaceReader.read(this.files);
	}

	@Benchmark
	public List<EffectivePolicy> flatten() {
		return this.calculator.calculateAll(this.workspace);
	}

	@Benchmark
	public List<EffectivePolicy> loadAndFlatten() {
		return this.calculator.calculateAll(this.workspaceReader.read(this.files));
	}

}
