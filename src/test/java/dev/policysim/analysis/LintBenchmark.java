package dev.policysim.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.EffectivePolicyCalculator;
import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.PolicyReadException;
import dev.policysim.policy.PolicyXmlReader;
import dev.policysim.policy.Position;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.Fragment;
import dev.policysim.workspace.KeyNames;
import dev.policysim.workspace.NamedValue;
import dev.policysim.workspace.Operation;
import dev.policysim.workspace.Product;
import dev.policysim.workspace.Workspace;
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
 * Linting the synthetic tenant of {@code EffectivePolicyBenchmark} (100 APIs of 100 operations, each
 * API in two products: 10 000 operations in 3 product contexts, 30 000 effective policies) with
 * every rule on, against flattening it alone ({@code calculateAll}). Budget (issue 3): under 3 s,
 * and at most twice the flattening. The tenant has findings to collect: the global cors leaves
 * {@code terminate-unmatched-request} out and has no {@code allowed-methods} while every fourth
 * operation is a DELETE, and every tenth operation puts a rate limit above {@code <base />}. Run
 * with {@code java -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main LintBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class LintBenchmark {

	static final int APIS = 100;

	static final int OPERATIONS = 100;

	private final PolicyXmlReader reader = new PolicyXmlReader();

	private final Map<String, String> files = new LinkedHashMap<>();

	private final Analyzer analyzer = new Analyzer();

	private final EffectivePolicyCalculator calculator = new EffectivePolicyCalculator();

	private Workspace workspace = Workspace.EMPTY;

	@Setup
	public void createWorkspace() throws PolicyReadException {
		this.files.put("policy.xml", policy("<cors allow-credentials=\"false\"><allowed-origins><origin>{{origin}}</origin>"
				+ "</allowed-origins></cors>", "<forward-request />"));
		this.files.put("products/starter/policy.xml", policy("<base /><rate-limit calls=\"5\" renewal-period=\"60\" />", "<base />"));
		this.files.put("products/unlimited/policy.xml", policy("<base /><quota calls=\"100\" renewal-period=\"600\" />", "<base />"));
		this.files.put("policy fragments/trace/policy.xml",
				"<fragment><set-header name=\"x-trace\" exists-action=\"override\"><value>@(context.RequestId)</value></set-header></fragment>");
		for (int api = 0; api < APIS; api++) {
			this.files.put("apis/api" + api + "/policy.xml", policy("<base /><include-fragment fragment-id=\"trace\" />"
					+ "<set-backend-service base-url=\"{{backend}}\" />", "<base />"));
			for (int operation = 0; operation < OPERATIONS; operation++) {
				String limit = (operation % 10 == 0) ? "<rate-limit-by-key calls=\"9\" renewal-period=\"60\" "
						+ "counter-key=\"@(context.Request.IpAddress)\" />" : "";
				this.files.put(operationFile(api, operation), policy(limit + "<base /><set-variable name=\"op\" value=\"" + operation
						+ "\" /><choose><when condition=\"@(context.Request.Headers.GetValueOrDefault(&quot;x&quot;,&quot;&quot;) == &quot;1&quot;)\">"
						+ "<set-header name=\"x-op\" exists-action=\"override\"><value>{{origin}}</value></set-header></when></choose>",
						"<base />"));
			}
		}
		this.workspace = read();
	}

	@Benchmark
	public List<EffectivePolicy> flattenEveryContext() {
		return this.calculator.calculateAll(this.workspace);
	}

	@Benchmark
	public LintReport lintEveryRule() {
		return this.analyzer.analyze(this.workspace, LintSettings.DEFAULTS);
	}

	private Workspace read() throws PolicyReadException {
		List<Api> apis = new ArrayList<>(APIS);
		for (int api = 0; api < APIS; api++) {
			List<Operation> operations = new ArrayList<>(OPERATIONS);
			for (int operation = 0; operation < OPERATIONS; operation++) {
				String method = (operation % 4 == 3) ? "DELETE" : "GET";
				operations.add(new Operation("op" + operation, method, "/" + operation,
						Optional.of(document(operationFile(api, operation))), Optional.empty(), Position.START));
			}
			apis.add(new Api("api" + api, "api" + api, "api" + api, true, KeyNames.DEFAULTS, Optional.empty(),
					Optional.of(document("apis/api" + api + "/policy.xml")), operations));
		}
		Set<String> all = Set.copyOf(apis.stream().map(Api::name).toList());
		List<Product> products = List.of(
				new Product("starter", "Starter", true, "published", Optional.of(document("products/starter/policy.xml")), all),
				new Product("unlimited", "Unlimited", true, "published", Optional.of(document("products/unlimited/policy.xml")), all));
		List<NamedValue> namedValues = List.of(
				new NamedValue("origin", "origin", Optional.of("https://app.contoso.com"), false, "named values/origin/x.json"),
				new NamedValue("backend", "backend", Optional.of("https://backend.contoso.com"), false, "named values/backend/x.json"));
		return new Workspace(Optional.of(document("policy.xml")), products, apis,
				List.of(new Fragment("trace", document("policy fragments/trace/policy.xml"))), namedValues, List.of(), List.of());
	}

	private PolicyDocument document(String file) throws PolicyReadException {
		return this.reader.read(file, this.files.get(file));
	}

	private static String operationFile(int api, int operation) {
		return "apis/api" + api + "/operations/op" + operation + "/policy.xml";
	}

	private static String policy(String inbound, String backend) {
		return "<policies>\n    <inbound>\n        " + inbound + "\n    </inbound>\n    <backend>\n        " + backend
				+ "\n    </backend>\n    <outbound>\n        <base />\n    </outbound>\n    <on-error>\n        <base />\n    </on-error>\n</policies>\n";
	}

}
