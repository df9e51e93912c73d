package dev.policysim.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.policysim.analysis.Analyzer;
import dev.policysim.analysis.LintReport;
import dev.policysim.analysis.LintSettings;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.EffectivePolicyCalculator;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The analyzer's performance targets (issue 3) on the {@link SyntheticTenant} (10 000 operations,
 * 31 500 effective policies), every rule on: {@code lint} under 3 s after warm-up, and at most twice
 * {@code flatten} ({@code calculateAll} alone, which lint includes), in the same run and the same
 * 256 MB heap as the foundation's benchmark.
 * <ul>
 * <li>{@code clean}: the tenant as it is, which lints to two infos ({@code base-in-global}: the
 * generator writes {@code <base />} in the global outbound and on-error);</li>
 * <li>{@code faulty}: every tenth operation puts a {@code rate-limit-by-key} above {@code <base />},
 * before the global cors, so 1 000 source elements are reported in their 3 contexts each, and the
 * global cors leaves {@code terminate-unmatched-request} out.</li>
 * </ul>
 * Run with {@code ./mvnw -Pbench verify -Dbench=LintBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 8, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class LintBenchmark {

	@Param({ "clean", "faulty" })
	public String tenant = "clean";

	private final EffectivePolicyCalculator calculator = new EffectivePolicyCalculator();

	private final Analyzer analyzer = new Analyzer();

	private Workspace workspace = Workspace.EMPTY;

	@Setup
	public void setUp() {
		WorkspaceFiles files = SyntheticTenant.files();
		if (this.tenant.equals("faulty")) {
			files = faulty(files);
		}
		this.workspace = new WorkspaceReader().read(files);
		if (!this.workspace.problems().isEmpty() || this.workspace.apis().size() != SyntheticTenant.APIS) {
			throw new IllegalStateException("the synthetic tenant does not load cleanly: " + this.workspace.problems());
		}
	}

	@Benchmark
	public List<EffectivePolicy> flatten() {
		return this.calculator.calculateAll(this.workspace);
	}

	@Benchmark
	public LintReport lint() {
		return this.analyzer.analyze(this.workspace, LintSettings.DEFAULTS);
	}

	private static WorkspaceFiles faulty(WorkspaceFiles files) {
		WorkspaceFiles changed = files;
		for (String path : files.paths()) {
			String text = files.text(path).orElseThrow();
			if (path.matches("apis/api\\d+/operations/operation\\d0/policy\\.xml")) {
				changed = changed.with(path, bytes(text.replaceFirst("<base />",
						"<rate-limit-by-key calls=\"10\" renewal-period=\"60\" counter-key=\"@(context.Request.IpAddress)\" />"
								+ "<base />")));
			}
			else if (path.equals("policy.xml")) {
				changed = changed.with(path, bytes(text.replace(" terminate-unmatched-request=\"false\"", "")));
			}
		}
		return changed;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
