package dev.policysim.gateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpRequest;
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
import dev.policysim.workspace.Subscription;
import dev.policysim.workspace.SubscriptionScope;
import dev.policysim.workspace.Workspace;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link Gateway#handle} over a mixed stream of 10 000 requests on the synthetic tenant of
 * {@code EffectivePolicyBenchmark} (100 APIs of 100 operations, Starter and Unlimited products,
 * a global cors, a fragment, a choose per operation): preflights, keyed calls that run into the
 * Starter rate limit, Unlimited calls under a quota, keyless calls refused with 401, unknown paths
 * answered 404, and foreign origins. Scores are requests per second. {@code freshGateway} starts
 * each batch with a new gateway, as a scenario run does (every context's effective policy is
 * calculated on first use); {@code warmGateway} keeps one, the steady state. Run with
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main GatewayBenchmark}
 * (add {@code -prof gc} for the allocation per request).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class GatewayBenchmark {

	private static final int APIS = 100;

	private static final int OPERATIONS = 100;

	private static final int REQUESTS = 10_000;

	private static final String GATEWAY = "https://contoso.azure-api.net";

	private static final String PORTAL = "https://app.contoso.com";

	private final PolicyXmlReader reader = new PolicyXmlReader();

	private final Map<String, String> files = new LinkedHashMap<>();

	private Workspace workspace = Workspace.EMPTY;

	private final List<GatewayRequest> requests = new ArrayList<>(REQUESTS);

	private final List<Instant> times = new ArrayList<>(REQUESTS);

	private Gateway warm = new Gateway(Workspace.EMPTY, GatewayProfile.DEFAULT, Map.of());

	private long batch;

	@Setup
	public void createTenant() throws PolicyReadException {
		this.files.put("policy.xml", policy("<cors allow-credentials=\"false\"><allowed-origins><origin>{{origin}}</origin>"
				+ "</allowed-origins><allowed-methods><method>GET</method><method>POST</method></allowed-methods>"
				+ "<allowed-headers><header>Content-Type</header></allowed-headers></cors>", "<forward-request />"));
		this.files.put("products/starter/policy.xml", policy("<base /><rate-limit calls=\"5\" renewal-period=\"60\" />", "<base />"));
		this.files.put("products/unlimited/policy.xml", policy("<base /><quota calls=\"100\" renewal-period=\"600\" />", "<base />"));
		this.files.put("policy fragments/trace/policy.xml", "<fragment><set-header name=\"x-trace\" exists-action=\"override\">"
				+ "<value>@(context.Request.Headers.GetValueOrDefault(\"Origin\", \"none\"))</value></set-header></fragment>");
		for (int api = 0; api < APIS; api++) {
			this.files.put("apis/api" + api + "/policy.xml", policy("<base /><include-fragment fragment-id=\"trace\" />"
					+ "<set-backend-service base-url=\"{{backend}}\" />", "<base />"));
			for (int operation = 0; operation < OPERATIONS; operation++) {
				this.files.put(operationFile(api, operation), policy("<base /><set-variable name=\"op\" value=\"" + operation
						+ "\" /><choose><when condition=\"@(context.Request.Headers.GetValueOrDefault(&quot;x&quot;,&quot;&quot;) == &quot;1&quot;)\">"
						+ "<set-header name=\"x-op\" exists-action=\"override\"><value>{{origin}}</value></set-header></when></choose>",
						"<base />"));
			}
		}
		this.workspace = read();
		for (int n = 0; n < REQUESTS; n++) {
			this.requests.add(request(n));
			this.times.add(Instant.EPOCH.plusMillis(n * 10L));
		}
		this.warm = new Gateway(this.workspace, GatewayProfile.DEFAULT, Map.of());
	}

	@Benchmark
	@OperationsPerInvocation(REQUESTS)
	public void freshGateway(Blackhole blackhole) {
		Gateway gateway = new Gateway(this.workspace, GatewayProfile.DEFAULT, Map.of());
		for (int n = 0; n < REQUESTS; n++) {
			blackhole.consume(gateway.handle(this.requests.get(n), MockBackend.DEFAULT, this.times.get(n)));
		}
	}

	@Benchmark
	@OperationsPerInvocation(REQUESTS)
	public void warmGateway(Blackhole blackhole) {
		// later batches continue the scenario clock, so rate limits keep meeting fresh windows
		Instant offset = Instant.EPOCH.plusSeconds(1_000 * ++this.batch);
		for (int n = 0; n < REQUESTS; n++) {
			Instant at = offset.plusMillis(this.times.get(n).toEpochMilli());
			blackhole.consume(this.warm.handle(this.requests.get(n), MockBackend.DEFAULT, at));
		}
	}

	/** The request mix: one in ten a preflight, four Starter, three Unlimited, one keyless, one 404 or foreign. */
	private static GatewayRequest request(int n) {
		String path = "/api" + (n % APIS) + "/" + ((n * 7) % OPERATIONS);
		String starter = "starter-" + (n % 20);
		String unlimited = "unlimited-" + (n % 5);
		return switch (n % 10) {
			case 0 -> gatewayRequest("OPTIONS", path, "Origin", PORTAL, "Access-Control-Request-Method", "GET",
					"Access-Control-Request-Headers", "ocp-apim-subscription-key");
			case 1, 2, 3, 4 -> gatewayRequest("GET", path, "Origin", PORTAL, KeyNames.DEFAULT_HEADER, starter);
			case 5, 6 -> gatewayRequest("GET", path, "Origin", PORTAL, KeyNames.DEFAULT_HEADER, unlimited, "x", "1");
			case 7 -> gatewayRequest("GET", path + "?subscription-key=" + unlimited, "Origin", "https://www.fabrikam.com");
			case 8 -> gatewayRequest("GET", path, "Origin", PORTAL);
			default -> gatewayRequest("GET", "/nowhere" + path, "Origin", PORTAL);
		};
	}

	private static GatewayRequest gatewayRequest(String method, String path, String... headers) {
		return new GatewayRequest(new HttpRequest(method, GATEWAY + path, HttpHeaders.of(headers), ""),
				GatewayRequest.DEFAULT_CLIENT_IP);
	}

	private Workspace read() throws PolicyReadException {
		List<Api> apis = new ArrayList<>(APIS);
		for (int api = 0; api < APIS; api++) {
			List<Operation> operations = new ArrayList<>(OPERATIONS);
			for (int operation = 0; operation < OPERATIONS; operation++) {
				operations.add(new Operation("op" + operation, "GET", "/" + operation,
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
				new NamedValue("origin", "origin", Optional.of(PORTAL), false, "named values/origin/x.json"),
				new NamedValue("backend", "backend", Optional.of("https://backend.contoso.com"), false, "named values/backend/x.json"));
		List<Subscription> subscriptions = new ArrayList<>();
		for (int key = 0; key < 20; key++) {
			subscriptions.add(new Subscription("starter-" + key, SubscriptionScope.parse("/products/starter").orElseThrow(), true,
					Optional.of("starter-" + key)));
		}
		for (int key = 0; key < 5; key++) {
			subscriptions.add(new Subscription("unlimited-" + key, SubscriptionScope.parse("/products/unlimited").orElseThrow(),
					true, Optional.of("unlimited-" + key)));
		}
		return new Workspace(Optional.of(document("policy.xml")), products, apis,
				List.of(new Fragment("trace", document("policy fragments/trace/policy.xml"))), namedValues, subscriptions,
				List.of());
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
