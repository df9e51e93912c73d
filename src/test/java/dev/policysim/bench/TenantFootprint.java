package dev.policysim.bench;

import java.io.PrintStream;
import java.util.List;

import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.EffectivePolicyCalculator;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;

/**
 * Measures the heap the loaded synthetic tenant retains (the target is under 256 MB), and what
 * all its effective policies add, by comparing used heap after full collections. A harness
 * rather than a JMH benchmark because it measures space, not time. Run with
 * {@code ./mvnw -Pbench verify -Dbench.main=dev.policysim.bench.TenantFootprint}.
 */
public final class TenantFootprint {

	private TenantFootprint() {
	}

	public static void main(String[] args) {
		PrintStream out = System.out;
		long baseline = usedAfterGc();
		WorkspaceFiles files = SyntheticTenant.files();
		long withFiles = usedAfterGc();
		Workspace workspace = new WorkspaceReader().read(files);
		long withWorkspace = usedAfterGc();
		List<EffectivePolicy> policies = new EffectivePolicyCalculator().calculateAll(workspace);
		long withPolicies = usedAfterGc();
		out.printf("files (%d):                 %6.1f MB%n", files.size(), mb(withFiles - baseline));
		out.printf("loaded workspace:            %6.1f MB%n", mb(withWorkspace - withFiles));
		out.printf("all effective policies (%d): %6.1f MB%n", policies.size(), mb(withPolicies - withWorkspace));
		// keep everything reachable until measured
		out.printf("(%d APIs, %d files, %d policies)%n", workspace.apis().size(), files.size(), policies.size());
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
