package dev.policysim.gateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.policysim.bench.SyntheticTenant;
import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpRequest;
import dev.policysim.workspace.KeyNames;
import dev.policysim.workspace.Subscription;
import dev.policysim.workspace.SubscriptionScope;
import dev.policysim.workspace.Workspace;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link Gateway#handle} over a mixed stream of 10 000 requests on the {@link SyntheticTenant}
 * (500 APIs of 20 operations in 20 products, a global cors, a fragment and a choose in every
 * operation, rate limits in the even products and quotas in the odd ones): preflights, calls with
 * a product key in the header (the busiest subscriptions run into their rate limit) or in the
 * query string, foreign origins, keyless calls refused with 401, unknown paths answered 404.
 * Scores are requests per second. {@code freshGateway} starts each batch with a new gateway, as a
 * scenario run does (every context's effective policy is calculated on first use);
 * {@code warmGateway} keeps one, the steady state. The fork has a 256 MB heap.
 * Run with {@code ./mvnw -Pbench verify -Dbench=GatewayBenchmark} (add {@code -prof gc} after the
 * regex in {@code -Dbench} for the allocation per request).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class GatewayBenchmark {

	private static final int REQUESTS = 10_000;

	private static final String GATEWAY = "https://contoso.azure-api.net";

	private static final String PORTAL = "https://portal.contoso.com";

	private final List<GatewayRequest> requests = new ArrayList<>(REQUESTS);

	private final List<Instant> times = new ArrayList<>(REQUESTS);

	private Workspace workspace = Workspace.EMPTY;

	private Gateway warm = new Gateway(Workspace.EMPTY, GatewayProfile.DEFAULT, Map.of());

	private long batch;

	@Setup
	public void setUp() {
		Workspace tenant = new WorkspaceReader().read(SyntheticTenant.files());
		if (!tenant.problems().isEmpty() || tenant.apis().size() != SyntheticTenant.APIS) {
			throw new IllegalStateException("the synthetic tenant does not load cleanly: " + tenant.problems());
		}
		List<Subscription> keys = new ArrayList<>();
		for (int product = 0; product < SyntheticTenant.PRODUCTS; product++) {
			String name = SyntheticTenant.productName(product);
			keys.add(new Subscription(name + "-sub", SubscriptionScope.parse("/products/" + name).orElseThrow(), true,
					Optional.of(key(product))));
		}
		this.workspace = tenant.withSubscriptions(keys);
		for (int n = 0; n < REQUESTS; n++) {
			this.requests.add(request(n));
			// 200 requests per second on the scenario clock: the busiest Starter-like keys hit 100 calls per minute
			this.times.add(Instant.EPOCH.plusMillis(n * 5L));
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
		// each batch continues the scenario clock, so the counters keep meeting new windows
		Instant offset = Instant.EPOCH.plusSeconds(3_600 * ++this.batch);
		for (int n = 0; n < REQUESTS; n++) {
			Instant at = offset.plusMillis(this.times.get(n).toEpochMilli());
			blackhole.consume(this.warm.handle(this.requests.get(n), MockBackend.DEFAULT, at));
		}
	}

	private static String key(int product) {
		return "key-" + SyntheticTenant.productName(product);
	}

	/** One in ten a preflight, six keyed from the portal, one foreign origin, one keyless, one 404. */
	private static GatewayRequest request(int n) {
		int api = n % SyntheticTenant.APIS;
		int operation = (n * 7) % SyntheticTenant.OPERATIONS;
		String method = SyntheticTenant.method(operation);
		String path = "/" + SyntheticTenant.apiName(api) + SyntheticTenant.template(operation).replace("{id}", "" + n);
		int[] products = SyntheticTenant.productsOf(api);
		return switch (n % 10) {
			case 0 -> gatewayRequest("OPTIONS", path, "Origin", PORTAL, "Access-Control-Request-Method", method,
					"Access-Control-Request-Headers", KeyNames.DEFAULT_HEADER.toLowerCase(Locale.ROOT));
			case 1, 2, 3, 4 -> gatewayRequest(method, path, "Origin", PORTAL, KeyNames.DEFAULT_HEADER, key(products[n % 2]));
			case 5 -> gatewayRequest(method, path, "Origin", PORTAL, KeyNames.DEFAULT_HEADER, key(products[0]), "x-debug", "on");
			case 6 -> gatewayRequest(method, path + "?subscription-key=" + key(products[1]), "Origin", PORTAL);
			case 7 -> gatewayRequest(method, path + "?subscription-key=" + key(products[0]), "Origin", "https://www.fabrikam.com");
			case 8 -> gatewayRequest(method, path, "Origin", PORTAL);
			default -> gatewayRequest("GET", "/nowhere" + path, "Origin", PORTAL);
		};
	}

	private static GatewayRequest gatewayRequest(String method, String path, String... headers) {
		return new GatewayRequest(new HttpRequest(method, GATEWAY + path, HttpHeaders.of(headers), ""),
				GatewayRequest.DEFAULT_CLIENT_IP);
	}

}
